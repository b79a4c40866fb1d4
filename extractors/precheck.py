"""Raw HTML -> whether the page could be a story about personnel at the border at all.

Reading a page in full (trafilatura, then detection) is the costliest step of the pipeline,
and most news is about something else. A story about deployments always names the people
deployed, so a page whose raw bytes hold none of the words below cannot be relevant and
is not read. "border" is not among them: every stylesheet has it.

The words are data, one tuple per language; `might_matter` is the only reader. A word
matches anywhere, in any case, inside longer words too ("troop" finds "troopers" and
"paratroopers", "militar" finds "militares" and "militarización"); a space in a word
matches any run of whitespace or a non-breaking space.
"""

from __future__ import annotations

import html.entities
import re
from functools import cache

from extractors.model import Lang

# Every personnel word of the detector's own cues (extractors/cues.py) is here or inside
# one of these, so that the pre-check never drops a page the detector would call relevant.
PERSONNEL_WORDS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "troop",
        "soldier",
        "service member",
        "servicemember",
        "national guard",
        "guardsm",
        "marines",
        "active duty",
        "active-duty",
        "reservist",
        "airmen",
        "personnel",
        "military",
        "army",
        "u.s. forces",
        "us forces",
        "american forces",
        "federal forces",
        "agents",
        "officers",
        "police",
        "law enforcement",
    ),
    "es": (
        "tropas",
        "soldado",
        "militar",
        "elementos",
        "efectivos",
        "guardia nacional",
        "ejército",
        "ejercito",
        "agentes",
        "policías",
        "policias",
        "fuerzas armadas",
        "marinos",
    ),
}

_SPACE = rb"(?:\s|&nbsp;|&#160;|&#xa0;|\xc2\xa0)+"


def might_matter(raw_html: bytes) -> bool:
    """Whether the page holds any personnel word (English or Spanish); False means it
    cannot be about a deployment, and reading it in full would be wasted."""
    lowered = raw_html.lower()
    plain, phrases = _matchers()
    return any(word in lowered for word in plain) or phrases.search(lowered) is not None


@cache
def _matchers() -> tuple[tuple[bytes, ...], re.Pattern[bytes]]:
    """Plain words as byte strings for `in` (the cheapest test), words with spaces as one
    pattern; each in every spelling a page may use for its accented letters."""
    words = {w for lang in PERSONNEL_WORDS.values() for w in lang}
    plain = tuple(sorted({v for w in words if " " not in w for v in _spellings(w)}))
    phrases = [
        _SPACE.join(re.escape(part) for part in variant.split(b" "))
        for w in sorted(words)
        if " " in w
        for variant in _spellings(w)
    ]
    return plain, re.compile(b"|".join(phrases))


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
