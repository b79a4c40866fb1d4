"""Publishing test stories on a loopback server: whole pages, and feeds that list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tests.support.feeds import Item, page, rss
from tests.support.server import LoopbackServer

WHEN = datetime(2025, 3, 3, tzinfo=UTC)
GUARD = "About 2,100 National Guard troops are deployed along the US-Mexico border."


@dataclass(frozen=True)
class Story:
    text: str = GUARD
    slug: str = "guard"
    title: str = "Guard troops at the border"
    published: datetime = WHEN


def publish(
    web: LoopbackServer,
    *stories: Story,
    outlet: str = "Desert Courier",
    feed_path: str = "/rss.xml",
    pages: str = "/news",
) -> tuple[str, list[str]]:
    """Serve each story as a page under `pages` and one feed listing them in the order given;
    (feed URL, page URLs)."""
    items = [
        Item(
            web.set(
                f"{pages}/{s.slug}.html",
                page(s.title, outlet, s.published.isoformat(), [s.text]),
            ),
            s.title,
            s.published,
        )
        for s in stories
    ]
    feed = web.set(feed_path, rss(outlet, items), "application/rss+xml")
    return feed, [item.link for item in items]


class Newsroom:
    """Outlets whose feeds grow on a loopback server as stories are published, newest first."""

    def __init__(self, web: LoopbackServer, outlets: list[str]) -> None:
        self.web = web
        self.stories: dict[str, list[Story]] = {outlet: [] for outlet in outlets}
        for outlet in outlets:
            self._write(outlet)

    def feeds(self) -> list[str]:
        return [self.web.url(f"/{outlet.lower()}.xml") for outlet in self.stories]

    def publish(self, outlet: str, slug: str, day: int, text: str) -> None:
        when = datetime(2025, 3, day, 15, tzinfo=UTC)
        self.stories[outlet].insert(0, Story(text, slug, "Border deployment update", when))
        self._write(outlet)

    def _write(self, outlet: str) -> None:
        publish(
            self.web,
            *self.stories[outlet],
            outlet=outlet,
            feed_path=f"/{outlet.lower()}.xml",
            pages=f"/{outlet.lower()}",
        )
