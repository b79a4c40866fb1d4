"""prefect.yaml deploys and runs: real server, work pool, `prefect deploy --all`, a worker."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

from tests.support.configs import write_config
from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer
from troopwatch.prefect_server import PrefectServer, stop_group

REPO = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).with_name("prefect"))
GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."
BOUND = 120.0  # deployment run to flow body takes ≈ 5 s here; this only stops a hung test


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PrefectServer]:
    started = PrefectServer(tmp_path / "prefect-home").start()
    yield started
    started.stop()


def prefect(env: dict[str, str], *args: str) -> str:
    """A `prefect` CLI command run from the repository root, as an operator would."""
    done = subprocess.run(
        [PREFECT, "--no-prompt", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=BOUND,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def wait_until_final(api: str, flow_run_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        run = httpx.get(f"{api}/flow_runs/{flow_run_id}", timeout=10).json()
        if run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return dict(run)
        time.sleep(0.25)  # polling the API for a real condition, bounded by the deadline
    raise AssertionError(f"flow run {flow_run_id} not finished within {BOUND:g} s")


def test_prefect_yaml_deploys_and_a_worker_runs_it(
    server: PrefectServer, web: LoopbackServer, tmp_path: Path
) -> None:
    when = datetime(2025, 3, 3, tzinfo=UTC)
    link = web.set(
        "/news/guard.html",
        page("Guard troops at the border", "Desert Courier", when.isoformat(), [GUARD]),
    )
    items = [Item(link, "Guard troops at the border", when)]
    feed = web.set("/rss.xml", rss("Desert Courier", items), "application/rss+xml")
    config = write_config(tmp_path, [feed])
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    env = {
        **os.environ,
        "PREFECT_HOME": str(server.home),
        "PREFECT_API_URL": server.url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "TMPDIR": str(tmp_path),  # the worker's runner storage goes here
        "COLUMNS": "200",
    }
    env.pop("TROOPWATCH_NOTIFY_URLS", None)

    prefect(env, "work-pool", "create", "troopwatch", "--type", "process")
    prefect(env, "deploy", "--all", "--param", f"config_path={config}")

    api = server.url
    deployment = httpx.get(f"{api}/deployments/name/poll-feeds/poll-feeds", timeout=10).json()
    assert deployment["entrypoint"] == "flows/poll.py:poll_feeds"
    assert deployment["work_pool_name"] == "troopwatch"
    assert deployment["parameters"] == {"config_path": str(config)}
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["*/15 * * * *"]
    assert deployment["global_concurrency_limit"]["limit"] == 1
    assert deployment["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"
    # At a quarter hour the schedule would start a run of its own, and the concurrency limit
    # would cancel one of the two: this test runs the deployment once, by hand.
    paused = httpx.post(f"{api}/deployments/{deployment['id']}/pause_deployment", timeout=10)
    paused.raise_for_status()

    # The alert URL is a secret: it lives in the worker's environment only.
    worker_env = {**env, "PREFECT_WORKER_QUERY_SECONDS": "1", "TROOPWATCH_NOTIFY_URLS": hook}
    with (tmp_path / "worker.log").open("wb") as log:
        worker = subprocess.Popen(
            [PREFECT, "worker", "start", "--pool", "troopwatch"],
            cwd=tmp_path,
            env=worker_env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        triggered = prefect(env, "deployment", "run", "poll-feeds/poll-feeds")
        match = re.search(r"UUID: ([0-9a-f-]{36})", triggered)
        assert match, triggered
        run = wait_until_final(api, match.group(1))
    finally:
        stop_group(worker, grace=5)  # SIGTERM to its group, then SIGKILL (see NOTES)

    worker_log = (tmp_path / "worker.log").read_text(errors="replace")
    assert run["state"]["type"] == "COMPLETED", worker_log[-3000:]
    assert hook not in str(run["parameters"]) and hook not in str(deployment)
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT url, last_status FROM feeds").fetchall() == [(feed, "ok")]
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]
        values = [row[0] for row in con.execute("SELECT value FROM figures").fetchall()]
    assert 2100 in values
    posts = web.posted_json("/hook")
    assert len(posts) == 1 and "2,100" in posts[0]["message"]
