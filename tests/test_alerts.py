"""Change alerts over real runs: what is alerted, what corroborates, how it is delivered."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.config import load_config
from flows.deliver import channel_refs
from tests.support.configs import write_config
from tests.support.news import Newsroom
from tests.support.server import LoopbackServer
from tests.support.smtp import start_inbox
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

GUARD_2100 = (
    "About 2,100 National Guard troops are deployed along the US-Mexico border, "
    "state officials said on Monday."
)
GUARD_2100_AGAIN = (
    "Some 2,100 National Guard troops remain deployed at the southern border, "
    "according to the governor's office."
)
ACTIVE_1500 = (
    "The Pentagon has ordered up to 1,500 active-duty troops to the US-Mexico border, "
    "defense officials said."
)
GUARD_2300 = (
    "About 2,300 National Guard troops are deployed along the US-Mexico border, "
    "officials said on Wednesday."
)
GUARD_2600 = (
    "About 2,600 National Guard troops are now deployed along the US-Mexico border "
    "after the governor sent reinforcements, officials said."
)


def hook(web: LoopbackServer, path: str = "/hook") -> str:
    return f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}{path}"


def alerts_posted(web: LoopbackServer, path: str = "/hook") -> list[tuple[str, int | None, int]]:
    return [
        (a["kind"], a["old_value"], a["new_value"])
        for post in web.posted_json(path)
        for a in post["alerts"]
    ]


def run(config: Path) -> None:
    assert main(["run", "--config", str(config)]) == 0


def test_timeline_yields_exactly_the_expected_alerts(web: LoopbackServer, tmp_path: Path) -> None:
    news = Newsroom(web, ["Ledger", "Courier", "Wire"])
    config = write_config(tmp_path, news.feeds(), notify=[hook(web)])

    news.publish("Ledger", "guard-1", 3, GUARD_2100)
    run(config)
    news.publish("Courier", "guard-2", 4, GUARD_2100_AGAIN)  # corroborates
    news.publish("Courier", "active-1", 6, ACTIVE_1500)  # a new series
    run(config)
    news.publish("Wire", "late", 5, GUARD_2300)  # published before the next story: stale
    news.publish("Ledger", "guard-3", 9, GUARD_2600)  # the change
    news.publish("Wire", "guard-4", 10, GUARD_2600)  # corroborates the change
    run(config)
    run(config)  # nothing new

    assert alerts_posted(web) == [
        ("first", None, 2100),
        ("first", None, 1500),
        ("change", 2100, 2600),
    ]
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        corroborating = con.execute(
            "SELECT a.new_value, c.outlet FROM corroborations c JOIN alerts a ON a.id = c.alert_id"
            " ORDER BY 1"
        ).fetchall()
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (6,)
    assert corroborating == [(2100, "Courier"), (2600, "Wire")]


def test_email_states_the_change(web: LoopbackServer, tmp_path: Path) -> None:
    controller, inbox = start_inbox()
    try:
        mail = f"mailto://127.0.0.1:{controller.port}?from=desk@example.org&to=editor@example.org"
        news = Newsroom(web, ["Ledger"])
        config = write_config(tmp_path, news.feeds(), notify=[mail])
        news.publish("Ledger", "guard-1", 3, GUARD_2100)
        run(config)
        news.publish("Ledger", "guard-2", 9, GUARD_2600)
        run(config)
    finally:
        controller.stop()
    subjects = [m["subject"] for m in inbox.messages]
    assert subjects == [
        "National Guard troops (federal mission) deployed at the US–Mexico border: "
        "first reported: about 2,100",
        "National Guard troops (federal mission) deployed at the US–Mexico border: "
        "about 2,100 → about 2,600",
    ]
    body = inbox.messages[1].get_body(("html", "plain"))
    assert body is not None
    text = body.get_content()
    assert "Ledger" in text and "9 March 2025" in text
    assert "2,600 National Guard troops" in text
    assert web.url("/ledger/guard-2.html") in text


def test_channel_down_then_up_delivers_exactly_once(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_hook = hook(web, "/hook/s3cr3t-token")
    web.set("/hook/s3cr3t-token", "", status=500)
    news = Newsroom(web, ["Ledger"])
    config = write_config(tmp_path, news.feeds(), notify=[secret_hook])
    news.publish("Ledger", "guard-1", 3, GUARD_2100)

    run(config)  # the channel is down: the run still completes and stores everything
    output = capsys.readouterr()
    assert "not delivered" in output.out + output.err
    assert "s3cr3t-token" not in output.out + output.err
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT state, attempts FROM deliveries").fetchall() == [("pending", 1)]
        assert con.execute("SELECT count(*) FROM figures").fetchone() == (1,)

    run(config)  # within the backoff: not tried again
    assert web.hits("/hook/s3cr3t-token") == 1

    web.set("/hook/s3cr3t-token", "", status=200)
    assert main(["alerts", "--retry", "--config", str(config)]) == 0
    run(config)
    assert main(["alerts", "--retry", "--config", str(config)]) == 0
    assert web.hits("/hook/s3cr3t-token") == 2  # one refused, one delivered, nothing after
    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        assert con.execute("SELECT state, attempts FROM deliveries").fetchall() == [("sent", 2)]


def test_digest_sends_one_message_per_run(web: LoopbackServer, tmp_path: Path) -> None:
    news = Newsroom(web, ["Ledger"])
    config = write_config(tmp_path, news.feeds(), notify=[hook(web)], digest=True)
    news.publish("Ledger", "both", 3, f"{GUARD_2100} {ACTIVE_1500}")
    run(config)
    posts = web.posted_json("/hook")
    assert len(posts) == 1
    assert {a["new_value"] for a in posts[0]["alerts"]} == {2100, 1500}
    assert "2 changed figures" in posts[0]["title"]


def test_tags_route_alerts_to_channels(web: LoopbackServer, tmp_path: Path) -> None:
    news = Newsroom(web, ["Ledger"])
    guard = f'{{url = "{hook(web, "/guard")}", tags = ["national_guard"]}}'
    config = write_config(tmp_path, news.feeds(), notify=[hook(web, "/all"), guard])
    news.publish("Ledger", "both", 3, f"{GUARD_2100} {ACTIVE_1500}")
    run(config)
    assert sorted(a[2] for a in alerts_posted(web, "/all")) == [1500, 2100]
    assert alerts_posted(web, "/guard") == [("first", None, 2100)]


def test_listings_show_alerts_and_series(
    web: LoopbackServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = Newsroom(web, ["Ledger", "Courier"])
    config = write_config(tmp_path, news.feeds(), notify=[hook(web)])
    news.publish("Ledger", "guard-1", 3, GUARD_2100)
    run(config)
    news.publish("Courier", "guard-2", 9, GUARD_2600)
    run(config)
    capsys.readouterr()
    assert main(["alerts", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert "2,100 → 2,600" in listing and "Courier" in listing and "sent" in listing
    assert main(["series", "--config", str(config)]) == 0
    series = capsys.readouterr().out
    assert "national_guard" in series and "change" in series and "first" in series


def test_slack_url_passes_validation_without_network(tmp_path: Path) -> None:
    path = tmp_path / "tw.toml"
    path.write_text(
        '[notify]\nurls = ["https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/'
        'TIiajkdnlazkcOXrIdevi7FQ"]\n'
    )
    (ref,) = channel_refs(load_config(path, environ={}))
    assert ref.label.startswith("slack://") and "TIiajkdnlazkcOXrIdevi7FQ" not in ref.label
