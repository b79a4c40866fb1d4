"""A page's typography (no-break spaces, runs of spaces, curly apostrophes, non-breaking
hyphens, two hyphens for a dash, accents written after their letter, Windows line ends,
invisible characters) and British spelling change nothing that is read, and evidence stays
the page's own words."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors.detect import detect
from extractors.model import Detection
from extractors.typography import plain

STORY = (
    "Pentagon sends more troops south\n\n"
    "The Pentagon will send about 1,200 active-duty troops to the southern border, "
    "officials said Tuesday.\n\n"
    "They will join roughly 2,400 National Guard members already there."
)
# As a CMS might deliver it: no-break spaces between words, a run of spaces, a non-breaking
# hyphen, Windows line ends, a zero-width space and a soft hyphen.
TYPESET = (
    "Pentagon sends more troops south\r\n\r\n"
    "The Pentagon will send about\u00a01,200 active\u2011duty\u00a0troops to the southern "
    "border,  offi\u00adcials said Tuesday.\r\n\r\n"
    "They will join roughly 2,400\u200b National\u00a0Guard members already there."
)
# What a typesetter may put for a plain character, and what shows nothing at all.
TYPESET_AS = {" ": ("\u00a0", "\u202f", "  ", "\t"), "-": ("\u2011",), "\n": ("\r\n",)}
INVISIBLE = ("\u200b", "\ufeff", "\u00ad", "\u2060")


def _read(detection: Detection) -> list[tuple[int, str, str, str, str]]:
    return sorted((f.value, f.force, f.status, f.qualifier, f.by) for f in detection.figures)


def test_a_typeset_story_reads_as_the_plain_one() -> None:
    clean, typeset = detect(STORY), detect(TYPESET)
    assert _read(clean) == [
        (1200, "active_duty", "ordered", "approx", "us_federal"),
        (2400, "national_guard", "deployed", "approx", "us_federal"),
    ]
    assert _read(typeset) == _read(clean)


def test_a_curly_apostrophe_reads_as_a_straight_one() -> None:
    straight = (
        "Across the river, Mexico's 3,000 National Guard troops patrol the northern border, "
        "officials said."
    )
    curly = straight.replace("'", "\u2019")
    expected = [(3000, "national_guard", "deployed", "exact", "mexico")]
    assert _read(detect(straight)) == _read(detect(curly)) == expected


def test_accents_written_after_their_letters_read_as_accented_letters() -> None:
    composed = (
        "La Guardia Nacional envió 1,200 elementos a la frontera con Estados Unidos, informó "
        "la Secretaría de la Defensa Nacional de México."
    )
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    expected = [(1200, "national_guard", "deployed", "exact", "mexico")]
    assert _read(detect(composed)) == _read(detect(decomposed)) == expected
    for f in detect(decomposed).figures:
        assert decomposed[f.start : f.end] == f.evidence


def test_evidence_is_the_pages_own_words_at_its_own_offsets() -> None:
    evidence = {f.value: f.evidence for f in detect(TYPESET).figures}
    assert evidence[1200] == "about\u00a01,200 active\u2011duty\u00a0troops"
    assert evidence[2400] == "roughly 2,400\u200b National\u00a0Guard members"
    for f in detect(TYPESET).figures:
        assert TYPESET[f.start : f.end] == f.evidence


def test_thousands_grouped_by_thin_or_no_break_spaces_are_one_number() -> None:
    text = "The Pentagon will send 1\u202f500 troops to the southern border, officials said."
    assert [f.value for f in detect(text).figures] == [1500]
    assert plain("in 2019\u00a0500 troops").text == "in 2019 500 troops"  # a year is no group


def test_two_hyphens_are_a_dash_and_a_run_of_spaces_one_space() -> None:
    page = plain("WASHINGTON (AP) --  The Pentagon")
    assert page.text == "WASHINGTON (AP) \u2014 The Pentagon"
    assert page.span(page.text.index("The"), len(page.text)) == (20, 32)


def test_an_acronym_in_brackets_after_its_name_reads_as_the_name_alone() -> None:
    named = (
        "Texas has about 1,800 Department of Public Safety troopers on the border, "
        "Gov. Greg Abbott said."
    )
    acronym = named.replace("Safety", "Safety (DPS)")
    expected = [(1800, "law_enforcement", "deployed", "approx", "state:TX")]
    assert _read(detect(named)) == _read(detect(acronym)) == expected
    joined = (
        "Sheinbaum ordenó la movilización de 10,000 elementos de la Guardia Nacional (GN) y "
        "el Ejército Mexicano a la frontera norte. En Coahuila, 400 elementos de la Guardia "
        "Nacional (GN) reforzarán la seguridad en Piedras Negras."
    )
    assert _read(detect(joined)) == [
        (400, "national_guard", "ordered", "exact", "mexico"),
        (10000, "military", "ordered", "exact", "mexico"),
    ]


def test_british_spelling_reads_as_american_and_evidence_keeps_it() -> None:
    american = (
        "Up to 4,000 National Guard troops are authorized for the southern border mission, "
        "the Defense Department said. Another 500 will be mobilized next month."
    )
    british = american.replace("authorized", "authorised").replace("mobilized", "mobilised")
    british = british.replace("Defense", "Defence")
    expected = [
        (500, "national_guard", "ordered", "exact", "us_federal"),
        (4000, "national_guard", "authorized", "upper", "us_federal"),
    ]
    assert _read(detect(american)) == _read(detect(british)) == expected
    for f in detect(british).figures:
        assert british[f.start : f.end] == f.evidence
    assert plain("the Defence ministry realised").text == "the Defense ministry realized"
    assert plain("a promise to advise").text == "a promise to advise"


def test_a_place_in_brackets_is_kept() -> None:
    """Spanish names a city's state in brackets; a dateline names its agency."""
    for text in ("en Ciudad Juárez (Chihuahua) y", "EL PASO (AP) — La", "Sen. Ted Cruz (R-Texas)"):
        assert plain(text).text == text
    page = plain("DPS troopers of the Department of Public Safety (DPS) went")
    assert page.text == "DPS troopers of the Department of Public Safety went"
    assert page.span(page.text.index("went"), len(page.text)) == (54, 58)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(STORY) - 1), st.integers(0, 4)), max_size=16))
def test_typesetting_changes_no_figure(marks: list[tuple[int, int]]) -> None:
    """Plain characters typeset otherwise, and invisible ones put anywhere."""
    text = STORY
    for at, choice in sorted(marks, reverse=True):
        typeset = TYPESET_AS.get(text[at])
        if typeset:
            text = text[:at] + typeset[choice % len(typeset)] + text[at + 1 :]
        else:
            text = text[:at] + INVISIBLE[choice % len(INVISIBLE)] + text[at:]
    detection = detect(text)
    assert _read(detection) == _read(detect(STORY))
    for f in detection.figures:
        assert text[f.start : f.end] == f.evidence


@given(st.text())
@example("Me\u0301xico  --\r\n\u200bx")
def test_plain_offsets_point_back_into_the_text(text: str) -> None:
    page = plain(text)
    assert len(page.text) <= len(text)
    for k in range(len(page.text)):
        start, end = page.span(k, k + 1)
        assert end == start + 1
        original, read = text[start], page.text[k]
        unaccented = unicodedata.normalize("NFD", read)[0]
        assert (
            read == original
            or unaccented == original
            or not original.isascii()
            or (original.isspace() or original == "-")
        )
