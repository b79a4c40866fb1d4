"""`troopwatch report`: one self-contained HTML page with a timeline per series.

Charts are Vega-Lite specs built with altair and drawn in the page by Vega, whose
JavaScript (from vl-convert) is inlined: the file opens offline and makes no request.
Headlines and sentences are data: they reach the page only as escaped HTML text or as
JSON inside a script element that cannot be closed from inside.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import altair as alt
import jinja2
import vl_convert
from markupsafe import Markup

from extractors.errors import TroopwatchError
from flows.messages import amount, series_words
from warehouse.db import reading
from warehouse.timeline import (
    Coverage,
    SeriesKey,
    SeriesTimeline,
    TimelineFigure,
    coverage,
    series_timelines,
)

# The Vega-Lite release that altair's specs are written for, as vl-convert names it.
VEGA_LITE = "v" + alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0].replace(".", "_")
QUALIFIER_LABELS = {"exact": "exact", "approx": "about", "upper": "up to", "lower": "at least"}
QUALIFIER_SHAPES = {
    "exact": "circle",
    "approx": "diamond",
    "upper": "triangle-down",
    "lower": "triangle-up",
}
CHART_NAME = "figures"  # Vega draws the points in <g class="... figures_marks">
CHART_WIDTH = 720
CHART_HEIGHT = 220


@dataclass(frozen=True)
class Section:
    """One series as the page shows it."""

    anchor: str
    title: str
    current: str
    spec_json: Markup
    rows: tuple[dict[str, str], ...]
    alerts: int
    outlets: int


class ReportError(TroopwatchError):
    """The report page cannot be written."""


def write_report(database: Path, out: Path, lock_timeout: float) -> Path:
    """Read the database and write the page to `out` (replaced atomically); return its path."""
    with reading(database, lock_timeout) as con:
        covered = coverage(con)
        timelines = series_timelines(con)
    page = render(covered, timelines, made_at=datetime.now(UTC))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(page)
            os.replace(tmp, out)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write the report: {exc.strerror or exc}") from exc
    return out


def render(covered: Coverage, timelines: list[SeriesTimeline], made_at: datetime) -> str:
    """The whole page as a string."""
    outlets = sorted({f.outlet for t in timelines for f in t.figures})
    sections = [_section(i, t, outlets) for i, t in enumerate(timelines)]
    return _template().render(
        covered=covered,
        failing=[f for f in covered.feeds if f.failing],
        sections=sections,
        figures=sum(len(t.figures) for t in timelines),
        made_at=_when(made_at),
        span=_span(covered),
        script=Markup(_javascript()),
        marks_class=f"{CHART_NAME}_marks",
    )


def series_title(key: SeriesKey) -> str:
    """'Texas National Guard (state mission) deployed at the US–Mexico border'."""
    return series_words(key.watch, key.by or "unclear", key.force, key.status)


def _section(index: int, timeline: SeriesTimeline, outlets: list[str]) -> Section:
    steps = timeline.steps
    current = (
        f"Current value: {amount(steps[-1].value, steps[-1].qualifier)} since "
        f"{_day(steps[-1].since)}"
        if steps
        else "Past figures: they never move a series."
    )
    return Section(
        anchor=f"series-{index + 1}",
        title=series_title(timeline.key),
        current=current,
        spec_json=_script_json(chart_spec(timeline, outlets)),
        rows=tuple(_row(f) for f in timeline.figures),
        alerts=timeline.alerts,
        outlets=len({f.outlet for f in timeline.figures}),
    )


def _row(figure: TimelineFigure) -> dict[str, str]:
    return {
        "published": _when(figure.published),
        "outlet": figure.outlet,
        "figure": amount(figure.value, figure.qualifier),
        "headline": figure.headline or "(no headline)",
        "evidence": figure.context,
        "url": _safe_url(figure.url),
        "effect": _effect(figure),
        "read": _read_by(figure),
    }


def _read_by(figure: TimelineFigure) -> str:
    """What read the figure, named as the warehouse names its steps: "status: cap; force:
    its noun; who deploys: the Pentagon's troops"; "" for a figure the desk added."""
    named = zip(("status", "force", "who deploys"), figure.steps, strict=True)
    return "; ".join(f"{what}: {step}" for what, step in named if step)


def _effect(figure: TimelineFigure) -> str:
    """What the figure did, then what happened to it since, in words."""
    words = [_alert_words(figure)] if figure.effect else []
    if figure.disputed and figure.effect != "conflict":
        words.append("one side of a disagreement between outlets")
    if figure.corrected_from is not None:
        read_as = figure.corrected_from
        words.append(
            "corrected by the desk"
            + (f" (read as {read_as:,})" if read_as != figure.value else "")  # not its number
        )
    if figure.checked:
        words.append(f"{figure.checked} by the desk")
    if figure.dismissed:
        words.append("dismissed by the desk")
    if figure.held and figure.aside:
        words.append("held: an aside to the story's news (a part, a caption), so it alerted no one")
    elif figure.held:
        words.append("held: the detector was not sure of its status, so it alerted no one")
    if figure.replaced:
        words.append("replaced by a revised version of the story")
    return "; ".join(words)


def _alert_words(figure: TimelineFigure) -> str:
    new = amount(figure.value, figure.qualifier)
    old = amount(figure.old_value, figure.old_qualifier)
    return {
        "first": "alert: first reported",
        "change": f"alert: {old} → {new}",
        "revision": f"alert: the outlet revised its story, {old} → {new}",
        "conflict": "alert: outlets disagree: "
        + "; ".join(f"{side.outlet} {amount(side.value, side.qualifier)}" for side in figure.sides),
        "settled": f"alert: settles the disagreement, {old} → {new}",
        "corroborates": "repeats the alerted value",
    }.get(figure.effect, figure.effect)


def chart_spec(timeline: SeriesTimeline, outlets: list[str]) -> dict[str, Any]:
    """A layered Vega-Lite chart: the current value as a step line, one point per figure
    (colour: outlet, shape: qualifier, faded: no longer counted), alerts ringed, disputed
    figures boxed."""
    points = [_point(f) for f in timeline.figures]
    end = max([timeline.latest, *(s.since for s in timeline.steps)])
    steps = [{"published": s.since.isoformat(), "value": s.value} for s in timeline.steps]
    if steps:
        steps.append({"published": end.isoformat(), "value": timeline.steps[-1].value})
    x = alt.X(
        "published:T", title=None, scale=alt.Scale(type="utc"), axis=alt.Axis(format="%-d %b %Y")
    )
    y = alt.Y("value:Q", title="people", axis=alt.Axis(format=",.0f"), scale=alt.Scale(zero=True))
    line = (
        alt.Chart(alt.InlineData(values=steps), name="current")
        .mark_line(interpolate="step-after", color="#555", strokeWidth=1.5)
        .encode(x=x, y=y)
    )
    rings = (
        alt.Chart(alt.InlineData(values=[p for p in points if p["alert"]]), name="alerts")
        .mark_point(shape="circle", size=420, filled=False, color="#222", strokeWidth=1.5)
        .encode(x=x, y=y)
    )
    boxes = (
        alt.Chart(alt.InlineData(values=[p for p in points if p["disputed"]]), name="disputes")
        .mark_point(shape="square", size=650, filled=False, color="#e8590c", strokeWidth=2)
        .encode(x=x, y=y)
    )
    marks = (
        alt.Chart(alt.InlineData(values=points), name=CHART_NAME)
        .mark_point(filled=True, size=110, stroke="#333", strokeWidth=0.6, cursor="pointer")
        .encode(
            x=x,
            y=y,
            fillOpacity=alt.FillOpacity(
                "counted:N", scale=alt.Scale(domain=[True, False], range=[0.9, 0.12]), legend=None
            ),
            color=alt.Color("outlet:N", title="Outlet", scale=alt.Scale(domain=outlets)),
            shape=alt.Shape(
                "qualifier:N",
                title="Qualifier",
                scale=alt.Scale(
                    domain=list(QUALIFIER_LABELS.values()), range=list(QUALIFIER_SHAPES.values())
                ),
            ),
            href=alt.Href("url:N"),
            tooltip=[
                alt.Tooltip("outlet:N", title="Outlet"),
                alt.Tooltip("figure:N", title="Figure"),
                alt.Tooltip("when:N", title="Published"),
                alt.Tooltip("headline:N", title="Headline"),
                alt.Tooltip("evidence:N", title="Evidence"),
                alt.Tooltip("effect:N", title="Effect"),
                alt.Tooltip("read:N", title="Read by"),
                alt.Tooltip("url:N", title="Link"),
            ],
        )
    )
    layers = [line, boxes, rings, marks] if steps else [boxes, rings, marks]
    chart = alt.layer(*layers).properties(width=CHART_WIDTH, height=CHART_HEIGHT)
    return chart.to_dict()


def _point(figure: TimelineFigure) -> dict[str, Any]:
    return {
        "published": figure.published.isoformat(),
        "when": _when(figure.published),
        "value": figure.value,
        "figure": amount(figure.value, figure.qualifier),
        "qualifier": QUALIFIER_LABELS.get(figure.qualifier, figure.qualifier),
        "outlet": figure.outlet,
        "headline": figure.headline or "(no headline)",
        "evidence": figure.context,
        "effect": _effect(figure) or "—",
        "read": _read_by(figure) or "—",
        "url": _safe_url(figure.url),
        "alert": figure.effect not in ("", "corroborates"),
        "disputed": figure.disputed,
        "counted": figure.counted,
    }


def _script_json(spec: dict[str, Any]) -> Markup:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' in it
    can end the element, whatever a headline contains."""
    text = json.dumps(spec, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _safe_url(url: str) -> str:
    """Only web links become links; anything else (javascript:, data:) is shown as text."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _day(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{moment.day} {moment:%B %Y}"


def _span(covered: Coverage) -> str:
    if covered.first_published is None or covered.last_published is None:
        return "no articles yet"
    return f"{_day(covered.first_published)} to {_day(covered.last_published)}"


@cache
def _javascript() -> str:
    """Vega, Vega-Lite and vega-embed in one script, as vl-convert bundles them (about 0.9 MB)."""
    bundle = vl_convert.javascript_bundle("window.vegaEmbed = vegaEmbed;", vl_version=VEGA_LITE)
    if "</script" in bundle.lower():  # cannot happen with a minified bundle; never emit one
        raise ValueError("the Vega bundle contains </script> and cannot be inlined")
    return bundle


@cache
def _template() -> jinja2.Template:
    source = (resources.files("troopwatch") / "templates" / "report.html").read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(source)
