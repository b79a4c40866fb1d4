"""An entry whose page has no article text is read from the feed entry's own words."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.conftest import write_config
from tests.support.server import LoopbackServer
from troopwatch.cli import main

pytestmark = pytest.mark.usefixtures("prefect_harness")

REDIRECT_PAGE = (
    '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/elsewhere">'
    "<title>Redirecting</title></head><body><script>location.href='/elsewhere'</script>"
    "</body></html>"
)
SUMMARY = (
    "<p>About <b>2,100 National Guard troops</b> are deployed along the US-Mexico border, "
    "state officials said on Monday.</p>"
)
VIDEO_SUMMARY = "The Pentagon has ordered up to 1,500 active-duty troops to the US-Mexico border."


def feed(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Mon, 03 Mar 2025 15:00:00 +0000</pubDate>"
        f"<description><![CDATA[{summary}]]></description></item>"
        for title, link, summary in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Aggregator</title>'
        f"<link>http://example.org/</link><description>d</description>{entries}</channel></rss>"
    )


def test_pages_without_text_are_read_from_the_feed(web: LoopbackServer, tmp_path: Path) -> None:
    redirect = web.set("/r/guard", REDIRECT_PAGE)
    video = web.set("/v/orders", b"\x00\x00\x00 ftypmp42", "video/mp4")
    web.set(
        "/feed.xml",
        feed(
            [
                ("Guard troops at the border", redirect, SUMMARY),
                ("Watch: Pentagon orders troops", video, VIDEO_SUMMARY),
            ]
        ),
        "application/rss+xml",
    )
    hook = f"json://127.0.0.1:{web.base.rsplit(':', 1)[1]}/hook"
    config = write_config(tmp_path, [web.url("/feed.xml")], notify=[hook])
    assert main(["run", "--config", str(config)]) == 0

    with duckdb.connect(str(tmp_path / "tw.duckdb"), read_only=True) as con:
        articles = con.execute(
            "SELECT url, status, text_source, relevant FROM articles ORDER BY url"
        ).fetchall()
        figures = con.execute(
            "SELECT value, force, source, evidence FROM figure_history ORDER BY value"
        ).fetchall()
    assert articles == [(redirect, "screened_out", "feed", True), (video, "skipped", "feed", True)]
    assert [f[:3] for f in figures] == [
        (1500, "active_duty", "feed"),
        (2100, "national_guard", "feed"),
    ]
    assert "<b>" not in figures[1][3]
    alerts = [a for post in web.posted_json("/hook") for a in post["alerts"]]
    assert sorted((a["new_value"], a["source"]) for a in alerts) == [
        (1500, "feed"),
        (2100, "feed"),
    ]
    text = " ".join(post["message"] for post in web.posted_json("/hook"))
    assert "read from the feed entry" in text
