"""Feed -> page -> figure -> DuckDB -> alert, end to end against loopback servers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from tests.support import news
from tests.support.configs import write_config
from tests.support.feeds import Item, rss
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

GUARD_FIRST = (
    "About 2,100 National Guard troops are deployed along the US-Mexico border, "
    "state officials said on Monday."
)
GUARD_MORE = (
    "About 2,600 National Guard troops are now deployed along the US-Mexico border "
    "after the governor sent reinforcements, officials said on Thursday."
)
PARADE = "The city parade on Saturday drew a large crowd despite the rain, organisers said."


def publish(web: LoopbackServer, slug: str, title: str, when: datetime, text: str) -> Item:
    _, (link,) = news.publish(web, news.Story(text, slug, title, when), feed_path="/unused.xml")
    return Item(link=link, title=title, published=when)


def count(database: Path, table: str) -> int:
    with duckdb.connect(str(database), read_only=True) as con:
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
    assert row is not None
    return int(row[0])


def test_figure_reaches_database_and_webhook(web: LoopbackServer, tmp_path: Path) -> None:
    first = publish(
        web, "guard", "Guard troops at the border", datetime(2025, 3, 3, tzinfo=UTC), GUARD_FIRST
    )
    other = publish(web, "parade", "Parade draws crowds", datetime(2025, 3, 4, tzinfo=UTC), PARADE)
    feed = web.set("/rss.xml", rss("Desert Courier", [first, other]), "application/rss+xml")
    config = write_config(
        tmp_path, [feed], notify=[f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"]
    )

    assert main(["run", "--config", str(config)]) == 0

    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        figures = con.execute(
            "SELECT value, force, status, qualifier, outlet, url FROM figure_history"
        ).fetchall()
        articles = con.execute("SELECT url, relevant FROM articles ORDER BY url").fetchall()
    assert figures == [(2100, "national_guard", "deployed", "approx", "Desert Courier", first.link)]
    assert articles == [(first.link, True), (other.link, False)]
    posts = web.posted_json("/hook")
    assert len(posts) == 1
    assert "2,100" in posts[0]["message"] and "National Guard" in posts[0]["title"]
    alert = posts[0]["alerts"][0]
    assert (alert["new_value"], alert["force"], alert["kind"]) == (2100, "national_guard", "first")


def test_second_run_on_unchanged_feeds_is_a_no_op(web: LoopbackServer, tmp_path: Path) -> None:
    item = publish(
        web, "guard", "Guard troops at the border", datetime(2025, 3, 3, tzinfo=UTC), GUARD_FIRST
    )
    feed = web.set("/rss.xml", rss("Desert Courier", [item]), "application/rss+xml")
    config = write_config(tmp_path, [feed])
    assert main(["run", "--config", str(config)]) == 0
    database = tmp_path / "tw.duckdb"
    before = {t: count(database, t) for t in ("articles", "figures", "alerts", "deliveries")}

    assert main(["run", "--config", str(config)]) == 0

    assert web.hits("/news/guard.html") == 1
    feed_requests = [r for r in web.requests if r.path == "/rss.xml"]
    assert len(feed_requests) == 2 and "If-None-Match" in feed_requests[1].headers
    assert {t: count(database, t) for t in before} == before
    assert before["articles"] == 1 and before["figures"] == 1


def test_changed_figure_raises_one_change_alert(web: LoopbackServer, tmp_path: Path) -> None:
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    first = publish(
        web, "guard", "Guard troops at the border", datetime(2025, 3, 3, tzinfo=UTC), GUARD_FIRST
    )
    web.set("/rss.xml", rss("Desert Courier", [first]), "application/rss+xml")
    config = write_config(tmp_path, [web.url("/rss.xml")], notify=[hook])
    assert main(["run", "--config", str(config)]) == 0
    more = publish(
        web,
        "more",
        "Governor sends more Guard troops",
        datetime(2025, 3, 6, tzinfo=UTC),
        GUARD_MORE,
    )
    web.set("/rss.xml", rss("Desert Courier", [more, first]), "application/rss+xml")

    assert main(["run", "--config", str(config)]) == 0

    alerts = [p["alerts"][0] for p in web.posted_json("/hook")]
    assert [(a["kind"], a["old_value"], a["new_value"]) for a in alerts] == [
        ("first", None, 2100),
        ("change", 2100, 2600),
    ]
    assert "about 2,100 → about 2,600" in web.posted_json("/hook")[1]["title"]
