"""The analyst- and operator-facing commands: sql, feeds import, extract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from troopwatch.cli import main
from troopwatch.extract_jsonl import run as extract
from warehouse.analytics import publish
from warehouse.db import migrate, writing


def test_sql_prints_a_table_from_the_configured_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "troopwatch.toml"
    config.write_text('[storage]\ndatabase = "tw.duckdb"\n')
    migrate(tmp_path / "tw.duckdb", 5)
    with writing(tmp_path / "tw.duckdb", 5) as con:
        con.execute("INSERT INTO feeds (url, name) VALUES ('https://a.example/rss', 'Alpha')")
    publish(tmp_path / "tw.duckdb", tmp_path / "tw.analytics.duckdb", 5)  # as a run does
    monkeypatch.chdir(tmp_path)  # found as ./troopwatch.toml
    assert main(["sql", "SELECT name, url FROM feeds"]) == 0
    out = capsys.readouterr().out
    assert "Alpha" in out and "https://a.example/rss" in out


def test_sql_before_any_run_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tw.toml"
    config.write_text('[storage]\ndatabase = "missing.duckdb"\n')
    assert main(["sql", "--config", str(config), "SELECT 1"]) == 1
    assert "no database yet" in capsys.readouterr().err


def test_feeds_import_turns_opml_into_feed_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>'
        '<outline text="Border &quot;Desk&quot;" xmlUrl="https://a.example/rss?x=1&amp;y=2"/>'
        '<outline text="Wires"><outline text="Wire" xmlUrl="https://b.example/feed"/></outline>'
        '<outline text="Old" xmlUrl="ftp://c.example/feed"/>'
        "</body></opml>"
    )
    assert main(["feeds", "import", str(opml)]) == 0
    captured = capsys.readouterr()
    toml = captured.out
    assert toml.count("[[feeds]]") == 2
    assert 'url = "https://a.example/rss?x=1&y=2"' in toml
    assert 'name = "Border \\"Desk\\""' in toml
    assert "ftp://c.example/feed" in captured.err
    config = tmp_path / "tw.toml"
    config.write_text(toml)
    from flows.config import load_config

    assert [f.url for f in load_config(config, environ={}).feeds] == [
        "https://a.example/rss?x=1&y=2",
        "https://b.example/feed",
    ]


def test_feeds_import_of_a_non_opml_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.opml"
    junk.write_text("this is not xml")
    assert main(["feeds", "import", str(junk)]) == 1
    assert "no feeds found" in capsys.readouterr().err


def test_extract_writes_one_line_per_passage_in_order() -> None:
    passages = [
        {"id": "a", "text": "The weather was mild and the market rose."},
        {
            "id": "b",
            "title": "Guard at the border",
            "text": "About 2,100 National Guard troops are deployed along the US-Mexico border.",
        },
    ]
    source = io.StringIO("".join(json.dumps(p) + "\n" for p in passages) + "\nnot json\n")
    sink = io.StringIO()
    extract(source, sink)
    lines = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["relevant"] is False and lines[0]["figures"] == []
    (figure,) = lines[1]["figures"]
    text = passages[1]["text"]
    assert figure["value"] == 2100
    assert text[figure["start"] : figure["end"]] == figure["evidence"]
    assert set(figure) >= {"value", "force", "status", "qualifier", "evidence", "start", "end"}
    assert 0.5 < figure["confidence"] <= 1  # how likely the status model finds its status
    assert figure["status_step"] == "predicate after"  # "are deployed" after the figure
    assert (figure["force_step"], figure["by_step"]) == ("its noun", "the passage's deployer")
