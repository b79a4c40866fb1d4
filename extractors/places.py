"""Where a sentence sends people: the US-Mexico border, some other place, or just "the border"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from extractors.lexicon import Pattern, Places
from extractors.lexicon.caseless import caseless

# "north" and "south": a northern or southern border, whose side depends on the story's view.
Kind = Literal["usmx", "elsewhere", "border", "north", "south"]


@dataclass(frozen=True)
class Place:
    kind: Kind
    start: int
    end: int


@lru_cache(maxsize=64)
def places(sentence: str, lex: Places) -> tuple[Place, ...]:
    """Place mentions in order; overlapping mentions resolved in favour of the earliest."""
    pattern, kinds = _one_pass(lex)
    pattern, text = caseless(pattern, sentence)
    out: list[Place] = []
    for m in pattern.finditer(text):
        place = Place(kinds[m.lastindex or 0], m.start(), m.end())
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
        names_us, names_mexico = _names(us, sentence), _names(mexico, sentence)
        if names_us != names_mexico:
            return names_mexico
        return passage_view()

    return mexican


def _names(pattern: Pattern, sentence: str) -> bool:
    pattern, text = caseless(pattern, sentence)
    return pattern.search(text) is not None


@cache
def _one_pass(lex: Places) -> tuple[Pattern, dict[int, Kind]]:
    """Every place pattern in one alternation, earlier tables first: at one position the
    first table that matches wins, and the scan goes on after the match."""
    tables: tuple[tuple[Kind, Pattern], ...] = (
        ("elsewhere", lex.foreign_south),
        ("usmx", lex.mexico_north),
        ("north", lex.northern_border),
        ("south", lex.southern_border),
        ("usmx", lex.us_mexico),
        ("elsewhere", lex.elsewhere),
        ("border", lex.border),
    )
    joined = "|".join(f"({pattern.pattern})" for _, pattern in tables)
    if all(_starts_a_word(pattern.pattern) for _, pattern in tables):
        joined = f"(?<!\\w)(?:{joined})"  # the scan then tries the tables only where a word starts
    groups, kinds = 0, {}
    for kind, pattern in tables:
        groups += 1
        kinds[groups] = kind
        groups += pattern.groups
    return re.compile(joined, re.IGNORECASE), kinds


# A letter that every match starts with (not an optional one: "s?").
_LETTER = re.compile(r"[^\W\d_](?![?*{])")


def _starts_a_word(source: str) -> bool:
    """Whether every match of a pattern starts a word: each of its alternatives starts with
    "(?<!\\w)", or with "\\b" and then a letter."""
    return all(
        a.startswith("(?<!\\w)") or (a.startswith("\\b") and _starts_a_letter(a[2:]))
        for a in _alternatives(source)
    )


def _starts_a_letter(source: str) -> bool:
    for alternative in _alternatives(source):
        if alternative.startswith("(?:"):
            end = _group_end(alternative)
            optional = alternative[end + 1 : end + 2] in ("?", "*", "{")
            if optional or not _starts_a_letter(alternative[3:end]):
                return False
        elif not _LETTER.match(alternative):
            return False
    return True


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    bars = [i for i, c, depth in _structure(source) if c == "|" and depth == 0]
    bounds = [-1, *bars, len(source)]
    return [source[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _group_end(source: str) -> int:
    """Where the group that opens `source` closes."""
    return next(i for i, c, depth in _structure(source) if c == ")" and depth == 1)


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a pattern's source that are neither escaped nor in a character
    class, with their offsets and the depth of the groups they stand in."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1  # the escaped character means itself
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if source.startswith("^]", i + 1) else 1 if source.startswith("]", i + 1) else 0
        else:
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


def _attached(sentence: str, before: list[Place], place: Place, lex: Places) -> bool:
    """ "U.S.-Canadian border": a bare "border" right after another place belongs to it."""
    if not before or before[-1].kind == "border":
        return False
    return lex.attached.fullmatch(sentence[before[-1].end : place.start].lower()) is not None


def is_destination(sentence: str, place: Place, lex: Places) -> bool:
    """True for "to the southern border", "toward the border with Mexico"."""
    before = sentence[max(0, place.start - 40) : place.start]
    return lex.destination_before.search(before) is not None
