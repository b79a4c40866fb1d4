"""Commands end quietly: no teardown report from the libraries on stderr."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL

from tests.support import news
from tests.support.configs import write_config
from tests.support.process import Process
from tests.support.server import LoopbackServer

pytestmark = pytest.mark.usefixtures("prefect_harness")

TROOPWATCH = str(Path(sys.executable).with_name("troopwatch"))


def finished_quietly(args: list[str], tmp_path: Path) -> tuple[list[str], list[str]]:
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    process = Process([TROOPWATCH, *args], {**env, "PREFECT_HOME": str(tmp_path / "home")})
    try:
        assert process.finish() == 0, process.err
    finally:
        process.stop()
    return process.out, process.err


def test_a_run_ends_without_a_leak_report(web: LoopbackServer, tmp_path: Path) -> None:
    feed, _ = news.publish(web, news.Story())
    config = write_config(tmp_path, [feed])

    out, err = finished_quietly(["run", "--config", str(config)], tmp_path)

    assert any("1 figures" in line for line in out), out  # the run did store a figure
    assert not [line for line in err if "nanobind" in line or "leaked" in line], err


def test_the_demo_ends_without_a_leak_report(tmp_path: Path) -> None:
    _, err = finished_quietly(["demo", "--dir", str(tmp_path / "demo")], tmp_path)

    assert not [line for line in err if "nanobind" in line or "leaked" in line], err
