"""Typography that carries no meaning, made plain before a passage is read.

Pages put no-break spaces between any two words ("Border\\xa0Patrol\\xa0agents"), runs of
spaces where markup was, curly apostrophes ("Mexico’s"), non-breaking hyphens in
"active‑duty", accents written after their letter, Windows line ends, and invisible
characters (zero-width spaces, soft hyphens, byte-order marks). The catalogue is written for
single plain spaces, apostrophes, hyphens and line ends, so a passage is read in those; what
is found in it is reported at the offsets, and in the words, of the passage as it came.

British spelling ("authorised", "mobilised", "Defence") is read as the catalogue's American,
letter for letter, so that it too keeps its offsets.

A name's acronym in brackets says the name again and breaks the phrase it stands in
("Department of Public Safety (DPS) troopers", "la Guardia Nacional (GN) y el Ejército"): it
is read as if it were not there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spaces of every kind, and hyphens: each made the plain one, in its place.
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_ODD_SPACE = re.compile(f"[{_SPACES}]")
_ODD_HYPHEN = re.compile("[\u2010\u2011]")
# "1\u202f500": a thin or no-break space that groups thousands groups them as a comma does.
_GROUPED = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[\u00a0\u2009\u202f]\d{3})+(?!\d)")
_LONE_CR = re.compile(r"\r(?!\n)")
# Two hyphens stand for a dash in plain-text wire copy ("WASHINGTON (AP) -- The ...").
_TWO_HYPHENS = re.compile(r"(?<!-)--(?!-)")
# A letter with accents written after it ("Me\u0301xico"): written as one character, as pages
# mostly write them ("México").
_ACCENTED = re.compile(r"[^\W\d_]([\u0300-\u036f]+)")
_ACCENT = re.compile("[\u0300-\u036f]")
# Characters this module changes: most passages hold none (nor a run of spaces, nor "--").
_UNPLAIN = re.compile(f"[{_SPACES}\u2010\u2011\r\u00ad\u200b\u200c\u200d\u2060\ufeff\u0300-\u036f]")
# An acronym in brackets after a word in lower case: "Safety (DPS)", "Texas (AP)", not a
# place after a place ("Ciudad Juárez (Chihuahua)") nor a dateline's "WASHINGTON (AP)".
_ACRONYM = re.compile(r"( \((?<=[^\W\dA-ZÁÉÍÓÚÑ_] \()(?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z.&]{2,10}\))")
# British spellings of words the catalogue reads, each the same width as the American one:
# the "s" of "-ise", "-ised", "-ising", "-isation" after these stems, and "Defence". Endings
# are found first, by their literal "is", since most passages hold no British spelling.
_IS_ENDING = re.compile(r"is(?:e[sd]?|ing|ations?)\b")
_IZE_STEMS = (
    "mobili", "authori", "organi", "militari", "reali", "recogni", "finali", "prioriti",
    "stabili", "emphasi", "utili", "critici", "apologi",
)  # fmt: skip
_ENCE = re.compile(r"\b([Dd]efen|[Oo]ffen)ce\b")
# What is dropped (each pattern's group): every space of a run but the first, the carriage
# return of a Windows line end, the second hyphen of a dash, characters that show nothing,
# accents once written with their letter, and acronyms in brackets.
_DROPPED = (
    re.compile(" ( +)"),
    re.compile("(\r)\n"),
    re.compile("\u2014(-)"),
    re.compile("([\u00ad\u200b\u200c\u200d\u2060\ufeff\u0300-\u036f]+)"),
    _ACRONYM,
)


@dataclass(frozen=True)
class Plain:
    """A passage in plain typography; `origin` maps its offsets back when characters were
    dropped (empty when every character kept its place)."""

    text: str
    origin: tuple[int, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the passage as it came of `text[start:end]`."""
        if not self.origin or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def plain(text: str) -> Plain:
    """`text` with single plain spaces, plain hyphens, apostrophes, dashes and line ends,
    accents composed with their letters, American spelling, and without invisible characters."""
    if not text.isascii():  # the curly apostrophe of most pages first: a cheap replace
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    dropping: tuple[re.Pattern[str], ...] = _DROPPED
    if "  " in text or "--" in text or _unplain(text) or _british(text):
        same_width = _same_width(text)
    else:
        same_width, dropping = text, (_ACRONYM,)  # most passages: at most an acronym to drop
    dropped = sorted(m.span(1) for pattern in dropping for m in pattern.finditer(same_width))
    if not dropped:
        return Plain(same_width)
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end in [*dropped, (len(same_width), len(same_width))]:
        pieces.append(same_width[at:start])
        origin.extend(range(at, start))
        at = end
    return Plain("".join(pieces), tuple(origin))


def _unplain(text: str) -> bool:
    """Whether `text` holds a character this module changes: of ASCII, only tabs and
    carriage returns, found faster than by a scan for all of them."""
    if text.isascii():
        return "\t" in text or "\r" in text
    return _UNPLAIN.search(text) is not None


def _same_width(text: str) -> str:
    """Spaces, hyphens and line ends made plain, each in its place; a dash made of two
    hyphens, and a letter with accents after it, become the one character and what is to be
    dropped."""
    if any(space in text for space in "\u00a0\u2009\u202f"):
        text = _GROUPED.sub(lambda m: re.sub(r"\D", ",", m.group(0)), text)
    text = _ODD_SPACE.sub(" ", text)
    if "\u2010" in text or "\u2011" in text:
        text = _ODD_HYPHEN.sub("-", text)
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    if _ACCENT.search(text):
        text = _ACCENTED.sub(_composed, text)
    text = _american(text)
    return _TWO_HYPHENS.sub("\u2014-", text) if "--" in text else text


def _british(text: str) -> bool:
    return bool(_british_s(text)) or "efence" in text or "ffence" in text


def _british_s(text: str) -> list[int]:
    """Where the "s" of a British "-ise" spelling is ("authorised")."""
    return [
        m.start() + 1
        for m in _IS_ENDING.finditer(text)
        if text[max(0, m.start() - 8) : m.start() + 1].lower().endswith(_IZE_STEMS)
    ]


def _american(text: str) -> str:
    """ "authorised" -> "authorized", "Defence" -> "Defense", letter for letter."""
    at = _british_s(text)
    if at:
        spelled = list(text)
        for s in at:
            spelled[s] = "z"
        text = "".join(spelled)
    return _ENCE.sub(r"\1se", text) if "fence" in text else text


def _composed(accented: re.Match[str]) -> str:
    """The letter and its accents as one character, then the accents (to be dropped); a
    letter that has no such character loses its accents."""
    return unicodedata.normalize("NFC", accented.group(0))[0] + accented.group(1)
