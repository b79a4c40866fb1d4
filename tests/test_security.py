"""Secrets stay secret, analysts cannot write, and stories cannot inject channel markup."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import apprise
import duckdb
import pytest
from prefect.blocks.system import Secret
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

from flows import messages
from flows.poll import poll_feeds
from tests.support import news
from tests.support.configs import write_config
from tests.support.server import LoopbackServer
from troopwatch.cli import main
from warehouse.records import AlertView

SECRET = "hunter2-s3cr3t"
GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."


def test_alert_urls_never_reach_logs_database_parameters_or_artifacts(
    prefect_harness: None,
    web: LoopbackServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed, _ = news.publish(web, news.Story(GUARD), outlet="Courier")
    port = web.base.rsplit(":", 1)[1]
    web.set(f"/{SECRET}", "", status=500)  # the channel is down: errors get logged and stored
    web.set(f"/{SECRET}/block", "", status=500)
    block = f"json://block:{SECRET}@127.0.0.1:{port}/{SECRET}/block"
    Secret(value=block).save("desk-webhook", overwrite=True)
    config = write_config(
        tmp_path,
        [feed],
        notify=[f"json://desk:{SECRET}@127.0.0.1:{port}/{SECRET}", "prefect-secret:desk-webhook"],
    )
    monkeypatch.setenv("TROOPWATCH_NOTIFY_URLS", f"json://127.0.0.1:{port}/{SECRET}/env")

    with caplog.at_level(logging.INFO):  # DEBUG would add HTTP libraries quoting request paths
        state = poll_feeds(str(config), return_state=True)

    assert state.is_completed()
    assert web.hits(f"/{SECRET}") == 1  # the secret URL was really used
    assert web.hits(f"/{SECRET}/block") == 1  # and the one read from the Secret block
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    assert SECRET not in caplog.text
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        tables = [
            row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        ]
        for table in tables:
            dump = con.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            assert SECRET not in repr(dump), table
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(flow_run_id)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert SECRET not in repr(flow_run.parameters)
    assert artifacts and all(SECRET not in str(a.data) for a in artifacts)


def test_sql_cannot_change_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tw.toml"
    config.write_text('[storage]\ndatabase = "tw.duckdb"\n')
    from warehouse.analytics import publish
    from warehouse.db import migrate

    migrate(tmp_path / "tw.duckdb", 5)
    publish(tmp_path / "tw.duckdb", tmp_path / "tw.analytics.duckdb", 5)
    for statement in (
        "DROP TABLE figures",
        "INSERT INTO feeds (url) VALUES ('http://evil.example/')",
        "UPDATE feeds SET name = 'x'",
        "ATTACH 'other.duckdb' AS other",
    ):
        assert main(["sql", "--config", str(config), statement]) == 1, statement
        assert "query failed" in capsys.readouterr().err
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM feeds").fetchone() == (0,)
    assert not (tmp_path / "other.duckdb").exists()


HOSTILE = AlertView(
    alert_id=1,
    kind="change",
    watch="us_mexico_border",
    force="national_guard",
    status="deployed",
    old_value=2100,
    old_qualifier="approx",
    new_value=2600,
    new_qualifier="approx",
    outlet="<!channel> Evil <https://evil.example|Courier>",
    published=datetime(2025, 3, 9, tzinfo=UTC),
    title="@channel @everyone <!everyone> [click here](https://evil.example) <b>bold</b>",
    evidence="About 2,600 troops <script>alert(1)</script> &lt;!here&gt; <@U123>",
    url="https://news.example/story?a=1&b=<2>",
)


def test_slack_markdown_carries_no_mentions_or_disguised_links() -> None:
    text = messages.markdown(HOSTILE)
    for forbidden in (
        "<!channel>",
        "<!everyone>",
        "<!here>",
        "<@U123>",
        "](https://evil",
        "|Courier>",
    ):
        assert forbidden not in text
    assert "@channel" not in text and "@everyone" not in text  # a zero-width space breaks them
    slack = apprise.Apprise.instantiate("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ")
    converted = type(slack)._commonmark_to_slack(text)  # what apprise sends to Slack
    for forbidden in ("<!channel", "<!everyone", "<!here", "<@U123", "|Courier>", "|click"):
        assert forbidden not in converted, converted
    assert (
        "<https://news.example/story?a=1&amp;b=%3C2%3E>" in converted or "news.example" in converted
    )


def test_html_email_escapes_everything_from_the_story() -> None:
    body = messages.html_body(HOSTILE)
    assert "<script>" not in body and "<b>bold</b>" not in body
    assert "&lt;script&gt;" in body
    assert body.count("<a href=") == 1  # only the story link itself
    assert 'href="https://news.example/story?a=1&amp;b=&lt;2&gt;"' in body


def test_plain_text_keeps_the_words() -> None:
    text = messages.plain_text(replace(HOSTILE, corroborated_by=("Wire",)))
    assert "about 2,100 → about 2,600" in text and "Also reported by: Wire" in text
