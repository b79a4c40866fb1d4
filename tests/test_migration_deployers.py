"""A database from the first schema, with data, migrates with every row kept."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from extractors.detect import detect
from warehouse.db import migrate

TITLE = "Texas sends more Guard soldiers to the border"
TEXT = (
    "Texas Gov. Greg Abbott has deployed about 4,100 Texas National Guard soldiers to the "
    "border under Operation Lone Star. The Pentagon has ordered 1,500 more active-duty troops "
    "to the southern border."
)
WHEN = datetime(2025, 3, 3, 12, tzinfo=UTC)
TABLES = ("feeds", "articles", "figures", "alerts", "corroborations", "deliveries", "runs")


def first_schema(path: Path) -> None:
    """The database as version 1 of the schema left it, with one story, its figures, an
    alert delivered and one pending."""
    sql = (resources.files("warehouse") / "migrations" / "001_initial.sql").read_text("utf-8")
    with duckdb.connect(str(path)) as con:
        con.execute(sql)
        con.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at TIMESTAMPTZ NOT NULL)"
        )
        con.execute("INSERT INTO schema_migrations VALUES (1, '001_initial.sql', $1)", [WHEN])
        con.execute("INSERT INTO feeds (url, name) VALUES ('http://f.example/rss', 'Ledger')")
        con.execute("INSERT INTO runs (started_at) VALUES ($1)", [WHEN])
        con.execute(
            "INSERT INTO articles (url, feed_url, outlet, title, published_at, fetched_at,"
            " status, relevant, relevance_score, text) VALUES ('http://n.example/1',"
            " 'http://f.example/rss', 'Ledger', $1, $2, $2, 'extracted', true, 0.9, $3)",
            [TITLE, WHEN, TEXT],
        )
        con.execute(
            "INSERT INTO articles (url, feed_url, outlet, fetched_at, status, error)"
            " VALUES ('http://n.example/2', 'http://f.example/rss', 'Ledger', $1, 'no_text',"
            " 'no article text found')",
            [WHEN],
        )
        for value, force, status, evidence in (
            (4100, "national_guard", "deployed", "about 4,100 Texas National Guard soldiers"),
            (1500, "active_duty", "ordered", "1,500 more active-duty troops"),
        ):
            start = TEXT.index(evidence)
            con.execute(
                "INSERT INTO figures (article_id, watch, value, force, status, qualifier,"
                " evidence, start_offset, end_offset) VALUES (1, 'us_mexico_border', $1, $2,"
                " $3, 'approx', $4, $5, $6)",
                [value, force, status, evidence, start, start + len(evidence)],
            )
            con.execute(
                "INSERT INTO alerts (watch, force, status, kind, figure_id, new_value,"
                " new_qualifier, created_at, run_id) SELECT 'us_mexico_border', $1, $2,"
                " 'first', id, value, qualifier, $3, 1 FROM figures WHERE value = $4",
                [force, status, WHEN, value],
            )
        con.execute(
            "INSERT INTO deliveries (alert_id, channel_key, channel, state, attempts,"
            " next_attempt_at, sent_at) VALUES (1, 'k', 'json://h', 'sent', 1, $1, $1),"
            " (2, 'k', 'json://h', 'pending', 1, $1, NULL)",
            [WHEN],
        )


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]  # noqa: S608
        for t in TABLES
    }


def test_first_schema_database_migrates_with_every_row(tmp_path: Path) -> None:
    path = tmp_path / "tw.duckdb"
    first_schema(path)
    with duckdb.connect(str(path), read_only=True) as con:
        before = counts(con)
        old_figures = con.execute(
            "SELECT id, value, force, status, evidence FROM figures ORDER BY id"
        ).fetchall()

    applied = migrate(path, 5)
    assert any(name.endswith("_deployers_revisions_corrections.sql") for name in applied)
    assert migrate(path, 5) == []  # a second start-up changes nothing

    detected = {(f.value, f.force, f.status): f.by for f in detect(TEXT, TITLE).figures}
    with duckdb.connect(str(path), read_only=True) as con:
        assert counts(con) == before
        figures = con.execute(
            'SELECT id, value, force, status, evidence, "by", source, revision FROM figures'
            " ORDER BY id"
        ).fetchall()
        assert [row[:5] for row in figures] == old_figures
        assert [row[5] for row in figures] == [
            detected.get((row[1], row[2], row[3]), "unclear") for row in figures
        ]
        assert [row[5] for row in figures] == ["state:TX", "us_federal"]
        assert {row[6:] for row in figures} == {("page", 1)}
        alerts = con.execute('SELECT figure_id, "by", kind FROM alerts ORDER BY id').fetchall()
        assert alerts == [(row[0], row[5], "first") for row in figures]
        assert con.execute("SELECT state FROM deliveries ORDER BY alert_id").fetchall() == [
            ("sent",),
            ("pending",),
        ]
        assert con.execute(
            "SELECT lang, text_source, revision FROM articles ORDER BY id"
        ).fetchall() == [(detect(TEXT, TITLE).lang, "page", 1), (None, None, 1)]
        latest = con.execute(
            'SELECT "by", force, value, counted FROM latest_figures ORDER BY value'
        ).fetchall()
        assert [row[2:] for row in latest] == [(1500, True), (4100, True)]
        held = con.execute("SELECT confidence, held FROM figure_history ORDER BY figure_id")
        assert held.fetchall() == [(None, False), (None, False)]  # stored before: never held
        steps = con.execute(
            "SELECT value, force, status, status_step, force_step, by_step FROM figure_history"
            " ORDER BY figure_id"
        ).fetchall()
        read_today = detect(TEXT, TITLE, WHEN.date()).figures
        assert steps == [
            (f.value, f.force, f.status, f.status_step, f.force_step, f.by_step)
            for f in sorted(read_today, key=lambda f: -f.value)
        ]
        assert all(all(row[3:]) for row in steps)
        comments = con.execute(
            "SELECT list(table_name || '.' || column_name) FROM duckdb_columns()"
            " WHERE table_name IN ('figures', 'alerts', 'conflicts', 'conflict_reports',"
            " 'article_revisions', 'corrections') AND coalesce(comment, '') = ''"
        ).fetchone()
    assert comments == (None,)
