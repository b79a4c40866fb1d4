"""A rotated webhook loses nothing: alerts waiting for the old one are marked and rerouted."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.support import news
from tests.support.configs import write_config
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

OLD_TOKEN = "old-t0ken-revoked"


def hook(web: LoopbackServer, path: str) -> str:
    return f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}{path}"


def states(folder: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(folder / "tw.duckdb"), read_only=True) as con:
        return con.execute("SELECT channel, state FROM deliveries ORDER BY 1, 2").fetchall()


def test_rotated_url_while_an_alert_is_pending(
    web: LoopbackServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    feed, _ = news.publish(web, news.Story())
    web.set(f"/{OLD_TOKEN}", "", status=500)  # the old webhook is failing, then revoked
    config = write_config(tmp_path, [feed], [hook(web, f"/{OLD_TOKEN}")])
    assert main(["run", "--config", str(config)]) == 0
    assert [state for _, state in states(tmp_path)] == ["pending"]

    army_only = f'{{url = "{hook(web, "/army")}", tags = ["active_duty"]}}'
    write_config(tmp_path, [feed], [hook(web, "/new"), army_only])  # the desk rotates it
    capsys.readouterr()
    assert main(["run", "--config", str(config)]) == 0
    assert main(["run", "--config", str(config)]) == 0
    said = capsys.readouterr()
    shown = said.out  # each run's summary, with its warnings
    warnings = [line for line in shown.splitlines() if "no longer configured" in line]
    assert len(warnings) == 1, shown  # once, by the run that noticed
    assert "json://127.0.0.1" in warnings[0] and OLD_TOKEN not in shown + said.err
    assert main(["alerts", "--config", str(config)]) == 0
    assert "channel no longer configured" in capsys.readouterr().out
    assert web.posted_json("/new") == []

    assert main(["alerts", "--retry", "--reroute", "--config", str(config)]) == 0

    [post] = web.posted_json("/new")
    assert [a["new_value"] for a in post["alerts"]] == [2100]
    assert web.posted_json("/army") == []  # a Guard alert: not for the active-duty channel
    assert sorted(state for _, state in states(tmp_path)) == ["rerouted", "sent"]
    assert main(["alerts", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert "sent" in listing and "no longer configured" not in listing
