"""Text -> is it a US-Mexico border deployment story, and which figures does it report."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache, partial

from extractors import aside_model, deployer
from extractors.figures import BEFORE, WHOLE, Candidate, find_candidates
from extractors.forces import force_of, guard_alone, last_force
from extractors.lexicon import Lexicon, Relevance, language_of, lexicon
from extractors.lexicon.caseless import caseless, finds, search
from extractors.model import Detection, Figure
from extractors.places import without_datelines
from extractors.relevance import passage_score, sentence_evidence, southwest_context
from extractors.sentences import Sentence, split_sentences
from extractors.typography import plain

# A year that starts no word ("2019", not "A2019"), its century first: the engine then skips
# straight to the digits that may start one instead of trying every character of the text.
_YEAR = re.compile(r"(?:19|20)(?<!\w19)(?<!\w20)\d\d\b")
_ENDS = ".!?:;\"”'’)"  # a line ending so is a sentence, not a headline
_BULLETS = "•·*-–—"
# The words right after a figure's noun phrase still say whose it is ("... of Mexico's Guard").
PHRASE_TAIL = 30
# How many paragraphs (its own and those before) a figure that names no component reads for
# one ("The Guard ... . About 1,000 troops ..."): its own; a paragraph about Mexico's Guard
# says nothing of the American troops in the next.
FORCE_PARAGRAPHS = 1
# The weight of a sentence that counts people right after one placing people at the border.
CONTINUATION = 1
LEDE_WEIGHT = 2
# "nearly 500" rounds "483": a qualified multiple of ROUND within ROUNDING of a precise figure;
# "more than 1,000" rounds "1,115" down, from up to ROUNDING_DOWN below it.
ROUND, ROUNDING, ROUNDING_DOWN = 50, 0.05, 0.15
# A breakdown lists at least this many parts: two figures that add up to a third are as often
# an increment, the level before it and the new total ("1,000 more join 2,000: 3,000"). Round
# hundreds add up by chance, so one part at least must be a precise number.
BREAKDOWN_PARTS, BREAKDOWN_LIST, BREAKDOWN_ROUND = 3, 12, 100
CONFIDENCE_DIGITS = 3  # a figure's confidence is kept to thousandths: finer says nothing
# How far after a figure of a timeline's entry a "today" still speaks of it.
NOW_REACH = 60
PAST_ENTRY = "past timeline entry"  # the step of a figure a timeline's earlier entry gives
# How far before a year the words that say it has passed may start ("since early March 2019").
YEAR_PASSED_REACH = 30


def detect(text: str, title: str | None = None, published: date | None = None) -> Detection:
    """Decide whether a passage is about US-Mexico border deployments and list its figures.

    `published` dates the story: a figure the text dates to an earlier year is `previous`.
    Without it, the latest year the passage names stands in for the story's year. The
    passage is read in plain typography; each figure's evidence is the passage's own words.
    """
    page = plain(text)
    detection = _read(page.text, plain(title).text if title else title, published)
    if not detection.figures:
        return detection
    figures = detection.figures
    if page.text is not text:
        figures = tuple(_in_original(text, page.span, f) for f in figures)
    return replace(detection, figures=aside_model.marked(text, figures))


def _in_original(text: str, span: Callable[[int, int], tuple[int, int]], f: Figure) -> Figure:
    start, end = span(f.start, f.end)
    return replace(f, start=start, end=end, evidence=text[start:end])


def _read(text: str, title: str | None, published: date | None) -> Detection:
    lang = language_of(f"{title or ''}\n{text}")
    lex = lexicon(lang)
    title_key = _key(title or "")
    elsewhere = _lines_elsewhere(text, lex)
    sentences = [
        _marked(text, s, title_key)
        for s in split_sentences(text)
        if text.rfind("\n", 0, s.start) + 1 not in elsewhere
    ]
    own = _own_lines(text, elsewhere)
    year = published.year if published else _story_year(own, lex)
    mexican_view = cache(partial(deployer.told_from_mexico, own, title, lex.deployers))

    # A number with no noun may count the people the sentence before names, asks about or
    # corrects the number of: each sentence is read for them once, and only when such a
    # number asks.
    @cache
    def names_people(i: int) -> bool:
        return _names_people(text, sentences[i], lex)

    @cache
    def counted_before(i: int) -> str:
        return _counted(text, sentences[i], lex)

    # Finding numbers is most of the cost: an irrelevant passage needs them only in the
    # sentences that place personnel at the border.
    @cache
    def candidates(i: int) -> list[Candidate]:
        if not i:
            return find_candidates(text, sentences[i], lex, year, mexican_view)

        def people_before(back: int = 1) -> bool:
            return any(names_people(k) for k in range(max(0, i - back), i))

        counted = partial(counted_before, i - 1)
        return find_candidates(text, sentences[i], lex, year, mexican_view, people_before, counted)

    southwest = cache(partial(southwest_context, own, lex))
    evidence = [
        _evidence(text, s, southwest, partial(candidates, i), lex, mexican_view)
        for i, s in enumerate(sentences)
    ]
    evidence = _with_continuations(evidence, candidates)
    lede = next((i for i, s in enumerate(sentences) if _opens_story(text, s, lex)), None)
    if lede is not None:
        evidence[lede] *= LEDE_WEIGHT
    in_text = any(_is_title(text, s, title_key) for s in sentences)
    title_evidence = (
        0 if in_text or not title else sentence_evidence(title, southwest, lex, mexican_view)
    )
    score = passage_score(evidence, title_evidence)
    if score <= 0.5:
        return Detection(relevant=False, score=score, figures=(), lang=lang)
    kept = _with_force_said_next(text, _without_parts(candidates, len(sentences)), sentences, lex)
    found = _elided_across(kept, sentences)
    figures = _without_breakdowns(_merge(text, found, lex))
    if published is not None:
        figures = _in_past_entries(text, figures, published, lex)
    figures = _with_force_of_whole(text, figures, found, lex)
    figures = _with_paragraph_force(
        text, _paragraph_break(own), title, figures, found, sentences, lex
    )
    if figures:  # the passage is read for who deploys only for its figures
        passage = deployer.read_passage(
            without_datelines(_story(text, own, sentences, evidence)), title, lex.deployers, year
        )
        figures = _with_deployers(without_datelines(text), figures, found, passage, lex)
    return Detection(relevant=True, score=score, figures=figures, lang=lang)


def _story(text: str, own: str, sentences: list[Sentence], evidence: list[int]) -> str:
    """The story's own lines (`own`: not its captions, links to other stories or the page's
    furniture), less its sentences about people sent elsewhere ("In other news, the Pentagon
    ordered 3,000 troops to Poland"), which say nothing of who deploys at this border."""
    if min(evidence, default=0) >= 0:
        return own
    return "\n".join(
        _text(text, s) for s, weight in zip(sentences, evidence, strict=True) if weight >= 0
    )


def _with_continuations(evidence: list[int], counts: Callable[[int], list[Candidate]]) -> list[int]:
    """A sentence that counts people right after one that places people at the border goes
    on about them ("... directing the Pentagon to send troops. About 1,500 more would go.")."""
    return [
        value + CONTINUATION if not value and i and evidence[i - 1] > 0 and counts(i) else value
        for i, value in enumerate(evidence)
    ]


def _without_parts(
    candidates: Callable[[int], list[Candidate]], count: int
) -> list[tuple[Candidate, int]]:
    """Figures with their sentence, less the parts of a larger figure given just before, in
    the same sentence or the one before ("... about 4,800 troops. About 2,800 of them are in
    Texas"). A part with another fate than its total's is news of its own ("Roughly 2,200 of
    them will return home", "about 3,500 of those troops had arrived" of 5,200 ordered)."""
    out: list[tuple[Candidate, int]] = []
    before = 0  # where the figures kept of the sentence before start in `out`
    for i in range(count):
        start = len(out)
        for c in candidates(i):
            total = any(_whole_of(c, d) for d, _ in out[before:])
            if not (c.part and total):
                out.append((c, i))
        before = start
    return out


def _whole_of(part: Candidate, total: Candidate) -> bool:
    """Whether `total` is a larger figure `part` only breaks down (a part that leaves, or has
    arrived of people only ordered, has a fate of its own)."""
    arrived = part.status == "deployed" and total.status == "ordered"
    own_fate = part.status == "withdrawn" or arrived
    return total.value > part.value and not total.part and not own_fate


def _with_force_said_next(
    text: str, found: list[tuple[Candidate, int]], sentences: list[Sentence], lex: Lexicon
) -> list[tuple[Candidate, int]]:
    """A figure with no component takes the one the next sentence gives its people: "Roughly
    5,900 are now deployed ... . They are all active duty." """
    out: list[tuple[Candidate, int]] = []
    for c, i in found:
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        said = after and lex.phrase.force_next.match(text, after.start, after.end)
        force = force_of(said.group(1), lex.phrase) if said else None
        if force and not c.force_stated:
            c = replace(c, force=force, force_stated=True, force_step="the next sentence")
        out.append((c, i))
    return out


def _elided_across(
    found: list[tuple[Candidate, int]], sentences: list[Sentence]
) -> list[tuple[Candidate, Sentence]]:
    """A number with no noun takes the stated force of the figure just before it, in its own
    sentence or the one before: "... 5,900 active-duty troops were deployed. Today 2,200
    remain", unless its own sentence names a component before it ("The active-duty force
    peaked at about 5,900")."""
    out: list[tuple[Candidate, Sentence]] = []
    before: tuple[Candidate, int] | None = None
    for c, i in found:
        unnamed = c.bare and not c.force_stated and c.force == "military"
        if unnamed and before is not None and i - before[1] <= 1:
            c = replace(c, force=before[0].force, force_stated=True, force_step=BEFORE)
        if c.force_stated:
            before = (c, i)
        out.append((c, sentences[i]))
    return out


def _lines_elsewhere(text: str, lex: Lexicon) -> set[int]:
    """Where the lines start whose sentences are not the story's own: a line that links to
    another story ("Related: Pentagon to send 1,000 more troops") is that story's, and so is
    an aggregator's blurb of one ("... deploy to the border ...The Hill - 2h -") with the
    headline above it, and every headline listed under a "Related coverage" line; a photo's
    caption line gives no figure of the story (LABELING.md), and the page's furniture
    ("Advertisement", "Story continues below") is no sentence of it."""
    out, start, relevance = set(), 0, lex.relevance
    lower = text.lower()  # a caption word absent from the passage is absent from its lines
    caption_words = tuple(w for w in relevance.caption_words if w in lower)
    headline: int | None = None  # where the line before starts, if it ends unpunctuated
    listing = False  # under a "Related coverage" line, until a sentence of the story's own
    for line in text.split("\n"):
        bare = line.strip()
        if bare and relevance.furniture.match(bare):
            out.add(start)  # the page's own line: read as if it were not there
            start += len(line) + 1
            continue
        listed = relevance.listed_story.search(line) is not None
        unpunctuated = bool(bare) and bare[-1] not in _ENDS
        listing = relevance.more_stories.match(bare) is not None or (
            listing and (not bare or listed or unpunctuated or bare[0] in _BULLETS)
        )
        if listed and headline is not None:
            out.add(headline)
        if listing or listed or _links_elsewhere(line, relevance, caption_words):
            out.add(start)
        headline = start if unpunctuated else None
        start += len(line) + 1
    return out


def _own_lines(text: str, elsewhere: set[int]) -> str:
    """The passage less the lines that are not the story's own."""
    if not elsewhere:
        return text
    lines, start = [], 0
    for line in text.split("\n"):
        if start not in elsewhere:
            lines.append(line)
        start += len(line) + 1
    return "\n".join(lines)


def _links_elsewhere(line: str, relevance: Relevance, caption_words: tuple[str, ...]) -> bool:
    return relevance.other_story.match(line[:40]) is not None or _caption(
        line, relevance, caption_words
    )


def _caption(line: str, relevance: Relevance, caption_words: tuple[str, ...]) -> bool:
    """`caption_words`: those of the catalogue the passage holds."""
    if not caption_words:
        return False
    lower = line.lower()
    return any(w in lower for w in caption_words) and bool(relevance.caption.search(line))


def _names_people(text: str, sentence: Sentence, lex: Lexicon) -> bool:
    pattern, text = caseless(lex.relevance.military_words, text)
    return pattern.search(text, sentence.start, sentence.end) is not None


def _counted(text: str, sentence: Sentence, lex: Lexicon) -> str:
    """The people whose count the next sentence gives: those a question asks about ("How many
    troops are at the border right now?") or whose number a correction says was wrong ("An
    earlier version misstated the number of active-duty troops in Arizona.")."""
    said = text[sentence.start : sentence.end].rstrip()
    corrected = search(lex.phrase.corrects_count, said)
    if corrected:
        said = said[corrected.end() :]
    elif not (said.endswith("?") and finds(lex.phrase.asks_count, said)):
        return ""
    return said if finds(lex.relevance.military_words, said) else ""


def _story_year(text: str, lex: Lexicon) -> int | None:
    """The year an undated story was written: the latest year it names, or the year after
    when it names that one only as past ("in 2019", "since March 2019"); stories that name
    no later year than one they say has passed are mostly written after it."""
    years = [(int(m.group(0)), m.start()) for m in _YEAR.finditer(text)]
    if not years:
        return None
    latest = max(year for year, _ in years)
    before = (text[max(0, at - YEAR_PASSED_REACH) : at] for year, at in years if year == latest)
    return latest + 1 if all(search(lex.status.year_passed, words) for words in before) else latest


def _evidence(
    text: str,
    sentence: Sentence,
    southwest: Callable[[], bool],
    counts: Callable[[], list[Candidate]],
    lex: Lexicon,
    mexican_view: Callable[[], bool],
) -> int:
    """A sentence that also counts the people it places at the border weighs one more."""
    value = sentence_evidence(
        _text(text, sentence), southwest, lex, mexican_view, lambda: bool(counts())
    )
    value += 1 if value > 0 and counts() else 0
    return value * (2 if sentence.headline else 1)


def _text(text: str, sentence: Sentence) -> str:
    return text[sentence.start : sentence.end]


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


def _is_title(text: str, sentence: Sentence, title_key: str) -> bool:
    length = sentence.end - sentence.start
    if not title_key or not len(title_key) <= length <= 2 * len(title_key):
        return False  # whitespace only ever shortens the key
    return _key(_text(text, sentence)) == title_key


def _opens_story(text: str, sentence: Sentence, lex: Lexicon) -> bool:
    """The lede is the first sentence that is no headline and no editor's note."""
    line = text.rfind("\n", 0, sentence.start) + 1
    return not sentence.headline and not lex.relevance.editors_note.match(text, line)


def _marked(text: str, sentence: Sentence, title_key: str) -> Sentence:
    """The title, when the text repeats it, is a headline even if it ends with a period."""
    if sentence.headline or not _is_title(text, sentence, title_key):
        return sentence
    return Sentence(sentence.start, sentence.end, headline=True)


def _merge(text: str, found: list[tuple[Candidate, Sentence]], lex: Lexicon) -> tuple[Figure, ...]:
    """One figure per (value, force, status): repeats in headlines and vaguer mentions fold in."""
    candidates = [c for c, _ in found]
    sentence_of = {c.start: s for c, s in found}

    def apart(a: Candidate, b: Candidate) -> bool:
        """Whether the two figures' sentences speak of different senders' forces."""
        first, second = sentence_of[a.start], sentence_of[b.start]
        return deployer.told_apart(_text(text, first), _text(text, second), lex.deployers)

    body_values = {c.value for c in candidates if not c.headline and not c.bare}
    kept = [c for c in candidates if not (c.headline and c.value in body_values)]
    worded = {(c.value, c.status) for c in kept if not c.bare}
    kept = [c for c in kept if not (c.bare and (c.value, c.status) in worded)]
    cued: dict[int, list[Candidate]] = {}
    for c in kept:
        if c.status_stated:
            cued.setdefault(c.value, []).append(c)
    kept = [c for c in kept if c.status_stated or all(apart(c, d) for d in cued.get(c.value, []))]
    stated = {(c.value, c.status) for c in kept if c.force_stated}
    kept = [c for c in kept if c.force_stated or (c.value, c.status) not in stated]
    said = {(c.value, c.status) for c in kept}
    kept = [c for c in kept if (c.whole, c.status) not in said]  # a part of a stated total
    precise = [c for c in kept if c.qualifier == "exact" and c.value % ROUND]
    kept = [c for c in kept if not _rounded_twin(c, precise, apart)]
    figures: dict[tuple[int, str, str], Figure] = {}
    for c in kept:
        if (c.value, c.force, c.status) not in figures:
            figures[c.value, c.force, c.status] = _figure(text, c)
    return tuple(figures.values())


def _without_breakdowns(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """Less the parts of a total the story also gives, where three or more figures listed one
    after another add up to it exactly ("524 to Arizona, 250 to Texas, 224 to California ..."):
    LABELING.md makes such parts optional, and alerts on them report changes that did not
    happen."""
    listed = sorted(figures, key=lambda f: f.start)
    totals = {f.value for f in figures}
    parts: set[int] = set()
    for first in range(len(listed)):
        run, precise = 0, False
        for last in range(first, min(first + BREAKDOWN_LIST, len(listed))):
            run += listed[last].value
            precise = precise or listed[last].value % BREAKDOWN_ROUND != 0
            if last - first + 1 >= BREAKDOWN_PARTS and precise and run in totals:
                parts.update(f.start for f in listed[first : last + 1])
                break  # the shortest list: "... add up to 10,000, which joins 6,500: 16,500"
    return tuple(f for f in figures if f.start not in parts)


def _rounded_twin(
    c: Candidate, precise: list[Candidate], apart: Callable[[Candidate, Candidate], bool]
) -> bool:
    """ "nearly 500 troops" in a story that also says "483 troops": two numbers for one
    group, and the precise one is the figure (LABELING.md); not when `apart` says they are
    the two countries' ("Mexico keeps 10,106 ...; on the US side, about 10,000 troops")."""
    if c.qualifier == "exact" or c.value % ROUND:
        return False
    return any(p.status == c.status and _restates(c, p.value) and not apart(c, p) for p in precise)


def _restates(rounded: Candidate, value: int) -> bool:
    if rounded.qualifier == "lower":
        return rounded.value < value <= (1 + ROUNDING_DOWN) * rounded.value
    return abs(value - rounded.value) <= ROUNDING * rounded.value


def _figure(text: str, c: Candidate) -> Figure:
    return Figure(
        value=c.value,
        force=c.force,
        status=c.status,
        qualifier=c.qualifier,
        evidence=text[c.start : c.end],
        start=c.start,
        end=c.end,
        confidence=round(c.sureness(c.status), CONFIDENCE_DIGITS) if c.sureness else 1.0,
        status_step=c.step,
        force_step=c.force_step,
    )


def _in_past_entries(
    text: str, figures: tuple[Figure, ...], published: date, lex: Lexicon
) -> tuple[Figure, ...]:
    """A timeline's entries dated before the story's month ("Jan. 22: The Pentagon orders
    1,500 active-duty troops south" in a June story) report past figures, unless the entry
    says the figure holds now ("April: Trump authorizes 4,000. About 2,100 are on duty today")."""
    out: dict[tuple[int, str, str], Figure] = {}
    for f in figures:
        line = text.rfind("\n", 0, f.start) + 1
        entry = lex.status.timeline_entry.match(text[line : f.start])
        past = entry and f.status != "previous" and _dated_before(entry, published, lex)
        if past and not lex.status.today_after.match(text[f.end : f.end + NOW_REACH]):
            f = replace(f, status="previous", status_step=PAST_ENTRY)
        out.setdefault((f.value, f.force, f.status), f)  # one figure per meaning, as merged
    return tuple(out.values())


def _dated_before(entry: re.Match[str], published: date, lex: Lexicon) -> bool:
    if entry.group("first"):  # "2019:", "2021-24:": dated by its last year
        first, last = entry.group("first", "last")
        last_year = first[: 4 - len(last)] + last if last else first  # "2021-24" ends in 2024
        return int(last_year) < published.year
    month = lex.status.months[entry.group("month").lower()]
    if entry.group("year") is None:
        return month < published.month
    return (int(entry.group("year")), month) < (published.year, published.month)


def _paragraph_break(own: str) -> str:
    """What sets a story's paragraphs apart: blank lines, or, in a text with few of them (as
    page extraction gives it), a line break: each line is a paragraph. Read on the story's
    own lines, so that an advertisement or a caption set apart by blank lines changes
    nothing; a blank line or two more leave such a text's lines paragraphs. A question and
    its answer on two lines ("Q: ...", "A: ...") are one paragraph between blank lines."""
    blank = own.count("\n\n")
    return "\n\n" if blank and 2 * blank >= own.count("\n") - 2 * blank else "\n"


def _paragraphs_back(text: str, at: int, paragraphs: int, separator: str) -> int:
    """Where the paragraph `paragraphs - 1` paragraphs before the one holding `at` begins."""
    begin = at
    for _ in range(paragraphs):
        begin = text.rfind(separator, 0, begin)
        if begin < 0:
            return 0
    return begin


def _with_force_of_whole(
    text: str, figures: tuple[Figure, ...], found: list[tuple[Candidate, Sentence]], lex: Lexicon
) -> tuple[Figure, ...]:
    """ "The Pentagon will send 5,200 active-duty troops ... some 800 of the troops are on
    their way": a part of the people a figure before it counted counts what that figure did."""
    stated = [(c.start, c.force) for c, _ in found if c.force_stated]
    unstated = {c.start for c, _ in found if not c.force_stated}
    out = []
    for f in figures:
        if f.start in unstated and search(lex.phrase.part_of_named, text[f.start : f.end]):
            before = [force for start, force in stated if start < f.start]
            f = replace(f, force=before[-1], force_step=WHOLE) if before else f
        out.append(f)
    return tuple(out)


def _with_paragraph_force(
    text: str,
    paragraph_break: str,
    title: str | None,
    figures: tuple[Figure, ...],
    found: list[tuple[Candidate, Sentence]],
    sentences: list[Sentence],
    lex: Lexicon,
) -> tuple[Figure, ...]:
    """A figure whose sentence names no component takes the Guard when the Guard is the last
    component named before it in its paragraph (outside other figures' own words) or in the
    headline: "The Guard ... . About 1,000 troops ...". In a story that reports active-duty
    figures, where a bare "troops" may be either, only from its own sentence and the one
    before ("... made up of Texas Guard soldiers. The first 400 soldiers ..."). Not from the
    Guard of others (`_guard_of_others`): "Mexico's Guard ... . About 4,000 U.S. troops ...",
    "10,000 troops, including roughly 2,400 Guard members"."""
    two_components = any(c.force == "active_duty" for c, _ in found)
    unstated = {c.start for c, _ in found if not c.force_stated}
    sentence_of = {c.start: text[s.start : s.end] for c, s in found}
    # where the sentence before each sentence starts (the first's own start)
    before = {
        s.start: p.start for p, s in zip(sentences[:1] + sentences[:-1], sentences, strict=True)
    }
    previous_start = {c.start: before[s.start] for c, s in found}
    out = []
    for f in figures:
        if f.force == "military" and f.start in unstated:
            begin = _paragraphs_back(text, f.start, FORCE_PARAGRAPHS, paragraph_break)
            if two_components:
                begin = max(begin, previous_start[f.start])
            left = list(text[begin : f.start])
            for c, _ in found:
                lo, hi = max(c.start - begin, 0), min(c.end - begin, len(left))
                if lo < hi:
                    left[lo:hi] = " " * (hi - lo)
            context = "".join(left)
            if last_force(context, lex.phrase) is None and not two_components:
                context = title or ""
            sentence = sentence_of[f.start]
            words_before = text[begin : f.start]
            if guard_alone(context, lex.phrase) and not _guard_of_others(
                context, sentence, words_before, two_components, lex
            ):
                f = replace(f, force="national_guard", force_step="the Guard of its paragraph")
        out.append(f)
    return tuple(out)


def _guard_of_others(
    context: str, sentence: str, words_before: str, two_components: bool, lex: Lexicon
) -> bool:
    """Whether the Guard named before a figure is not the one its people belong to: one named
    in a mix ("most of them Guard", "troops and Guard members"), the other country's, a
    governor's own mission's for the federal one's troops, or any Guard when the figure's
    sentence gives the Pentagon's words in a story of two components."""
    if finds(lex.phrase.stated_mix, sentence) or finds(lex.phrase.guard_in_a_mix, words_before):
        return True
    if two_components and finds(lex.deployers.federal, sentence):
        return True
    return deployer.other_side(context, sentence, lex.deployers) or deployer.other_mission(
        context, sentence, lex.deployers
    )


def _with_deployers(
    text: str,
    figures: tuple[Figure, ...],
    found: list[tuple[Candidate, Sentence]],
    passage: deployer.PassageDeployers,
    lex: Lexicon,
) -> tuple[Figure, ...]:
    sentence_of = {c.start: s for c, s in found}
    out = []
    for f in figures:
        s = sentence_of[f.start]
        tail = text[f.end : min(s.end, f.end + PHRASE_TAIL)]
        tail = lex.status.clause_break.split(tail, maxsplit=1)[0]
        others = [c for c, cs in found if cs == s]
        tail = tail[: _next_listed(text, f, others, lex)]
        phrase = text[f.start : f.end] + lex.status.coordination.split(tail, maxsplit=1)[0]
        clause = _clause_of(text, s, f, others, lex)
        whole = text[s.start : s.end]
        own = text[f.start : f.end]
        by, step = deployer.decide(phrase, clause, f.force, passage, lex.deployers, whole, own)
        out.append(replace(f, by=by, by_step=step))
    return tuple(out)


def _next_listed(text: str, f: Figure, others: list[Candidate], lex: Lexicon) -> int | None:
    """Where the next item of a list starts in the words after a figure: "Missouri has
    pledged 200 Guardsmen and Kansas about 30" names Kansas for the 30, not the 200."""
    later = [c.start for c in others if c.start >= f.end]
    if not later:
        return None
    listed = lex.phrase.parallel_named.search(text, f.end, min(later))
    return listed.start() - f.end if listed else None


def _clause_of(
    text: str, sentence: Sentence, f: Figure, others: list[Candidate], lex: Lexicon
) -> str:
    """The words of the figure's own clause: "Texas has 4,000 ... , while the federal mission
    has 2,500" gives each figure its own deployer."""
    start = max([c.end for c in others if c.end <= f.start], default=sentence.start)
    end = min([c.start for c in others if c.start >= f.end], default=sentence.end)
    breaks = [m for m in lex.status.clause_break.finditer(text, start, end)]
    start = max([m.end() for m in breaks if m.end() <= f.start], default=start)
    end = min([m.start() for m in breaks if m.start() >= f.end], default=end)
    return text[start:end]
