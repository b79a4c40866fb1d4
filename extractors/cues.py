"""Word lists that carry meaning: personnel, components, status, qualifiers, places.

Every pattern is bounded (no nested quantifiers) and is only run over one sentence.
"""

from __future__ import annotations

import re

from extractors.model import Force, Qualifier, Status

_I = re.IGNORECASE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Heads of a noun phrase that counts people in uniform or with a badge.
PERSONNEL_HEADS = _words(
    """troops soldiers servicemembers members personnel forces marines sailors airmen
    guardsmen guardsman reservists agents officers police troopers deputies men paratroopers
    augmentees lawyers drivers engineers medics mps staffers marshals"""
)
# Words that may stand between a number and its head ("1,500 further active-duty troops").
STOP_WORDS = _words(
    """to from in at on for by per with who that which will would are is were was have has had
    be been being percent a an the of into than as across each every this these those it its
    their his her they he she we our while during since until after before over under about
    said says say could can may might should must"""
)

# Components, tested on the words of a figure's own noun phrase.
_COMPONENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("guard", re.compile(r"\b(?<!coast )(?:national )?guard(?:s?men|sman|smen)?\b", _I)),
    ("reserve", re.compile(r"\breserv(?:e|es|ists?)\b", _I)),
    ("active", re.compile(r"\bactive[- ]duty\b|\btitle 10\b|\bregular army\b", _I)),
    ("active", re.compile(r"\b(?:u\.?s\.? |united states )?(?:army|marines?|marine corps)\b", _I)),
    (
        "police",
        re.compile(
            r"\b(?:agents|officers|police|troopers|deputies|law enforcement|border patrol)\b", _I
        ),
    ),
    ("generic", re.compile(r"\b(?:troops|soldiers|service ?members|personnel|forces)\b", _I)),
)
_ARMY_GUARD = re.compile(r"\b(?:army|air) national guard\b", _I)
_MILITARY_POLICE = re.compile(r"\bmilitary police\b", _I)


def components(phrase: str) -> frozenset[str]:
    """The service components a noun phrase names ("generic" when it names none)."""
    phrase = _MILITARY_POLICE.sub("military", _ARMY_GUARD.sub("national guard", phrase))
    found = {name for name, pattern in _COMPONENTS if pattern.search(phrase)}
    if "active" in found and "guard" in found and _only_guard_as_army(phrase):
        found.discard("active")
    return frozenset(found)


def _only_guard_as_army(phrase: str) -> bool:
    return re.search(r"active[- ]duty|title 10|marines?", phrase, _I) is None


def force_of(phrase: str) -> Force | None:
    """One component -> its force; a stated mix -> military; none stated -> None."""
    parts = [components(part) for part in _CONJUNCTION.split(phrase)]
    named = set().union(*parts) - {"generic"}
    if len(named) > 1 or (named and any(part == {"generic"} for part in parts)):
        return "military"
    return _FORCE[named.pop()] if named else None


_CONJUNCTION = re.compile(r"\s+(?:and|or|&)\s+|,\s+", re.IGNORECASE)


def last_force(text: str) -> Force | None:
    """The force of the last component `text` names ("generic" words do not count)."""
    text = _MILITARY_POLICE.sub("military", _ARMY_GUARD.sub("national guard", text))
    best: tuple[int, str] | None = None
    for name, pattern in _COMPONENTS:
        for m in pattern.finditer(text):
            if name != "generic" and (best is None or m.end() > best[0]):
                best = (m.end(), name)
    return _FORCE[best[1]] if best else None


_FORCE: dict[str, Force] = {
    "guard": "national_guard",
    "reserve": "military",
    "active": "active_duty",
    "police": "law_enforcement",
}


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


# Qualifiers, matched against the words just before a number.
QUALIFIERS: tuple[tuple[re.Pattern[str], Qualifier], ...] = (
    (
        _rx(
            r"\b(?:up to|as many as|no more than|not more than|a maximum of|at most|fewer than|"
            r"less than)\s+(?:about |around |roughly )?$"
        ),
        "upper",
    ),
    (
        _rx(
            r"\b(?:at least|more than|over|upwards of|in excess of|a minimum of|a minimum)\s+"
            r"(?:about |around |roughly )?$"
        ),
        "lower",
    ),
    (
        _rx(
            r"(?:\b(?:about|around|approximately|roughly|nearly|almost|close to|some|an estimated|"
            r"estimated|near|approx\.?)|~)\s*$"
        ),
        "approx",
    ),
)

# Status cues. The verdict comes from the cue nearest to the number, except that
# OVERRIDES (modality, anteriority) reach over a later verb: "preparing to order 800".
OVERRIDES: tuple[tuple[re.Pattern[str], Status], ...] = (
    (
        _rx(
            r"\b(?:could|might|may|would|likely|possibly|potentially|weighs?|weighing|"
            r"consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|prepar(?:es|ing) to|expected to|"
            r"offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|seek(?:s|ing)?|wants?|wanted|"
            r"call(?:s|ed)? for|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|option)\b"
        ),
        "proposed",
    ),
    (
        _rx(
            r"\b(?:had(?: \w+ly)? (?:\w+ed|sent|stationed)|initially|originally|previously|"
            r"formerly|last year|at (?:its|the) (?:peak|height)|peaked)\b"
        ),
        "previous",
    ),
    (_rx(r"\b(?:authoriz\w*|troop cap|caps?|capped|ceiling)\b"), "authorized"),
    (_rx(r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)? for)\b"), "proposed"),
    (_rx(r"\b(?:approv\w*|grant\w*|sign\w*|accept\w*) (?:\S+ ){0,4}?request\w*"), "ordered"),
)
NEAREST: tuple[tuple[re.Pattern[str], Status], ...] = (
    (_rx(r"\b(?:plans? for)\b"), "proposed"),
    (
        _rx(
            r"\b(?:order(?:s|ed|ing)?|send(?:s|ing)?|sent|"
            r"deploy(?:s|ing)?|to deploy|dispatch\w*|approv(?:e|es|ed|ing)|announc\w*|"
            r"mobiliz\w*|activat\w*|additional|more(?! than)|another|further|extra|new|"
            r"pledg\w*|surg(?:e|es|ed|ing)|add(?:s|ed|ing)?|arriv\w*|"
            r"plans? to|redirect\w*|reassign\w*|shift\w*|boost\w*|bolster\w*|will)\b"
        ),
        "ordered",
    ),
    (
        _rx(
            r"\b(?:currently|now|today|there are|already|remain\w*|stationed|on duty|in place|"
            r"ha(?:s|ve) (?:already )?(?:sent|deployed)|ha(?:s|ve) been (?:sent|deployed)|"
            r"brings|current(?:ly)?|newly[- ]deployed|man|mans|manning|serving|in addition to|"
            r"join\w*|augment\w*|alongside|supplement\w*|reinforc\w*)\b"
        ),
        "deployed",
    ),
    (
        _rx(
            r"\b(?:withdraw\w*|pull(?:s|ed|ing)? (?:out|back)|(?:bring|send|go|return|head)"
            r"(?:s|ing)? home|sent home|leav(?:e|es|ing)|depart(?:s|ed|ing|ure)?|"
            r"draw(?:ing)? ?down|pull(?:s|ed|ing)?|remov(?:e|es|ed|ing)|demobiliz\w*|"
            r"(?:cut|reduc\w*|trim\w*) (?:\w+ ){0,3}?by)\b"
        ),
        "withdrawn",
    ),
)
# Predicates right after a figure's noun phrase ("... remain at the border").
AFTER: tuple[tuple[re.Pattern[str], Status], ...] = (
    (
        _rx(
            r"^\W*(?:\w+ ){0,3}?(?:had (?:\w+ )?(?:been )?(?:\w+ed|sent)|"
            r"were (?:deployed|stationed))\b"
        ),
        "previous",
    ),
    (
        _rx(
            r"^\W*(?:\w+ ){0,6}?(?:to leave|will leave|leaving|(?:to|will) (?:return|go|head) home|"
            r"ordered (?:\w+ )?home|(?:returned|went|headed|came|flew) home|"
            r"withdraw\w*|(?:are|were|will be) (?:sent|brought) home|pull(?:ed|ing)? out)\b"
        ),
        "withdrawn",
    ),
    (_rx(r"^\W*(?:\w+ ){0,3}?authorized\b"), "authorized"),
    (
        _rx(
            r"^\W*(?:\w+ ){0,3}?(?:already|remain\w*|(?:are|is) (?:now |currently )?(?:on|at|along|"
            r"stationed|deployed|assigned|providing|working|serving|manning|in)|currently|"
            r"(?:had|have) arrived|stationed)\b"
        ),
        "deployed",
    ),
    (_rx(r"^\W*(?:\w+ ){0,3}?(?:could|might|may|would)\b"), "proposed"),
    (
        _rx(
            r"^\W*(?:\w+ ){0,3}?(?:will|are being|to be|are (?:set|scheduled) to|approved|ordered|"
            r"arrived|arriving|began arriving|"
            r"are deploying|are headed|are heading)\b"
        ),
        "ordered",
    ),
)

# The figure is a level reached ("bring the total to", "a troop cap of", "the number of").
LEVEL = _rx(
    r"\b(?:number|total|cap|ceiling|level|size|strength|count|presence|contingent|"
    r"(?:up|down) from|(?:force|deployment) of)\b"
)
TOTAL_TO = _rx(
    r"\b(?:bring|brings|bringing|raise|raises|raising|increas\w*|boost\w*|"
    r"reduc\w*|lower\w*|cut\w*|climb\w*|ris\w*|rose|grow\w*|grew|expand\w*|fall\w*|fell|"
    r"drop\w*|declin\w*|shr[iau]nk\w*|dwindl\w*)\b"
)
FROM_BEFORE = _rx(
    r"\b(?:from|up from|down from)\s+(?:the |a )?(?:current |previous )?"
    r"(?:number |level |total |force )?(?:of )?(?:\w+ )?$"
)
CURRENT = _rx(r"\bcurrent\b")
FUTURE = _rx(r"\b(?:will|would|to|could|set to|plans? to|is expected)\b")

# Numbers that count people but not a deployment.
NOT_DEPLOYMENT = _rx(
    r"\b(?:made up of|consists? of|comprised of|employs?|workforce|carry|carries|carrying|"
    r"seats?|holds?|capacity|accommodate\w*|killed|died|dead|deaths?|wounded|injured|"
    r"arrested|apprehended|detained|deported)\b"
)

# Places. US-Mexico border first; then destinations that make a deployment something else.
US_MEXICO = _rx(
    r"\b(?:south(?:ern|west|western)? (?:u\.?s\.? )?border|(?:u\.?s\.?|united states|america|"
    r"texas|arizona|california|new mexico)[- –]+mexic(?:o|an) border|mexic(?:o|an) border|"
    r"border with mexico|texas[- –]+u\.?s\.? border|border mission|border states?|"
    r"south(?:west|western) states|"
    r"operation (?:lone star|faithful patriot|guardian support|secure line|jump start)|"
    r"joint task force[- –](?:north|southern border)|national defense areas?|rio grande)\b"
)
FOREIGN_SOUTH = _rx(
    r"\bsouth(?:ern)? border with (?:guatemala|belize|honduras|el salvador|nicaragua|colombia|"
    r"brazil|lebanon|jordan|egypt|gaza|syria|iraq|afghanistan)|"
    r"\b(?:mexico|israel|ukraine|russia|india|pakistan|lebanon|poland|"
    r"guatemala|syria|turkey|iraq)'?s? southern border|"
    r"\bmexic(?:o|an)\b[^.;]{0,80}?\bits (?:own )?south(?:ern)? border"
)
# A passage with these words means the US-Mexico border when it just says "the border".
SOUTHWEST_CONTEXT = _rx(
    r"\b(?:mexic\w*|texas|arizona|new mexico|el paso|san diego|migrants?|caravans?|asylum|"
    r"border patrol|cbp|customs and border protection|cartels?)\b"
)
MEXICO_NORTH = _rx(r"\bmexico'?s? northern border")
ELSEWHERE = _rx(
    r"\b(?:canad(?:a|ian)|northern border|poland|polish|romania|germany|europe(?:an)?|nato|"
    r"baltics?|lithuania|latvia|estonia|ukrain\w*|russia\w*|israel\w*|lebanon|gaza|syria|iraq|"
    r"afghanistan|korea|japan|taiwan|venezuela|caribbean|haiti|guatemala\w*|belize|honduras|"
    r"pakistan|india|belarus\w*|finland|finnish|norway|sweden|greece|greek|armenia|azerbaijan|"
    r"moldova|kosovo|serbia|hungary|niger|mali|somalia|sudan|yemen|iran\w*|jordan|egypt|"
    r"saudi|kuwait|qatar|philippines|china|chinese|panama|colombia|ecuador|cuba|nicaragua|"
    r"border with (?!mexico\b)(?!the u)[a-z]+|"
    r"los angeles|chicago|portland|memphis|new orleans|baltimore|minneapolis|"
    r"d\.c\.|district of columbia|nation'?s capital|the capital|washington, d|"
    r"hurricane|wildfires?|floods?|flooding|storm|tornado|earthquake|inauguration|"
    r"deportation(?:s| efforts)?|insurrection|protests?|unrest|riots?)\b"
)
DESTINATION_BEFORE = _rx(r"\b(?:to|into|toward|towards|for)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,2}$")

# Words that make a sentence about uniformed personnel, and verbs that move civilians.
MILITARY_WORDS = _rx(
    r"\b(?:troops?|soldiers|service ?members|national guard|guardsm[ae]n|marines|"
    r"active[- ]duty|reservists|military personnel|airmen|paratroopers|"
    r"(?:title 10|military|u\.?s\.?|american|federal) forces)\b"
)
CIVILIAN_WORDS = _rx(r"\b(?:agents|officers|police|troopers|law enforcement|personnel)\b")
MOVE_VERBS = _rx(
    r"\b(?:deploy\w*|send\w*|sent|dispatch\w*|reassign\w*|surg\w*|redirect\w*|detail\w*|"
    r"assign\w*|station\w*|transfer\w*|mobiliz\w*|activat\w*)\b"
)
