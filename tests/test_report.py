"""The timeline report: built from a real run over loopback feeds, checked in headless Chromium."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

from flows.poll import poll_feeds
from tests.support.browser import open_report
from tests.support.configs import write_config
from tests.support.feeds import Item, page, rss
from tests.support.news import Newsroom
from tests.support.server import LoopbackServer
from troopwatch.cli import main
from troopwatch.report import render, series_title, write_report
from warehouse.db import reading
from warehouse.timeline import (
    Coverage,
    FeedHealth,
    SeriesKey,
    SeriesTimeline,
    TimelineFigure,
    current_values,
)
from warehouse.timeline import series_timelines as read_timelines

GUARD_FIRST = (
    "About 2,100 National Guard troops are deployed along the US-Mexico border, "
    "state officials said on Monday."
)
GUARD_SAME = (
    "Roughly 2,100 National Guard troops remain on duty along the US-Mexico border, "
    "a spokesperson for the Guard said."
)
GUARD_MORE = (
    "About 2,600 National Guard troops are now deployed along the US-Mexico border "
    "after the governor sent reinforcements, officials said on Thursday."
)
ORDERED = (
    "The Pentagon ordered 1,500 active-duty troops to the US-Mexico border on Friday, "
    "a defense official said."
)
HOSTILE = 'Troops <script>window.pwned = 1</script> ordered </textarea><b onmouseover="x">'


def publish(web: LoopbackServer, outlet: str, slug: str, title: str, day: int, text: str) -> Item:
    when = datetime(2025, 3, day, 12, tzinfo=UTC)
    link = web.set(f"/{outlet}/{slug}.html", page(title, outlet, when.isoformat(), [text]))
    return Item(link=link, title=title, published=when)


@pytest.fixture
def database(web: LoopbackServer, tmp_path: Path) -> Path:
    """Two outlets, two series, three alerts, over two polls."""
    first = publish(web, "courier", "guard", "Guard troops at the border", 3, GUARD_FIRST)
    same = publish(web, "ledger", "guard-steady", "Guard force holds steady", 5, GUARD_SAME)
    web.set("/courier.xml", rss("Desert Courier", [first]), "application/rss+xml")
    web.set("/ledger.xml", rss("Border Ledger", [same]), "application/rss+xml")
    config = write_config(tmp_path, [web.url("/courier.xml"), web.url("/ledger.xml")])
    assert main(["run", "--config", str(config)]) == 0
    more = publish(web, "courier", "guard-more", "Governor sends more Guard troops", 8, GUARD_MORE)
    ordered = publish(web, "ledger", "ordered", HOSTILE, 9, ORDERED)
    web.set("/courier.xml", rss("Desert Courier", [more, first]), "application/rss+xml")
    web.set("/ledger.xml", rss("Border Ledger", [ordered, same]), "application/rss+xml")
    assert main(["run", "--config", str(config)]) == 0
    return tmp_path / "tw.duckdb"


@pytest.mark.usefixtures("prefect_harness")
def test_report_in_a_real_browser(database: Path, tmp_path: Path) -> None:
    out = write_report(database, tmp_path / "report.html", lock_timeout=10)
    with reading(database, 10) as con:
        timelines = read_timelines(con)
    assert [(t.key.force, len(t.figures), len(t.steps)) for t in timelines] == [
        ("active_duty", 1, 1),
        ("national_guard", 3, 2),
    ]
    assert series_title(timelines[1].key).startswith("National Guard troops")
    assert out.stat().st_size < 2_000_000

    with open_report(out) as opened:
        page_ = opened.page
        page_.on("dialog", lambda dialog: pytest.fail(f"the page opened a dialog: {dialog}"))
        sections = page_.locator("section.series")
        assert sections.count() == len(timelines)
        for index, timeline in enumerate(timelines):
            section = sections.nth(index)
            assert section.locator("h2").inner_text() == series_title(timeline.key)
            assert section.locator(".chart svg").count() == 1
            assert section.locator("g.figures_marks path").count() == len(timeline.figures)
            assert section.locator("tbody tr").count() == len(timeline.figures)

        guard = sections.nth(1)
        newest = timelines[1].figures[0]
        marks = guard.locator("g.figures_marks path")
        point = next(
            i
            for i in range(marks.count())
            if "2,600" in (marks.nth(i).get_attribute("aria-label") or "")
        )
        marks.nth(point).hover()
        tooltip = page_.locator("#vg-tooltip-element.visible")
        tooltip.wait_for(timeout=5_000)
        text = tooltip.inner_text()
        for fact in (
            "Desert Courier",
            "Governor sends more Guard troops",
            newest.url,
            "about 2,600",
        ):
            assert fact in text
        assert "About 2,600 National Guard troops are now deployed" in text
        status_step, force_step, by_step = newest.steps
        assert status_step and force_step and by_step  # the detector read it: its steps
        assert f"status: {status_step}; force: {force_step}; who deploys: {by_step}" in text

        page_.mouse.move(0, 0)
        tooltip.wait_for(state="hidden", timeout=5_000)
        oldest = timelines[1].figures[-1]
        first_reported = next(
            i
            for i in range(marks.count())
            if "alert: first reported" in (marks.nth(i).get_attribute("aria-label") or "")
        )
        marks.nth(first_reported).focus()  # what Tab does: every point is focusable
        tooltip.wait_for(timeout=5_000)
        assert oldest.outlet in tooltip.inner_text() and oldest.url in tooltip.inner_text()

        headline = sections.nth(0).locator("tbody tr td").nth(3)
        assert headline.inner_text() == HOSTILE
        assert page_.evaluate("window.pwned") is None
        assert page_.locator("b[onmouseover]").count() == 0
        assert page_.evaluate("document.scripts.length") == len(timelines) + 2

        page_.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert opened.errors == []
        assert opened.requests == [opened.url]
    assert (tmp_path / "report.png").stat().st_size > 10_000


@pytest.mark.usefixtures("prefect_harness")
def test_every_run_rewrites_the_configured_report_and_links_it(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = publish(web, "courier", "guard", "Guard troops at the border", 3, GUARD_FIRST)
    web.set("/courier.xml", rss("Desert Courier", [first]), "application/rss+xml")
    extra = '[report]\npath = "pages/report.html"\n'
    config = write_config(tmp_path, [web.url("/courier.xml")], extra=extra)
    page_ = tmp_path / "pages" / "report.html"

    state = poll_feeds(str(config), return_state=True)

    assert state.is_completed(), state
    assert "Guard troops at the border" in page_.read_text(encoding="utf-8")
    with get_client(sync_client=True) as client:
        [artifact] = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
            )
        )
    assert f"Report: [report.html]({page_.resolve().as_uri()})" in str(artifact.data)

    assert main(["report", "--config", str(config), "--out", str(tmp_path / "copy.html")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "copy.html")
    assert (tmp_path / "copy.html").read_bytes().startswith(b"<!doctype html>")

    assert main(["report", "--config", str(config), "--out", str(tmp_path / "pages")]) == 1
    assert f"{tmp_path / 'pages'}: cannot write the report" in capsys.readouterr().err


@pytest.mark.usefixtures("prefect_harness")
def test_a_report_that_cannot_be_written_leaves_the_run_completed(
    web: LoopbackServer, tmp_path: Path
) -> None:
    first = publish(web, "courier", "guard", "Guard troops at the border", 3, GUARD_FIRST)
    web.set("/courier.xml", rss("Desert Courier", [first]), "application/rss+xml")
    (tmp_path / "taken").write_text("a file where the report's folder should be")
    extra = '[report]\npath = "taken/report.html"\n'
    config = write_config(tmp_path, [web.url("/courier.xml")], extra=extra)

    report = poll_feeds(str(config))

    assert report.page is None and report.stored.figures == 1


RIVAL = (
    "About 3,000 National Guard troops are deployed along the US-Mexico border, "
    "a spokesperson for the Pentagon said on Tuesday."
)


@pytest.mark.usefixtures("prefect_harness")
def test_outlets_that_disagree_are_boxed_and_named(web: LoopbackServer, tmp_path: Path) -> None:
    first = publish(web, "courier", "guard", "Guard troops at the border", 3, GUARD_FIRST)
    web.set("/courier.xml", rss("Desert Courier", [first]), "application/rss+xml")
    web.set("/ledger.xml", rss("Border Ledger", []), "application/rss+xml")
    config = write_config(tmp_path, [web.url("/courier.xml"), web.url("/ledger.xml")])
    assert main(["run", "--config", str(config)]) == 0
    rival = publish(web, "ledger", "guard-rival", "Pentagon puts Guard force at 3,000", 4, RIVAL)
    web.set("/ledger.xml", rss("Border Ledger", [rival]), "application/rss+xml")
    assert main(["run", "--config", str(config)]) == 0

    out = write_report(tmp_path / "tw.duckdb", tmp_path / "report.html", lock_timeout=10)

    with open_report(out) as opened:
        section = opened.page.locator("section.series")
        assert section.count() == 1
        assert section.locator("g.figures_marks path").count() == 2
        assert section.locator("g.disputes_marks path").count() == 2
        assert section.locator("g.alerts_marks path").count() == 2
        effects = section.locator("tbody tr td:last-child").all_inner_texts()
        assert effects == [
            "alert: outlets disagree: Desert Courier about 2,100; Border Ledger about 3,000",
            "alert: first reported; one side of a disagreement between outlets",
        ]
        assert opened.errors == [] and opened.requests == [opened.url]


@pytest.mark.usefixtures("prefect_harness")
def test_the_desks_dismissals_and_fixes_show_in_the_report(
    web: LoopbackServer, tmp_path: Path
) -> None:
    news = Newsroom(web, ["Ledger", "Courier"])
    config = write_config(tmp_path, news.feeds())
    news.publish("Ledger", "guard", 3, GUARD_FIRST)
    assert main(["run", "--config", str(config)]) == 0
    news.publish("Courier", "plan", 8, GUARD_FIRST.replace("2,100", "15,000"))
    assert main(["run", "--config", str(config)]) == 0
    with reading(tmp_path / "tw.duckdb", 10) as con:
        [figures] = read_timelines(con)
    wrong, misread = (f.figure_id for f in figures.figures)
    desk = ["--who", "night editor", "--config", str(config)]
    assert main(["figures", "dismiss", str(wrong), "--reason", "a proposal", *desk]) == 0
    assert main(["figures", "fix", str(misread), "--value", "2200", *desk]) == 0

    out = write_report(tmp_path / "tw.duckdb", tmp_path / "report.html", lock_timeout=10)

    tree = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    rows = [[td.text_content() for td in tr.xpath("td")] for tr in tree.xpath("//tbody/tr")]
    assert [(row[1], row[2], row[-1]) for row in rows] == [
        ("Courier", "about 15,000", "alert: about 2,100 → about 15,000; dismissed by the desk"),
        ("Ledger", "about 2,200", "alert: first reported; corrected by the desk (read as 2,100)"),
    ]
    assert "Current value: about 2,200 since 3 March 2025" in tree.text_content()
    points = _points(json.loads(tree.xpath("//script[@type='application/json']")[0].text))
    assert [(p["value"], p["counted"]) for p in points] == [(15000, False), (2200, True)]


def test_desk_corrections_revisions_and_missions_are_shown() -> None:
    when = datetime(2025, 3, 9, 12, tzinfo=UTC)
    base = TimelineFigure(
        1,
        2600,
        "approx",
        "Ledger",
        when,
        "Guard grows",
        "about 2,600",
        "https://l.example/a",
        "",
        None,
    )
    figures = (
        replace(
            base,
            figure_id=4,
            published=when + timedelta(hours=2),  # a revised version of the story
            corrected_from=26000,
            effect="change",
            old_value=2100,
            old_qualifier="approx",
        ),
        # its qualifier corrected (the same number), then dismissed
        replace(base, figure_id=3, counted=False, dismissed=True, corrected_from=2600),
        replace(
            base,
            figure_id=2,
            published=when + timedelta(hours=1),
            counted=False,
            replaced=True,
            value=2400,
        ),
        replace(
            base,
            figure_id=1,
            value=2100,
            effect="first",
            checked="confirmed",
            steps=("nearest cue", "its noun", "a governor's mission"),
        ),
        replace(base, figure_id=5, published=when - timedelta(hours=1), counted=False, held=True),
        replace(
            base,
            figure_id=6,
            published=when - timedelta(hours=2),
            value=400,
            counted=False,
            held=True,
            aside=True,
        ),
    )
    key = SeriesKey("us_mexico_border", "national_guard", "deployed", "state:TX")
    timeline = SeriesTimeline(key, figures, current_values(key, list(figures)))
    covered = Coverage((), 4, 4, when, when)

    tree = lxml.html.fromstring(render(covered, [timeline], made_at=when))

    assert tree.xpath("//h2")[0].text_content() == (
        "Texas National Guard (state mission) deployed at the US–Mexico border"
    )
    effects = [row.xpath("td")[-1].text_content() for row in tree.xpath("//tbody/tr")]
    assert effects == [
        "alert: about 2,100 → about 2,600; corrected by the desk (read as 26,000)",
        "corrected by the desk; dismissed by the desk",
        "replaced by a revised version of the story",
        "alert: first reported; confirmed by the desk",
        "held: the detector was not sure of its status, so it alerted no one",
        "held: an aside to the story's news (a part, a caption), so it alerted no one",
    ]
    assert [(s.value, s.figure_id) for s in timeline.steps] == [(2100, 1), (2600, 4)]
    points = _points(json.loads(tree.xpath("//script[@type='application/json']")[0].text))
    assert [p["counted"] for p in points] == [True, False, False, True, False, False]
    read = "status: nearest cue; force: its noun; who deploys: a governor's mission"
    assert [p["read"] for p in points] == ["—", "—", "—", read, "—", "—"]
    (figure_cell,) = tree.xpath("//tbody/tr[4]/td[3]")
    assert figure_cell.get("title") == f"read by {read}"
    assert tree.xpath("//tbody/tr[1]/td[3]")[0].get("title") is None


def test_headlines_and_sentences_render_as_text() -> None:
    when = datetime(2025, 3, 9, 12, tzinfo=UTC)
    figure = TimelineFigure(
        figure_id=1,
        value=1500,
        qualifier="upper",
        outlet="Ledger </script><script>alert(1)</script>",
        published=when,
        headline=HOSTILE,
        evidence="up to 1,500 troops </textarea><img src=x onerror=alert(1)>",
        url="javascript:alert(1)",
        effect="first",
        alert_id=1,
    )
    timeline = SeriesTimeline(
        SeriesKey("us_mexico_border", "active_duty", "ordered"), (figure,), ()
    )
    covered = Coverage(
        (FeedHealth("<i>Bad feed</i>", "http://x.example/rss", "failed", "HTTP 500 <b>", 2, when),),
        1,
        1,
        when,
        when,
    )

    html = render(covered, [timeline], made_at=when)

    tree = lxml.html.fromstring(html)
    assert len(tree.xpath("//script")) == 3  # the spec, Vega's bundle, the embedding
    assert tree.xpath("//img | //i | //b | //textarea") == []
    cells = [cell.text_content() for cell in tree.xpath("//tbody/tr/td")]
    assert HOSTILE in cells and figure.outlet in cells and figure.evidence in cells
    assert tree.xpath("//a[starts-with(@href, 'javascript')]") == []
    assert "failing: <i>Bad feed</i> (HTTP 500 <b>)" in tree.xpath("//header")[0].text_content()
    spec_text = tree.xpath("//script[@type='application/json']")[0].text
    points = list(_points(json.loads(spec_text)))
    assert [(p["headline"], p["url"]) for p in points] == [(HOSTILE, "")]


def _points(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The data rows of the chart's layer of figures (one per point)."""
    layer = next(layer for layer in spec["layer"] if layer.get("name") == "figures")
    data = layer["data"]
    rows: list[dict[str, Any]] = (
        spec["datasets"][data["name"]] if "name" in data else data["values"]
    )
    return rows


def test_a_story_moves_the_timeline_by_its_first_figure() -> None:
    when = datetime(2010, 6, 1, 12, tzinfo=UTC)
    total = TimelineFigure(
        1, 1200, "approx", "Ledger", when, "Guard", "1,200", "https://l.example/a", "first", None
    )
    part = replace(total, figure_id=2, value=524, evidence="524", effect="")
    later = replace(total, figure_id=3, published=when + timedelta(days=9), url="https://c.example")
    key = SeriesKey("us_mexico_border", "national_guard", "ordered", "us_federal")
    steps = current_values(key, [later, part, total])
    assert [(s.value, s.figure_id) for s in steps] == [(1200, 1)]
