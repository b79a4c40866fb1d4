"""`troopwatch serve`: schedules the poll on its own local Prefect server, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.configs import write_config
from tests.support.feeds import rss
from tests.support.server import LoopbackServer
from troopwatch.prefect_server import stop_group

# `troopwatch serve`, with Ctrl-C (SIGINT) handled even when the test runner was started
# with SIGINT ignored (as in a background job), which children would otherwise inherit.
LAUNCH = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from troopwatch.cli import main; sys.exit(main(sys.argv[1:]))"
)
SERVING = "is being served"
BOUND = 120.0  # a fresh Prefect server takes ≈ 7 s; this only stops a hung test


def server_processes(port: int) -> list[int]:
    """PIDs of `prefect server start … --port PORT` processes still alive."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"server" in argv and b"start" in argv and str(port).encode() in argv:
            found.append(int(entry.name))
    return found


def wait_for_output(log: Path, process: subprocess.Popen[bytes], pattern: str) -> re.Match[str]:
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        match = re.search(pattern, log.read_text(errors="replace"))
        if match:
            return match
        assert process.poll() is None, log.read_text(errors="replace")
        time.sleep(0.1)  # polling the output for a real condition, bounded by the deadline
    raise AssertionError(f"no {pattern!r} within {BOUND:g} s: {log.read_text(errors='replace')}")


def test_serve_schedules_the_poll_and_stops_cleanly_on_ctrl_c(
    web: LoopbackServer, tmp_path: Path
) -> None:
    feed = web.set("/rss.xml", rss("Desert Courier", []), "application/rss+xml")
    config = write_config(tmp_path, [feed])
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "TMPDIR": str(tmp_path),  # the runner's storage folder goes here
        "PYTHONUNBUFFERED": "1",
        "COLUMNS": "200",
    }
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        serve = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, "serve", "--config", str(config)]
            + ["--cron", "* * * * *"],
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    port = None
    try:
        started = wait_for_output(log, serve, r"local Prefect server at http://127\.0\.0\.1:(\d+)")
        port = int(started.group(1))
        wait_for_output(log, serve, SERVING)
        api = f"http://127.0.0.1:{port}/api"
        deployment = httpx.get(f"{api}/deployments/name/poll-feeds/poll-feeds", timeout=10)
        assert deployment.status_code == 200
        body = deployment.json()
        assert [s["schedule"]["cron"] for s in body["schedules"]] == ["* * * * *"]
        assert body["parameters"] == {"config_path": str(config.resolve())}
        assert server_processes(port)

        os.killpg(serve.pid, signal.SIGINT)  # Ctrl-C reaches the terminal's process group
        assert serve.wait(timeout=30) == 0, log.read_text(errors="replace")

        output = log.read_text(errors="replace")
        assert output.rstrip().endswith("stopped")
        assert "nanobind" not in output and "leaked" not in output, output
        assert server_processes(port) == []
    finally:
        if serve.poll() is None:
            stop_group(serve, grace=5)
        for pid in server_processes(port) if port else []:
            os.killpg(pid, signal.SIGKILL)
