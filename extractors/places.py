"""Where a sentence sends people: the US-Mexico border, some other place, or just "the border"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extractors import cues

Kind = Literal["usmx", "elsewhere", "border"]

_BORDER = re.compile(r"\bborder\b", re.IGNORECASE)
# "U.S.-Canadian border": a bare "border" right after another place belongs to it.
_ATTACHED = re.compile(r"[\s'’s-]*(?:u\.?s\.?[\s-]*)?")


@dataclass(frozen=True)
class Place:
    kind: Kind
    start: int
    end: int


@lru_cache(maxsize=64)
def places(sentence: str) -> tuple[Place, ...]:
    """Place mentions in order; overlapping mentions resolved in favour of the earliest."""
    found = [
        *(Place("elsewhere", m.start(), m.end()) for m in cues.FOREIGN_SOUTH.finditer(sentence)),
        *(Place("usmx", m.start(), m.end()) for m in cues.MEXICO_NORTH.finditer(sentence)),
        *(Place("usmx", m.start(), m.end()) for m in cues.US_MEXICO.finditer(sentence)),
        *(Place("elsewhere", m.start(), m.end()) for m in cues.ELSEWHERE.finditer(sentence)),
        *(Place("border", m.start(), m.end()) for m in _BORDER.finditer(sentence)),
    ]
    out: list[Place] = []
    for place in sorted(found, key=lambda p: p.start):
        if out and place.start < out[-1].end:
            continue
        if place.kind == "border" and _attached(sentence, out, place):
            continue
        out.append(place)
    return tuple(out)


def _attached(sentence: str, before: list[Place], place: Place) -> bool:
    if not before or before[-1].kind == "border":
        return False
    return _ATTACHED.fullmatch(sentence[before[-1].end : place.start].lower()) is not None


def is_destination(sentence: str, place: Place) -> bool:
    """True for "to the southern border", "toward the border with Mexico"."""
    before = sentence[max(0, place.start - 40) : place.start]
    return cues.DESTINATION_BEFORE.search(before) is not None
