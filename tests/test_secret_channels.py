"""Alert URLs kept in Prefect Secret blocks: `prefect-secret:NAME`, read at delivery time."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import pytest
from prefect.blocks.system import Secret

from flows.config import load_config
from flows.deliver import channel_refs
from flows.errors import ConfigError
from tests.support import news
from tests.support.configs import write_config
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")


def deliveries(folder: Path) -> list[tuple[str, str, int]]:
    with duckdb.connect(str(folder / "tw.duckdb"), read_only=True) as con:
        return con.execute("SELECT channel, state, attempts FROM deliveries").fetchall()


def test_a_channel_in_a_secret_block_gets_the_alert(web: LoopbackServer, tmp_path: Path) -> None:
    feed, _ = news.publish(web, news.Story())
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/block-hook"
    Secret(value=hook).save("desk-hook", overwrite=True)
    config = write_config(tmp_path, [feed], notify=["prefect-secret:desk-hook"])

    assert main(["run", "--config", str(config)]) == 0

    [post] = web.posted_json("/block-hook")
    assert [a["new_value"] for a in post["alerts"]] == [2100]
    assert deliveries(tmp_path) == [("prefect-secret:desk-hook", "sent", 1)]


def test_a_missing_block_is_named_and_the_alert_waits_for_it(
    web: LoopbackServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed, _ = news.publish(web, news.Story())
    monkeypatch.setenv("TROOPWATCH_NOTIFY_URLS", "prefect-secret:not-there-yet")
    config = write_config(tmp_path, [feed])

    with caplog.at_level(logging.WARNING):
        assert main(["run", "--config", str(config)]) == 0  # stored, though not delivered

    said = caplog.text + capsys.readouterr().out
    assert "Prefect Secret block 'not-there-yet' not found" in said, said
    assert deliveries(tmp_path) == [("prefect-secret:not-there-yet", "pending", 0)]

    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/late-hook"
    Secret(value=hook).save("not-there-yet", overwrite=True)
    assert main(["alerts", "--retry", "--config", str(config)]) == 0
    assert len(web.posted_json("/late-hook")) == 1
    assert deliveries(tmp_path) == [("prefect-secret:not-there-yet", "sent", 1)]


def test_a_block_name_prefect_would_refuse_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "tw.toml"
    path.write_text("[notify]\nurls = ['prefect-secret:Desk Hook']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'Desk Hook' is not a Prefect block name"):
        channel_refs(load_config(path, environ={}))
