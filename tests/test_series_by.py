"""Series by deployer: a state's mission, the federal one and Mexico's are separate series,
named in words in every message; JSON webhooks carry `by`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import duckdb
import pytest

from extractors.model import Article, Detection, Figure
from flows.config import load_config
from flows.deliver import channel_refs, deliver_pending
from flows.messages import series_words
from tests.conftest import write_config
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from troopwatch.cli import main
from warehouse import store
from warehouse.changes import Rules
from warehouse.db import migrate, writing
from warehouse.records import PageOutcome

_links = count(1)
TEXAS = "About 4,100 Texas National Guard soldiers are deployed at the border under Lone Star."
FEDERAL = "About 2,500 National Guard troops are deployed at the border on the federal mission."
MEXICO = "Mexico deployed 10,000 members of its Guardia Nacional to its northern border."


def figure(value: int, by: str, evidence: str, force: str = "national_guard") -> Figure:
    return Figure(value, force, "deployed", "approx", evidence, 0, len(evidence), by)  # type: ignore[arg-type]


def story(outlet: str, when: datetime, *figures: Figure) -> PageOutcome:
    text = " ".join(f.evidence for f in figures)
    return PageOutcome(
        feed_url="http://feeds.example/rss",
        outlet=outlet,
        link=f"http://news.example/{next(_links)}",
        guid=None,
        title="Border deployment",
        published=when,
        fetched_at=when + timedelta(hours=1),
        status="extracted",
        article=Article(text, "Border deployment", when, outlet),
        detection=Detection(True, 0.9, figures),
    )


def store_run(database: Path, *stories: PageOutcome) -> None:
    with writing(database, 5) as con:
        run_id = store.start_run(con, datetime.now(UTC))
        store.store_pages(
            con,
            run_id,
            stories,
            channel_refs(load_config(database.parent / "troopwatch.toml")),
            Rules(timedelta(days=14)),
        )


def test_state_and_federal_missions_are_two_series(web: LoopbackServer, tmp_path: Path) -> None:
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = load_config(write_config(tmp_path, [], notify=[hook]))
    migrate(config.database, 5)
    day = datetime(2025, 3, 3, 9, tzinfo=UTC)
    store_run(
        config.database,
        story("Ledger", day, figure(4100, "state:TX", TEXAS)),
        story("Courier", day + timedelta(hours=3), figure(2500, "us_federal", FEDERAL)),
    )
    store_run(
        config.database,
        story("Wire", day + timedelta(hours=5), figure(10000, "mexico", MEXICO)),
    )
    assert deliver_pending(config).sent == 3

    alerts = [a for post in web.posted_json("/hook") for a in post["alerts"]]
    assert [(a["kind"], a["by"], a["new_value"]) for a in alerts] == [
        ("first", "state:TX", 4100),
        ("first", "us_federal", 2500),
        ("first", "mexico", 10000),
    ]
    titles = [post["title"] for post in web.posted_json("/hook")]
    assert titles == [
        "Texas National Guard (state mission) deployed at the US–Mexico border:"
        " first reported: about 4,100",
        "National Guard troops (federal mission) deployed at the US–Mexico border:"
        " first reported: about 2,500",
        "Mexico's Guardia Nacional at its northern border: first reported: about 10,000",
    ]
    with duckdb.connect(str(config.database), read_only=True) as con:
        latest = con.execute('SELECT "by", value FROM latest_figures ORDER BY 1').fetchall()
    assert latest == [("mexico", 10000), ("state:TX", 4100), ("us_federal", 2500)]


def test_a_story_speaks_for_a_series_by_its_first_figure(
    web: LoopbackServer, tmp_path: Path
) -> None:
    """A total and then its parts in one story: the total is the series' value, for the
    alert, for `latest_figures` and for the next poll's comparison."""
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = load_config(write_config(tmp_path, [], notify=[hook]))
    migrate(config.database, 5)
    day = datetime(2010, 6, 1, 9, tzinfo=UTC)
    part = figure(524, "us_federal", "Arizona gets 524 of them")
    total = figure(1200, "us_federal", "About 1,200 National Guard troops are deployed")
    store_run(config.database, story("Ledger", day, total, part))
    store_run(config.database, story("Ledger", day + timedelta(days=30), total, part))
    with duckdb.connect(str(config.database), read_only=True) as con:
        latest = con.execute("SELECT value FROM latest_figures").fetchall()
    store_run(config.database, story("Courier", day + timedelta(days=60), total))
    assert deliver_pending(config).sent == 1

    alerts = [a for post in web.posted_json("/hook") for a in post["alerts"]]
    assert [(a["kind"], a["new_value"]) for a in alerts] == [("first", 1200)]
    assert latest == [(1200,)]


def test_series_words() -> None:
    watch = "us_mexico_border"
    assert series_words(watch, "state:AZ", "national_guard", "ordered") == (
        "Arizona National Guard (state mission) ordered to the US–Mexico border"
    )
    assert series_words(watch, "us_federal", "active_duty", "deployed") == (
        "Active-duty troops deployed at the US–Mexico border"
    )
    assert series_words(watch, "unclear", "national_guard", "deployed") == (
        "National Guard troops deployed at the US–Mexico border"
    )
    assert series_words(watch, "mexico", "military", "withdrawn") == (
        "Mexico's troops withdrawn from its northern border"
    )


STATE_STORY = (
    "Texas Gov. Greg Abbott has deployed about 4,100 Texas National Guard soldiers to the "
    "border under Operation Lone Star."
)
FEDERAL_STORY = "The Pentagon has ordered 1,500 more active-duty troops to the southern border."
FEDERAL_GUARD_STORY = (
    "About 2,500 National Guard troops are deployed along the US-Mexico border under federal"
    " orders, defense officials said."
)
MEXICO_STORY = "Mexico deployed 10,000 members of its Guardia Nacional to its northern border."


@pytest.mark.usefixtures("prefect_harness")
def test_each_deployer_is_its_own_series_end_to_end(web: LoopbackServer, tmp_path: Path) -> None:
    day = datetime(2025, 3, 3, 9, tzinfo=UTC)
    items = []
    for slug, hours, text in (
        ("lone-star", 0, STATE_STORY),
        ("federal-guard", 1, FEDERAL_GUARD_STORY),
        ("pentagon", 2, FEDERAL_STORY),
        ("mexico", 4, MEXICO_STORY),
    ):
        when = day + timedelta(hours=hours)
        link = web.set(
            f"/news/{slug}.html", page("Border forces", "Ledger", when.isoformat(), [text])
        )
        items.append(Item(link=link, title="Border forces", published=when))
    web.set("/feed.xml", rss("Ledger", items), "application/rss+xml")
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = write_config(tmp_path, [web.url("/feed.xml")], notify=[hook])
    assert main(["run", "--config", str(config)]) == 0

    alerts = sorted(
        (a["by"], a["kind"], a["new_value"])
        for post in web.posted_json("/hook")
        for a in post["alerts"]
    )
    assert alerts == [
        ("mexico", "first", 10000),
        ("state:TX", "first", 4100),
        ("us_federal", "first", 1500),
        ("us_federal", "first", 2500),
    ]  # two Guard missions on the same day: two first figures, no change between them
    titles = {post["title"] for post in web.posted_json("/hook")}
    assert "Mexico's Guardia Nacional at its northern border: first reported: 10,000" in titles
