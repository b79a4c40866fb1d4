"""What words mean, one catalogue per language, read by one detection engine.

Each language module (`en`, `es`) builds one `Lexicon`: the words that name personnel,
components, places, deployers, qualifiers and status cues. The engine in `extractors/`
never names a word itself. Adding a cue is an edit to a table here; adding a language is a
new module that fills every field, plus its test lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Deployer, Lang, Qualifier, Status

Pattern = re.Pattern[str]
# A status cue: the pattern and the status it signals.
Cue = tuple[Pattern, Status]
# A component of the armed forces or of law enforcement, and the pattern that names it.
Component = tuple[str, Pattern]


@dataclass(frozen=True, eq=False)
class Numbers:
    """How the language writes numbers."""

    text2num_lang: str
    number_words: Pattern  # any spelled number: a sentence without one has no word numbers
    thousands_separators: str  # characters that group thousands in digits (",", ".", spaces)
    word_scale: Pattern  # "10 mil", "1.5 million": a word after digits that multiplies them
    scales: dict[str, int]
    joiners: frozenset[str]  # words inside a spelled number ("and", "y")
    article_one: frozenset[str]  # "a dozen": words that stand for one before a multiplier
    one: str  # the word for one, as text2num reads it
    hyphen_unit: Pattern  # "1,500-strong": a hyphen after digits that still counts people
    dozen: frozenset[str]
    multipliers: frozenset[str]
    standalone: frozenset[str]  # multipliers that count on their own ("mil" soldados)
    never_numbers: frozenset[str]  # "hundreds", "miles" (vague amounts), "unos": never a number
    not_count_before: Pattern  # "Title 10", "Highway 90": a number that names, not counts
    day_before: Pattern  # "March 3", "enero 15": a month before a day of one or two digits
    not_count_after: Pattern  # "6 de febrero": a date
    vague_before: Pattern  # "tens of", "several": a vague amount, never a figure
    # A number written like a year ("2000") counts people after a qualifier ("about 2000") or
    # before a word for them ("2000 troops"), unless a word that dates comes first ("in 2019")
    year_count_before: Pattern
    year_count_after: Pattern
    dates_before: Pattern
    range_join: Pattern  # the words between the two ends of a range
    between_before: Pattern
    from_before: Pattern
    half_before: Pattern


@dataclass(frozen=True, eq=False)
class Phrase:
    """The noun phrase that says what a number counts."""

    personnel_heads: frozenset[str]
    # "push the total military presence there past 9,000": a bare level of every force at once
    total_before: Pattern
    # "the number of troops there topped 6,000": a level of the people the sentence names,
    # not of the figure before it
    number_of_people: Pattern
    group_heads: frozenset[str]  # "three forces": a small number of these counts groups
    needs_context: frozenset[str]  # heads that count personnel only near a service word
    part_of: Pattern  # "2,000 of the 5,000 troops": a part counts what the whole counts
    part_of_later: Pattern  # "400 soldiers ... as part of the 1,500": ends right before the whole
    part_of_named: Pattern  # "some 800 of the troops": a part of people a figure before counted
    own_fate: Pattern  # "1,100 of the 1,500 will remain": what befalls a part and not its whole
    part_after: Pattern  # "2,800 of them are in Texas": a part of a total just given
    part_of_people: Pattern  # "2,000 of its troops": part of the people a noun names
    asks_count: Pattern  # "How many troops are at the border?": a question a bare number answers
    # "... misstated the number of active-duty troops in Arizona.": a correction whose next
    # sentence gives the right count ("It is 1,150, not 1,500.")
    corrects_count: Pattern
    # "50 and 100 Guard members, respectively": a list whose numbers share the noun of its last
    respectively: Pattern
    listed_next: Pattern  # what stands between two numbers of such a list
    # "10 mil 500 elementos en la frontera sur y alrededor de 15 mil en la frontera norte",
    # "650 Texas Guard members and 338 from Arizona": a number after a counted one and a joiner,
    # followed by a place, an origin or a year, counts what that one counts
    parallel_between: Pattern
    parallel_after: Pattern
    parallel_named: (
        Pattern  # ", and Nebraska about ": a list's next item, its verb and noun left out
    )
    # "cut from 6,000 to about 3,000 Guard members": what stands between the two levels of a
    # change, the first of which counts what the second does
    level_to_next: Pattern
    breakdown: Pattern  # "6,000 troops, including 2,100 Guard": a part of a total just given
    breakdown_goes_on: Pattern  # "..., including 4,000 active duty and 2,000 Guard": the next part
    names_before_number: frozenset[str]  # "Title 10": the number is part of a name
    stop_words: frozenset[str]
    modifier_nouns: frozenset[str]  # plural words that may modify a head ("U.S. forces")
    of_words: frozenset[str]  # "of", "de": carry a phrase over "of the Texas National Guard"
    articles: frozenset[str]  # "the", "la": may stand inside such an extension
    qualifier_words: frozenset[str]  # "around", "some": not a noun after "the number of"
    and_words: frozenset[str]  # carry a phrase over "and Marines"
    component_heads: frozenset[str]  # words that end a phrase as a head ("guard", "army")
    elided_heads: frozenset[str]  # a component that counts people alone ("2,200 active-duty")
    name_continuations: frozenset[str]  # words a head takes after it ("Guardia Nacional")
    more_after_head: frozenset[str]  # "3 mil elementos más de la Guardia": before its "de"
    hyphen_unit: Pattern  # "a 1,500-strong force", "2,000-troop"
    members_context: Pattern  # "members" counts personnel only near these words
    components: tuple[Component, ...]
    component_aliases: tuple[tuple[Pattern, str], ...]  # rewrites before matching components
    active_with_guard: Pattern  # words that keep "active" in a phrase that also names Guard
    guard_in_a_mix: Pattern  # "soldiers and National Guard members": the Guard beside others
    conjunction: Pattern
    predicate_force: Pattern  # "... are all active duty"
    # Staff a civilian agency moves: "CBP said it had moved about 200 personnel to Del Rio"
    # (its bare "personnel" are its officers, not troops), unless troops are named beside them
    agency_staff: Pattern
    staff_words: frozenset[str]  # the bare words for an agency's staff ("personnel")
    # Another component joined to the phrase: "2.500 miembros de la Guardia Nacional y de las
    # reservas" counts both, a mix
    joined_component: Pattern
    # A sentence that says its people are of several components: "..., a mix of active-duty
    # and Guard" (its bare figures take no component from the paragraph)
    stated_mix: Pattern
    force_next: Pattern  # "... 5,900 are deployed. They are all active duty."


@dataclass(frozen=True, eq=False)
class Places:
    """Where people are sent."""

    border: Pattern  # a bare "border"
    attached: Pattern  # what may stand between another place and its "border"
    us_mexico: Pattern
    mexico_north: Pattern
    northern_border: Pattern  # Canada's border, unless the story is told from Mexico's side
    southern_border: Pattern  # the US-Mexico border, unless the story is told from Mexico's side
    foreign_south: Pattern
    elsewhere: Pattern
    southwest_context: Pattern
    # A story of the US-Canada border: its bare "border" is that one, though it names Mexico
    canada_border: Pattern
    canada_names: tuple[str, ...]  # in lower case: a story without them is not Canada's
    destination_before: Pattern
    origin_before: Pattern  # "from the northern border to the southwest border": where they leave
    next_item_before: (
        Pattern  # "... 15 mil elementos y en la frontera sur, 10 mil": the next item's
    )
    # Of the places elsewhere, the jobs that take people away from border duty (a hurricane, a
    # pandemic): the people's errand even when a border town is where they do it
    errand: Pattern


@dataclass(frozen=True, eq=False)
class Relevance:
    """Words that make a sentence about personnel, and verbs that move them."""

    military_words: Pattern
    civilian_words: Pattern
    move_verbs: Pattern
    # "300 Guard members who patrolled the border in Nogales were pulled out and sent to
    # Sinaloa": people leaving this border are news of it, wherever they go
    leave_verbs: Pattern
    not_deployment: Pattern  # "made up of 1,200", "killed 12": people counted, no deployment
    # The size of a whole force, before its number ("The Tennessee Guard has about 11,000
    # members") or after its noun ("the 22,000 soldiers and airmen in the California force")
    force_size: Pattern
    force_size_after: Pattern
    placed_there: Pattern  # "... 1,200 soldiers there": the place was named before
    transport: Pattern  # "a bus carrying 40": people carried, unless they are troops
    staffing: Pattern  # "employs 19,000 agents": staffing, not a deployment
    contrast: Pattern  # "mientras que el resto ...": a turn to other people than those just placed
    need_less: Pattern  # "will reduce the need for troops": troops named, none sent
    subordinate: Pattern  # "... 3,000 next summer as newly hired agents ...": another clause
    purpose: Pattern  # "... para desalojar los campamentos": what people are sent to do
    staff_count: Pattern  # "the sector has about 1,000": what an agency has, before its agents
    staff_heads: frozenset[str]  # "agents": counted by `staff_count`, an agency's staffing
    # "1,200 state police officers", "mil 200 agentes estatales": a state's, sent by it
    state_officers: Pattern
    staff_new: Pattern  # right after the number: "14,000 new agents", hired, not sent
    local_police: Pattern  # right after the number: "2,300 municipal police", a city's own
    border_agency: Pattern  # "Border Patrol agents": the border's own staff, not sent there
    fate: Pattern  # "17 members ... have died": people counted for what befell them
    rate: Pattern  # "three agents per mile": a rate, not a number of people sent
    share: Pattern  # between the numbers of "four in 10", "4 de cada 10": a share, no count
    other_story: Pattern  # "Related: ...", "Read more: ...": a line that links to another story
    listed_story: Pattern  # "... .The Hill - 2h -": an aggregator's blurb of another story
    more_stories: Pattern  # "Related coverage", "More from The Hill": heads a list of others
    furniture: Pattern  # "Advertisement", "Story continues below": a whole line of the page's own
    # "An earlier version of this story said 7,000 troops": the mistake a correction names
    earlier_version: Pattern
    editors_note: Pattern  # "Editor's note: This story has been updated": no story's opening
    caption: Pattern  # "(AP Photo/Eric Gay)", "Photo:": a line under a picture, not the story
    caption_words: tuple[str, ...]  # a caption line holds one of these (a cheap test first)


@dataclass(frozen=True, eq=False)
class StatusCues:
    """The cue tables the status steps read (extractors/status.py names the steps)."""

    qualifiers: tuple[tuple[Pattern, Qualifier], ...]
    approx_after: Pattern  # "3,000 or so": about, said after the number
    anteriority: tuple[Cue, ...]  # "previously", "at its peak": the figure no longer holds
    cap_words: Pattern  # "authorized", "allowing": with "up to", the figure is a cap
    authorized_after: Pattern  # "the 4,000 the Pentagon authorized": the authorized level
    cap_limit: Pattern  # "capped", "ceiling": a cap even without "up to"
    earlier_year: Pattern  # "in 2006", "in June 2018": a dated figure (group 1: the year)
    year_before: Pattern  # "last year", "two years ago" right after a figure dates it
    # "in 2019", "since March 2019": the words before a year that say it has passed (an
    # undated story that names no later year was written after it)
    year_passed: Pattern
    since: Pattern  # "since it began last year": the date is the mission's start, not the figure's
    # ", where a surge overwhelmed shelters in 2022": a clause of the place's own events,
    # whose year does not date the figure (unless its subject is the people: "where they")
    place_clause: Pattern
    # "A year after Trump declared an emergency on Jan. 20, 2025, about 7,600 remain": the date
    # is what the story counts from
    counted_from: Pattern
    leader_acts: Pattern  # "Obama sent", "under Bush": a leader who sent or kept the people
    leaders_in_office: dict[str, tuple[tuple[int, int], ...]]  # leader -> years in office
    # A timeline entry: a paragraph that opens with its date ("Jan. 22: ...", "Early March:"),
    # groups `month` and `year`, or its years (`YEAR_ENTRY`: "2019:", "2021-24:"), groups `first`
    # and `last`; `months` numbers the month names and abbreviations.
    timeline_entry: Pattern
    months: dict[str, int]
    modal_and_past: tuple[Cue, ...]  # reach over a later verb: "preparing to order 800"
    # a verb joined to the one before the previous number, whose modality it shares: "would
    # fund 3,000 more agents and send 1,000 Guard troops"
    joined_verb: Pattern
    # "fewer than the 1,200 DHS had requested": a number compared with the figure before it,
    # whose own words after it say how it was sent, not that figure's verb
    compared: Pattern
    nearest: tuple[Cue, ...]  # the verb or adverb nearest the number
    more: Pattern  # "another", "additional": ordered, unless a verb of the clause says more
    more_listed: Pattern  # "2,600 ... and another 2,400": one more in a list shares its verb
    # "1,000 Guard soldiers and 500 troopers will head ...": what joins a figure to the next,
    # whose predicate both share
    joined_next: Pattern
    after: tuple[Cue, ...]  # the predicate right after the noun phrase
    # how the whole a part is counted from was sent: "1,100 of the 1,500 Mexico promised"
    whole_sent: tuple[Cue, ...]
    # "the 10,000 that Mexico pledged to send are now in position": a relative clause that
    # says how the people were sent, before the predicate that says where they are; not for
    # the whole a part was counted from ("1,100 of the 1,500 that were approved are there")
    sent_relative: Pattern
    # "the 1,500 troops (Trump) ordered to the border", with no "that": how they were sent,
    # read past only when the predicate after it says they are there ("are now in place")
    sent_participle: Pattern
    # "some of the", "the first of": the number is the whole a part is counted from, and the
    # predicate after it is the part's
    whole_before: Pattern
    whole_after_part: Pattern  # what stands between the part and the whole: " of the "
    subset_after: Pattern  # ", many of them ...": what follows speaks of a part, not the figure
    # "8,500 as crossings remain low": a clause with a subject of its own; its verb is not the
    # figure's
    other_subject_after: Pattern
    # "has sent 1,500 troops ... and will send 500 more": a clause whose verb leads to the next
    # number; its words are that number's
    next_clause: Pattern
    coordination: Pattern  # ", and": joins two reports in one sentence
    possible_bound: Pattern  # "could add up to": a possibility, not a cap
    counts_no_people: Pattern  # right after a number: "years ago", "border states"
    level_words: Pattern  # "the number", "a total of": the figure is a level
    level_change: Pattern  # "bring the total to", "fell to"
    total_raised: Pattern  # ", bringing the total number of active-duty troops": a total raised
    in_transit: Pattern  # "en route", "arrived at Fort Bliss": on the way, not yet there
    withdrawn_object: Pattern  # "will bring home the": the people a withdrawal verb takes
    expected_drop: Pattern  # "expected to drop to N": a drawdown already decided
    cap_change: Pattern  # "raise the cap on active-duty forces to": a cap changed is a cap
    level_from: Pattern  # "from the current number of"
    # "weighs cutting the roughly 8,500 troops there to about 6,000": the level a change yet to
    # come would start from, which holds now
    changing_object: Pattern
    changed_to_after: Pattern
    comparison: Pattern  # "compared with": a level from the past only when a date says so
    level_to: Pattern
    current: Pattern
    now_after: Pattern  # "6,000 now": right after a figure, it holds today
    today_after: Pattern  # "... are on duty today": the story's own day, even in a timeline
    now: Pattern  # "now", "currently": the clause speaks of the present, whatever year precedes
    # "had announced on Monday": a day of this week after a past verb keeps it this week's news
    this_week: Pattern
    undecided: Pattern  # "no decision has been made": what would be an order is a proposal
    expected: Pattern  # "expected to reach": an expectation ...
    decided: Pattern  # "... under orders already signed": ... of what is decided is an order
    future: Pattern
    future_after: Pattern  # right after a level: "... to 3,300 by the end of June"
    had_before: Pattern  # "the Guard had about 2,100"
    past_perfect: Pattern  # "had shrunk to 2,350": a level the story has moved past
    past_change: Pattern  # "grew to about 10,000": a change told in the past, whatever else will be
    sequel: Pattern  # "later", "más tarde": a past change that followed another past one
    past_time: Pattern  # "in March", "last year": dates a holding in the past
    standing: Pattern  # "the remaining force of 2,000"
    left_by_cut: Pattern  # "..., leaving 3,800": what a cut leaves, ordered if the cut is ahead
    will_stay: Pattern  # "will stay": after "the remaining", the level a drawdown leaves
    # "Llegaron a Reynosa los 600 elementos que reforzarán ...": a sentence that opens with the
    # verb of arriving, its subject the figure after it
    arrived_first: Pattern
    planned: Pattern  # "plans to withdraw ...": a cut planned, not yet decided
    joining: Pattern  # "joining about 2,350": a group already there, unless said to be coming
    part_of_group: (
        Pattern  # "half of the 5,600 troops": a group that is there, unless said otherwise
    )
    clause_break: Pattern
    reported: Pattern  # "said", "announced": reported speech
    reported_would: Pattern  # "would send" in reported speech reads as "will send"
    reported_will: str  # what `reported_would` is read as: a replacement, which may use its groups
    reported_had: Pattern  # "said 5,600 troops had arrived" reports "have arrived"
    reported_have: str  # what `reported_had` is read as
    were_predicate: Pattern  # "were deployed": past unless nothing dates it
    bare_prep: Pattern  # "to about 5,000": a number with no noun after a preposition
    bare_predicate: Pattern  # "5,000 were deployed"
    bare_object: Pattern  # "weighs sending as many as 10,000": the object of a sending verb
    bare_cut: Pattern  # "the force will be cut by a further 1,000": the people a cut takes away
    bare_more: Pattern  # "up to 1,000 more if asked": "more" stands for the people
    bare_another: Pattern  # "another 3,000, including a Stryker brigade, were ordered in"
    bare_relative: Pattern  # "the 10,000 that Mexico pledged to send": sent by the clause after
    force_word: Pattern  # "force" makes a bare level a count of people
    change_from: Pattern  # "fell to 1,500 from 2,400": the words between the two numbers
    change_to: Pattern
    from_word: Pattern
    things_counted: Pattern  # "the number of firearms": counts things, not people
    things_changed: Pattern  # "apprehensions rose to 37,000": a level of things, not people
    per_period: Pattern  # "5,000 a day": a rate, not a number of people
    change_amount: Pattern  # "a drop of 1,500 from the previous cap": a difference, not a level


@dataclass(frozen=True, eq=False)
class Deployers:
    """Who sends the people (LABELING.md `by`)."""

    default: Deployer  # whose people a story means when it names no deployer at all
    mexico: Pattern  # Mexico's government and forces, and where they go ("to Tijuana")
    # "in Tijuana": where Mexico's people go, which tells a sentence's sender but not a
    # passage's (a US story says where the migrants wait)
    mexico_places: Pattern
    # A passage naming Mexico's government or forces this often tells the story from Mexico's
    # side: its "northern border" is the US-Mexico border.
    mexican_view: int
    federal: Pattern  # the US federal government and its forces
    # What only a story told from the US side says, though it names no sender (troops that
    # "apoyarán a la Patrulla Fronteriza"): its "southern border" is this one.
    us_side: Pattern
    federal_mission: Pattern  # a state's Guard on the federal mission ("Title 32")
    federal_people: Pattern  # a federal agency's own people ("150 Border Patrol agents")
    pooled: Pattern  # "from 14 states": a total pooled over several sending states
    pooled_senders: Pattern  # "a dozen states have sent": the same, said of the senders
    state_mission: Pattern  # a governor's own mission ("Operation Lone Star", "Gov. Abbott")
    destination_before: Pattern  # "to Texas": a state named as where people go, not who sends
    asked_after: Pattern  # "answering Abbott's plea": the governor who asked, not who sends
    # Right after a figure, the relative clause that names who sent its people ("the 10,000
    # that President Sheinbaum sent there"): group 1 holds the sender's words
    sender_after: Pattern
    # Right before a figure, the subject and verb that send its people ("... that President
    # Barack Obama sent 1,200"): group 1 holds the subject's words
    acting_sender: Pattern
    states: dict[str, str]  # state name or adjective, in lower case -> two-letter code
    governors: dict[str, str]  # a governor who sent their own people, by name -> state
    not_states: frozenset[str]  # places whose names hold a state's ("Baja California")
    mission_states: dict[str, str]  # a state's own mission named without its state -> state
    state_missions_since: int  # the year governors began border missions of their own
    earlier_state_missions: dict[str, tuple[int, int]]  # a state's own missions before it
    own_guard: Pattern  # right after a state's name: its own Guard ("Texas National Guard")
    state_acts: Pattern  # right after a state's name: it sends or keeps ("Texas has kept")
    own_guard_before: Pattern  # right before it: the same ("Guardia Nacional de Texas")
    governor_of: Pattern  # right before a state's name: its governor ("the governor of Texas")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the engine knows about one language."""

    lang: Lang
    screening_words: tuple[str, ...]  # a page with none of these is not read in full
    function_words: frozenset[str]  # frequent words that tell the language apart
    numbers: Numbers
    phrase: Phrase
    places: Places
    relevance: Relevance
    status: StatusCues
    deployers: Deployers


# A timeline entry dated by its years in any language: "2019:", "2021-24:", "2020–2021:".
YEAR_ENTRY = r"(?P<first>(?:19|20)\d\d)(?:\s*[–-]\s*(?P<last>\d{2}|(?:19|20)\d\d))?:"


def words(text: str) -> frozenset[str]:
    """A word set from a whitespace-separated string."""
    return frozenset(text.split())


def rx(pattern: str) -> Pattern:
    """A case-insensitive pattern; every catalogue pattern is bounded and runs on one sentence.

    A leading word boundary is written as a look-behind, which lets the engine skip faster
    to the places where a match can start (the patterns' words all begin with a letter).
    """
    if pattern.startswith("\\b(?:"):
        pattern = "(?<!\\w)" + pattern[2:]
    return re.compile(pattern, re.IGNORECASE)


LANGUAGES: tuple[Lang, ...] = ("en", "es")


@cache
def lexicon(lang: Lang) -> Lexicon:
    """The catalogue of one language."""
    if lang == "es":
        from extractors.lexicon import es

        return es.LEXICON
    from extractors.lexicon import en

    return en.LEXICON


_SAMPLE = 1000


def language_of(text: str) -> Lang:
    """The language whose function words are most frequent in the text's first words. Words
    are what spaces separate, which is cheap for a step every passage takes: a function word
    glued to a comma goes uncounted, and the many others outweigh it."""
    sample = text[:_SAMPLE].lower().split()
    english, spanish = lexicon("en").function_words, lexicon("es").function_words
    in_spanish = sum(map(spanish.__contains__, sample))
    return "es" if in_spanish > sum(map(english.__contains__, sample)) else "en"
