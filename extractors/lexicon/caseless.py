"""Catalogue patterns run on lower-cased text: the same matches, about twice as fast.

Every catalogue pattern ignores case (`rx`). Python's `re` cannot skip ahead over text that
way: at each word it tries every alternative letter by letter. The same pattern without the
flag, run on the text in lower case, fails at most words on its first letter, and finds the
same spans, because lower-casing keeps every offset and decides case the way the flag does
for the characters news is written in (Latin-1 and general punctuation: letters, accents,
curly quotes, dashes). A text with any other character, or a pattern that names an upper-case
letter or sets its own flags, is matched as written. A text of plain ASCII is read with
the pattern in ASCII mode, where word characters and spaces are the same and tested faster.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

from extractors.lexicon.alternation import (
    by_first_letter,
    starts_a_word,
    under_letter,
    word_alternatives,
    word_start,
)

Pattern = re.Pattern[str]

# Characters for which lower-casing decides a match the way the flag does: Latin-1 and
# general punctuation. Beyond them, some lower-case to two characters ("İ"), and some match
# a letter they do not lower-case to (the flag matches "ſ" with "s").
_EXACT = re.compile(r"[\x00-\xff\u2000-\u206f]*")
# The characters of those besides ASCII that are no letter, digit, space or "_" and have no
# case (curly quotes, dashes, "©"): Unicode and ASCII read them alike, as no "\w", "\s", "\d".
_SYMBOLS = "".join(
    c
    for c in map(chr, [*range(0x80, 0x100), *range(0x2000, 0x2070)])
    if not (c.isalnum() or c.isspace() or c == "_") and c.lower() == c
)
# A text read alike as Unicode and as ASCII: ASCII less the Unicode-only spaces, and symbols.
_AS_ASCII = re.compile(f"[\\x00-\\x1b\\x20-\\x7f{re.escape(_SYMBOLS)}]*")
# What a foldable pattern may hold besides lower-case text: class escapes and escaped symbols.
_ESCAPE = re.compile(r"\\(?:[bBdDsSwW]|[^0-9A-Za-z])")
_OWN_FLAGS = re.compile(r"\(\?[aiLmsux-]")
# Each pattern's case-sensitive twins, for any text and for plain ASCII, by the pattern's
# identity: hashing a compiled pattern hashes its whole program, which costs more than a
# search of a sentence. The entry holds the pattern itself, so that its identity is never
# reused.
_TWINS: dict[int, tuple[Pattern, tuple[Pattern, Pattern] | None]] = {}


def caseless(pattern: Pattern, text: str) -> tuple[Pattern, str]:
    """The pattern and the text to run it on: `pattern.search(text)` and
    `caseless(pattern, text)` give matches with the same offsets (the matched text may be
    in lower case)."""
    entry = _TWINS.get(id(pattern))
    if entry is None:
        entry = _TWINS[id(pattern)] = (pattern, _twins(pattern))
    twins = entry[1]
    if twins is None:
        return pattern, text
    read = lowered(text)
    if read is None:
        return pattern, text
    low, plain_ascii = read
    return twins[1] if plain_ascii else twins[0], low


def finds(pattern: Pattern, text: str) -> bool:
    """Whether `pattern` matches anywhere in `text`."""
    pattern, text = caseless(pattern, text)
    return pattern.search(text) is not None


def search(
    pattern: Pattern, text: str, start: int = 0, end: int = sys.maxsize
) -> re.Match[str] | None:
    """`pattern.search(text, start, end)`, at the same offsets (the matched text may be in
    lower case)."""
    pattern, text = caseless(pattern, text)
    return pattern.search(text, start, end)


def matches(pattern: Pattern, text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, at the same offsets (the matched text may be in lower case)."""
    pattern, text = caseless(pattern, text)
    return pattern.finditer(text)


@lru_cache(maxsize=64)  # a sentence is read by many patterns: lowered once for all
def lowered(text: str) -> tuple[str, bool] | None:
    """`text` in lower case and whether it reads as plain ASCII (no Unicode-only spaces, and
    besides ASCII only symbols such as curly quotes and dashes), or None when lower-casing
    would not match the way the flag does. The Unicode-only spaces are the control characters
    Unicode counts as spaces and ASCII does not (file, group, record and unit separators): in
    a text of ASCII without them, and with symbols that neither reads as a word character, a
    space or a digit, "\\w", "\\s", "\\d" and "\\b" match the same characters whether read as
    Unicode or as ASCII, which the engine tests faster."""
    if text.isascii():
        # The Unicode-only spaces one by one: a loop over them costs more than the searches.
        spaces = "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text
        return text.lower(), not spaces
    if _EXACT.fullmatch(text):
        return text.lower(), _AS_ASCII.fullmatch(text) is not None
    return None


def _twins(pattern: Pattern) -> tuple[Pattern, Pattern] | None:
    """The case-sensitive twin of `pattern` for any text, and the same read as ASCII."""
    twin = _case_sensitive(pattern)
    if twin is None:
        return None
    return twin, re.compile(twin.pattern, twin.flags & ~re.UNICODE | re.ASCII)


def _case_sensitive(pattern: Pattern) -> Pattern | None:
    """The pattern without the ignore-case flag, when it names only lower-case letters of
    the characters lower-casing is exact for."""
    source = _ESCAPE.sub("", pattern.pattern)
    if not pattern.flags & re.IGNORECASE or _OWN_FLAGS.search(source) or "\\" in source:
        return None
    if any(c != c.lower() for c in source) or not _EXACT.fullmatch(source):
        return None
    return re.compile(_by_letter(pattern), pattern.flags & ~re.IGNORECASE)


def _by_letter(pattern: Pattern) -> str:
    """The source of a pattern whose every match starts a word, with its alternatives
    gathered under their first letters: at a word, the scan tries only those of its letter.
    A pattern with groups is kept as written, so that its groups keep their numbers."""
    if pattern.groups or not starts_a_word(pattern.pattern):
        return pattern.pattern
    gathered = by_first_letter([(None, a) for a in word_alternatives(pattern.pattern)])
    letters = [
        under_letter(letter, [a[len(letter) :] for _, a in tagged]) for letter, tagged in gathered
    ]
    return f"{word_start(gathered)}(?:{'|'.join(letters)})"
