"""troopwatch beside analysts: two real processes on one DuckDB file, coordinated by pipes."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from tests.support import news
from tests.support.configs import write_config
from tests.support.process import BOUND, Process
from tests.support.server import LoopbackServer
from troopwatch.cli import main
from warehouse.db import migrate

pytestmark = pytest.mark.usefixtures("prefect_harness")

GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."
TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))

# Opens the database (read-write or read-only), says so, holds it until a line on stdin.
HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read-only")
print("holding", flush=True)
sys.stdin.readline()
con.close()
print("released", flush=True)
"""


@pytest.fixture
def processes() -> Iterator[list[Process]]:
    started: list[Process] = []
    yield started
    for process in started:
        process.stop()


@pytest.fixture
def env() -> dict[str, str]:
    """The children talk to the session's Prefect test server: no temporary server each."""
    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}


def publish(web: LoopbackServer) -> tuple[str, str]:
    feed, (link,) = news.publish(web, news.Story(GUARD))
    return feed, link


def config_with(tmp_path: Path, feed: str, lock_timeout: float) -> Path:
    return write_config(tmp_path, [feed], lock_timeout=lock_timeout)


def hold(processes: list[Process], database: Path, mode: str) -> Process:
    holder = Process([sys.executable, "-c", HOLDER, str(database), mode])
    processes.append(holder)
    holder.wait_for("holding")
    return holder


def release(holder: Process) -> None:
    holder.say("release")
    assert holder.finish() == 0


def troopwatch(processes: list[Process], env: dict[str, str], *args: str) -> Process:
    process = Process([TROOPWATCH, *args], env)
    processes.append(process)
    return process


def stored(database: Path) -> tuple[list[tuple[Any, ...]], list[int]]:
    with duckdb.connect(str(database), read_only=True) as con:
        feeds = con.execute("SELECT url, last_status FROM feeds").fetchall()
        values = [row[0] for row in con.execute("SELECT value FROM figures").fetchall()]
    return feeds, values


def test_run_facing_a_held_lock_fails_in_one_line_and_a_later_run_stores_everything(
    web: LoopbackServer, tmp_path: Path, processes: list[Process], env: dict[str, str]
) -> None:
    feed, link = publish(web)
    config = config_with(tmp_path, feed, lock_timeout=2)
    database = tmp_path / "tw.duckdb"
    holder = hold(processes, database, "read-write")

    started = time.monotonic()
    blocked = troopwatch(processes, env, "run", "--config", str(config))
    assert blocked.finish() != 0
    waited = time.monotonic() - started

    lines = blocked.messages()
    assert lines[-1] == (
        f"troopwatch: {database}: locked by another process (PID {holder.popen.pid}) "
        "for more than 2 s; nothing was written"
    ), lines
    assert not any("Traceback" in line for line in lines), lines
    assert waited >= 1.0  # it waited (bounded backoff) before giving up
    assert web.hits("/rss.xml") == 0  # it gave up before fetching anything

    release(holder)
    later = troopwatch(processes, env, "run", "--config", str(config))
    assert later.finish() == 0, later.err

    feeds, values = stored(database)
    assert feeds == [(feed, "ok")]
    assert 2100 in values
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]


def test_lock_taken_during_a_run_fails_it_and_the_next_run_loses_nothing(
    web: LoopbackServer, tmp_path: Path, processes: list[Process], env: dict[str, str]
) -> None:
    feed, link = publish(web)
    config = config_with(tmp_path, feed, lock_timeout=2)
    database = tmp_path / "tw.duckdb"
    route = web.routes["/rss.xml"]
    asked, go = threading.Event(), threading.Event()

    def feed_after_go(handler: Any) -> None:  # the run has opened its run row by now
        asked.set()
        go.wait(BOUND)
        web._serve(handler, route)

    handlers: dict[str, Any] = web.handlers
    handlers["/rss.xml"] = feed_after_go
    run = troopwatch(processes, env, "run", "--config", str(config))
    assert asked.wait(BOUND), run.err
    holder = hold(processes, database, "read-write")  # an analyst opens the file mid-run
    go.set()

    assert run.finish() != 0
    assert "locked by another process" in run.messages()[-1], run.messages()
    release(holder)
    assert web.hits("/news/guard.html") == 0  # it stopped before fetching pages

    later = troopwatch(processes, env, "run", "--config", str(config))
    assert later.finish() == 0, later.err
    feeds, values = stored(database)
    assert feeds == [(feed, "ok")]
    assert 2100 in values
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]


def test_sql_reads_the_analyst_copy_while_a_writer_holds_the_database(
    web: LoopbackServer, tmp_path: Path, processes: list[Process], env: dict[str, str]
) -> None:
    feed, _ = publish(web)
    config = config_with(tmp_path, feed, lock_timeout=30)
    database = tmp_path / "tw.duckdb"
    assert main(["run", "--config", str(config)]) == 0

    writer = hold(processes, database, "read-write")  # the pipeline's file is busy
    query = "SELECT 'articles=' || count(*) AS n FROM articles"
    reader = troopwatch(processes, env, "sql", "--config", str(config), query)
    assert reader.finish() == 0, reader.err  # answered from the copy: no wait
    assert any("articles=1" in line for line in reader.out), reader.out
    assert not any("waiting for" in line for line in reader.err), reader.err
    release(writer)


def test_run_waits_for_an_analysts_read_only_session_to_close(
    web: LoopbackServer, tmp_path: Path, processes: list[Process], env: dict[str, str]
) -> None:
    feed, link = publish(web)
    config = config_with(tmp_path, feed, lock_timeout=30)
    database = tmp_path / "tw.duckdb"
    migrate(database, 5)
    analyst = hold(processes, database, "read-only")

    run = troopwatch(processes, env, "run", "--config", str(config))
    run.wait_for(f"waiting for {database}: locked by another process")
    release(analyst)

    assert run.finish() == 0, run.err
    feeds, values = stored(database)
    assert feeds == [(feed, "ok")]
    assert 2100 in values
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT url FROM articles").fetchall() == [(link,)]
