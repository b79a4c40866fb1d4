"""English: the words that carry meaning in US border coverage."""

from __future__ import annotations

from extractors.lexicon import (
    YEAR_ENTRY,
    Deployers,
    Lexicon,
    Numbers,
    Phrase,
    Places,
    Relevance,
    StatusCues,
    rx,
    words,
)

# Presidents and governors who sent troops to the border, and the calendar years they held
# office (a year counts when they held it for most of it): a figure a leader sent or kept is
# a past figure in a story written after they left.
LEADERS_IN_OFFICE: dict[str, tuple[tuple[int, int], ...]] = {
    "bush": ((2001, 2008),),
    "obama": ((2009, 2016),),
    "trump": ((2017, 2020), (2025, 2100)),
    "biden": ((2021, 2024),),
    "perry": ((2000, 2014),),
    "brewer": ((2009, 2014),),
    "ducey": ((2015, 2022),),
    "jerry brown": ((2011, 2018),),
    "schwarzenegger": ((2004, 2010),),
    "peña nieto": ((2012, 2018),),
    "pena nieto": ((2012, 2018),),
    "calderón": ((2006, 2012),),
    "calderon": ((2006, 2012),),
    "lópez obrador": ((2018, 2024),),
    "lopez obrador": ((2018, 2024),),
    "amlo": ((2018, 2024),),
    "sheinbaum": ((2024, 2100),),
}
# "the 4,000-member force will shrink to 3,000": a level said to change is the one there now
_LEVEL_MOVES = r" (?:grow|shrink|double|triple|expand|swell|rise|climb|fall|drop|decline)\b"
_LEADERS = "|".join(sorted(LEADERS_IN_OFFICE, key=len, reverse=True))
# Divisions and posts of the regular Army and Marines: people "from the 10th Mountain Division"
# or "based at Fort Carson" are active duty (a Guard division has a number of its own, the
# 36th; a Stryker brigade may be either).
_REGULAR_UNITS = (
    r"(?:1st|first) (?:armored|cavalry|infantry) division|(?:2nd|3rd|4th|25th) infantry division|"
    r"10th mountain division|(?:11th|82nd|101st) airborne(?: division)?"
)
REGULAR_POSTS = (
    r"fort (?:bliss|carson|hood|cavazos|campbell|bragg|liberty|drum|riley|stewart|lewis|knox|"
    r"polk|johnson)|camp pendleton|joint base lewis-mcchord"
)
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_NUMBERS = {
    name: number
    for number, month in enumerate(_MONTHS.split("|"), start=1)
    for name in (month, month[:3], month[:4])
}
# "may" the modal, not the month ("in May", "by early May")
_MAY = r"(?<!in )(?<!by )(?<!since )(?<!until )(?<!early )(?<!late )(?<!mid-)(?<!of )may"
_Q = r"(?:about |around |approximately |roughly |nearly |almost |some |just |more than |over |"
_Q += r"up to |near |at least |closer? to |just over |just under |a little (?:more|less) than |"
_Q += r"as many as |as high as |as few as |as low as |no more than |fewer than |less than |"
_Q += r"between )?"
# The verbs of a cut by a number ("cut the force by 1,000", "scaling back ... by 1,000")
_CUT = r"(?:cut|reduc\w*|trim\w*|scal\w* (?:back|down))"
# "may not exceed 2,500": a bound set, not a possibility
_NOT_EXCEED = (
    r"(?:(?:may|can|could|will|shall|must|would) not|cannot|can't|not to) "
    r"(?:exceed|surpass|top|go above|rise above)"
)
# Mexico's secretaries of defense since 2006, named after the title
_MEXICAN_DEFENSE_SECRETARIES = (
    r"(?:guillermo|galv[aá]n|salvador|cienfuegos|luis|cresencio|sandoval|ricardo|trevilla)\b"
)
# How people were sent, in a clause that says so before the predicate of the figure
_SENT = r"(?:send|deploy|dispatch)|sent|deployed|dispatched|ordered|approved"

NUMBERS = Numbers(
    text2num_lang="en",
    number_words=rx(
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|"
        r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b"
    ),
    thousands_separators=",",
    word_scale=rx(r"\s?(k)\b|\s+(thousand|million)\b"),
    scales={"k": 1000, "thousand": 1000, "million": 1_000_000},
    joiners=words("and"),
    article_one=words("a"),
    one="one",
    hyphen_unit=rx(r"-(?:strong|troops?|soldiers?|members?|personnel|person|man)\b"),
    dozen=words("dozen"),
    multipliers=words("hundred thousand million billion"),
    standalone=frozenset(),
    never_numbers=words("hundreds thousands millions billions dozens tens scores"),
    day_before=rx(
        r"\b(?:" + _MONTHS + r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$"
    ),
    not_count_before=rx(
        r"\b(?:title|section|"
        r"no\.|number|page|route|highway|interstate|i-)\s*$|"
        r"(?<![\d,.])\d{1,2}-$"  # a vote or a score: the "4" of "the court's 5-4 order"
    ),
    not_count_after=rx(
        r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\b|\s+(?:percent|per cent)\b|"
        r"-\d{1,3}(?![\d,.])(?!\s+(?:troops|soldiers|guardsmen|members|personnel|agents|"
        r"officers|troopers|marines))"
    ),
    vague_before=rx(r"\b(?:several|few|many|tens|hundreds|thousands|dozens|couple)\s+(?:of\s+)?$"),
    year_count_before=rx(
        r"\b(?:about|around|approximately|roughly|nearly|almost|some|more than|at least|another|"
        r"an additional|as many as|fewer than|less than|close to)\s+$"
    ),
    year_count_after=rx(
        r"\s+(?:(?:more|additional|national guard|guard|active[- ]duty)\s+)?(?:troops|soldiers|"
        r"guardsmen|service ?members|marines|personnel|members|agents|officers|troopers)\b"
    ),
    dates_before=rx(
        r"\b(?:in|since|by|from|until|till|through|during|of|early|late|mid|fiscal|year|summer|"
        r"spring|fall|autumn|winter)\s+$"
    ),
    range_join=rx(r"\s*(?:-|–|—|to|or|and)\s*"),
    between_before=rx(r"\bbetween\s+$"),
    # not "anywhere from 2,000 to 4,000", "anything from 10,000 to 15,000": a range
    from_before=rx(r"(?<!anywhere )(?<!anything )(?<!somewhere )\bfrom\s+(?:\S+\s+){0,2}$"),
    half_before=rx(r"\bhalf\s+$"),
)

_STATES = {
    "alabama": "AL", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "florida": "FL", "georgia": "GA", "idaho": "ID", "indiana": "IN", "iowa": "IA",
    "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new mexico": "NM", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK",
    "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "virginia": "VA", "west virginia": "WV", "wyoming": "WY",
    "alaska": "AK", "illinois": "IL", "maryland": "MD", "new hampshire": "NH",
    "new york": "NY", "north carolina": "NC", "wisconsin": "WI", "texan": "TX",
    "georgian": "GA", "floridian": "FL", "arizonan": "AZ",
}  # fmt: skip
_STATE_NAMES = "|".join(sorted(_STATES, key=len, reverse=True))

PHRASE = Phrase(
    needs_context=words("members elements"),  # "elements of the Guardia Nacional", translated
    total_before=rx(
        r"\b(?:total|overall|combined)\s+(?:(?:number|size)\s+of\s+)?(?:(?:u\.?s\.?|american|"
        r"federal|military)\s+)*(?:forces?|troops|personnel|presence|military|deployment)\b"
        r"[^.;]{0,60}$|"
        r"\b(?:military|troop) presence\b[^.;]{0,40}$"
    ),
    number_of_people=rx(
        r"\bthe number of (?:(?:u\.?s\.?|american|federal)\s+)?(?:troops|soldiers|personnel|"
        r"forces|service ?members)\b[^.;]{0,60}$"
    ),
    part_of_named=rx(
        r"\bof (?:the|those|these) (?:troops|soldiers|service ?members|forces|personnel|members)$"
    ),
    part_of=rx(
        r"\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:more than|about|around|roughly|nearly|some|up to|"
        r"at least|over|almost|approximately) )?(?=\d)"
    ),
    part_of_later=rx(
        r"\b(?:part of|among|out of)\s+(?:(?:the|its|their)\s+)?(?:(?:about|around|roughly|"
        r"nearly|some|approximately|more than|over|at least|up to)\s+)?$"
    ),
    own_fate=rx(
        r"\b(?:remain\w*|stay\w*|(?:have|has|had) (?:already )?arrived|arrived|"
        r"(?:are|is) (?:already|now) (?:there|in place)|(?:will|to) (?:leave|return|go home)|"
        r"left|went home|returned)\b"
    ),
    breakdown=rx(
        r"\b(?:(?<!not )(?<!n't )includ(?:e|es|ed|ing)|among them|of them|"
        r"of whom)\s+(?:\S+\s+){0,2}$"
    ),
    breakdown_goes_on=rx(r"^[^.;:]{0,60}?(?:,|\band)\s+(?:\S+\s+){0,2}$"),
    part_after=rx(r"\s+of (?:them|those|whom|these)\b(?!\s+(?:remain|are still|still|stay))"),
    respectively=rx(r"\brespectively\b"),
    listed_next=rx(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"),
    level_to_next=rx(r"\s+to\s+" + _Q),
    parallel_between=rx(
        r"(?:\s+[^;.:]{1,80}?)?(?:\s*[,:]\s*(?:and\s+)?|\s+and\s+|"
        r"\s*,?\s*(?:including|among them|of them|of whom)\s+)"
        r"(?:(?:about|around|roughly|nearly|some|approximately|another|more than|over)\s+)?"
    ),
    parallel_after=rx(r"\s+(?:(?:in|at|on|along|from|to)\s+(?!\d)|in (?:19|20)\d\d\b)"),
    parallel_named=rx(
        r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:" + _STATE_NAMES + r")\s+"
        r"(?:(?:about|around|roughly|nearly|some|approximately|more than|over)\s+)?$"
    ),
    asks_count=rx(r"\bhow many\b"),
    corrects_count=rx(
        r"\b(?:misstated|misreported|(?:incorrectly|wrongly) (?:stated|reported|gave)|"
        r"gave (?:an? |the )?(?:incorrect|wrong)|to correct) (?:the )?(?:number|figure|count)\b"
    ),
    part_of_people=rx(
        r"\s+of\s+(?:the|its|their|his|her|those|these|(?:that |this )?[^\W\d_]+(?:'s|’s))\s+"
        r"(?:own\s+)?(?!\d)"
    ),
    names_before_number=words("title section"),
    group_heads=words(
        "forces companies units battalions brigades teams platoons squadrons rotations deployments"
    ),
    personnel_heads=words(
        """troops soldiers servicemembers members personnel forces marines sailors airmen
        guardsmen guardsman guardmen reservists agents officers police troopers deputies women
        paratroopers augmentees lawyers drivers engineers medics mps staffers marshals guards
        citizen-soldiers elements"""
    ),
    stop_words=words(
        """to from in at on for by per with who that which will would are is were was have has
        had be been being percent a an the of into than as across each every this these those it
        its their his her they he she we our while during since until after before over under
        about said says say could can may might should must when already there now last then if
        unless along through near toward towards within next home combined early late today
        currently still how many much expected scheduled slated due likely once just reached
        depending later earlier soon but possibly probably potentially eventually also starting
        beginning effective several instead overall ultimately initially altogether apiece"""
    ),
    modifier_nouns=words(
        "us u.s states state federal american forces marines arms operations service"
    ),
    of_words=words("of"),
    articles=words("the its their his her our"),
    qualifier_words=words("around approximately roughly nearly almost some"),
    and_words=words("and or"),
    component_heads=words("guard reserve army military guardia patrol"),
    elided_heads=words("guard active-duty duty"),
    name_continuations=words("nacional national guard"),
    more_after_head=words("more additional"),
    hyphen_unit=rx(
        r"-(?:strong|troops?|soldiers?|members?|personnel|person|man)\b"
        r"(?:\s+(?:active[- ]duty|national guard|guard|marine|army|federal|military|u\.?s\.?)){0,3}"
    ),
    members_context=rx(
        r"\b(?:service|military|guard|guardia|army|marines?|forces?|(?:state|highway) patrol)\b"
    ),
    components=(
        (
            "guard",
            rx(
                r"\b(?<!coast )(?:national )?guard(?:s?men|sman|smen)?\b|\bguardia nacional\b|"
                r"\bcitizen-soldiers?\b"
            ),
        ),
        ("reserve", rx(r"\breserv(?:e|es|ists?)\b")),
        ("military", rx(r"\b(?:mexican|mexico's|mexico’s) (?:army|military)\b")),  # not active duty
        (
            "active",
            rx(
                r"\bactive[- ](?:duty|component)\b|\btitle 10\b|\bregular army\b|"
                r"\bregular (?:troops|soldiers|forces)\b"
            ),
        ),
        (
            "active",
            rx(
                r"\b(?:u\.?s\.? |united states )?(?:army|marines?|marine corps)\b|"
                r"\bparatroopers\b"
            ),
        ),
        (
            "unit",
            rx(r"\b(?:" + _REGULAR_UNITS + r")\b|\b(?:based at|from) (?:" + REGULAR_POSTS + r")\b"),
        ),
        (
            "police",
            rx(
                r"\b(?:agents|officers|police|troopers|deputies|marshals|law[- ]enforcement|"
                r"(?:state|highway|border) patrol)\b"
            ),
        ),
        ("police", rx(r"\bborder patrol\b")),
        ("police", rx(r"\b(?:homeland security|dhs|cbp) (?:personnel|staff)\b")),
        ("generic", rx(r"\b(?:troops|soldiers|service ?members|personnel|forces)\b")),
        ("military", rx(r"\bcombined\b")),  # "6,000 combined": all components together
    ),
    component_aliases=(
        (rx(r"\b(?:army|air) national guard\b"), "national guard"),
        (rx(r"\bmilitary police\b"), "military"),
        # A service in a title or an agency's name names a person or an office, not the troops:
        # "Army Lt. Col. ... said 1,000 troops are going home", "the Army Corps of Engineers".
        (
            rx(
                r"\b(?:u\.?s\.? )?(?:army|marine corps|marines?)\s+(?=(?:lt|lieutenant|maj|major|"
                r"brig|brigadier|gen|general|col|colonel|capt|captain|sgt|sergeant|cpl|spc|"
                r"secretary|spokes(?:man|woman|person)|chief|officials?|commanders?|"
                r"corps of engineers|north)\b)"
            ),
            "service ",
        ),
    ),
    active_with_guard=rx(r"active[- ]duty|title 10|marines?"),
    guard_in_a_mix=rx(
        r"\b(?:troops|soldiers|service ?members|military|army)\s+(?:and|or)\s+(?:\w+\s+){0,2}"
        r"guard|\bguard(?:s?men)?\s+(?:and|or)\s+(?:\w+\s+){0,1}(?:army|military|soldiers|troops)\b|"
        # "10,000 troops ..., including roughly 2,400 National Guard members", "2,200 troops,
        # most of them Guard members", "9,600 service members, roughly 2,400 of them Guard"
        r"including(?<=\bincluding)\s+(?:\S+\s+){0,3}(?:national )?guard|"
        r"of them(?<=(?<!\ball )\bof them) (?:\w+\s+){0,2}guard|"
        r"mostly(?<=\bmostly) (?:\w+\s+){0,2}guard|largely(?<=\blargely) (?:\w+\s+){0,2}guard"
    ),
    conjunction=rx(r"\s+(?:and|or|&)\s+|,\s+"),
    force_next=rx(
        r"\W*(?:they|all|all of them|both|the troops|the soldiers)\s+(?:are|were)\s+(?:all\s+)?"
        r"(active[- ]duty|national guard)\b(?! (?:and|or)\b)"
    ),
    joined_component=rx(
        r"\s+and\s+(?:(?:the|of the)\s+)?(reserv(?:e|es|ists)|national guard|guard(?:s?men)?|"
        r"active[- ]duty (?:troops|soldiers|forces|personnel|service members)|marines)\b"
        r"(?!\s+(?:\w+\s+)?(?:said|say|says|sent|will|would|have|has|had|are|were)\b)"
    ),
    stated_mix=rx(
        r"\b(?:a mix(?:ture)? of|made up of|drawn from|most of them|mostly|largely|including|"
        r"counting)\s+"
        r"(?:\w+\s+){0,3}?(?:active[- ]duty|national guard|guard(?:s?men)?|reserv\w*|marines)\b|"
        r"\b(?:active[- ]duty|guard) and (?:national )?(?:guard|active[- ]duty),? "
        r"(?:combined|together)\b"
    ),
    staff_words=words("personnel staff staffers employees"),
    agency_staff=rx(
        r"^(?=(?:(?!troops|soldiers|guard|pentagon|military|defen[cs]e|dod|request|support)[^;])*$)"
        r"(?:[^;]*\b(?:cbp|dhs|border patrol|customs and border protection|homeland security|ice|"
        r"tsa|transportation security administration)\b[^;]*)$"
    ),
    predicate_force=rx(
        r"^\W*(?:(?:\w+ ){0,2}?(?:are|were|is) (?:all |mostly )?(?:on )?|all (?:of them )?|on |"
        r"(?:drawn |mostly |largely )?from (?!both )(?:an? |its |the |their |\w+'s )?(?:own )?"
        r"(?:\w+ ){0,2}?)"
        r"(active[- ]duty|national guard)(?! (?:and|or) (?:its |the )?(?:army|marines|reserv))|"
        r"^\s+(combined)\b|"
        r"^\W*(?:\w+ ){0,2}?(?:from|with|of) (?:the |an? |its )?(?:[\w'’-]+,? ){0,5}?("
        + _REGULAR_UNITS
        + r")\b|^,?\s+((?:based at|from) (?:"
        + REGULAR_POSTS
        + r"))\b|"
        r"^[^.;]{0,80}?\b(?:including|both|a mix of|made up of) (?:both )?(?:the )?"
        r"(active[- ]duty [^.;]{0,30}?\band [^.;]{0,15}?national guard|"
        r"national guard [^.;]{0,30}?\band [^.;]{0,15}?active[- ]duty)|"
        # "1,400 personnel, including Border Patrol agents and officers from other agencies"
        r"^,\s+including\s+(?:\w+\s+){0,2}?(agents|officers)\b"
        r"(?![^.;]{0,40}\b(?:troops|soldiers|guard|marines|military|army)\b)"
    ),
)

_CANADA_BORDER = (
    r"(?:canad(?:a|ian)|trudeau)\b(?:(?!mexic|southern|southwest)[^.;]){0,160}?"
    r"(?:(?:its|the|their) (?:own )?border\b(?: with the united states)?|"
    r"border with the united states)"
)

PLACES = Places(
    border=rx(
        r"\bports? of entry\b|"
        r"\bborder\b(?!\s+(?:crossings?|patrol|wall|security|agents?|officials?|czar|policy|"
        r"agency|protection|apprehensions|arrests|states?|towns?|cities|communities|counties))"
    ),
    attached=rx(r"[\s'’s-]*(?:u\.?s\.?[\s-]*)?"),
    us_mexico=rx(
        r"\b(?:south(?:ern|west|western)? (?:u\.?s\.? )?border|south(?:west|western) frontier|"
        r"(?:u\.?s\.?|united states|america|"
        r"texas|arizona|california|new mexico)[- –]+mexic(?:o|an) border|mexic(?:o|an) border|"
        r"(?:border|frontier) with (?:the u\.?s\.?|the united states|mexico)|"
        r"texas[- –]+u\.?s\.? border|"
        r"(?:states|cities|towns) (?:that|which) border (?:the u\.?s\.?|the united states|mexico)|"
        r"border mission|border states?|south(?:west|western) states|"
        r"operation (?:lone star|faithful patriot|guardian support|secure line|jump ?start)|"
        r"joint task force[- –](?:north|southern border)|national defense areas?|rio grande|"
        r"el paso|eagle pass|shelby park|laredo|ciudad ju[aá]rez|tijuana|nogales|brownsville|"
        r"del rio|"
        r"yuma|mcallen|san ysidro|big bend|presidio|calexico|lukeville|sasabe|santa teresa|"
        r"otay mesa|chula vista|rio grande valley|hidalgo county|starr county|maverick county|"
        r"cochise county|santa cruz county|(?:san diego|el centro|tucson) sector|"
        # helping the Border Patrol or the border's security: at this border, unless the
        # words after name Canada's ("to help the Border Patrol along the U.S.-Canada border")
        r"(?:support(?:ing|s|ed)?(?: of)?|assist(?:ing|s|ed)?|help(?:ing|s|ed)?) (?:(?:u\.?s\.? )?"
        r"(?:customs and border protection|cbp|(?:the )?border patrol)|"
        r"with (?:the )?border security)(?![^;]{0,60}?\bcanad))\b"
    ),
    mexico_north=rx(
        r"\bmexico'?s? northern border|\b(?:its|the country'?s) northern border|"
        r"\bnorthern border with the (?:u\.?s\.?|united states)|"
        r"\bnorthern mexico\b|"
        r"\b(?:its|mexico'?s|the country'?s) northern and southern borders"
    ),
    northern_border=rx(r"\bnorthern (?:border|frontier)\b|\bnorth of the country\b"),
    southern_border=rx(r"\bsouthern (?:border|frontier)\b|\bto the south\b(?! of\b)"),
    foreign_south=rx(
        r"\bsouthern border,? (?:in|near) (?:chiapas|tabasco|guatemala|belize)|"
        r"\bcanad\w*\b[^.;]{0,100}?\bborder with the (?:u\.?s\.?|united states)|"
        r"\bsouth(?:ern)? border with (?:guatemala|belize|honduras|el salvador|nicaragua|colombia|"
        r"brazil|lebanon|jordan|egypt|gaza|syria|iraq|afghanistan)|"
        r"\b(?:mexico|israel|ukraine|russia|india|pakistan|lebanon|poland|"
        r"guatemala|syria|turkey|iraq)'?s? southern border|"
        r"\bmexic(?:o|an)\b[^.;]{0,80}?\bits (?:own )?south(?:ern)? border|"
        # Mexico's own south, where its Guard met the caravans of 2018-19
        r"\b(?:deployed|stationed|posted|sent|sending|patrolling) (?:\S+ ){0,3}?"
        r"(?:in|to|across|throughout) southern mexico\b|"
        r"\bmexic(?:o|an)\b[^.;]{0,80}?\b(?:its|the country'?s) south(?:ern)? (?:region|states)\b"
    ),
    elsewhere=rx(
        # "Canada ... would put 10,000 personnel on its border with the United States"
        r"\b(?:" + _CANADA_BORDER + "|"
        r"canad(?:a|ian)|poland|polish|overseas|abroad|"
        r"(?:deployed|stationed|posted) (?:\S+ ){0,4}?across the country|"
        r"romania|germany|europe(?:an)?|nato|middle east|mideast|"
        r"baltics?|lithuania|latvia|estonia|ukrain\w*|russia\w*|israel\w*|lebanon|gaza|syria|"
        r"iraq|afghanistan|kandahar|kabul|helmand|baghdad|fallujah|mosul|korea|japan|taiwan|venezuela|caribbean|haiti|guatemala\w*|belize|"
        r"honduras|pakistan|india|bangladesh|belarus\w*|finland|finnish|norway|sweden|greece|"
        r"greek|armenia|azerbaijan|moldova|kosovo|serbia|hungary|niger|mali|somalia|sudan|"
        r"west africa|liberia|sierra leone|ebola|"
        r"yemen|iran\w*|jordan|egypt|saudi|kuwait|qatar|philippines|china|chinese|panama|"
        r"colombia|ecuador|cuba|nicaragua|tapachula|chiapas|suchiate|sinaloa|culiac[aá]n|"
        r"michoac[aá]n|guerrero|(?:in|to) monterrey|"
        r"border with (?!mexico\b)(?!the u)[a-z]+|"
        r"los angeles|chicago|portland|memphis|new orleans|baltimore|minneapolis|"
        r"new york city|manhattan|brooklyn|massachusetts|boston|denver|"
        r"d\.c\.|district of columbia|nation'?s capital|the capital|washington, d|"
        # a disaster, not "the flood of illegal immigrants"
        # "needs them at home during hurricane season": a reason, not a place they are sent
        r"hurricane(?!s? season)|wildfires?(?! season)|fires(?! season)|evacuations|"
        r"floods?(?! of\b)|flooding|storm(?! of\b)|tornado|"
        r"earthquake|"
        # "since Inauguration Day" dates a level; "for the inauguration" sends troops elsewhere
        r"(?<!since )(?<!since the )(?<!before )(?<!after )(?<!until )inauguration(?! day)|"
        r"insurrection(?! act)|"
        r"elections? (?:security|duty|sites?|workers?)|polling (?:places?|sites?|stations?)|"
        r"vaccin\w*|pandemic relief|testing sites?|food banks?|"
        r"(?:coronavirus|covid(?:-19)?|pandemic) duty|"
        r"(?:for|during) the (?:covid(?:-19)? |coronavirus )?pandemic|"
        r"deportation(?:s| efforts)?|protests?|unrest|riots?|"
        r"(?:the (?:country's |nation's )?|in the )interior(?! (?:department|secretary|ministry))|"
        r"interior of the (?:country|nation|united states|u\.s\.))\b"
    ),
    canada_border=rx(r"\b" + _CANADA_BORDER),
    canada_names=("canad", "trudeau"),
    southwest_context=rx(
        r"\b(?:mexic\w*|texas|arizona|new mexico|el paso|san diego|migrants?|caravans?|asylum|"
        r"border patrol|cbp|customs and border protection|cartels?)\b"
    ),
    destination_before=rx(
        r"\b(?:to|into|toward|towards|for|along)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,2}$"
    ),
    # "from the northern border", "from Ohio and": a place joined to the one they leave leaves
    origin_before=rx(
        r"\bfrom\s+(?:the\s+|its\s+)?(?:[\w.]+(?:\s+[\w.]+)?,?\s+and\s+)?$|"
        # "from sectors along the Canadian border": where the people are now
        r"\bfrom\s+(?:\S+\s+){1,3}?(?:along|on|near|at)\s+(?:the\s+)?$"
    ),
    next_item_before=rx(r"\band\s+(?:in|at|on|along)\s+(?:the\s+)?$"),
    errand=rx(
        r"(?:hurricane|wildfire|fire|flood|storm|tornado|earthquake|evacuation|vaccin|testing|"
        r"pandemic|coronavirus|covid|election|polling|food bank)"
    ),
)

# "staffing observation posts": manning places, not hiring people
_POSTS = (
    r"(?:\w+ )?(?:posts?|checkpoints?|towers?|sites?|camps?|ports?|crossings?|stations?|"
    r"bridges?)\b"
)

# How a page labels a link to another story: the label and the story on one line ("Related:
# ..."), or the label over a list of them ("Related coverage").
_LINKS_TO = (
    r"related(?: stor(?:y|ies)| coverage| articles?| content| news| links?)?|"
    r"read (?:more|next|also)|"
    r"see also|also see|also read|recommended|must read|further reading|"
    r"(?:more|previous|earlier) coverage|don'?t miss"
)

RELEVANCE = Relevance(
    military_words=rx(
        r"\b(?:troops?|soldiers?|service ?members|national guard|guardsm[ae]n|marines|"
        r"(?:guard|military|army|uniformed) members|guard (?:soldiers|troops|force)|"
        rf"(?:{_STATE_NAMES}) guard|"
        r"guardia nacional|"
        r"members of (?:the |its )?(?:national guard|army|military)|"
        r"active[- ]duty|reservists|(?:military|pentagon|dod|(?:defense|war) department) personnel|"
        r"airmen|paratroopers|military police|mps|troopers|"
        r"(?:title 10|military|u\.?s\.?|american|federal) forces|(?:military|guard) presence|"
        r"(?:military|troop|guard) (?:mission|deployment)|border mission)\b"
    ),
    civilian_words=rx(
        r"\b(?:agents|officers|police|troopers|law enforcement|personnel|game wardens|deputies|"
        r"marshals|(?:state|highway) patrol)\b"
    ),
    move_verbs=rx(
        r"\b(?:deploy\w*|send\w*|sent|dispatch\w*|reassign\w*|surg\w*|redirect\w*|detailed|"
        r"assign\w*|station\w*|transfer\w*|mobiliz\w*|activat\w*|provid(?:e|es|ed|ing)|moved|move|moves|"
        r"moving|(?:left|leav(?:e|es|ing)|bound|head(?:s|ed|ing)?) for|on (?:their|its) way)\b"
    ),
    leave_verbs=rx(
        r"\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)? (?:out|back)|pulled from|recall(?:s|ed|ing)?|"
        r"reassign\w*|redeploy\w*|divert\w*|"
        # "moved 4,000 Guard members from the northern border to Guanajuato"
        r"(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|transferr?(?:s|ed|ing)?) "
        r"(?:[\w,'’-]+ ){0,8}?from|"
        r"reduc(?:e|es|ed|ing))\b"
    ),
    not_deployment=rx(
        r"\b(?:made up of|consists? of|comprised of|employs?|workforce|carry|carries|seats?|"
        r"(?:photo(?:graph)?s?|pictures?|images?|videos?|footage) of|"
        r"(?:the )?equivalent of|"
        r"(?:drawn|chosen|selected|taken|pulled) from (?:a|its|the state's) (?:force|pool|"
        r"total) of|"
        r"holds?(?! at\b)|capacity|accommodate\w*|home to|(?:can|could|to|will) house|room for|"
        r"space for|"
        r"beds? for|killed|died|dead|deaths?|wounded|injured|"
        r"arrested|apprehended|detained|deported|(?:hire\w*|hiring)(?! and (?:deploy|send|station|"
        r"assign))|recruit\w*|vacanc\w*|"
        r"interview(?:ed|ing|s with)|surveyed|polled|signed by|"
        r"staffing|(?:shortage of|short of (?!the\b))|free(?:s|d|ing)?(?: up)?)\b|"
        # "the Guard is short roughly 8,000 soldiers", "whether it's 2,000 troops or 20,000"
        r"\b(?:short|whether it'?s|whether it is) (?:about |roughly |some |nearly |more than )?$|"
        # "the caravan, now about 3,500 strong": migrants
        r"\bcaravans?,? (?:now |which (?:is|was) |numbering |of )(?:about |some |roughly |nearly |"
        r"more than )?$"
    ),
    force_size=rx(
        r"\b(?:guard|brigade|division|battalion|regiment)(?:'s|’s| (?:alone |now )?(?:numbers?|has|"
        r"totals?|counts?)|"
        r" (?:\S+ ){0,3}?(?:began|begins|started|starts) operat\w* (?:\S+ ){0,3}?with)\s+"
        r"(?:about |around |roughly |some |nearly |almost |more than |over |approximately )?$"
    ),
    force_size_after=rx(r"\s+in (?:the |its |their )?(?:[\w.'’]+ ){0,2}?(?:force|ranks)\b"),
    placed_there=rx(r"\s*(?:there|here|in place|on the ground|on (?:the|that|this|its) mission)\b"),
    transport=rx(r"\b(?:carrying|transporting|ferrying)\b"),
    contrast=rx(r"\b(?:while|whereas|with the rest|and (?:another|other)(?= \d))\b"),
    need_less=rx(r"\b(?:reduc|lessen|eliminat|eas|cut)\w* the need for\b"),
    staffing=rx(
        r"\b(?:statewide|in (?:its|their) ranks|on (?:its|their) rolls|employs?|"
        r"(?:hire\w*|hiring)(?! and (?:deploy|send|station|assign))|recruit\w*|vacanc\w*|"
        r"staffing(?! " + _POSTS + r")|workforce|"
        r"(?:shortage of|short of (?!the\b))|attrition|payroll)\b"
    ),
    subordinate=rx(
        r"\b(?:as|when|because|since|until|once|while|whereas)\b|[;:—–]|"
        r",\s+and\s+(?:that|has|have|had)\b"
    ),
    purpose=rx(r"\b(?:in order to|so as to)\b"),
    staff_count=rx(
        r"\b(?:has|(?<!would )(?<!will )have|had|employs?|employing|fields?|fielded|fielding|"
        r"reach|reaches|numbers?|"
        r"totals?|trains?|training|"
        r"(?:take|takes|took|taking|bring|brings|brought|bringing) (?:the )?"
        r"(?:agency|border patrol|cbp)(?:'s|’s)? (?:\w+ )?to|"
        r"(?:grow|grew|grown|growing|rise|rose|rising|increased?|increasing) (?:from|to)|"
        r"hires?|hiring|fund(?:s|ed|ing)?|funding for|pay(?:s|ing)? for|paid for|"
        r"represent(?:s|ing)|"
        r"(?:border patrol|the agency|cbp) (?:\w+ ){0,3}?(?:adds?|added|adding)|"
        r"(?:expand|increas|boost|grow)(?:s|es|ed|ing|e)? (?:the )?(?:border patrol|agency|cbp) by|"
        r"(?:sector|station|department|office|agency|border patrol),? (?:with|at)|(?:his|her|its)|"
        r"(?:has|have|had) (?:added|hired|trained)|(?:permanent|regular) (?:force|staff) of|"
        r"(?:border patrol|cbp|agency|sector)(?:'s|’s))\s+"
        r"(?:about |around |roughly |some |nearly |almost |more than |over |fewer than |just over |"
        r"just under |approximately )?(?:an? (?:record|all-time high of|historic) )?$"
    ),
    staff_heads=words("agents officers deputies"),
    state_officers=rx(r"\W*(?:\S+ ){0,3}?(?:state|dps|highway patrol)\b"),
    staff_new=rx(r"\s+new\b"),  # "14,000 new agents over five years": hiring
    local_police=rx(r"\s+(?:municipal|city|local) (?:police|officers)\b"),
    border_agency=rx(r"\b(?:border patrol|cbp|customs and border protection)\b"),
    rate=rx(r"^\s*(?:per|a|each|every|for every) (?:mile|kilometer|km|shift)\b"),
    share=rx(r"\s+(?:in|out of)\s+(?:every\s+)?"),
    other_story=rx(r"^(?:" + _LINKS_TO + r"|read(?: the full story)?|more|watch|listen)\s*[:|]"),
    # The dash first, then what stands before it: the engine skips from dash to dash.
    listed_story=rx(
        r" - (?<=\S - )"
        r"(?:\d{1,2}[mhd]|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.? \d{1,2})"
        r"(?: -)?\s*$"
    ),
    more_stories=rx(
        r"^(?:" + _LINKS_TO + r"|more (?:from|in|on|stories|news)\b.{0,40}|"
        r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended (?:for you|"
        r"stories)|topics|top stories|you (?:may|might) (?:also )?like|latest (?:news|stories))"
        r"\s*:?\s*$"
    ),
    furniture=rx(
        r"^(?:advertisement|ad|sponsored(?: content)?|skip (?:advertisement|ad)|"
        r"(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad))"
        r"(?: advertisement)?|continue reading(?: (?:the )?(?:main )?story)?(?: below)?|"
        r"(?:sign up|subscribe)\b.{0,80}|(?:get|receive) (?:our|the) .{0,40}newsletter.{0,40}|"
        r"share(?: this)?(?: page| article| story)?|view comments|(?:be the first to )?comment|"
        r"comments?(?: \(\d+\))?|leave a (?:reply|comment)|play live radio|next up|"
        r"listen(?: to (?:this|the) (?:article|story))?(?: \d+:\d+)?|(?:\d+:\d+ ?)+|\{\w+\}|"
        r"print|email|facebook|twitter|whatsapp|copy link|copyright .{0,80}|©.{0,80}|"
        # "Published: Nov. 5, 2024 at 3:45 p.m.", "Updated 10:14 AM EST"
        r"(?:first |last )?(?:published|updated|posted)(?: on| at)?:? (?:[a-z]+\.?,? )?"
        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}[:/.]\d|"
        r"\d{4}-\d).{0,60}"
        r")\W*$"
    ),
    editors_note=rx(r"^\W*(?:editor'?s note|note to readers)\b"),
    earlier_version=rx(
        r"\b(?:earlier|previous|original) version (?:of (?:this|the) (?:story|article|report|post|"
        r"item) )?(?:incorrectly |erroneously |mistakenly |wrongly )?(?:said|stated|reported|gave|"
        r"misstated|put|described|had)\b"
    ),
    caption=rx(
        r"^(?:photo(?: caption)?|\[?caption|pictured)\s*:|\((?:[\w.]+ ){0,4}?photos?\b|"
        r"\bphotos? (?:by|credit|courtesy)\b|\b(?:reuters|ap|afp|getty images)/\w|"
        r"\bgetty images\b|\bimage credit\b|"
        # "... (Eric Gay/AP)", "... | Eric Gay/Associated Press": a photographer's credit
        r"(?-i:[(|] ?(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]*? ?/ ?(?:AP|AFP|Reuters|"
        r"(?:The )?Associated Press)\)?)\s*$"
    ),
    caption_words=(
        "photo",
        "caption",
        "pictured",
        "getty",
        "reuters",
        "ap/",
        "afp",
        "/ap",
        "/ ap",
        "associated press",
        "credit",
    ),
    fate=rx(
        r"\b(?:died|(?:were|was|have been|had been) (?:\w+ )?(?:killed|injured|wounded|hurt|"
        r"arrested|charged|indicted|convicted|disciplined|fired|jailed|detained|deported|"
        r"affected|sickened|hospitalized|struck|assaulted|attacked)|"
        r"tested positive|(?:lost )?to retirement|(?:had |have )?(?:experienced|faced|suffered) "
        r"(?:late|missed|delayed) (?:pay|paychecks)|(?:had|have|were) not (?:been )?paid|"
        r"(?:are|were|is|was) not part of the border mission|"
        r"died by suicide|suicides?|who spoke on (?:the )?condition of anonymity|"
        r"who (?:asked|requested) not to be (?:named|identified))\b"
    ),
)

STATUS = StatusCues(
    qualifiers=(
        (
            rx(
                r"\b(?:up to(?: a total of)?|as many as|as high as|no more than|not more than|"
                r"a maximum of|at most|" + _NOT_EXCEED + r"|"
                r"fewer than|less than|(?:fall|drop|dip|shrink)s? (?:to )?(?:below|under))\s+"
                r"(?:about |around |roughly )?$"
            ),
            "upper",
        ),
        (
            rx(
                r"\b(?:at least|more than|over|upwards of|in excess of|a minimum of|a minimum|"
                r"(?:push\w*|rais\w*|bring\w*|brought|climb\w*|ris\w*|rose|grow\w*|grew|"
                r"(?:the )?total) (?:\S+ ){0,8}?(?:past|above|beyond))\s+"
                r"(?:about |around |roughly )?$"
            ),
            "lower",
        ),
        (
            rx(
                r"(?:\b(?:about|around|approximately|roughly|nearly|almost|closer? to|some|"
                r"an estimated|estimated|near|approx\.?)|~)\s*$"
            ),
            "approx",
        ),
    ),
    approx_after=rx(r"\s+or so\b"),
    anteriority=(
        (
            rx(
                r"\b(?:(?<!who )(?<!which )(?<!that )had(?: \w+ly)? (?:(?!asked|requested|sought|"
                r"wanted|proposed|planned|hoped|considered|weighed|discussed|pushed|called|"
                r"lobbied|urged|floated|suggested|pitched)"
                r"\w+ed|sent)|initially|originally|previously|"
                r"before the (?:reinforcements?|surge|buildup|build-up|increase)|"
                r"formerly|last year|(?:a|one|two|three|four|five|several|\d+) years? ago|"
                r"at (?:its|the) (?:peak|height)|peak(?:s|ed)|topped out|numbered|"
                r"at one point|"
                r"once (?:had|numbered|reached|topped|totaled|counted|involved|included|employed)|"
                r"that (?:fall|autumn|spring|summer|winter|year)|(?:was|were|had been) joined by|"
                r"(?:his|her|trump's|the) first (?:trump |obama |bush )?(?:term|administration)|"
                r"(?:a|the|its) peak of|"
                r"(?:previous|prior|last) administration|(?<=['’]s )peak of|then-(?=[a-z])|"
                # "Earlier rotations sent a combined 100": the units before this one
                r"(?:earlier|previous|prior|past) (?:rotations|contingents|deployments)|"
                r"(?<=['’]s \d{4} )peak of|"
                r"when (?:\S+ ){0,5}?(?:sent|deployed|dispatched|ordered|stationed|took office)|"
                r"(?:days|weeks|months|years) after (?:\S+ ){0,5}?(?:sent|deployed|dispatched|"
                r"ordered)|when (?:the |its |it )?(?:\w+ )?(?:mission|deployment|operation)? ?"
                r"(?:began|started)|"
                r"total(?:ed|led))\b"
            ),
            "previous",
        ),
    ),
    authorized_after=rx(r"^\s+(?:that |which )?(?:the |its )?(?:\w+\s+){0,3}?authorized\b"),
    cap_limit=rx(
        r"\b(?:caps?|capped|ceiling|limit\w*|allow\w*|troop cap|the use of|" + _NOT_EXCEED + r")\b"
    ),
    cap_words=rx(
        r"(?<!not )(?<!not yet )(?<!n't )(?<!n't yet )"  # "a request the Pentagon has not approved"
        r"\b(?:authoriz\w*|allow\w*|permit(?:s|ted|ting)?|approv\w*|caps?|capped|limit\w*|ceiling|"
        r"sign(?:s|ed)? off|"
        r"oks|ok['’]d|okay(?:s|ed)|agree(?:s|d)? to keep)\b"
    ),
    earlier_year=rx(
        r"\b(?:(?:(?:in|during|back in|by|of|from|starting in|began in|late|early|mid|'s|’s)\s+|"
        r"mid-\s*)(?:(?:"
        + _MONTHS
        + r")\s+)?(?:fy ?|fiscal year )?|(?<!since )(?:"
        + _MONTHS
        + r"|"
        r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+"
        r"(?:\d{1,2},\s+)?|(?=(?:19|20)\d\d\s*[:—–]\s))((?:19|20)\d\d)\b"  # "2019: ..."
    ),
    since=rx(r"\b(?:since|began|begun|started|launched)\b"),
    place_clause=rx(r",\s+where\b(?!\s+(?:they|the troops|the soldiers|the guard)\b)"),
    counted_from=rx(
        r"\b(?:(?:a|one|two|three|four|five|six|\d+|several) (?:years?|months?|weeks?) "
        r"(?:after|since))\b"
    ),
    leader_acts=rx(
        r"\b(?:under|by)\s+(?:president\s+|gov\.?\s+|governor\s+)?(?:\w+\s+)?(" + _LEADERS + r")\b|"
        r"\b("
        + _LEADERS
        + r")(?:'s|’s|,[^,]{0,60},)?\s+(?:(?:19|20)\d\d\s+)?(?:(?:has|have) (?:also |since )?)?"
        r"(?:sent|deployed|ordered|dispatched|"
        r"kept|agreed (?:\w+ ){0,3}?to (?:send|deploy)|"
        r"had|stationed|mobilized|activated|deployment|mission|operation|surge|administration)\b"
    ),
    leaders_in_office=LEADERS_IN_OFFICE,
    timeline_entry=rx(
        r"^(?:(?:(?:early|mid-?|late|in) )?(?P<month>" + _MONTHS + r"|jan|feb|mar|apr|jun|jul|aug|"
        r"sept?|oct|nov|dec)\.?(?:\s*[–-]\s*\w+)?(?: \d{1,2})?(?:,? (?P<year>(?:19|20)\d\d))?:|"
        + YEAR_ENTRY
        + ")"
    ),
    months=MONTH_NUMBERS,
    year_passed=rx(
        r"\b(?:in|since|back in|from|and|to)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + _MONTHS + r"|"
        r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:\d{1,2},\s+)?)?$"
    ),
    year_before=rx(
        r"\b(?:last (?:year|spring|summer|fall|autumn|winter)|a year ago|"
        r"(?:two|three|four|five|several|\d+) years ago|"
        r"the (?:previous|prior) year|the year before|a year later|(?:months|years) later|"
        r"early this year|earlier this year|"
        r"the (?:following|next) (?:year|spring|summer|fall|autumn|winter)|"
        r"(?:in|during) (?:his|her|trump's|the) first (?:term|administration))\b"
    ),
    joined_verb=rx(
        r"\band (?:then |also )?(?:send|deploy|add|put|station|move|dispatch|assign|mobiliz|"
        r"bring|keep)\w*(?: (?:up to|about|around|roughly|nearly|some|another|an additional|"
        r"more than|as many as|at least))?\s*$"
    ),
    compared=rx(
        r"\b(?:(?:fewer|more|less|greater|smaller|larger|higher|lower) than|compared (?:with|to))"
        r" (?:the|those) (?:\w+ )?$"
    ),
    modal_and_past=(
        (
            rx(
                r"\b(?:could|might|"
                + _MAY
                + r"|would(?! leave| bring)|likely|probably|possibly|perhaps|potentially|"
                r"weighs?|weighing|"
                r"consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|discuss(?:es|ed|ing)?|weighed|"
                r"contemplat\w*|float(?:s|ed|ing)|"
                r"draft(?:s|ed|ing)? (?:\w+ ){0,2}?(?:plans?|options?|proposals?|orders?)|"
                r"draw(?:s|n|ing)? up (?:\w+ ){0,2}?(?:plans?|options?)|on the table|"
                r"prepar(?:e|es|ed|ing) (?:\w+ ){0,2}?(?:plans?|options?)|"
                r"plans? (?:are|were|is|was) being (?:drafted|drawn up|prepared)|"
                r"close to (?:approving|signing off on|deciding|ordering|sending)|"
                r"(?:stud(?:y|ies|ying)|evaluat(?:e|es|ing)|assess(?:es|ing)?) (?:whether|sending)|"
                r"explor(?:es|ed|ing)|prepar(?:es|ing) to(?! send)|"
                r"expect(?:s|ed)? (?:(?:the |its |their |that |this )?[\w'’-]+ "
                r"(?:[\w'’-]+ ){0,2})?to|"
                r"(?:is|are|stands?|stood|was|were) (?:\w+ )?ready to (?:add|send|deploy|provide|"
                r"put|dispatch|station)|"
                r"(?:expected|projected) (?:size|number|total|strength|peak)|"
                r"offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|seek(?:s|ing)?|wants?|wanted|"
                r"(?<!order )call(?:s|ed)? for|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|options?|"
                r"suggest(?:s|ed|ing)?(?= (?:sending|deploying|adding|about|around|roughly|up to|"
                r"as many as|some|nearly) |\s*$)|"
                r"hop(?:e|es|ed|ing) to|amendment|threaten(?:s|ed|ing)?(?: \w+){0,2}? to|"
                r"(?<!reached its )(?<!reached the )(?<!met its )goal|"
                r"aim(?:s|ed|ing)? to|(?:push|press)(?:es|ed|ing)? (?:for|to)|"
                r"lobb(?:y|ies|ied|ying) for|bid to|should|"
                r"talk(?:s|ed|ing)? about|"
                r"(?:legislation|a bill|measure|amendment) (?:\w+ )?to|"
                r"prepared to (?:put|send|deploy)|"
                r"plan(?:s|ned)? (?:call(?:s|ed)? )?for|under consideration|if approved|"
                r"if (?:needed|necessary|required)|"
                r"(?:any(?:where|thing)|somewhere) (?:between|from)|"
                # "no plans to send 15,000": a number ruled out is at most an option
                r"no plans? to|(?:will|would|does|did|do) not (?:send|deploy|order)|"
                r"won't (?:send|deploy|order)|not going to (?:send|deploy)|rul(?:ed|es|ing) out|"
                r"refus(?:es|ed|ing) to)\b"
            ),
            "proposed",
        ),
        (
            rx(
                # "could authorize up to 2,000": the modal before it wins, a possibility
                r"(?<!could )(?<!might )(?<!may )"
                r"\b(?:authoriz\w*|troop cap|caps?|capped|ceiling|limit|allow(?:s|ed|ing)? for|"
                + _NOT_EXCEED
                + r")\b"
            ),
            "authorized",
        ),
        (
            rx(
                # "a mission run at the request of DHS": why it exists, not a proposal
                r"\b(?:"
                # a cap asked for is a proposal: it ends after the cap word, so it wins
                r"(?:(?:had|has|have) )?(?:sought|seeks|seeking|requested|requests|asked for|"
                r"wanted|proposed) (?:a |an |the )?(?:new |higher |lower |troop )?"
                r"(?:cap|ceiling|limit) of|"
                r"(?<!at the )(?<!at their )(?<!at its )request(?:s|ed|ing)?|"
                r"ask(?:s|ed|ing)? (?:\S+ ){0,10}?for|"
                r"(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? on) (?:[\w.'’]+ ){0,6}?to (?!be\b)|"
                r"ask(?:s|ed|ing)? (?:\S+ ){0,3}?that|demand(?:s|ed|ing)?|"
                r"must (?:send|deploy|station|put|dispatch)|"  # "Mexico must send 6,000"
                r"(?:had|has|have)(?: \w+ly)? sought|looking at|(?<!n't )(?<!not )needs?|"
                r"(?<!n't )(?<!not )(?<!as )(?<!if )needed|"
                r"eye(?:s|d|ing)|pitch(?:es|ed|ing)?)\b"
            ),
            "proposed",
        ),
        (
            # "is expected to approve a request" has approved nothing yet
            rx(
                r"(?<!expected to )(?<!likely to )(?<!could )(?<!would )(?<!may )(?<!might )"
                r"(?<!expects to )(?<!expect to )(?<!plans to )(?<!hopes to )(?<!close to )"
                r"\b(?:approv\w*|grant\w*|sign\w*|accept\w*) (?:\S+ ){0,8}?request\w*|"
                r"\b(?:signed|signs|has signed) off on (?:sending|deploying)|"
                # "signed a $600 million measure to put 1,500 more agents": law, not a bill
                r"\b(?:signed|signs|has signed) (?:\S+ ){0,4}?(?:measure|bill|legislation|law) "
                r"(?:\w+ )?to"
            ),
            "ordered",
        ),
    ),
    nearest=(
        # "the first of an expected 250 Guard members": expected, not yet decided
        (
            rx(
                r"\b(?:plans? for|(?:an|the) (?:expected|anticipated|projected)(?=\s+" + _Q + r"$))"
            ),
            "proposed",
        ),
        (
            rx(
                # "the executive order did not include": the noun orders nobody
                # "serving under Title 32 orders", "on state orders": how they serve, not an order
                r"\b(?:(?<!executive )(?<!the )(?<!an )(?<!under )(?<!title 10 )(?<!title 32 )"
                r"(?<!state )(?<!federal )orders?|ordered|ordering|"
                r"send(?:s|ing)?|sent|moving|"
                r"deploy(?:s|ing)?|to deploy|dispatch\w*|approv(?:e|es|ed|ing)|announc\w*|"
                r"mobiliz\w*|activat\w*|"
                r"pledg\w*|surg(?:e|es|ed|ing)(?! of)|add(?:s|ed|ing)?|arriv\w*|signed off on|"
                r"commit(?:s|ted|"
                r"ting)?|"
                r"agree(?:s|d)? (?:\w+ )?to|(?:will be |to be )joined by|provid(?:e|es|ing)|"
                r"will leave|would leave|"
                r"(?:promis|pledg|vow)\w* to \w+|"
                r"plans? to|redirect\w*|reassign\w*|shift\w*|boost\w*|bolster\w*|will|"
                r"(?:is|are) (?:set|poised|slated|scheduled) to|"
                # "a proclamation directing the deployment of 4,000"
                r"direct(?:s|ed|ing)? (?:the )?(?:deployment|dispatch|sending|mobilization) of|"
                r"first (?!(?:days?|weeks?|months?|years?|half|time) )(?:\w+ )?of|"
                r"(?:is|are) to (?:put|send|deploy|place|station|bring)|ready(?:ing|ies)|"
                r"(?:will|(?:are|is) going to) reinforce (?:\S+ ){0,8}?with)\b"
            ),
            "ordered",
        ),
        (
            rx(
                r"\b(?:currently|now|today|there are|already|remain\w*|stay(?:s|ed|ing)?|"
                r"stationed|on duty|in place|"
                r"deployed|posted|"
                # "the drawdown leaves about 5,100 on the border": the people who stay
                r"(?<!will )(?<!would )leav(?:es|ing)(?=\s+(?:only )?" + _Q + r"$)|"
                r"ha(?:s|ve) (?:already |also )?(?:sent|deployed|added|moved|surged|put)|"
                r"(?<!will )(?<!would )(?<!to )ha(?:s|ve)(?=\s+" + _Q + r"$)|"
                r"ha(?:s|ve) been (?:sent|"
                r"deployed)|"
                r"brings|current(?:ly)?|newly[- ]deployed|man|mans|manning|serving|"
                r"(?:(?:complet|finish)(?:ed|es)|completion of) (?:the |its |their )?deployment of|"
                r"(?:complet|finish)(?:ed|es) deploying|"
                r"in addition to|join\w*|augment\w*|alongside|supplement\w*|"
                r"reinforc\w*(?! (?:\S+ ){0,8}?with\b)|"
                r"visit\w*|(?:hover\w*|stood|stands) at|inherit\w*|add(?:s|ed|ing) to|"
                r"(?:does|do|will|would)(?: not|n't) (?:affect|include|apply to)|unaffected)\b"
            ),
            "deployed",
        ),
        (
            rx(
                r"\b(?:withdraw\w*|withdrew|pull(?:s|ed|ing)? (?:out|back)|"
                r"(?:bring|send|go|return|head)(?:s|ing)? home|sent home|"
                r"welcom(?:e|es|ed|ing) home|"
                r"leav(?:e|es|ing)(?!\s+(?:only )?" + _Q + r"$)|"
                r"depart(?:s|ed|ing|ure)?|releas(?:e|es|ing)|released(?=\s+" + _Q + r"$)|"
                r"draw(?:ing)? ?down|pull(?:s|ed|ing)?|remov(?:e|es|ed|ing)|demobiliz\w*|recall\w*|"
                + _CUT
                + r" (?:\w+ ){0,3}?by|replac(?:e|es|ing)(?! by)|reliev(?:e|es|ing)|"
                + _CUT
                + r" (?:\S+ ){4,16}?by(?=\s+"
                + _Q
                + r"$))\b"
            ),
            "withdrawn",
        ),
    ),
    more=rx(
        r"\b(?:additional|more(?! than)|another|further|extra|"
        r"new(?! (?:mexico|york|jersey|hampshire|orleans|england)\b))\b"
    ),
    whole_sent=(
        (rx(r"^\s+(?:(?:that|which)\s+)?(?:\S+\s+){0,3}?authorized\b"), "authorized"),
        (
            rx(
                r"^\s+(?:(?:that|which)\s+)?(?:\S+\s+){0,3}?(?:pledged|promised|approved|committed|"
                r"announced|ordered)\b"
            ),
            "ordered",
        ),
    ),
    after=(
        (rx(r"^\s+(?:that |which )?(?:the |its )?(?:[\w.]+\s+){0,4}?authorized\b"), "authorized"),
        # "29,000 Guard members rotated through the mission": a tally of the past, not a level
        (
            rx(
                r"^\W*(?:\S+ ){0,8}?(?:(?:have|has|had) )?(?:rotated|cycled) through\b|"
                r"^\W*(?:\S+ ){0,8}?(?<!who )served (?:on|in|with)\b"
            ),
            "previous",
        ),
        (
            rx(r"^\W*once (?:\S+ ){0,4}?(?:(?:are|is) in place|arrive|(?:have|has) arrived)\b"),
            "ordered",
        ),
        (rx(r"^\W*(?:\S+ ){0,3}?(?:have|has|had) left\b"), "withdrawn"),
        # told to be ready, not yet sent
        (rx(r"^\W*(?:\S+ ){0,8}?on (?:prepare|be prepared)[- ]to[- ]deploy\b"), "proposed"),
        (
            rx(
                r"^\W*(?:\S+ ){0,9}?(?:leave|leaves|leaving|left|"
                r"depart\w*) (?:from )?(?:\S+ ){0,4}?"
                r"(?:base|armory|airport|airfield|fort \w+|camp \w+)\b"
            ),
            "ordered",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,12}?(?:(?:to leave|will leave|would leave|leaving)"
                # "will leave in early August" for the mission: a departure date
                r"(?! (?:\S+ ){0,3}?for\b| (?:on |in )?(?:early |mid-|late )?(?:" + _MONTHS + r"|"
                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this)\b)|"
                r"(?:to|will|would) (?:also )?(?:return|go|head|come|rotate) home|"
                r"(?:are |were )?rotating out|(?:are|were|is) rotating home|"
                r"will (?:also )?rotate out|will not be replaced|"
                r"(?:are|is|will be) (?:being )?replaced by|"
                r"demobiliz(?:ed|ing) from|"
                r"(?:scheduled|set|due|slated) to rotate (?:out|home)|"
                r"who (?:have |had )?left|"
                r"(?:have|has|had) (?:already |since )?(?:left|departed)"
                r"(?=[,.;]|$| (?:the )?(?:border|mission|area|region|sector)\b)|"
                r"off (?:the (?:southern )?border|(?:operation )?lone star)|"
                r"(?:left|departed|pulled out of) the (?:\w+ ){0,2}?(?:border|sector|valley)"
                r"(?! (?:communit|town|cit)\w*)|"
                r"ordered (?:\w+ )?home|"
                r"(?:returned|went|headed|came|flew|coming|are going|(?:have|has|had) gone|"
                r"(?:are|is) heading) home|(?<=^ )heading home|"
                r"(?<!number )(?:head|heads) home|"
                r"withdraw\w*|(?:are|is) packing up|packed up|will be off the (?:border|line)|"
                r"(?:will|would|should) (?:all )?be (?:back )?home|"
                r"(?:have|has|had) (?:finished|completed|ended) (?:their|its) (?:\w+ )?"
                r"(?:missions?|tours?|rotations?|deployments?)|"
                r"(?:is|are|was|were) pulling (?:\w+ )?(?:off|out|back)|"
                r"return(?:ing)? to (?:their|its) home (?:bases?|stations?|posts?|units?)|"
                r"return to (?:their )?civilian (?:jobs|lives)|"
                r"(?:will|to) return to (?!the (?:southern |u\.?s\.?-mexico )?border)\w+|"
                r"(?:are|is) heading back|headed back|"
                r"(?:scheduled|set|due|slated) to return\b"
                r"(?! to the (?:southern |u\.?s\.?-mexico )?border)|"
                r"(?:are|is|were) due (?:back )?home\b|"
                r"(?:are|is|were) (?:due|set|scheduled|slated) to be "
                r"(?:released|relieved|demobilized)|"
                r"(?:are|is|were) (?:due|set|scheduled|slated) to "
                r"(?:demobilize|rotate (?:out|home)|return home|go home|head home)|"
                r"(?:will|to) (?:head|go|come|fly) back\b|"
                r"(?:have been|had been|were|will be|are being|were being|was being) "
                r"(?:released|relieved|demobilized)|"
                r"(?:are|were|will be|are being|(?:are|is) to be) (?:sent|brought) home|"
                r"pull(?:ed|ing)? out|"
                r"(?:have|has|had) (?:all |now |already |since )?been "
                r"(?:sent|brought|ordered) home|"
                r"(?:will be|to be|would be|were|are being|have been|had been) pulled "
                r"(?:back|out|off)|"
                r"(?:will be|to be|would be|were|are being|have been|had been) reassigned"
                r"(?! (?:to|along) (?:the )?(?:\w+ )?(?:border|rio grande))|"
                r"(?<=^ )(?:back )?home|"
                # not the speaker's "after returning from a visit"
                r"(?<!after )(?<!before )(?<!upon )(?<!since )"
                r"return(?:ed|ing)? (?:\w+ ){0,2}from|returned to|"
                r"(?:are|is) returning to (?!the (?:southern |u\.?s\.?-mexico )?border)\w+)\b"
            ),
            "withdrawn",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,8}?at (?:the|its) (?:\w+'s )?(?:height|peak)\b|"
                # "a force that was about 2,500 Guard ... when President Donald Trump took office"
                r"^\W*(?:\S+ ){0,6}?when (?:\S+ ){1,3}?(?:took|left) office\b|"
                # "about 2,500 ... on the border at the end of Joe Biden's presidency"
                r"^\W*(?:\S+ ){0,6}?at the (?:end|close) of (?:\S+ ){0,3}?\w+(?:'s|’s) "
                r"(?:presidency|term|tenure|administration)\b|"
                r"^[^.;]{0,40}?(?<!since )(?<!until )(?<!till )\bthen\s*[.,;]|"
                r"^\W*(?:\S+ ){0,4}?had (?:when|before|at the time)\b|"
                # "the 5,200 ... announced two days earlier, a number that has been overtaken"
                r"^[^.;]{0,80}?\b(?:has|had|have) (?:already |since )?been (?:overtaken|superseded|"
                r"surpassed)\b|"
                # "about 2,200 ..., a number that has since grown": it no longer holds
                r"^[^.;]{0,60}?\b(?:that|which) (?:has|had|have) since (?:grown|risen|fallen|"
                r"dropped|shrunk|doubled|tripled|halved|climbed|declined|increased|decreased|"
                r"swelled|dwindled|ballooned|more than doubled)\b|"
                # "the roughly 4,000 troops ... are now down to about 3,600": the level before
                r"^[^.;]{0,80}?\b(?:(?:is|are|was|were|has|have) (?:now |since )?(?:been )?"
                r"(?:down|cut|reduced|lowered|trimmed|raised|increased) to|"
                r"(?:has|have) (?:now |since )?"
                r"(?:fallen|dropped|shrunk|grown|risen|climbed|declined) to)\s+"
                r"(?:about |around |roughly |nearly |some |just |fewer than |more than |under |"
                r"over )?$|"
                # "had been guarding ... until last month": no longer there
                r"^[^.;]{0,80}?\buntil (?:last|earlier this) (?:week|month|year|spring|summer|fall|"
                r"autumn|winter)\b"
            ),
            "previous",
        ),
        # "the 10,000 Guard members that Abbott ordered to stay": there, and kept there
        (rx(r"^\W*(?:\S+ ){0,4}?ordered to (?:stay|remain)\b"), "deployed"),
        # "2,200 will remain ..., down from about 2,350 now": the level a drawdown will leave
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?will (?:stay|remain)\b[^.;]*\b"
                r"(?:down from|drawdown|reduction)\b"
            ),
            "ordered",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,8}?(?:remain|remains|stay|stays|are still|is still|"
                r"will (?:stay|remain|continue))\b"
                r"(?! (?:being|under) (?:considered|weighed|reviewed|discussed|debated|review|"
                r"consideration)| (?:reviewing|weighing|considering|studying|deciding)|"
                r" (?:on the table|pending|unanswered|undecided)\b)"
            ),
            "deployed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?(?:(?:had|has|have) (?:asked for|requested|sought|wanted)|"
                r"asked for)\b"
            ),
            "proposed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?(?:had (?!asked|requested|sought|"
                r"wanted)(?:\w+ )?(?:been )?(?:\w+ed|sent)|"
                r"were (?:deployed|stationed|sent|on|at|along|in place|there|assigned|serving|"
                r"posted))\b|^\W*(?:\S+ ){0,6}?(?:wrapped up|ended|finished|completed) "
                r"(?:(?:its|their|a|the) )?(?:\w+ )?"
                r"(?:in|on|last|mission|tour|rotation|deployment)\b"
            ),
            "previous",
        ),
        (rx(r"^\W*(?:\w+ ){0,3}?authorized\b|^\W*(?:ceiling|cap|limit)\b"), "authorized"),
        (
            rx(
                r"^\W*(?:\S+ ){0,8}?(?:are|is) (?:now )?(?:slated|scheduled|set|due) (?:for|to)\b"
                r"(?! (?:continue|remain|stay|end|expire|run|last)\b)"
            ),
            "ordered",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?(?:could|might|" + _MAY + r"|would) (?:also |later )?be "
                r"(?:stationed|posted|based|assigned)\b|"
                r"^\W*(?:\S+ ){0,6}?(?:is|are|remains?) (?:still )?(?:under (?:review|"
                r"consideration|"
                r"discussion)|being (?:considered|discussed|weighed)|on the table|pending"
                r"(?! (?:their|its|the) (?:arrival|departure))|unanswered|undecided)\b|"
                r"^\W*(?:\S+ ){0,4}?(?:has|have) been (?:discussed|considered|floated|weighed)\b|"
                r"^\s+(?:that |which )?(?:\S+ ){1,5}?(?:had|have|has) (?:discussed|floated|"
                r"weighed|considered)\b"
            ),
            "proposed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?(?:will|(?:are|is) to|to) (?:also |later )?be (?:stationed|"
                r"posted|based|assigned)\b"
            ),
            "ordered",
        ),
        # "4,000 paratroopers are on standby": ready to go, not there (before "are on")
        (rx(r"^\W*(?:\S+ ){0,3}?(?:is|are|remains?) (?:\w+ )?on standby\b"), "proposed"),
        (
            rx(
                r"^\W*(?!and\b)(?:\S+ ){0,3}?"
                r"(?:already(?! (?:been )?(?:ordered|approved|authorized|announced|headed|heading|"
                r"en route|on (?:their|its) way))|"
                r"remain\w*|stay(?:s|ed|ing)?|still (?:there|on duty)|"
                r"now (?:assigned|deployed|stationed|serving|there|on|in|at|along)|(?:are|"
                r"is) (?:now |"
                r"currently |also |still )?"
                r"(?:there|on|at|along|stationed|deployed|assigned|posted|providing|working|serving|"
                r"assisting|helping|supporting|guarding|operating|"
                r"manning|patrolling|"
                r"in)|currently|(?<!be )on the ground|serving (?:on|at|in|along|with)|"
                r"(?:had |have )?arrived|(?:has |have |had )reached|(?:had |have |has )reported "
                r"for duty|"
                r"reached (?:the )?(?:\w+ ){0,2}?(?:border|sector|valley)|"
                r"(?:have|has) been (?:helping|working|serving|assisting|supporting|patrolling|"
                r"joined by)|"
                r"stationed|(?:deployed|stationed|posted) (?:along|at|on|in|around|near)|"
                r"(?:deployed|sent) (?:on )?(?:monday|tuesday|"
                r"wednesday|thursday|friday|saturday|sunday|last|earlier|yesterday))\b"
            ),
            "deployed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?(?:are|is|were|was) (?:expected|likely|projected) to\b"
                r"(?! (?:drop|fall|decline|shrink|dwindle|be|arrive)\b)"
            ),
            "proposed",
        ),
        (
            rx(
                # "2,000 more possibly to follow"
                r"^\W*(?:\w+ ){0,2}?(?:possibly|potentially) to\b|"
                # "the 3,000 Gov. Jan Brewer has demanded"
                r"^\W*(?:\S+ ){1,4}?(?:has|have|had) (?:demanded|requested|sought|asked for)\b|"
                r"^\W*(?:\w+ ){0,5}?(?:could|might|" + _MAY + r"|would)\b"
                r"(?! (?:bring|raise|increase|boost|push|lift|take)\b)"
                r"(?! (?:begin|start) (?:arriv|deploy))"
                # "the force of 9,000 troops could grow": the level it would grow from
                r"(?!" + _LEVEL_MOVES + r")"
            ),
            "proposed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,6}?(?:promised|pledged|agreed|vowed|committed) to (?:send|deploy)|"
                r"^\W*(?:(?:are|were|is|was) )?(?:now )?under orders (?:for|to)\b|"
                r"^[^.;]{0,60}?\bin the process of "
                r"(?:arriving|deploying|being (?:sent|deployed))\b|"
                r"^\W*(?:\S+ ){0,4}?(?:pledged|promised)\b|"
                r"^\W*(?:\S+ ){0,4}?(?:are|is) expected (?:in|at|on|by|next|this|later|along)\b|"
                r"^\W*(?:\S+ ){0,6}?(?:is|are) (?:also )?head(?:ed|ing) (?:south|to|for)\b|"
                r"^\W*(?:\S+ ){0,6}?(?:who|which|that) (?:are|were) (?:now )?arriving\b|"
                r"^\W*(?:\S+ ){0,3}?(?:(?:are|is) )?expected to arrive\b|"
                r"^\W*(?:\S+ ){0,4}?(?:have|has) been (?:told|ordered|directed|instructed) to "
                r"(?:report|deploy|head|go|move)\b|"
                r"^\W*(?:\S+ ){0,3}?(?:will|are being|to be|"
                r"being (?:sent|deployed|dispatched|moved)|"
                r"are (?:set|scheduled|slated|preparing) to|are to (?:arrive|deploy|be)|approved|"
                r"ordered|arriving|began arriving|are deploying|are headed|are heading|"
                r"(?:is|are) (?:sending|deploying|dispatching))\b(?!" + _LEVEL_MOVES + r")|"
                r"^\W*(?:\S+ ){0,5}?will\b(?!" + _LEVEL_MOVES + r")|"
                r"^\W*(?:\S+ ){0,9}?will (?:deploy|head|arrive|be (?:sent|deployed))\b|"
                r"^\W*(?:\S+ ){0,9}?(?:are|is) being (?:sent|deployed|dispatched|moved|flown)\b"
            ),
            "ordered",
        ),
    ),
    coordination=rx(r",\s+and\s+"),
    possible_bound=rx(
        r"\b(?:(?:could|might|may)\s+(?:\w+\s+){1,2}|(?:asked|requested|sought|asking|seeking)"
        r"\s+(?:for\s+)?|(?:weigh|consider|mull|contemplat|discuss)\w*\s+(?:\w+ing\s+)?)"
        r"(?:up to|as many as)\s+$"
    ),
    more_listed=rx(r"^[^,;]*\b(?:and|plus) (?:another|an additional|an extra)\s+$"),
    joined_next=rx(
        r"\s*,?\s+and\s+(?:an? (?:team|group|contingent|unit|detachment|force) of\s+)?" + _Q
    ),
    counts_no_people=rx(
        r"\s+(?:years?|months?|weeks?|days?|hours?|(?:border )?states|(?:other )?(?:agencies|"
        r"departments))\b"
    ),
    subset_after=rx(
        r",\s+(?:many|some|most|half|several|a few|dozens|hundreds) of (?:them|whom)\b"
        # "most of them cooks, are": the subset is said between commas; the verb is the whole's
        r"(?!(?:[^,]*,){1,3}\s+(?:are|is|were|was|will|would|have|has|had)\b)"
    ),
    other_subject_after=rx(
        r",\s+and\s+(?:that|said|says|added)\b|\s+and\s+that\b|"
        r"\b(?:as|because|while|although|though)\s+(?!(?:part|well|many|much|needed|planned|"
        r"a result|of|soon|early|late|long|the first|the last)\b)(?:the |its |their )?"
        r"[^\W\d_]+\s+(?:\w+ )?(?:remain|remains|stay|stays|are|is|were|was|continue|continues|"
        r"have|has|"
        r"fall|falls|fell|rise|rises|rose|drop|drops|dropped)\b"
    ),
    next_clause=rx(r",?\s+(?:and|but)\s+(?=(?:[^\s,;]+\s+){1,6}$)"),
    level_words=rx(
        r"\b(?:there (?:are|were)|stands at|stood at|"
        r"(?:the )?first (?!(?:days?|weeks?|months?|years?|half|time) )(?:\w+ )?of|"
        r"(?:force|deployment|contingent|presence|mission) (?:is|was|"
        r"stands|stood)|number|total|cap|capped|ceiling|limit|levels?|size|strength|count|presence|"
        r"contingent|as (?:large|big|high) as|"
        r"(?:began|begun|started|starting|launched) (?:\S+ ){0,4}?with|rest|remainder|"
        r"compared (?:with|to)|(?:fewer|more|less|greater|smaller|larger) than (?:the|those)|"
        r"authoriz\w* at|(?:put|puts|pegged|estimated) (?:\w+ ){0,2}?at|"
        r"(?:up|down) from|(?:force|deployment) (?:of|closer to)|peak(?:ed)?|high of|height of|"
        r"(?:to|will|would) be followed by|top(?:s|ped)? out)\b"
    ),
    total_raised=rx(
        r"\b(?:bring|brings|bringing|push|pushes|pushing|rais(?:e|es|ing)) (?:the )?(?:total|"
        r"number|overall)\b"
    ),
    level_change=rx(
        r"\b(?:bring|brings|bringing|raise|raises|raising|increas\w*|boost\w*|doubl\w*|tripl\w*|"
        r"halv\w*|"
        r"reduc\w*|lower\w*|cut\w*|climb\w*|ris\w*|rose|grow\w*|grew|expand\w*|fall\w*|fell|"
        r"drop\w*|declin\w*|shr[iau]nk\w*|dwindl\w*|ramp\w* up|down(?= to)|reach\w*|"
        r"(?:draw(?:s|ing|n)?|drew|wind(?:s|ing)?|wound) down|scal(?:e|es|ed|ing) back|"
        r"par(?:e|es|ed|ing)|trim\w*|slash\w*|push(?:es|ed|ing)?|hit(?:s|ting)?|"
        r"number(?:s|ed)|total(?:s|ed|led)|top(?:s|ped)?(?: out)?|peak(?:s|ed)|surpass\w*|"
        r"exceed\w*)\b"
    ),
    cap_change=rx(
        r"\b(?:rais\w*|lift\w*|increas\w*|boost\w*|lower\w*|cut\w*|reduc\w*|doubl\w*|adjust\w*) "
        r"(?:the |its |a |their )?(?:troop |personnel )?(?:cap|ceiling|limit)\b|"
        r"\b(?:limited|capped|restricted) to\b"
    ),
    withdrawn_object=rx(
        r"\b(?:bring(?:s|ing)? (?:back )?home|brought (?:back )?home|send(?:s|ing)? (?:back )?home|"
        r"sent (?:back )?home|withdraw(?:s|ing|n)?|withdrew|pull(?:s|ed|ing)? (?:out|back)|"
        r"remov(?:e|es|ed|ing)|recall(?:s|ed|ing)?|replac(?:e|es|ing)|reliev(?:e|es|ing)|"
        r"(?:cut|reduction|drawdown|withdrawal|pullout) of)\s+"
        r"(?:all |the |its |their |her |his |about |"
        r"roughly |some |nearly |most of the |the remaining )*$"
    ),
    in_transit=rx(
        r"\b(?:en route|in transit|on (?:their|its) way|(?:are|is) still arriving|"
        # "are still moving into position", "are moving in as we speak": arriving
        r"(?:are|is) (?:still )?moving (?:in\b|into (?:position|place))|"
        # "landed at March Air Reserve Base on Thursday, a staging area ..."
        r"(?:landed|arrived|gathered) (?:at|in) [^.;]{0,60}?\ban? staging (?:base|area|ground)|"
        r"(?:arrived|arriving|staging|staged|"
        r"gathering|were|was|are|is) (?:at|in) (?:fort huachuca|fort hood|"
        r"fort cavazos|fort carson|joint base san antonio|fort sam houston|"
        r"an? (?:staging|military) (?:base|area))|"
        r"in the pipeline|await(?:ing|ed) orders to (?:move|deploy|head|go)|"
        r"(?:is|are) travel(?:l)?ing (?:by|to|from|north|south)|bound for|"
        r"beg[au]n (?:moving|sending|shipping|deploying)|"
        r"(?:left|leaving|leave|departed|departing) (?:\S+ ){0,3}?for (?:the (?:[\w.-]+ )?border|"
        r"texas|arizona|new mexico|el paso|the rio grande)|"
        r"(?:is|are|were|was) being (?:flown|bused|driven|trucked|airlifted)|"
        # "have not yet arrived", "have yet to reach the border": announced, not there yet
        r"(?:have|has|had)(?: not|n[’']t) (?:yet )?(?:arrived|reached)|"
        r"(?:have|has|had) yet to (?:arrive|reach)|not yet (?:arrived|in place)|"
        # "arrived in San Antonio before heading to the border": at a stop on the way
        r"before (?:heading|moving|deploying|shipping out|going|travell?ing|continuing|"
        r"being (?:sent|moved|deployed|flown|bused|trucked))(?! (?:\w+ )?(?:home|back)\b)|"
        r"(?:will|would|to) then (?:head|move|deploy|go|travel|continue|proceed)|"
        r"from (?:there|where) (?:they|the troops|the soldiers) will (?:head|move|deploy|"
        r"be (?:sent|moved|deployed)))\b"
    ),
    expected_drop=rx(
        r"\bexpected to (?:drop|fall|decline|shrink|dwindle|be (?:cut|reduced))\b|"
        r"\bexpects? (?:\S+ ){1,4}?to (?:drop|fall|decline|shrink|dwindle|be (?:cut|reduced))\b|"
        r"\bexpected to (?:bring|take) (?:\S+ ){0,8}?down\b|"
        r"\b(?:drawdown|cut|reduction) (?:is |was )?expected to (?:bring|take)\b"
    ),
    level_from=rx(
        # each way in opens with its words, then looks behind them: searched fast
        r"(?:(?:began|begun|started|launched) (?:\S+ ){0,5}?with\s+"
        r"(?:(?:an |the )?(?:order|orders|request|plan) for\s+)?(?:\S+ ){0,4}?(?:and )?|"
        r"from(?<=\bfrom)(?<!separate from)(?<!apart from)(?<!away from)(?<!drawn from)"
        r"(?<!taken from)(?<!pulled from)(?<!chosen from)"
        r"(?<!units from)(?<!elements from)(?<!first from)(?<!wave from)(?<!batch from)"
        # "the first units from the 1,500": a part; "anywhere from 2,000 to 4,000": a range
        r"(?<!contingent from)(?<!anywhere from)(?<!anything from)"
        r"(?<!somewhere from)\s+|"
        r"(?:compared (?:with|to)|against)\s+|"
        r"(?:peaked (?:at|of)|peak of(?<!will peak of))\s+)"
        r"(?:the |a |its )?(?:current |previous )?(?:\w+ (?=peak |high ))?"
        r"(?:number |level |total |force |peak |high |height )?(?:of )?(?:\w+ |" + _Q + ")$"
    ),
    changing_object=rx(
        r"\b(?:cutting|reducing|trimming|shrinking|halving|drawing down|"
        r"(?:to|would|could|will|might|may) (?:cut|reduce|trim|shrink|halve|draw down))\s+"
        r"(?:the |its |their |a )?(?:current |existing |present )?"
        r"(?:(?:force|presence|contingent|deployment) of )?" + _Q + "$"
    ),
    changed_to_after=rx(r"[^.;:]{0,60}?\bto\s+" + _Q + "$"),
    comparison=rx(r"\bcompared (?:with|to)\b"),
    level_to=rx(
        r"(?:to(?<=\bto)(?<!\bup to)|past(?<=\bpast)|above(?<=\babove)|beyond(?<=\bbeyond))\s+"
        + _Q
        + "$"
    ),
    current=rx(r"\bcurrent\b"),
    now_after=rx(
        r"^[^,;.]{0,30}?\b(?:now|currently|today|at present|already (?:deployed|there)|"
        r"(?:as of|by) (?:this (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|by now)\b"
    ),
    today_after=rx(r"^[^,;.]{0,40}?\b(?:today|at present)\b"),
    expected=rx(r"\b(?:expect(?:s|ed)?|projected)\b"),
    decided=rx(
        r"\b(?:already (?:signed|approved|ordered)|(?:has|have|had) (?:already )?(?:been )?"
        r"(?:approved|signed|ordered)|(?:plan|drawdown|order|request) (?:\w+ )?approved|"
        r"approved (?:plan|drawdown|order)|under (?:the |those |existing )?orders|"
        r"under (?:an |the )?orders? (?:\S+ ){0,4}?signed|"
        r"ordered (?:\w+ )?(?:south|to the border)|"
        # "will send 3,750 more troops ..., a move expected to push the force to 4,350"
        r"will (?:send|deploy|dispatch|add) (?:\S+ ){0,3}?(?:more|additional))\b"
    ),
    undecided=rx(
        r"\b(?:no (?:final |new |formal )?(?:decisions?|orders?) (?:has|have|had) (?:yet )?been "
        r"(?:made|signed|issued)|"
        r"(?:has|have|had) not (?:yet )?(?:been )?(?:approved|signed off|signed|decided)|"
        r"not yet (?:approved|decided|final)|awaiting approval|pending approval|"
        r"awaiting (?:\S+ ){0,3}?signature|(?:is|are|remains?) (?:still )?(?:pending|on the table)|"
        # "would send 10,000 troops if the caravan did not turn back": a condition, no decision
        r"would (?:\S+ ){1,14}?(?<!even )if(?! (?:needed|necessary|required)\b)|"
        r"(?<!even )(?<!as )if (?:\S+ ){1,10}?would)\b"
    ),
    now=rx(
        r"\b(?:now|currently|today|at present|so far|still|keeping|remains?|remaining|stays?|"
        r"staying|as of)\b"
    ),
    this_week=rx(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
    future_after=rx(
        r"\s+(?:by (?:the end of |early |mid-?|late )?(?:the |this |next )?(?:year|month|summer|"
        r"fall|spring|winter|january|february|march|april|may|june|july|august|september|"
        r"october|november|december)|over the (?:next|coming) (?:\w+ )?(?:weeks|months)|"
        r"in the (?:coming|next) (?:\w+ )?(?:weeks|months)|next (?:month|year))\b"
    ),
    future=rx(
        r"\b(?:will|would|set to|plans? to|planning to|intend(?:s|ed|ing)? to|expected to|"
        r"supposed to|"
        r"scheduled to|slated to|going to|until|"
        r"(?:is|are|was|were) (?:due )?to(?= (?:fall|drop|shrink|decline|grow|rise|reach|be|"
        r"withdraw|cut|reduce|pull)\b)|"
        # "has ordered that number to roughly double": a change decided, not yet made
        r"(?:ordered|directed) (?:\S+ ){0,8}?to (?:\w+ly )?(?:double|triple|grow|rise|increase|"
        r"reach|shrink|fall|drop))\b"
    ),
    sequel=rx(r"\b(?:later|subsequently|afterwards?)\b"),
    past_perfect=rx(
        r"\bhad\s+(?:\w+ly\s+|already\s+)?(?:been\s+)?(?:\w+ed|shrunk|grown|fallen|risen|cut)\b"
    ),
    past_change=rx(
        r"\b(?:grew|rose|fell|dropped|climbed|shrank|swelled|declined|dwindled|increased|numbered|"
        r"peaked|topped out|"
        r"decreased|jumped|doubled|tripled|halved|(?:was|were) (?:\w+ly |later )?(?:cut|reduced|"
        r"trimmed|halved)|scaled back|(?:drew|drawn) down|wound down|"
        r"(?:before|after) (?:falling|dropping|shrinking|"
        r"declining|dwindling|sliding))\s+(?:\S+\s+){0,4}?to\s+" + _Q + "$"
    ),
    had_before=rx(
        r"\b(?:had|was|were|(?<!has )(?<!have )(?:reached|peaked at|topped|kept))\s+" + _Q + "$"
    ),
    # Not "last week" or "two weeks ago": people "sent to the border last week" are there now.
    past_time=rx(
        r"\b(?:(?:in|during) (?:mid-|early |late )?(?:"
        + _MONTHS
        + r"|(?:19|20)\d\d)|by (?:mid-|early |late )?(?:19|20)\d\d|at (?:the|its|the \w+'s) peak|"
        r"(?<!as of )last (?:year|month|spring|summer|fall|"
        r"winter|"
        + _MONTHS
        + r")|at the time|at the (?:start|beginning|end|height) of \w+|at the (?:start|outset)|"
        r"at (?:its|the) height|"
        r"in (?:the|its) (?:first|second|third) year|earlier this "
        r"(?:year|month)|(?:months?|years?) ago|"
        r"(?<!said )(?<!says )(?:that|that same) (?:year|month|spring|summer|fall|autumn|winter)|"
        r"(?:his|her|trump's|trump’s|the) first (?:trump |obama |bush )?(?:term|administration)|"
        # "since January, when roughly 2,500 Guard members were stationed there"
        r"since (?:" + _MONTHS + r"|(?:19|20)\d\d),? when)\b"
    ),
    standing=rx(
        r"\b(?:(?:remaining|current|existing|present|leaving)\s+(?:(?:force|deployment|contingent|"
        r"level|total|number) of\s+)?|stands at |(?:now|currently) (?:has|have|numbers?) |"
        r"keep(?:s|ing)? (?:in place |on )?(?:the|its|their) |"
        r"continu(?:es|e|ed) to (?:provide|keep|station|maintain) )"
        r"(?:about |around |roughly |some |nearly )?$|"
        # "a month into the deployment of 1,500 troops": it has stood that long
        r"\b(?:\d+|a|one|two|three|four|six) (?:days?|weeks?|months?) (?:into|after) the "
        r"(?:deployment|arrival) of (?:the )?" + _Q + "$"
    ),
    will_stay=rx(r"^\W*(?:\S+ ){0,3}?will (?:stay|remain)\b"),
    # English puts the subject before its verb, unless the place comes first: "Already on
    # the border, under Pentagon orders, are about 2,500 National Guard members"
    arrived_first=rx(r"^\W*already (?:on|at|along|in) (?:the )?(?:\S+ ){0,3}?(?:border|ground)\b"),
    left_by_cut=rx(r"\b(?:leaving|(?:which|that) (?:will|would) leave)\s+(?:the |a )?" + _Q + "$"),
    planned=rx(r"\bplan(?:s|ned|ning)? to\b"),
    joining=rx(r"\b(?:join(?:s|ed|ing)?|in addition to|on top of)\s+(?:the\s+)?" + _Q + "$"),
    part_of_group=rx(
        r"(?:\b(?:percent|half|most|part|some|many|all)|\d) of (?:the |its |their )" + _Q + "$"
    ),
    # The look-ahead lets the scan pass most characters with one test, not one per alternative.
    clause_break=rx(
        r"(?=[;:—–bwae,])(?:[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\beven though\b|"
        r",\s+and\b)"
    ),
    reported=rx(
        r"\b(?:said|says|say|saying|announc\w*|told|confirm\w*|stated|testified|added|explained|"
        r"noted|wrote|stressed|emphasi[sz]ed|insisted|acknowledged|according to)\b"
    ),
    reported_will="will",
    reported_had=rx(
        r"\bhad(?=\s+(?:now\s+|already\s+)?(?:arrived|landed|reached|deployed|sent|been deployed|"
        r"been sent|been (?:placed|stationed|posted|assigned|positioned|ordered|approved|joined)|"
        r"moved|reported for duty|"
        r"approved|ordered|directed|instructed|authorized|agreed|pledged|promised|committed))"
    ),
    reported_have="have",
    reported_would=rx(
        # "would immediately send", not "would probably send"
        r"\bwould(?=\s+(?:also\s+|(?!probably|possibly|likely|potentially)\w+ly\s+)?"
        r"(?:send|deploy|dispatch|order|add|move|deploying|involve|reinforce|shrink|fall|drop|"
        r"(?:more than )?(?:double|triple)|"
        r"dip|decline|grow|climb|rise|reach|top|total|reduce|cut|be cut|be reduced|"
        r"head|go|join|be|bring|raise|increase|push|boost|lift|take|be sent|be deployed|"
        r"be stationed|"
        r"be posted|be based|be assigned|start|begin|arrive|remain|stay|leave|return|receive|keep|"
        r"get|provide|contribute|supply|follow|cost|last|require|include|serve|patrol|help|"
        r"support|assist|station|surge|bus|put|post|place|mobilize|activate|redeploy|reassign|"
        r"shift|transfer|pull|withdraw|expand|assign|create|form|stand up|set up|establish))|"
        r"\bwould(?=\s+have\s+(?!(?:been|had|sent|\w+ed)\b))"  # "said it would have 400 agents"
    ),
    were_predicate=rx(r"\bwere\b"),
    bare_prep=rx(
        r"\b(?:to|of|at|from|by|with|beyond|above|past|below|under|exceed|exceeds|exceeded|top|"
        r"than (?:the|those)|"
        r"tops|"
        r"topped|surpass|"
        r"surpassed|reach|reaches|hit|hits|"
        r"reached|reaching|approach(?:ed|es|ing)?|number(?:s|ed)?|"
        r"there (?:are|were)(?: now| currently| still)?|peak|"
        r"peaked(?: at)?|"
        r"(?:force|deployment|contingent|presence|mission) (?:is|was|stands at|stood at)|"
        r"stands at|stood at|(?:number|total|force|level|count) (?:should|will|would|could) be|"
        r"(?:go|rise|climb|grow)|"
        r"(?:could|would|might|may|will) be|"
        r"had been|has been|(?:is|are|was|were)(?: now| currently| still)?|"
        r"as (?:large|big|high) as|"
        r"total(?:s|ed|led)?)\s+(?:the |its |their )?(?:current |present )?" + _Q + "$"
    ),
    bare_predicate=rx(
        r"^\s*(?:[—–,]\s*)?(?:of (?:them|those) )?(?:(?:are |were )?headed (?:to|for)|"
        r"(?:were|are|was|is|have been|had been|will be|"
        r"would be) (?:now |"
        r"currently |"
        r"already |still )?(?:deployed|stationed|sent|assigned|posted|serving|patrolling|on duty|"
        r"on the job|"
        r"working|assisting|guarding|securing|"
        r"operating|supporting|helping|"
        r"in place|there)|(?:will |would |to )?(?:remain(?:s|ed)?|stay(?:s|ed)?)|"
        r"(?:are|is|were) being (?:sent|brought|pulled|withdrawn|deployed)|strong|"
        r"(?:were |are )?already (?:at|in|on)\b|who (?:have |had )?(?:left|departed|gone home)\b|"
        r"who (?:remain|stay|are still)\b|(?:went|have gone|returned|headed) home\b|"
        r"(?:have|has|had) (?:already )?(?:arrived|reached|returned|left|gone home|deployed)\b|"
        r"(?:have|has|had) been (?:moved|reassigned|transferred)\b|"
        r"will (?:be )?head(?:ed)? (?:home|back)\b|"
        r"will stay\b|staying (?:on|through|until|at|in)\b|returning (?:home|to)\b|"
        r"(?:will|would) (?:deploy|arrive|begin arriving)\b|"
        r"at (?:its|the) (?:peak|height)\b|"
        r"will be (?:withdrawn|pulled|sent home|brought home)\b|"
        r"(?:(?:were|are) (?:now |still )?|now |currently |still )(?:on|at|along) "
        r"(?:the border|operation|the (?:\w+ )?mission|the ground)\b|in (?:all|total)\b|"
        r"(?:will|would|to) (?:return|go|rotate) (?:home|to)\b|(?:will|would) (?:go|leave)\b|"
        r"(?:are |is )?heading (?:home|back)\b|"
        r"(?:stationed|deployed|assigned|posted) (?:there|here|at|"
        r"along|on|in)\b|"
        r"(?:deployed|stationed|assigned|serving) (?:now|today|currently)|"
        r"(?:now |currently |still )(?:assigned|stationed|deployed|posted|serving)|"
        r"(?:now |currently |still )?already (?:there|in place|"
        r"deployed|stationed|posted|assigned|on the ground)|"
        r"(?:now |currently |still )(?:there|in place|on the ground)|(?<!be )on the ground\b|"
        r"(?:are|were) (?:preparing|set|scheduled|slated|due) to (?:deploy|go|head|leave)|"
        r"(?:are |were )?expected to (?:be (?:in place|deployed|there|on the ground)|leave|depart|"
        r"arrive|return|go home|head home)|"
        r"(?:could|would|may|might|will) (?:also |later |soon |eventually |ultimately )?"
        r"(?:follow|join|be sent|be deployed|be added|arrive|deploy))\b"
    ),
    bare_object=rx(
        r"\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch\w*|add|adds|"
        r"order|orders|ordered|authoriz(?:e|es|ed|ing)|approved|"
        r"adding|added|station|stationing|provide|provides|providing|provided|pledg\w*|"
        r"commit|commits|committing|committed|contribut\w*|has|have|had|keeps?|kept|keeping|"
        r"leav(?:e|es|ing)|requested|"
        r"asked for|sought|wanted|proposed|(?:options?|plans?|proposals?|requests?) for|"
        r"plann(?:ing|ed) for|"
        r"discuss(?:es|ed|ing)|consider(?:s|ed|ing)|float(?:s|ed|ing)|envision(?:s|ed|ing)|"
        r"(?:pushed|pushing|called|calling) for|"
        r"maintains?|maintained)\s+"
        r"(?:another |an additional |an extra |only |just )?(?:as many as )?" + _Q + "$"
    ),
    bare_cut=rx(
        r"\b" + _CUT + r" (?:\S+ ){0,3}?by (?:a further |another |an additional )?" + _Q + "$"
    ),
    bare_more=rx(r"^\s+(?:more|additional|others)\b(?!\s+than)"),
    whole_after_part=rx(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?"),
    sent_relative=rx(
        r"^\s*(?:that|which|whom)\s+(?:\S+\s+){0,6}?(?:(?:pledged|promised|agreed|committed|"
        r"vowed|planned) to " + _SENT + r")\b"
        r"(?:\s+\S+){0,10}?(?=\s+(?:are|were|is|was|have|has|had|will|remain|remained)\b)"
    ),
    sent_participle=rx(
        r"^\s*(?:(?!(?:are|were|is|was|have|has|had|will|would|could|may|might|and|or|but|"
        r"who|that|which)\b)\S+\s+){0,4}?(?:(?:pledged|promised|agreed|committed|vowed) to "
        + _SENT
        + r"|promised|pledged)\b(?:\s+\S+){0,10}?(?=\s+(?:are|is|have|has|remain)\b)"
    ),
    # "2,000 of the 5,000 troops", not "the first wave of 1,500 troops"
    whole_before=rx(
        r"(?:\b(?:of|from) (?:the |its |their )|"
        r"(?:\d|\b(?:first|last|rest|remainder|most|some|half|part|all|many|none)) (?:of|from) )"
        + _Q
        + "$"
    ),
    bare_relative=rx(
        r"^\s+(?:that|which|whom|who)\s+(?:\S+\s+){0,6}?(?:(?:pledged|promised|agreed|committed|"
        r"vowed|plans?|planned|wants?|wanted) to (?:send|deploy|dispatch)|sent|deployed|"
        r"dispatched|ordered|authorized|approved|pays? for|paid for|keeps|kept|stationed|"
        r"assigned|posted)\b|"
        r"^\s+(?:announced|ordered|approved|authorized|sent|deployed|"
        r"assigned to|stationed (?:at|along|on)|"
        r"pledged|promised|requested)\b|"
        r"^\s+(?:the|president) (?:\w+\s+){1,3}?(?:authorized|approved|ordered|"
        r"pledged|promised|plans? to (?:station|send|deploy|keep))\b|"
        # "the 4,000 Defense Secretary Jim Mattis authorized", "the 1,200 President Obama sent",
        # "the 4,000 Mr. Trump authorized", "the 1,200 Obama sent"
        r"^\s+(?:(?:(?:president|(?:defense |war |homeland security )?secretary|gov\.?|governor|"
        r"mrs?\.?|ms\.?)\s+)(?:[\w.]+\s+){1,2}?|(?:" + _LEADERS + r")\s+)"
        r"(?:authorized|approved|ordered|pledged|promised|sent|deployed|had sent|had deployed|"
        r"(?:has |had )?(?:requested|demanded|sought|asked for))\b"
    ),
    bare_another=rx(r"\b(?:another|an additional|an extra)\s+" + _Q + "$"),
    force_word=rx(r"\b(?:forces?|deployment|contingent|the military)\b"),
    change_from=rx(
        r"(?:\s+(?:troops|soldiers|service members|personnel))?"
        # "to about 4,000 by the end of December, from roughly 5,400 now"
        r"(?:\s+(?:by|in|until|through) (?:the (?:end|middle|start|beginning) of )?"
        r"(?:the |this |next )?\w+(?: \d{4})?|"
        r"\s+(?:early|late|later) (?:next|this) (?:year|month|spring|summer|fall|winter)|"
        r"\s+next (?:year|month|spring|summer|fall|winter))?,?\s+from\s+(?:the |its )?"
        r"(?:current |present )?(?:about |around |roughly |some |nearly )?"
    ),
    change_to=rx(
        r"(?:\s+(?:now|currently|already)(?:\s+(?:there|deployed|assigned|stationed))?)?"
        r"\s+to\s+" + _Q
    ),
    from_word=rx(r"\bfrom\s+(?:the |its )?(?:current |present )?" + _Q + "$"),
    change_amount=rx(
        r"\b(?:an? )?(?:drop|decrease|reduction|cut|increase|rise|jump|boost|decline) of\s+"
        + _Q
        + "$"
    ),
    per_period=rx(
        r"^\s*(?:(?:per|a|each|every) (?:day|week|month|year)(?! (?:later|earlier|ago|before|"
        r"after))|"
        r"daily|weekly)\b"
    ),
    things_changed=rx(
        r"\b(?:apprehensions|arrests|crossings|encounters|migrants|detentions|deaths|seizures|"
        r"releases|families|children|asylum[- ]seekers|people|cases|gotaways|homicides|"
        r"killings|murders|victims)\b"
    ),
    things_counted=rx(
        r"\b(?:number|total|count) of (?:the )?(?:(?:active[- ]duty|additional|federal|"
        r"american|u\.s\.|military|national|guard) )*([a-z]+)"
    ),
)

# Governors who sent their own troops or officers to the border, by the name news uses.
_GOVERNORS = {
    "abbott": "TX", "perry": "TX", "desantis": "FL", "youngkin": "VA", "kemp": "GA",
    "pillen": "NE", "gianforte": "MT", "parson": "MO", "reynolds": "IA", "landry": "LA",
    "hobbs": "AZ", "ducey": "AZ", "lujan grisham": "NM", "stitt": "OK", "noem": "SD",
    "burgum": "ND", "dewine": "OH", "huckabee sanders": "AR", "bill lee": "TN",
    "jim justice": "WV", "mcmaster": "SC", "ivey": "AL", "lombardo": "NV", "kehoe": "MO",
    "ricketts": "NE", "asa hutchinson": "AR", "brad little": "ID", "tate reeves": "MS",
    "sununu": "NH", "mark gordon": "WY", "spencer cox": "UT", "holcomb": "IN",
}  # fmt: skip

_MEXICO_PLACES = (
    r"(?:to|in|into|for) (?:ciudad ju[aá]rez|tijuana|reynosa|nuevo laredo|matamoros|mexicali|"
    r"piedras negras|ciudad acu[nñ]a|agua prieta|sonoyta|baja california|sonora|chihuahua|"
    r"coahuila|tamaulipas|nuevo le[oó]n)"
)

DEPLOYERS = Deployers(
    default="us_federal",
    mexican_view=2,
    mexico=rx(
        r"\b(?:(?<!new )mexico'?s (?=\d)|defen[cs]e minist(?:er|ry)|"
        r"(?<!new )mexico (?:will |would |has |had |plans to |is |to )?(?:send\w*|sent|deploy\w*|"
        r"dispatch\w*|mobiliz\w*)|"
        r"(?<!new )mexico'?s (?:new |own )?(?:government|national guard|army|military|forces|"
        r"troops|"
        r"president|defen[cs]e (?:secretary|minister|ministry)|"
        r"security (?:cabinet|minister|secretary))|"
        r"mexican (?:government|national guard|guard|army|military|forces|troops|soldiers|"
        r"president|federal police|police|"
        r"officials?|authorities)|sheinbaum|l[oó]pez obrador|amlo|sedena|guardia nacional|"
        # Mexico's defense secretaries and foreign and security ministers
        r"trevilla|cienfuegos|ebrard|harfuch|"
        r"in mexico,? (?:where|meanwhile|itself|too)|"  # "In Mexico, where 10,000 ..."
        + _MEXICO_PLACES
        + r"|(?:mexico'?s |the )defen[cs]e ministry|"
        r"(?<!new )(?<!with )(?<!to )(?<!from )mexico,? "
        r"(?:for its part,? |in turn,? |meanwhile,? )?"
        r"(?:on \w+day |this week |last week |now |also |already |still |currently |"
        r"has since )?"
        r"(?:deployed|sent|began|begins|will|to deploy|has|is|agreed|pledged|promised|keeps|"
        r"maintains|stationed|completed|finished|reinforced|bolstered|withdrew|"
        r"sends|deploys|moves|moving|sending|deploying|says|said|made|makes|committed|commits|"
        r"offered|offers|responded|would|could|must|plans|planned|announced|vowed|ordered|"
        r"dispatched|mobilized))\b"
    ),
    mexico_places=rx(r"\b" + _MEXICO_PLACES + r"\b"),
    us_side=rx(r"(?!)"),  # English stories here are told from the US side anyway
    federal=rx(
        r"\b(?:pentagon|(?:defense|war) department|department of (?:defense|war)|dod|"
        r"(?:(?<!mexico's )(?<!mexican )defense secretary|(?<!mexico's )(?<!mexican )war secretary|"
        r"secretary of (?:defense|war))(?!,? (?:gen(?:eral|\.)? )?"
        + _MEXICAN_DEFENSE_SECRETARIES
        + r")|"
        r"(?<!mexican )(?<!mexico's )president(?! (?:claudia|sheinbaum|andr[eé]s|"
        r"l[oó]pez|enrique|pe[nñ]a|felipe|calder))|"
        r"white house|administration|trump|biden|obama|bush|"
        r"title 10|title 32|federal(?:ly)?(?! police| agents| force\b)|active[- ]duty|"
        r"northern command|northcom|"
        r"joint task force(?! lone star)|homeland security|dhs|u\.?s\.? military|hegseth|mattis|"
        r"esper|(?:lloyd |secretary )austin|"  # not an AUSTIN dateline
        r"(?:u\.?s\.?|american) (?:troops|soldiers|forces)|(?:the u\.?s\.?|the united states|"
        r"washington) (?:now |also |already |still |currently )?(?:has|have|had|is|will|sent|"
        r"deployed|said|says|agreed|would|pledged|offered|"
        r"keeps?|kept))\b"
    ),
    sender_after=rx(
        r"^\W*(?:that |which |whom )?((?:\S+ ){1,5}?)(?:had |has |have )?"
        r"(?:sent|deployed|ordered|dispatched|pledged|promised|stationed|posted)\b"
    ),
    acting_sender=rx(
        r"((?:[^\s,;]+ ){1,4}?)(?:has |had |have |also )?(?:sent|deployed|ordered|dispatched|"
        r"stationed|mobilized)\s+(?:\S+\s+){0,2}?$"
    ),
    pooled=rx(
        r"\b(?:from|of|by) (?:\w+ )?(?:several|multiple|other|dozen|\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty) (?:other |different )?"
        r"(?:(?:republican|gop|democratic)[- ](?:led|run|governed) )?states|out-of-state|"
        r"from (?:other )?(?:republican|gop|democratic)[- ](?:led|run|governed) states\b"
    ),
    pooled_senders=rx(
        r"\b(?:a dozen|dozens of|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|\w+teen|\w+ty) (?:[\w-]+ ){0,2}?states (?:now |together |collectively )?"
        r"(?:have |had )?(?:sent|deployed|provided|contributed|a combined|combined)\b|"
        # "Governors from 12 states said they would send a combined 1,400"
        r"\bstates\b[^.;]{0,60}?\b(?:a combined|combined total of)\b|"
        r"\b(?:allied|partner) states\b|"
        # "Fourteen Republican governors have sent a combined 1,300", "states other than Texas"
        r"\bgovernors\b[^.;]{0,60}?\b(?:a combined|combined total of|a total of)\b|"
        r"\bstates other than (?:\w+ ){1,2}?(?:have |had )?"
        r"(?:sent|deployed|provided|contributed)\b|"
        # "Some 2,000 troops from Texas and a dozen other states"
        r"\bfrom (?:\w+ ){1,2}?and (?:a dozen|several|\d+|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|\w+teen|\w+ty|more than \w+) other states\b"
    ),
    federal_mission=rx(
        r"\b(?:title 32|federal(?:ly)? (?:(?:border )?(?:mission|deployment|operation)|funded|"
        r"orders|status)|pentagon|"
        r"under federal (?:authority|control|command)|"
        r"(?:at|on the) federal (?:expense|dime)|paid for by washington|"
        r"(?:defense|war) department|department of (?:defense|war)|"
        r"president (?:trump|biden|obama|bush)|"
        r"support(?:s|ing)? (?:u\.?s\.? )?(?:customs and border protection|cbp)|"
        r"(?:customs and border protection|cbp|border patrol|ice|immigration and customs "
        r"enforcement) (?:is |has |will |also )?(?:send\w*|sent|deploy\w*|dispatch\w*|surg\w*|"
        r"reassign\w*|detail\w*)|"
        r"on the (?:u\.?s\.?|american) side|(?:operation )?jump start|"
        r"(?:operation )?guardian support|(?:operation )?faithful patriot)\b"
    ),
    federal_people=rx(r"\b(?:border patrol|cbp) (?:agents|officers)\b"),
    state_mission=rx(
        r"\b(?:operation lone star|lone star|texas military department|tactical border force|"
        r"state active duty|state orders|department of public safety|dps|state troopers?|"
        r"state (?:highway )?patrol|highway patrol|"
        r"state police|"
        r"(?:help|support|assist|aid)(?:s|ing)? texas|texas'?s? (?:separate |own )?"
        r"(?:border |(?:national )?guard )?(?:mission|efforts?|operation)|"
        r"at (?:texas )?gov(?:\.|ernor) \w+ abbott'?s? request|"
        r"(?:its|their|the state'?s?) own (?:separate )?(?:border )?(?:mission|operation|"
        r"deployment)|own (?:separate )?(?:border )?mission|state(?:'s)? own|"
        r"state[- ](?:funded|run|led)|"
        r"at (?:the )?state(?:'s)? expense|at (?:its|their) own expense|"
        r"(?:the )?state (?:is |will be |was )?pick(?:s|ed|ing)? up the (?:cost|tab|bill)|"
        r"(?:a|the) state (?:deployment|mission|operation)|"
        # a state's lawmakers pay for it: "the Texas Legislature approved money to keep 5,000"
        # (asking Washington for troops is not a state's mission)
        r"(?:legislature|lawmakers)\b[^.;]{0,40}?\b(?:approved|passed|set aside|budgeted|"
        r"allocated|appropriated)\b[^.;]{0,30}?(?:money|funds|funding|\$|billion|million)|"
        r"(?<!border-)(?<!border )state budget)\b"
    ),
    destination_before=rx(
        r"\b(?:to|into|in|at|on|along|near|toward|towards|help|helping|support|supporting|assist|aid|"
        r"(?:leav\w*|left|bound|head\w*) for)\s+(?:the\s+)?$"
    ),
    asked_after=rx(r"(?:'s|’s) (?:\w+ )?(?:plea|request|call|appeal|invitation)"),
    states=_STATES,
    governors=_GOVERNORS,
    not_states=frozenset({"baja california"}),
    mission_states={
        "lone star": "TX",
        "tactical border force": "TX",
        "texas military department": "TX",
        "dps": "TX",  # Texas's Department of Public Safety, unless the story names another state
        "department of public safety": "TX",
    },  # fmt: skip
    # Texas's Operation Lone Star (March 2021) and the states that joined it; before it,
    # Texas's own Operation Strong Safety (2014-2017). In the other years governors' Guard
    # at the border served federal missions (2006-2008, 2010-2011, 2018-2020).
    state_missions_since=2021,
    earlier_state_missions={"TX": (2014, 2017)},
    own_guard=rx(r"\s+(?:army\s+|air\s+)?(?:national\s+)?guard(?:s?m[ae]n)?\b"),
    state_acts=rx(
        r"\s+(?:(?:has|had|have|will|would|is|was|also|now|already|still|currently)\s+){0,2}"
        r"(?:sent|sends|sending|deployed|deploys|deploying|kept|keeps|keeping|stationed|"
        r"pulled|withdrew|cut|reduced|mobilized|has|had)\b"
    ),
    own_guard_before=rx(r"\bnational guard of\s+$"),
    governor_of=rx(r"\bgovernor of\s+$"),
)

# Words a page must hold to be read in full (extractors/precheck.py): every personnel word
# above is one of these or holds one ("troop" finds "troopers"). Never "border": CSS has it.
SCREENING_WORDS = (
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
    "guardmen",
    "guard members",
)

LEXICON = Lexicon(
    screening_words=SCREENING_WORDS,
    lang="en",
    function_words=words("the of and to in that is was for on with as by at from its are it be"),
    numbers=NUMBERS,
    phrase=PHRASE,
    places=PLACES,
    relevance=RELEVANCE,
    status=STATUS,
    deployers=DEPLOYERS,
)
