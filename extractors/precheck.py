"""Raw HTML -> whether the page could be a story about personnel at the border at all.

Reading a page in full (trafilatura, then detection) is the costliest step of the pipeline,
and most news is about something else. A story about deployments always names the people
deployed, so a page whose raw bytes hold none of the screening words of the language
catalogues cannot be relevant and is not read. "border" is not among them: every
stylesheet has it.

The words are data, one tuple per language; `might_matter` is the only reader. A word
matches anywhere, in any case, inside longer words too ("troop" finds "troopers" and
"paratroopers", "militar" finds "militares" and "militarización"); a space in a word
matches any run of whitespace or a non-breaking space.
"""

from __future__ import annotations

import html.entities
import re
from functools import cache

from ahocorasick_rs import BytesAhoCorasick

from extractors.lexicon import LANGUAGES, lexicon
from extractors.model import Lang

# The catalogue of each language lists the words (extractors/lexicon): every personnel word
# the detector reads is one of them or holds one, so the pre-check never drops a page the
# detector would call relevant.
PERSONNEL_WORDS: dict[Lang, tuple[str, ...]] = {
    lang: lexicon(lang).screening_words for lang in LANGUAGES
}

_SPACE = rb"(?:\s|&nbsp;|&#160;|&#xa0;|\xc2\xa0)+"


def might_matter(raw_html: bytes) -> bool:
    """Whether the page holds any personnel word (English or Spanish); False means it
    cannot be about a deployment, and reading it in full would be wasted."""
    lowered = raw_html.lower()
    automaton, phrases = _matchers()
    found = {key for key, _, _ in automaton.find_matches_as_indexes(lowered, overlapping=True)}
    if any(phrases[key] is None for key in found):
        return True
    return any(phrase.search(lowered) for key in found if (phrase := phrases[key]))


@cache
def _matchers() -> tuple[BytesAhoCorasick, list[re.Pattern[bytes] | None]]:
    """One automaton finds every word in one pass over the page. A word with spaces is
    found by its last word, then confirmed by a pattern that allows any whitespace
    between its words; plain words need no confirmation (None)."""
    keys: list[bytes] = []
    phrases: list[re.Pattern[bytes] | None] = []
    for word in sorted({w for lang in PERSONNEL_WORDS.values() for w in lang}):
        for variant in sorted(_spellings(word)):
            parts = variant.split(b" ")
            keys.append(parts[-1])
            pattern = _SPACE.join(re.escape(part) for part in parts)
            phrases.append(re.compile(pattern) if len(parts) > 1 else None)
    return BytesAhoCorasick(keys), phrases


def _spellings(word: str) -> set[bytes]:
    """UTF-8 and Latin-1 bytes, and the HTML entities (&eacute; &#233;) for accented letters."""
    named = "".join(
        f"&{html.entities.codepoint2name[ord(c)]};" if ord(c) > 127 else c for c in word
    )
    numeric = "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in word)
    return {
        word.encode("utf-8"),
        word.encode("latin-1", "replace"),
        named.encode("ascii"),
        numeric.encode("ascii"),
    }
