"""The one-pass place scan tries the place tables only where a word starts, and finds what
the tables find one after the other."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.lexicon import LANGUAGES, lexicon
from extractors.lexicon.alternation import by_first_letter, starts_a_word, word_alternatives
from extractors.places import Kind, _one_pass, place_tables

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


def _one_by_one(lang: str, sentence: str) -> list[tuple[tuple[int, int], Kind]]:
    """The places the tables find tried one after the other at each position."""
    tables = place_tables(lexicon(lang).places)
    joined = re.compile("|".join(f"({p.pattern})" for _, p in tables), re.IGNORECASE)
    kind_of, group = {}, 1
    for kind, pattern in tables:
        kind_of[group] = kind
        group += 1 + pattern.groups
    return [(m.span(), kind_of[m.lastindex or 0]) for m in joined.finditer(sentence)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_scans_from_word_starts(lang: str) -> None:
    # A place pattern that may start inside a word makes the scan try every position:
    # detection gets slower (bench/bench_extract.py), not wrong. Where every place opens
    # with a letter, a word boundary says the same as the look-behind.
    assert _one_pass(lexicon(lang).places)[0].pattern.startswith(("(?<!\\w)", "\\b"))


@settings(max_examples=200, deadline=None)
@given(_SENTENCES)
def test_the_scan_finds_what_the_tables_find(sentence: str) -> None:
    for lang in LANGUAGES:
        scan, kinds = _one_pass(lexicon(lang).places)
        found = [(m.span(), kinds[m.lastindex or 0]) for m in scan.finditer(sentence)]
        assert found == _one_by_one(lang, sentence)


@pytest.mark.parametrize(
    ("source", "starts"),
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
def test_which_patterns_start_a_word(source: str, starts: bool) -> None:
    assert starts_a_word(source) is starts


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        (r"\bborder\b|\bcanada", [r"border\b", "canada"]),
        (r"(?<!\w)(?:a|b(?:c|d))\b", [r"a\b", r"b(?:c|d)\b"]),
        (r"(?<!\w)(?:a|b) c", ["a c", "b c"]),
        (r"\b(?:a|(?:b|c)d)e", ["ae", "bde", "cde"]),
        (r"(?<!\w)(?:a|b)?c", ["(?:a|b)?c"]),
        (r"(?<!\w)x(?:a|b)", ["x(?:a|b)"]),
        (r"\b(?:(?<!new )(?<!to )mexico|canada)", ["m(?<!(?:new )m)(?<!(?:to )m)exico", "canada"]),
    ],
)
def test_the_alternatives_of_a_pattern_thatstarts_a_word(
    source: str, alternatives: list[str]
) -> None:
    assert word_alternatives(source) == alternatives


def test_alternatives_gather_under_their_letter_in_order() -> None:
    alternatives: list[tuple[Kind, str]] = [
        ("usmx", "ab"),
        ("north", "ba"),
        ("south", "ac"),
        ("border", "(?:x)y"),
        ("usmx", "ad"),
        ("north", "b?x"),
    ]
    assert by_first_letter(alternatives) == [
        ("a", [("usmx", "ab"), ("south", "ac")]),
        ("b", [("north", "ba")]),
        ("", [("border", "(?:x)y")]),
        ("a", [("usmx", "ad")]),
        ("", [("north", "b?x")]),
    ]
