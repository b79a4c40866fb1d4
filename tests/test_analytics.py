"""Analysts read a published copy: an open notebook never stops a run, nor a run the notebook."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from prefect.settings import PREFECT_API_URL

from tests.support import news
from tests.support.configs import write_config
from tests.support.process import Process
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))
GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."
ARMY = "The Pentagon has ordered up to 1,500 active-duty troops to the US-Mexico border."

# An analyst's session: opens the copy read-only and keeps it open; each line on stdin
# asks it for the figures it can see through that same connection.
NOTEBOOK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("open", flush=True)
for _ in sys.stdin:
    values = sorted(v for (v,) in con.execute("SELECT value FROM figures").fetchall())
    print("figures", values, flush=True)
"""


@pytest.fixture
def processes() -> Iterator[list[Process]]:
    started: list[Process] = []
    yield started
    for process in started:
        process.stop()


def run(processes: list[Process], config: Path) -> Process:
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    process = Process([TROOPWATCH, "run", "--config", str(config)], env)
    processes.append(process)
    assert process.finish() == 0, process.err
    assert not [line for line in process.err if "waiting for" in line], process.err
    return process


def figures(copy: Path) -> list[int]:
    with duckdb.connect(str(copy), read_only=True) as con:
        return sorted(v for (v,) in con.execute("SELECT value FROM figures").fetchall())


def test_a_notebook_open_on_the_copy_stops_no_run(
    web: LoopbackServer, tmp_path: Path, processes: list[Process]
) -> None:
    guard = news.Story(GUARD, "guard")
    feed, _ = news.publish(web, guard)
    config = write_config(tmp_path, [feed], lock_timeout=2)
    copy = tmp_path / "tw.analytics.duckdb"
    run(processes, config)

    notebook = Process([sys.executable, "-c", NOTEBOOK, str(copy)])
    processes.append(notebook)
    notebook.wait_for("open")

    army = news.Story(ARMY, "army", "Troops ordered to the border")
    news.publish(web, army, guard)
    run(processes, config)  # the copy is held open: the run neither waits nor fails
    assert figures(copy) == [1500, 2100]  # a new connection sees the new figures

    news.publish(web, news.Story(GUARD.replace("2,100", "2,600"), "more"), army, guard)
    run(processes, config)  # replaced again under the open notebook
    assert figures(copy) == [1500, 2100, 2600]

    notebook.say("again")  # the notebook's own connection still reads its snapshot
    notebook.wait_for("figures [2100]")
    assert notebook.popen.poll() is None and not notebook.err, notebook.err


def test_export_writes_every_table_and_view_as_parquet(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed, _ = news.publish(web, news.Story(GUARD))
    config = write_config(tmp_path, [feed])
    assert main(["run", "--config", str(config)]) == 0

    out = str(tmp_path / "out")
    assert main(["export", "--format", "parquet", out, "--config", str(config)]) == 0

    written = {p.stem for p in (tmp_path / "out").glob("*.parquet")}
    assert {"articles", "figures", "alerts", "deliveries", "figure_history"} <= written
    with duckdb.connect() as con:
        row = con.execute(
            "SELECT value FROM read_parquet($1)", [str(tmp_path / "out" / "figures.parquet")]
        ).fetchall()
    assert row == [(2100,)]
    assert f"wrote {len(written)} Parquet files" in capsys.readouterr().out
