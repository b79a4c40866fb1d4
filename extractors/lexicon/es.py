"""Spanish: the words that carry meaning in Mexican and US Spanish-language coverage."""

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
from extractors.lexicon.en import DEPLOYERS as EN_DEPLOYERS
from extractors.lexicon.en import LEADERS_IN_OFFICE, REGULAR_POSTS

_LEADERS = "|".join(sorted(LEADERS_IN_OFFICE, key=len, reverse=True))
# "no podrá superar los 2 mil 500": a bound set, not a possibility
_NOT_EXCEED = (
    r"no (?:podr[aá]n?|deber[aá]n?|puede|pueden|debe|deben) (?:superar|exceder|rebasar|sobrepasar)"
)
# "hoy son 3 mil 200", "cuenta actualmente con cerca de 4 mil 200": the level today
_NOW_COUNT = (
    r"(?:hoy|ahora|actualmente|todav[ií]a) (?:son|hay|quedan|suman|permanecen)|"
    r"(?:son|hay|quedan|suman|permanecen) (?:hoy|ahora|actualmente|todav[ií]a)|"
    r"cuentan? (?:actualmente |hoy |ahora )?con"
)
_REGULAR_UNITS = (
    r"(?:\d+\s?\.?ª?|primera|cuarta|d[eé]cima) divisi[oó]n (?:de infanter[ií]a|blindada|"
    r"de caballer[ií]a|de monta[nñ]a|aerotransportada)|"
    r"divisi[oó]n (?:de monta[nñ]a|aerotransportada)"
)
_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_Q = r"(?:unos |unas |alrededor de |cerca de |casi |aproximadamente |m[aá]s de |hasta |"
_Q += r"al menos |por lo menos |poco m[aá]s de |menos de )?"

NUMBERS = Numbers(
    text2num_lang="es",
    number_words=rx(
        r"\b(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
        r"catorce|quince|dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|"
        r"noventa|cien|ciento|(?:dos|tres|cuatro|seis|sete|ocho|nove)cient[oa]s|quinient[oa]s|mil|"
        r"mill[oó]n|millones|docena)\b"
    ),
    thousands_separators=".,\u00a0\u202f ",  # "1.500", "1,500", "1 500" (no-break spaces too)
    word_scale=rx(r"\s+(mil|millones|mill[oó]n)\b"),
    scales={"mil": 1000, "millones": 1_000_000, "millón": 1_000_000, "millon": 1_000_000},
    joiners=words("y"),
    article_one=words("un una"),
    one="un",
    hyphen_unit=rx(r"-(?:efectivos|elementos|soldados)\b"),
    dozen=words("docena"),
    multipliers=words("cien ciento mil millón millon millones"),
    standalone=words("mil cien"),
    never_numbers=words("cientos centenares miles millares millones decenas docenas unos unas"),
    day_before=rx(
        r"\b(?:" + _MONTHS + r"|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)\.?\s*$"
    ),
    not_count_before=rx(
        r"\b(?:t[ií]tulo|secci[oó]n|n[uú]mero|n[oú]m\.|carretera|ruta|art[ií]culo|el|(?:a|de|desde|"
        r"hasta)\s+las)\s*$"
    ),
    not_count_after=rx(r"\s+de\s+(?:" + _MONTHS + r")\b|\s+por\s*ciento\b"),
    vague_before=rx(r"\b(?:varios|varias|miles|cientos|decenas|centenares)\s+(?:de\s+)?$"),
    year_count_before=rx(
        r"\b(?:unos|unas|alrededor de|cerca de|casi|aproximadamente|m[aá]s de|al menos|"
        r"por lo menos|otros|otras|poco m[aá]s de|menos de)\s+$"
    ),
    year_count_after=rx(
        r"\s+(?:(?:nuevos|m[aá]s)\s+)?(?:elementos|efectivos|soldados|militares|agentes|guardias|"
        r"miembros|integrantes|uniformados|marinos|polic[ií]as)\b"
    ),
    dates_before=rx(r"\b(?:en|desde|hasta|durante|del|año|años)\s+$"),
    range_join=rx(r"\s*(?:-|–|—|a|y|o)\s*"),
    between_before=rx(r"\bentre\s+$"),
    from_before=rx(r"\bde\s+(?:\S+\s+){0,2}$"),
    half_before=rx(r"\bmedio\s+$"),
)

PHRASE = Phrase(
    needs_context=words("miembros integrantes"),
    total_before=rx(
        r"\b(?:el total de|en total|en conjunto)\s+(?:(?:las|los)\s+)?(?:tropas|efectivos|"
        r"militares|fuerzas|elementos)\b[^.;]{0,60}$"
    ),
    number_of_people=rx(
        r"\bel n[uú]mero de (?:tropas|efectivos|militares|soldados|elementos)\b[^.;]{0,90}$"
    ),
    part_of_named=rx(
        r"\bde (?:los|esos|estos) (?:elementos|efectivos|soldados|militares|agentes|guardias)$"
    ),
    part_of=rx(r"\s+de\s+(?:los|las)\s+" + _Q + r"(?=\d)"),
    own_fate=rx(
        r"\b(?:permanec\w*|se qued\w*|(?:ya )?(?:han|habían|ha|había) llegado|llegaron|"
        r"ya (?:est[aá]n|se encuentran)|"
        r"regres\w*|se retir\w*)\b"
    ),
    part_of_later=rx(
        r"\b(?:parte de)\s+(?:(?:los|las|sus)\s+)?(?:(?:unos|unas|cerca de|casi|"
        r"alrededor de|más de|hasta)\s+)?$"
    ),
    part_after=rx(
        r"\s+de (?:ellos|ellas|los cuales|las cuales|estos|estas)\b(?!\s+(?:permanecen|siguen|"
        r"quedan))"
    ),
    breakdown=rx(
        r"\b(?:inclu(?:ye|yen|idos|idas|yendo)|entre ellos|de ellos|de los cuales)\s+"
        r"(?:\S+\s+){0,2}$"
    ),
    breakdown_goes_on=rx(r"^[^.;:]{0,60}?(?:,|\by)\s+(?:\S+\s+){0,2}$"),
    # "mil de sus elementos", and "suman 3 mil 400 los integrantes" (the noun after its article)
    respectively=rx(r"\brespectivamente\b"),
    listed_next=rx(r"\s*(?:,\s*(?:[ye]\s+)?|\s+[ye]\s+)"),
    level_to_next=rx(r"\s+a\s+" + _Q),
    parallel_between=rx(
        r"(?:\s+[^;.:]{1,80}?)?(?:\s*[,:]\s*(?:[ye]\s+)?|\s+[ye]\s+|"
        r"\s*,?\s*(?:incluid[oa]s|entre ellos|de ellos|de los cuales)\s+)"
        r"(?:(?:unos|unas|alrededor de|cerca de|casi|m[aá]s de|otros|otras|aproximadamente)\s+)?"
    ),
    parallel_after=rx(
        r"\s+(?:(?:est[aá]n |estaban |se encuentran |permanecen )?(?:en|a|al|hacia|desde|por)\s+"
        r"(?!\d)|en (?:19|20)\d\d\b)"
    ),
    parallel_named=rx(
        r"(?:,\s*(?:[ye]\s+)?|\s+[ye]\s+)(?:texas|arizona|california|nuevo m[eé]xico|"
        r"baja california|sonora|chihuahua|coahuila|nuevo le[oó]n|tamaulipas)\s+"
        r"(?:(?:unos|unas|alrededor de|cerca de|casi|m[aá]s de|aproximadamente)\s+)?$"
    ),
    asks_count=rx(r"\bcu[aá]nt[oa]s\b"),
    corrects_count=rx(
        r"\b(?:(?:consign[oó]|dio|public[oó]|inform[oó]) (?:err[oó]neamente|por error|mal)|"
        r"para corregir) (?:el|la) (?:n[uú]mero|cifra)\b"
    ),
    part_of_people=rx(
        r"\s+(?:(?:de\s+)?(?:sus|los|las|esos|esas|estos|estas)|(?:el|la)\s+(?:n[uú]mero|cifra|"
        r"total)\s+de)\s+(?!\d)"
    ),
    names_before_number=words("título titulo artículo articulo"),
    group_heads=words(
        "fuerzas corporaciones compañías unidades batallones brigadas equipos rotaciones "
        "despliegues"
    ),
    personnel_heads=words(
        """elementos efectivos soldados militares tropas agentes policías policias marines
        guardias integrantes miembros uniformados marinos elemento efectivo infantes
        reservistas oficiales"""
    ),
    stop_words=words(
        """a de del en la el los las un una que y o para por con sin se su sus al como más mas
        es son fue fueron ha han había habían será serán sería podría entre sobre hacia desde
        hasta este esta estos estas ese esa lo le les cuando donde según tras actuales hoy
        restantes antes después durante ya pero"""
    ),
    modifier_nouns=words(
        """ee.uu eeuu unidos fuerzas armadas nuevos nuevas adicionales primeros primeras
        últimos otros otras mexicanos mexicanas estadounidenses federales estatales"""
    ),
    of_words=words("de del"),
    articles=words("la el los las su sus del"),
    qualifier_words=words("unos unas alrededor cerca casi"),
    and_words=words("y o"),
    component_heads=words("guardia ejército ejercito marina sedena gn fuerzas policía policia"),
    elided_heads=words("guardia"),
    more_after_head=words("más mas adicionales"),
    name_continuations=words(
        "nacional nacionales mexicano mexicana mexicanos estadounidense estadounidenses armadas"
    ),
    hyphen_unit=rx(r"-(?:efectivos|elementos|soldados)\b"),
    members_context=rx(
        r"\b(?:guardia|ej[eé]rcito|fuerzas|militar\w*|marina|polic\w*|corporaci[oó]n)\b"
    ),
    components=(
        ("guard", rx(r"\b(?:guardia nacional|guardias nacionales|guardias?|gn)\b")),
        (
            "active",
            rx(r"\b(?:marines|infantes de marina|marina de (?:ee\.?\s?uu\.?|estados unidos))\b"),
        ),
        (
            "active",
            rx(r"\b(?:servicio activo|en activo|(?:soldados|tropas|militares )?regulares)\b"),
        ),
        # a regular Army unit said of the figure's own people ("soldados de la 10ª División de
        # Montaña"), as in English
        (
            "unit",
            rx(r"\b(?:" + _REGULAR_UNITS + r"|(?:de|desde) (?:" + REGULAR_POSTS + r"))\b"),
        ),
        # "4,000 militares, la mayoría guardias": the Guard and others, a mix
        ("military", rx(r"\bla mayor[ií]a (?:de ellos )?guardias\b")),
        (
            "reserve",
            rx(r"\breservistas?\b|\blas? reservas?\b(?! (?:natural|ecol[oó]gica|de la biosfera))"),
        ),
        (
            "military",
            rx(
                r"\b(?:ej[eé]rcito|sedena|defensa nacional|semar|marinos|"
                r"marina armada|secretar[ií]a de marina)\b"
            ),
        ),
        (
            "police",
            rx(
                r"\b(?:agentes|polic[ií]as?|patrulla fronteriza|guardias fronterizos|"
                r"tropas estatales|"
                r"instituto nacional de migraci[oó]n|inm)\b"
            ),
        ),
        (
            "generic",
            rx(
                r"\b(?:tropas|soldados|efectivos|elementos|uniformados|integrantes|militares|"
                r"fuerzas armadas)\b"
            ),
        ),
    ),
    component_aliases=(
        (rx(r"\bguardia nacional de (?:texas|ee\.?\s?uu\.?|estados unidos)\b"), "guardia nacional"),
        # Mexico's Guard was a civilian force at first: its people are often "agentes"
        (rx(r"\bagentes (?:de la )?guardia nacional\b"), "guardia nacional"),
    ),
    active_with_guard=rx(r"servicio activo|en activo|marines"),
    guard_in_a_mix=rx(
        r"\b(?:soldados|militares|tropas|efectivos militares)\s+y\s+(?:\w+\s+){0,3}guardia|"
        r"\bguardia nacional\s+y\s+(?:\w+\s+){0,2}(?:soldados|militares|tropas)\b|"
        r"\b(?:en su|la) mayor[ií]a(?: de ellos)?,? (?:\w+\s+){0,2}guardias?\b"
    ),
    conjunction=rx(r"\s+(?:y|o|e)\s+|,\s+"),
    force_next=rx(
        r"\W*(?:todos|todas|ellos)(?: ellos| ellas)? (?:son|eran) (?:todos )?"
        r"(?:militares |soldados |efectivos )?((?:en |de )(?:servicio )?activo|"
        r"(?:de )?la guardia nacional)\b(?! y\b)"
    ),
    joined_component=rx(
        r"\s+y\s+((?:(?:miembros|elementos|integrantes|efectivos)\s+)?(?:de\s+)?"
        r"(?:(?:la|las|los|el|del)\s+)?(?:reservas?|reservistas|ej[eé]rcito|"
        r"secretar[ií]a de la defensa nacional|sedena|marina|guardias? nacional(?:es)?|"
        r"infantes de marina|"
        r"marines))\b"
    ),
    stated_mix=rx(
        r"\b(?:entre (?:ellos|los que)|la mayor[ií]a(?: de ellos)?|incluid[oa]s|de los cuales)\s+"
        r"(?:\w+\s+){0,3}?(?:guardias?|militares|soldados|marines|reservistas|infantes)\b|"
        r"\bentre guardias y (?:soldados|militares|efectivos)\b|"  # "entre guardias y soldados ..."
        # "aunque aquella cuenta incluía a personal del Ejército"
        r"\binclu(?:[ií]a|[ií]an|ye|yen) (?:a )?(?:personal|elementos|efectivos|soldados|tropas) "
        r"del? (?:ej[eé]rcito|marina|sedena)\b"
    ),
    staff_words=words("personal empleados"),
    agency_staff=rx(
        r"^(?=(?:(?!tropas|soldados|guardia|pent[aá]gono|militar|ej[eé]rcito|defensa|solicit|apoyo)[^;])*$)"
        r"(?:[^;]*\b(?:cbp|dhs|patrulla fronteriza|oficina de aduanas y protecci[oó]n fronteriza|"
        r"departamento de seguridad nacional|ice|inm|instituto nacional de migraci[oó]n)\b[^;]*)$"
    ),
    predicate_force=rx(
        r"^\s*(?:m[aá]s\s+)?(?:(?:estadounidenses|estadunidenses|norteamericanos)\s+)?"
        r"(?:(?:\w+ ){0,2}?(?:son|eran) (?:todos )?)?"
        r"((?:en |de )(?:servicio )?activo|(?:de )?la guardia nacional)\b|^\W*entre ([^,.;]{3,90})|"
        r"^\s*(regulares)\b|"
        r"^\s*(?:(?:de|del) (?:la )?("
        + _REGULAR_UNITS
        + r")|((?:de|desde) (?:"
        + REGULAR_POSTS
        + r")))\b|"
        r"^,\s+(la mayor[ií]a (?:de ellos )?guardias)"
    ),
)

PLACES = Places(
    border=rx(r"\bfrontera\b"),
    attached=rx(r"[\s-]*"),
    us_mexico=rx(
        r"\b(?:frontera (?:norte|sur de (?:ee\.?\s?uu\.?|estados unidos)|com[uú]n|"
        r"(?:de m[eé]xico )?con (?:ee\.?\s?uu\.?|estados unidos)|"
        r"entre (?:m[eé]xico y (?:ee\.?\s?uu\.?|estados unidos)|"
        r"(?:ee\.?\s?uu\.?|estados unidos) y m[eé]xico)|"
        r"(?:de )?(?:ee\.?\s?uu\.?|estados unidos) con m[eé]xico|"
        r"mexicana con estados unidos|estadounidense|sur estadounidense)|"
        r"franja fronteriza|zona fronteriza|ciudades fronterizas|operativo frontera norte|"
        r"(?:estados|entidades|municipios) fronteriz[oa]s(?! del sur| con guatemala)|"
        r"(?:ambas|las dos) fronteras(?: del pa[ií]s)?|"
        r"(?:sus |las )?fronteras (?:norte y sur|sur y norte)|"
        r"(?:operaci[oó]n|misi[oó]n) fronteriza|"
        r"r[ií]o bravo|r[ií]o grande|ciudad ju[aá]rez|ju[aá]rez|tijuana|nogales|reynosa|"
        r"matamoros|nuevo laredo|piedras negras|acu[nñ]a|mexicali|sonoyta|agua prieta|"
        r"ojinaga|el paso(?! del?\b)|eagle pass|laredo|san diego|texas|arizona|chihuahua|sonora|"
        r"tamaulipas|coahuila|baja california|(?:operaci[oó]n )?estrella solitaria|lone star|"
        r"san ysidro|(?:mesa de )?otay|tecate|san luis r[ií]o colorado|(?:puerto )?palomas|"
        r"s[aá]sabe|naco|miguel alem[aá]n|brownsville|mcallen|yuma|calexico|"
        r"del r[ií]o,? (?:texas|tx)|"
        r"nuevo m[eé]xico|muro fronterizo|brecha fronteriza|"
        r"fuerza de tarea conjunta[- –]frontera sur|fuerza t[aá]ctica fronteriza|"
        r"(?:[aá]reas?|zonas?) de defensa nacional|"
        # supporting the Border Patrol or CBP: at this border ("en apoyo a la Oficina de Aduanas
        # y Protección Fronteriza"), as in English
        r"(?:en )?apoy\w* (?:a )?(?:la )?(?:patrulla fronteriza|cbp|"
        r"oficina de aduanas y protecci[oó]n fronteriza))\b"
    ),
    mexico_north=rx(
        r"\bfrontera norte\b|\b(?:en|al|hacia) el norte (?:del pa[ií]s|de m[eé]xico)\b"
    ),
    # a country's northern border, said without naming it (Canada's is named: `elsewhere`)
    northern_border=rx(r"\bfrontera septentrional\b"),
    southern_border=rx(r"\bfrontera sur\b(?! de m[eé]xico)"),
    foreign_south=rx(
        r"\bfrontera sur de m[eé]xico|\bfrontera (?:con|de) guatemala|\bfrontera con belice|"
        r"\b(?:canad[aá]|trudeau)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:su|la) frontera con (?:los )?"
        r"(?:estados unidos|ee\.? ?uu\.?|eu)\b|"
        r"\bfrontera sur,? (?:en|de|con|hacia) (?:chiapas|tabasco|guatemala|belice|quintana roo)"
        r"(?:,? [ye] (?:chiapas|tabasco|campeche|quintana roo))?|"
        r"\b(?:tapachula|chiapas|chis\.|tabasco|suchiate|ciudad hidalgo)(?:,? chis\.)?"
        r"(?:(?!norte)[^.;]){0,220}?"
        r"\bfrontera sur\b|\bfrontera sur\b(?:(?!norte)[^.;]){0,220}?\b(?:tapachula|chiapas|"
        r"tabasco|suchiate|ciudad hidalgo|tec[uú]n um[aá]n|guatemala|belice)\b|"
        # Mexico's own south, where its Guard met the caravans of 2018-19
        r"\b(?:en|al|hacia|por) el sur (?:de m[eé]xico|del pa[ií]s)\b"
    ),
    elsewhere=rx(
        # "Canadá ... reforzará su frontera con casi 10.000 agentes": Canada's own border
        r"\b(?:canad[aá]\b(?:(?!m[eé]xic)[^.;]){0,160}?\bsu (?:propia )?frontera\b|"
        r"frontera con (?:honduras|el salvador|nicaragua|colombia|venezuela|panam[aá]|costa rica|"
        r"canad[aá])|frontera norte de (?:los )?(?:estados unidos|ee\.?\s?uu\.?|eu)|"
        r"guatemala|belice|honduras|el salvador|nicaragua|chiapas|tapachula|suchiate|tabasco|"
        r"frontera (?:comalapa|hidalgo)|"  # towns of Chiapas, on Guatemala's border
        r"canad[aá]|ucrania|rusia|"
        r"israel|venezuela|los [aá]ngeles|chicago|portland|nueva orleans|"
        r"washington,? d\.? ?c\b|(?:a|hacia) washington|"
        r"afganist[aá]n|irak|siria|corea|jap[oó]n|europa|polonia|alemania|rumania|bielorrusia|"
        r"lituania|letonia|estonia|finlandia|"
        r"oriente medio|medio oriente|"
        r"sinaloa|culiac[aá]n|michoac[aá]n|guerrero|illinois|apodaca|"
        r"(?:en|a|hacia) (?:la zona metropolitana de )?monterrey|"
        r"protestas|disturbios|hurac[aá]n|incendios?|inundaciones|"
        r"jornada electoral|proceso electoral|casillas|"
        r"en todo el (?:pa[ií]s|territorio(?: nacional)?)|(?:a|en) la sur|al sur(?! de\b| del\b))\b"
    ),
    canada_names=("canad",),
    canada_border=rx(
        r"\bcanad[aá]\b(?:(?!m[eé]xic)[^.;]){0,160}?"
        r"\b(?:su (?:propia )?frontera(?: con (?:los )?(?:estados unidos|ee\.? ?uu\.?))?|"
        r"frontera con (?:los )?(?:estados unidos|ee\.? ?uu\.?))\b"
    ),
    southwest_context=rx(
        r"\b(?:m[eé]xico|mexican[oa]s?|texas|arizona|migrantes?|caravanas?|asilo|"
        r"patrulla fronteriza|cbp|c[aá]rteles?|fentanilo|aranceles)\b"
    ),
    destination_before=rx(r"\b(?:a|al|hacia|para|en)\s+(?:la\s+|el\s+)?(?:[\w.'-]+\s+){0,2}$"),
    next_item_before=rx(r"\b[ye]\s+(?:en|a|al|hacia)\s+(?:la\s+|el\s+|los\s+|las\s+)?$"),
    origin_before=rx(
        r"\b(?:guardias?(?: nacionales)?|soldados|elementos|efectivos|militares|tropas) de\s+$|"
        r"\b(?:desde|(?:procedentes?|provenientes?|originari[oa]s?) de)\s+(?:la\s+|el\s+|su\s+)?"
        r"(?:[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?,?\s+[ye]\s+)?$"
    ),
    errand=rx(r"(?:hurac[aá]n|incendio|inundaci)"),
)

# How a page labels a link to another story: the label and the story on one line ("Lee
# también: ..."), or the label over a list of them ("Notas relacionadas").
_LINKS_TO = (
    r"relacionad[oa]s?|notas? relacionadas?|le[ae] también|(?:también )?te puede interesar|"
    r"quizás? te interese|(?:te )?recomendamos|te sugerimos|ver también|no te pierdas"
)

RELEVANCE = Relevance(
    military_words=rx(
        r"\b(?:tropas|soldados|militares|efectivos|elementos|guardias? nacional(?:es)?|ej[eé]rcito|"
        r"guardias(?! de seguridad)|"
        r"marines|marinos|infantes de marina|uniformados|fuerzas armadas|sedena|"
        r"fuerzas (?:de seguridad|federales))\b"
    ),
    civilian_words=rx(r"\b(?:agentes|polic[ií]as|oficiales|patrulla fronteriza)\b"),
    move_verbs=rx(
        r"\b(?:despleg\w*|desplieg\w*|envi\w*|mand\w*|moviliz\w*|lleg\w*|arrib\w*|"
        r"reforz\w*|refuerz\w*|traslad\w*|destin\w*|resguard\w*|vigil\w*|"
        r"patrull(?!as? fronteriza)\w*|"
        r"apost\w*|asign\w*|reasign\w*|reubic\w*|mantien\w*|mantendr\w*|permanec\w*)\b"
    ),
    leave_verbs=rx(
        r"\b(?:retir[oóaá]\w*|retirad\w*|repleg\w*|reasign\w*|abandon\w*|traslad\w*|"
        r"part(?:ieron|i[oó]|ir[aá]n?|en)|sal(?:en|ieron|i[oó]|dr[aá]n?))\b"
    ),
    not_deployment=rx(
        r"\b(?:muertos?|fallecid\w*|heridos?|detenid\w*|arrestad\w*|deportad\w*|"
        r"migrantes|personas|kil[oó]metros|millas|d[oó]lares|pesos|dosis|kilos|alberga\w*|"
        r"capacidad (?:para|de)|plantilla|entrevist(?:[oó]|aron|ad[oa]s|ar[aá]n?)|encuest\w*|"
        r"(?:fotograf[ií]as?|fotos?|im[aá]gen(?:es)?|videos?) de)\b"
    ),
    force_size=rx(
        r"\b(?:guardia nacional|ej[eé]rcito)(?:,? que)? (?:(?:cuenta|contaba)(?: \w+){0,2}? con|"
        r"tiene|suma(?:ba)?)\s+"
        r"(?:unos |unas |cerca de |alrededor de |m[aá]s de |casi )?$"
    ),
    force_size_after=rx(r"\s+(?:en|de) (?:sus|las) filas\b"),
    placed_there=rx(r"\s*(?:all[ií]|ah[ií]|all[aá]|en el terreno|en (?:la|esa|esta) misi[oó]n)\b"),
    transport=rx(r"\b(?:transportaba\w*|llevaba\w*)\b"),
    contrast=rx(
        r"\b(?:mientras que|mientras|en tanto que|y el resto|[ye] otr[oa]s(?= \d)|luego de que|"
        r"despu[eé]s de que)\b"
    ),
    need_less=rx(r"\b(?:reduc|dismin|elimin)\w* la necesidad de\b"),
    staffing=rx(
        r"\b(?:contrat\w*|reclut\w*|plantilla|vacantes|n[oó]mina|"
        # joining a mission is being sent, not hired: "se incorporen a la misión"
        r"incorpor\w*\b(?! al? (?:la |el |los |las )?(?:misi|operati|operaci|fuerza|despliegue|"
        r"frontera|vigilancia|labores|tareas|patrull|refuerz)))\b"
    ),
    subordinate=rx(
        r"\b(?:cuando|mientras|porque|hasta que|una vez que|ya que|conforme)\b|[;:—–]|"
        r",\s+y\s+(?:que|ha|han|hab[ií]an?)\b"
    ),
    purpose=rx(r"\bpara\b"),
    staff_count=rx(
        r"\b(?:cuentan? (?:actualmente |hoy |ya )?con|tiene|tienen|ten[ií]an?|emplea|"
        r"contratado a|"
        r"contrat[oó] a|(?:ha |han )?contratado ya|(?:contrataci[oó]n|reclutamiento) de|"
        r"incorpor\w*)\s+"
        r"(?:unos |unas |alrededor de |cerca de |casi |m[aá]s de |aproximadamente )?$"
    ),
    staff_heads=words("agentes oficiales"),
    state_officers=rx(r"\W*(?:\S+ ){0,3}?(?:estatales|del dps|de seguridad p[uú]blica de texas)\b"),
    staff_new=rx(r"\s+nuev[oa]s\b"),
    local_police=rx(r"\s+(?:polic[ií]as|agentes|elementos) (?:municipales|locales)\b"),
    border_agency=rx(
        r"\b(?:patrulla fronteriza|cbp|oficina de aduanas y protecci[oó]n fronteriza)\b"
    ),
    rate=rx(r"^\s*(?:por|cada) (?:kil[oó]metros?|km|millas?|turno)\b"),
    share=rx(r"\s+de cada\s+"),
    other_story=rx(
        r"^(?:" + _LINKS_TO + r"|le[ae](?: más)?|más información|mira(?: también)?|también lee|"
        r"checa(?: esto| también)?|sigue leyendo)\s*[:|]"
    ),
    # The dash first, then what stands before it: the engine skips from dash to dash.
    listed_story=rx(
        r" - (?<=\S - )(?:\d{1,2} ?(?:min|h|d)|hace \d{1,2} ?(?:min|h|d)\w*|"
        r"\d{1,2} (?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.?)(?: -)?\s*$"
    ),
    more_stories=rx(
        r"^(?:" + _LINKS_TO + r"|más noticias|más (?:de|en|sobre) .{0,40}|lo más (?:leído|visto)|"
        r"temas|tendencias|últimas noticias)\s*:?\s*$"
    ),
    furniture=rx(
        r"^(?:publicidad|anuncio|(?:contenido )?patrocinado|"
        r"(?:la )?(?:nota|noticia|historia) contin[uú]a (?:abajo|despu[eé]s de la publicidad)|"
        r"contin[uú]a leyendo|sigue leyendo|(?:suscr[ií]bete|reg[ií]strate)\b.{0,80}|"
        r"comparte(?: esta nota)?|compartir|comentarios?(?: \(\d+\))?|"
        r"deja (?:un|tu) comentario|esc[uú]chalo|escuchar (?:esta )?(?:nota|noticia)|"
        r"(?:\d+:\d+ ?)+|imprimir|copyright .{0,80}|©.{0,80}|"
        # "Publicado el 5 de noviembre de 2024", "Actualizado: 14:35"
        r"(?:publicado|actualizado|[uú]ltima actualizaci[oó]n)(?: el| a las)?:? (?:[a-zé]+,? )?"
        r"(?:\d{1,2} de [a-z]+|\d{1,2}[:/.]\d|\d{4}-\d).{0,60}"
        r")\W*$"
    ),
    editors_note=rx(r"^\W*(?:nota (?:del editor|de la redacci[oó]n|editorial|aclaratoria))\b"),
    earlier_version=rx(
        r"\bversi[oó]n (?:anterior|original|previa) (?:de (?:esta|la) (?:nota|informaci[oó]n|"
        r"noticia|publicaci[oó]n) )?(?:err[oó]neamente |por error )?(?:dec[ií]a|dijo|se[nñ]alaba|"
        r"indicaba|informaba|afirmaba|consignaba|daba)\b"
    ),
    caption=rx(
        r"\b(?:foto(?:graf[ií]a)?|pie de foto)\s*:|\((?:[\w.]+ ){0,4}?fotos?\b|"
        r"\bfotos? (?:de|por|cortes[ií]a)\b|\b(?:efe|afp|reuters|ap|cuartoscuro)/\w|"
        r"\bgetty images\b|\b(?:cr[eé]dito|imagen)\s*:|"
        # "... (Omar Martínez / Cuartoscuro)": a photographer's credit
        r"(?-i:[(|] ?(?:[A-ZÁÉÍÓÚÑ][\w.'’-]* ){1,3}[A-ZÁÉÍÓÚÑ][\w.'’-]*? ?/ ?(?:AP|AFP|EFE|"
        r"Reuters|Cuartoscuro)\)?)\s*$"
    ),
    caption_words=(
        "foto",
        "getty",
        "efe",
        "afp",
        "reuters",
        "ap/",
        "/ap",
        "/ ap",
        "cuartoscuro",
        "crédito",
        "credito",
        "imagen",
    ),
    fate=rx(
        r"\b(?:murieron|han muerto|fallecieron|resultaron heridos|fueron detenidos|"
        r"fueron arrestados|dieron positivo|se (?:han )?quitad?o la vida|se suicidaron|"
        r"se han suicidado|no (?:hab[ií]an|han|hab[ií]a|ha) recibido su (?:pago|sueldo|salario)|"
        r"no (?:forman?|formaban|formar[aá]n) parte de (?:la|el) (?:misi[oó]n|operaci[oó]n|"
        r"operativo) fronteriz[oa])\b"
    ),
)

STATUS = StatusCues(
    qualifiers=(
        (
            rx(
                r"\b(?:hasta|como m[aá]ximo|no m[aá]s de|menos de|"
                + _NOT_EXCEED
                + r"(?: a)?(?: los| las)?)\s+$"
            ),
            "upper",
        ),
        (
            rx(
                r"\b(?:al menos|por lo menos|m[aá]s de|poco m[aá]s de|sobre|"
                r"superar?(?: los| las)?)\s+$"
            ),
            "lower",
        ),
        (
            rx(
                r"\b(?:unos|unas|alrededor de|cerca de|casi|aproximadamente|aprox\.|"
                r"(?:rondan?|rondaba|rondaban|ha rondado|han rondado) (?:los|las))\s+$"
            ),
            "approx",
        ),
    ),
    approx_after=rx(r"\s+(?:o as[ií]|m[aá]s o menos)\b"),
    anteriority=(
        (
            rx(
                # "ya había enviado" is past, "ya había más de 400" there now
                r"\b(?:(?:(?<!ya )hab[ií]a\w*|hab[ií]an? (?=\w+(?:ado|ido)\b))"
                r"(?! (?:pedido|solicitado|propuesto|planeado|prometido))|"
                r"anteriormente|previamente|en su momento|en aquel entonces|"
                r"(?:el|la) entonces (?:president[ea]|secretari[oa]|gobernador[a]?|mandatari[oa])|"
                # "que habló entonces de 5.200", "Florida ya envió entonces unos 50"
                r"(?:habl[oó]|envi[oó]|despleg[oó]|anunci[oó]|mand[oó]) entonces|"
                r"(?:ese|aquel) (?:mismo )?año|en aquella ocasi[oó]n|"
                r"inicialmente|originalmente|al principio|en un principio|"
                r"lleg(?:[oó]|aron) a (?:tener|sumar|contar con|haber|superar|estar)|"
                r"sumaba(?:n)?|contaba(?:n)? con|rondaba(?:n)?|tuvo(?! que)|tuvieron(?! que)|eran|"
                r"en su (?:punto|momento) m[aá]s alto|en su punto m[aá]ximo|el año pasado|"
                r"hace (?:un|dos|tres|cuatro|cinco|varios|\d+) a[nñ]os?|"
                r"lleg[oó] a su (?:punto )?(?:m[aá]ximo|pico)|"
                r"en el (?:pico|punto m[aá]s alto|momento m[aá]s alto) del? (?:\w+ )?(?:despliegue|"
                r"operativo|misi[oó]n)|"
                r"(?:alcanz(?:[oó]|ara|aba)|tuvo|registr[oó]) (?:un|su) (?:m[aá]ximo|pico) de)\b"
            ),
            "previous",
        ),
    ),
    authorized_after=rx(r"^\s+(?:que )?(?:\w+\s+){0,3}?autoriz[oó]\b"),
    cap_limit=rx(r"\b(?:tope|techo|l[ií]mite|m[aá]ximo|el uso de|" + _NOT_EXCEED + r")\b"),
    cap_words=rx(r"\b(?:autoriz\w*|permit\w*|facult\w*|aprob\w*|tope|techo|l[ií]mite)\b"),
    year_passed=rx(
        r"\b(?:en|desde|de|y|a)\s+(?:(?:principios|finales|mediados) de\s+)?"
        r"(?:(?:" + _MONTHS + r")\s+(?:de\s+)?)?$"
    ),
    earlier_year=rx(
        r"\b(?:(?:en|durante|entre|a finales de|a principios de|a partir de)\s+(?:(?:"
        + _MONTHS
        + r")\s+"
        r"(?:de\s+)?)?|(?=(?:19|20)\d\d,?\s+cuando\b)|(?=(?:19|20)\d\d\s*[:—–]\s))"
        r"((?:19|20)\d\d)\b"
    ),
    since=rx(r"\b(?:desde|comenz[oó]|inici[oó]|arranc[oó])\b"),
    place_clause=rx(r",\s+donde\b(?!\s+(?:permanec|estuv|se qued|patrull|realiz|operar)\w*)"),
    counted_from=rx(
        r"\b(?:(?:un|una|uno|dos|tres|cuatro|cinco|seis|\d+|varios|varias) (?:años?|mes(?:es)?|"
        r"semanas?) (?:despu[eé]s de|desde))\b"
    ),
    leader_acts=rx(
        r"\b(?:bajo|por)\s+(?:el gobierno de\s+|el presidente\s+|la presidenta\s+)?(?:\w+\s+)?("
        + _LEADERS
        + r")\b|\b("
        + _LEADERS
        + r")(?:,[^,]{0,60},)?\s+(?:envi[oó]|despleg[oó]|orden[oó]|mand[oó]|mantuvo|autoriz[oó])\b"
    ),
    leaders_in_office=LEADERS_IN_OFFICE,
    timeline_entry=rx(
        r"^(?:(?:(?:principios|mediados|finales) de )?(?:\d{1,2} de )?(?P<month>" + _MONTHS + r")"
        r"(?: de (?P<year>(?:19|20)\d\d))?:|" + YEAR_ENTRY + ")"
    ),
    months={name: number for number, name in enumerate(_MONTHS.strip().split("|"), start=1)},
    year_before=rx(
        r"\b(?:el a[nñ]o pasado|hace (?:un|dos|tres|cuatro|cinco|varios|\d+) a[nñ]os?|"
        r"el a[nñ]o anterior)\b"
    ),
    joined_verb=rx(
        r"\by (?:tambi[eé]n |luego )?(?:enviar|desplegar|mandar|movilizar|agregar|sumar|destinar|"
        r"trasladar|mantener)\w*(?: (?:hasta|unos|unas|alrededor de|cerca de|otros|otras|"
        r"m[aá]s de))?\s*$"
    ),
    compared=rx(
        r"\b(?:(?:menor|mayor|inferior|superior)(?:es)? a|frente a|comparad[oa]s? con) (?:los|las) "
        r"(?:\w+ )?$"
    ),
    modal_and_past=(
        (
            rx(
                # a cap asked for is a proposal: it ends after the cap word, so it wins
                r"\b(?:(?:solicit|ped|pidi|propus|propon|busc)\w* (?:un |una |el |la )?"
                r"(?:nuevo |nueva )?(?:tope|techo|l[ií]mite|m[aá]ximo) de|"
                r"podr[ií]a\w*|podr[aá]n?|planea\w*|propon\w*|propuest\w*|propus\w*|"
                r"consider\w*|estar[ií]an? dispuest[oa]s? a|plante[aó]\w*|"
                r"eval[uú]\w*|analiz\w*|(?<!\ba )solicit\w*|ped\w*|pidi\w*|pid(?:e|en)|sugiri[oó]|"
                r"(?<!\ba )petici[oó]n|"
                r"busca\w*|(?:su|la) intenci[oó]n (?:es|era)|estamos viendo|"
                r"contempla\w*|baraja\w*|sopesa\w*|perfila\w*|"
                r"estudia\w*|"
                r"enviar[ií]a\w*|desplegar[ií]a\w*|mandar[ií]a\w*|movilizar[ií]a\w*|"
                r"destinar[ií]a\w*|limitar[ií]a\w*|posiblemente|enmienda|proyecto de ley|"
                r"posibles? (?:env[ií]o|despliegue|llegada|refuerzo)|"
                r"probablemente|quier\w*|quer[ií]a\w*|quisiera|pretend\w*|de concretarse|"
                r"de aprobarse|"
                r"no descart\w*|necesita\w*|exig\w*|reclam\w*|amenaz\w* con|"
                r"(?:en caso )?de ser necesario|si (?:es|fuera|fuese) necesario|de requerirse|"
                r"no (?:se )?(?:enviar|desplegar|mandar)[aá]n?|"  # a number ruled out
                r"si se (?:aprueba|confirma)|"
                r"prev[eé]n? (?:elevar|aumentar|ampliar|incrementar|subir)|"
                # "prevé que el número aumente a unos 6.000": growth expected, not decided
                r"prev[eé]n? que (?:\S+ ){0,12}?(?:aumente|crezca|suba|se eleve|se ampl[ií]e|"
                r"alcance)n?|"
                r"esperaba(?:n)? (?:enviar|desplegar|mandar|tener)|"
                r"(?:prepar|elabor|dise[nñ]|traz)\w* (?:\S+ ){0,2}?(?:planes|plan|opciones))\b"
            ),
            "proposed",
        ),
        (
            rx(
                # "podría autorizar hasta 2 mil": the modal before it wins, a possibility
                r"(?<!podría )(?<!podria )(?<!podrían )(?<!podrian )"
                r"\b(?:autoriz\w*|tope|techo|l[ií]mite|m[aá]ximo de|" + _NOT_EXCEED + r")\b"
            ),
            "authorized",
        ),
        (
            rx(r"\b(?:aprob[oó]|acept[oó]|autoriz[oó]) (?:\S+ ){0,6}?(?:solicitud\w*|petici[oó]n)"),
            "ordered",
        ),
        (rx(r"\baprob[oó] (?:mantener|enviar|desplegar|extender|prolongar|ampliar)\b"), "ordered"),
    ),
    nearest=(
        (
            rx(
                r"\b(?:enviar[aá]n?|desplegar[aá]n?|mandar[aá]n?|llegar[aá]n?|arribar[aá]n?|"
                r"reasignar[aá]n?|reubicar[aá]n?|trasladar[aá]n?|"
                r"se desplegar[aá]n|ser[aá]n? trasladad\w*|se trasladan?|en camino|"
                # "con la llegada del refuerzo serán mil 800": the level a change will bring
                r"ser[aá]n(?=\s+" + _Q + r"$)|"
                r"movilizar[aá]n?|destinar[aá]n?|sumar[aá]n?|integrar[aá]n?|"
                r"ser[aá]n? (?:desplegad\w*|enviad\w*)|reforzar[aá]n?|ordena\w*|orden[oó]|"
                r"anunci\w*|inici[oó]|comenz[oó]|comienza|inicia|iniciar[aá]|"
                r"movilizaci[oó]n|enviar|desplegar|env[ií]o|env[ií]a|env[ií]an|"
                r"se sumar[aá]n?|en camino|permanecer[aá]n|se quedar[aá]n|quedar[aá]n?|"
                r"reforzar[aá]|se espera|espera|despliegue|sumar[ií]an|ser[ií]an|llegar[ií]an|"
                r"se sumar[aá]n?|primer[oa]s (?:\w+ )?de|aportar[aá]n?|"
                r"(?:se )?prev[eé]n?|mantendr[aá]n?|suministrar[aá]n?|(?<!se )comprometi[oó]|"
                r"habr[aá]|"  # "para finales de esta semana habrá más de 7.000 militares"
                r"(?<!se )comprometieron|se comprometi[oó] a (?:enviar|desplegar|mandar)|"
                r"previst[oa]s? (?:la llegada|el env[ií]o|el despliegue|el arribo))\b"
            ),
            "ordered",
        ),
        (
            rx(
                r"\b(?:(?:complet|conclu)\w+ (?:\S+ ){0,3}?(?:el|su|la) "
                r"(?:despliegue|llegada|arribo)|"
                r"desplegad[oa]s|despleg[oó]|desplegaron|enviad[oa]s|envi[oó]|enviaron|"
                r"lleg[oó]|llegaron|arrib[oó]|arribaron|ya|actualmente|permanecen|hay|"
                r"reforz[oó] con|reforzaron con|"
                r"quedan(?! por)|resguardan|vigilan|patrullan|complet[oó]|est[aá]n|se encuentran|"
                r"operan|mantiene|mantienen|suman|hay|cuenta con|cuentan con|actuales|"
                r"desplegados actualmente|ya fueron desplegad\w*|ha(?:n)? (?:desplegado|enviado)|"
                r"ascienden|asciende|(?:tenemos|tiene|tienen|hay|mantiene|mantienen|cuenta con|"
                r"cuentan con) (?:un|el) despliegue)\b"
            ),
            "deployed",
        ),
        (
            rx(
                r"\b(?:retir\w*|regres\w*|volver[aá]n?|salida|repliegue|conclu\w*|termin\w*|"
                r"repatri\w*|(?:reducir|disminuir|recortar|bajar)[aá] en|reducci[oó]n de|"
                r"desmoviliz\w*|(?:enviar|mandar|"
                r"regresar)\w* a casa)\b"
            ),
            "withdrawn",
        ),
    ),
    more=rx(r"\b(?:adicionales|m[aá]s(?!\s+de\b)|otros|otras|nuevos|nuevas)\b"),
    whole_sent=(
        (rx(r"^\s+(?:que (?:fueron|han sido) )?autorizad[oa]s\b"), "authorized"),
        (
            rx(
                r"^\s+(?:que (?:fueron|han sido) )?(?:prometid|comprometid|aprobad|acordad|"
                r"anunciad)[oa]s\b|"
                r"^\s+que\s+(?:\S+\s+){0,4}?(?:prometi[oó]|se comprometi[oó] a|aprob[oó]|"
                r"acord[oó]|anunci[oó])\b"
            ),
            "ordered",
        ),
    ),
    after=(
        (
            rx(
                r"^\W*(?:(?!donde\b)\S+\s+){0,16}?(?:ya se encuentran|ya est[aá]n(?! en camino)|"
                r"siguen desplegad\w*)\b|^\W*(?:\S+\s+){0,2}?(?:ya )?han (?:llegado|arribado)\b|"
                # "los 2,500 integrantes de la Guardia Nacional apostados en la zona"
                r"^\W*(?:\S+\s+){0,2}?(?:apostad|destacamentad)[oa]s (?:en|a lo largo)\b|"
                # "por debajo de los cerca de 3 mil 900 que hay actualmente"
                r"^\W*que (?:hay|existen|permanecen|est[aá]n) (?:actualmente|hoy|ahora|todav[ií]a|"
                r"a[uú]n)\b|"
                # "unos 2.500 guardias, a los que se sumarán los nuevos": others join them
                r"^\W*a (?:los|las) que (?:se )?(?:sumar[aá]n|unir[aá]n|suman|unen|reforzar[aá]n)\b"
            ),
            "deployed",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,6}?(?:rotaron|pasaron) por\b|"
                r"^\W*(?:\S+ ){0,3}?(?:que lleg[oó] a (?:tener|sumar|haber)|que estaban|"
                r"que (?:se )?alcanz(?:[oó]|aron)|que estuvieron|"
                # "los 15 mil que se reportaban en julio"
                r"que se (?:reportaban|registraban|contabilizaban)|"
                # "los 2 mil 500 guardias que el presidente Joe Biden tenía desplegados"
                r"que (?:\S+ ){0,4}?ten[ií]an? (?:desplegad|estacionad|asignad|apostad)\w*|"
                r"que (?:\S+ ){1,4}?hab[ií]an? "
                r"(?:desplegado|estacionado|enviado|apostado|mantenido)|"
                r"que hab[ií]an?\b(?! (?:sido )?(?:aprobad|ordenad|autorizad))|"
                r"llegaron a (?:estar|tener|sumar|ser))\b"
            ),
            "previous",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,3}?que ya se (?:sumaron|sum[oó]|incorporaron|unieron)\b|"
                # "los 4.000 guardias que actualmente apoyan a la CBP"
                r"^\W*que (?:actualmente|ahora|hoy|todav[ií]a|a[uú]n) (?:apoyan|operan|patrullan|"
                r"vigilan|est[aá]n|se encuentran|permanecen|trabajan|sirven|custodian|resguardan|"
                r"participan)\b(?![^.;]{0,80}?\b[^\W\d_]+r[aá]n\b)|"
                r"^\W*(?!a (?:los|las) que)(?:\S+ ){0,8}?(?:permanecen|siguen|contin[uú]an|"
                r"se quedar[aá]n|se mantienen|se han mantenido|han permanecido|se mantendr[aá]n|"
                r"seguir[aá]n|continuar[aá]n)\b"
                # "los 1.100 militares que aún permanecen en la frontera regresarán": they leave
                r"(?![^.;]{0,80}?\b(?:regresar[aá]n|volver[aá]n|se retirar[aá]n|dejar[aá]n)\b)"
            ),
            "deployed",
        ),
        (
            rx(
                r"^\W*(?:\w+ ){0,3}?(?:fueron desplegad\w*|hab[ií]an sido|(?:enviad|desplegad)\w* "
                r"en (?:" + _MONTHS + r"))\b|"
                r"^\W*(?:\w+ ){0,4}?(?:anunci|envi|despleg|orden|alcanz|"
                r"mand)[oó] en (?:" + _MONTHS + r")\b"
            ),
            "previous",
        ),
        (
            rx(
                r"^\W*(?:\S+ ){0,14}?se (?:replegar[aá]n|repliegan|replegaron)\b|"
                # "... que apoyaban a Texas en la frontera concluyeron su misión"
                r"^\W*(?:\S+ ){0,16}?(?:conclu(?:yeron|ir[aá]n|yen|y[oó])|terminaron|"
                r"terminar[aá]n) "
                r"(?:su|la) (?:misi[oó]n|despliegue|rotaci[oó]n|comisi[oó]n)\b|"
                r"^\W*(?:\S+ ){0,16}?(?:comenzaron|iniciaron|empezaron|comenzar[aá]n|iniciar[aá]n) "
                r"(?:\S+ ){0,3}?su (?:repliegue|retiro|regreso|salida)\b|"
                r"^\W*(?:\S+ ){0,16}?(?:(?:comenzaron|empezaron|comenzar[aá]n|empezar[aá]n) a "
                r"(?:abandonar|dejar|salir de)|abandonaron|abandonar[aá]n)\b|"
                r"^\W*(?:\S+ ){0,12}?(?:regresar[aá]n?|regresan|regresaron|volver[aá]n?|volvieron|"
                r"se retir\w*|(?:dejar[aá]n?|dejaron) (?:la frontera|la zona|el [aá]rea|"
                r"la regi[oó]n|la franja|sus puestos)|"
                r"(?:ser[aá]n?|fueron|han sido) (?:liberad|desmovilizad|relevad)[oa]s|"
                r"(?:ser[aá]n?|fue|fueron|ha sido|han sido) reasignad[oa]s?"
                r"(?! a (?:la|las) (?:\w+ ){0,3}?(?:frontera|l[ií]nea fronteriza)))\b"
            ),
            "withdrawn",
        ),
        (rx(r"^\W*(?:\w+ ){0,3}?(?:autorizad\w*)\b"), "authorized"),
        # "ya fueron notificados y llegarán": called up, not yet there
        (
            rx(
                r"^\W*(?:ya )?(?:fueron|han sido) (?:notificad|convocad|activad|alertad)\w*|"
                r"^\W*(?:\S+ ){0,4}?cuy[oa] (?:despliegue|env[ií]o|llegada) "
                r"(?:orden[oó]|anunci[oó]|aprob[oó])\b"
            ),
            "ordered",
        ),
        (
            rx(
                r"^\W*(?!a (?:los|las) que)(?:\w+ ){0,3}?(?:ya|permanecen|est[aá]n (?:desplegad\w*|"
                r"en)|"
                r"llegaron|arribaron|resguardan|vigilan|patrullan|se encuentran|participan|"
                r"operan)\b"
            ),
            "deployed",
        ),
        (rx(r"^\W*(?:\w+ ){0,3}?(?:podr[ií]an)\b"), "proposed"),
        (
            rx(
                r"^\W*(?:\w+ ){0,3}?(?:ser[aá]n (?:desplegad\w*|enviad\w*)|llegar[aá]n|"
                r"reforzar[aá]n|se sumar[aá]n|partieron|viajan|\w+(?:ar|er|ir)án|"
                r"(?:comenzaron|empezaron) a (?:arribar|llegar))\b|"
                r"^\W*(?:\S+ ){0,8}?(?:comenzar[aá]n|empezar[aá]n) a (?:arribar|llegar)\b|"
                r"^\W*(?:en servicio activo\s+)?que\s+(?:\S+\s+){0,6}?(?:se comprometi[oó] a|"
                r"prometi[oó]|acord[oó]|"
                r"orden[oó]|anunci[oó]|aprob[oó]) (?:enviar|desplegar|mandar)\b|"
                r"^\W*(?:\S+\s+){0,5}?(?:comprometid|prometid)[oa]s\b"
                r"(?![^.;]{0,60}\b(?:ya|se encuentran|llegaron|arribaron)\b)|"
                r"^\W*(?:\S+\s+){0,4}?que orden[oó]\b"
            ),
            "ordered",
        ),
    ),
    coordination=rx(r",\s+y\s+"),
    possible_bound=rx(
        r"\b(?:podr[ií]an?\s+(?:\w+\s+){1,2}|(?:hab[ií]an? |han? )?(?:pedido|solicitado)\s+|"
        r"pidi[oó]\s+|solicit[oó]\s+|(?:eval[uú]\w*|consider\w*|analiz\w*)\s+(?:\w+\s+)?)"
        r"hasta\s+$"
    ),
    more_listed=rx(r"^[^,;]*\by (?:otros|otras)\s+$"),
    joined_next=rx(
        r"\s*,?\s+y\s+(?:(?:un|una) (?:equipo|grupo|contingente|unidad|destacamento) de\s+)?" + _Q
    ),
    counts_no_people=rx(
        r"\s+(?:años?|meses|mes|semanas?|d[ií]as?|horas?|estados|(?:otras )?(?:agencias|"
        r"dependencias|secretar[ií]as))\b|\.?[ªº]"
    ),
    subset_after=rx(
        r",\s+(?:muchos|muchas|algunos|algunas|la mayoría|la mitad|varios|varias) de "
        r"(?:ellos|ellas|los cuales|las cuales)\b"
        r"(?![^,]*,\s+(?:están|estaban|estarán|son|serán|fueron|han|habían|van)\b)|"
        r",\s+(?:despu[eé]s|luego) de que\b"
    ),
    other_subject_after=rx(
        r",?\s+y\s+que\b|"
        r"\b(?:mientras|porque|aunque|ya que|pues)\s+(?:(?:el|la|los|las|sus?)\s+)?"
        r"[^\W\d_]+\s+(?:\w+\s+)?(?:se mantienen?|siguen?|contin[uú]an?|son|es|est[aá]n?|"
        r"han|ha|caen|cae|cayeron|bajan?|bajaron|suben?|subieron|aumentan?|aumentaron)\b"
    ),
    next_clause=rx(r",?\s+(?:y|e|pero|a (?:los|las) que|a quienes)\s+(?=(?:[^\s,;]+\s+){1,6}$)"),
    level_words=rx(
        r"\b(?:" + _NOW_COUNT + r"|"
        r"n[uú]mero|total|cifra|contingente|presencia|fuerza de|estado de fuerza|pico|"
        r"despliegue de|env[ií]o de|parte de (?:los|las)|"
        r"m[aá]ximo|frente a|contra|(?:menor|mayor|inferior|superior)(?:es)? a|"
        r"sum(?:a|an|aba|aban|aron|[oó]|ar[aá]n?|ar[ií]an?))\b"
    ),
    total_raised=rx(
        r"\b(?:con lo que|elevando|llevando|lo que eleva)\b(?:\s+\S+){0,3}\s+"
        r"(?:total|n[uú]mero|cifra)\b"
    ),
    level_change=rx(
        r"\b(?:aument\w*|elev\w*|reduc\w*|reduj\w*|baj\w*|sub\w*|crec\w*|ascien\w*|ascend\w*|"
        r"recort\w*|"
        r"alcanz\w*|disminu\w*|ca[eyí]\w*|"
        r"quedar\w*|complet\w*|"
        r"rond\w*|pasar[aá]n?|pasen?|(?<!el )pas[oó] de|"
        r"llegan? a|lleg[oó] a|llegaron a|llegar[aá]n? a|llegar[ií]an? a|(?:ha|han) llegado a|"
        r"suman?)\b"
    ),
    withdrawn_object=rx(
        r"\b(?:retir\w*|repleg\w*|repatri\w*|desmoviliz\w*|(?:enviar|mandar|regresar)\w* a casa|"
        r"relev(?:ar|ar[aá]n?|[oó]|an) a|"  # "para relevar a 420": not "Los relevarán 950"
        r"(?:regresar|volver)\w* a sus bases|(?:recorte|reducci[oó]n) de)\s+(?:a )?"
        r"(?:los |las |sus |unos |unas |cerca de |alrededor de )*$"
    ),
    in_transit=rx(
        r"\b(?:(?:en )?camino (?:a|hacia)|en camino|en tr[aá]nsito|rumbo a|en ruta (?:a|hacia)|"
        r"con destino a|(?:parti[oó]|partieron|salieron|sali[oó]) (?:\S+ ){0,8}?(?:hacia|rumbo)|"
        r"avanza[n]? (?:por carretera|hacia)|se dirige[n]? (?:a|hacia)|"
        # "en la base de Fort Campbell, a la espera de ser trasladados a la frontera"
        r"(?:a la espera de|antes de) ser (?:trasladad|enviad|desplegad|movilizad)\w*|"
        # "aún no han llegado": announced, not there yet
        r"(?:a[uú]n|todav[ií]a) no (?:han |hab[ií]an )?(?:llegad\w*|llegan|arribad\w*|arriban)|"
        # "aterrizaron en Mérida antes de trasladarse a la frontera": at a stop on the way
        r"(?:antes de|para luego) (?:trasladarse|dirigirse|partir|desplazarse)|"
        r"para luego ser (?:trasladad|enviad|desplegad|distribuid)\w*|"
        r"(?:que|quienes) (?:despu[eé]s|luego|posteriormente|m[aá]s tarde) (?:ser[aá]n|van a ser) "
        r"(?:trasladad|enviad|desplegad|distribuid)\w*|"
        r"desde (?:donde|ah[ií]|all[ií]) (?:ser[aá]n|partir[aá]n|se trasladar[aá]n|"
        r"se desplegar[aá]n))\b"
    ),
    cap_change=rx(
        r"\b(?:elev\w*|ampli\w*|aument\w*|sub\w*|baj\w*|reduc\w*|reduj\w*|ajust\w*) "
        r"(?:el |su |un )?(?:tope|techo|l[ií]mite|m[aá]ximo)\b|"
        r"\blimitad[oa]s? a\b"
    ),
    expected_drop=rx(
        r"\bse espera que (?:baje|disminuya|se reduzca)\b|"
        r"\b(?:prev[eé]n?|espera|esperan) (?:reducir|bajar|disminuir)\w*"
    ),
    level_from=rx(
        r"\bdesde\s+(?:los |las )?(?:actuales )?$|\bde (?:los|las) actuales\s+$|"
        r"\b(?:frente a|contra)\s+(?:(?:los|las|un|una) )?(?:(?:m[aá]ximo|pico|nivel) de )?"
        + _Q
        + "$|"
        r"\b(?:baj[oó]|subi[oó]|creci[oó]|se redujo|disminuy[oó]|aument[oó]|cay[oó]|pas[oó]|"
        r"baja|sube|crece|se reduce|disminuye|aumenta|cae|pasa|pasar[aá]n?|pasar[ií]an?|pasen?|"
        # "bajará de 10 mil a 7 mil", "recortará de 6 mil a 4 mil": a change yet to come
        r"(?:se )?(?:bajar|subir|crecer|reducir|recortar|disminuir|aumentar|caer)"
        r"(?:[aá]n?|[ií]an?)|"
        r"recort[oó]|redujo|(?:se )?(?:ha|han|hab[ií]an?) (?:bajado|subido|crecido|disminuido|"
        r"aumentado|ca[ií]do|pasado|recortado|reducido))"
        # "redujo su presencia en Baja California de mil 650 a"
        r"(?:\s+(?:su|sus|el|la) (?:presencia|despliegue|fuerza|contingente|n[uú]mero)"
        r"(?:\s+en (?:\S+ ){0,2}?\S+)?)?\s+"
        r"de\s+(?:los |las )?(?:actuales )?" + _Q + "$"
    ),
    comparison=rx(r"\b(?:comparad[oa]s? con|en comparaci[oó]n con|frente a)\b"),
    # "rondarán los 9 mil": a level the change will leave
    changing_object=rx(
        r"\b(?:reducir|recortar|reduciendo|recortando|reducir[aá]n?|recortar[aá]n?|"
        r"reducir[ií]an?|recortar[ií]an?)\s+(?:(?:los|las|sus) )?(?:actuales )?" + _Q + "$"
    ),
    changed_to_after=rx(r"[^.;:]{0,60}?\ba\s+" + _Q + "$"),
    level_to=rx(
        r"\b(?:a|hasta|(?:quedar|dejar)\w* con|"
        r"rondar(?:[aá]n?|[ií]an?) (?:los|las)|(?:ha|han) rondado (?:los|las)|"
        r"alcanzar(?:[aá]n?|[ií]an?)(?: (?:los|las))?)\s+" + _Q + "$"
    ),
    current=rx(r"\bactual\w*"),
    now_after=rx(
        r"^(?:[^,;.]{0,30}?\b(?:ahora|actualmente|hoy|en la actualidad|actuales?|esta semana|"
        r"(?:hasta el|al) _DAY)|\s+(?:el|este) _DAY)\b".replace(
            "_DAY", "(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
        )
    ),
    today_after=rx(r"^[^,;.]{0,40}?\b(?:hoy|a la fecha|al d[ií]a de hoy)\b"),
    expected=rx(r"\b(?:se (?:prev[eé]|espera)|prev[eé]n|esperan?)\b"),
    decided=rx(
        r"\b(?:ya (?:firm|aprob|orden)\w*|(?:ha|han|hab[ií]an?) (?:sido )?(?:aprobad|firmad|"
        r"ordenad)\w*|(?:plan|orden|retiro|repliegue) (?:ya )?aprobad\w*)"
    ),
    undecided=rx(
        r"\b(?:no se ha (?:tomado|decidido|aprobado)|no ha (?:sido )?(?:aprobad|decidid)\w*|"
        r"no hay (?:una |ninguna )?decisi[oó]n|"
        r"a[uú]n no (?:se )?(?:ha )?(?:aprobad|decidid|autorizad)\w*|sin (?:una )?decisi[oó]n|"
        r"(?:a[uú]n |todav[ií]a )?requiere (?:la )?(?:firma|aprobaci[oó]n)|"
        r"pendiente de (?:la )?(?:aprobaci[oó]n|firma)|"
        r"no se ha (?:firmado|emitido) (?:ninguna |una |la )?orden)\b"
    ),
    now=rx(
        r"\b(?:ahora|actualmente|hoy|a la fecha|hasta ahora|todav[ií]a|a[uú]n|permanecen|"
        r"permanecer[aá]n|siguen|seguir[aá]n|al (?:corte del? )?\d{1,2} de (?:" + _MONTHS + r")|"
        # "hasta el viernes había unos 8 mil 500": as of Friday
        r"hasta (?:ayer|(?:el|este) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
        r"domingo)))\b"
    ),
    this_week=rx(r"\b(?:el|este) (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b"),
    future_after=rx(
        r"\s+(?:(?:para|a) (?:finales|fines|fin|mediados) de(?:l)? (?:a[nñ]o|mes|enero|febrero|"
        r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|"
        r"en (?:las|los) pr[oó]xim[oa]s (?:\w+ )?(?:semanas|meses)|el pr[oó]ximo (?:mes|a[nñ]o))\b"
    ),
    # "enviará", "enviaría"; not "Estrella Solitaria", "crisis migratoria", "la Secretaría"
    future=rx(
        r"\b(?!(?:secretar|mayor|minor|gendarmer|infanter|artiller|caballer|procuradur|auditor|"
        r"categor|tesorer)ías?\b)(?:\w+r(?:á|án)|\w+rían?|va a|van a|planea)\b"
    ),
    sequel=rx(r"\b(?:posteriormente|m[aá]s tarde|luego)\b"),
    past_perfect=rx(r"\bhab[ií]a\w*\s+\w+(?:ado|ido)\b"),
    past_change=rx(
        r"\b(?:creci[oó]|aument[oó]|baj[oó]|cay[oó]|subi[oó]|(?:se )?redujo|disminuy[oó]|"
        r"recort[oó]|elev[oó]|ampli[oó]|lleg[oó]|llegaron)\s+"
        r"(?:\S+\s+){0,3}?(?:a|hasta)\s+" + _Q + "$"
    ),
    had_before=rx(r"\b(?:ten[ií]a\w*|mantuvo|mantuvieron|mantenía\w*)\s+" + _Q + "$"),
    past_time=rx(
        r"\b(?:en (?:" + _MONTHS + r"|(?:19|20)\d\d)|el año pasado|en su momento|"
        r"hace (?:un|una|\w+) (?:años?|mes(?:es)?|semanas?)|"
        r"(?:ese|aquel) (?:mismo )?(?:año|mes|verano|otoño|invierno)|esa (?:misma )?primavera|"
        r"la semana pasada|el mes pasado|"
        r"al (?:final|t[eé]rmino|cierre) de su (?:mandato|gobierno|administraci[oó]n)|"
        r"anunciad[oa]s (?:inicialmente |originalmente )?(?:el|este|en))\b"
    ),
    standing=rx(
        r"\b(?:actuales|restantes)\s+$|\bmantienen? (?:(?:\S+ ){1,5}?a |a )?(?:los |las )?"
        + _Q
        + "$|"
        # "a 30 días del despliegue de 10 mil": the deployment has stood that long
        r"\b(?:a|tras|despu[eé]s de) (?:\d+|un|una|dos|tres|cuatro|seis) (?:d[ií]as|semanas?|"
        r"mes(?:es)?) (?:del? )?(?:despliegue|arribo|llegada) de (?:los |las )?" + _Q + "$"
    ),
    will_stay=rx(r"^\W*(?:\S+\s+){0,3}?(?:permanecer[aá]n|se quedar[aá]n)\b"),
    arrived_first=rx(
        # "Este jueves llegaron a Tecate ...": a time may open the sentence
        r"^\W*(?:(?:este|esta|el|ayer|hoy|anoche|durante)\b(?:\s+\w+){0,3}?,?\s+)?"
        r"(?:ya )?(?:llegaron|arribaron|lleg[oó]|arrib[oó])\b(?! a (?:tener|sumar|haber|ser|"
        r"estar)\b)(?:(?!\bque\b)[^;:])*$"
    ),
    left_by_cut=rx(r"\b(?:dejando|lo que dejar[áí]a?)\s+(?:a )?(?:los |las )?" + _Q + "$"),
    planned=rx(r"\b(?:planea|planean|planeaba|prev[eé]n?)\b"),
    joining=rx(
        r"\b(?:se (?:suma|suman|sumar[aá]n?|une|unen|unir[aá]n?)|reforzar[aá]n?|refuerzan) a "
        r"(?:los |las )?" + _Q + "$"
    ),
    part_of_group=rx(r"(?:\b(?:parte|mitad|la mayor[ií]a)|\d(?: mil)?) de (?:los|las) " + _Q + "$"),
    # The look-ahead lets the scan pass most characters with one test, not one per alternative.
    clause_break=rx(
        r"(?=[;:—–pmald,])(?:[;:—–]|\bpero\b|\bmientras\b|\baunque\b|\bluego de que\b|"
        r"\bdespu[eé]s de que\b|,\s+y\s+que\b)"
    ),
    reported=rx(
        r"\b(?:dijo|afirm[oó]|anunci[oó]|inform[oó]|señal[oó]|indic[oó]|de acuerdo con|seg[uú]n|"
        r"asegur[oó]|detall[oó]|precis[oó]|explic[oó]|declar[oó]|agreg[oó]|añadi[oó]|sostuvo|"
        r"coment[oó]|expuso|refiri[oó]|destac[oó]|subray[oó]|puntualiz[oó]|reconoci[oó])\b"
    ),
    reported_will=r"\1á\2",
    reported_had=rx(r"\bhab[ií]an?(?=\s+(?:ya\s+)?(?:llegado|arribado|sido desplegad))"),
    reported_have="han",
    # "dijo que reforzarían la frontera" reports "reforzarán"; not "estarían", which in
    # "unos 1.000 estarían en la misión, según ..." is an estimate of now
    reported_would=rx(
        r"\b(enviar|desplegar|mandar|destinar|reforzar|patrullar|vigilar|llegar|arribar|"
        r"apoyar|permanecer|quedar|sumar|incorporar|trasladar|movilizar|operar|custodiar|"
        r"resguardar|cubrir)[ií]a(n?)(?=\s)"
    ),
    were_predicate=rx(r"\bfueron\b"),
    bare_prep=rx(
        r"\b(?:a|de|en|hasta|frente a (?:los|las)|desde (?:los|las)|parte de (?:los|las)|"
        r"(?:menor|mayor|inferior|superior)(?:es)? a (?:los|las)|"
        r"alcanz\w+(?: (?:los|las))?|"
        r"complet\w+|"
        r"(?<=,\s)contra|"
        r"sum(?:a|an|aba|aban|aron|[oó]|ar[aá]n?|ar[ií]an?)|"
        r"super\w+ (?:los|las)|rebas\w+ (?:los|las)|"
        r"rond(?:a|an|aba|aban|ado|ar[aá]n?|ar[ií]an?) (?:los|las)|"
        + _NOW_COUNT
        + r")\s+"
        + _Q
        + "$"
    ),
    bare_predicate=rx(
        r"^\s*(?:(?:fueron|son|están|estan|ya están|ya estan) (?:desplegad\w*|enviad\w*)|"
        r"(?:que )?ya (?:est[aá]n|se encuentran|patrull\w+|vigil\w+)|"
        r"se encuentran (?:en|desplegad\w*)|"
        r"permanecen en|en total\b|"
        r"desplegad[oa]s|(?:ya )?(?:regresaron|volvieron|se retiraron)|"
        # "los 5 mil 500 restantes", "los 10 mil comprometidos", "los mil 400 asignados"
        r"restantes|(?:comprometid|prometid|asignad|acordad|anunciad)[oa]s|"
        # "del despliegue de 10 mil anunciado por", "los 400 enviados el fin de semana"
        r"(?:anunciad|ordenad)[oa] (?:por|el|la|en)\b|enviad[oa]s (?:el|la|en|por|desde|hace)\b|"
        r"se instal(?:aron|ar[aá]n)|"
        r"(?:ya )?(?:han|habían) (?:llegado|arribado)|ya (?:llegaron|arribaron)|"
        r"(?:regresar[aá]n|volver[aá]n|se retirar[aá]n|arribar[aá]n)|"
        r"comenzar[aá]n a (?:llegar|arribar)|"
        r"(?:podr[ií]an|podr[aá]n|se sumar[aá]n|llegar[aá]n) (?:sumarse|unirse|llegar|ser "
        r"(?:enviad|desplegad)\w*)?)\b"
    ),
    bare_object=rx(
        r"\b(?:han (?:arribado|llegado)|arribaron|llegaron|hab[ií]a|hay|ten[ií]a|fueron|eran|"
        r"enviar[aá]?n?|"
        r"envi[oó]|enviaron|"
        r"desplegar[aá]?n?|despleg[oó]|desplegaron|"
        r"mandar[aá]?n?|mand[oó]|mandaron|sumar[aá]?n?|sum[oó]|suman?|permanecer[aá]n?|"
        r"permanecen|quedar[aá]n?|quedan|mantendr[aá]n?|mantienen?|mantuvo|aportar[aá]n?|"
        r"aport[oó]|moviliz(?:[oó]|aron|ar[aá]n?)|(?:hab[ií]an?|ha|han) (?:movilizado|enviado|"
        r"desplegado|mandado))\s+(?:a\s+)?(?:ya )?"
        r"(?:otros |otras )?" + _Q + "$"
    ),
    bare_cut=rx(
        r"\b(?:reducir[aá]n?|redujo|reducido|recortar[aá]n?|recort[oó]|recortado|"
        r"disminuir[aá]n?|disminuy[oó]) (?:\S+ ){0,3}?en "
        r"(?:otros )?" + _Q + "$"
    ),
    bare_more=rx(r"^\s+(?:m[aá]s|adicionales)\b(?!\s+de)"),
    whole_after_part=rx(r"\s+de\s+(?:los|las)\s+(?:\S+\s+)?"),
    sent_relative=rx(
        r"^\s*que\s+(?:\S+\s+){0,6}?(?:(?:se comprometi[oó] a|prometi[oó]|acord[oó]|anunci[oó]|"
        r"orden[oó]) (?:enviar|desplegar|mandar)|envi[oó]|despleg[oó]|mand[oó]|"
        r"(?:estaban|se encontraban) (?:asignad|desplegad|destacamentad|apostad)\w*|"
        r"vigilaban|patrullaban|custodiaban|participaban?|formaban? parte)\b"
        r"(?:\s+\S+){0,10}?(?=\s+(?:ya\s+)?(?:est[aá]n|se encuentran|llegaron|permanecen|"
        r"fue|fueron|ser[aá]n|han)\b)"
    ),
    sent_participle=rx(
        r"^\s*(?:(?:\S+\s+){0,4}?)(?:enviad|desplegad|comprometid|prometid|ordenad)[oa]s\b"
        r"(?:\s+\S+){0,10}?(?=\s+(?:ya\s+)?(?:est[aá]n|se encuentran|permanecen|han)\b)"
    ),
    whole_before=rx(r"\bde (?:los |las )?" + _Q + "$"),
    bare_relative=rx(
        r"^\s+que\s+(?:\S+\s+){0,6}?(?:(?:se comprometi[oó] a|prometi[oó]|acord[oó]|planea|"
        r"pretende|anunci[oó]|orden[oó]) (?:enviar|desplegar|mandar)|envi[oó]|despleg[oó]|"
        r"mand[oó]|llegaron|arribaron|lleg[oó] a (?:tener|haber)|estaban|hay|hab[ií]a|hubo|"
        r"participan|operan|permanecen|se encuentran|vigilan|patrullan|resguardan|custodian|"
        r"(?:fueron|han sido) (?:reasignad|enviad|desplegad|trasladad|asignad)[oa]s|"
        r"comprometi[oó]|prometi[oó])\b"
    ),
    bare_another=rx(r"\b(?:otros|otras)\s+" + _Q + "$"),
    force_word=rx(r"\bfuerza\b"),
    change_from=rx(r"\s+desde\s+"),
    change_to=rx(
        r"(?:\s+(?:militares|efectivos|elementos|soldados|guardias|tropas))?(?:\s+actuales)?"
        r"\s+a\s+" + _Q
    ),
    from_word=rx(r"\b(?:de|desde)\s+(?:los |las )?(?:actuales )?" + _Q + "$"),
    change_amount=rx(
        r"\b(?:una? )?(?:reducci[oó]n|disminuci[oó]n|aumento|incremento|baja|recorte) de\s+"
        + _Q
        + "$"
    ),
    per_period=rx(r"^\s*(?:(?:al|por|cada) (?:d[ií]a|semana|mes|a[nñ]o)|diari\w+)\b"),
    things_changed=rx(
        r"\b(?:detenciones|cruces|encuentros|migrantes|personas|muertes|aseguramientos|"
        r"decomisos|familias|niños|casos|homicidios|asesinatos|arrestos|aprehensiones|"
        r"v[ií]ctimas)\b"
    ),
    things_counted=rx(
        r"\b(?:n[uú]mero|total) de ([a-záéíóúñ]+)|\b(?:las |los )?(llegadas|cruces|detenciones|"
        r"arrestos|encuentros|aprehensiones)\b"
    ),
)

_MEXICO_PLACES = (
    r"(?:en|a|hacia) (?:sonora|chihuahua|tamaulipas|coahuila|nuevo le[oó]n|baja california)"
)

DEPLOYERS = Deployers(
    default="mexico",  # Spanish-language outlets here are mostly Mexico's own press
    mexican_view=2,
    mexico=rx(
        r"\b(?:(?<!nuevo )m[eé]xico \W?(?:despleg\w*|envi\w*|reforz\w*|moviliz\w*|comenz\w*|"
        r"inici\w*|suministr\w*|aport\w*|retir\w*|reduc\w*|mand\w*|aument\w*|"
        r"tien\w*|mantien\w*|complet\w*|acord\w*)|mexican[oa]s?|sheinbaum|l[oó]pez obrador|"
        r"amlo|sedena|"
        r"gobierno (?:de m[eé]xico|mexicano)|gn|frontera norte|operativo frontera|"
        r"ej[eé]rcito mexicano|"
        r"(?:primera|segunda|tercera|cuarta|quinta|sexta|s[eé]ptima|octava|novena|d[eé]cima|"
        r"\d+\.?[ªa]?) (?:zona|regi[oó]n) militar|"
        r"secretar[ií]a de la defensa nacional|la defensa|presidenta|mandataria|canciller|ebrard|"
        r"harfuch|"
        r"trevilla|cienfuegos|"
        r"instituto nacional de migraci[oó]n|gabinete de seguridad|fuerza a[eé]rea mexicana|"
        r"guarnici[oó]n militar|reci[eé]n cread[oa] guardia nacional|"
        + _MEXICO_PLACES
        + r"|en m[eé]xico, (?:el )?gobierno|"
        r"mesa estatal de seguridad|grupo de coordinaci[oó]n \w+|polic[ií]a federal|"
        r"fuerza (?:coahuila|civil|tamaulipas))\b|"
        # a Mexican dateline ("Matamoros, Tamps.-", "Ciudad Juárez.-") over Mexico's own forces,
        # not over a story of the US side told from the border
        r"(?:,\s*(?:tamps|chih|coah|son|n\.\s?l|b\.\s?c)|ju[aá]rez|tijuana|matamoros|reynosa|"
        r"nuevo laredo|nogales|mexicali|piedras negras|acu[nñ]a|ojinaga|agua prieta)\.\s?[-–—]"
        r"(?=[^\n]{0,200}?\b(?:guardia nacional|gn|sedena|ej[eé]rcito)\b)"
        r"(?![^\n]{0,300}?\b(?:texas|arizona|nuevo m[eé]xico|california|estados unidos|ee\.?\s?uu|"
        r"eu|pent[aá]gono|comando norte|gobernador\w*)\b)"
    ),
    mexico_places=rx(r"\b" + _MEXICO_PLACES + r"\b"),
    us_side=rx(
        r"\b(?:apoy\w* (?:a )?la patrulla fronteriza|"
        r"la patrulla fronteriza (?:inform|dijo|report|precis|indic|proces|detuvo)\w*|"
        # the military zones along the US side: "dos zonas militares en Nuevo México y Texas"
        r"(?:[aá]reas?|zonas?) (?:de defensa nacional|militar(?:es)? (?:en|de) "
        r"(?:nuevo m[eé]xico|texas|arizona|california))|"
        # a US Army post: "soldados de Fort Bliss"
        r"fort (?:bliss|hood|cavazos|huachuca|carson|campbell|bragg|liberty|riley|drum|stewart|"
        r"knox|lewis|sill|polk|johnson))\b"
    ),
    federal=rx(
        r"\b(?:pent[aá]gono|casa blanca|biden|obama|bush|trump (?:envi|orden|despleg|anunci)\w*|"
        r"presidente (?:donald )?trump|(?:ordenad|enviad|desplegad|anunciad)\w* por (?:el "
        r"presidente )?(?:donald )?trump|"
        r"(?:estados unidos|ee\.?\s?uu\.?|eu|washington),? "
        r"(?:(?:por su parte|a su vez|en tanto|por otro lado|en cambio|mientras tanto),? )?"
        r"(?:despleg|envi|orden|mantien|tien|retir|"
        r"reduc|mand|aument|reforz)\w*|frontera con m[eé]xico|"
        r"frontera sur de (?:los )?(?:estados unidos|ee\.?\s?uu\.?|eu)|"
        r"(?:gobierno|ej[eé]rcito|fuerzas|tropas|militares|soldados) (?:de|del) (?:los )?"
        r"(?:estados unidos|ee\.?\s?uu\.?|eu)|estadounidenses?|norteamericanos?|"
        r"(?:en )?servicio activo|soldados en activo|comando norte|"
        r"departamento de (?:defensa|guerra|seguridad nacional)|marines|infantes de marina|"
        r"secretari[oa] de (?:defensa|guerra)|mattis|esper|lloyd austin|hegseth|"
        r"comando norte)\b"
    ),
    pooled=rx(
        r"\bde (?:otros |varios )?(?:varios|otros|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|"
        r"nueve|diez) estados\b"
    ),
    pooled_senders=rx(
        r"\b(?:varios|una docena de|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) estados "
        r"(?:han |hab[ií]an )?(?:enviado|desplegado|aportado|mandado|enviaron|mandaron)\b|"
        # "catorce estados ... mantienen en conjunto unos 1.800": a total of several senders
        r"\bestados\b[^.;]{0,80}?\ben conjunto\b|"
        r"\bgobernadores\b[^.;]{0,80}?\b(?:en conjunto|un total de)\b|"
        r"\b(?:entidades|estados) aliad[oa]s\b"  # "las entidades aliadas suman más de mil"
    ),
    sender_after=rx(
        r"^\W*(?:que |los que |las que )((?:\S+ ){1,5}?)(?:hab[ií]a |ha |han |hab[ií]an )?"
        r"(?:envi[oó]|enviaron|enviado|despleg[oó]|desplegaron|desplegado|orden[oó]|mand[oó]|"
        r"prometi[oó]|apost[oó]|estacionado)\b"
    ),
    acting_sender=rx(
        r"((?:[^\s,;]+ ){1,4}?)(?:ha |han |hab[ií]an? )?(?:envi[oó]|enviaron|enviado|despleg[oó]|"
        r"desplegaron|desplegado|orden[oó]|mand[oó])\s+(?:\S+\s+){0,2}?$"
    ),
    federal_mission=rx(
        r"\b(?:t[ií]tulo 32|misi[oó]n federal|pent[aá]gono|"
        r"bajo (?:mando|control|autoridad) federal|"
        r"del lado (?:estadounidense|"
        r"de estados unidos)|(?:apoy|asist|ayud|reforz)\w* (?:a )?(?:la )?(?:patrulla fronteriza|"
        r"oficina de aduanas y protecci[oó]n fronteriza|cbp)|(?:operaci[oó]n )?jump start|"
        r"(?:operaci[oó]n )?guardian support|pagad[oa]s por washington|"
        # paid by Washington: "con cargo al gobierno federal", "financiados con fondos federales"
        r"(?:con cargo al|pagad[oa]s por el|financiad[oa]s por el) gobierno federal|"
        r"(?:con )?fondos federales|(?:con cargo al|pagad[oa]s por el|financiad[oa]s por el) "
        r"pent[aá]gono)\b"
    ),
    federal_people=rx(r"\b(?:agentes|oficiales) (?:de la )?(?:patrulla fronteriza|cbp)\b"),
    state_mission=rx(
        r"\b(?:estrella solitaria|lone star|misi[oó]n estatal|operativo estatal|dps|"
        r"departamento de seguridad p[uú]blica|su propi[ao] (?:misi[oó]n|operativo|operaci[oó]n)|"
        # a US state's own police: "la Patrulla de Carreteras de Oklahoma" (Mexico's states have
        # "policías estatales" too)
        r"patrulla (?:de carreteras|estatal)|"
        # paid by the state: "con cargo a fondos estatales" (LABELING.md: state-funded)
        r"fondos estatales|financiad[oa]s? por el estado|(?:a costa|por cuenta) del estado|"
        # a state's lawmakers pay for it: "la Legislatura de Texas aprobó fondos para mantener a
        # 5 mil guardias" (asking Washington for troops is not a state's mission)
        r"(?:legislatura|legisladores|congreso)\b[^.;]{0,40}?\baprob\w+\b[^.;]{0,30}?"
        r"(?:fondos|recursos|presupuesto|millones)|presupuesto estatal)\b"
    ),
    destination_before=rx(r"\b(?:a|al|en|hacia|frontera de)\s+(?:la\s+|el\s+)?$"),
    asked_after=rx(r"(?!)"),  # Spanish names who asked before the name: "a petición de"
    states=EN_DEPLOYERS.states
    | {
        "tejas": "TX",
        "nuevo méxico": "NM",
        "nuevo mexico": "NM",
        "dakota del sur": "SD",
        "dakota del norte": "ND",
        "carolina del sur": "SC",
        "carolina del norte": "NC",
        "luisiana": "LA",
        "misuri": "MO",
        "virginia occidental": "WV",
    },  # fmt: skip
    governors=EN_DEPLOYERS.governors,
    not_states=EN_DEPLOYERS.not_states,
    mission_states=EN_DEPLOYERS.mission_states | {"estrella solitaria": "TX"},
    state_missions_since=EN_DEPLOYERS.state_missions_since,
    earlier_state_missions=EN_DEPLOYERS.earlier_state_missions,
    state_acts=rx(
        r"\s+(?:(?:ha|han|hab[ií]a|ya|tambi[eé]n)\s+){0,2}(?:envi[oó]|enviado|envi[aá]|"
        r"enviar[aá]|despleg[oó]|desplegado|despliega|desplegar[aá]|mantiene|mantuvo|retir[oó]|"
        r"tiene|ten[ií]a)\b"
    ),
    own_guard=rx(r"(?!)"),  # Spanish names a state's Guard before the state:
    own_guard_before=rx(r"\b(?:guardia nacional|guardias(?: nacionales)?) (?:del estado )?de\s+$"),
    governor_of=rx(r"\bgobernador(?:a)? (?:del? )?(?:estado de )?\s*$"),
)

# Words a page must hold to be read in full (extractors/precheck.py): every personnel word
# above is one of these or holds one ("troop" finds "troopers"). Never "border": CSS has it.
SCREENING_WORDS = (
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
    "uniformados",
    "integrantes",
    "guardias",
)

LEXICON = Lexicon(
    screening_words=SCREENING_WORDS,
    lang="es",
    function_words=words("de la que el en los del se las por un para con una su al es lo"),
    numbers=NUMBERS,
    phrase=PHRASE,
    places=PLACES,
    relevance=RELEVANCE,
    status=STATUS,
    deployers=DEPLOYERS,
)
