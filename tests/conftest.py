from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.pop("TROOPWATCH_NOTIFY_URLS", None)
os.environ.pop("TROOPWATCH_CONFIG", None)

from tests.support.configs import write_config as write_config  # noqa: E402  (older imports)
from tests.support.server import LoopbackServer  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One Prefect test server for the whole session (it takes seconds to start)."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def web() -> Iterator[LoopbackServer]:
    server = LoopbackServer().start()
    yield server
    server.stop()


def pytest_unconfigure(config: pytest.Config) -> None:
    """As the command does at exit: no DuckDB leak report after the test run either."""
    from troopwatch.cli import stop_prefect_loops

    stop_prefect_loops()
