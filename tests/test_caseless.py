"""Catalogue patterns on lower-cased text find exactly what they find on the text as written."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lexicon import LANGUAGES, Pattern, lexicon, rx
from extractors.lexicon.caseless import caseless


def _patterns(value: object) -> Iterator[Pattern]:
    if isinstance(value, re.Pattern):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _patterns(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item)


PATTERNS = [p for lang in LANGUAGES for p in _patterns(lexicon(lang))]

# Catalogue words in any case, the characters of English and Spanish news, and characters
# whose case rules differ from plain lower-casing (long s, dotless i, Kelvin sign, dotted
# capital I, Greek capital sigma), which must send the text down the slow path.
_PIECES = st.sampled_from(
    [
        "troops",
        "TROOPS",
        "National Guard",
        "Guardia Nacional",
        "EJÉRCITO",
        "southern border",
        "Ciudad Juárez",
        "Mexico's",
        "México’s",
        "up to",
        "Title 10",
        "1,500",
        "cuatro mil",
        "Deployed",
        "were sent home",
        "Operation Lone Star",
        "El Paso",
        "Canada",
        "—",
        "–",
        ";",
        ".",
        "\n",
        "\xa0",
        "ſ",
        "ı",
        "\u212a",
        "İ",
        "Σ",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=3), max_size=30).map(" ".join)


def _spans(pattern: Pattern, text: str) -> list[tuple[int, int, int | None]]:
    return [(m.start(), m.end(), m.lastindex) for m in pattern.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_every_catalogue_pattern_finds_the_same_spans(text: str) -> None:
    for pattern in PATTERNS:
        faster, folded = caseless(pattern, text)
        assert _spans(faster, folded) == _spans(pattern, text), pattern.pattern


@pytest.mark.parametrize("text", ["TROOPſ at the border", "ıNTO the border", "\u212aelvin"])
def test_text_lower_casing_would_change_is_matched_as_written(text: str) -> None:
    pattern = rx(r"\b(?:troops|into|kelvin)\b")
    assert caseless(pattern, text) == (pattern, text)
    assert pattern.search(text) is not None  # the flag pairs "ſ" with "s", "ı" with "i"


def test_news_text_runs_on_lower_case() -> None:
    pattern = rx(r"\bguardia nacional\b")
    faster, folded = caseless(pattern, "La GUARDIA Nacional envió “10 mil” elementos — 2025")
    assert not faster.flags & re.IGNORECASE
    assert folded == "la guardia nacional envió “10 mil” elementos — 2025"


@pytest.mark.parametrize("source", [r"\bU\.S\. forces\b", r"(?-i:Guard)", r"\x41rmy", "μ"])
def test_a_pattern_that_decides_case_itself_is_matched_as_written(source: str) -> None:
    pattern = rx(source)
    assert caseless(pattern, "any text") == (pattern, "any text")


def test_a_word_tries_only_the_alternatives_of_its_first_letter() -> None:
    pattern = rx(r"\b(?:troops|(?:state|national) guard|tanks)\b")
    faster, _ = caseless(pattern, "Troops")
    assert faster.pattern == r"\b(?:t(?:roops\b|anks\b)|state guard\b|national guard\b)"
