"""Text -> sentence spans, in one linear pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence longer than this is cut into pieces, so later per-sentence work stays bounded.
MAX_SENTENCE = 1200
# A line this short without closing punctuation is read as a headline or a link title.
HEADLINE_MAX = 160

# A line without the whitespace around it (blank lines have none).
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_BOUNDARY = re.compile(r"([.!?][\"'”’)\]]?)\s+(?=[\"“‘(\[]?[A-Z0-9])")
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_ABBREVIATIONS = frozenset(
    str.split(
        "mr mrs ms dr st gen lt col maj sgt capt adm rep sen gov pres jan feb mar apr jun jul aug "
        "sep sept oct nov dec no vs ft mt jr sr inc corp co ariz calif colo fla ky tenn wash ala "
        "ark conn del ill ind kan la md mass mich minn miss mo mont neb nev okla ore pa tex va wis "
        "wyo approx est dept"
    )
)


@dataclass(frozen=True)
class Sentence:
    """A span of the text; `headline` marks short lines without closing punctuation."""

    start: int
    end: int
    headline: bool


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of every non-blank line, each at most MAX_SENTENCE characters long."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        headline = end - start <= HEADLINE_MAX and text[end - 1] not in ".!?\"'”’:;"
        for s, e in _split_line(text, start, end):
            if e - s <= MAX_SENTENCE:
                out.append(Sentence(s, e, headline))
            else:
                out.extend(_cap(s, e, headline))
    return tuple(out)


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text[max(begin, m.start() - 12) : m.start()]):
            continue
        spans.append((begin, m.end(1)))
        begin = m.end()
    spans.append((begin, end))
    return spans  # each ends on its punctuation and closing quote, the next after the spaces


def _is_abbreviation(before: str) -> bool:
    """True when the period ending `before` closes an abbreviation like "Gen.", "then-Gov."
    or "U.S."."""
    if not before or before[-1].isspace():
        return False
    token = before.split()[-1].strip("\"'“‘(")
    if _NUMBER.fullmatch(token):
        return False  # "... a unos 11.000. En El Paso": a number grouped by points ends it
    word = token.lower().rsplit("-", 1)[-1]  # "then-Gov."
    initial = len(token) == 1 and not token.isdigit()  # "J." but not "by Sept. 1."
    return initial or "." in token or word in _ABBREVIATIONS


def _cap(start: int, end: int, headline: bool) -> list[Sentence]:
    return [
        Sentence(s, min(s + MAX_SENTENCE, end), headline) for s in range(start, end, MAX_SENTENCE)
    ]


def sentence_around(text: str, start: int, end: int) -> str | None:
    """The sentence that holds text[start:end], or None when the offsets fall outside `text`."""
    if not 0 <= start < end <= len(text):
        return None
    for sentence in split_sentences(text):
        if sentence.start <= start < sentence.end:
            return text[sentence.start : max(end, sentence.end)]
    return None
