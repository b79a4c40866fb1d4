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
STATUS_WORDS = {
    "deployed": "deployed at",
    "ordered": "ordered to",
    "proposed": "proposed for",
    "authorized": "authorized for",
    "withdrawn": "withdrawn from",
    "previous": "previously at",
}
WATCH_WORDS = {"us_mexico_border": "the US–Mexico border"}
QUALIFIER_WORDS = {"exact": "", "approx": "about ", "upper": "up to ", "lower": "at least "}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()#~|!>])")


def what(alert: AlertView) -> str:
    """'National Guard troops deployed at the US–Mexico border'."""
    watch = WATCH_WORDS.get(alert.watch, alert.watch.replace("_", " "))
    return f"{FORCE_WORDS[alert.force]} {STATUS_WORDS[alert.status]} {watch}"


def amount(value: int | None, qualifier: str | None) -> str:
    """'about 2,600', 'up to 1,500'."""
    if value is None:
        return "none"
    return f"{QUALIFIER_WORDS.get(qualifier or 'exact', '')}{value:,}"


def change(alert: AlertView) -> str:
    new = amount(alert.new_value, alert.new_qualifier)
    if alert.kind == "first":
        return f"first reported: {new}"
    return f"{amount(alert.old_value, alert.old_qualifier)} → {new}"


def subject(alert: AlertView) -> str:
    """One line that states the change; used as the email subject and the message title."""
    return f"{what(alert)}: {change(alert)}"


def _facts(alert: AlertView) -> list[tuple[str, str]]:
    published = (
        f"{alert.published.day} {alert.published:%B %Y}" if alert.published else "date unknown"
    )
    evidence = alert.sentence or alert.evidence
    facts = [("Source", f"{alert.outlet}, published {published}"), ("Evidence", evidence)]
    if alert.title:
        facts.insert(1, ("Headline", alert.title))
    if alert.corroborated_by:
        facts.append(("Also reported by", ", ".join(alert.corroborated_by)))
    return facts


def plain_text(alert: AlertView) -> str:
    lines = [subject(alert), ""]
    lines += [f"{label}: {value}" for label, value in _facts(alert)]
    lines.append(f"Link: {alert.url}")
    return "\n".join(lines)


def markdown(alert: AlertView) -> str:
    """Slack-flavoured markdown: every outside string escaped, the link kept as a link."""
    lines = [f"*{_md(what(alert))}*: {_md(change(alert))}", ""]
    lines += [f"*{label}:* {_md(value)}" for label, value in _facts(alert)]
    lines.append(f"*Link:* <{_link(alert.url)}>")
    return "\n".join(lines)


def html_body(alert: AlertView) -> str:
    rows = "".join(
        f"<tr><th align='left'>{label}</th><td>{html.escape(value)}</td></tr>"
        for label, value in _facts(alert)
    )
    link = html.escape(alert.url, quote=True)
    return (
        f"<p><strong>{html.escape(what(alert))}</strong>: {html.escape(change(alert))}</p>"
        f'<table>{rows}</table><p><a href="{link}">{link}</a></p>'
    )


def fields(alert: AlertView) -> dict[str, Any]:
    """The structured alert for JSON webhooks."""
    data = asdict(alert)
    data["published"] = alert.published.isoformat() if alert.published else None
    data["corroborated_by"] = list(alert.corroborated_by)
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
