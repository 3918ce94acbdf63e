"""Who states a figure: speech cues ("X said", "according to X"), names, pronouns, relays.

The Attributor walks the article sentence by sentence and keeps a small memory
(last person, last body, last speaker, the date each one last spoke, and whom a
lawmaker was relaying), because news copy names a source once and then says
"he", "the agency" or "the lawmaker". Every name goes through
claims.claimants.normalise_claimant so spellings collapse to one claimant.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.claimants import PERSON_ALIASES, REGISTRY, lookup
from claims.extract.casefold import Gate, ci, guarded, lowered, rx, trie_pattern
from claims.extract.sentences import inside_quote

_VERB_WORDS = (
    "said says say told tells added adds noted notes claimed claims claim confirmed confirms "
    "released releases published publishes puts putting estimated estimates estimate reported "
    "reports announced announces wrote writes write posted revealed reveals warned stated states "
    "stressed "
    "acknowledged believes believe believed assessed assesses assess quoted disclosed explained "
    "insisted indicated briefed informed calculated counted recorded reckons reckon suggested "
    "concluded concludes cites restated reiterated describing cautioned replied "
    "saying alleged alleges asserted asserts maintained maintains argued argues "
    "adding noting claiming estimating insisting suggesting arguing warning judged judges "
    "assessing "
    "telling"
).split()
# one prefix trie of the plain verbs (fast), plus the "put <the figure> at" phrases
_VERBS = (
    trie_pattern(_VERB_WORDS)
    + r"|(?:put|puts|putting)\s+(?:[\w'’-]+\s+){0,6}(?:figure|number|toll|total|tally|losses"
    + r"|casualties|estimate"
    + r"|deaths|dead|killed|wounded|troops|soldiers|strength|presence|contingent|force)"
    # "put total casualties, including the dead, at roughly 4,700"
    + r"(?:\s+in\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:,\s+[^,.;]{3,40},)?\s+at"
    + r"|put\s+the\s+(?:figure|number|toll)"
    + r"|put\s+the\s+total\s+number\s+of\b"
    + r"|holds?\s+that"  # "the assessment holds that"
    + r"|(?:stood|stands)\s+by"  # "the NIS stood by its earlier assessment that"
    + r"|(?:spoken|spoke|speaks)\s+of"  # "has repeatedly spoken of as many as 12,000"
    # "the NIS gave lawmakers its own breakdown: roughly 300 …"
    + r"|(?:gave|gives|offered|offers|provided|provides|presented|presents)\s+(?:[\w'’-]+\s+){0,3}?"
    + r"(?:its|his|her|their)\s+(?:own\s+|latest\s+|new\s+)?(?:breakdown|figures?|estimates?"
    + r"|tally|count|numbers)"
)
# The word-boundary branches share one boundary test; "'s figure" opens on a quote. Every
# match opens on a letter or a quote, and "(?=[a-z'’])" lets the engine skip other
# positions before trying the branches (1.2x on this pattern alone).
_CUE_RE = ci(
    r"(?=[a-z'’])(?:"
    rf"\b(?:(?P<verb>(?:{_VERBS})\b)|(?P<acc>according\s+to\b|as\s+reported\s+by\b)"
    r"|(?P<by>(?:shared|posted|released|published|reported|issued|given|provided|cited)\s+by\b)"
    r"|(?P<vague>(?:some|other|one|several|most|many|by\s+some|by\s+most)"
    r"\s+(?:estimates?|accounts)\b))"
    r"|(?P<poss>['’]s\s+(?:own\s+|latest\s+|previous\s+|official\s+)?(?:figures?|estimates?|count"
    r"|tally|numbers|assessment|data|announcement|claim|statement|assertion|view|analysis)\b)"
    r"|\b(?:by|in|on)\s+(?P<pron>his|her|its|their)\s+(?:own\s+)?(?:reckoning|estimate|count"
    r"|calculations?|assessment|tally)\b)"
)
# Rarer cues, searched only where their gate words are (a second pass costs less than
# longer branches in _CUE_RE tried at every word): "Her own reading of the evidence is
# that …" (the last speaker's own estimate); "My estimate is that …", "I would put … at"
# (a bylined author's own figure)
_OWN_CUE_RE = ci(  # "Her own reading …"; "when its estimate stood at 300 dead"
    r"\b(?P<own>his|her|its|their)\s+(?:own\s+(?:reading|view|estimate|assessment"
    r"|calculations?|reckoning|count|tally|analysis)\b|(?:latest\s+)?(?:estimate|figure|count"
    r"|tally)\s+(?:stood|stands)\s+at\b)"
    r"|\b(?P<first>my\s+(?:own\s+)?(?:best\s+)?(?:estimate|reckoning|guess|calculation|count"
    r"|reading|assessment)|i\s+(?:would\s+)?(?:put|estimate|reckon|calculate))\b"
)
_STOOD_AT = Gate((" stood at", " stands at"))
_STATEMENT_WORDS = Gate(
    ("statement", "report", "study", "update", "bulletin", "assessment", "paper", "summary")
)
_STAFF_WORDS = Gate(("its ", "authors", "researchers"))
_PRONOUN_REF = {"his": "person", "her": "person", "its": "org", "their": "any"}
# "they" is a group: a body mentioned since the last speaker ("the spy agency gave lawmakers
# its figures. They said about 300 …") rather than that speaker
_PRONOUN_KIND = {"he": "person", "she": "person", "it": "org", "they": "group"}
_RELAY_RE = ci(
    r"\b(?:citing\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:report|assessment|estimate"
    r"|statement|figures?|data)\s+(?:from|by|of)"
    r"|citing|quoting|briefing\s+(?:by|from|with)|briefed\s+by|briefings?\s+by|"
    r"information\s+from|data\s+from|according\s+to"
    r"|relaying\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:report|statement|figures?|data)\s+(?:from|by|of))\s+"
)

_PRONOUNS = rx(  # on lowered() text; (?<![\w'’]) follows each first letter (guarded)
    "(" + guarded("he she it they we".split(), r"\w'’")[3:-1] + r")(?![\w'’])"
)
# Role nouns as prefix tries (a space stands for \s+, "~" for [\s-]); no word here is a
# prefix of a later one that a plain alternation would try first, so matches are the same.
_ORG_ROLE_WORDS = (
    "agency, spy agency, intelligence agency, service, ministry, crew, unit, military, "
    "department, directorate, forces, special forces, command, staff, army, government, office, "
    "centre, center, intelligence, group, brigade, battalion, regiment, operator, operators, "
    "team, body, institute, think~tank, corps, division, guard, network, organisation, organization"
).split(", ")
_PERSON_ROLE_WORDS = (
    "spokesperson spokesman spokeswoman lawmaker legislator official president minister general "
    "commander chief head director secretary ambassador envoy adviser advisor analyst senator "
    "congressman congresswoman leader officer colonel admiral"
).split()


def _role_trie(words: list[str]) -> str:
    return trie_pattern(words).replace("\\ ", r"\s+").replace("\\~", r"[\s-]")


_ORG_ROLES = _role_trie(_ORG_ROLE_WORDS)
_PERSON_ROLES = _role_trie(_PERSON_ROLE_WORDS)
# one of them at most can precede \s+, so a trie tries the same; its letters lead (guarded)
_DETERMINERS = guarded({"the", "a", "an", "this", "that", "one"})
_ROLE_NOUN = ci(
    rf"(?P<det>{_DETERMINERS})\s+(?:(?!by\s)[a-z.-]+\s+){{0,4}}(?:(?P<org>{_ORG_ROLES})|(?P<person>{_PERSON_ROLES}))"
    rf"(?:\s+for\s+(?:the\s+)?(?P<for>{_ORG_ROLES}))?\b"
)
_ANON_RE = rx(
    r"\b(?:(?:a|an|one|two|three|four|several|some|the|other|multiple|unnamed)\s+)?(?:of\s+the\s+)?"
    r"(?:(?:senior|unnamed|anonymous|top|high-ranking|military|intelligence|government|defen[cs]e"
    r"|administration|security|former|current)\s+)*"
    r"(?P<adj>U\.S\.|US|American|[Ww]estern|Ukrainian|South\s+Korean|British|UK|Russian|European|NATO"
    r"|Pentagon|White\s+House|State\s+Department|Japanese|Korean)?\s*"
    r"(?:(?:senior|military|intelligence|government|defen[cs]e|administration|security|Pentagon|army)\s+)*"
    r"(?P<noun>officials?|sources?|diplomats?|insiders?|(?:intelligence\s+)?assessments?|governments"
    r"|(?:people|persons?)(?=\s+(?:familiar|briefed|close|with\s+knowledge)))\b"
    # "a U.S. official familiar with the latest intelligence, who …, told"
    r"(?:\s+familiar\s+with\s+the\s+(?:[\w-]+\s+){0,2}?(?:intelligence|matter|assessments?"
    r"|situation|findings|briefings?|reports?|discussions))?",
)
_NAME_RE = rx(  # the capital first, then the lookbehind: re can skip to capitals
    r"(?:[A-Z](?<![\w'’.-][A-Z])[a-z]+(?:[-'’][A-Za-z][a-z]+)?\.?)(?:\s+(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?|[A-Z]\.)){1,4}(?![\w])"
)
_TITLE_WORDS = frozenset(
    "president prime minister foreign defence defense secretary general gen lt col colonel "
    "commander "
    "chief spokesperson spokesman spokeswoman deputy head director ambassador rep sen senator "
    "lawmaker "
    "mr mrs ms dr press white house national security council pentagon ukrainian ukraine's russian "
    "south north korean korea's korea us u.s. american british former acting lieutenant major "
    "captain "
    "the a an on in at by for of adm admiral brigadier capt sgt gov governor mayor state "
    "department "
    "military intelligence army navy marshal commander-in-chief kremlin nato envoy chairman chair "
    "representative minister's western senior top said says told "
    # a sentence-initial role runs into the capitalised name: "Analyst Mirae Song said"
    "analyst researcher expert professor prof correspondent reporter journalist historian "
    "scholar commentator economist".split()
)
# "Kim" is a not-name ("Kim's troops", "Kim Jong Un"), but "Kim Dong-yup" is an analyst
_KOREAN_KIM = rx(  # not the Kims of Pyongyang; "Kim Jong-dae" is an analyst
    r"Kim (?!(?:Jong[- ]?[Uu]n|Jong[- ]?[Ii]l|Il[- ]?[Ss]ung|Yo[- ]?[Jj]ong)\b)[A-Z][a-z]+-[a-z]+"
)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june "
    "july august september october november december kursk russia ukraine korea pyongyang moscow "
    "kyiv "
    "seoul washington telegram bbc reuters cnn yonhap afp ap kcna x facebook twitter but and or so "
    "north south kim putin it he she they we in on at after before while this that these those "
    "there when asked meanwhile however separately earlier later also some one two forces armed "
    "service ministry agency staff council command operations special intelligence army department "
    "office directorate committee assembly parliament government news media state war institute "
    "university center centre group region oblast front units unit brigade security defence "
    "defense "
    "republic federation union nations people's party house national general headquarters "
    "coordination committee commission treatment".split()
)

_COUNTRY_CUES: tuple[tuple[str, str], ...] = (
    (r"South\s+Korea|Seoul|South\s+Korean|\bNIS\b|\bJCS\b", "KR"),
    (r"North\s+Korea|Pyongyang|\bKCNA\b", "KP"),
    (r"Ukrain|Kyiv|Kiev|Zelensk", "UA"),
    (
        r"\bU\.S\.|\bUS\b|American|White\s+House|Pentagon|Washington|State\s+Department|Congress",
        "US",
    ),
    (r"British|\bUK\b|Britain|London", "GB"),
    (r"Russia|Kremlin|Moscow", "RU"),
    (r"Japan", "JP"),
)
# gaps between a speaker and its cue (see Attributor._before/_after/_said_date)
_GAP_BREAK = rx(r"\d|[\"“”()]|\b(?:that|while|if|when|though|although|whereas)\b")
_GAP_AND_END = rx(r"\b(?:and|but)\s+$")
_GAP_AND = rx(r"\b(?:and|but)\b")
_GAP_OF_PARTY = rx(r"\s+of\s+[^,]{3,45},\s*$")
_GAP_APPOS = rx(r"\s*,\s*(?:which|who)\s+(?:\w+\s+)?$|\s*,\s*(?:the|a)\b")
_GAP_ASIDE = rx(r"\s*,\s*(?:however|meanwhile|though|in\s+turn|too)\s*,?")
_GAP_AFTER_BREAK = rx(r"\d|[.;]")
_DATE_GAP_BREAK = rx(r"\d|[.;]|\bthat\b")
_COUNTRY_CUES_RE = tuple((rx(p), code) for p, code in _COUNTRY_CUES)
_ANON_ADJ = {
    "u.s.": ("US", "US"),
    "us": ("US", "US"),
    "american": ("US", "US"),
    "pentagon": ("US", "US"),
    "white house": ("US", "US"),
    "state department": ("US", "US"),
    "western": ("Western", "other"),
    "ukrainian": ("Ukrainian", "UA"),
    "south korean": ("South Korean", "KR"),
    "korean": ("South Korean", "KR"),
    "british": ("British", "GB"),
    "uk": ("British", "GB"),
    "russian": ("Russian", "RU"),
    "european": ("European", "other"),
    "nato": ("NATO", "other"),
    "japanese": ("Japanese", "JP"),
    "north korean": ("North Korean", "KP"),
}
OUTLET_COUNTRIES = {
    "yonhap": "KR",
    "korea herald": "KR",
    "korea joongang daily": "KR",
    "kbs": "KR",
    "nk news": "KR",
    "kyiv independent": "UA",
    "ukrinform": "UA",
    "ukrainska pravda": "UA",
    "kyiv post": "UA",
    "bbc": "GB",
    "mail online": "GB",
    "daily mail": "GB",
    "the guardian": "GB",
    "guardian": "GB",
    "reuters": "GB",
    "the telegraph": "GB",
    "sky news": "GB",
    "the independent": "GB",
    "ap": "US",
    "associated press": "US",
    "cnn": "US",
    "new york times": "US",
    "washington post": "US",
    "afp": "FR",
    "tass": "RU",
    "ria novosti": "RU",
    "kcna": "KP",
}


# The extractor's small value types are slotted dataclasses, not frozen ones: frozen
# __init__ sets each field through object.__setattr__, which cost ~4 % of extraction time.
# Treat them as immutable all the same (the registry's Speakers are cached and shared):
# derive a changed one with dataclasses.replace, never assign to a field.
@dataclass(slots=True)
class Speaker:
    """A resolved claimant as the extractor will report it."""

    name: str
    country: str
    role: str | None = None
    attribution: str = "named"
    kind: str = "org"  # person | org
    relayed_by: str | None = None


@dataclass(slots=True)
class Cue:
    """A speech cue in a sentence and the speaker it names (resolved through memory)."""

    start: int
    end: int
    speaker: Speaker
    said: tuple | None = None  # (date, precision, text) when the cue carries its own date
    inherited: bool = False
    pronoun: bool = False  # "we said", "she says": resolved through memory from a pronoun


_INTRO = rx(
    r"(?!(?:For|In|At|On|By|With|To|From|As|And|But|The|When|After|Before)\s)"
    r"([A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z]+(?:-[a-z]+)?){0,2}),\s+"  # "Ji-yeon Hwang"
    r"(an?\s+(?:[^,;.]{1,80}?\s)?(?:pilot|commander|soldier|officer"
    r"|official|fighter|medic|operator|serviceman|servicewoman|analyst|spokes\w+|lawmaker|general"
    r"|sniper|marine|volunteer|sergeant|lieutenant|captain|colonel|fellow|researcher|expert"
    r"|professor|scholar|specialist|adviser|advisor|historian|defector|deserter|veteran))\b"
)


def _introduced(name: str, role: str) -> Speaker:
    """A person introduced by name and role: a registered one as the registry has them, an
    unregistered full name as named, a lone given name ("Oleh, a drone pilot") as an
    anonymous source."""
    name = _clean_name(name) or name  # "Dr Helen Marchbank": the name without its title
    if " " in name.strip() and not lookup(name):
        return Speaker(name, country_from(role), role, "named", "person")
    known = _registry_speaker(name, None)
    if known is not None:  # "Andriy Yusov, a spokesman for …": the registry knows him
        return known
    unnamed = _unnamed_person(role, role)
    return replace(unnamed, role=f"{name}, {role}")


_ANON_NOUN = rx(  # \b(?:officials?|…), first letters first (see casefold.guarded)
    r"(?:o(?<!\wo)fficials?|s(?<!\ws)ources?|d(?<!\wd)iplomats?|i(?<!\wi)nsiders?"
    r"|a(?<!\wa)ssessments?|g(?<!\wg)overnments"
    r"|p(?<!\wp)(?:eople|ersons?)(?=\s+(?:familiar|briefed|close|with\s+knowledge)))\b"
)
_ORG_NOUN = rx(
    guarded(
        "Brigade Battalion Regiment Corps Division Command Guard Directorate Agency Service "
        "Institute Council Ministry Office Staff Army Navy Unit Group Center Centre Headquarters "
        "Committee Commission Bureau Media".split()
    )
    + r"\b"
)
# Between a speaker and its verb only adverbs, dates, places and appositives may stand;
# an auxiliary may come last ("has said"), a verb anywhere else means another clause.
_ACRONYM_PAREN = rx(r"^\)|^\s*\([A-Z][A-Za-z.]{1,8}\)")  # "… intelligence (HUR) said"
_GAP_TAIL = rx(
    r"(?:\b(?:has|have|had|also|previously|earlier|later|separately|further|again|"
    r"then|now|already|reportedly|publicly|repeatedly|would|will|could|can|did|does|do|only|long"
    r"|consistently)\s+)+$",
    re.I,
)
_BE_TAIL = rx(r"\b(?:is|are|was|were)\s+$", re.I)
_ING_WORD = rx(r"[A-Za-z]+ing\b")
_GAP_VERB = rx(r"\b(?=\w)(?:has|have|had|is|are|was|were|be|been|being|will|would|could|can"
                       r"|may|might|did|does|do)\b", re.I)
_SPOKES = rx(r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?")
# what may open a sentence before its subject: "The Helsinki-based …", "Separately, the …"
_SUBJECT_LEAD = rx(
    r"\s*(?:(?:Separately|Meanwhile|However|Elsewhere),\s+)?"
    # an opening time phrase: "Later in November, the NIS …"
    r"(?:(?:Later|Earlier|In|On|By|Last)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+)?"
    # an opening participle: "Speaking in a Commons debate on Tuesday, Pollard …"
    r"(?:(?:Speaking|Writing|Testifying|Appearing)\s+[^,]{3,60},\s+)?"
    r"(?:[Tt]he\s+)?"
    r"(?:[A-Z][\w.-]*-based\s+)?"
    r"(?:(?:[Rr]esearchers|[Aa]nalysts|[Ee]xperts|[Aa]uthors)\s+(?:at|of|from)\s+(?:the\s+)?)?"
)  # "Researchers at the Royal United Services Institute …, suggesting": the institute
_PARTICIPLE = rx(
    r"saying|adding|noting|claiming|estimating|insisting|suggesting|arguing|warning|telling"
    r"|assessing",
    re.I,
)
_TELL = rx(r"told|tells|telling", re.I)  # "… telling lawmakers": who follows is listening
_NATIONS = r"(?:U\.S\.|US|American|South\s+Korean|Ukrainian|British|Western|Japanese|European)"
_MORE_SOURCES = rx(rf"\s*(?:,|and)\s+(?:{_NATIONS})\b|\s+and\s+\w+\s+(?:{_NATIONS})\b")
# "Rep. Yoo, who met the prisoners, said"; "a commander who asked … \"Hunter\", said"
_RELATIVE = rx(
    r",\s*(?:who|which|whose|speaking|writing|appearing|testifying|addressing|briefing)\s+"
    r"[^,;\"“”]{3,160},"
    r"\s*(?:(?:has|have|had|also|would|will|could|can|did|only)\s+)*$"
    r"|\s+who\s+[^;.!?]{3,100}?,\s*$"
    # "A US official who spoke on condition of anonymity to discuss … said": no commas
    r"|\s+who\s+(?:spoke|was|were|asked|requested|declined|briefed|is|are)\s[^,;.!?\"“”\d]{3,100}?\s+$"
)
# between a name and its appositive role: ", " or ", then " ("John Kirby, then the … adviser")
_ROLE_APPOSITIVE = rx(
    r"\s*,\s*(?:then\s+|now\s+|formerly\s+)?(?:the|a|an|his|her)\s+[^,;\"“”\d]{3,90},\s*"
)
_PARTY_APPOSITIVE = rx(
    r"\s+of\s+[^,;]{3,45},\s*(?:one\s+of\s+)?(?:the|a|an|his|her)\s+[^,;\"“”\d]{3,90},\s*"
)
_APPOS_JOIN = rx(r"\s*,\s*(?:then|now|formerly|at\s+the\s+time)?\s*")
_PLACE_PREP = rx(
    r"\b(?=\w)(?:in|to|from|at|near|into|inside|across|over|for|of|with)\s+$", re.I
)
_OF_TAIL = rx(r"\s+(?:of|for|on)\s+")
# between a role and its name: ", Colonel " / ", Lt. Gen. " / ", "
_APPOS_TITLE = rx(r",\s+(?:(?:[A-Z][a-z]{0,11}\.?|[A-Z]{2,5})\s+){0,3}")
_ITS_STAFF = ci(
    r"\bits\s+(?:own\s+)?(?:analysts|researchers|experts|authors|spokes(?:man|woman|person)"
    r"|officials|commanders?|staff)\b"
    r"|\bthe\s+(?:(?:report|study|paper)['’]s\s+)?(?:authors|researchers)\b"  # the body's
)
_TITLED_NAME = rx(  # opening on the titles' letters lets `re` skip ahead (see guarded)
    guarded(
        "Captain Capt. Colonel Col. Lieutenant Lt. Major Maj. Sergeant Sgt. Commander Cmdr. "
        "Professor Prof. Senator Sen. Rep. MEP MP".split()
    ).replace("\\ ", " ")
    + r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
)
_LEAD_NAME = rx(
    r"(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][a-z]+\s+[A-Z][a-z'’-]+"
    r"(?=,|\s+(?:who|was|is|has|had|still|now)\b|\s+[a-z]+s\s)"  # "Lee Hyun-woo keeps …"
)
_FULL_NAME = rx(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)? ([A-Z][a-z]+)\b")
_APPOSITIVE_AFTER = rx(r"\s*,\s+(?:an?|the)\s+[^,;\"“”()]{3,90}?(?=,|\.|;|$)")
_BYLINE = rx(  # "By Yoon Seo-yeon", "By Yoon Seo-yeon, senior defence columnist"
    r"^By\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?<!Day)(?:\s*,\s+[^,.\n\d]{3,60})?\s*$", re.M
)
_LABEL_ROLE = rx(r",\s+[^,:;\n\d]{3,60}")  # a label's role after the name
_NATION_WORD = rx(
    r"Korea|Russia|Ukrain|America|Britain|British|Japan|China|Chinese|United|Kingdom"
)
_ANSWER_LABEL = rx(r"(?:A|ANSWER)\s*:\s")
_FIRST_QUESTION = rx(r"^(?:Q|QUESTION)\s*:\s", re.M)
# an interviewer's question set as a paragraph of its own, with no "Q:" label
_QUESTION_LINE = rx(r"^(?:[—–-][ \t]*)?[A-Z][^\n]{4,200}\?['’\"”]?[ \t]*$", re.M)
_INTRO_ANYWHERE = rx(r"(?<=\s)" + _INTRO.pattern)  # an intro after the first word
_DESCRIBED_BODY = rx(
    r"(?<![\w'’])(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:for|of|on|and|the)\s+){0,2}[A-Z][\w'’-]*){1,6}),"
    r"\s+(?P<what>an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:network|group|organi[sz]ation|NGO|charity|channel|outlet|monitor|platform|collective"
    r"|association|foundation|project|initiative|website|site|weekly|daily|newspaper|magazine)\b)[^,;:\"“”()]{0,120}(?=[,;:.])"
)  # the match runs to the appositive's closing comma: the speech verb follows it
_SPOKES_ROLE = rx(r"\bspokes(?:man|woman|person)\b", re.I)
_AGE_AFTER_NAME = rx(r"^,\s*\d{1,2},")
_TITLE_RUN = rx(r"\s*(?:[A-Z][\w.'’-]*\s+(?:of\s+)?){1,5}")
_RELAYED_ROLE = rx(r"the\s+(?:spy\s+)?(agency|ministry|service|directorate)\b")
_AS_SAYING = rx(r"\s+as\s+(?:saying|says|having\s+said|estimating|estimates)\b")
_AT_BODY_BEFORE = rx(r"\b(?:at|of|with|from)\s+(?:the\s+)?$", re.I)
_COMMA_THE = rx(r"\s*,\s*[Tt]he\s+")
_ADVERBIAL_LEAD = rx(  # an opening phrase of time or source, not a clause of its own
    r"(?:(?:But|And|Then)\s+)?(?:In|On|At|After|During|Following|Later|Earlier|By|Through|Via"
    r"|(?:Two|Three|Four)\s+(?:days|weeks|months)|A\s+day|Days|Weeks|The\s+next|The\s+following"
    r"|Briefing|Speaking|Addressing|Writing|Testifying)\b[^,;]{0,70}(?:,[^,;]{0,30})?$",
    re.I,
)
# where a person's description ends: its comma, or a clause about something else ("a senior
# fellow at the Atlantic Policy Forum who previously worked … at the State Department")
_DESCRIPTION_END = rx(r",|\b(?:who|which|that|and|before|after|where|when)\b")
# between a body and "official": a clause of its own, not the official's description ("ISW
# also pointed to comments by a senior US official" is no ISW official)
_OTHER_CLAUSE = rx(r"[,;.]|\b(?:pointed|cited|quoted|noted|said|says|told|by|to)\b")
_ACCORDING_TO_HIS = rx(
    r"according\s+to\s+(his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|report|update"
    r"|video|address|remarks|briefing|message|account|assessment|estimate|figures)\b"
)
# "One of the two said": one of the sources just named speaks (on lowered() text); the
# number names no soldiers either (see extract._claim)
ONE_OF_THE_SOURCES = rx(
    r"\bone\s+of\s+(?:the\s+)?(?:two|three|four|five|six|\d+|them|those)"
    r"(?:\s+(?:officials|sources))?(?=\s+(?:said|says|told|added|noted)\b)"
)
_CITING_LEAD = rx(r"\s*(?:Citing|Quoting)\b")
_ARTICLE_BEFORE = rx(r"\b(?:a|an|the)\s+$")
_GAP_STAFF = rx(
    r"\s*,\s+(?:its\s+)?(?:analysts|researchers|experts|scholars|specialists|staff)\s+(?:have\s+)?"
)
# a list line's source before its first dash: "Ukraine's Defence Intelligence (HUR) — …"
_DASH_LABEL = rx(r"([^–—:\n]{2,70}?)\s+[–—]\s")
_LABEL_END = rx(r"\s*(?:\([^()]{1,40}\))?\s*")  # "Pentagon (US Department of Defense)"
_DATE_ONLY = rx(r"\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s*")
_OWNED_ESTIMATE = rx(r"['’]s\s+(?:own\s+|latest\s+)?(?:estimate|figure|count|tally|number)")
# a transcript's speaker label; not a tabloid headline's "KIM'S CANNON FODDER:"
_CAPS_LABEL = rx(r"(?![^:]*['’]S\b)[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}")
# "the statement said", "the same report estimated": the body named before speaks
_THE_STATEMENT = ci(
    r"\bthe\s+(?:(?:written\s+|joint\s+|official\s+|same\s+|latest\s+)?"
    r"(?:statement|report|study|update|bulletin|paper|summary(?=\s+(?:said|says|added|noted)\b))"
    # not "officials familiar with the assessment", but "…, the assessment said"
    r"|same\s+(?:intelligence\s+)?assessment"
    r"|assessment(?=\s+(?:said|says|added|noted|stated|concluded|found)\b))\b"
)
_QUOTE_CLOSED = rx(r"[,.!?]['’\"”]\s*$")
_CLAUSE_VERB_AFTER = rx(
    r"\s+(?:had|have|has|were|was|are|is|would|could|will|may|might|likely|probably|now)\b"
)
_LONG_ASIDE = rx(
    r",\s+(?:speaking|who|which|citing|asked|requesting|declining|in\s+(?:its|his|her|a|an|the))\b[^.;:\"“”]{0,200},\s*"
)
_SPEAKER_NOUN_END = rx(r"(?i)\b(?:officials?|sources?|spokes\w+|officers?|commanders?)\s*$")
_ACRONYMS = frozenset(
    {"nis", "hur", "gur", "sso", "sof", "jcs", "isw", "sbu", "nato", "kcna", "mod", "us", "u.s.",
     "icrc", "rusi", "kida", "inss", "csis"}
)


@lru_cache(maxsize=1)
def _alias_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Case-insensitive regex of long aliases; case-sensitive one for acronyms and short names."""
    long_forms: set[str] = set()
    short_forms: set[str] = set()
    for claimant in REGISTRY:
        longs, shorts = _forms(claimant)
        long_forms |= longs
        short_forms |= shorts
    short_forms |= {"US", "U.S.", "MoD", "Shea"}
    long_forms |= {"the us", *_AMBIGUOUS_BODIES}
    long_re = rx(r"(?<![\w])" + trie_pattern(sorted(long_forms)) + r"(?![\w])")
    # long_re runs on lowered() text: aliases are stored lower-case
    short_re = rx(  # (?<![\w.])(?:longest first)(?!\w)
        guarded(sorted(short_forms, key=len, reverse=True), r"\w.") + r"(?![\w])"
    )
    return long_re, short_re


def _forms(claimant) -> tuple[set[str], set[str]]:
    """A claimant's names as the alias patterns read them: long forms (lower-case, for
    lowered() text) and short ones (acronyms in capitals, "NIS" not "nis"; short names
    capitalised). "us", "u.s." and "mod" alone are left to the hand-made forms."""
    longs: set[str] = set()
    shorts: set[str] = set()
    for alias in (claimant.name.lower(), *claimant.aliases, *claimant.people):
        if alias in ("us", "the us", "u.s.", "mod"):
            continue
        if len(alias) <= 4 and " " not in alias:
            shorts.add(alias.upper() if alias in _ACRONYMS else alias.title())
        else:
            longs.add(alias)
    return longs, shorts


@lru_cache(maxsize=16)
def _long_forms_of(name: str) -> re.Pattern[str]:
    """The long forms of one claimant's names, as in _alias_regexes (on lowered() text)."""
    claimant = next(c for c in REGISTRY if c.name == name)
    return rx(guarded(_forms(claimant)[0]) + r"(?![\w])")  # one body's few first letters lead


_BRITAIN = rx(guarded(["britain", "british", "uk", "u.k.", "london"]) + r"\b")
def _body_in_title(role: str | None) -> Speaker | None:
    """The registered body a person's title before the name holds ("NATO Deputy Secretary
    General"), whose figures the curators file under the body."""
    if not role:
        return None
    long_re, short_re = _alias_regexes()
    for regex, source in ((long_re, role.lower()), (short_re, role)):
        for match in regex.finditer(source):
            body = _registry_speaker(match.group(0), None)
            if body is not None and body.kind == "org" and body.name not in COUNTRY_CLAIMANTS:
                return body
    return None


# capitalised words right before a name, on its line and in its sentence ("NATO Deputy
# Secretary General "; "Gen." may end on a dot, "NATO." at a sentence's end may not)
_TITLE_RUN_BEFORE = rx(
    r"(?:(?:[A-Z][\w'’-]*|(?:Gen|Lt|Col|Maj|Sgt|Capt|Adm|Rep|Sen|Dr|Mr|Ms|Mrs)\.)[^\S\n]+){1,6}$"
)
_FORMER = rx(r"\b(?:former|retired|ex-|then)\b", re.I)
# Bare names two registered bodies use: (the body whose own aliases the article uses, the one
# the article's country words point to, those words). "Defence Intelligence" is the name of
# both Britain's agency and, in English, Ukraine's HUR.
_AMBIGUOUS_BODIES = {
    "defence intelligence": (
        "Ukraine's Defence Intelligence (HUR)",
        "UK Ministry of Defence",
        _BRITAIN,
    ),
    # "a senior Ministry of Defence source" in a British paper; Russia's when it was named so
    "ministry of defence": (
        "Russian Ministry of Defence",
        "UK Ministry of Defence",
        _BRITAIN,
    ),
}


def _has_appositive(text: str, start: int, end: int) -> bool:
    """Cheap gate for ", a …" / ", an …" descriptions (not ", and", ", according")."""
    return text.find(", a ", start, end) >= 0 or text.find(", an ", start, end) >= 0


def _described_bodies(text: str, start: int, end: int):
    """(match, body) for each body described in an appositive in text[start:end] ("North
    Korea Freedom Link, a Seoul-based network of defectors, …"): the registry's entry if it
    has one, else the name as written (without a leading "The")."""
    for match in _DESCRIBED_BODY.finditer(text, start, end):
        name = _NAME_LEAD.sub("", match.group("name"))  # not "The", "Seoul-based"
        yield match, _registry_speaker(name, None) or Speaker(
            name, country_from(match.group(0)), match.group("what"), "named", "org"
        )


def _speaks_for_body(speaker: Speaker) -> bool:
    """A body, or a person filed under one ("Nakatani" -> the Japanese defence ministry)."""
    if speaker.kind == "org":
        return True
    known = lookup(speaker.name)
    return known is not None and known.kind == "org"


def country_from(text: str) -> str:
    """Best country code for a speaker from the words around them, else 'other'."""
    for pattern, code in _COUNTRY_CUES_RE:
        if pattern.search(text):
            return code
    return "other"


def outlet_speaker(outlet: str | None) -> Speaker:
    """The outlet's own voice: a figure stated with no source."""
    name = (outlet or "Unattributed").strip() or "Unattributed"
    country = OUTLET_COUNTRIES.get(name.lower(), "other")
    return Speaker(name, country, "outlet", "unattributed", "org")


def _registry_speaker(alias_text: str, role: str | None) -> Speaker | None:
    """The registry claimant an alias names, as a Speaker (person or body)."""
    return (
        _registry_speaker_cached(alias_text) if role is None else _registry_lookup(alias_text, role)
    )


@lru_cache(maxsize=1024)
def _registry_speaker_cached(alias_text: str) -> Speaker | None:
    return _registry_lookup(alias_text, None)


def _registry_lookup(alias_text: str, role: str | None) -> Speaker | None:
    known = lookup(alias_text.replace("’", "'"))
    if not known:
        return None
    key = re.sub(r"\s+", " ", alias_text.replace("’", "'").lower().strip())
    key = re.sub(r"^the ", "", key)
    kind = "person" if key in PERSON_ALIASES else "org"
    return Speaker(known.name, known.country, role or known.role, "named", kind)


def _anonymous_speaker(match: re.Match[str], sentence: str) -> Speaker:
    adj = (match.group("adj") or "").lower().replace("  ", " ")
    before = match.string[max(0, match.start("adj") - 30) : match.start("adj")] if adj else ""
    if re.search(rf"{_NATIONS}\s*(?:,|and)\s*$", before):
        adj = ""  # "American and Ukrainian officials": no single country
        mixed = True
    else:
        mixed = False
    # "sources familiar with South Korean intelligence", "officials in Seoul"
    if not adj and not mixed:
        tail = _FAMILIAR.match(match.string, match.end())
        head = _PLACE_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        found = tail or head
        if found:
            adj = _CITY_ADJ.get(found.group(1).lower(), found.group(1).lower())
    if adj == "western" and re.search(r"\bBBC\b", sentence):
        known = lookup("western officials (anonymous, via bbc)")
        if known:
            return Speaker(known.name, known.country, known.role, "anonymous", "org")
    label, country = _ANON_ADJ.get(re.sub(r"\s+", " ", adj), ("", "other"))
    name = f"Anonymous {label} official(s)" if label else "Anonymous official(s)"
    return Speaker(name, country, None, "anonymous", "org")


_FAMILIAR = rx(
    r"[^.;]{0,30}?\b(?:familiar\s+with\s+(?:the\s+)?|briefed\s+on\s+(?:the\s+)?|in\s+|inside\s+)"
    r"(U\.S\.|US|American|South\s+Korean|Ukrainian|British|Western|Seoul|Washington|Kyiv|London"
    r"|North\s+Korea|Pyongyang)\b"
)
_PLACE_BEFORE = rx(
    r"\b(?:in|from)\s+(Seoul|Washington|Kyiv|London|Tokyo)\b,?\s*(?:where\s*|whose\s*)?$"
)
_CITY_ADJ = {"seoul": "south korean", "washington": "us", "kyiv": "ukrainian", "london": "british",
             "north korea": "north korean", "pyongyang": "north korean"}
# "the Ukrainian army", "Russia's military": a named body even without capitals
_NATION_ORG = rx(
    r"\b(?:the\s+)?("
    + _role_trie(
        "Ukrainian, Ukraine's, Russian, Russia's, South Korean, South Korea's, North Korean, US, "
        "U.S., American, British, Britain's, Japanese, Japan's, Seoul's, Kyiv's, Moscow's, "
        "Tokyo's".split(", ")
    )
    + r")\s+(army|military|navy|air\s+force|armed\s+forces"
    r"|defen[cs]e\s+ministry|foreign\s+ministry|unification\s+ministry|border\s+guard"
    r"|national\s+guard|security\s+service|(?:drone\s+|special\s+|military\s+)?units|forces|marines"
    r"|border\s+guards)\b"
)
# every _NATION_ORG match holds one of these (a cheap gate: the pattern opens with "\b")
_NATION_ROLE_WORDS = Gate(
    ("army", "military", "navy", "air", "forces", "ministry", "guard", "service", "units",
     "marines")
)
_NATION_NAME = {
    "ukraine's": "Ukrainian", "russia's": "Russian", "south korea's": "South Korean",
    "britain's": "British", "u.s.": "US", "american": "US", "japan's": "Japanese",
    "seoul's": "South Korean", "kyiv's": "Ukrainian", "moscow's": "Russian", "tokyo's": "Japanese",
}


def _nation_org(match: re.Match[str]) -> Speaker:
    """'the Ukrainian army' -> Speaker 'Ukrainian army' (UA)."""
    adj = " ".join(match.group(1).replace("’", "'").split())
    adj = _NATION_NAME.get(adj.lower(), adj)
    noun = " ".join(match.group(2).lower().split())
    name = f"{adj} {noun}"
    return Speaker(name, country_from(adj), None, "named", "org")


_LAWMAKERS = rx(
    r"\b(?:(?:South\s+Korean|Ukrainian|US|U\.S\.|American|British|opposition|ruling"
    r"|senior|several|two|three)\s+)*(?:lawmakers|legislators|MPs|parliamentarians)\b"
)
# a lower-case unit noun after a capitalised name: "the Black Heron drone battalion"
_UNIT_AFTER_NAME = rx(
    r"\s+(?:drone\s+|assault\s+|artillery\s+|reconnaissance\s+)?(?:battalion|brigade|regiment"
    r"|squadron)\b"
)
_ORG_NAME = rx(
    r"(?:\b(?:Ukraine|Russia|South\s+Korea|North\s+Korea|Britain|America|Japan|China|Taiwan"
    r"|Estonia|Latvia|Lithuania|Poland|Finland|Sweden|Norway|Denmark|Germany|France|Italy|Spain"
    r"|Romania|Moldova|Georgia|Belarus|Canada|Australia|Israel|Turkey|Czechia|Hungary"
    r"|the\s+Netherlands)['’]s\s+|\b(?:the\s+)?"
    r"(?:Ukrainian|Russian|South\s+Korean|US|U\.S\.|British)\s+)?"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][a-z]+\s+){0,4}"
    r"(?:Brigade|Battalion|Regiment|Corps|Division|Command|Guard|Directorate|Agency|Service|Institute"
    r"|Council|Ministry|Office|Staff|Army|Navy|Unit|Group|Center|Centre|Headquarters|Committee"
    r"|Commission|Bureau|Media)\b"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b)[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][a-z]+){0,5})?"
)
# what opens a body's name without being part of it: "The", "Seoul-based" (a country's
# possessive stays: the curated names keep "Ukraine's 80th Air Assault Brigade")
_NAME_LEAD = rx(r"^(?:[Tt]he\s+|[A-Z][\w.-]*-based\s+)+")


_INTEL = ("intelligence", "agency", "service", "directorate", "(nis)", "(hur)")
_RESEARCH = ("centre", "center", "institute", "think", "university", "group", "project")
_ROLE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("think", ("institute", "think")),
    ("institute", ("institute", "think")),
    ("spy", _INTEL),
    ("intelligence", _INTEL),
    ("agency", _INTEL),
    ("service", _INTEL),
    ("directorate", _INTEL),
    ("ministry", ("ministry", "department", "pentagon")),
    ("department", ("ministry", "department", "pentagon")),
    ("brigade", ("brigade", "battalion", "regiment", "forces", "unit")),
    ("battalion", ("brigade", "battalion", "regiment", "forces", "unit")),
    ("regiment", ("brigade", "battalion", "regiment", "forces", "unit")),
    ("crew", ("forces", "operations", "unit", "brigade")),
    ("unit", ("forces", "operations", "unit", "brigade")),
    ("forces", ("forces", "operations", "unit", "brigade")),
    ("operator", ("forces", "operations")),
    ("military", ("military", "staff", "command", "chiefs", "forces", "pentagon", "ministry")),
    ("army", ("army", "military", "staff", "command", "forces")),
    ("staff", ("staff", "chiefs", "command")),
    ("command", ("command", "staff", "military")),
    ("corps", ("corps", "army", "forces")),
    ("research", _RESEARCH),  # "the researchers estimate": the centre named before
    ("author", _RESEARCH),
    ("paper", (*_RESEARCH, "weekly", "daily", "newspaper", "magazine", "paper", "journal")),
    ("centre", _RESEARCH),
    ("center", _RESEARCH),
)


_MEDIA = rx(
    r"(?i)news|agency|Yonhap|Reuters|newspaper|broadcaster|TV|media|daily|times|post"
)
_DASH_END = rx(r"\s[–—-]\s*[A-Z][^–—\n]{1,40}$|:\s*[^:\n]{2,40}$")
COUNTRY_CLAIMANTS = frozenset({"US estimates", "Ukrainian government", "South Korean government"})


def _is_place(name: str) -> bool:
    """A gazetteer name ("Malaya Loknya") is not a person."""
    from claims.extract.places import is_place_name

    return is_place_name(name)


# Cheap gates: a sentence without any of these words cannot match the regex they guard.
_RELAY_WORDS = Gate(
    ("citing", "quoting", "briefing", "briefed", " from ", "according to", "relaying")
)
_CITING_WORDS = Gate(("citing", "quoting"))
_SPOKES_WORDS = Gate(("spokes",))
_FIRST_PERSON_WORDS = Gate(("my ", "i "))
_LAWMAKER_WORDS = Gate(("lawmakers", "legislators", "mps", "parliamentarians"))
_CAP_WORD = rx(r"[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?\b")  # \b[A-Z]…, faster
_ANON_WORDS = ("official", "source", "diplomat", "insider", "assessment")
_ORG_WORDS = (
    "brigade",
    "battalion",
    "regiment",
    "corps",
    "division",
    "command",
    "guard",
    "directorate",
    "agency",
    "service",
    "institute",
    "council",
    "ministry",
    "office",
    "staff",
    "army",
    "navy",
    "unit",
    "group",
    "center",
    "centre",
)
_ROLE_WORDS = (
    *_ORG_WORDS,
    "crew",
    "military",
    "department",
    "forces",
    "government",
    "intelligence",
    "operator",
    "team",
    "body",
    "think",
    "spokes",
    "lawmaker",
    "legislator",
    "official",
    "president",
    "minister",
    "general",
    "commander",
    "chief",
    "head",
    "director",
    "secretary",
    "ambassador",
    "envoy",
    "advis",
    "analyst",
    "senator",
    "congress",
    "leader",
    "officer",
    "colonel",
    "admiral",
)


def _unnamed_person(words: str, sentence: str) -> Speaker:
    """'a Ukrainian drone unit commander' -> anonymous official of that country.

    'a lawmaker' stays a lawmaker."""
    low = words.lower()
    if re.search(r"\b(?:lawmaker|legislator)\b", low):
        return Speaker("lawmaker", country_from(sentence), "lawmaker", "named", "person")
    for adj, (label, country) in _ANON_ADJ.items():
        if re.search(rf"(?<!\w){re.escape(adj)}(?!\w)", low):  # "u.s." ends on a dot
            return Speaker(f"Anonymous {label} official(s)", country, words, "anonymous", "person")
    return Speaker("Anonymous official(s)", "other", words, "anonymous", "person")


def _clean_name(raw: str) -> str | None:
    """Strip titles from a capitalised run; keep 'Firstname Lastname' or None."""
    tokens = raw.replace("’", "'").split()
    while tokens and tokens[0].lower().rstrip(".") in _TITLE_WORDS:
        tokens.pop(0)
    titled = [i for i, t in enumerate(tokens) if t.lower().rstrip(".") in _TITLE_WORDS]
    if titled and len(tokens) - titled[-1] - 1 >= 2:
        tokens = tokens[titled[-1] + 1 :]  # "German Defence Minister Boris Pistorius"
    kim = tokens[:1] == ["Kim"] and _KOREAN_KIM.fullmatch(" ".join(tokens[:2])) is not None
    if len(tokens) < 2 or any(t.lower().rstrip(".") in _NOT_NAMES
                              for t in (tokens[1:] if kim else tokens)):
        return None
    if any(t.lower().rstrip(".") in _TITLE_WORDS for t in tokens):
        return None
    return " ".join(tokens[-3:])


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    speaker: Speaker | None
    ref: str | None = None  # person | org | any  (resolve through memory)
    anon_ref: bool = False
    word: str = ""  # the role noun ("agency", "brigade") that picks among recent bodies


def _drop_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    """Concrete speakers (registry, anonymous, names) win over roles and pronouns they overlap."""
    concrete = [c for c in found if c.speaker is not None]
    out = []
    for cand in found:
        clash = any(
            o is not cand
            and o.start < cand.end
            and cand.start < o.end
            and (cand.speaker is None or (o.end - o.start) > (cand.end - cand.start))
            for o in concrete
        )
        if not clash:
            out.append(cand)
    return out


class Attributor:
    """Stateful resolver of speakers across the sentences of one article."""

    def __init__(self, text: str, outlet: str | None) -> None:
        self.text = text
        self.outlet = outlet_speaker(outlet)
        self.sentence_no = 0
        self.person_at = -1  # the sentence number when last_person was last set
        self._last_person: Speaker | None = None
        # the latest sentence without a speech cue: a person it names is the next "he" (read
        # only when a pronoun needs it, see _mentioned_person)
        self._mentioned: tuple[int, int, int] | None = None
        self.last_org: Speaker | None = None
        self.last_any: Speaker | None = None
        self.dates: dict[str, tuple] = {}
        self.relays: dict[str, Speaker] = {}
        self.surnames: dict[str, Speaker] = {}
        self._body_people: dict[str, Speaker | None] = {}  # the body a person's title names
        self._questions: bool | None = None  # see interviewee
        self.orgs: list[Speaker] = []
        self.spokes_for: tuple[int, Speaker] | None = None
        # sentence numbers: when a body was last mentioned, and when last_any was last set
        self.org_at = self.any_at = -1
        self._alias_cache: tuple = ((-1, -1), [])
        self._article_aliases: list | None = None  # see _aliases
        self._article_cues: list | None = None  # see cues
        self._cue_starts: list[int] = []
        self._full_names: dict[str, str] | None = None  # surname -> "Mira Castellano"
        self._first_at: dict[str, int | None] = {}  # see _first_named
        self._cue_found: dict[re.Pattern[str], bool] = {}
        self._answering: tuple[Speaker | None] | None = None  # see _interviewee
        byline = _BYLINE.search(text, 0, 1000)
        self.author = (  # "By Mireille Sandqvist": the one who says "I" outside quotations
            Speaker(byline.group(1), "other", "author", "named", "person") if byline else None
        )
        self._sentence: tuple[int, int] = (0, 0)

    # -- memory -----------------------------------------------------------------
    @property
    def last_person(self) -> Speaker | None:
        return self._last_person

    @last_person.setter
    def last_person(self, speaker: Speaker | None) -> None:
        self._last_person, self.person_at = speaker, self.sentence_no

    def _mentioned_person(self) -> Speaker | None:
        """The person a sentence since the last speaker named ("Boris Pistorius used a visit
        … . "More than 10,000 …," he said"; "Veski finds it plausible. … he estimates"): its
        subject's known surname, else the first full name in it."""
        if self._mentioned is None or self._mentioned[2] <= self.person_at:
            return None
        start, end, _ = self._mentioned
        self._mentioned = None
        first = _CAP_WORD.match(self.text, start)
        person = self.surnames.get(first.group(0)) if first else None
        if person is None:
            named = [c.speaker for c in self._name_candidates(start, end, self.text[start:end])
                     if c.speaker is not None and not _NATION_WORD.search(c.speaker.name)]
            person = named[0] if named else None
        if person is not None:
            self.last_person = person
        return person

    def _recent_org(self, word: str) -> Speaker | None:
        """The most recent body whose name fits the role noun.

        "the think tank" -> the institute named last."""
        keys = next((v for k, v in _ROLE_KEYS if k in word), ())
        for speaker in reversed(self.orgs):
            hay = f"{speaker.name} {speaker.role or ''}".lower()
            if any(key in hay for key in keys):
                return speaker
        return None

    def _org_earlier(self, cand: _Candidate) -> Speaker | None:
        """A body of the role's kind named earlier in the same sentence: "a briefing that the
        NIS gave lawmakers, at which the agency said" — the NIS, not the body before; for
        "they", any body named earlier in the sentence."""
        keys = next((v for k, v in _ROLE_KEYS if k in cand.word), ())
        earlier = [
            sp for _, e0, sp in self._aliases(*self._sentence)
            if e0 <= cand.start and _speaks_for_body(sp) and sp.name not in COUNTRY_CLAIMANTS
            and (cand.ref == "group" or not cand.word  # "they", "it": any body named before
                 or any(key in f"{sp.name} {sp.role or ''}".lower() for key in keys))
        ]
        return earlier[-1] if earlier else None

    def _note_org(self, speaker: Speaker) -> None:
        self.last_org = speaker
        self.org_at = self.sentence_no
        self.orgs = [*[o for o in self.orgs[-6:] if o.name != speaker.name], speaker]

    def remember(self, speaker: Speaker, said: tuple | None) -> None:
        """Record a speaker (and the date they spoke) for later pronouns and roles."""
        if speaker.attribution == "unattributed":
            return
        holder = (
            speaker
            if speaker.relayed_by is None
            else Speaker(speaker.relayed_by, speaker.country, None, "named", "person")
        )
        if holder.kind == "person":
            self.last_person = speaker
        else:
            self._note_org(speaker)
        self.last_any, self.any_at = speaker, self.sentence_no
        if said:
            self.dates[speaker.name] = said
            if speaker.relayed_by:
                self.dates[speaker.relayed_by] = said

    def observe(self, start: int, end: int, spoke: bool = False) -> None:
        """Registry names mentioned without a speech verb still set 'the agency' / 'he'.

        So does a person introduced with an appositive ("Oleh, a Ukrainian drone pilot, ...").
        When a person spoke in the sentence (`spoke`), a person it merely mentions ("…, Pell
        said, calling it a sign of Putin's desperation") does not become the next "he".
        """
        for titled in _TITLED_NAME.finditer(self.text, start, end):
            # "The first time Captain Oleh Hrytsenko saw …": a later "Hrytsenko … says" is him
            name = titled.group(1)
            if lookup(name) is None and name.split()[-1] not in self.surnames:
                role = titled.group(0).split()[0]
                person = Speaker(name, country_from(self.text[start:end]), role, "named", "person")
                self._note_surname(name, person)
                if not spoke:
                    self.last_person = person
        low = lowered(self.text)
        if not spoke and low.find("official", start, end) >= 0 and (
            low.find("the official", end, end + 400) >= 0  # (only if one follows soon)
        ):  # "A NATO official, briefing journalists …, gave a breakdown. The official said …"
            for match in self._anchored(_ANON_NOUN, _ANON_RE, start, end, 80):
                source = self._institution(match.start() - 40, match.end()) or _anonymous_speaker(
                    match, self.text[start:end])  # or "A South Korean official …, went further"
                if source.name != "Anonymous official(s)":
                    self.remember(source, None)
        intro = _INTRO.match(self.text, start, end)
        if intro:
            person = _introduced(intro.group(1), intro.group(2))
            # the body right after the role, or at the end of its description ("Marcus Hale,
            # a senior fellow in the Korea program at the Center for … Studies, has tracked …")
            role_end = intro.end(2)
            stop = _DESCRIPTION_END.search(self.text, role_end, min(end, role_end + 100))
            body = self._body_in(role_end, stop.start() if stop else min(end, role_end + 16))
            if body is not None and person.attribution == "named":
                person = replace(body, relayed_by=person.name)
            self.last_person = self.last_any = person
            self.any_at = self.sentence_no
            self.surnames[intro.group(1).split()[-1]] = person  # a later "Oleh said"
        elif _LEAD_NAME.match(self.text, start, end):
            # "Tory MP Edward Pellingham, who sits on …, was blunt. He said …": the subject
            lead = _LEAD_NAME.match(self.text, start, end)
            named = self._name_candidates(start, lead.end(), self.text[start:end])
            if named:
                self.last_person = self.last_any = named[0].speaker
                self.any_at = self.sentence_no
                self._note_surname(named[0].speaker.name, named[0].speaker)
        if _has_appositive(self.text, start, end):
            for _, body in _described_bodies(self.text, start, end):
                # "The research comes from the Tallinn Centre for Conflict Data, a small group
                # …": "the researchers" / "the paper" that follow are the centre's
                if lookup(body.name) is None:
                    self._note_org(body)
            for later in _INTRO_ANYWHERE.finditer(self.text, start + 1, end):
                # "… joined by Kaarel Veski, a former intelligence officer, and …": "Veski";
                # "…, Yoon Seo-yeon, a spokeswoman for the ministry, said": "Yoon" speaks for it
                person = _introduced(later.group(1), later.group(2))
                if person.attribution == "named" and _SPOKES_ROLE.search(later.group(2)):
                    body = self._spokes_for(later.end(2) - 12, end)
                    person = replace(body, relayed_by=person.name) if body else person
                if later.group(1).split()[-1] not in self.surnames:
                    self._note_surname(later.group(1), person)
        if not spoke:
            self._mentioned = (start, end, self.sentence_no)
        if not spoke and lowered(self.text).find("officials", start, min(end, start + 40)) >= 0:
            # "Officials in Kyiv paint a grimmer picture. They say …": "they" are the officials
            head = self.text[start : min(end, start + 80)]
            lead = _ANON_RE.match(head[:1].lower() + head[1:])
            if lead and lead.group("noun").lower() == "officials":
                self.last_any = _anonymous_speaker(lead, lead.string)
                self.any_at = self.sentence_no
        for s0, e0, speaker in self._aliases(start, end):
            if speaker.name in COUNTRY_CLAIMANTS:
                continue  # "Ukraine" or "the US" in passing is not a body "the agency" can mean
            if speaker.kind == "person":
                self._note_surname(self.text[s0:e0], speaker)  # "Andriy Yusov" -> "Yusov"
                if not spoke:
                    self.last_person = speaker
            else:
                self._note_org(speaker)

    def _appositive_body(self, name_end: int, end: int) -> Speaker | None:
        """The registered body in an appositive after a name (", a fellow at RUSI,"), as
        `_body_in` finds it; not for a former post."""
        appos = _APPOSITIVE_AFTER.match(self.text, name_end, end)
        if appos is None or "former" in appos.group(0).lower():
            return None
        return self._body_in(name_end, appos.end())

    def _body_in(self, start: int, end: int) -> Speaker | None:
        """A registered body named with "at/of/with/from" in text[start:end]: "Emma Hale, a
        research fellow at the Royal United Services Institute, said" — the curators file such
        a person's figures under the body."""
        for s0, _, speaker in self._aliases(*self._sentence):
            if (start < s0 < end and speaker.kind == "org"
                    and speaker.name not in COUNTRY_CLAIMANTS
                    and _AT_BODY_BEFORE.search(self.text, max(start, s0 - 12), s0)):
                return speaker
        return None

    def _aliases(self, start: int, end: int) -> list[tuple[int, int, Speaker]]:
        """Registry names in [start, end) (a sentence), computed once per sentence.

        Every sentence asks, so both name patterns read the whole article once and each
        sentence takes its share by bisection: one long scan costs less than a scan per
        sentence (the long-name pattern has no prefix to skip ahead with)."""
        if self._alias_cache[0] == (start, end):
            return self._alias_cache[1]
        if self._article_aliases is None:
            long_re, short_re = _alias_regexes()
            self._article_aliases = [
                ([m.start() for m in found], found)
                for found in (list(long_re.finditer(lowered(self.text))),
                              list(short_re.finditer(self.text)))
            ]
        found = []
        for starts, matches in self._article_aliases:  # the long names first, as before
            for match in matches[bisect_left(starts, start) : bisect_left(starts, end)]:
                if match.end() > end:
                    continue
                speaker = _registry_speaker(match.group(0), None) or self._ambiguous(match)
                if speaker:
                    found.append((match.start(), match.end(), speaker))
        self._alias_cache = ((start, end), found)
        return found

    def _ambiguous(self, match: re.Match[str]) -> Speaker | None:
        """The body a bare shared name means here: the one named earlier under another name
        ("Ukraine's Defence Intelligence (HUR) … Defence Intelligence said"), else the one the
        article's country words point to ("Britain's … update … according to Defence
        Intelligence"), else the one named later, else no one."""
        entry = _AMBIGUOUS_BODIES.get(match.group(0).lower())
        if entry is None:
            return None
        own, other, cue = entry
        first = self._first_named(own)
        if first is not None and first < match.start():  # a short form of a body named before
            return _registry_speaker(own, None)
        if self._country_words(cue):
            return _registry_speaker(other, None)
        return _registry_speaker(own, None) if first is not None else None

    def _first_named(self, name: str) -> int | None:
        """Where the article first names the registered claimant `name` by one of its long
        forms (once per article and name: ambiguous names ask at every mention, and a search
        for one body's few names is much cheaper than reading every registered name)."""
        if name not in self._first_at:
            found = _long_forms_of(name).search(lowered(self.text))
            self._first_at[name] = found.start() if found else None
        return self._first_at[name]

    def _country_words(self, cue: re.Pattern[str]) -> bool:
        """Does the article hold any of these country words (once per article and pattern)?"""
        if cue not in self._cue_found:
            self._cue_found[cue] = cue.search(lowered(self.text)) is not None
        return self._cue_found[cue]


    # -- candidates -------------------------------------------------------------
    def _candidates(self, start: int, end: int, sentence: str) -> list[_Candidate]:
        text = self.text
        found: list[_Candidate] = []
        low = lowered(text)
        for s0, e0, speaker in self._aliases(*self._sentence):
            if start <= s0 and e0 <= end:
                if speaker.name in COUNTRY_CLAIMANTS and (
                    (_PLACE_PREP.search(text, max(0, s0 - 12), s0)
                     and not low.endswith("according to ", 0, s0))
                    or text.startswith("-", e0)  # "a Washington-based think tank"
                ):
                    continue  # "prisoners in Kyiv, said": a place, not a speaker
                found.append(_Candidate(s0, e0, speaker))
        for match in self._anchored(_ANON_NOUN, _ANON_RE, start, end, 80):
            noun = match.group("noun").lower()
            if noun.startswith("intelligence assessment") or noun.startswith("assessment"):
                if not match.group("adj"):
                    continue
            speaker = self._institution(match.start() - 40, match.end()) or _anonymous_speaker(
                match, sentence
            )
            found.append(
                _Candidate(match.start(), match.end(), speaker, anon_ref=not match.group("adj"))
            )
        found.extend(self._name_candidates(start, end, sentence))
        words = _CAP_WORD.finditer(text[start:end]) if self.surnames else ()
        for match in words:
            who = self.surnames.get(match.group(0))
            if who:
                found.append(_Candidate(start + match.start(), start + match.end(), who))
        for match in _ROLE_NOUN.finditer(low, start, end):
            det = match.group("det").lower()
            if match.group("for") or match.group("org"):
                ref = "org"
            else:
                ref = "person"
            if det in ("a", "an", "one") and ref == "person" and not match.group("for"):
                found.append(
                    _Candidate(
                        match.start(),
                        match.end(),
                        self._institution(match.start(), match.end())
                        or self._body_spokesman(match)
                        or _unnamed_person(text[match.start() : match.end()], sentence),
                    )
                )
                continue
            if det in ("a", "an") and ref == "org" and not match.group("for") and (
                text.endswith(", ", 0, match.start()) and text.startswith(",", match.end())
            ):
                continue  # "the ISW, a Washington-based think tank, wrote": a description
            word = (match.group("for") or match.group("org") or match.group("person") or "").lower()
            found.append(_Candidate(match.start(), match.end(), None, ref, word=word))
        lawmakers = _LAWMAKER_WORDS.any_in(low, start, end)
        for match in _LAWMAKERS.finditer(text, start, end) if lawmakers else ():
            country = (
                country_from(match.group(0)) if country_from(match.group(0)) != "other" else "other"
            )
            found.append(
                _Candidate(
                    match.start(),
                    match.end(),
                    Speaker("lawmakers", country, match.group(0), "named", "person"),
                )
            )
        nation_org = _NATION_ROLE_WORDS.any_in(low, start, end)
        for match in _NATION_ORG.finditer(text, start, end) if nation_org else ():
            found.append(_Candidate(match.start(), match.end(), _nation_org(match)))
        if _has_appositive(text, start, end):
            for match, body in _described_bodies(text, start, end):
                # "North Korea Freedom Link, a Seoul-based network of defectors, said": a body
                # (a registered one too: the candidate spans its description up to "said")
                found.append(_Candidate(match.start(), match.end(), body))
        aliases = [(s0, e0) for s0, e0, sp in self._aliases(*self._sentence)
                   if sp.name not in COUNTRY_CLAIMANTS]
        for match in self._anchored(_ORG_NOUN, _ORG_NAME, start, end, 90):
            m_start, m_end = match.start(), match.end()
            tail = _OF_TAIL.search(self.text, m_start, m_end)
            clash = [s0 for s0, e0 in aliases if s0 < m_end and m_start < e0]
            if clash and tail and min(clash) >= tail.start():
                m_end = tail.start()  # "Defense Intelligence Agency of South Korea's ministry"
            elif clash:
                continue  # a registered name inside wins: "Main Intelligence Directorate of …"
            name = _NAME_LEAD.sub("", self.text[m_start:m_end].strip())
            if lookup(name) or " " not in name:
                continue  # registered; or a bare "Brigade" ("Brigade commander says …")
            country = country_from(match.group(0))
            found.append(
                _Candidate(m_start, m_end, Speaker(name, country, None, "named", "org"))
            )
        for pattern, gate in ((_ITS_STAFF, _STAFF_WORDS), (_THE_STATEMENT, _STATEMENT_WORDS)):
            # "its analysts wrote", "the statement said": the body named before
            present = gate.any_in(low, start, end)
            for match in pattern.finditer(low, start, end) if present else ():
                found.append(_Candidate(match.start(), match.end(), None, "org",
                                        word=match.group(0)))
        for match in _PRONOUNS.finditer(low, start, end):
            ref = _PRONOUN_KIND.get(match.group(1), "any")
            found.append(_Candidate(match.start(), match.end(), None, ref))
        for match in _ACCORDING_TO_HIS.finditer(low, start, end) if low.find(
            "according to ", start, end
        ) >= 0 else ():  # "According to his post, about 350 more …": the last speaker's
            found.append(_Candidate(match.start(1), match.end(), None,
                                    _PRONOUN_REF[match.group(1)]))
        for match in ONE_OF_THE_SOURCES.finditer(low, start, end) if low.find(
            "one of", start, end
        ) >= 0 else ():  # "One of the two said": one of the sources just named
            found.append(_Candidate(match.start(), match.end(), None, "any"))
        return _drop_overlaps(found)

    def _name_candidates(self, start: int, end: int, sentence: str) -> list[_Candidate]:
        """People named in text[start:end] who are not in the registry, with role and country."""
        text = self.text
        found = []
        for match in _NAME_RE.finditer(text, start, end):
            name = _clean_name(match.group(0))
            if not name:
                continue
            known = lookup(name) or lookup(name.split()[-1])
            if known or _is_place(name):
                continue  # the alias regex has it, or it is a village
            name_start = match.start() + match.group(0).replace("’", "'").rfind(name.split()[0])
            unit = _UNIT_AFTER_NAME.match(text, match.end())
            if unit:  # "The Black Heron drone battalion said": a unit, not a person
                found.append(_Candidate(name_start, unit.end(), Speaker(
                    text[name_start : unit.end()], country_from(sentence), None, "named", "org")))
                continue
            if name not in self._body_people:  # once per name and article
                self._body_people[name] = self._titled_body(name, name_start)
            if self._body_people[name] is not None:  # "NATO Deputy Secretary General Radmila
                found.append(_Candidate(name_start, match.end(), self._body_people[name]))
                continue  # Shekerinska", and "Shekerinska:" later: NATO's
            role, country = self._role_and_country(start, name_start, match.end(), sentence)
            speaker = Speaker(name, country, role, "named", "person")
            found.append(_Candidate(name_start, match.end(), speaker))
        return found

    def _titled_body(self, name: str, name_start: int) -> Speaker | None:
        """The registered body the title before a person's first mention names, as that body
        relayed by the person (the curators' rule); None for a former or retired one."""
        text = self.text
        first = text.find(name)  # the title goes with the first mention, maybe in a standfirst
        first = name_start if not 0 <= first < name_start else first
        title = _TITLE_RUN_BEFORE.search(text, max(0, first - 80), first)
        if title is None or _FORMER.search(text, max(0, title.start() - 12), first):
            return None  # "former NATO Secretary General Jens Stoltenberg"
        body = _body_in_title(title.group(0))
        if body is None:
            return None
        speaker = replace(body, relayed_by=name)
        self.surnames.setdefault(name.split()[-1], speaker)
        return speaker

    def _anchored(self, noun: re.Pattern[str], full: re.Pattern[str], start: int, end: int,
                  reach: int) -> list[re.Match[str]]:
        """Matches of `full` that end at a match of `noun`, searched back from each noun.

        Both patterns open with optional words, which makes scanning a whole sentence slow;
        the head noun ("officials", "Brigade") is rare and fast to find.
        """
        found = []
        for head in noun.finditer(self.text, start, end):
            # endpos past the head: lookaheads after it ("people familiar with") must see text
            lo, hi = max(start, head.start() - reach), min(end, head.end() + 40)
            for match in full.finditer(self.text, lo, hi):
                if match.start() < head.start() <= head.end() <= match.end() or (
                    match.end() == head.end()
                ):
                    found.append(match)
                    break
        return found

    def _role_and_country(
        self, clause_from: int, name_start: int, name_end: int, sentence: str
    ) -> tuple[str | None, str]:
        """Role from the words before the name, or an appositive after it; country from both."""
        before = self.text[clause_from:name_start]
        before = re.split(r"[,;:\"“”]|\b(?:that|and|said|says)\b", before)[-1].strip(" ,'‘’")
        before = re.sub(r"^(?:the|a|an)\s+", "", before, flags=re.I)
        after = self.text[name_end : name_end + 120]
        appos = re.match(r"\s*,\s*(?:the|a|an)?\s*([^,;\"“”]{3,90}?),", after)
        of_role = re.match(r"\s+(of\s+the\s+[^,;\"“”]{3,60}?)\s+(?:told|said|says)", after)
        role = before if 2 < len(before) < 70 and len(before.split()) <= 7 else None
        if not role and appos:
            role = appos.group(1).strip()
        elif role and of_role:
            role = f"{role} {of_role.group(1)}"
        context = " ".join(x for x in (role or "", before) if x)
        country = country_from(context)
        if country == "other" and role and re.search(r"lawmaker|legislator|Rep\.", role + before):
            country = country_from(sentence)
        return (role or None), country

    def _resolve(self, cand: _Candidate) -> Speaker | None:
        if cand.speaker is not None:
            if (cand.anon_ref and self.last_any and self.last_any.attribution == "anonymous"
                    and cand.speaker.name == "Anonymous official(s)"):
                return self.last_any  # "the official" again, unless "a source inside North Korea"
            return cand.speaker
        if cand.ref == "person":
            # "… given by President Zelensky …, when he said": a person named earlier in the
            # same sentence outranks the previous sentence's speaker
            earlier = [sp for s0, e0, sp in self._aliases(*self._sentence)
                       if e0 <= cand.start and sp.kind == "person"
                       and not self.text.startswith(("'s ", "’s "), e0)]  # not "Yusov's day"
            return earlier[-1] if earlier else (
                self._mentioned_person() or self.last_person or self.last_any
            )
        if cand.ref == "org":
            fitting = self._org_earlier(cand) or self._recent_org(cand.word)
            if fitting is None and cand.word.endswith("paper"):
                return None  # "the paper" with no paper or research body named: no one known
            return fitting or self.last_org or self.last_any
        if cand.ref == "group":
            same = self._org_earlier(cand)  # "the SSO put out a clip: they say …"
            if same is not None:
                return same
        if cand.ref == "group" and self.last_org is not None and self.org_at > self.any_at:
            return self.last_org
        return self.last_any

    # -- cues -------------------------------------------------------------------
    def cues(self, start: int, end: int, dates) -> list[Cue]:
        """Speech cues in the sentence [start, end), each with its resolved speaker.

        `dates(lo, hi)` returns the DateMentions in text[lo:hi]; called only when needed.
        """
        text = self.text
        self._sentence = (start, end)
        self.sentence_no += 1
        low = lowered(text)
        if self._article_cues is None:  # read once per article: every sentence asks
            self._article_cues = list(_CUE_RE.finditer(low))
            self._cue_starts = [m.start() for m in self._article_cues]
        matches = [m for m in self._article_cues[bisect_left(self._cue_starts, start)
                                                 : bisect_left(self._cue_starts, end)]
                   if m.end() <= end]
        if low.find(" own ", start, end) >= 0 or _STOOD_AT.any_in(low, start, end) or (
            self.author is not None and _FIRST_PERSON_WORDS.any_in(low, start, end)
        ):
            extra = [m for m in _OWN_CUE_RE.finditer(low, start, end)  # not "by her own …"
                     if not any(o.start() <= m.start() < o.end() for o in matches)]
            matches = sorted([*matches, *extra], key=lambda m: m.start())
        out: list[Cue] = []
        opening, closing = text[start : min(end, start + 82)], text[max(start, end - 42) : end]
        if ":" in opening or "—" in opening[:75] or "–" in opening[:75] or opening[:1] == "|" or (
            ("-" in closing or "–" in closing or "—" in closing or ":" in closing)
            and _DASH_END.search(text, max(start, end - 42), end)
        ):
            head = self.headline_cue(start, end, dates)
            if head:
                out.append(head)
        if not matches:
            return out
        sentence = text[start:end]
        # speakers sit next to their cue: search only around the cues
        lo = max(start, matches[0].start() - 170)
        hi = min(end, matches[-1].end() + 70)
        cands = self._candidates(lo, hi, sentence)
        relay_org = self._relay_org(start, end)
        spokes = self._spokes_for(start, end)
        if spokes:
            self.spokes_for = (self.sentence_no, spokes)
        for match in matches:
            cand = None
            if match.re is _OWN_CUE_RE:
                if match.group("first"):
                    if self.author is not None and not inside_quote(  # a column's "I": its
                        text, text.rfind("\n", 0, start) + 1, match.start()  # author's, not
                    ):  # a quoted speaker's
                        out.append(Cue(match.start(), match.end(), self.author, None, False))
                    continue
                ref = _PRONOUN_REF[match.group("own")]  # "Her own reading …": the last speaker
                cand = _Candidate(match.start("own"), match.end("own"), None, ref)
            elif match.group("vague"):  # "some estimates put it at …": no one in particular
                out.append(Cue(match.start(), match.end(), self.outlet, None, False))
                continue
            elif match.group("pron"):  # "By her own reckoning, fewer than 500 …": the last speaker
                ref = _PRONOUN_REF[match.group("pron")]
                cand = _Candidate(match.start("pron"), match.end("pron"), None, ref)
            elif match.group("poss"):  # "Kyiv's figure of 3,800": the owner of the estimate
                # (or a role: "The agency's view is that …", resolved like "the agency said")
                cand = next((c for c in cands if (c.speaker or c.ref) and c.end == match.start()),
                            None)
            elif match.group("verb"):
                inverted = _QUOTE_CLOSED.search(text, max(start, match.start() - 4), match.start())
                # '"… alone," said the commander': after a closing quote the speaker follows
                cand = self._after(cands, match.end(), end, 25) if inverted else None
                if cand is None and text.startswith(" by ", match.end()) and _ARTICLE_BEFORE.search(
                    text, max(start, match.start() - 4), match.start()
                ):  # "highlighted a claim by Ukraine's General Staff that …": the owner's
                    cand = self._after(cands, match.end(), end, 25)
                cand = cand or self._before(cands, start, match.start())
                if cand is None and _PARTICIPLE.fullmatch(match.group("verb")):
                    # "Mr. Zelensky has given a higher estimate, saying …": the subject speaks
                    cand = next((c for c in cands if c.speaker and (
                        c.start - start <= 10 or _SUBJECT_LEAD.fullmatch(text, start, c.start)
                        or _TITLE_RUN.fullmatch(text, start, c.start)  # "Secretary of State …"
                    )), None)
                if cand is None and not _TELL.fullmatch(match.group("verb")):
                    cand = self._after(cands, match.end(), end, 25)
            else:
                cand = self._after(cands, match.end(), end, 40)
                if cand is not None and _MORE_SOURCES.match(self.text, cand.end):
                    continue  # "according to U.S., South Korean and Ukrainian intelligence"
            if cand is None and relay_org is not None and match.group("verb") and (
                _CITING_WORDS.any_in(lowered(text), start, match.start())
            ):
                # "Citing his country's NIS, Hwang said …" with Hwang unknown: the NIS's figure
                cand = _Candidate(match.start(), match.start(), relay_org)
            if cand is None:
                continue
            speaker = self._resolve(cand)
            if speaker is None:
                continue
            inherited = cand.speaker is None or cand.anon_ref
            if relay_org and (  # a person, outlet or unregistered body passing on a
                # registered body's figure; or a body that opens "Citing HUR, the General Staff …"
                (lookup(speaker.name) is None
                 and speaker.attribution != "unattributed"
                 and (speaker.kind == "person" or _MEDIA.search(speaker.name)
                      or speaker.attribution == "named"))
                or (_CITING_LEAD.match(text, start) and speaker.name != relay_org.name
                    and speaker.kind == "org" and speaker.name not in COUNTRY_CLAIMANTS)
            ):
                speaker = replace(
                    relay_org,
                    relayed_by=speaker.name
                    if speaker.name not in ("lawmaker", "legislator")
                    else speaker.name,
                )
                self.relays[speaker.relayed_by or ""] = speaker
            elif speaker.kind == "person" and speaker.name in self.relays:
                speaker = self.relays[speaker.name]
            elif (speaker.name in ("lawmakers", "lawmaker", "legislators", "legislator")
                  and self.last_org is not None and self.last_org.name not in COUNTRY_CLAIMANTS
                  and self.org_at >= self.sentence_no - 2):
                # "The NIS said … . Around 600 had died, according to lawmakers who attended"
                speaker = replace(self.last_org, relayed_by=speaker.name)
            else:
                body = self._body_of_person(speaker, cand, end)
                if body is not None:
                    speaker = replace(body, relayed_by=speaker.name)
                    self.relays[speaker.relayed_by or ""] = speaker
            quoted = self._quoted_source(match, cands, end)
            if quoted is not None and quoted.name != speaker.name:
                speaker = replace(quoted, relayed_by=speaker.relayed_by or speaker.name)
            owner = self._estimate_owner(match, cands)
            if owner is not None and owner.name != speaker.name:
                # "Rep. Cho … put the agency's estimate at 1,800": the agency's, relayed by Cho
                speaker = replace(owner, relayed_by=speaker.name)
            said = self._said_date(match, cand, dates, start)
            self._learn_surname(cand, speaker)
            self.remember(speaker, said)  # "X said ... it believes": "it" is X
            pronoun = cand.speaker is None and not cand.word
            out.append(Cue(match.start(), match.end(), speaker, said, inherited, pronoun))
        return out

    def _body_of_person(self, speaker: Speaker, cand: _Candidate, end: int) -> Speaker | None:
        """The registered body a named person outside the registry speaks for, if any: the
        curators file such a person's figures under the body, relayed by the person."""
        if speaker.kind != "person" or speaker.attribution != "named" or lookup(speaker.name):
            return None
        if self.spokes_for and self.sentence_no - self.spokes_for[0] <= 1:
            return self.spokes_for[1]  # "a spokesman for the SSO told Reuters. … Col. X said"
        if (_SPOKES_ROLE.search(speaker.role or "") and self.last_org is not None
                and self.last_org.name not in COUNTRY_CLAIMANTS):
            return self.last_org  # "The Border Guard Service said … Spokesman Demchenko said"
        if not cand.anon_ref and cand.speaker is speaker:
            # "said Helen Marsh, a research fellow at the Royal United Services Institute"
            return self._appositive_body(cand.end, end)
        return None

    def _body_spokesman(self, match: re.Match[str]) -> Speaker | None:
        """"The JCS offered a partial confirmation. A spokesman told reporters …": the body
        this sentence or the previous one named speaks through its spokesman."""
        if not _SPOKES_ROLE.search(match.group("person") or ""):
            return None
        named = [sp for _, e0, sp in self._aliases(*self._sentence) if e0 <= match.start()
                 and sp.kind == "org" and sp.name not in COUNTRY_CLAIMANTS]
        if named:  # "The Pentagon paints a less dire picture: a spokesperson said"
            return named[-1]
        body = self.last_org
        if body is None or body.name in COUNTRY_CLAIMANTS or self.org_at < self.sentence_no - 1:
            return None
        return body

    def _quoted_source(self, match: re.Match[str], cands: list[_Candidate],
                       end: int) -> Speaker | None:
        """The source in "Lee quoted the NIS as saying" or "she cited British intelligence as
        estimating": its words, relayed by the speaker."""
        verb = match.group("verb") if match.re is _CUE_RE else None
        if not (verb or "").startswith(("quoted", "cited")):
            return None
        cand = self._after(cands, match.end(), end, 25)
        if cand is None or not _AS_SAYING.match(self.text, cand.end):
            return None
        return self._resolve(cand)

    def _estimate_owner(self, match: re.Match[str], cands: list[_Candidate]) -> Speaker | None:
        """The owner in "put the agency's estimate at …" (a role or a registered name)."""
        if match.re is not _CUE_RE or not (match.group("verb") or "").startswith("put"):
            return None
        owned = _OWNED_ESTIMATE.search(self.text, match.start(), match.end())
        if owned is None:
            return None
        for cand in cands:
            if cand.end == owned.start() and cand.start >= match.start():
                return self._resolve(cand)
        return None

    def named_in(self, start: int, end: int) -> Speaker | None:
        """A registered body or named source inside text[start:end] (a bracketed credit)."""
        found = [
            cand.speaker
            for cand in self._candidates(start, end, self.text[start:end])
            if cand.speaker is not None and cand.speaker.attribution != "unattributed"
        ]  # "South Korea's NIS": the body, not the country in its name
        bodies = [speaker for speaker in found if speaker.name not in COUNTRY_CLAIMANTS]
        return (bodies or found or [None])[0]

    def _institution(self, start: int, end: int) -> Speaker | None:
        """"a JCS official", "a senior Pentagon official": an unnamed source whose body is known
        is filed under that body (as the curated reference claims are), marked anonymous."""
        words = self.text[max(0, start) : end]
        if not _SPEAKER_NOUN_END.search(words):
            return None
        for s0, e0, body in self._aliases(*self._sentence):
            if (body.kind == "org" and body.name not in COUNTRY_CLAIMANTS
                    and start <= s0 and e0 <= end):
                if not _OTHER_CLAUSE.search(self.text, e0, end):
                    return replace(body, attribution="anonymous")
        return None

    def _learn_surname(self, cand: _Candidate, speaker: Speaker) -> None:
        """After "Andriy Yusov said", a later "Yusov added" is the same speaker."""
        if cand.speaker is None or cand.speaker.kind != "person":
            return  # the name of a relayed speaker ("Yoon Seo-yeon, a spokeswoman for …") too
        self._note_surname(self.text[cand.start : cand.end], speaker)

    def _note_surname(self, full_name: str, speaker: Speaker) -> None:
        """Remember how a later sentence may call a person: "Yusov", or "Lee" for "Lee Hyun-woo"."""
        words = full_name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            self.surnames[words[-1].rstrip(",.")] = speaker
            # Korean order: "Yoo Yong-weon" -> "Yoo"
            if "-" in words[-1] and words[0][:1].isupper():
                self.surnames[words[0]] = speaker

    def _capitals_label(self, label: str) -> Speaker | None:
        """The speaker a transcript's capitalised line label names: a registered name, a
        surname the article introduced ("Mira Castellano, an analyst" -> "CASTELLANO"), or a
        full name in capitals. A lone unknown word ("HOST", "Q") names no one."""
        if not _CAPS_LABEL.fullmatch(label):
            return None
        name = " ".join(w.capitalize() for w in label.split())
        known = _registry_speaker(name, None)
        if known is not None:
            return known
        words = name.split()
        if words[-1] in self.surnames:
            return self.surnames[words[-1]]
        if len(words) == 1:  # "CASTELLANO": the full name the article gives, if any
            if self._full_names is None:  # one pass over the article, on the first label
                self._full_names = {}
                for full in _FULL_NAME.finditer(self.text):
                    self._full_names.setdefault(full.group(1), full.group(0))
            if name not in self._full_names:
                return None
            name = self._full_names[name]
            words = name.split()
        if words[0].lower() in _TITLE_WORDS:
            return None
        person = Speaker(name, "other", None, "named", "person")
        self.surnames[words[-1]] = person
        return person

    def headline_cue(self, start: int, end: int, dates) -> Cue | None:
        """A speaker before a colon or a dash, or after a dash.

        "Pentagon: 300 killed", "300 killed - Kirby", or a list line "Pentagon — 11,000 troops
        in Russia — 4 December 2024" (the date after the last dash is when it was said).
        `dates(lo, hi)` as in `cues`."""
        line = self.text[start:end]
        if line.startswith("|"):
            return self._table_row_cue(start, end, dates)
        lead = _DASH_LABEL.match(line)
        if lead and line.count("—") + line.count("–") >= 2:
            dash = start + lead.end(1)
            cands = [c for c in self._candidates(start, dash, line) if c.speaker is not None]
            best = max(cands, key=lambda c: (c.end, -c.start)) if cands else None
            if best is not None and _LABEL_END.fullmatch(self.text, best.end, dash):
                tail = start + max(line.rfind("—"), line.rfind("–"))
                said = None
                if _DATE_ONLY.fullmatch(self.text, tail + 1, end):  # the column is a date
                    said = next(((m.value, m.precision, m.text) for m in dates(tail, end)), None)
                return Cue(dash, dash + 1, best.speaker, said, False)
        if _ANSWER_LABEL.match(line) and self._interviewee() is not None:
            colon = start + line.index(":")  # a Q&A interview's "A: …" is the interviewee's
            return Cue(colon, colon + 1, self._interviewee(), None, False)
        match = re.match(r"([^:\n]{2,80}):\s", line)
        if match:
            colon = start + match.end(1)
            caps = self._capitals_label(match.group(1)) if colon - start <= 45 else None
            if caps is not None:  # a transcript's "CASTELLANO:" or "DANIEL HARTWELL:"
                return Cue(colon, colon + 1, caps, None, False)
            cands = [c for c in self._candidates(start, colon, line) if c.speaker is not None]
            if cands:
                best = max(cands, key=lambda c: (c.end, -c.start))
                if colon - best.end <= 3 and colon - start <= 45:
                    return Cue(colon, colon + 1, best.speaker, None, False)
                first = min(cands, key=lambda c: c.start)
                if first.speaker.kind == "person" and _LABEL_ROLE.fullmatch(
                    self.text, first.end, colon
                ):  # "* John Kirby, White House national security spokesman: more than 1,000"
                    return Cue(colon, colon + 1, first.speaker, None, False)
        match = re.search(r"\s[–—-]\s*([^–—\n]{2,40})$", line) or re.search(
            r":\s*([^:\n]{2,40})$", line
        )
        if match:
            dash = start + match.start()
            cands = [c for c in self._candidates(dash, end, line) if c.speaker is not None]
            if cands:
                best = min(cands, key=lambda c: c.start)
                return Cue(dash, dash + 1, best.speaker, None, False)
        return None

    def interviewee(self) -> Speaker | None:
        """The guest of an interview whose questions stand as paragraphs of their own, with no
        "Q:" / "A:" labels (two such questions at least): "By our count, roughly 1,500" in an
        answer is the guest's, not the outlet's."""
        if self._questions is None:  # once per article
            questions = _QUESTION_LINE.finditer(self.text)
            self._questions = None not in (next(questions, None), next(questions, None))
        return self._interviewee() if self._questions else None

    def _interviewee(self) -> Speaker | None:
        """Who answers a Q&A interview's "A:" lines: the first person the text names before
        its first question who is not in the registry ("Kang Chol-min served for eleven
        years …"), computed once."""
        if self._answering is None:
            first_q = _FIRST_QUESTION.search(self.text) or _QUESTION_LINE.search(self.text)
            names = [
                n for n in (
                    _clean_name(m.group(0).split("\n")[-1])  # a run may cross a line break
                    for m in _NAME_RE.finditer(self.text, 0, first_q.start())
                ) if n and len(n.split()) >= 2 and not _is_place(n) and not _NATION_WORD.search(n)
            ] if first_q else []
            outlet = self.outlet.name if self.outlet is not None else None
            name = next((n for n in names if lookup(n) is None and n != outlet), None)
            registered = next((n for n in names if lookup(n) is not None), None)
            if name:
                self._answering = (Speaker(name, "other", "interviewee", "named", "person"),)
            else:  # a registered guest: "Andriy Yusov … sat down with Dnipro Line"
                self._answering = (_registry_speaker(registered, None) if registered else None,)
        return self._answering[0]

    def _table_row_cue(self, start: int, end: int, dates) -> Cue | None:
        """A text table's row "| South Korea's NIS | 13 Jan 2025 | Killed | about 300 |": the
        source is the first cell, the statement's date the first date in the others."""
        cell_end = self.text.find("|", start + 1, end)
        if cell_end < 0:
            return None
        cands = [c for c in self._candidates(start + 1, cell_end, self.text[start:end])
                 if c.speaker is not None]
        if not cands:
            return None  # the header row, or a source the registry does not know
        bodies = [c for c in cands if c.speaker.name not in COUNTRY_CLAIMANTS]  # "…'s NIS"
        source = min(bodies or cands, key=lambda c: c.start)
        said = next(((m.value, m.precision, m.text) for m in dates(cell_end, end)), None)
        return Cue(cell_end, cell_end + 1, source.speaker, said, False)

    def _before(self, cands: list[_Candidate], start: int, verb_start: int) -> _Candidate | None:
        """Candidate ending just before the verb (only adverbs or an appositive between)."""
        best = None
        progressive = _ING_WORD.match(self.text, verb_start) is not None
        for cand in cands:
            if cand.end > verb_start or verb_start - cand.end > 160:
                continue
            # "Rep. Yoo, who met the two prisoners in Kyiv, said": skip the relative clause
            gap = _AGE_AFTER_NAME.sub(",", self.text[cand.end : verb_start])  # "Hrytsenko, 34, who"
            gap = _RELATIVE.sub(",", _ACRONYM_PAREN.sub("", gap))
            if gap[:1] in "\"”" and self.text[cand.start - 1 : cand.start] in ("\"", "“"):
                gap = gap[1:]  # 'the Telegram channel "Frontline Truth" asserts': a quoted name
            if cand.speaker is not None and cand.speaker.kind == "person" and (
                _ROLE_APPOSITIVE.fullmatch(gap) or _PARTY_APPOSITIVE.fullmatch(gap)
            ):  # "John Kirby, then the White House national security adviser, said"; "Rep. Lee
                # of the ruling People Power Party, one of the committee's two secretaries, told"
                gap = ","
                # the body of the description itself, not of a clause inside it ("a senior
                # fellow at the Atlantic Forum who once worked at the State Department")
                stop = _DESCRIPTION_END.search(self.text, self.text.find(",", cand.end) + 1,
                                               verb_start)
                body = self._body_in(cand.end, stop.start() if stop else verb_start)
                if body is not None:  # "…, a research fellow at the Royal United Services
                    cand = replace(cand, speaker=replace(body, relayed_by=cand.speaker.name))
            if (cand.speaker is not None and cand.speaker.kind == "org"
                    and _GAP_STAFF.fullmatch(gap)
                    and _AT_BODY_BEFORE.search(self.text, max(start, cand.start - 12), cand.start)):
                gap = ","  # "At the Center for …, analysts wrote": the centre's staff
            if len(gap) > 55:
                continue
            if _GAP_BREAK.search(gap):
                continue
            coordinated = bool(_GAP_AND_END.search(gap)) and (
                cand.start - start <= 6 and "," not in gap and len(gap) <= 60
            )  # "The Pentagon has declined to give a figure but says": the sentence's subject
            if _GAP_AND.search(gap) and not coordinated:
                continue
            bare = _GAP_TAIL.sub("", gap)
            if progressive:  # "John Kirby was telling reporters": the auxiliary of the cue
                bare = _BE_TAIL.sub("", bare)
            if not coordinated and _GAP_VERB.search(bare):
                continue  # "captured by Ukraine in January have said": Ukraine is not the speaker
            if (
                gap.count(",") == 1
                and not gap.strip() == ","
                and not _GAP_OF_PARTY.match(gap)  # "Yoo of the ruling party,"
                and not _GAP_APPOS.match(gap)
            ):
                if not _GAP_ASIDE.match(gap):
                    continue
            if (
                best is None
                or cand.end > best.end
                or (cand.end == best.end and cand.start < best.start)
            ):
                best = cand
        appositive = best is not None and "," in self.text[best.end : verb_start]
        if appositive and (best.speaker is None or best.speaker.attribution == "anonymous"):
            # "Oleksandr Tarnavskyi, a senior Ukrainian commander, said": the name, not the role
            for cand in cands:
                if (
                    cand.speaker is not None
                    and cand.speaker.attribution == "named"
                    and cand.speaker.kind == "person"
                    and cand.end <= best.start
                    and _APPOS_JOIN.fullmatch(self.text, cand.end, best.start)
                ):
                    return cand
        if best is None:
            # "A Ukrainian military official, speaking on condition of anonymity because he
            # was not authorised to brief the media, said": a long aside after the subject
            best = next((c for c in cands if c.speaker is not None and c.start - start <= 6
                         and _LONG_ASIDE.fullmatch(self.text, c.end, verb_start)), None)
        if best is not None and best.speaker is None and best.ref in ("person", "any", "group"):
            # "A Ukrainian official, speaking on condition of anonymity because he was not
            # authorised to brief the media, said": the pronoun in the aside is the subject
            subject = next((c for c in cands if c.speaker is not None and c.end <= best.start
                            and c.start - start <= 6 and self.text.startswith(",", c.end)), None)
            if subject is not None:
                return subject
        return best

    def _named_appositive(self, cands: list[_Candidate], role: _Candidate) -> _Candidate:
        """ "the commander, Colonel Vitalii Hrytsenko": the name after a bare role wins."""
        if role.speaker is not None:
            return role
        for cand in cands:
            if (
                cand.start > role.end
                and cand.speaker is not None
                and cand.speaker.kind == "person"
                and cand.speaker.attribution == "named"
                and _APPOS_TITLE.fullmatch(self.text, role.end, cand.start)
            ):
                return cand
        return role

    def _after(
        self, cands: list[_Candidate], verb_end: int, end: int, reach: int
    ) -> _Candidate | None:
        """Candidate starting just after the cue ("said Kirby", "according to the NIS")."""
        best = None
        for cand in cands:
            if cand.start < verb_end or cand.start - verb_end > reach:
                continue
            gap = self.text[verb_end : cand.start]
            if _GAP_AFTER_BREAK.search(gap):
                continue
            if cand.speaker is not None and _CLAUSE_VERB_AFTER.match(self.text, cand.end):
                continue  # "said North Korean units had suffered": the subject of what was said
            if (
                best is None
                or cand.start < best.start
                or (cand.start == best.start and cand.end > best.end)
            ):
                best = cand
        if (best is not None and best.speaker is not None
                and best.speaker.name in COUNTRY_CLAIMANTS
                and self.text.startswith(("'s ", "’s "), best.end)):
            # "according to South Korea's Yonhap News Agency": the body, not its country
            owned = next((c for c in cands if best.end + 3 <= c.start <= best.end + 4), None)
            best = owned or best
        return self._named_appositive(cands, best) if best is not None else None

    def _spokes_for(self, start: int, end: int) -> Speaker | None:
        """The registered body in "a spokesman for <body>", if the sentence has one."""
        low = lowered(self.text)
        if not _SPOKES_WORDS.any_in(low, start, end):
            return None
        match = _SPOKES.search(low, start, end)
        if not match:
            return None
        body = _ORG_NAME.match(self.text, match.end(), end)
        if body and not any(  # "a spokesperson for Ukraine's 225th Assault Battalion": unregistered
            body.start() <= s0 < body.end() and sp.name not in COUNTRY_CLAIMANTS
            for s0, _, sp in self._aliases(*self._sentence)
        ):
            name = body.group(0).strip()
            if lookup(name) is None:
                return Speaker(name, country_from(name), None, "named", "org")
        for s0, _, speaker in self._aliases(*self._sentence):
            if match.end() <= s0 <= match.end() + 4 and speaker.kind == "org":
                return speaker
        return None

    def _relay_org(self, start: int, end: int) -> Speaker | None:
        """The body a speaker is relaying.

        "citing the NIS", "after a briefing by the spy agency"."""
        long_re, short_re = _alias_regexes()
        low = lowered(self.text)
        if not _RELAY_WORDS.any_in(low, start, end):
            return None
        for match in _RELAY_RE.finditer(low, start, end):
            window_end = min(end, match.end() + 60)
            for regex, source in ((long_re, low), (short_re, self.text)):
                for found in regex.finditer(source, match.end(), window_end):
                    if found.start() - match.end() >= 25:
                        break
                    speaker = _registry_speaker(found.group(0), None) or self._ambiguous(found)
                    if speaker and speaker.name in COUNTRY_CLAIMANTS and self.text.startswith(
                        ("'s ", "’s "), found.end()
                    ):
                        continue  # "according to South Korea's Yonhap": not the government
                    if speaker:  # "citing the NIS"; "quoting a post by President Zelensky"
                        return speaker
                    break
            role = _RELAYED_ROLE.match(low, match.end(), window_end)
            if role:  # "…, he said, citing the agency": the body of that kind named before
                return self._recent_org(role.group(1))
        return None

    def _said_date(self, match: re.Match[str], cand: _Candidate, dates, start: int) -> tuple | None:
        """The date next to the cue: "said Friday", "confirmed on Friday", "On Monday, X said".

        `dates(lo, hi)` finds dates in a window; only the neighbourhood of the cue is searched.
        """
        lo_w = max(start, min(cand.start, match.start()) - 45)
        hi_w = max(cand.end, match.end()) + 80
        dates = dates(lo_w, hi_w)
        for mention in dates:  # after the cue: "said Friday", "said on Friday"
            if cand.start >= match.end() and cand.end <= mention.start <= cand.end + 30:
                return (mention.value, mention.precision, mention.text)
            if match.end() <= mention.start <= match.end() + 60:
                gap = self.text[match.end() : mention.start]
                if not _DATE_GAP_BREAK.search(gap):
                    return (mention.value, mention.precision, mention.text)
        lo = min(cand.start, match.start())
        for mention in dates:  # "On Friday, the NIS said" / "Kirby on Friday said"
            if cand.end <= mention.start and mention.end <= match.start():
                return (mention.value, mention.precision, mention.text)
            if (
                mention.end <= lo
                and lo - mention.end <= 25
                and not _DATE_GAP_BREAK.search(self.text[mention.end : lo])
            ):
                lead = self.text[start : mention.start].strip(" '‘\"“")
                if not lead or re.fullmatch(r"[A-Z]{3,}[^a-z]{0,30}[-—–]+", lead):
                    return (mention.value, mention.precision, mention.text)
                gap = self.text[mention.end : lo]
                if gap.strip() == "," or (
                    _COMMA_THE.fullmatch(gap) and _ADVERBIAL_LEAD.match(lead)
                ):
                    # "…on Monday, X said"; "In an update posted on Saturday, the MoD said", not
                    # "Ukraine holds two prisoners captured in January, the SBU said"
                    return (mention.value, mention.precision, mention.text)
        return None
