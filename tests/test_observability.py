"""What an operator sees of a run: per-feed logs, the run's artifact, its state, feed health."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    LogFilter,
    LogFilterFlowRunId,
)
from prefect.client.schemas.objects import Log
from prefect.logging.handlers import APILogWorker

from flows.poll import poll_feeds
from tests.support import news
from tests.support.configs import write_config
from tests.support.server import LoopbackServer

pytestmark = pytest.mark.usefixtures("prefect_harness")

GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."
WHEN = datetime(2025, 3, 3, tzinfo=UTC)


def publish(web: LoopbackServer, feed_path: str = "/good.xml") -> tuple[str, str]:
    """A good feed with one article carrying an unmistakable figure: (feed URL, article URL)."""
    feed, (link,) = news.publish(web, news.Story(GUARD, published=WHEN), feed_path=feed_path)
    return feed, link


def run_logs(flow_run_id: UUID) -> list[Log]:
    """The run's logs from the API, after every log line already emitted has been sent.

    Prefect sends logs in batches from a background worker; draining it returns once the
    API has stored (the API writes each batch before answering) every line queued so far.
    """
    APILogWorker.drain_all()
    with get_client(sync_client=True) as client:
        return client.read_logs(
            log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id]))
        )


def test_one_failing_feed_leaves_the_run_completed_and_visible(
    web: LoopbackServer, tmp_path: Path
) -> None:
    good, link = publish(web)
    bad = web.url("/missing.xml")  # 404: a permanent failure, not retried
    config = write_config(tmp_path, [bad, good])

    state = poll_feeds(str(config), return_state=True)

    assert state.is_completed(), state
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    with get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(flow_run_id)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert flow_run.state is not None and flow_run.state.is_completed()

    logs = run_logs(flow_run_id)
    feed_lines = {log.message: log.level for log in logs if log.message.startswith(web.base)}
    assert feed_lines == {f"{good}: 1 entries": 20, f"{bad}: failed: {bad}: HTTP 404 Not Found": 30}
    assert any(log.message.startswith("run ") and "2 feeds" in log.message for log in logs)

    [artifact] = artifacts
    assert (artifact.key, artifact.type) == ("troopwatch-run", "markdown")
    markdown = str(artifact.data)
    assert f"| {bad} | {bad}: failed: {bad}: HTTP 404 Not Found |" in markdown
    figure_rows = [line for line in markdown.splitlines() if line.startswith("| Desert Courier |")]
    assert any("| 2,100 |" in row and "National Guard" in row for row in figure_rows), markdown

    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        health = con.execute("SELECT url, last_status FROM feeds ORDER BY url").fetchall()
        articles = con.execute("SELECT url FROM articles").fetchall()
    assert health == sorted([(good, "ok"), (bad, "failed")])
    assert articles == [(link,)]


def test_feeds_command_names_the_failing_feed_and_its_error(
    web: LoopbackServer, tmp_path: Path
) -> None:
    good, _ = publish(web)
    bad = web.url("/missing.xml")
    config = write_config(tmp_path, [bad, good])
    assert poll_feeds(str(config), return_state=True).is_completed()

    shown = subprocess.run(
        [str(Path(sys.executable).with_name("troopwatch")), "feeds", "--config", str(config)],
        env={**os.environ, "COLUMNS": "300"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert shown.returncode == 0, shown.stderr
    rows = [line for line in shown.stdout.splitlines() if "/missing.xml" in line]
    assert len(rows) == 1, shown.stdout
    assert "failed" in rows[0] and "HTTP 404 Not Found" in rows[0]
    [ok_row] = [line for line in shown.stdout.splitlines() if good in line]
    assert " ok " in ok_row and "HTTP" not in ok_row


def test_transient_feed_failure_is_retried_within_the_run(
    web: LoopbackServer, tmp_path: Path
) -> None:
    good, link = publish(web)
    route = web.routes["/good.xml"]
    attempts: list[str] = []

    def busy_once(handler: Any) -> None:
        attempts.append(handler.path)
        if len(attempts) == 1:
            handler._answer(503, b"busy", "text/plain", {})
        else:
            web._serve(handler, route)

    handlers: dict[str, Any] = web.handlers
    handlers["/good.xml"] = busy_once
    config = write_config(tmp_path, [good], retries=1)

    state = poll_feeds(str(config), return_state=True)

    assert state.is_completed(), state
    assert len(attempts) == 2
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT last_status FROM feeds").fetchall() == [("ok",)]
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]


def test_a_feed_still_failing_after_its_retries_is_recorded_and_logged(
    web: LoopbackServer, tmp_path: Path
) -> None:
    good, link = publish(web)
    busy = web.set("/busy.xml", b"busy", "text/plain", status=503)
    config = write_config(tmp_path, [busy, good], retries=1, retry_waits=(0.01,))

    state = poll_feeds(str(config), return_state=True)

    assert state.is_completed(), state
    assert web.hits("/busy.xml") == 2
    flow_run_id = state.state_details.flow_run_id
    assert flow_run_id is not None
    logs = run_logs(flow_run_id)
    assert any(
        f"{busy}: " in log.message and "trying again in 0.01 s" in log.message for log in logs
    )
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        health = con.execute("SELECT url, last_status FROM feeds ORDER BY url").fetchall()
        assert health == sorted([(good, "ok"), (busy, "failed")])
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]


def test_a_run_that_cannot_store_is_failed(web: LoopbackServer, tmp_path: Path) -> None:
    good, _ = publish(web)
    config = write_config(tmp_path, [good])
    (tmp_path / "tw.duckdb").mkdir()  # the database path is a folder: nothing can be stored

    state = poll_feeds(str(config), return_state=True)

    assert state.is_failed(), state
    assert "tw.duckdb" in str(state.message)
