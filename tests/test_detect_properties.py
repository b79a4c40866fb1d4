"""`detect` on any input: never raises, stays within its contract, and scales linearly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.detect import detect
from extractors.model import FORCES, QUALIFIERS, STATUSES

_NEWSY = st.lists(
    st.sampled_from(
        [
            "The Pentagon will send",
            "up to",
            "about",
            "1,500",
            "eight hundred",
            "2,000 to 4,000",
            "5.2K",
            "active-duty",
            "National Guard",
            "troops",
            "agents",
            "to the southern border",
            "to Poland",
            "already there",
            "could",
            ".",
            ",",
            "\n",
            "-",
            "’s",
        ]
    ),
    max_size=60,
).map(" ".join)


def _check(text: str, title: str | None) -> None:
    detection = detect(text, title)
    assert 0.0 <= detection.score <= 1.0
    if not detection.relevant:
        assert detection.figures == ()
    keys = [(f.value, f.force, f.status) for f in detection.figures]
    assert len(keys) == len(set(keys))
    for f in detection.figures:
        assert text[f.start : f.end] == f.evidence
        assert f.force in FORCES and f.status in STATUSES and f.qualifier in QUALIFIERS
        assert f.value > 0


@settings(max_examples=300, deadline=None)
@given(st.text(), st.none() | st.text(max_size=200))
def test_any_text(text: str, title: str | None) -> None:
    _check(text, title)


@settings(max_examples=300, deadline=None)
@given(_NEWSY, st.none() | _NEWSY)
def test_newsy_word_salad(text: str, title: str | None) -> None:
    _check(text, title)


def test_empty_junk_and_non_english() -> None:
    for text in [
        "",
        " ",
        "\n\n\n",
        "\x00\x01",
        "1" * 10_000,
        "," * 10_000,
        "Войска 1 500 на границе",
    ]:
        _check(text, None)
    _check("Le Pentagone envoie 1 500 soldats à la frontière sud.", "南部边境 1,500 名士兵")


def test_five_megabytes_completes() -> None:
    """Linear design: sentences are capped and no pattern nests quantifiers.

    pytest-timeout (300 s) is the guard; there is no timed assertion.
    """
    paragraph = (
        "The Pentagon is sending up to 1,500 active-duty troops to the southern border, "
        "joining about 2,500 National Guard members already there, officials said. "
    )
    text = paragraph * (5_000_000 // len(paragraph))
    assert detect(text).relevant


def test_one_long_line_without_punctuation_completes() -> None:
    text = ("troops 1,000 " + "a" * 50 + " ") * 10_000
    _check(text, None)
