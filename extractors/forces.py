"""Noun phrase -> the force it names (LABELING.md `force`), from the catalogue's components."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extractors.lexicon import Pattern, Phrase
from extractors.lexicon.caseless import finds, matches
from extractors.model import Force

_FORCE: dict[str, Force] = {
    "guard": "national_guard",
    "reserve": "military",
    "active": "active_duty",
    "unit": "active_duty",  # a regular Army unit said of the figure's own people
    "police": "law_enforcement",
    "military": "military",
}


# Components that do not carry over to other figures: words for people in general, and a
# regular unit named in passing ("including a Stryker brigade ..., to about 9,000" counts all).
_UNNAMED = ("generic", "unit")


def _normalised(text: str, lex: Phrase) -> str:
    if not finds(_any_alias(lex), text):
        return text  # most phrases name no alias: one search instead of one per alias
    for pattern, replacement in lex.component_aliases:
        if finds(pattern, text):
            text = pattern.sub(replacement, text)
    return text


@cache
def _any_alias(lex: Phrase) -> Pattern:
    return _either(pattern for pattern, _ in lex.component_aliases)


@cache
def _any_named(lex: Phrase) -> Pattern:
    """Any component that `last_force` reads: most texts it is asked of name none."""
    return _either(pattern for name, pattern in lex.components if name not in _UNNAMED)


def _either(patterns: Iterable[Pattern]) -> Pattern:
    """One pattern that matches where any of `patterns` does; one that matches everywhere
    (a search that always finds) when their flags differ."""
    found = list(patterns)
    if len({p.flags for p in found}) > 1:
        return re.compile("")
    source = "|".join(f"(?:{p.pattern})" for p in found) or "(?!)"
    return re.compile(source, found[0].flags if found else 0)


def components(phrase: str, lex: Phrase) -> frozenset[str]:
    """The service components a noun phrase names ("generic" when it names none)."""
    phrase = _normalised(phrase, lex)
    found = {name for name, pattern in lex.components if finds(pattern, phrase)}
    if "active" in found and "guard" in found and not finds(lex.active_with_guard, phrase):
        found.discard("active")  # "Army National Guard" is Guard
    if "unit" in found and found & {"active", "guard"}:
        found.discard("unit")  # "Army paratroopers of the 82nd Airborne": one component
    return frozenset(found)


def force_of(phrase: str, lex: Phrase) -> Force | None:
    """One component -> its force; a stated mix -> military; none stated -> None."""
    parts = [components(part, lex) for part in lex.conjunction.split(phrase)]
    named = set().union(*parts) - {"generic"}
    if named == {"active"} and "active" in parts[0] and all(p == {"generic"} for p in parts[1:]):
        return "active_duty"  # "active-duty Marines and soldiers": one word for them all
    if len(named) > 1 or (named and any(part == {"generic"} for part in parts)):
        return "military"
    return _FORCE[named.pop()] if named else None


def last_force(text: str, lex: Phrase) -> Force | None:
    """The force of the last component `text` names ("generic" words do not count)."""
    text = _normalised(text, lex)
    if not finds(_any_named(lex), text):
        return None
    best: tuple[int, str] | None = None
    for name, component in lex.components:
        if name in _UNNAMED:
            continue
        for m in matches(component, text):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return _FORCE[best[1]] if best else None


def guard_alone(text: str, lex: Phrase) -> bool:
    """Whether `text` names the Guard and no other service beside it (police may stand
    beside it: "the Guard ... until troopers are hired"): "Mexico's Guard and army", "soldiers
    and Guard members" leave a bare "troops" without a component."""
    if finds(lex.guard_in_a_mix, text):
        return False
    text = _normalised(text, lex)
    if not any(finds(p, text) for name, p in lex.components if name == "guard"):
        return False
    others = ("active", "military", "reserve")
    return not any(finds(p, text) for name, p in lex.components if name in others)
