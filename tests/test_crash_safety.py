"""A run killed with SIGKILL while fetching, writing or delivering loses nothing.

Each test starts a real `troopwatch run` process, kills it at a chosen moment, checks
that the database still opens, then lets a second run finish and counts the rows and
the alerts received: no duplicate article, figure or alert, and no alert lost. The
children talk to the session's Prefect test server, so no temporary server is started.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from tests.support import news
from tests.support.configs import write_config
from tests.support.process import BOUND, Process
from tests.support.server import LoopbackServer

pytestmark = pytest.mark.usefixtures("prefect_harness")

TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))
GUARD = "About {n:,} National Guard troops are deployed along the US-Mexico border."


@pytest.fixture
def runs(tmp_path: Path) -> Iterator[list[Process]]:
    started: list[Process] = []
    yield started
    for process in started:
        process.stop()


def start_run(config: Path, runs: list[Process]) -> Process:
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    process = Process([TROOPWATCH, "run", "--config", str(config)], env=env)
    runs.append(process)
    return process


def kill(process: Process) -> None:
    os.killpg(process.popen.pid, signal.SIGKILL)
    assert process.finish() == -signal.SIGKILL


def publish(web: LoopbackServer, stories: int) -> list[str]:
    when = datetime(2025, 3, 3, tzinfo=UTC)
    _, links = news.publish(
        web,
        *(
            news.Story(GUARD.format(n=2000 + 100 * n), str(n), f"Guard story {n}", when)
            for n in range(stories)
        ),
        outlet="Courier",
    )
    return links


def counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as con:  # it opens: nothing is corrupt
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]  # noqa: S608
            for table in ("articles", "figures", "alerts", "deliveries")
        }


def blocking(
    web: LoopbackServer,
    path: str,
    arrived: threading.Event,
    release: threading.Event,
    body: bytes | None = None,
) -> None:
    """Serve `path` only after `release`; set `arrived` when the request comes in."""
    route = web.routes.get(path)

    def handler(request: BaseHTTPRequestHandler) -> None:
        arrived.set()
        release.wait(BOUND)
        if request.command == "POST":
            request.rfile.read(int(request.headers.get("content-length", "0")))
        data = body if body is not None else (route.body if route else b"ok")
        request.send_response(200)
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    web.handlers[path] = handler


def test_killed_while_fetching(web: LoopbackServer, tmp_path: Path, runs: list[Process]) -> None:
    (link,) = publish(web, 1)
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = write_config(tmp_path, [web.url("/rss.xml")], notify=[hook])
    arrived, release = threading.Event(), threading.Event()
    blocking(web, "/news/0.html", arrived, release)

    first = start_run(config, runs)
    assert arrived.wait(BOUND), first.err
    kill(first)  # the page request is in flight
    release.set()
    del web.handlers["/news/0.html"]
    assert counts(tmp_path / "tw.duckdb") == {
        "articles": 0,
        "figures": 0,
        "alerts": 0,
        "deliveries": 0,
    }

    assert start_run(config, runs).finish() == 0
    assert counts(tmp_path / "tw.duckdb") == {
        "articles": 1,
        "figures": 1,
        "alerts": 1,
        "deliveries": 1,
    }
    assert len(web.posted_json("/hook")) == 1


def test_killed_while_writing(web: LoopbackServer, tmp_path: Path, runs: list[Process]) -> None:
    """Killed as soon as the store transaction shows in DuckDB's write-ahead log.

    The kill may land during the commit or just after it; either way the file must open,
    and the next run must end with each article, figure and alert exactly once.
    """
    links = publish(web, 40)
    config = write_config(tmp_path, [web.url("/rss.xml")])
    wal = tmp_path / "tw.duckdb.wal"
    first = start_run(config, runs)
    last_page = f"/news/{len(links) - 1}.html"
    served = threading.Event()
    while not served.wait(0.005):  # polls real conditions; bounded by the run's own end
        if web.hits(last_page) and wal.exists() and wal.stat().st_size > 0:
            break
        if first.popen.poll() is not None:
            break
    if first.popen.poll() is None:
        kill(first)
    counts(tmp_path / "tw.duckdb")

    assert start_run(config, runs).finish() == 0
    final = counts(tmp_path / "tw.duckdb")
    assert final["articles"] == len(links)
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        duplicates = con.execute(
            "SELECT count(*) FROM (SELECT article_id, value FROM figures GROUP BY ALL"
            " HAVING count(*) > 1)"
        ).fetchone()
        values = con.execute("SELECT count(DISTINCT value) FROM figures").fetchone()
    assert duplicates == (0,) and values == (len(links),)


def test_killed_while_delivering(web: LoopbackServer, tmp_path: Path, runs: list[Process]) -> None:
    publish(web, 1)
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = write_config(tmp_path, [web.url("/rss.xml")], notify=[hook])
    arrived, release = threading.Event(), threading.Event()
    blocking(web, "/hook", arrived, release)

    first = start_run(config, runs)
    assert arrived.wait(BOUND), first.err
    kill(first)  # the channel has the message; the outbox does not know yet
    release.set()
    del web.handlers["/hook"]
    assert counts(tmp_path / "tw.duckdb") == {
        "articles": 1,
        "figures": 1,
        "alerts": 1,
        "deliveries": 1,
    }
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT state FROM deliveries").fetchall() == [("pending",)]

    assert start_run(config, runs).finish() == 0
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT state FROM deliveries").fetchall() == [("sent",)]
    assert counts(tmp_path / "tw.duckdb")["alerts"] == 1
    # at-least-once: the killed run's message arrived, and the next run sent it again
    assert len(web.posted_json("/hook")) == 2
