"""Sentence -> the cardinal numbers it states, in digits or in words, with their spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num


@dataclass(frozen=True)
class Number:
    """A number stated in a sentence; `ranged` when it is the upper end of "A to B"."""

    value: int
    start: int
    end: int
    ranged: bool = False


_DIGITS = re.compile(
    r"(?<![\w.,$£€:/#])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s?([kK])\b|\s+(thousand|million)\b)?(?![\w%:/]|[.,]\d)"
)
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_HYPHEN_UNIT = re.compile(r"-(?:strong|troops?|soldiers?|members?|personnel|person|man)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_MONTH_BEFORE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|title|section|"
    r"no\.|number|page|route|highway|interstate|i-)\s*$",
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|tens|hundreds|thousands|of)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or|and)\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)
_MULTIPLIERS = frozenset({"hundred", "thousand", "million", "billion"})
_SCALE = {"k": 1000, "thousand": 1000, "million": 1_000_000}
_DOZEN = 12
_MAX_DIGITS = 15


def find_numbers(sentence: str) -> tuple[Number, ...]:
    """Numbers of the sentence in order; a range "A to B" becomes one Number valued B."""
    digits = _digit_numbers(sentence)
    taken = {i for n in digits for i in range(n.start, n.end)}
    words = [n for n in _word_numbers(sentence) if n.start not in taken]
    found = sorted(digits + words, key=lambda n: n.start)
    return tuple(_join_ranges(sentence, found))


def _digit_numbers(sentence: str) -> list[Number]:
    out: list[Number] = []
    for m in _DIGITS.finditer(sentence):
        whole, fraction, k, word = m.groups()
        if len(whole) > _MAX_DIGITS:
            continue
        scale = _SCALE.get((k or word or "").lower(), 1)
        if scale == 1 and fraction:
            continue
        value = int(float(whole.replace(",", "") + (fraction or "")) * scale)
        if _is_year(whole, scale) or _is_date(sentence, m.start()):
            continue
        if _HYPHEN_WORD.match(sentence, m.end()) and not _HYPHEN_UNIT.match(sentence, m.end()):
            continue
        out.append(Number(value, m.start(), m.end()))
    return out


def _is_year(whole: str, scale: int) -> bool:
    return scale == 1 and len(whole) == 4 and 1800 <= int(whole) <= 2099


def _is_date(sentence: str, start: int) -> bool:
    return _MONTH_BEFORE.search(sentence[max(0, start - 12) : start]) is not None


def _word_numbers(sentence: str) -> list[Number]:
    out: list[Number] = []
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(sentence):
        if _is_number_word(m.group(0)) or (run and _joins(m.group(0))):
            run.append(m)
            continue
        out.extend(_run_number(sentence, run))
        run = [m] if m.group(0).lower() == "a" else []
    out.extend(_run_number(sentence, run))
    return out


def _joins(word: str) -> bool:
    return word.lower() == "and"


@lru_cache(maxsize=4096)
def _is_number_word(word: str) -> bool:
    lower = word.lower()
    if lower == "dozen":
        return True
    if lower.endswith("s") or lower in {"a", "and"}:
        return False  # "hundreds", "thousands": vague amounts, never figures
    return _parse(lower) is not None


@lru_cache(maxsize=4096)
def _parse(words: str) -> int | None:
    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def _run_number(sentence: str, run: list[re.Match[str]]) -> list[Number]:
    while run and not _is_number_word(run[-1].group(0)):
        run = run[:-1]
    words = [m.group(0).lower() for m in run]
    if not words or words == ["a"]:
        return []
    start, end = run[0].start(), run[-1].end()
    if _VAGUE_BEFORE.search(sentence[max(0, start - 12) : start]) and words[0] != "a":
        return []
    if len(words) == 1 and words[0] in _MULTIPLIERS:
        return []  # a bare "million" belongs to a digit number or is no count at all
    value = _words_value(words)
    if value is not None and _HALF_BEFORE.search(sentence[max(0, start - 6) : start]):
        value //= 2
    return [] if value is None else [Number(value, start, end)]


def _words_value(words: list[str]) -> int | None:
    if words[0] == "a":
        words = ["one", *words[1:]]
    if words[-1] == "dozen":
        count = _parse(" ".join(words[:-1])) if len(words) > 1 else 1
        return None if count is None else count * _DOZEN
    return _parse(" ".join(words))


def _join_ranges(sentence: str, numbers: list[Number]) -> list[Number]:
    out: list[Number] = []
    for number in numbers:
        if out and _is_range(sentence, out[-1], number):
            low = out.pop()
            number = Number(number.value, low.start, number.end, ranged=True)
        out.append(number)
    return out


def _is_range(sentence: str, low: Number, high: Number) -> bool:
    join = sentence[low.end : high.start]
    if not _RANGE_JOIN.fullmatch(join) or low.value >= high.value:
        return False
    before = sentence[max(0, low.start - 30) : low.start]
    if "and" in join:
        return _BETWEEN.search(before) is not None
    return _FROM.search(before) is None
