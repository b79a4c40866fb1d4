"""The one-pass place scan tries the place tables only where a word starts, and finds what
the tables find one after the other."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lexicon import LANGUAGES, lexicon
from extractors.places import _one_pass, _starts_a_word

_PIECES = st.sampled_from(
    [
        "the southern border",
        "Mexico's northern border",
        "its northern border",
        "the U.S.-Mexico border",
        "la frontera norte",
        "la frontera sur de México",
        "Canada",
        "Poland",
        "border patrol",
        "El Paso",
        "Ciudad Juárez",
        "xborder",
        "_border",
        "9border",
        "-border",
        "’s",
        ".",
        ",",
        "\n",
        "ſ",
    ]
)
_SENTENCES = st.lists(_PIECES | st.text(max_size=3), max_size=25).map(" ".join)


def _unhoisted(lang: str) -> re.Pattern[str]:
    places = lexicon(lang).places
    tables = (
        places.foreign_south,
        places.mexico_north,
        places.northern_border,
        places.southern_border,
        places.us_mexico,
        places.elsewhere,
        places.border,
    )
    return re.compile("|".join(f"({p.pattern})" for p in tables), re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_scans_from_word_starts(lang: str) -> None:
    # A place pattern that may start inside a word makes the scan try every position:
    # detection gets slower (bench/bench_extract.py), not wrong.
    assert _one_pass(lexicon(lang).places)[0].pattern.startswith("(?<!\\w)")


@settings(max_examples=200, deadline=None)
@given(_SENTENCES)
def test_the_scan_finds_what_the_tables_find(sentence: str) -> None:
    for lang in LANGUAGES:
        scan = _one_pass(lexicon(lang).places)[0]
        spans = [(m.span(), m.lastindex) for m in scan.finditer(sentence)]
        assert spans == [(m.span(), m.lastindex) for m in _unhoisted(lang).finditer(sentence)]


@pytest.mark.parametrize(
    ("source", "starts_a_word"),
    [
        (r"\bborder\b", True),
        (r"(?<!\w)(?:canada|poland)", True),
        (r"\bmexico'?s? northern border|\bits northern border", True),
        (r"\b(?:ab|(?:c|d)e)f|\bx", True),
        (r"\bs?outh", False),  # the letter after the boundary may be absent
        (r"\b(?:a|b)?x", False),
        (r"\b(?:a|\d)", False),
        (r"\b-x", False),  # a boundary before "-" follows a word
        (r"\bnorth|south", False),
        (r"[|]|\bx", False),
        (r"\bx|[\]|]", False),
    ],
)
def test_which_patterns_start_a_word(source: str, starts_a_word: bool) -> None:
    assert _starts_a_word(source) is starts_a_word
