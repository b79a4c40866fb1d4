"""Passage -> how strongly it is a story about personnel sent to the US-Mexico border."""

from __future__ import annotations

import math
from collections.abc import Callable

from extractors.lexicon import Lexicon
from extractors.lexicon.caseless import finds, lowered, matches, search
from extractors.places import (
    Place,
    is_destination,
    places,
    seen_from,
    sentence_side,
    without_datelines,
)

# A headline says what the story is about: it weighs as much as this many body sentences.
TITLE_WEIGHT = 2
# Personnel sent *to* the US-Mexico border is the story itself, not a passing mention.
DESTINATION_WEIGHT = 3
# One passing mention of troops at the border (+1) does not make a story about them.
THRESHOLD = 1.5


def sentence_evidence(
    sentence: str,
    southwest: Callable[[], bool],
    lex: Lexicon,
    mexican_view: Callable[[], bool] = lambda: False,
    counted_here: Callable[[], bool] = lambda: False,
) -> int:
    """+ for personnel at or sent to the US-Mexico border, - for personnel sent elsewhere.

    `southwest()`: the passage speaks of Mexico, migrants or Border Patrol, so that a bare
    "the border" means the US-Mexico border; asked only of a sentence with a bare border.
    Staffing ("the agency employs 19,000 agents") places nobody: it weighs nothing, unless the
    sentence also names troops ("the Guard stays until troopers are hired"); nor does a
    sentence that names troops only as a need something will reduce. A sentence that gives
    the people at two borders ("6 mil 500 en la frontera sur; en la frontera norte, 15 mil")
    is a passing mention of this one when `counted_here()`, a figure of it goes here.
    """
    troops = finds(lex.relevance.military_words, sentence)
    if not (troops or _sends_officers(sentence, lex)):
        return 0
    side = sentence_side(sentence, lex.deployers.federal, lex.deployers.mexico, mexican_view)
    found = seen_from(places(sentence, lex.places), side)
    bare_is_usmx = any(p.kind == "border" for p in found) and southwest()
    here = [p for p in found if p.kind == "usmx" or (bare_is_usmx and p.kind == "border")]
    there = [p for p in found if p.kind == "elsewhere"]
    value = _side(sentence, here, there, lex) - _side(sentence, there, here, lex)
    elsewhere_apart = _other_borders(sentence, there, lex) or _after_contrast(
        sentence, here, there, lex
    )
    if value <= 0 and here and elsewhere_apart and counted_here():
        value = 1
    if value <= 0 and here and there and finds(lex.relevance.leave_verbs, sentence):
        value = 1  # "pulled from the border in Nogales and sent to Sinaloa"
    if not value or finds(lex.relevance.need_less, sentence):
        return 0  # "the wall will reduce the need for troops deployed there"
    return 0 if not troops and finds(lex.relevance.staffing, sentence) else value


def _other_borders(sentence: str, there: list[Place], lex: Lexicon) -> bool:
    """Every place elsewhere is another border ("la frontera sur", "its border with Guatemala")."""
    border = lex.places.border
    return bool(there) and all(border.search(sentence, p.start, p.end) for p in there)


def _after_contrast(sentence: str, here: list[Place], there: list[Place], lex: Lexicon) -> bool:
    """Every place elsewhere comes after a turn to other people than those placed here: "14.900
    elementos vigilan la frontera norte, mientras que el resto se encuentra en Chiapas"."""
    turn = search(lex.relevance.contrast, sentence, here[0].end) if here and there else None
    return turn is not None and all(p.start > turn.start() for p in there)


def _side(sentence: str, mine: list[Place], theirs: list[Place], lex: Lexicon) -> int:
    if not mine:
        return 0
    if _moved_to(sentence, mine, lex):
        return DESTINATION_WEIGHT if not _moved_to(sentence, theirs, lex) else 1
    return 0 if theirs else 1


def _moved_to(sentence: str, found: list[Place], lex: Lexicon) -> bool:
    """People sent to one of the places, or on an errand there ("to help flooded towns after
    Hurricane Hanna")."""
    return any(
        is_destination(sentence, p, lex.places) or _errand(sentence, p, lex) for p in found
    ) and finds(lex.relevance.move_verbs, sentence)


def _errand(sentence: str, place: Place, lex: Lexicon) -> bool:
    return place.kind == "elsewhere" and lex.places.errand.match(sentence, place.start) is not None


def _sends_officers(sentence: str, lex: Lexicon) -> bool:
    words = lex.relevance
    return finds(words.civilian_words, sentence) and finds(words.move_verbs, sentence)


def southwest_context(text: str, lex: Lexicon) -> bool:
    """Whether a bare "the border" means the US-Mexico border: the passage speaks of Mexico,
    migrants or Border Patrol, names a place on that border ("the San Diego sector"), or names
    no other border or place troops could go; not when it tells of Canada's border before any
    of these and names no place on this one."""
    places = lex.places
    read = lowered(text)  # as the searches below read it
    lower = read[0] if read else text.lower()
    named = any(name in lower for name in places.canada_names)
    canada = [m.span() for m in matches(places.canada_border, text)] if named else []
    if not canada:
        return (
            finds(places.southwest_context, text)
            or finds(places.us_mexico, text)
            or not finds(places.elsewhere, without_datelines(text))
        )
    if any(not _within(m.span(), canada) for m in matches(places.us_mexico, text)):
        return True
    # Canada's pledge for its border, in a story that names Mexico only after it
    southwest = search(places.southwest_context, text)
    return southwest is not None and southwest.start() < canada[0][0]


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def passage_score(evidence: list[int], title_evidence: int) -> float:
    """A logistic squash of the summed evidence; above 0.5 means relevant. When the first
    sentence that says anything places people at this border, the story is about them, and
    people sent elsewhere later ("Last year, Texas sent Guard units to Louisiana", "In other
    news, 3,000 troops leave for Poland") are an aside that takes nothing from it."""
    about_here = next((e for e in evidence if e), 0) > 0
    total = sum(e for e in evidence if e > 0 or not about_here)
    total += TITLE_WEIGHT * title_evidence
    return 1.0 / (1.0 + math.exp(THRESHOLD - total))
