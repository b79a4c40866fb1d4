"""The frozen types that cross module boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Force = Literal["active_duty", "national_guard", "military", "law_enforcement"]
Status = Literal["deployed", "ordered", "proposed", "authorized", "withdrawn", "previous"]
Qualifier = Literal["exact", "approx", "upper", "lower"]
Lang = Literal["en", "es"]
# Who sends and controls the people: "us_federal", "mexico", "unclear", or "state:XX" for a
# governor's own mission (two-letter state code), as defined in LABELING.md.
Deployer = str

FORCES: tuple[Force, ...] = ("active_duty", "national_guard", "military", "law_enforcement")
STATUSES: tuple[Status, ...] = (
    "deployed",
    "ordered",
    "proposed",
    "authorized",
    "withdrawn",
    "previous",
)
QUALIFIERS: tuple[Qualifier, ...] = ("exact", "approx", "upper", "lower")


@dataclass(frozen=True)
class Figure:
    """One reported number of people, with the verbatim span that reports it."""

    value: int
    force: Force
    status: Status
    qualifier: Qualifier
    evidence: str
    start: int
    end: int
    by: Deployer = "unclear"
    # How likely the status model finds the status (0 to 1); below the desk's bar
    # (alerts.min_confidence) the figure is stored but held from alerting.
    confidence: float = 1.0
    # Given beside the story's news (a part of a total, a caption's, a restatement): stored,
    # never alerted (extractors/aside_model.py).
    aside: bool = False
    # Which named step decided the status (extractors/status.py: "cap", "nearest cue",
    # "second opinion on nearest cue", ...; or a reading of the whole passage, such as
    # "past timeline entry"), so that the desk's corrections can be counted by step; and
    # likewise the reading that decided its force and the step that decided who deploys
    # (extractors/deployer.py).
    status_step: str = ""
    force_step: str = ""
    by_step: str = ""


@dataclass(frozen=True)
class Detection:
    """What a passage says about border deployments."""

    relevant: bool
    score: float
    figures: tuple[Figure, ...]
    lang: Lang = "en"


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, converted from feedparser's dict."""

    link: str
    guid: str | None
    title: str | None
    published: datetime | None
    summary: str | None = None  # plain text, HTML stripped
    updated: datetime | None = None  # the latest date the entry gives (updated or published)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document: its title, entries, and why it was odd (feedparser's bozo)."""

    title: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None


@dataclass(frozen=True)
class Article:
    """Main text and metadata extracted from one HTML page."""

    text: str
    title: str | None
    published: datetime | None
    site_name: str | None
