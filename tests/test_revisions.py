"""Revised stories: read again when the feed entry carries a later date or a re-check is due,
kept as revisions, alerted only when a figure changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from tests.conftest import write_config
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

ORDERED_1500 = "The Pentagon has ordered 1,500 more active-duty troops to the southern border."
ORDERED_2000 = "The Pentagon has ordered 2,000 more active-duty troops to the southern border."
REWORDED = "Officials said the first units would leave their bases within days."
GUARD_2100 = (
    "About 2,100 National Guard troops are deployed along the US-Mexico border, "
    "state officials said on Monday."
)


class Ledger:
    """One outlet whose stories can be rewritten in place, with or without a new feed date."""

    def __init__(self, web: LoopbackServer) -> None:
        self.web = web
        self.items: dict[str, Item] = {}

    def publish(self, slug: str, when: datetime, *paragraphs: str) -> str:
        title = "Pentagon sends troops to the border"
        link = self.web.set(
            f"/ledger/{slug}.html",
            page(title, "The Desert Ledger", when.isoformat(), [*paragraphs]),
        )
        self.items[slug] = Item(link=link, title=title, published=when)
        self.web.set(
            "/ledger.xml",
            rss("The Desert Ledger", list(self.items.values())),
            "application/rss+xml",
        )
        return link


def hook(web: LoopbackServer) -> str:
    return f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"


def posted(web: LoopbackServer) -> list[tuple[str, int | None, int | None]]:
    return [
        (a["kind"], a["old_value"], a["new_value"])
        for post in web.posted_json("/hook")
        for a in post["alerts"]
    ]


def run(config: Path) -> None:
    assert main(["run", "--config", str(config)]) == 0


def test_a_revised_story_alerts_once(web: LoopbackServer, tmp_path: Path) -> None:
    ledger = Ledger(web)
    config = write_config(tmp_path, [web.url("/ledger.xml")], notify=[hook(web)])
    config.write_text(config.read_text() + "[alerts]\nrecheck_hours = []\n")
    day = datetime(2025, 3, 3, 9, tzinfo=UTC)

    ledger.publish("orders", day, ORDERED_1500)
    run(config)
    ledger.publish("orders", day + timedelta(hours=6), ORDERED_2000)  # revised, later pubDate
    run(config)
    ledger.publish("orders", day + timedelta(hours=9), ORDERED_2000, REWORDED)  # same figure
    run(config)
    run(config)  # nothing new

    assert posted(web) == [("first", None, 1500), ("revision", 1500, 2000)]
    titles = [post["title"] for post in web.posted_json("/hook")]
    assert titles[1] == (
        "Active-duty troops ordered to the US–Mexico border:"
        " The Desert Ledger revised its story: 1,500 → 2,000"
    )
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        revisions = con.execute(
            "SELECT revision, reason, previous_text LIKE '%1,500%' FROM article_revisions"
            " ORDER BY revision"
        ).fetchall()
        figures = con.execute(
            "SELECT value, revision, counted FROM figure_history ORDER BY figure_id"
        ).fetchall()
        latest = con.execute("SELECT value FROM latest_figures").fetchall()
        assert con.execute("SELECT count(*), max(revision) FROM articles").fetchone() == (1, 3)
    assert revisions == [(2, "feed_updated", True), (3, "feed_updated", False)]
    assert figures == [(1500, 1, False), (2000, 2, False), (2000, 3, True)]
    assert latest == [(2000,)]


def test_rechecks_use_conditional_get(web: LoopbackServer, tmp_path: Path) -> None:
    ledger = Ledger(web)
    config = write_config(tmp_path, [web.url("/ledger.xml")], notify=[hook(web)])
    config.write_text(config.read_text() + "[alerts]\nrecheck_hours = [1, 1.5]\n")
    two_hours_ago = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    orders = ledger.publish("orders", two_hours_ago, ORDERED_1500)
    ledger.publish("guard", two_hours_ago, GUARD_2100)
    run(config)

    # The story changes on the page alone: the feed still gives the first date.
    web.set(
        "/ledger/orders.html",
        page(
            "Pentagon sends troops to the border",
            "The Desert Ledger",
            two_hours_ago.isoformat(),
            [ORDERED_2000],
        ),
    )
    run(config)  # both stories are due for their re-check
    run(config)  # and re-checked once only

    assert posted(web) == [
        ("first", None, 1500),
        ("first", None, 2100),
        ("revision", 1500, 2000),
    ]
    assert web.hits("/ledger/orders.html") == 2
    guard = [r for r in web.requests if r.path == "/ledger/guard.html"]
    assert len(guard) == 2 and "If-None-Match" in guard[1].headers  # answered 304
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT url, checks, revision FROM articles ORDER BY url").fetchall()
    assert rows == [(web.url("/ledger/guard.html"), 2, 1), (orders, 2, 2)]
