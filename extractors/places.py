"""Where a sentence sends people: the US-Mexico border, some other place, or just "the border"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from extractors.lexicon import Pattern, Places
from extractors.lexicon.alternation import (
    by_first_letter,
    starts_a_word,
    under_letter,
    word_alternatives,
    word_start,
)
from extractors.lexicon.caseless import finds, matches

# "north" and "south": a northern or southern border, whose side depends on the story's view.
Kind = Literal["usmx", "elsewhere", "border", "north", "south"]


# One alternative of a place table, and the table's kind.
Alternative = tuple[Kind, str]


@dataclass(frozen=True)
class Place:
    kind: Kind
    start: int
    end: int


# A dateline: where a story was filed, not where anyone is sent ("LOS ANGELES (AP) —",
# "TUCSON, Ariz. –", "CIUDAD DE MÉXICO .-"): a city in capitals, maybe its state and the
# news agency, then a dash, at the start of a line.
_DATELINE = re.compile(
    r"[^\S\n]*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'’-]+(?: [A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'’-]*){0,3}"
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: ?\([^)\n]{1,30}\))? ?\.?(?:—|–|-{1,2})"
)


def without_datelines(text: str) -> str:
    """`text` with its datelines blanked, every other character in its place. Only the
    starts of lines are tried, which costs less than a scan of every character."""
    line = 0
    while True:
        dateline = _DATELINE.match(text, line)
        if dateline:
            start, end = dateline.span()
            text = text[:start] + " " * (end - start) + text[end:]
        line = text.find("\n", line) + 1
        if not line:
            return text


@lru_cache(maxsize=64)
def places(sentence: str, lex: Places) -> tuple[Place, ...]:
    """Place mentions in order; overlapping mentions resolved in favour of the earliest. A
    dateline's city elsewhere is none: a story filed from Los Angeles may send nobody there
    ("LOS ANGELES (AP) — California will send 400 Guard members to the border"), while one
    filed from a border town is there."""
    pattern, kinds = _one_pass(lex)
    out: list[Place] = []
    dateline = _DATELINE.match(sentence)
    for m in matches(pattern, sentence):
        place = Place(kinds[m.lastindex or 0], m.start(), m.end())
        if dateline and place.kind == "elsewhere" and place.start < dateline.end():
            continue
        if place.kind == "border" and _attached(sentence, out, place, lex):
            continue
        out.append(place)
    return tuple(out)


def seen_from(found: tuple[Place, ...], mexican_view: Callable[[], bool]) -> tuple[Place, ...]:
    """The places with a side: told from Mexico's side (`mexican_view()`, asked only when a
    northern or southern border is named), "the northern border" is the US-Mexico border
    and "the southern border" Mexico's own; otherwise the other way round."""
    if not any(p.kind in ("north", "south") for p in found):
        return found
    mexican = mexican_view()
    sides: dict[Kind, Kind] = {
        "north": "usmx" if mexican else "elsewhere",
        "south": "elsewhere" if mexican else "usmx",
    }
    return tuple(Place(sides.get(p.kind, p.kind), p.start, p.end) for p in found)


def sentence_side(
    sentence: str, us: Pattern, mexico: Pattern, passage_view: Callable[[], bool]
) -> Callable[[], bool]:
    """Whether a sentence is told from Mexico's side: the side whose government or forces it
    names, when it names only one ("the Pentagon sends 1,500 troops to the southern border"
    in a story that also quotes Mexico's president); otherwise the passage's side."""

    def mexican() -> bool:
        names_us, names_mexico = finds(us, sentence), finds(mexico, sentence)
        if names_us != names_mexico:
            return names_mexico
        return passage_view()

    return mexican


def place_tables(lex: Places) -> tuple[tuple[Kind, Pattern], ...]:
    """The place tables with the kind each gives, in the order they are tried."""
    return (
        ("elsewhere", lex.foreign_south),
        ("usmx", lex.mexico_north),
        ("north", lex.northern_border),
        ("south", lex.southern_border),
        ("usmx", lex.us_mexico),
        ("elsewhere", lex.elsewhere),
        ("border", lex.border),
    )


@cache
def _one_pass(lex: Places) -> tuple[Pattern, dict[int, Kind]]:
    """Every place pattern in one alternation, earlier tables first: at one position the
    first table that matches wins, and the scan goes on after the match. Each alternative
    ends with an empty group that says the kind of its table."""
    tables = place_tables(lex)
    if not all(starts_a_word(pattern.pattern) for _, pattern in tables):
        source, kinds = _marked([("", [(kind, f"(?:{p.pattern})")]) for kind, p in tables])
        return re.compile(source, re.IGNORECASE), kinds
    # The scan then tries the tables only where a word starts, and there only the
    # alternatives that start with the word's letter.
    words = [(kind, a) for kind, pattern in tables for a in word_alternatives(pattern.pattern)]
    gathered = by_first_letter(words)
    source, kinds = _marked(gathered)
    return re.compile(f"{word_start(gathered)}(?:{source})", re.IGNORECASE), kinds


def _marked(gathered: list[tuple[str, list[Alternative]]]) -> tuple[str, dict[int, Kind]]:
    """The alternation of the gathered alternatives, each marked by an empty group, and the
    kind of each mark's group."""
    parts, kinds, groups = [], {}, 0
    for letter, members in gathered:
        tails = []
        for kind, alternative in members:
            groups += re.compile(alternative).groups + 1
            kinds[groups] = kind
            tails.append(f"{alternative[len(letter) :]}()")
        parts.append(under_letter(letter, tails))
    return "|".join(parts), kinds


def _attached(sentence: str, before: list[Place], place: Place, lex: Places) -> bool:
    """ "U.S.-Canadian border": a bare "border" right after another place belongs to it."""
    if not before or before[-1].kind == "border":
        return False
    return lex.attached.fullmatch(sentence[before[-1].end : place.start].lower()) is not None


def is_destination(sentence: str, place: Place, lex: Places) -> bool:
    """True for "to the southern border", "toward the border with Mexico"; not for where the
    people leave ("from sectors along the Canadian border")."""
    before = sentence[max(0, place.start - 40) : place.start]
    return finds(lex.destination_before, before) and not finds(lex.origin_before, before)
