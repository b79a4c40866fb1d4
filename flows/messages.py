"""Alert messages in plain words, rendered for each kind of channel.

Headlines and evidence come from the internet: they are escaped for the channel's markup
so that a story cannot ping a whole Slack workspace or smuggle a disguised link.
"""

from __future__ import annotations

import html
import re
from dataclasses import asdict
from typing import Any

from warehouse.records import AlertView

FORCE_WORDS = {
    "active_duty": "Active-duty troops",
    "national_guard": "National Guard troops",
    "military": "Troops",
    "law_enforcement": "Law-enforcement officers and agents",
}
# A federal mission says so where the force alone leaves it open; active duty is always federal.
FEDERAL_FORCE_WORDS = {
    "active_duty": "Active-duty troops",
    "national_guard": "National Guard troops (federal mission)",
    "military": "US troops",
    "law_enforcement": "Federal law-enforcement officers and agents",
}
STATE_FORCE_WORDS = {
    "active_duty": "{state} troops (state mission)",
    "national_guard": "{state} National Guard (state mission)",
    "military": "{state} troops (state mission)",
    "law_enforcement": "{state} law-enforcement officers (state mission)",
}
MEXICO_FORCE_WORDS = {
    "active_duty": "Mexico's army",
    "national_guard": "Mexico's Guardia Nacional",
    "military": "Mexico's troops",
    "law_enforcement": "Mexico's police and agents",
}
STATUS_WORDS = {
    "deployed": "deployed at",
    "ordered": "ordered to",
    "proposed": "proposed for",
    "authorized": "authorized for",
    "withdrawn": "withdrawn from",
    "previous": "previously at",
}
WATCH_WORDS = {"us_mexico_border": "the US–Mexico border"}
MEXICO_WATCH_WORDS = {"us_mexico_border": "its northern border"}
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
QUALIFIER_WORDS = {"exact": "", "approx": "about ", "upper": "up to ", "lower": "at least "}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()#~|!>])")


def series_words(watch: str, by: str, force: str, status: str) -> str:
    """A series in words: 'Texas National Guard (state mission) deployed at the US–Mexico
    border', "Mexico's Guardia Nacional at its northern border"."""
    place = WATCH_WORDS.get(watch, watch.replace("_", " "))
    if by == "mexico":
        place = MEXICO_WATCH_WORDS.get(watch, place)
        verb = "at" if status == "deployed" else STATUS_WORDS[status]
        return f"{MEXICO_FORCE_WORDS[force]} {verb} {place}"
    if by == "us_federal":
        who = FEDERAL_FORCE_WORDS[force]
    elif by.startswith("state:"):
        code = by.split(":", 1)[1].upper()
        who = STATE_FORCE_WORDS[force].format(state=STATES.get(code, code))
    else:
        who = FORCE_WORDS[force]
    return f"{who} {STATUS_WORDS[status]} {place}"


def what(alert: AlertView) -> str:
    """'National Guard troops deployed at the US–Mexico border'."""
    return series_words(alert.watch, alert.by, alert.force, alert.status)


def amount(value: int | None, qualifier: str | None) -> str:
    """'about 2,600', 'up to 1,500'."""
    if value is None:
        return "none"
    return f"{QUALIFIER_WORDS.get(qualifier or 'exact', '')}{value:,}"


def sides(alert: AlertView) -> str:
    """'The Ledger: about 2,600; The Courier: 3,000'."""
    return "; ".join(f"{s.outlet}: {amount(s.value, s.qualifier)}" for s in alert.sides)


def change(alert: AlertView) -> str:
    new = amount(alert.new_value, alert.new_qualifier)
    old = amount(alert.old_value, alert.old_qualifier)
    if alert.kind == "first":
        return f"first reported: {new}"
    if alert.kind == "revision":
        return f"{alert.outlet} revised its story: {old} → {new}"
    if alert.kind == "conflict":
        return f"outlets disagree: {sides(alert)}"
    if alert.kind == "settled":
        return f"{alert.outlet} confirms {new}; the outlets' disagreement is settled"
    if alert.kind == "correction":
        return f"{correction(alert)}; current value: {new}"
    return f"{old} → {new}"


def correction(alert: AlertView) -> str:
    """'15,000 (The Ledger) was dismissed by the desk (proposal, not an order)'."""
    note = alert.correction
    if note is None:
        return "corrected by the desk"
    figure = f"{amount(note.value, note.qualifier)} ({note.outlet})"
    if note.action == "not_relevant":
        figure, done = f"{note.outlet}'s story", "was dismissed by the desk: not about the border"
    elif note.action == "dismiss":
        done = "was dismissed by the desk"
    elif note.action == "confirm":
        done = "was confirmed by the desk"
    elif note.action == "aside":
        done = "was set aside by the desk: right, but beside the story's news"
    elif note.action == "add":
        done = "was added by the desk"
    else:
        fixed = ", ".join(f"{name} {_fixed_value(name, value)}" for name, value in note.changes)
        done = f"was corrected by the desk: {fixed}"
    return f"{figure} {done}" + (f" ({note.reason})" if note.reason else "")


def _fixed_value(name: str, value: str) -> str:
    if name == "qualifier":
        return QUALIFIER_WORDS.get(value, value).strip() or "exact"
    return f"{int(value):,}" if name == "value" and value.isdigit() else value.replace("_", " ")


def subject(alert: AlertView) -> str:
    """One line that states the change; used as the email subject and the message title."""
    if alert.kind == "correction":
        return f"Correction — {what(alert)}: {change(alert)}"
    return f"{what(alert)}: {change(alert)}"


def _facts(alert: AlertView) -> list[tuple[str, str]]:
    if alert.outlet is None:  # a correction that left the series with no figure
        return []
    published = (
        f"{alert.published.day} {alert.published:%B %Y}" if alert.published else "date unknown"
    )
    evidence = alert.sentence or alert.evidence or ""
    source = f"{alert.outlet}, published {published}"
    if alert.source == "feed":
        source += " (read from the feed entry: the page had no article text)"
    facts = [("Source", source), ("Evidence", evidence)]
    if alert.title:
        facts.insert(1, ("Headline", alert.title))
    if alert.corroborated_by:
        facts.append(("Also reported by", ", ".join(alert.corroborated_by)))
    return facts


def _url(alert: AlertView) -> str:
    return alert.url or ""


def plain_text(alert: AlertView) -> str:
    lines = [subject(alert), ""]
    lines += [f"{label}: {value}" for label, value in _facts(alert)]
    if alert.url:
        lines.append(f"Link: {alert.url}")
    return "\n".join(lines)


def markdown(alert: AlertView) -> str:
    """Slack-flavoured markdown: every outside string escaped, the link kept as a link."""
    head = f"{'Correction — ' if alert.kind == 'correction' else ''}{what(alert)}"
    lines = [f"*{_md(head)}*: {_md(change(alert))}", ""]
    lines += [f"*{label}:* {_md(value)}" for label, value in _facts(alert)]
    if alert.url:
        lines.append(f"*Link:* <{_link(alert.url)}>")
    return "\n".join(lines)


def html_body(alert: AlertView) -> str:
    rows = "".join(
        f"<tr><th align='left'>{label}</th><td>{html.escape(value)}</td></tr>"
        for label, value in _facts(alert)
    )
    link = html.escape(_url(alert), quote=True)
    anchor = f'<p><a href="{link}">{link}</a></p>' if link else ""
    head = f"{'Correction — ' if alert.kind == 'correction' else ''}{what(alert)}"
    return f"<p><strong>{html.escape(head)}</strong>: {html.escape(change(alert))}</p>" + (
        f"<table>{rows}</table>{anchor}"
    )


def fields(alert: AlertView) -> dict[str, Any]:
    """The structured alert for JSON webhooks."""
    data = asdict(alert)
    data["published"] = alert.published.isoformat() if alert.published else None
    data["corroborated_by"] = list(alert.corroborated_by)
    data["sides"] = [asdict(side) for side in alert.sides]
    data["what"] = what(alert)
    return data


def digest(alerts: list[AlertView], render: str) -> tuple[str, str]:
    """Title and body of one message carrying several alerts."""
    title = f"troopwatch: {len(alerts)} changed figure{'s' if len(alerts) != 1 else ''}"
    if render == "html":
        return title, "<hr>".join(html_body(a) for a in alerts)
    if render == "markdown":
        return title, "\n\n".join(markdown(a) for a in alerts)
    return title, "\n\n".join(plain_text(a) for a in alerts)


def _md(text: str) -> str:
    """Outside text made inert in Slack markdown: no mentions, no disguised links, no markup."""
    text = text.replace("<", "‹").replace(">", "›").replace("@", "@\u200b")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _link(url: str) -> str:
    return url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20")
