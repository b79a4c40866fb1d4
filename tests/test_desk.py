"""Conflicting outlets and desk corrections, end to end: loopback feeds and pages, a real
DuckDB file and a real webhook receiver."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from extractors.detect import detect
from tests.conftest import write_config
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")


def guard(value: str, day: str) -> str:
    return (
        f"About {value} National Guard troops are deployed along the US-Mexico border, "
        f"officials said on {day}."
    )


class Newsroom:
    """Outlets whose feeds grow, and whose stories can be revised, on a loopback server."""

    def __init__(self, web: LoopbackServer, outlets: list[str]) -> None:
        self.web = web
        self.items: dict[str, dict[str, Item]] = {outlet: {} for outlet in outlets}
        for outlet in outlets:
            self._write_feed(outlet)

    def feeds(self) -> list[str]:
        return [self.web.url(f"/{outlet.lower()}.xml") for outlet in self.items]

    def publish(self, outlet: str, slug: str, when: datetime, *paragraphs: str) -> None:
        title = "Border deployment update"
        link = self.web.set(
            f"/{outlet.lower()}/{slug}.html",
            page(title, outlet, when.isoformat(), list(paragraphs)),
        )
        self.items[outlet][slug] = Item(link=link, title=title, published=when)
        self._write_feed(outlet)

    def _write_feed(self, outlet: str) -> None:
        feed = rss(outlet, list(reversed(self.items[outlet].values())))
        self.web.set(f"/{outlet.lower()}.xml", feed, "application/rss+xml")


def hook(web: LoopbackServer) -> str:
    return f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"


def alerts(web: LoopbackServer) -> list[dict[str, object]]:
    return [a for post in web.posted_json("/hook") for a in post["alerts"]]


def run(config: Path) -> None:
    assert main(["run", "--config", str(config)]) == 0


def exported(config: Path) -> list[dict[str, Any]]:
    """The desk's labels, as `figures export-labels` writes them beside the config."""
    labels = config.parent / "labels.jsonl"
    assert main(["figures", "export-labels", str(labels), "--config", str(config)]) == 0
    return [json.loads(line) for line in labels.read_text().splitlines()]


def configured(tmp_path: Path, news: Newsroom, web: LoopbackServer) -> Path:
    config = write_config(tmp_path, news.feeds(), notify=[hook(web)])
    config.write_text(config.read_text() + "[alerts]\nrecheck_hours = []\n")
    return config


DAY = datetime(2025, 3, 3, 9, tzinfo=UTC)


def test_outlets_that_disagree_make_one_conflict_alert(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger", "Courier", "Wire"])
    config = configured(tmp_path, news, web)
    news.publish("Ledger", "guard", DAY, guard("2,600", "Monday"))
    news.publish("Courier", "guard", DAY + timedelta(hours=4), guard("3,400", "Monday"))
    run(config)

    (conflict,) = alerts(web)
    assert conflict["kind"] == "conflict"
    assert [(s["outlet"], s["value"]) for s in conflict["sides"]] == [  # type: ignore[union-attr]
        ("Ledger", 2600),
        ("Courier", 3400),
    ]
    title = web.posted_json("/hook")[0]["title"]
    assert "outlets disagree: Ledger: about 2,600; Courier: about 3,400" in title
    capsys.readouterr()
    assert main(["series", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert "Open conflicts" in listing and "Ledger: 2,600; Courier: 3,400" in listing

    news.publish("Wire", "guard", DAY + timedelta(days=1), guard("3,400", "Tuesday"))
    run(config)
    kinds = [(a["kind"], a["outlet"], a["new_value"]) for a in alerts(web)]
    assert kinds == [("conflict", "Ledger", 2600), ("settled", "Wire", 3400)]
    assert main(["series", "--config", str(config)]) == 0
    assert "Open conflicts" not in capsys.readouterr().out


def test_dismissed_figure_reverts_the_series_and_stays_dismissed(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger", "Courier"])
    config = configured(tmp_path, news, web)
    news.publish("Ledger", "guard", DAY, guard("2,600", "Monday"))
    run(config)
    news.publish("Courier", "plan", DAY + timedelta(days=5), guard("15,000", "Saturday"))
    run(config)
    database = tmp_path / "tw.duckdb"
    with duckdb.connect(str(database), read_only=True) as con:
        (wrong,) = con.execute(
            "SELECT figure_id FROM figure_history WHERE value = 15000"
        ).fetchone()  # type: ignore[misc]

    capsys.readouterr()
    assert main(["figures", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert f"{wrong}" in listing and "Saturday" in listing  # the whole sentence
    dismiss = ["figures", "dismiss", str(wrong), "--reason", "proposal, not an order"]
    assert main([*dismiss, "--who", "night editor", "--config", str(config)]) == 0

    posts = web.posted_json("/hook")
    assert [a["kind"] for a in alerts(web)] == ["first", "change", "correction"]
    assert posts[-1]["title"] == (
        "Correction — National Guard troops (federal mission) deployed at the US–Mexico"
        " border: about 15,000 (Courier) was dismissed by the desk (proposal, not an order);"
        " current value: about 2,600"
    )

    capsys.readouterr()
    assert main(["alerts", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert "correction" in listing and "15,000 → 2,600" in listing

    # The story is revised (a later date, other words, the same figure): it stays out.
    news.publish(
        "Courier", "plan", DAY + timedelta(days=6), guard("15,000", "Sunday"), "More soon."
    )
    run(config)
    assert len(web.posted_json("/hook")) == 3
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT value FROM latest_figures").fetchall() == [(2600,)]
        assert con.execute(
            "SELECT revision, dismissed FROM figures WHERE value = 15000 ORDER BY id"
        ).fetchall() == [(1, True), (2, True)]
        assert con.execute(
            "SELECT action, reason, corrected_by, alert_id IS NOT NULL FROM corrections"
        ).fetchall() == [("dismiss", "proposal, not an order", "night editor", True)]

    (record,) = exported(config)
    assert record["figures"] == [] and "15,000" in record["text"]
    assert set(record) >= {"id", "url", "published", "title", "text", "relevant", "lang"}


def one_figure(web: LoopbackServer, tmp_path: Path, hold: bool) -> tuple[Path, int]:
    """A run over one story with one Guard figure (held when `hold`); the config, the
    figure's id."""
    news = Newsroom(web, ["Ledger"])
    config = configured(tmp_path, news, web)
    if hold:
        config.write_text(config.read_text() + "min_confidence = 1\n")  # hold every figure
    news.publish("Ledger", "guard", DAY, guard("2,600", "Monday"))
    run(config)
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        (figure, held) = con.execute("SELECT id, held FROM figures").fetchone()  # type: ignore[misc]
    assert held == hold
    return config, figure


def test_a_fix_corrects_the_current_value(web: LoopbackServer, tmp_path: Path) -> None:
    config, figure = one_figure(web, tmp_path, hold=False)
    fix = ["figures", "fix", str(figure), "--value", "2700", "--by", "state:TX"]
    fix += ["--qualifier", "upper", "--reason", "the governor's cap"]
    assert main([*fix, "--config", str(config)]) == 0
    titles = [post["title"] for post in web.posted_json("/hook")]
    assert len(titles) == 3  # the first figure, then one correction for each series it moved
    assert (
        "Correction — Texas National Guard (state mission) deployed at the US–Mexico border:"
        " about 2,600 (Ledger) was corrected by the desk: value 2,700, by state:TX, qualifier"
        " up to (the governor's cap); current value: up to 2,700"
    ) in titles, titles
    assert main(["figures", "fix", "999", "--value", "1", "--config", str(config)]) == 1
    assert main(["figures", "dismiss", str(figure), "--config", str(config)]) == 1


def test_the_desk_confirms_a_held_figure(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, figure = one_figure(web, tmp_path, hold=True)
    assert web.posted_json("/hook") == []

    desk = ["--reason", "the Pentagon's release", "--config", str(config)]
    assert main(["figures", "confirm", str(figure), "--status", "ordered", *desk]) == 1
    capsys.readouterr()
    assert main(["figures", "confirm", str(figure), *desk]) == 0
    assert "confirmed; 1 correction(s) queued, 1 message(s) delivered" in capsys.readouterr().out
    (post,) = web.posted_json("/hook")
    assert post["title"] == (
        "Correction — National Guard troops (federal mission) deployed at the US–Mexico"
        " border: about 2,600 (Ledger) was confirmed by the desk (the Pentagon's release);"
        " current value: about 2,600"
    )
    assert main(["figures", "--config", str(config)]) == 0
    assert "confirmed" in capsys.readouterr().out

    (record,) = exported(config)
    assert [(f["value"], f["optional"]) for f in record["figures"]] == [(2600, False)]


def test_the_desk_sets_a_figure_aside(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, figure = one_figure(web, tmp_path, hold=False)
    desk = ["--reason", "a caption's", "--config", str(config)]
    assert main(["figures", "aside", str(figure), "--value", "2700", *desk]) == 1
    capsys.readouterr()
    assert main(["figures", "aside", str(figure), *desk]) == 0
    assert "set aside; 1 correction(s) queued, 1 message(s) delivered" in capsys.readouterr().out
    assert web.posted_json("/hook")[-1]["title"] == (
        "Correction — National Guard troops (federal mission) deployed at the US–Mexico"
        " border: about 2,600 (Ledger) was set aside by the desk: right, but beside the"
        " story's news (a caption's); current value: none"
    )
    assert main(["figures", "--config", str(config)]) == 0
    assert "set aside" in capsys.readouterr().out
    (record,) = exported(config)
    assert [(f["value"], f["optional"]) for f in record["figures"]] == [(2600, True)]


def test_the_desk_adds_a_figure_the_detector_missed(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger"])
    config = configured(tmp_path, news, web)
    strike_team = "Texas keeps a strike team of state troopers in Eagle Pass, 250 strong."
    news.publish("Ledger", "guard", DAY, guard("2,600", "Monday"), strike_team)
    run(config)
    link = news.items["Ledger"]["guard"].link
    add = ["figures", "add", link, "--value", "250", "--force", "law_enforcement"]
    add += ["--status", "deployed", "--by", "state:TX", "--config", str(config)]
    assert main([*add, "--evidence", "250 troopers"]) == 1  # not the story's words
    assert main(add) == 1  # no --evidence
    capsys.readouterr()
    assert main([*add, "--evidence", "state troopers in Eagle Pass, 250 strong"]) == 0
    assert f"figure added to {link}; 1 correction(s) queued" in capsys.readouterr().out
    title = web.posted_json("/hook")[-1]["title"]
    assert title.startswith("Correction — ") and title.endswith(
        "250 (Ledger) was added by the desk; current value: 250"
    )
    assert main(["figures", "--config", str(config)]) == 0
    assert "added" in capsys.readouterr().out


def test_the_desk_dismisses_a_story_that_is_not_about_the_border(
    web: LoopbackServer, tmp_path: Path
) -> None:
    news = Newsroom(web, ["Ledger", "Courier"])
    config = configured(tmp_path, news, web)
    news.publish("Ledger", "guard", DAY, guard("2,600", "Monday"))
    news.publish("Courier", "drill", DAY + timedelta(days=2), guard("15,000", "Wednesday"))
    run(config)
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        (wrong,) = con.execute("SELECT id FROM figures WHERE value = 15000").fetchone()  # type: ignore[misc]
    desk = ["--reason", "a drill in Poland", "--config", str(config)]
    assert main(["figures", "fix", str(wrong), "--story", "--value", "1", *desk]) == 1
    assert main(["figures", "dismiss", str(wrong), "--story", *desk]) == 0
    assert web.posted_json("/hook")[-1]["title"] == (
        "Correction — National Guard troops (federal mission) deployed at the US–Mexico"
        " border: Courier's story was dismissed by the desk: not about the border (a drill in"
        " Poland); current value: about 2,600"
    )
    (record,) = exported(config)
    assert record["relevant"] is False and record["figures"] == []


def test_the_desk_judges_stories_by_their_link(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger", "Courier"])
    config = configured(tmp_path, news, web)
    news.publish("Ledger", "drill", DAY, guard("2,600", "Monday"))
    mexico = "Mexico will keep its soldiers along the northern frontier, its president said."
    news.publish("Courier", "mexico", DAY + timedelta(days=1), mexico)
    run(config)
    drill, missed = news.items["Ledger"]["drill"].link, news.items["Courier"]["mexico"].link
    listing = ["stories", "--config", str(config)]
    capsys.readouterr()
    assert main([*listing, "--not-relevant"]) == 0
    listed = capsys.readouterr().out
    assert missed in listed and drill not in listed

    judge = ["--config", str(config), "--who", "night desk"]
    assert main(["stories", "relevant", missed, *judge]) == 1  # no --reason
    assert main(["stories", "relevant", *judge, "--reason", "x"]) == 1  # no link
    capsys.readouterr()
    assert main(["stories", "relevant", missed, *judge, "--reason", "Mexico's troops"]) == 0
    said = capsys.readouterr().out
    assert f"the story at {missed} judged about the border; its series'" in said
    assert main(["stories", "not-relevant", drill, *judge, "--reason", "a drill in Poland"]) == 0
    assert web.posted_json("/hook")[-1]["title"] == (
        "Correction — National Guard troops (federal mission) deployed at the US–Mexico"
        " border: Ledger's story was dismissed by the desk: not about the border (a drill in"
        " Poland); current value: none"
    )
    assert main(listing) == 0
    listed = capsys.readouterr().out
    assert "judged about it" in listed and "judged not about it" in listed

    records = {r["url"]: r for r in exported(config)}
    assert (records[missed]["relevant"], records[missed]["figures"]) == (True, [])
    assert (records[drill]["relevant"], records[drill]["figures"]) == (False, [])


README = Path(__file__).resolve().parents[1] / "README.md"


def readme_query(comment: str) -> str:
    """The README's analyst query that follows `comment`, up to its semicolon."""
    text = README.read_text(encoding="utf-8")
    start = text.index(comment)
    return text[start : text.index(";", start)]


BY_STEP = readme_query("-- where the desk changed a status, or confirmed one")
BY_FORCE_STEP = readme_query("-- where the desk changed a force")


def test_the_desks_corrections_are_counted_by_the_step_that_read_the_status(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger"])
    config = configured(tmp_path, news, web)
    plan = "The Pentagon will send 1,500 active-duty troops to the US-Mexico border next month."
    news.publish("Ledger", "plan", DAY, plan, guard("2,600", "Monday"))
    run(config)
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        stored = con.execute("SELECT value, id, status_step FROM figures").fetchall()
    steps = {value: (figure, step) for value, figure, step in stored}
    read = detect(f"{plan}\n{guard('2,600', 'Monday')}", None, DAY.date()).figures
    assert {v: step for v, (_, step) in steps.items()} == {f.value: f.status_step for f in read}

    desk = ["--reason", "only a plan so far", "--config", str(config)]
    fix = ["figures", "fix", str(steps[1500][0]), "--status", "proposed", "--force", "military"]
    assert main([*fix, *desk]) == 0
    assert main(["figures", "confirm", str(steps[2600][0]), "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["figures", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert "status read by" in listing
    assert all(step in listing for _, step in steps.values())

    run(config)  # the analyst copy is published by a run
    capsys.readouterr()
    assert main(["sql", BY_STEP, "--config", str(config)]) == 0
    rows = [line.split("│") for line in capsys.readouterr().out.splitlines() if "│" in line]
    counted = {cells[1].strip(): (cells[2].strip(), cells[3].strip()) for cells in rows}
    assert counted == {steps[1500][1]: ("1", "0"), steps[2600][1]: ("0", "1")}
    capsys.readouterr()
    assert main(["sql", BY_FORCE_STEP, "--config", str(config)]) == 0
    rows = [line.split("│") for line in capsys.readouterr().out.splitlines() if "│" in line]
    (force_read,) = [f for f in read if f.value == 1500]
    assert [(cells[1].strip(), cells[2].strip()) for cells in rows] == [
        (force_read.force_step, "1")
    ]
