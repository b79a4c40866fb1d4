"""The alert replay: of the alerts a desk would get from a labelled set, how many are right.

The figure scores say how often the detector reads a figure right; a desk feels something
else: the alerts. The replay runs a labelled set through the real warehouse, month by
month in order of publication (one run per calendar month, as if the feeds had been
polled then), once with the detector's figures and once with the labelled ones, and
compares the alerts the two runs raise.

A detector alert is *right* when the labelled run raised an alert for the same story, the
same series (by, force, status) and the same value (within the 2 % the alert rules allow);
*figure-right* when its figure is one of the story's labelled figures (optional ones
included) even if the labelled run did not alert it. A wrong alert gets one cause:
the passage is not relevant; no labelled figure of the story has its value; the labelled
figure with its value that agrees most differs in status, `by` or force (the first that
differs, in that order); or the figure is right but the labelled run did not alert it
(a repeat, an older story).

usage: python -m evaluation.replay --wrong SET    (SET: dev, dev2-tune, dev+dev2-tune or desk)
lists the wrong alerts of a set, then how often each pattern occurs: the cause and how the
detected status, by and force differ from the closest labelled figure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from evaluation.sets import DESK, EVAL, Passage, desk_set, labelled_sets
from extractors.detect import detect
from extractors.model import Article, Detection, Figure
from warehouse.changes import Rules, same_report
from warehouse.db import migrate, writing
from warehouse.records import ChannelRef, PageOutcome
from warehouse.reports import RaisedAlert, raised_alerts
from warehouse.store import finish_run, start_run, store_pages

REPEAT_WINDOW = timedelta(days=14)  # the default of alerts.repeat_window_days
LOCK_TIMEOUT = 10.0
CHANNEL = ChannelRef("replay", "the replay's desk")
FEED = "replay"
CAUSES = (
    "wrong status",
    "wrong by",
    "wrong force",
    "value not in gold",
    "passage not relevant",
    "right figure, not news",
)
# Sets whose wrong alerts may be listed: the check part of dev2 is scored, never read.
READABLE = ("dev", "dev2-tune", "dev+dev2-tune", "desk")

Detector = Callable[[Passage, date], Detection]


@dataclass(frozen=True)
class Story:
    """A dated passage as a feed would have delivered it."""

    id: str
    link: str
    outlet: str
    published: datetime
    passage: Passage


@dataclass(frozen=True)
class Judged:
    """One alert of the detector's replay, judged against the labelled replay."""

    alert: RaisedAlert
    story: Story
    right: bool
    figure_right: bool
    cause: str | None  # None for a right alert
    gold: dict[str, Any] | None  # the labelled figure with its value that agrees most


@dataclass(frozen=True)
class Replay:
    """A set's replay: what was sent, and how much of it was right."""

    passages: int
    undated: int
    gold_sent: int
    judged: tuple[Judged, ...]

    @property
    def sent(self) -> int:
        return len(self.judged)

    @property
    def right(self) -> int:
        return sum(j.right for j in self.judged)

    @property
    def causes(self) -> Counter[str]:
        """Wrong alerts by cause."""
        return Counter(j.cause for j in self.judged if j.cause)

    @property
    def precision(self) -> float:
        return self.right / self.sent if self.sent else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold_sent if self.gold_sent else 1.0

    @property
    def figure_precision(self) -> float:
        return sum(j.figure_right for j in self.judged) / self.sent if self.sent else 1.0


def stories(passages: Iterable[Passage]) -> tuple[list[Story], int]:
    """The dated passages in order of publication, and how many had no date."""
    rows = list(passages)
    dated = [p for p in rows if p.get("published")]
    seen = Counter(p["url"] for p in dated)
    made = [_story(p, seen[p["url"]] > 1) for p in dated]
    return sorted(made, key=lambda s: (s.published, s.id)), len(rows) - len(dated)


def _story(passage: Passage, shared_url: bool) -> Story:
    url = passage["url"]
    host = urlparse(url).hostname or url.split()[0].split("/")[0]
    day = date.fromisoformat(passage["published"][:10])
    return Story(
        id=passage["id"],
        # Two passages of one outlet's page are two stories: articles are keyed by link.
        link=f"{url}#{passage['id']}" if shared_url else url,
        outlet=host.removeprefix("www."),
        published=datetime.combine(day, time(12), UTC),
        passage=passage,
    )


def detected(passage: Passage, day: date) -> Detection:
    return detect(passage["text"], passage.get("title"), day)


def labelled(passage: Passage, day: date) -> Detection:
    """The passage's labels as a detection: its required figures, in the order of the text."""
    text = passage["text"]
    figures = [_figure(text, f) for f in passage["figures"] if not f.get("optional")]
    figures.sort(key=lambda f: (not f.evidence, f.start))
    relevant = bool(passage["relevant"])
    return Detection(relevant, 1.0 if relevant else 0.0, tuple(figures), passage.get("lang", "en"))


def _figure(text: str, label: dict[str, Any]) -> Figure:
    evidence = label.get("evidence") or ""
    start = text.find(evidence) if evidence else -1
    if start < 0:  # the words are not in the text as labelled: no evidence rather than a wrong one
        evidence, start = "", 0
    return Figure(
        value=label["value"],
        force=label["force"],
        status=label["status"],
        qualifier=label["qualifier"],
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        by=label.get("by", "unclear"),
    )


def run(stories: Sequence[Story], detector: Detector, folder: Path) -> list[RaisedAlert]:
    """Store the stories one calendar month per run in a new database; the alerts raised."""
    database = folder / "replay.duckdb"
    migrate(database, LOCK_TIMEOUT)
    for _, month in groupby(stories, key=lambda s: (s.published.year, s.published.month)):
        pages = [_page(story, detector) for story in month]
        with writing(database, LOCK_TIMEOUT) as con:
            run_id = start_run(con, pages[-1].fetched_at)
        with writing(database, LOCK_TIMEOUT) as con:
            summary = store_pages(con, run_id, pages, (CHANNEL,), Rules(REPEAT_WINDOW))
        counts = {
            "articles_new": summary.articles,
            "figures_new": summary.figures,
            "alerts_new": len(summary.alert_ids),
        }
        with writing(database, LOCK_TIMEOUT) as con:
            finish_run(con, run_id, counts)
    with writing(database, LOCK_TIMEOUT) as con:
        return raised_alerts(con)


def _page(story: Story, detector: Detector) -> PageOutcome:
    passage = story.passage
    article = Article(passage["text"], passage.get("title"), story.published, story.outlet)
    return PageOutcome(
        feed_url=FEED,
        outlet=story.outlet,
        link=story.link,
        guid=None,
        title=passage.get("title"),
        published=story.published,
        fetched_at=story.published,
        status="extracted",
        article=article,
        detection=detector(passage, story.published.date()),
    )


def judge(
    alerts: Sequence[RaisedAlert], gold_alerts: Sequence[RaisedAlert], by_link: dict[str, Story]
) -> list[Judged]:
    """Each alert, right or wrong against the labelled replay's alerts, with its cause."""
    judged = []
    for alert in alerts:
        story = by_link[alert.url]
        right = any(_same_alert(alert, gold) for gold in gold_alerts)
        cause, closest = _cause(alert, story.passage)
        figure_right = cause == "right figure, not news"
        judged.append(Judged(alert, story, right, figure_right, None if right else cause, closest))
    return judged


def _same_alert(a: RaisedAlert, b: RaisedAlert) -> bool:
    return (
        a.url == b.url
        and (a.by, a.force, a.status) == (b.by, b.force, b.status)
        and same_report(a.value, a.qualifier, b.value, b.qualifier)
    )


def _cause(alert: RaisedAlert, passage: Passage) -> tuple[str, dict[str, Any] | None]:
    """Why an alert would be wrong; "right figure, not news" when its figure is labelled."""
    if not passage["relevant"]:
        return "passage not relevant", None
    same_value = [
        g
        for g in passage["figures"]
        if same_report(alert.value, alert.qualifier, g["value"], g["qualifier"])
    ]
    if not same_value:
        return "value not in gold", None
    closest = max(same_value, key=lambda g: _agreement(alert, g))
    for name in ("status", "by", "force"):
        if getattr(alert, name) != closest.get(name, "unclear"):
            return f"wrong {name}", closest
    return "right figure, not news", closest


def _agreement(alert: RaisedAlert, gold: dict[str, Any]) -> int:
    return sum(
        getattr(alert, name) == gold.get(name, "unclear") for name in ("status", "by", "force")
    )


def replay(passages: Iterable[Passage], detector: Detector = detected) -> Replay:
    """Both replays of a set, and the detector's alerts judged against the labelled ones.

    With `labelled` as the detector, the labels are judged against themselves: every alert
    must come out right (the judging's own check).
    """
    rows = list(passages)
    dated, undated = stories(rows)
    with tempfile.TemporaryDirectory(prefix="troopwatch-replay-") as tmp:
        (Path(tmp) / "detector").mkdir()
        (Path(tmp) / "gold").mkdir()
        alerts = run(dated, detector, Path(tmp) / "detector")
        gold_alerts = run(dated, labelled, Path(tmp) / "gold")
    by_link = {story.link: story for story in dated}
    judged = judge(alerts, gold_alerts, by_link)
    return Replay(len(rows), undated, len(gold_alerts), tuple(judged))


def named_sets(desk: Path = DESK) -> dict[str, dict[str, Passage]]:
    """dev, dev2-tune, dev2-check, dev and dev2 replayed together as one stream, and the desk's
    labels checked in under `desk`, if any."""
    sets = labelled_sets()
    together = {**sets["dev"], **sets["dev2-tune"], **sets["dev2-check"]}
    return {**sets, "dev+dev2": together, **desk_set(desk)}


def readable_set(name: str, desk: Path = DESK) -> dict[str, Passage]:
    """A set whose wrong alerts may be read; the check part of dev2 never is."""
    if "check" in name or name not in READABLE:
        raise SystemExit(
            f"{name}: its wrong alerts are not listed (dev2-check is scored, never read);"
            f" choose one of {', '.join(READABLE)}"
        )
    sets = {**labelled_sets(), **desk_set(desk)}
    return {k: v for part in name.split("+") for k, v in sets[part].items()}


def wrong_lines(result: Replay) -> Iterator[str]:
    """Every wrong alert, then how often each pattern of them occurs."""
    yield "| id | published | kind | series (by, force, status) | value | cause | closest gold |"
    yield "|---|---|---|---|---|---|---|"
    wrong = [j for j in result.judged if not j.right]
    for j in wrong:
        a, day = j.alert, j.story.published.date()
        series = f"{a.by}, {a.force}, {a.status}"
        gold = _gold(j.gold)
        yield f"| {j.story.id} | {day} | {a.kind} | {series} | {a.value:,} | {j.cause} | {gold} |"
    yield ""
    yield "| wrong alerts | cause | labelled -> detected |"
    yield "|---|---|---|"
    for (cause, difference), count in Counter(map(pattern, wrong)).most_common():
        yield f"| {count} | {cause} | {difference} |"


def pattern(judged: Judged) -> tuple[str, str]:
    """A wrong alert's cause and what differs from the closest labelled figure, with any
    state's own mission as one `state`, so that alike mistakes count together."""
    gold, alert = judged.gold, judged.alert
    if gold is None:
        return str(judged.cause), "-"
    differences = [
        f"{name}: {_kind(gold.get(name, 'unclear'))} -> {_kind(getattr(alert, name))}"
        for name in ("status", "by", "force")
        if gold.get(name, "unclear") != getattr(alert, name)
    ]
    if gold.get("optional"):
        differences.append("labelled optional")
    return str(judged.cause), "; ".join(differences) or "same figure"


def _kind(value: str) -> str:
    return "state" if value.startswith("state:") else value


def _gold(gold: dict[str, Any] | None) -> str:
    """The closest labelled figure's status, by and force; optional ones say so."""
    if gold is None:
        return "-"
    optional = " (optional)" if gold.get("optional") else ""
    return f"{gold['status']}, {gold.get('by', 'unclear')}, {gold['force']}{optional}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.replay", description=__doc__)
    parser.add_argument("--wrong", metavar="SET", required=True, help=", ".join(READABLE))
    args = parser.parse_args(argv)
    if not EVAL.exists():
        print(f"the labelled sets are not at {EVAL}", file=sys.stderr)
        return 2
    result = replay(readable_set(args.wrong).values())
    print(
        f"{args.wrong}: {result.sent} alerts, {result.sent - result.right} wrong"
        f" (precision {result.precision:.3f}); {result.undated} undated passages left out"
    )
    for line in wrong_lines(result):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
