"""Backfill from news archives: WARC files and saved pages become history, never alerts."""

from __future__ import annotations

import gzip
import logging
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows.backfill import BackfillReport, run_backfill
from tests.support.configs import write_config
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from tests.support.warc import Capture, write_warc
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

GUARD_2100 = (
    "About 2,100 National Guard troops are deployed along the US-Mexico border, "
    "state officials said on Monday."
)
GUARD_2600 = (
    "About 2,600 National Guard troops are now deployed along the US-Mexico border "
    "after the governor sent reinforcements, officials said."
)
ACTIVE_1500 = (
    "The Pentagon has ordered up to 1,500 active-duty troops to the US-Mexico border, "
    "defense officials said."
)
PARADE = "The city parade on Saturday drew a large crowd despite the rain, organisers said."


def story(text: str, published: str | None, title: str = "Border deployment update") -> bytes:
    html = page(title, "Desert Courier", published or "", [text])
    if published is None:  # a saved page that says nothing about when it was published
        html = "\n".join(line for line in html.splitlines() if "published_time" not in line)
    return html.encode()


def rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchall()


def figures(database: Path) -> list[tuple[object, ...]]:
    return rows(
        database,
        "SELECT url, value, force, status, published_at::DATE::VARCHAR FROM figure_history"
        " ORDER BY url, value",
    )


def backfill(config: Path, *sources: Path) -> BackfillReport:
    return run_backfill(config, list(sources))


def test_warc_pages_become_history_without_alerts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    archive = write_warc(
        tmp_path / "news.warc.gz",
        [
            Capture("http://courier.example/guard", story(GUARD_2100, "2019-02-04")),
            # No date in the page: the capture's WARC-Date stands in for it.
            Capture(
                "http://courier.example/active",
                story(ACTIVE_1500, None),
                date="2019-03-05T10:00:00Z",
            ),
            Capture("http://courier.example/parade", story(PARADE, "2019-02-05")),
            Capture("http://courier.example/a.pdf", b"%PDF-1.4", content_type="application/pdf"),
        ],
    )
    config = write_config(tmp_path, [])
    caplog.set_level(logging.WARNING)

    report = backfill(config, archive)

    database = tmp_path / "tw.duckdb"
    assert figures(database) == [
        ("http://courier.example/active", 1500, "active_duty", "ordered", "2019-03-05"),
        ("http://courier.example/guard", 2100, "national_guard", "deployed", "2019-02-04"),
    ]
    assert rows(database, "SELECT url, status, relevant FROM articles ORDER BY url") == [
        ("http://courier.example/active", "extracted", True),
        ("http://courier.example/guard", "extracted", True),
        ("http://courier.example/parade", "screened_out", False),
    ]
    assert rows(database, "SELECT count(*) FROM alerts") == [(0,)]
    assert (report.pages, report.stored, report.relevant, report.figures) == (3, 3, 2, 2)
    assert (report.screened_out, report.unreadable, report.undated) == (1, 1, 0)
    assert f"{archive}: record 8 (http://courier.example/a.pdf): not HTML" in caplog.text


def test_saved_pages_folder_skips_undated_and_non_html_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved"
    (saved / "2019").mkdir(parents=True)
    (saved / "2019" / "guard.html").write_bytes(story(GUARD_2100, "2019-02-04"))
    (saved / "undated.html").write_bytes(story(GUARD_2600, None))
    (saved / "2019" / "notes.txt").write_text("phone numbers of sources", encoding="utf-8")
    config = write_config(tmp_path, [])
    caplog.set_level(logging.WARNING)

    assert main(["backfill", "--config", str(config), str(saved)]) == 0

    guard = (saved / "2019" / "guard.html").resolve().as_uri()
    assert figures(tmp_path / "tw.duckdb") == [
        (guard, 2100, "national_guard", "deployed", "2019-02-04")
    ]
    summary = " ".join(capsys.readouterr().out.split())
    assert "2 pages read" in summary and "2 stored (1 about the border, 1 figures)" in summary
    assert "1 without a date, 1 unreadable" in summary
    assert f"{saved}: 2019/notes.txt: not an HTML file" in caplog.text
    assert "undated.html: no publication date in the page" in caplog.text


def test_truncated_archive_is_named_and_the_rest_is_stored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    whole = write_warc(
        tmp_path / "whole.warc.gz",
        [
            Capture("http://courier.example/guard", story(GUARD_2100, "2019-02-04")),
            Capture("http://courier.example/more", story(GUARD_2600, "2019-04-01")),
        ],
    )
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size - 200])
    other = write_warc(
        tmp_path / "other.warc",
        [Capture("http://ledger.example/active", story(ACTIVE_1500, "2019-05-06"))],
    )
    config = write_config(tmp_path, [])
    caplog.set_level(logging.WARNING)

    report = backfill(config, cut, other)

    assert [row[0] for row in figures(tmp_path / "tw.duckdb")] == [
        "http://courier.example/guard",
        "http://ledger.example/active",
    ]
    assert report.unreadable == 1
    assert f"{cut}: record 4: damaged or truncated archive" in caplog.text


def test_a_page_is_never_stored_twice(tmp_path: Path) -> None:
    capture = Capture("http://courier.example/guard", story(GUARD_2100, "2019-02-04"))
    first = write_warc(tmp_path / "a.warc", [capture, capture])  # crawled twice
    second = write_warc(tmp_path / "b.warc.gz", [capture])
    config = write_config(tmp_path, [])

    report = backfill(config, first)
    again = backfill(config, first, second)

    assert rows(tmp_path / "tw.duckdb", "SELECT count(*) FROM articles") == [(1,)]
    assert rows(tmp_path / "tw.duckdb", "SELECT count(*) FROM figures") == [(1,)]
    assert (report.stored, report.already_stored) == (1, 1)
    assert (again.stored, again.already_stored) == (0, 3)


def test_not_a_warc_file_is_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bogus = tmp_path / "bogus.warc.gz"
    bogus.write_bytes(gzip.compress(b"<html>this is not an archive</html>"))
    config = write_config(tmp_path, [])
    caplog.set_level(logging.WARNING)

    report = backfill(config, bogus)

    assert (report.pages, report.unreadable) == (0, 1)
    assert f"{bogus}: record 1: damaged or truncated archive: not a WARC record" in caplog.text


def test_a_poll_after_a_backfill_starts_from_the_backfilled_value(
    web: LoopbackServer, tmp_path: Path
) -> None:
    archive = write_warc(
        tmp_path / "news.warc.gz",
        [Capture("http://courier.example/guard", story(GUARD_2100, "2025-02-04"))],
    )
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    items = []
    for slug, text, day in (("same", GUARD_2100, 3), ("more", GUARD_2600, 6)):
        when = datetime(2025, 3, day, tzinfo=UTC)
        link = web.set(
            f"/news/{slug}.html", page("Guard update", "Ledger", when.isoformat(), [text])
        )
        items.append(Item(link, "Guard update", when))
    config = write_config(tmp_path, [web.url("/rss.xml")], notify=[hook])
    backfill(config, archive)

    web.set("/rss.xml", rss("Ledger", items[:1]), "application/rss+xml")
    assert main(["run", "--config", str(config)]) == 0
    assert web.posted_json("/hook") == []  # the same value as the archive said: not news

    web.set("/rss.xml", rss("Ledger", items), "application/rss+xml")
    assert main(["run", "--config", str(config)]) == 0
    alerts = [post["alerts"][0] for post in web.posted_json("/hook")]
    assert [(a["kind"], a["old_value"], a["new_value"]) for a in alerts] == [("change", 2100, 2600)]


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.warc.gz", "no such file or folder"), ("feed.xml", "not a WARC file")],
)
def test_a_source_that_is_no_archive_stops_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, problem: str
) -> None:
    (tmp_path / "feed.xml").write_text("<rss/>", encoding="utf-8")
    config = write_config(tmp_path, [])

    assert main(["backfill", "--config", str(config), str(tmp_path / name)]) == 1

    assert f"troopwatch: {tmp_path / name}: {problem}" in capsys.readouterr().err
