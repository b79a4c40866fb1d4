"""Builders for test feeds and whole news pages (our own sentences, never real articles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    link: str
    title: str
    published: datetime
    guid: str | None = None


def rss(title: str, items: list[Item]) -> str:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
        f"<guid>{escape(i.guid or i.link)}</guid>"
        f"<pubDate>{format_datetime(i.published)}</pubDate></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.org/</link>"
        f"<description>test feed</description>{entries}</channel></rss>"
    )


FILLER = (
    "Local officials said the arrangement would be reviewed at the end of the quarter. "
    "Residents of the region have followed the debate closely, and several community "
    "groups asked for public meetings about the plans. A spokesperson for the state "
    "emergency management office said coordination with federal agencies was going well. "
    "Budget documents released earlier this year described the costs in broad terms. "
)


def page(title: str, site: str, published: str, paragraphs: list[str]) -> str:
    """A whole news page: navigation, article, related links and footer."""
    body = "".join(f"<p>{escape(p)}</p>" for p in [*paragraphs, FILLER, FILLER])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{published}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a>
<a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{escape(title)}</h1><p class="byline">By Staff Writer</p>
{body}</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather service warns of storms</a></li></ul></aside></main>
<footer><p>Copyright {escape(site)}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""
