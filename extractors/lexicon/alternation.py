"""A pattern's alternatives read from its source, and gathered under their first letters.

Python's `re` tries every alternative of an alternation at every position it scans. A
pattern whose every match starts a word can be written so that, at a word, it tries only
the alternatives that start with the word's letter: the same matches, found sooner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeVar

Tag = TypeVar("Tag")

# The lower-case letter an alternative starts with: not an optional one ("s?") nor one that
# may repeat ("a+").
_FIRST = re.compile(r"[a-z](?![?*+{])")
# A letter that every match starts with (not an optional one: "s?").
_LETTER = re.compile(r"[^\W\d_](?![?*{])")
# Look-behinds without groups that open an alternative, then the letter it starts with.
_BEHIND_THEN_LETTER = re.compile(r"((?:\(\?<!(?:[^()\\]|\\.)*\))+)([a-z])(?![?*+{])")
_BEHIND = re.compile(r"\(\?<!((?:[^()\\]|\\.)*)\)")


def starts_a_word(source: str) -> bool:
    """Whether every match of a pattern starts a word: each of its alternatives starts with
    "(?<!\\w)", or with "\\b" and then a letter."""
    return all(
        a.startswith("(?<!\\w)") or (a.startswith("\\b") and _starts_a_letter(a[2:]))
        for a in alternatives(source)
    )


def word_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern that starts a word, without the boundary that says so,
    and spread over a group that opens them: "\\bborder\\b|\\bcanada" gives "border\\b" and
    "canada", "(?<!\\w)(?:a|b) c" gives "a c" and "b c"; look-behinds that open one move past
    its first letter: "(?<!new )mexico" gives "m(?<!(?:new )m)exico"."""
    out: list[str] = []
    for alternative in alternatives(source):
        if alternative.startswith("\\b"):
            out.extend(_spread(alternative[2:]))
        else:
            out.extend(_spread(alternative.removeprefix("(?<!\\w)")))
    return out


def by_first_letter(tagged: list[tuple[Tag, str]]) -> list[tuple[str, list[tuple[Tag, str]]]]:
    """The alternatives that start with a letter, gathered under it: at a word, only those of
    its first letter can match. One that starts otherwise stays on its own where it stands,
    so that of two alternatives that match at one word the earlier still wins."""
    out: list[tuple[str, list[tuple[Tag, str]]]] = []
    run: dict[str, list[tuple[Tag, str]]] = {}  # by letter, since the last such alternative
    for tag, alternative in tagged:
        if _FIRST.match(alternative):
            run.setdefault(alternative[0], []).append((tag, alternative))
            continue
        out.extend(run.items())
        run = {}
        out.append(("", [(tag, alternative)]))
    out.extend(run.items())
    return out


def word_start(gathered: list[tuple[str, list[tuple[Tag, str]]]]) -> str:
    """What opens a scan from word starts: a word boundary when every alternative opens with
    a letter (it says what the look-behind does, and the engine tests it faster)."""
    return "\\b" if all(letter for letter, _ in gathered) else "(?<!\\w)"


def under_letter(letter: str, tails: list[str]) -> str:
    """The alternatives that start with `letter`, given without it, as one."""
    return f"{letter}(?:{'|'.join(tails)})" if len(tails) > 1 else letter + tails[0]


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    bars = [i for i, c, depth in _structure(source) if c == "|" and depth == 0]
    bounds = [-1, *bars, len(source)]
    return [source[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _spread(alternative: str) -> list[str]:
    """ "(?:a|b)c" as "ac" and "bc": the same matches tried in the same order, each under the
    letter it starts with. A group that is optional or repeats stays whole."""
    if not alternative.startswith("(?:"):
        return [_letter_first(alternative)]
    end = _group_end(alternative)
    rest = alternative[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [alternative]
    return [spread for a in alternatives(alternative[3:end]) for spread in _spread(a + rest)]


def _letter_first(alternative: str) -> str:
    """ "(?<!new )mexico" as "m(?<!(?:new )m)exico": the same matches, opening with the letter
    they start with, so that they gather under it."""
    m = _BEHIND_THEN_LETTER.match(alternative)
    if m is None:
        return alternative
    letter = m.group(2)
    behinds = "".join(f"(?<!(?:{b}){letter})" for b in _BEHIND.findall(m.group(1)))
    return letter + behinds + alternative[m.end() :]


def _starts_a_letter(source: str) -> bool:
    for alternative in alternatives(source):
        if alternative.startswith("(?:"):
            end = _group_end(alternative)
            optional = alternative[end + 1 : end + 2] in ("?", "*", "{")
            if optional or not _starts_a_letter(alternative[3:end]):
                return False
        elif not _LETTER.match(alternative):
            return False
    return True


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
