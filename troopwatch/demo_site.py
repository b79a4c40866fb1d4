"""The demo's news site: the bundled corpus served on 127.0.0.1, its feeds growing by step."""

from __future__ import annotations

import json
import os
import shutil
import threading
import tomllib
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

CORPUS = resources.files("troopwatch") / "demo_corpus"


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str


@dataclass(frozen=True)
class Story:
    step: int
    outlet: str
    page: str
    title: str
    published: datetime
    summary: str


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str
    published: datetime
    summary: str = ""


def load_timeline() -> tuple[list[Outlet], list[Story]]:
    data = tomllib.loads((CORPUS / "timeline.toml").read_text(encoding="utf-8"))
    outlets = [Outlet(o["id"], o["name"]) for o in data["outlets"]]
    stories = [
        Story(
            a["step"],
            a["outlet"],
            a["page"],
            a["title"],
            datetime.fromisoformat(a["published"].replace("Z", "+00:00")),
            a["summary"],
        )
        for a in data["articles"]
    ]
    return outlets, stories


def rss(title: str, link: str, items: list[FeedItem]) -> str:
    """An RSS 2.0 document, newest item first."""
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f'<guid isPermaLink="true">{escape(i.link)}</guid>'
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        f"<description>{escape(i.summary)}</description></item>"
        for i in sorted(items, key=lambda i: i.published, reverse=True)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(title)}</description>{entries}</channel></rss>\n"
    )


class DemoSite:
    """Serves `root` (pages and feeds) and records JSON alerts POSTed to /alerts."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.alerts: list[dict[str, Any]] = []
        handler = partial(_Handler, self, directory=str(root))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> DemoSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def publish(self, outlets: list[Outlet], stories: list[Story], step: int) -> None:
        """Copy the pages and write each outlet's feed as it stands at `step`."""
        for outlet in outlets:
            shown = [s for s in stories if s.outlet == outlet.id and s.step <= step]
            for story in shown:
                target = self.root / story.page
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes((CORPUS / "pages" / story.page).read_bytes())
            items = [
                FeedItem(f"{self.base}/{s.page}", s.title, s.published, s.summary) for s in shown
            ]
            feed = self.root / outlet.id / "rss.xml"
            feed.parent.mkdir(parents=True, exist_ok=True)
            feed.write_text(rss(outlet.name, f"{self.base}/{outlet.id}/", items), encoding="utf-8")
            newest = max((s.published for s in shown), default=None)
            if newest:  # Last-Modified moves with the news, not with the clock
                os.utime(feed, (newest.timestamp(), newest.timestamp()))

    def feed_url(self, outlet: Outlet) -> str:
        return f"{self.base}/{outlet.id}/rss.xml"

    def reset(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)


class _Handler(SimpleHTTPRequestHandler):
    disable_nagle_algorithm = True  # else each response waits ~40 ms for a delayed ACK

    def __init__(self, site: DemoSite, *args: Any, **kwargs: Any) -> None:
        self.site = site
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        if self.path == "/alerts":
            self.site.alerts.append(json.loads(body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
