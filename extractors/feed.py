"""Feed bytes -> entries, with feedparser, never raising on a broken feed."""

from __future__ import annotations

import calendar
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import lxml.html
from lxml import etree

from extractors.model import FeedEntry, ParsedFeed


def parse_feed(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Entries of a feed document; `problem` says why a feed yielding nothing was unusable."""
    parsed = feedparser.parse(
        body,
        response_headers={**(headers or {}), "content-location": url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = tuple(e for e in (_entry(raw, url) for raw in parsed.entries) if e is not None)
    title = parsed.feed.get("title") if isinstance(parsed.feed, dict) else None
    return ParsedFeed(
        title=title if isinstance(title, str) and title.strip() else None,
        entries=entries,
        problem=_problem(parsed) if not entries else None,
    )


def _entry(raw: Mapping[str, Any], feed_url: str) -> FeedEntry | None:
    link = raw.get("link")
    if not isinstance(link, str) or not link.strip():
        return None
    link = urljoin(feed_url, link.strip())
    if not link.lower().startswith(("http://", "https://")):
        return None
    guid = raw.get("id")
    title = raw.get("title")
    published = _when(raw.get("published_parsed") or raw.get("updated_parsed"))
    dates = [d for d in (published, _when(raw.get("updated_parsed"))) if d is not None]
    return FeedEntry(
        link=link,
        guid=guid.strip() if isinstance(guid, str) and guid.strip() else None,
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        published=published,
        summary=plain_text(raw.get("summary") or raw.get("description")),
        updated=max(dates) if dates else None,
    )


def plain_text(markup: Any) -> str | None:
    """A feed entry's summary without its HTML: the words a reader sees, or None."""
    if not isinstance(markup, str) or not markup.strip():
        return None
    try:
        text = lxml.html.fragment_fromstring(markup, create_parent="div").text_content()
    except (etree.ParserError, ValueError):
        text = markup
    text = " ".join(text.split())
    return text or None


def _when(parsed: Any) -> datetime | None:
    if not isinstance(parsed, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _problem(parsed: Any) -> str | None:
    if parsed.get("bozo"):
        reason = parsed.get("bozo_exception")
        return f"not a well-formed feed: {reason}" if reason else "not a well-formed feed"
    if not parsed.get("version"):
        return "not a feed (no RSS or Atom document found)"
    return None
