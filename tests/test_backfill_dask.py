"""A backfill whose reading runs on a real Dask cluster stores what the local path stores."""

from __future__ import annotations

import socket
from pathlib import Path

import duckdb
import pytest
from distributed import Client, LocalCluster

from flows.backfill import BATCH, run_backfill
from tests.support.configs import write_config
from tests.support.warc import Capture, write_warc
from tests.test_backfill import ACTIVE_1500, GUARD_2100, GUARD_2600, PARADE, story
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

TEXTS = [GUARD_2100, PARADE, ACTIVE_1500, PARADE, GUARD_2600]


def stored(database: Path) -> list[tuple[object, ...]]:
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(
            "SELECT a.url, a.status, a.relevant, a.published_at, f.value, f.force, f.status"
            " FROM articles a LEFT JOIN figures f ON f.article_id = a.id ORDER BY a.url"
        ).fetchall()


def test_two_dask_workers_store_the_same_figures_as_one_process(tmp_path: Path) -> None:
    # More pages than one batch, so that several read tasks are in flight at once.
    captures = [
        Capture(
            f"http://courier.example/{n}",
            story(TEXTS[n % len(TEXTS)], f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}"),
        )
        for n in range(BATCH + 30)
    ]
    archive = write_warc(tmp_path / "news.warc.gz", captures)
    (tmp_path / "local").mkdir()
    (tmp_path / "dask").mkdir()
    local = write_config(tmp_path / "local", [])
    on_dask = write_config(tmp_path / "dask", [])

    alone = run_backfill(local, [archive])
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        spread = run_backfill(on_dask, [archive], cluster.scheduler_address)
        with Client(cluster) as client:
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)

    assert stored(tmp_path / "dask" / "tw.duckdb") == stored(tmp_path / "local" / "tw.duckdb")
    assert (spread.pages, spread.stored, spread.figures) == (
        alone.pages,
        alone.stored,
        alone.figures,
    )
    assert alone.figures > 0 and alone.screened_out > 0
    assert len(executed) == 2 and sum(executed.values()) >= 2  # a read task per batch


def test_no_scheduler_at_the_address_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    config = write_config(tmp_path, [])

    assert (
        main(["backfill", "--config", str(config), "--dask-address", address, str(tmp_path)]) == 1
    )

    assert f"troopwatch: {address}: no Dask scheduler answered" in capsys.readouterr().err
