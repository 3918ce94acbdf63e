"""What a figure counts (killed, wounded, deployed...) and whether it is about North Koreans.

Cues are read in a fixed order that mirrors how news copy words casualty figures:
a verb right before the number ("killed 77"), then words just after it ("3,000
soldiers had died"), then a generic verb ("lost 4,000"), then further right, then a
noun earlier in the clause ("the number of killed and wounded ... exceeds 3,000").
Anything not about people, not about North Korean troops, or about the future is
rejected here so the extractor stays precise.
"""

from __future__ import annotations

import re

from claims.extract.casefold import ci, lowered, rx, trie_pattern

_KW = (
    r"(?:killed|dead|died)\s*(?:,\s*|\s+)?(?:or|and|/)\s*(?:have\s+|had\s+)?"
    r"(?:been\s+|were\s+)?(?:wounded|injured)"
    r"|killed,\s*(?:wounded|injured)(?!,?\s+(?:and|or)\s+(?:captured|missing))"  # headlines
)
_CUE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("killed_or_wounded", _KW + r"|deaths\s+and\s+injuries|dead\s+and\s+injured|killed-or-wounded"),
    (
        "casualties",
        r"killed,\s+wounded,?\s+(?:or|and)\s+(?:captured|missing)|casualt(?:y|ies)|losses",
    ),
    (
        "suicides",
        r"(?:took|taken|take|taking)\s+their\s+own\s+lives|kill(?:ed|ing)?\s+themselves"
        r"|suicides?|(?:blew|blow|blows|blowing)\s+(?:himself|themselves|herself)\s+up"
        r"|self-detonat\w*",
    ),
    (
        "killed",
        r"killed|died|dead|deaths?|slain|lost\s+their\s+lives|perished|fatalities|eliminated"
        r"|death\s+toll|KIA|bodies|slaughtered|massacred|wiped\s+out|annihilated"
        r"|(?:gave|laid\s+down)\s+their\s+lives",
    ),
    (
        "wounded",
        r"(?:wounded|injured)(?!\s+(?:(?:North\s+Korean|N\.\s*Korean|DPRK|Korean|Russian|Ukrainian)\s+)?"
        r"(?:soldiers?|comrades|troops|men|servicemen|fighters|prisoners)|\s+North\s+Koreans\b)"
        r"|injuries|hospitali[sz]ed|in\s+hospitals?|being\s+treated",
    ),
    (
        "captured",
        r"captured|taken\s+(?:as\s+)?(?:prisoners?|captive)|prisoners?(?:\s+of\s+war)?|POWs?"
        r"|(?:taken|took)\s+(?:[\w-]+\s+){1,4}?alive"  # "had taken two North Korean soldiers alive"
        r"|surrendered|in\s+(?:Ukrainian\s+|Ukraine's\s+|its\s+|their\s+)?(?:custody|captivity)",
    ),
    ("missing", r"missing|unaccounted\s+for"),
    (
        "deployed",
        r"deployed|deployment|sent(?!\s+(?:back|home))|dispatched|stationed|transferred|arrived"
        r"|shipped|transported|moved\s+(?:(?:west|east|north|south|closer)\s+)?(?:in)?to"
        r"|topped\s+up|tops\s+up|replenished"
        r"|(?:been|were|was)\s+moved|reached\s+(?:Russia|Kursk|the\s+(?:front|border|Kursk))"
        r"|undergoing\s+training|being\s+trained"
        r"|(?:moved|headed|heading|advanced)\s+(?:(?:west|east|north|south)(?:wards?)?\s+)?towards?|(?:passed|rotated)\s+through"
        r"|(?:are|were|is|was|be|being|remain(?:ed|s)?|now|based|present)\s+"
        r"(?:(?:now|currently|still|already)\s+)?(?:in|inside)\s+"
        r"(?:(?:eastern|western|southern|far-eastern)\s+)?(?:Russia|the\s+Kursk|Kursk|Belgorod"
        r"|Bryansk|Zaporizhzhia|Donetsk|Luhansk|Kherson)"
        r"|fighting\s+(?:in|for|alongside)|on\s+the\s+ground|present\s+in|contingent|reinforcements"
        r"|(?:operating|serving)\s+(?:with|alongside)\s+Russian"
        r"|on\s+Russian\s+(?:soil|territory)"
        r"|(?:troops|soldiers|servicemen|personnel|North\s+Koreans)\s+(?:now\s+|still\s+)?(?:in|inside)\s+"
        r"(?:(?:eastern|western|southern|far-eastern)\s+)?(?:Russia|the\s+Kursk|Kursk|the\s+Russian"
        r"|Belgorod|Bryansk|Zaporizhzhia|Donetsk|Luhansk|Kherson)",
    ),
)
_CUE_RE = ci(r"\b(?=\w)(?:" + "|".join(rf"(?P<{m}>(?:{p})\b)" for m, p in _CUE_PATTERNS) + ")")
# Earlier in the clause only nouns and compound phrases count ("death toll", "losses").
_LEFT_NOUN_RE = ci(  # every match opens on a letter: the lookahead skips the rest (1.25x)
    r"(?=[a-z])(?:"
    rf"(?P<killed_or_wounded>\b(?:{_KW})\b)|(?P<casualties>\bcasualt(?:y|ies)\b|\blosses\b|\blost\b|\blosing\b)"
    r"|(?P<killed>\bdeath\s+toll\b|\bdeaths\b|\bdead\b|\bkilled\b|\bdied\b|\bfatalities\b|\bbodies\b)"
    r"|(?P<wounded>\bwounded\b|\binjured\b)|(?P<captured>\bcaptured\b|\bPOWs?\b|\bprisoners\b)"
    r"|(?P<deployed>\bdeployed\b|\bdeployment\b|\bsent\b|\bdispatched\b|\bcontingent\b"
    r"|\b(?:number|total)\s+of\s+(?:North\s+Korean\s+)?(?:military\s+)?(?:troops|soldiers|servicemen"
    r"|personnel)\b"
    r"|\b(?:troops|soldiers|force)\s+(?:in|inside)\s+(?:Russia|Kursk|the\s+Kursk)\b"
    # "The first wave was roughly 12,000 men", "a fresh batch of about 3,000 soldiers"
    r"|\b(?:first|second|third|initial|latest|fresh)\s+(?:wave|batch|rotation)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:assaults?|attacks?|strikes?|drones?|missiles?|shelling|fighting))"
    # "Kirby was describing a force of about 10,000", not "drones struck a force of 200"
    r"|\b(?:describing|described|describes|deployed|sent|dispatched|assembled)\s+a\s+force\s+of\b"
    r"|\bnumbered\b))"  # "That original force, he said, numbered some 11,000 troops"
)
_LEFT_COMPOUND = ci(
    r"\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\s+(?:(?:another|an\s+additional)\s+)?$"
)
_LEFT_SPECIFIC = ci(
    r"\b(?=\w)(?P<verb>killed|killing|wounded|wounding|injured|captured|capturing|capture\s+of"
    r"|eliminated|deployed|deploying"
    r"|sent|sending|sends|dispatched|dispatching|dispatches|deploys|stationed|transferred|send|deploy"
    r"|dispatch|executed|kills|wounds|captures|eliminates|eliminating|injuring|destroyed"
    r"|neutrali[sz]ed|liquidated|wiped\s+out|wiping\s+out|holding|holds|held|reinforced\s+with"
    r"|bolstered\s+by"
    r"|rotated\s+in(?:to)?|brought\s+in|moved\s+in|flown\s+in|shipped\s+in|shipped|ferried"
    r"|airlifted|transported)"
    r"\s+(?:(?:another|an\s+additional|additional|a\s+further|further)\s+)?$"
)
_VERB_METRIC = {
    "killed": "killed",
    "killing": "killed",
    "eliminated": "killed",
    "executed": "killed",
    "wounded": "wounded",
    "wounding": "wounded",
    "injured": "wounded",
    "captured": "captured",
    "capturing": "captured",
    "capture of": "captured",  # "announces the capture of two North Korean soldiers"
    "captures": "captured",
    "kills": "killed",
    "eliminates": "killed",
    "eliminating": "killed",
    "wounds": "wounded",
    "injuring": "wounded",
    "destroyed": "killed",
    "neutralised": "killed",
    "neutralized": "killed",
    "liquidated": "killed",
    "wiped out": "killed",
    "wiping out": "killed",
    "holding": "captured",
    "holds": "captured",
    "held": "captured",
}
_LEFT_GENERIC = ci(
    r"\b(?:lost|losing|lose|suffered|suffering|sustained|taken|took)\s+(?:(?:another|an\s+additional)\s+)?$"
)

_NONPERSON = ci(
    r"[^\S\n]*(?:[-–]?[^\S\n]*)?(?:(?:of\s+)?(?:the\s+)?"  # not across a line break
    r"(?:(?!(?:during|in|over|for|and|or|of|the|a|an|after|before|at|on|with|from|since|by|who|were|had"
    # ("12,000 late last year" is no count of years)
    r"|have|are|was|is|been|last|this|next|late|early)\b)[A-Za-z][A-Za-z0-9-]*[^\S\n]+){0,2}?)"
    r"(?:shells?|rounds|drones?|missiles?|rockets?|containers?|square|sq|km|kilomet(?:er|re)s?|miles?"
    r"|tonnes?|tons?|tanks?|vehicles?|fighting\s+vehicles|carriers|artillery|launchers?|pieces|guns|dollars?|won|rubles?|roubles?"
    r"|euros?|pounds?|days?|weeks?|months?|years?|hours?|minutes?|villages?|settlements?|towns?"
    r"|times|hectares|met(?:er|re)s|feet|calories|kg|kilograms?|flights?|trains?|ships?|aircraft"
    r"|reckoning|estimates?|accounts?|tall(?:y|ies)|calculations?|assessments?|assaults?|raids?"
    r"|waves|rotations|batches|tranches|phases|stages|operations|offensives|attempts|incidents|battles|clashes|engagements|episodes"
    r"|hospitals?|clinics?|wards?|ceremonies|meetings|visits|occasions|events|rounds\s+of\s+talks"
    r"|planes?|munitions|ammunition|weapons?|howitzers?|systems?|items?|acres|sorties|attacks?|strikes?"
    r"|positions?|miles|yards|countries|nations|sides|brigades|divisions|regiments|battalions"
    r"|cases|reports|videos|posts|statements|articles|languages|officials|sources|diplomats|lawmakers"
    r"|images|photos|photographs|pictures|clips|frames|episodes?"
    r"|legislators|analysts|experts|reporters|journalists|civilians|residents|children|officers\s+said"
    r"|blocks|buildings|houses|homes|apartments|cars|trucks|beds|columns|convoys|secretaries"
    r"|states|counties|provinces|districts|streams|reads|views|shares|subscribers"
    r"|-year-old|year-old|years?\s+old|per\s+cent|percent|%)\b"
    # "several hundred artillery and missile specialists": the people, not the guns
    r"(?!\s+(?:and\s+[a-z]+\s+)?(?:specialists|crews?|crew\s+members|gunners|operators|officers"
    r"|troops|soldiers|personnel|instructors|engineers)\b)"
)
_LABEL_NUMBER_BEFORE = rx(
    r"\b(?:episode|ep\.|chapter|part|no\.|issue|vol\.|volume|season|page|section)\s+$"
)
_MONEY_BEFORE = rx(r"(?:\$|US\$|£|€|₩)\s*$")
_AGE_BEFORE = ci(r"\b(?:aged|age|ages\s+of|ages|age\s+of)\s+$")

DPRK_RE = ci(  # only ever searched for existence; every branch opens with a letter (fast scan)
    r"N(?:orth\s+Korea|\.\s*Korea)|N(?<!\wN)(?:\.\s*K\.|K\b)|D(?<!\wD)PRK\b|Pyongyang"
    r"|Kim(?:\s+Jong|['’]s\s+(?:soldiers|troops|army|men))|K(?<!\wK)PA\b"
    r"|K(?<!\wK)orean\s+People['’]s\s+Army|D(?<!\wD)emocratic\s+People['’]s\s+Republic\s+of\s+Korea"
    r"|K(?<!South\sK)(?:(?<!\wK)oreans\b"
    r"|orean\s+(?:soldiers?|troops|servicemen|infantry|units?|fighters|forces|contingent))"
)
_HISTORY = ci(  # "the Korean War", not "North Korean war dead" (this war's)
    r"(?<!north\s)Korean\s+War(?!\s+(?:dead|casualties|losses|toll))|World\s+War|Vietnam\s+War"
    r"|\b19[0-8]\d(?:s|\b)|Soviet|\bin\s+that\s+conflict\b"  # after a Korean War sentence
)
_OTHER_SIDE_NP = ci(r"\b(?:Russian|Ukrainian|Russia's|Ukraine's|Chechen|Wagner)\b")
_DPRK_NP = ci(r"Korean|DPRK|\bKoreans\b|Pyongyang")
_NP_STOP = ci(
    r"\b(?:who|which|that|had|have|has|were|was|are|is|in|on|at|since|during|over|from|after|"
    r"as|including|while|but|and|or|to|for|with|by)\b|[,;:!?]|(?<!\bn)\."  # not "N. Korean"
)
_AGENTS = ci(
    r"(?P<dprk>North\s+Korea|N\.\s*Korea|Pyongyang|\bDPRK\b|Kim\s+Jong[\s-]?Un|North\s+Koreans)"
    r"|(?P<other>\bRussia\b|\bRussian\b|\bMoscow\b|\bKremlin\b|\bUkraine\b|\bUkrainian\b|\bKyiv\b|\bPutin\b)"
)
_AGENT_METRICS_VERBS = (
    "lost",
    "losing",
    "lose",
    "suffered",
    "suffering",
    "sustained",
    "taken",
    "took",
)
_FUTURE = ci(
    r"\b(?:plans?\s+to|planning\s+to|planned\s+to|could|may|might|will|would|shall"
    r"|(?:is|are|was|were)\s+(?:expected|set|due|likely|poised|ready|preparing|prepared|about)\s+to"
    r"|likely\s+to|preparing\s+to|considering|consider|intends?\s+to|threatens?\s+to|offered\s+to"
    r"|expects?|expected|anticipates?|anticipated|forecasts?|predicts?|predicted"
    r"|in\s+the\s+coming|next\s+(?:year|month|week)|to\s+send|to\s+deploy|to\s+dispatch)\b(?!\s+have\b)"
    # "I would say around 4,000": a hedge; "would add to the two captured": an existing count
    r"(?!\s+(?:say|estimate|guess|put\s+it|think|argue|add\s+to)\b)"
)
_CLAUSE_BOUNDARY = ci(
    r"[;:]|,\s+(?:and|but|while|whereas)\s+|\b(?:that|while|whereas|but|although|though)\b"
    r"|[.!?]['’\"”]?\s"
)
_RIGHT_STOP = rx(
    r"[;]|\b(?:while|whereas|but|although|though|where|which|whom)\b|,\s+(?:saying|adding|noting|that)\b"
    r"|(?<![A-Z])(?<![A-Z][a-z]{2})(?<!Sept)[.!?](?:['’\"”]|\s|$)"  # not "Jan. 11", "Col. X"
)
# Between a figure and its metric word: the event did not (yet) happen to them.
_IRREALIS = ci(
    r"\b(?:about\s+to|to\s+avoid|avoid\s+being|rather\s+than|before\s+being|instead\s+of"
    r"|not\s+to\s+be|tried\s+to|trying\s+to|refused\s+to)\b"
)
_OF_TROOPS = ci(r"\s+of\s+(?:north\s+korean\s+)?(?:soldiers|troops)\b")
_PASSIVE_OUTCOME = ci(_OF_TROOPS.pattern + r"[^,;.]*?\b(?:had|have|has)\s+been\s+\w")
_TAKEN_BEFORE = ci(r"\b(?:taken|took|take)\s+$")
_ALIVE_AFTER = ci(r"(?:\s+[\w-]+){1,4}?\s+alive\b")
_TO_REPLACE = ci(r"\b(?:to\s+replace|replacing|to\s+make\s+up\s+for|to\s+compensate\s+for)\b")
# "put/estimate <the metric> … at <figure>": the metric is the noun after the verb
_ESTIMATE_AT = ci(
    r"\b(?:estimat\w*|put|puts|putting|plac\w*|pegg?\w*)\s+(?:the\s+|total\s+|overall\s+|its\s+|their\s+)*"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?P<killed_or_wounded>killed\s+(?:or|and)\s+(?:wounded|injured))"
    r"|(?P<casualties>casualt\w+|losses)|(?P<killed>deaths|death\s+toll|dead)"
    r"|(?P<wounded>wounded|injured)"
    r"|(?P<deployed>contingent|deployment|troops|soldiers|force|(?<=their )(?:number|strength)))\b"
)
_SPEAKS = ci(
    r"\s*(?:says|said|puts|put|estimates?|estimated|claims?|claimed|reports?|reported|believes?"
    r"|thinks|told|tells)\b"
)
NEAR = 60
FAR = 140


def _first_cue(
    text: str, start: int, end: int, pattern: re.Pattern[str] = _CUE_RE
) -> tuple[str, int] | None:
    match = pattern.search(text, start, end)
    return (match.lastgroup, match.start()) if match and match.lastgroup else None


def _right_cue(text: str, fig_end: int, start: int, end: int) -> tuple[str, int] | None:
    """The first metric cue in text[start:end] that counts the figure ending at `fig_end`:
    not one it was sent to replace ("a fresh batch of about 3,000 soldiers, partly to
    replace those losses": the figure counts the new troops, read on the left), and injuries
    before "had taken their own lives" are suicides ("30 soldiers who returned home with
    serious injuries had taken their own lives")."""
    cue = _first_cue(text, start, end)
    if cue and _TO_REPLACE.search(text, fig_end, cue[1]):
        return None
    if cue and cue[0] == "wounded" and _SUICIDE_LATER.match(text, fig_end):
        return "suicides", cue[1]
    return cue


def _right_limit(text: str, start: int, limit: int) -> int:
    """End of the right-hand window: next clause break, next figure or `limit`."""
    stop = _RIGHT_STOP.search(text, start, limit)
    return stop.start() if stop else limit


def clause_start(text: str, sent_start: int, pos: int) -> int:
    """Start of the clause holding `pos` (sentence start, or after 'that', ';', ', and')."""
    text = lowered(text)
    begin = max(sent_start, pos - 300)  # a clause longer than this is not one clause
    for match in _CLAUSE_BOUNDARY.finditer(text, begin, pos):
        begin = match.end()
    return begin


_SOURCES_AFTER = rx(
    r"\s+(?:(?:u\.s\.|us|american|western|south\s+korean|ukrainian|british|senior|other|"
    r"european|intelligence|military|government)\s+){0,3}(?:officials?|sources?|diplomats?"
    r"|lawmakers?|people\s+(?:familiar|briefed|with\s+knowledge"
    r"|who\s+(?:attended|were\s+present)))\b"
    # also "One official said"; "according to two people who attended"
)
# "three cases in which …", "two instances of …": the events counted are in the clause after
_CASES = ci(
    r"\s+(?:such\s+|more\s+|separate\s+|confirmed\s+|documented\s+)?(?:cases|instances|incidents)"
    # "five cases in our area where …"
    r"(?:\s+(?:in|near|on|along)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:in\s+which|where|when|of)\b"
)
_SUBJECT_NOUN_LEFT = ci(
    r"\b(?:(?P<casualties>losses|casualties|casualty\s+toll)|(?P<killed>deaths|death\s+toll"
    r"|fatalities)|(?P<wounded>injuries))(?:\s+(?:in|among|of|near|around|so\s+far)"
    r"(?:\s+[\w'’-]+){1,4}?)?\s+(?:(?:now|already|have|has|had)\s+)?"
    r"(?P<link>stands?\s+at|stood\s+at|reached|rose\s+to|climbed\s+to|numbered|totall?ed"
    r"|total|(?:are|were|is|was)\s+[\"“]?somewhere)?\s*$"
)
# the count named right after the figure: "3,000 killed and wounded" is one count of both
_METRIC_RIGHT_AFTER = ci(
    r"\s+(?:(?P<killed_or_wounded>(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\b)"
    r"|(?:(?P<killed>dead|killed)|(?P<wounded>wounded|injured))\b"
    r"(?!\s+(?:or|and)\s+(?:wounded|injured|killed|dead)\b))"
)
_SUICIDE_LATER = ci(
    r"[^.;]{0,80}?\b(?:had|have|has)\s+(?:taken|killed)\s+(?:their|his)\s+own\s+lives?"
    r"|[^.;]{0,80}?\b(?:had|have|has)\s+killed\s+themselves"
)
_VERB_QUAL = ci(r"(?:exceed|top|surpass|pass|outnumber|climb|rose|rise|edged)\w*\b")
_NOUN_AT = ci(
    r"\b(?:(?P<killed_or_wounded>(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured))"
    r"|(?P<casualties>casualties|losses)|(?P<killed>deaths|dead|death\s+toll|fatalities)"
    # "casualties in Russia at": a place may stand between the noun and "at"
    r"|(?P<wounded>injuries|wounded|injured))(?:\s+in\s+[\w'’-]+)?\s+at\s+$"
)
# "soldiers sent to fight for Russia have been killed": the finite verb after the participle
_FINITE_LOSS = ci(r"\b(?:have|has|had|were|was)\s+(?:\w+\s+)?(?:been\s+)?$")


def _main_verb_after_participle(
    original: str, text: str, cue_at: int, fig_end: int, next_start: int
) -> str | None:
    """The loss a deployment participle's noun suffered, when a finite loss verb follows it."""
    far_end = _right_limit(original, fig_end, min(next_start, fig_end + FAR))
    later = _CUE_RE.search(text, cue_at + 1, far_end)
    while later and later.lastgroup == "deployed":
        later = _CUE_RE.search(text, later.end(), far_end)
    if later and later.lastgroup and _FINITE_LOSS.search(text, cue_at, later.start()):
        return later.lastgroup
    return None


def first_metric(text: str, start: int, end: int) -> str | None:
    """The first metric word in text[start:end] ("How many have been captured?" -> captured)."""
    cue = _first_cue(lowered(text), start, end)
    return cue[0] if cue else None


def _before_comma(text: str, start: int, end: int) -> int:
    """End of text[start:end] at its first comma: '"…6,000", with deaths a minority' adds a
    clause, it does not name what the figure counts."""
    comma = text.find(",", start, end)
    return end if comma < 0 else comma


def classify(
    text: str, sent_start: int, fig_start: int, fig_end: int, next_start: int, vague: bool
) -> tuple[str, str] | None:
    """(metric, how) for the figure at [fig_start, fig_end), or None if it counts nothing known.

    `how` is one of left_verb, near, generic, far, left_noun: later ones lower confidence.
    """
    original, text = text, lowered(text)
    left = text[max(sent_start, fig_start - 60) : fig_start]
    cases = _CASES.match(text, fig_end)
    if cases:  # "at least two cases in which wounded soldiers killed themselves"
        window_end = _right_limit(original, cases.end(), min(next_start, fig_end + FAR))
        named = {m.lastgroup for m in _CUE_RE.finditer(text, cases.end(), window_end)}
        order = ("suicides", "captured", "missing", "killed", "wounded")
        counted = [m for m in order if m in named]
        return (counted[0], "near") if counted else None
    subject = _SUBJECT_NOUN_LEFT.search(left)
    if (
        subject
        and (subject.group("link") or _VERB_QUAL.match(text, fig_start))
        and not _first_cue(
            text, fig_end, _before_comma(text, fig_end, min(next_start, fig_end + 25))
        )
    ):
        # "North Korean losses in Kursk exceed 4,000", "the death toll stood at 300"
        return next(k for k in ("casualties", "killed", "wounded") if subject.group(k)), "left_noun"
    if _TAKEN_BEFORE.search(left) and _ALIVE_AFTER.match(text, fig_end):
        return "captured", "left_verb"  # "had taken two North Korean soldiers alive"
    noun_at = _NOUN_AT.search(left)
    if noun_at and noun_at.lastgroup:  # "put deaths at around 300 and injuries at 2,700"
        named = _METRIC_RIGHT_AFTER.match(text, fig_end)  # "put losses at 300 dead and …"
        return (named.lastgroup if named else noun_at.lastgroup), "left_verb"
    if _LEFT_COMPOUND.search(left):
        return "killed_or_wounded", "left_verb"
    verb = _LEFT_SPECIFIC.search(left)
    if verb:
        word = " ".join(verb.group("verb").lower().split())
        return _VERB_METRIC.get(word, "deployed"), "left_verb"
    near_end = _right_limit(original, fig_end, min(next_start, fig_end + NEAR))
    cue = _right_cue(text, fig_end, fig_end, near_end)
    generic = _LEFT_GENERIC.search(left)
    if cue and cue[0] == "suicides" and _SUICIDE_LATER.match(text, fig_end):
        return "suicides", "near"
    if cue and not (generic and cue[0] == "deployed"):
        if _IRREALIS.search(text, fig_end, cue[1]):
            return None  # "one soldier ... when he was about to be captured"
        if cue[0] == "deployed":
            main = _main_verb_after_participle(original, text, cue[1], fig_end, next_start)
            if main:
                return main, "near"
            if _WOUNDED_PEOPLE.match(text, fig_end):  # "1,200 wounded … passed through hospitals"
                return "wounded", "near"
        return cue[0], "near"
    if _WOUNDED_PEOPLE.match(text, fig_end):
        return "wounded", "near"  # "600 wounded North Korean soldiers had been brought to …"
    if generic:
        return "casualties", "generic"
    cue = None
    if not vague or _OF_TROOPS.match(text, fig_end):
        far_end = _right_limit(original, fig_end, min(next_start, fig_end + FAR))
        # from a little before the near window's end: a cue it cut ("… personnel are
        # currently on Russian te|rritory") was not found there
        cue = _right_cue(text, fig_end, max(fig_end, near_end - 40), far_end)
    if vague and cue and not _PASSIVE_OUTCOME.fullmatch(text, fig_end, cue[1] + 1):
        cue = None  # a vague count reaches far only to its own passive verb: "dozens of
    if cue:  # soldiers from Musan County in North Hamgyong Province alone had been killed"
        # far deployment verbs only for troops: "1,500 special forces troops from the North's
        # elite Storm Corps had already arrived", not "2,000 shells ... were sent"
        if cue[0] != "deployed" or _TROOPS_RIGHT.match(text, fig_end):
            if not _IRREALIS.search(text, fig_end, cue[1]):
                return cue[0], "far"
    begin = clause_start(text, sent_start, fig_start)
    if text.endswith("at ", 0, fig_start):  # "estimate total casualties, including …, at 4,000"
        found = list(_ESTIMATE_AT.finditer(text, max(sent_start, fig_start - 200), fig_start))
        est = found[-1] if found else None  # the last estimate verb before the figure
        if est is not None and est.lastgroup:
            return est.lastgroup, "left_noun"
    last = last_any = None
    for match in _LEFT_NOUN_RE.finditer(text, begin, fig_start):
        last_any = match
        if match.lastgroup != "deployed":
            last = match  # a casualty noun outranks "soldiers in Kursk" after it
    chosen = last or last_any
    if chosen and chosen.lastgroup:
        return chosen.lastgroup, "left_noun"
    return None


# "wounded" as an adjective of the people counted: their metric when no other verb says more
_WOUNDED_PEOPLE = ci(
    r"\s+(?:of\s+(?:the\s+)?)?(?:wounded|injured)\s+(?:(?:North\s+Korean|N\.\s*Korean|DPRK|Korean)\s+)?"
    r"(?:soldiers?|troops|men|servicemen|fighters|North\s+Koreans)\b"
)
_TROOPS_RIGHT = ci(
    r"\s+(?:[a-z-]+\s+){0,3}(?:troops|soldiers|servicemen|engineers|deminers|sappers|personnel"
    r"|commandos|fighters)\b"
)
_TROOP_CUE = rx(r"(?:troops|soldiers|servicemen|personnel|north\s+koreans)\b")


def noun_phrase(text: str, fig_end: int, limit: int) -> str:
    """The words right after a figure up to the first function word: its noun phrase."""
    text = lowered(text)
    window = text[fig_end : min(limit, fig_end + 50)]
    window = re.sub(
        r"^\s*(?:['’\"”]\s*)?(?:of\s+(?:them|those|whom|these|the|its|their)\s+)?", " ", window
    )
    stop = _NP_STOP.search(window, 1)
    window = window[: stop.start()] if stop else window
    verb = _CUE_RE.search(window, 1)  # "3,000 arrived": the noun phrase ends at the verb
    if verb and _TROOP_CUE.match(window, verb.start()):
        # "11,000 North Korean troops inside Russia": the cue opens with the counted noun
        return window[: _TROOP_CUE.match(window, verb.start()).end()]
    return window[: verb.start()] if verb else window


def not_people(text: str, fig_start: int, fig_end: int) -> bool:
    """Money, ages, areas, weapons, durations, labels: numbers that count no people."""
    text = lowered(text)
    if _LABEL_NUMBER_BEFORE.search(text, max(0, fig_start - 12), fig_start):
        return True  # "Episode 84:", "Part 2", "No. 3"
    if _MONEY_BEFORE.search(text[max(0, fig_start - 4) : fig_start]):
        return True
    if _AGE_BEFORE.search(text[max(0, fig_start - 10) : fig_start]):
        return True
    if _CASES.match(text, fig_end):
        return False  # "three cases in which soldiers killed themselves" count people's deaths
    if _SOURCES_AFTER.match(text, fig_end):
        return True  # "according to two U.S. officials": a count of sources
    return bool(_NONPERSON.match(text, fig_end, min(len(text), fig_end + 40)))


def np_side(np: str) -> str | None:
    """'dprk', 'other' (Russian/Ukrainian), 'mixed' or None from a figure's noun phrase."""
    dprk = bool(_DPRK_NP.search(np))
    other = bool(_OTHER_SIDE_NP.search(np))
    if dprk and other:
        return "mixed"
    return "dprk" if dprk else ("other" if other else None)


_COMPANION = rx(r"\b(?:alongside|together\s+with|beside|with)\s+(?:the\s+)?$")


SOURCE_NOUN_AFTER = rx(  # "Russian military bloggers", "Ukraine's Defence Intelligence"
    r"(?:\s+[a-z]+){0,2}?\s+(?:bloggers?|media|footage|sources?|officials?|intelligence|reports?"
    r"|estimates?|figures|data|channels?|journalists?|reporters?|analysts?|accounts?)\b"
    r"|(?:['’]s)?\s+(?:Defen[cs]e\s+|Military\s+)?(?:Intelligence|Ministry|General\s+Staff|Security\s+Service)\b"
)


def owner_before(text: str, begin: int, pos: int) -> str | None:
    """Nearest country actor before `pos` in the clause: 'dprk', 'other' or None."""
    original, text = text, lowered(text)
    last = None
    for match in _AGENTS.finditer(text, begin, pos):
        if _SPEAKS.match(text, match.end()):  # "Kyiv puts the number…": a speaker, not an owner
            continue
        if SOURCE_NOUN_AFTER.match(original, match.end()):
            continue  # "Ukraine's Defence Intelligence — about 12,000 troops": a source
        if match.lastgroup == "other" and _COMPANION.search(text, max(begin, match.start() - 20),
                                                            match.start()):
            continue  # "units fighting alongside Russian forces had suffered": a companion
        last = match
    if not last:
        return None
    # Locations are not actors: "in Russia's Kursk region", "to Russia", "for Russia".
    prev = text[max(begin, last.start() - 12) : last.start()].lower()
    if last.lastgroup == "other" and re.search(
        r"\b(?:in|to|for|into|from|against|of|with)\s+$", prev
    ):
        return None
    return last.lastgroup


def is_future(text: str, begin: int, fig_start: int) -> bool:
    """A projection ("plans to send", "could deploy") in the clause before the figure."""
    text = lowered(text)
    return bool(_FUTURE.search(text, begin, fig_start))


def is_history(text: str, start: int, end: int) -> bool:
    """Korean War, WWII or pre-1990 years in the sentence: history, not this war."""
    return history_at(text, start, end) is not None


def history_at(text: str, start: int, end: int) -> int | None:
    """Where the first mark of history (Korean War, WWII, a pre-1990 year) in the sentence is."""
    text = lowered(text)
    if text.find("war", start, end) < 0 and text.find("19", start, end) < 0 and (
        text.find("soviet", start, end) < 0 and text.find("conflict", start, end) < 0
    ):
        return None  # every match holds one of these
    match = _HISTORY.search(text, start, end)
    return match.start() if match else None


def mentions_dprk(text: str, start: int, end: int) -> bool:
    """Does text[start:end] speak of North Korea or its troops?"""
    text = lowered(text)
    return bool(DPRK_RE.search(text, start, end))


# Only ever searched for existence, so the literal stems go in a prefix trie (much faster than
# an alternation tried stem by stem at every letter).
_ANY_CUE = rx(
    trie_pattern(
        "kill dead die death wound injur casualt loss lost lose losi captur prisoner pow captiv "
        "surrender missing suicide themselves blew detonat deploy sent send dispatch station "
        "transfer arriv moved fighting ground present contingent reinforc bolster toll fatalit "
        "slain perish eliminat suffer sustain taken took number total ship slaughter massacr "
        "wiped annihilat bodies destroy neutrali liquidat hold held blow estimat put plac "
        "hospital treated rotat wave batch brought flown ferried airlift custod case soil passed "
        "territor "
        "belgorod bryansk zaporizhzhia donetsk luhansk kherson".split()
    )
    + r"|own\s+lives|in(?:side)?\s+(?:\w+\s+)?(?:russia|kursk)|force\s+of"
)  # keep in step with the cue lists above: a sentence without any of these is skipped


def has_metric_cue(text: str, start: int, end: int) -> bool:
    """Cheap gate: a sentence with no casualty or deployment word holds no claim."""
    text = lowered(text)
    return bool(_ANY_CUE.search(text, start, end))


def speaks_after(text: str, pos: int) -> bool:
    """Is the word ending at `pos` the subject of a speech verb ("Kyiv says")?"""
    return bool(_SPEAKS.match(lowered(text), pos))
