"""The desk hears when monitoring breaks: a feed down, its recovery, a run that failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.poll import poll_feeds
from tests.support import news
from tests.support.configs import write_config
from tests.support.server import LoopbackServer

pytestmark = pytest.mark.usefixtures("prefect_harness")


def hook(web: LoopbackServer, path: str) -> str:
    return f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}{path}"


def messages(web: LoopbackServer, path: str) -> list[str]:
    return [post["message"] for post in web.posted_json(path)]


def test_a_feed_down_and_up_again_is_said_once_each_way(
    web: LoopbackServer, tmp_path: Path
) -> None:
    feed, _ = news.publish(web, news.Story())
    ops = f'{{url = "{hook(web, "/ops")}", tags = ["ops"]}}'
    config = write_config(
        tmp_path, [feed], [ops, hook(web, "/desk")], extra="[alerts]\nfeed_down_after = 3\n"
    )
    route = web.routes["/rss.xml"]

    web.set("/rss.xml", b"down", "text/plain", status=500)
    for _ in range(4):  # failing: said once, when the third poll in a row fails
        assert poll_feeds(str(config), return_state=True).is_completed()
    down = messages(web, "/ops")
    assert len(down) == 1, down
    assert down[0].startswith(f"feed down: {feed} has failed 3 polls in a row"), down

    web.routes["/rss.xml"] = route
    for _ in range(2):  # back: said once
        assert poll_feeds(str(config), return_state=True).is_completed()
    said = messages(web, "/ops")
    assert said[1:] == [f"feed recovered: {feed} was polled successfully again"], said

    desk = messages(web, "/desk")  # the desk's channel has its alert, no monitoring
    assert len(desk) == 1 and "monitoring" not in desk[0], desk


def test_a_failing_run_is_said_once_and_so_is_its_end(web: LoopbackServer, tmp_path: Path) -> None:
    feed, _ = news.publish(web, news.Story())
    config = write_config(tmp_path, [feed], [hook(web, "/all")])
    (tmp_path / "tw.duckdb").mkdir()  # a folder where the database should be: runs fail

    for _ in range(2):
        assert poll_feeds(str(config), return_state=True).is_failed()
    failed = messages(web, "/all")
    assert len(failed) == 1 and failed[0].startswith("a run failed: "), failed
    assert "tw.duckdb" in failed[0]

    (tmp_path / "tw.duckdb").rmdir()
    for _ in range(2):
        assert poll_feeds(str(config), return_state=True).is_completed()
    said = [m for m in messages(web, "/all") if "troops" not in m]  # no channel tagged ops
    assert said[1:] == ["runs complete again"], said
