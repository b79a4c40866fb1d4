"""Where a sentence sends people: the US-Mexico border, some other place, or just "the border"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extractors.lexicon import Pattern, Places

Kind = Literal["usmx", "elsewhere", "border"]


@dataclass(frozen=True)
class Place:
    kind: Kind
    start: int
    end: int


@lru_cache(maxsize=64)
def places(sentence: str, lex: Places, mexican_view: bool = False) -> tuple[Place, ...]:
    """Place mentions in order; overlapping mentions resolved in favour of the earliest.

    `mexican_view`: the story is about Mexico's forces, so "the northern border" is Mexico's.
    """
    tables: tuple[tuple[Kind, Pattern], ...] = (
        ("elsewhere", lex.foreign_south),
        ("usmx", lex.mexico_north),
        ("usmx" if mexican_view else "elsewhere", lex.northern_border),
        ("elsewhere" if mexican_view else "usmx", lex.southern_border),
        ("usmx", lex.us_mexico),
        ("elsewhere", lex.elsewhere),
        ("border", lex.border),
    )
    found = [
        Place(kind, m.start(), m.end())
        for kind, pattern in tables
        for m in pattern.finditer(sentence)
    ]
    out: list[Place] = []
    for place in sorted(found, key=lambda p: p.start):
        if out and place.start < out[-1].end:
            continue
        if place.kind == "border" and _attached(sentence, out, place, lex):
            continue
        out.append(place)
    return tuple(out)


def _attached(sentence: str, before: list[Place], place: Place, lex: Places) -> bool:
    """ "U.S.-Canadian border": a bare "border" right after another place belongs to it."""
    if not before or before[-1].kind == "border":
        return False
    return lex.attached.fullmatch(sentence[before[-1].end : place.start].lower()) is not None


def is_destination(sentence: str, place: Place, lex: Places) -> bool:
    """True for "to the southern border", "toward the border with Mexico"."""
    before = sentence[max(0, place.start - 40) : place.start]
    return lex.destination_before.search(before) is not None
