"""Rule-based extraction of claims about North Korean troops from one article.

Public entry point: `extract(article) -> Extraction`. Deterministic, offline,
standard library only. The article is split into sentences (page furniture
dropped); each figure in a sentence is classified (metric, subject), attributed
to a claimant, dated and placed; events of Russia–DPRK ties are picked up on the
way. Every quote is a verbatim slice: text[char_start:char_end] == quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, datetime

from claims.extract.attribution import (
    COUNTRY_CLAIMANTS,
    ONE_OF_THE_SOURCES,
    Attributor,
    Cue,
    Speaker,
)
from claims.extract.casefold import Gate, ascii_spaces, ci, lowered, prime, rx
from claims.extract.dates import DateMention, Period, find_dates, find_periods, make_period
from claims.extract.events import find_events
from claims.extract.metrics import (
    SOURCE_NOUN_AFTER,
    classify,
    clause_start,
    first_metric,
    has_metric_cue,
    history_at,
    is_future,
    is_history,
    mentions_dprk,
    not_people,
    noun_phrase,
    np_side,
    owner_before,
    speaks_after,
)
from claims.extract.numbers import Figure, find_figures
from claims.extract.places import PlaceMention, find_countries, find_places, refers_to_region
from claims.extract.sentences import Sentence, inside_quote, split_sentences
from claims.model import Article, Claim, Event, Extraction

__all__ = ["EXTRACTOR", "extract"]

EXTRACTOR = "rules@0.3.29"

_MAX_FIGURE = 200_000  # larger head counts are history or whole armies, never this contingent
_SINGULAR = rx(
    r"\b(?:a|an)\s+(?:(?:wounded|injured|captured|young|single|lone)\s+)?(?:North\s+Korean|N\.\s*Korean|DPRK)\s+"
    r"(?:soldier|serviceman|fighter|trooper|prisoner|POW|infantryman)\b(?!s)",
    re.IGNORECASE,
)
_TROOPS_APPOSITIVE = rx(r"\b(?:forces|troops|soldiers|contingent)\s*,\s*$")
_OF_THOSE_LEAD = rx(r"\W{0,2}Of\s+(?:those|them|these)\b")
# an interviewer's question standing as its own paragraph, with no "Q:" label
_PARAGRAPH_END = rx(r"\s*(?:\n|$)")
_QUESTION_ENDS_PARAGRAPH = rx(r".?\?['’\"”]?(?:\n|$)")
# a break between this war's figures and a historical aside: a dash, a semicolon, "since"
_HISTORY_BREAK = rx(r"\s[—–]\s|;|\bsince\b")


def _last_break(text: str, start: int, end: int) -> int | None:
    """Where the last break before `end` starts, if any."""
    found = None
    for match in _HISTORY_BREAK.finditer(text, start, end):
        found = match.start()
    return found


_ADDITIONAL_BEFORE = rx(r"\b(?:an\s+additional|another|a\s+further)\s+$", re.I)
# one soldier described in passing, the subject of another verb: an individual, not a count
_DESCRIBED_ONE = rx(
    r",\s+(?:captured|wounded|injured|taken\s+prisoner)\b[^,;.]{0,60},\s+"
    r"(?!(?:and|was|had|is|has)\b)[a-z]+s\b"
)
_OPEN_QUOTE = rx(r"['‘\"“]")  # used with .match(text, pos): anchored at pos
_FUTURE_RIGHT = rx(
    # not across a new statement: "exceeded 6,000 and warned that the toll could be higher"
    r"(?:(?!\band\s+(?:warned|said|added|noted|cautioned|stressed)\b)[^.;]){0,40}?"
    r"\b(?:(?:will|would|could|may|might)\s+(?:be|soon|also)\b(?!\s+have)"
    r"(?!\s+(?:missing|dead|unaccounted))"  # "might be missing": a guess about now, not a forecast
    r"|(?:was|were|is|are)\s+about\s+to\b)",
    re.I,
)
# Figures someone is asked about, denies or cannot confirm are not their claims.
_HEARSAY = rx(
    r"\b(?=\w)(?:(?:about|on|denied|dismissed|unconfirmed|unverified|media|press|confirm)[^.;]{0,30}?"
    r"\breports?\s+(?:that|of)|[Aa]sked\s+(?:about|whether|if)(?=[^,;.]*$)|[Rr]umou?rs?\s+(?:that|of))\b",
    re.I,
)
_MIXED = rx(
    r"\b(?:Russian|Ukrainian)\s+and\s+North\s+Korean\b|\bNorth\s+Korean\s+and\s+(?:Russian|Ukrainian)\b"
)
_OTHER_SIDE = rx(
    r"\b(?:Russia|Russian|Russians|Ukraine|Ukrainian|Ukrainians|Moscow|Kyiv)\b"
)
_TIME_OF_DAY_AFTER = rx(r"\s+(?:mornings?|nights?|evenings?|afternoons?)\b", re.I)
_TOOK_ONE = rx(r"\b(?:captured|killed|wounded|took|shot)\s+$")  # "captured one of them"
# "Two of my guys were wounded": the speaker's own side
_OWN_PEOPLE = rx(
    # first person, or "its own": "of its soldiers" after North Korea is North Korea's
    r"\s*of\s+(?:(?:my|our)\s+(?:own\s+)?|(?:his|her|its|their)\s+own\s+)"
    r"(?:guys|men|soldiers|comrades|fighters|pilots|service\s+members|servicemen|citizens"
    r"|people|troops|unit|brigade|battalion|company|platoon|sergeants|officers|medics|operators)\b",
    re.I,
)
_ONE_OF = rx(
    r"\s+of\s+(?:the|them|those|these|its|their|his|her)\b"
    # "one of Kyiv's most detailed estimates" (not "one of Pyongyang's soldiers")
    r"|\s+of\s+[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+){0,3}(?:estimates|figures|assessments|reports"
    r"|accounts|statements|claims|counts)\b"
    r"|\s+(?:with|wearing|whose|of\s+whom)\b",  # "the prisoners, one with bandaged hands"
    re.I,
)
# "based on Ukrainian drone footage and Russian military bloggers": sources, not armies
# "in the hundreds rather than the thousands": the figure after a contrast is what it is not
_CONTRAST_BEFORE = rx(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the\s+)?$")
# "the troops the North sent": in an article about North Korea, the North is North Korea
_THE_NORTH = rx(r"\b(?:the|The)\s+North\b(?!\s+[A-Z])(?!['’]s\s+[a-z]+\s+(?:of|region))")
_RELATIVE_SPEAKER = rx(r"\s+(?:[\w-]+\s+){0,2}?(?:that|whom)\s+[^,;.\"“”]{2,60}?\s+")
_QUOTE_CLOSED = rx(r"[,.!?]?['’\"”]\s*$")
_THEIR_NUMBER = rx(r"\btheir\s+(?:number|strength)\b")  # "put their number at 11,000"
_LIST_LABEL = rx(r"(?:[-*•]\s+)?\*\*([^*:,]{2,80})(?:,[^*:]{1,30})?:\*\*\s")
_INTERVIEWER = rx(r"(?:INTERVIEWER|HOST|ANCHOR|MODERATOR|REPORTER|QUESTION|Q)\s*:\s")
_FORCE_AFTER = rx(
    r"\s+(?:North\s+Korean\s+|DPRK\s+|Korean\s+)?(?:soldiers|troops|servicemen|personnel|men)\b",
    re.I,
)
_FORCE_SIZE = rx(  # "how many remained in Russia? … between 11,000 and 12,000 troops"
    r"\b(?=\w)(?:deploy\w*|contingent|expeditionary|dispatch\w*|scale|size|remain\w*\s+in|in\s+Russia)\b",
    re.I,
)
_OF_TOTAL = rx(r"\s+of\s+(?:the\s+|their\s+|its\s+|an?\s+)?", re.I)
_REVISED_TO = rx(
    r"\b(?=\w)(?:revised|raised|lowered|increased|updated|upped|corrected)\s+(?:it|the\s+figure|the\s+"
    r"estimate|its\s+estimate|the\s+number|the\s+toll|that)\s+(?:up(?:ward)?\s+|down(?:ward)?\s+)?"
    r"to\s+$",
    re.I,
)
# openings that carry the previous sentence's time on
_HISTORY_GOES_ON = rx(
    r"(?:In\s+the\s+end|Eventually|Ultimately|At\s+the\s+time|By\s+the\s+end\s+of\s+the\s+war)\b"
)
_QUOTE_CLOSES = rx(r"[,!?][\"”]")
_FIRST_PERSON = rx(  # not "World War I)", nor a newsroom's "our review of obituaries"
    r"\b(?:I|[Ww]e|[Mm]y|us|[Oo]ur(?!\s+(?:own\s+)?(?:review|reporting|analysis|investigation"
    r"|reporters?|correspondents?|newsroom|readers)\b))\b(?!\s*\))"
)
_QUOTE_LABEL = rx(r"(?:Quote|QUOTE|Direct\s+speech)\s*:\s*['‘\"“]")
# a unit losing its own men: "The platoon has lost four men since November"
_UNIT_LOSES = rx(
    r"\b(?:[Tt]he|[Oo]ur|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:own\s+)?(?:platoon|company|battalion|brigade"
    r"|unit|regiment|squad)\s+(?:has\s+|had\s+)?(?:lost|suffered)\s+$"
)
_PART_OF_BEFORE = rx(r"\b(?:including|of\s+whom|among\s+them|among\s+whom)\s+$", re.I)
_OTHER_LOSES = rx(  # the first branch opens on a letter: the lookahead skips the rest
    r"(?=[A-Za-z])"
    r"(?<!\bin )(?<!\bto )(?<!for )(?<!from )(?<!into )(?<!with )(?<!alongside )(?<!inside )"
    r"\b(?:Russia|Ukraine|Moscow|Kyiv|[Tt]he\s+Russians|[Tt]he\s+Ukrainians|(?:Russian|Ukrainian)"
    r"\s+(?:forces|troops|army|military|units|side|paratroopers|marines|soldiers|servicemen))\b"
    r"(?:\s+(?:in|on|near|along)\s+[^,;.]{1,30}?|\s+fighting\s+(?:alongside|with)\s+[^,;.]{1,40}?)?"
    r"\s+(?:(?:is|are|has|have|had|was|were)(?:\s+been)?)?\s*(?:losing|lost|loses|suffered|suffering"
    r"|sustained)"
    r"\s+[\"“'‘]?(?:an\s+average\s+of\s+|on\s+average\s+|about\s+|some\s+|something\s+like\s+)?$"
    # "Kyiv says Russian losses in the Kursk operation have topped 38,000"
    r"|\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:losses|casualties|dead|death\s+toll)"
    r"\b(?:,\s+which\s+)?[^,;.]{0,50}$"  # "figures for Russian losses, which it put at …"
)
_OF_THEM = rx(r"\s*of\s+them\b")
# "the death toll from Tuesday's earthquake in Tibet has risen to 120": not a war's dead
_DISASTER_TOLL = rx(
    r"\b(?:death\s+toll|dead|deaths)\s+(?:from|in|after)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:earthquake|quake|floods?|flooding|fire|wildfire|storm|typhoon|hurricane|cyclone|landslide"
    r"|crash|collapse|explosion|blast|disaster|outbreak|epidemic|heatwave|avalanche)\b",
    re.I,
)
_RETRACTED = rx(
    r"\b[Aa]n\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)"
    r"|\b(?:a|the)\s+(?:first|initial|original)\s+version\b"  # "a first version posted on Sunday"
)
# "posted that 10,000 … had been killed, then deleted the post": withdrawn by its source
_RETRACTED_AFTER = rx(
    r"\b(?:deleted|removed|retracted|withdrew|took\s+down)\s+(?:the|its|their|that|his|her)\s+"
    r"(?:post|claim|figure|statement|message|tweet|report)\b|\b(?:published|posted)\s+in\s+error\b"
)
# "each side freed 150 prisoners": an exchange, not a count of North Koreans captured
_EXCHANGED_BEFORE = rx(
    r"\b(?=\w)(?:freed|released|exchanged|swapped|traded|repatriated|handed\s+over|returned)\s+$",
    re.I,
)
_EXCHANGED_AFTER = rx(  # "150 prisoners returned by each side"
    r"\s+(?:prisoners|POWs|captives)\s+(?:were\s+)?(?:returned|freed|released|exchanged|swapped)\b"
)
# another army's losses put at a figure: "Russian paratroopers … also suffered losses, which
# the SSO put at 15 killed"
_WHICH_PUT_AT = rx(
    r"\bwhich\s+(?:[\w'’]+\s+){0,4}?(?:put|puts|estimated|estimates)\s+at\s+$"
)
_OTHER_ARMY_LOSSES = rx(
    r"\b(?:Russian|Ukrainian)\s+(?:[a-z]+\s+)?(?:paratroopers|troops|forces|soldiers|units"
    r"|marines)\b[^.;]{0,80}?\b(?:suffered|sustained|took)\s+(?:heavy\s+)?(?:losses|casualties)"
)
_VAGUE_SPEAKERS = rx(
    r"\s+(?:have|has|had)\s+(?:\w+ly\s+)?(?:described|said|told|called|warned|suggested|noted)\b"
)
_CASES_WHERE = rx(
    r"\b(?:cases|instances|incidents)\b[^.;]{0,25}\b(?:where|in\s+which|when)\s+$"
)
_THE_OTHER = rx(r"\bthe\s+other\b", re.I)
_BODY_OF = rx(r"\b(?:body|remains|family|phone|diary|papers)\s+of\s+$")
# "The SSO added that one North Korean serviceman …": "that" opens what was said
_THAT_CLAUSE = rx(r"\b(?:said|says|added|adds|noted|reported|stated|claimed|confirmed"
                          r"|believes?|told\s+\w+)\s+that\s+$")
# "a delicate one", "the first one": a pronoun, not a count of one
_ONE_PRONOUN = rx(r"\b(?:a|an|the|this|that|each|every|any|another)\s+(?:[A-Za-z-]+\s+)?$")
# "Russia has lost 700,000 …, and its daily losses run into the hundreds": still that army's
_ITS_LOSSES = rx(
    r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:losses|casualties|dead|death\s+toll)\b"
)
# "one special forces officer said": one person speaking, not a count of one
# a person one may speak as, after up to three words ("one special forces officer")
_ONE_PERSON = (
    r"(?:\s+[a-z.-]+){0,3}\s+(?:officer|official|commander|source|fighter|analyst|diplomat"
    r"|lawmaker|resident|veteran|spokes(?:man|woman|person)|[a-z]*man|woman"
)
_ONE_SPEAKER = rx(
    _ONE_PERSON + r"|soldier|pilot|medic)"
    r"\s+(?:said|says|told|tells|recalled|added|explained|described|wrote|writes)\b"
)
_IF_CLAUSE = rx(r"\s*(?:If|Should|Unless)\s")
_MODAL = rx(r"\b(?:could|would|might|may)\b")
# '…," said one retired general.': a speaker who ends the clause, not "said one North
# Korean soldier had been taken prisoner"
_ONE_SPEAKER_ENDS = rx(  # not "soldier": "said one soldier in the unit had died"
    _ONE_PERSON + r"|general)(?=\s*(?:[.,;:\"”]|$|who\b|with\b|in\b))"
)
_SAID_BEFORE = rx(r"\b(?:said|says|told|added|according\s+to)\s+$")  # "said one general"
_HIS_MEN = rx(
    r"\s+of\s+(?:his|her)\s+(?:own\s+)?(?:men|soldiers|troops|comrades|fighters)\b"
)
_NAME_COMMA_BEFORE = rx(r"\b[A-Z][a-z'’-]+,\s+$")
_NORTH_KOREAN_WORDS = Gate(("north korean", "n. korean", "n.korean", "dprk"))
_FORCE_NOUN = rx(r"\b(?:contingent|expeditionary\s+force)\b")
_FIGURE_LEAD = rx(r"\s*(?:That|This|The)\s+(?:figure|number|estimate|total|tally)\s+"
                          r"(?:includes|covers|counts|comprises)\b")
_ENEMY = rx(r"\b(?:the\s+)?enemy\b", re.I)
_DESTINATION_BEFORE = rx(
    r"\b(?:to|into|inside|within)\s+$|\b(?:troops|soldiers|servicemen|personnel|units)\s+in\s+$"
)  # "sent to Russia", "12,000 troops in Russia": a place; "losing 1,000 a day in Ukraine" is not
_CLOCK_BEFORE = rx(r"\b\d{1,2}[:.]$")
_CLOCK = rx(r"\s*[:.]\d\d\b|\s*(?:GMT|BST|UTC|EST|KST|a\.m\.|p\.m\.|am|pm)\b", re.I)


_TROOPS = ci(
    r"\b(?:soldiers|troops|men|personnel|servicemen|service\s+members|fighters|North\s+Koreans|Koreans"
    r"|special\s+forces|reinforcements|replacements|officers|generals|infantry|commandos|engineers"
    r"|recruits|people|sappers|deminers|force|specialists|gunners|crews|crew\s+members"
    r"|military)\b"
)
_CIVILIAN = ci(r"\b(?:workers|labou?rers|construction|students|tourists|civilians|athletes)\b")
_COUNTS_TIME = rx(r"[\s-]*(?:days?|weeks?|months?|hours?|years?)\b", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# "Jan. 20"; the second day of "on December 14 and 15"
_MONTH_BEFORE = rx(
    rf"\b(?=\w){_MONTHS}[a-z]*\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|to)\s+)?$", re.I
)
_MONTH_AFTER = rx(
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}[a-z]*\b(?!\s+(?:\w+\s+)?(?:soldiers|troops))", re.I
)
_PAREN_SOURCE = rx(r"\s*\(([^()]{2,90})\)")
_LABEL = rx(r"\s*([A-Za-z][\w '’-]{2,40}?)\s*:\s*$")
_QUESTION = rx(r"(?:Has|Have|Had|Did|Does|Do|Is|Are|Was|Were|Will|Would|Could|Can|How|Why"
                       r"|What|Who)\b[^.!]*\?['’\"”]?$")
_CIVIL_NP = rx(r"\b(?:people|civilians|residents|children|women|others)\b", re.I)
_OF_AFTER = rx(r"\s+of\b")
_THE_FIGURE = rx(
    r"\b(?:the|that|this)\s+(?:figure|number|total|estimate|tally|count)\b", re.I
)
# "roughly 300 of the casualties were deaths": a share of the losses named by what it was
_OF_LOSSES_WERE = ci(
    r"\s+of\s+(?:the|those|these|them|its|their)?\s*(?:North\s+Korean\s+|DPRK\s+)?"
    r"(?:casualties|losses)\s+(?:were|are|was)\s+"
    r"(?:(?P<killed>deaths|fatalities|killed|dead)|(?P<wounded>wounded|injuries|injured))\b"
)
_OF_THEM_FATAL = rx(
    r"\s+of\s+them\s+(?:were\s+)?(?:fatal|fatally|fatalities|deaths|dead|killed)\b"
    r"(?!\s+(?:or|and)\s+(?:wounded|injured)\b)"  # "200 of them were killed or wounded"
)
_HEDGE = rx(r"\b(?:may|might|could)\s+(?:also\s+)?have\b", re.I)


# words after a figure that are no noun: "3,000 more who were sent", "12,000 late last year"
_MORE_OF_THEM = rx(
    # "it dispatched", "the roughly 11,000 it dispatched last autumn" (the noun phrase: "it")
    r"^(?:more|others?|additional|extra)\b|^(?:it|they|which|that)(?:\s+[a-z]+ed)?\b"
    r"|^(?:(?:late|early)\s+)?(?:last|this|next)\s+(?:year|month|week|autumn|spring|summer|winter)\b",
    re.I,
)


def _deployable(np: str, how: str, sentence: str) -> bool:
    """A deployment figure must count troops: "11,000 soldiers", or "11,000 of them were sent"."""
    if _TROOPS.search(lowered(np)):
        return True
    rest = np.strip(" '’\"”")
    while _MORE_OF_THEM.match(rest):  # "3,000 more who were sent", "11,000 it dispatched last year"
        rest = _MORE_OF_THEM.sub("", rest, count=1).strip()
    if rest[:1] in (",", ";"):
        rest = ""  # '"probably 11k to 12k, not the low end"': the figure has no noun
    if rest.strip(" '’\"”") or _CIVILIAN.search(lowered(sentence)):
        return False
    troops = _TROOPS.search(lowered(sentence)) or _THEIR_NUMBER.search(sentence)
    return how == "left_verb" or bool(troops)


def extract(article: Article) -> Extraction:
    """Claims and events stated in `article.text` (see the module docstring)."""
    original = article.text if isinstance(article.text, str) else ""
    result = Extraction()
    if not original.strip():
        return result
    text = ascii_spaces(original)  # the patterns are ASCII (casefold.rx); offsets unchanged
    title = article.title
    if text is not original or (title and ascii_spaces(title) is not title):
        article = replace(article, text=text, title=ascii_spaces(title) if title else title)
    prime(text)
    state = _ArticleState(text, article)
    sentences = split_sentences(text)
    for sentence in sentences:
        state.sentence(sentence, result)
    if sentences:
        _credit_headline(result.claims, sentences[0])
    _drop_withdrawn(text, result)
    if text is not original:
        _words_as_written(result, original, text)
    return result


def _words_as_written(result: Extraction, original: str, text: str) -> None:
    """Quotes and quoted words cut again from the article as written (its no-break spaces
    and all): `quote == article.text[char_start:char_end]` must hold."""
    for item in [*result.claims, *result.events]:
        span = text[item.char_start : item.char_end]
        item.quote = original[item.char_start : item.char_end]
        for field in ("value_text", "period_text", "said_on_text", "date_text"):
            words = getattr(item, field, None)
            if not words:
                continue
            at = span.find(words)
            at = item.char_start + at if at >= 0 else text.find(words)
            if at >= 0:
                setattr(item, field, original[at : at + len(words)])


# "the figure of 1,300 killed did not reflect the ministry's assessment": a source taking a
# figure back; every claim of that figure in the article is withdrawn
_WITHDRAWN = rx(  # "\b" after the "f", so that re skips ahead to the f's
    r"f(?<!\wf)igure\s+of\s+(?P<n>\d{1,3}(?:,\d{3})*|\d+)\b[^.;]{0,40}?\b(?:did\s+not\s+reflect"
    r"|(?:was|had\s+been)\s+(?:wrong|incorrect|mistaken|an?\s+(?:error|mistake))"
    r"|was\s+not\s+(?:correct|accurate))"
)


_CORRECTION_NOTE = rx(r"^(?:Correction|Clarification)\b[^\n]*?(?=\s*$)", re.M)
_NOT_FIGURE = rx(r"\d,?\s+not\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b")


def _drop_withdrawn(text: str, result: Extraction) -> None:
    """Drop figures their source or the outlet took back; a correction note's right figure
    restates each claim of the wrong one ("Correction: … about 2,100, not 1,200")."""
    withdrawn = {int(m.group("n").replace(",", "")) for m in (
        _WITHDRAWN.finditer(text) if "figure" in text else ()  # the pattern's own word
    )}
    restated: list[Claim] = []
    notes = "Correction" in text or "Clarification" in text
    for note in _CORRECTION_NOTE.finditer(text) if notes else ():
        for wrong_at in _NOT_FIGURE.finditer(text, note.start(), note.end()):
            wrong = int(wrong_at.group("n").replace(",", ""))
            withdrawn.add(wrong)
            right = [f for f in find_figures(text, note.start(), wrong_at.start() + 1)
                     if f.end == wrong_at.start() + 1 and not f.is_vague]
            if right:  # one restatement per source and metric of the wrong point figure
                wrong_claims = {(c.claimant, c.metric): c for c in reversed(result.claims)
                                if c.value_low == wrong and c.value_high in (wrong, None)}
                said = {(c.claimant, c.metric) for c in result.claims  # the note read itself
                        if note.start() <= c.char_start < note.end()
                        and c.value_low == right[-1].value_low}
                restated += [_corrected(c, right[-1], note) for key, c in wrong_claims.items()
                             if key not in said]
    if withdrawn:
        result.claims[:] = [
            c for c in result.claims
            if c.value_low not in withdrawn and c.value_high not in withdrawn
        ]
    result.claims.extend(restated)


def _corrected(claim: Claim, right: Figure, note: re.Match[str]) -> Claim:
    """The claim as the correction note restates it: the right figure, quoted from the note."""
    return replace(
        claim, value_low=right.value_low, value_high=right.value_high, value_text=right.text,
        qualifier=right.qualifier, quote=note.group(0), char_start=note.start(),
        char_end=note.end(),
    )


_CREDITED = ("claimant", "claimant_country", "claimant_role", "attribution", "relayed_by",
             "said_on", "said_on_precision", "said_on_text")  # fmt: skip


# "casualties" and "killed or wounded" count the same people: a headline's "casualties top
# 1,000" restates the body's "more than 1,000 … killed or wounded"
_SAME_COUNT = {"casualties": "killed_or_wounded"}


def _credit_headline(claims: list[Claim], first: Sentence) -> None:
    """A headline figure with no source takes the source of the same figure in the body.

    "North Korea sends 3,000 more troops to Russia" restates the lead's "…, the JCS said":
    the claimant is the JCS, not the outlet, and both rows are one statement. Headlines drop
    hedges ("3,000 killed" for the body's "at least 3,000"), so the number alone is tried last.
    """
    for claim in claims:
        unnamed = claim.claimant == "Anonymous official(s)"  # "…, source says"
        vague_source = (
            claim.attribution == "unattributed" or claim.claimant in COUNTRY_CLAIMANTS or unnamed
        )
        if not vague_source or claim.char_start >= first.end:
            continue
        sources = [
            body for body in claims
            if body.char_start >= first.end and body.attribution != "unattributed"
            and (claim.attribution == "unattributed"
                 or (unnamed and body.attribution == "anonymous")
                 or (body.claimant not in COUNTRY_CLAIMANTS
                     and body.claimant_country == claim.claimant_country))
            and _SAME_COUNT.get(body.metric, body.metric) == _SAME_COUNT.get(claim.metric,
                                                                             claim.metric)
        ]
        exact = [b for b in sources
                 if (b.value_low, b.value_high) == (claim.value_low, claim.value_high)]
        number = [b for b in sources if _number(b) is not None and _number(b) == _number(claim)]
        for body in (exact or number)[:1]:
            for name in _CREDITED:
                setattr(claim, name, getattr(body, name))


def _number(claim: Claim) -> int | None:
    """The figure a claim states, whatever its hedge."""
    return claim.value_low if claim.value_low is not None else claim.value_high


class _Lazy:
    """A value computed on first use: most sentences never need their dates."""

    def __init__(self, compute) -> None:
        self._compute = compute
        self._value = None

    def __call__(self):
        if self._value is None:
            self._value = self._compute()
        return self._value


class _ArticleState:
    """What one pass over an article remembers between sentences."""

    def __init__(self, text: str, article: Article) -> None:
        self.text = text
        published = article.published
        if isinstance(published, datetime):  # a timestamp still dates statements by its day
            published = published.date()
        self.published: date | None = published
        self.attributor = Attributor(text, article.outlet)
        self.previous: list[Sentence] = []
        self.last_speaker: Speaker | None = None  # who made the previous sentence's claim
        self.claim_speaker: Speaker | None = None
        self.line_speaker: tuple[int, Speaker] | None = None  # "NAME:" opening a line
        # a transcript's interviewer: their paragraph, and the metric their question asks about
        self.host_paragraph = -1
        self.host_labelled = False  # the host's line opened "Q:" (else a question alone)
        self.question_paragraph = -2  # an interviewer's last question standing alone
        self.list_label: tuple[int, Speaker] | None = None  # "- **Source, date:** …" list items
        # a quotation running over several sentences: the paragraph, where it starts, and the
        # claims credited so far to the previous speaker, re-credited if the quote names its own
        self.paragraph = (-1, 0)
        self.quoted_claims: list[Claim] = []
        self.in_quote = self.quote_credit = False
        self.host_metric: str | None = None
        self.last_claim: tuple[Sentence, Claim] | None = None  # claim(s) of the previous sentence
        self.recent_claim: tuple[Sentence, Claim] | None = None  # of the last sentence with any
        self.sentence_claims: list[Claim] = []  # the last few sentences, for places and context
        self._all_places: list[PlaceMention] | None = None
        self._place_starts: list[int] = []
        self._dprk_cache: dict[int, bool] = {}
        self._context_place: tuple[int, PlaceMention | None] = (-1, None)
        first = text.lstrip()[:600]  # the title and the lead: what the article is about
        head = " ".join(filter(None, [article.title, first]))
        self.dprk_article = mentions_dprk(head, 0, len(head))

    def sentence(self, sent: Sentence, result: Extraction) -> None:
        text = self.text
        s, e = sent.start, sent.end

        dates = _Lazy(lambda: find_dates(text, self.published, s, e))

        def dates_in(lo: int, hi: int) -> list[DateMention]:
            lo, hi = max(s, lo), min(e, hi)
            if hi == e:  # a window to the sentence's end: the sentence's dates from lo on are
                found = dates()  # the same, unless one of them straddles lo
                if not any(m.start < lo < m.end for m in found):
                    return [m for m in found if m.start >= lo]
            return find_dates(text, self.published, lo, hi)

        question_alone = bool(_QUESTION_ENDS_PARAGRAPH.match(text, e - 2, e + 1)) and (
            self.attributor.interviewee() is not None)  # "And the wounded?" in an interview
        if question_alone or (  # or a prompt: "There are reports that they kill themselves."
            self.question_paragraph >= 0 and sent.paragraph > self.question_paragraph + 1
            and e - s <= 130 and text.startswith("\n", s - 1)
            and _PARAGRAPH_END.match(text, e)
        ):  # (the paragraph right after a question is its answer, however short)
            self.question_paragraph = sent.paragraph
        if (_INTERVIEWER.match(text, s) or sent.paragraph == self.host_paragraph
                or question_alone):
            if sent.paragraph != self.host_paragraph:
                self.host_paragraph, self.host_metric = sent.paragraph, None
                self.host_labelled = bool(_INTERVIEWER.match(text, s))
            self.host_metric = first_metric(text, s, e) or self.host_metric
        if sent.paragraph != self.paragraph[0]:
            self.paragraph, self.quoted_claims = (sent.paragraph, s), []
        self.in_quote = inside_quote(text, self.paragraph[1], s)
        cues = self.attributor.cues(s, e, dates_in)
        label = _LIST_LABEL.match(text, s, e)
        if label:  # "- **John Kirby, Dec. 27:** The White House spokesman said …"
            source = self.attributor.named_in(label.start(1), label.end(1))
            self.list_label = (sent.paragraph, source) if source else None
        if cues and cues[0].start < s + 50 and self.text[cues[0].start] == ":":
            self.line_speaker = (sent.paragraph, cues[0].speaker)
        claims = self._claims(sent, dates_in, cues)
        self._credit_quotation(sent, cues)
        result.claims.extend(claims)
        self.last_claim = (sent, claims[-1]) if claims else None
        self.recent_claim = self.last_claim or self.recent_claim
        self.last_speaker = self.claim_speaker if claims else None
        for found in find_events(text, s, e, dates, lambda: self._said_mention(cues, dates())):
            result.events.append(
                Event(
                    date=found.date.value,
                    date_precision=found.date.precision,
                    title=found.rule.title,
                    category=found.rule.category,
                    quote=text[s:e],
                    char_start=s,
                    char_end=e,
                    actors=list(found.rule.actors),
                    date_text=found.date.text,
                    confidence=0.6,
                    extractor=EXTRACTOR,
                )
            )
        for cue in cues:
            self.attributor.remember(cue.speaker, cue.said)
        self.attributor.observe(s, e, spoke=bool(cues))
        self.previous = [*self.previous[-7:], sent]

    def _nearby_claim(self, sent: Sentence) -> Claim | None:
        """The last claim of a sentence at most three back, in this paragraph or the one
        before: what "the figure" or "Of those" may refer to."""
        earlier = self.recent_claim
        if earlier is not None and (
            earlier[0].paragraph >= sent.paragraph - 1 and sent.index - earlier[0].index <= 3
        ):
            return earlier[1]
        return None

    def _recent_deployment(self, sent: Sentence) -> bool:
        nearby = self._nearby_claim(sent)
        return nearby is not None and nearby.metric == "deployed"

    def _same_figure(self, fig: Figure, sent: Sentence) -> bool:
        """Does "the figure" before this one name the deployment this sentence or a recent one
        counted?"""
        recent = self.sentence_claims or ([self.last_claim[1]] if self.last_claim else [])
        if not recent and self._nearby_claim(sent) is not None:
            # "… 11,000 are in Russia. ¶ Washington's numbers are close. The Pentagon has put
            recent = [self._nearby_claim(sent)]  # the figure at between 11,000 and 12,000"
        return bool(recent and recent[-1].metric == "deployed"
                    and self._the_figure(fig, sent.start))

    def _the_figure(self, fig: Figure, s: int) -> bool:
        """"the figure" / "the number" just before the figure, referring back — not "the
        number of North Korean spectators", which names what it counts."""
        match = _THE_FIGURE.search(self.text, max(s, fig.start - 60), fig.start)
        return match is not None and not _OF_AFTER.match(self.text, match.end())

    def _people_near(self, sent: Sentence) -> bool:
        """Does this sentence or the one before name people ("troops", "soldiers") that a
        bare "of them" can count?"""
        low = lowered(self.text)
        previous = self.previous[-1] if self.previous else sent
        return bool(_TROOPS.search(low, sent.start, sent.end)
                    or _TROOPS.search(low, previous.start, previous.end))

    def _date_part(self, fig: Figure, s: int) -> bool:
        """Is the figure the day of a date ("Jan. 20", "23 December")?"""
        text = self.text
        return bool(
            _MONTH_BEFORE.search(text, max(s, fig.start - 20), fig.start)
            or _MONTH_AFTER.match(text, fig.end)
        )

    def _credit_quotation(self, sent: Sentence, cues: list[Cue]) -> None:
        """'"… took three prisoner. … We counted 30," said the commander': a quotation's
        earlier sentences belong to the speaker named where it closes."""
        closing = next((c for c in cues if not c.inherited and _QUOTE_CLOSED.search(
            self.text, max(sent.start, c.start - 5), c.start)), None)
        if closing is None:
            return
        speaker = closing.speaker
        said = self._said(speaker, closing)
        for claim in self.quoted_claims:
            if said:
                claim.said_on, claim.said_on_precision, claim.said_on_text = said
            claim.claimant = speaker.name
            claim.claimant_country = speaker.country
            claim.claimant_role = speaker.role
            claim.attribution = speaker.attribution
            claim.relayed_by = speaker.relayed_by
        self.quoted_claims = []

    def _about_dprk(self, begin: int, fig_end: int, e: int) -> bool:
        """An article about North Korean troops, and a clause naming no other army."""
        marks = (self.text.find(",", fig_end, e), self.text.find("(", fig_end, e))
        stops = [i for i in marks if i > 0]
        stop = min(stops) if stops else e  # a bracketed credit is a source, not an army
        others = [
            m for m in _OTHER_SIDE.finditer(self.text, begin, stop)
            if not speaks_after(self.text, m.end())  # "Kyiv puts…" is a source, not an army
            and not self.text.endswith("by ", 0, m.start())  # "held by Ukraine": the captor
            and not SOURCE_NOUN_AFTER.match(self.text, m.end())  # "Russian military bloggers"
            and not _DESTINATION_BEFORE.search(self.text, max(begin, m.start() - 16), m.start())
        ]  # "shipped 10,000 men to Russia": a destination, not an army
        return self.dprk_article and not others

    @staticmethod
    def _said_mention(cues: list[Cue], dates: list[DateMention]) -> DateMention | None:
        for cue in cues:
            if cue.said:
                for mention in dates:
                    if mention.text == cue.said[2] and mention.value == cue.said[0]:
                        return mention
        return None

    # -- figures -> claims ------------------------------------------------------------
    def _figures(self, s: int, e: int) -> list[Figure]:
        figures = find_figures(self.text, s, e)
        singular = _NORTH_KOREAN_WORDS.any_in(lowered(self.text), s, e)
        for match in _SINGULAR.finditer(self.text, s, e) if singular else ():
            if _DESCRIBED_ONE.match(self.text, match.end()) or _CASES_WHERE.search(
                self.text, max(s, match.start() - 30), match.start()
            ):  # also "five cases … where a North Korean soldier blew himself up": one of them
                continue  # "a video in which a young North Korean soldier, captured in …, answers"
            if not any(f.start <= match.start() < f.end for f in figures):
                figures.append(Figure(match.start(), match.end(), match.group(0), 1, 1, "exactly"))
        figures.sort(key=lambda f: f.start)
        return figures

    def _places_of(self, sent: Sentence) -> list[PlaceMention]:
        """Gazetteer places in a sentence: the article is scanned once, when a claim first asks."""
        if self._all_places is None:
            self._all_places = find_places(self.text)
            self._place_starts = [p.start for p in self._all_places]
        lo = bisect_left(self._place_starts, sent.start)
        hi = bisect_left(self._place_starts, sent.end, lo)
        return [p for p in self._all_places[lo:hi] if p.end <= sent.end]

    def _dprk(self, sent: Sentence | None) -> bool:
        """Does the sentence speak of North Korea (cached)?"""
        if sent is None:
            return False
        if sent.index not in self._dprk_cache:
            self._dprk_cache[sent.index] = mentions_dprk(
                self.text, sent.start, sent.end
            ) or bool(self.dprk_article and _THE_NORTH.search(self.text, sent.start, sent.end))
        return self._dprk_cache[sent.index]

    @property
    def prev_dprk(self) -> bool:
        return self._dprk(self.previous[-1] if self.previous else None)

    def _claims(self, sent: Sentence, dates_fn, cues: list[Cue]) -> list[Claim]:
        text = self.text
        s, e = sent.start, sent.end
        if _QUESTION.match(text, s, e):
            return []  # "Has North Korea really lost 4,000 soldiers?" asks, it does not claim
        elliptical = bool(
            self.last_claim and self.last_claim[0].paragraph == sent.paragraph and e - s <= 100
        )
        # the answer to the host's question: after "Q:", its whole paragraph; after a question
        # standing alone, its first sentence ("And the wounded? ¶ Well over 3,000, I'd say.")
        answer = bool(self.host_metric) and sent.paragraph == self.host_paragraph + 1 and (
            self.host_labelled or self.paragraph[1] == s)
        if not (elliptical or answer or has_metric_cue(text, s, e)):
            return []
        history = history_at(text, s, e)
        aside = history is not None and _last_break(text, s, history)
        if history is not None and not aside:
            return []  # "the 1950-53 Korean War", "pilots sent to Vietnam in the 1960s"
        # figures before "— the North's first … since … in the 1960s" are this war's
        counted_until = aside if aside else e
        if _HISTORY_GOES_ON.match(text, s, e) and self.previous and (
            self.previous[-1].paragraph == sent.paragraph
            and is_history(text, self.previous[-1].start, self.previous[-1].end)
        ):
            return []  # "… the 1950-53 Korean War … . In the end, more than 20,000 …"
        dprk_here = self._dprk(sent)
        if not (dprk_here or self.prev_dprk or self.dprk_article):
            return []  # nothing here can be about North Korean troops
        figures = self._figures(s, e)
        self._sentence_periods = _Lazy(lambda: find_periods(text, s, e))
        claims = []
        self.sentence_claims = claims
        counts = [f for f in figures if not self._date_part(f, s)]  # "Jan. 11" bounds nothing
        self.totals: set[int] = set()
        self.other_side_until = -1  # end of this sentence's last figure about another army
        for fig in figures:
            if fig.end > counted_until:
                break
            later = [f for f in counts if f.start > fig.start]
            if (later and not fig.is_vague and (fig.value_low or fig.value_high or 0) > 1
                    and _OF_TOTAL.fullmatch(text, fig.end, later[0].start)):
                self.totals.add(later[0].start)  # the 11,000 is the force, not the losses
                later = later[1:]  # "4,000 of the 11,000 troops sent … were killed": look past
            next_start = later[0].start if later else e
            claim = self._claim(sent, fig, next_start, dates_fn, cues, dprk_here)
            if claim:
                claims.append(claim)
        return claims

    def _claim(
        self,
        sent: Sentence,
        fig: Figure,
        next_start: int,
        dates_fn,
        cues: list[Cue],
        dprk_here: bool,
    ) -> Claim | None:
        text = self.text
        s, e = sent.start, sent.end
        if (fig.value_low or 0) > _MAX_FIGURE or (fig.value_high or 0) > _MAX_FIGURE:
            self.other_side_until = fig.end  # "Russia has lost 700,000": another army's count
            return None
        if (
            not_people(text, fig.start, fig.end)
            or _CLOCK.match(text, fig.end)
            or (len(fig.text) <= 2 and fig.text.isdigit() and text.startswith(",", fig.end)
                and _NAME_COMMA_BEFORE.search(text, max(s, fig.start - 30), fig.start))
            # "Sgt Mykola Hrytsenko, 34, said": an age
            or _CLOCK_BEFORE.search(text, max(s, fig.start - 3), fig.start)
            or _CONTRAST_BEFORE.search(text, max(s, fig.start - 25), fig.start)
        ):  # "14:05", "11.05 GMT": a time of day; "rather than the thousands": a contrast
            return None
        if self._date_part(fig, s):
            return None  # "on January 14", "Jan. 20", "23 December": part of a date
        if _WHICH_PUT_AT.search(text, max(s, fig.start - 40), fig.start) and (
            _OTHER_ARMY_LOSSES.search(text, s, fig.start)
        ):  # "Russian paratroopers … also suffered losses, which the SSO put at 15 killed"
            return None
        if any(m.start() <= fig.start < m.end() for m in ONE_OF_THE_SOURCES.finditer(
            lowered(text), max(s, fig.start - 12), min(e, fig.end + 30)
        )):
            return None  # "One of the two said …": which source speaks, not a count
        if (fig.value_low == 1 and fig.value_high == 1 and _ONE_OF.match(text, fig.end)
                and not _TOOK_ONE.search(text, max(s, fig.start - 12), fig.start)):
            return None  # "one of the dead": an individual, not a count
        if fig.text.lower() == "one" and (
            _THE_OTHER.search(text, fig.end, e)  # "one is a 26-year-old rifleman, the other is 20"
            or _BODY_OF.search(text, max(s, fig.start - 12), fig.start)  # "the body of one soldier"
            or (_ONE_PRONOUN.search(text, max(s, fig.start - 20), fig.start)
             and not _THAT_CLAUSE.search(text, max(s, fig.start - 30), fig.start))
            or _ONE_SPEAKER.match(lowered(text), fig.end)
            or (_SAID_BEFORE.search(text, max(s, fig.start - 16), fig.start)
                and _ONE_SPEAKER_ENDS.match(lowered(text), fig.end))
        ):
            return None
        if (fig.is_vague and fig.text.lower().startswith("some")
                and text.endswith(", ", 0, fig.start)
                and (self.sentence_claims or text.startswith(" of them", fig.end))):
            return None  # "11,000 troops were deployed, some of them attached to …": a subset
        if _TIME_OF_DAY_AFTER.match(text, fig.end):
            return None  # "about 40 of them in one morning": the figure counts mornings
        if fig.is_vague and speaks_after(text, fig.end):
            return None  # "others include the missing; a few report deaths only": sources
        if _DISASTER_TOLL.search(text, max(s, fig.start - 120), fig.start):
            return None
        if _RETRACTED.search(text, s, fig.start) or _RETRACTED_AFTER.search(
            text, fig.end, min(e, fig.end + 200)
        ):
            return None  # "An earlier version of this article said …": withdrawn
        found = classify(text, s, fig.start, fig.end, next_start, fig.is_vague)
        label = None
        revised = False
        if not found:
            label = _LABEL.match(text[s : fig.start])
            if label:  # "Troops sent: about 14,000": the label says what is counted
                found = classify(label.group(1) + " 0", 0, len(label.group(1)) + 1,
                                 len(label.group(1)) + 2, len(label.group(1)) + 2, False)
        if not found and self.sentence_claims and (
            _THE_FIGURE.search(text, max(s, fig.start - 60), fig.start)
            or _REVISED_TO.search(text, max(s, fig.start - 40), fig.start)
        ):  # "…11,000 troops…, though some estimates put the figure as high as 12,000";
            # "put the death toll at 200; it revised it to 300"
            found = (self.sentence_claims[-1].metric, "left_noun")
        nearby = self._nearby_claim(sent) if not found else None
        if nearby is not None and self._the_figure(fig, s):
            # "… says about 11,000 were sent. ¶ Zelensky has put the figure higher, at 12,000";
            # "… ¶ Washington's numbers are close. The Pentagon has put the figure at …"
            found = (nearby.metric, "left_noun")
        if not found and self.last_claim and self.last_claim[0].paragraph == sent.paragraph and (
            _REVISED_TO.search(text, max(s, fig.start - 40), fig.start)
        ):  # "… said 1,500 had been shipped. By November it had raised its estimate to 10,000"
            found = (self.last_claim[1].metric, "left_noun")
            revised = True  # the figure counts what the revised one counted
        if not found:
            found = self._elliptical(sent, fig, cues)
        if not found and self.host_metric and sent.paragraph == self.host_paragraph + 1 and (
            self.host_labelled or self.paragraph[1] == s
        ):
            found = (self.host_metric, "left_noun")  # "Q: How many prisoners? A: Two."
        if not found and _FORCE_AFTER.match(text, fig.end) and _FORCE_SIZE.search(text, s, e):
            found = ("deployed", "far")  # "the deployment's scale: 10,000 to 12,000 troops"
        if not found:
            return None
        metric, how = found
        if fig.start in self.totals and _FORCE_AFTER.match(text, fig.end):
            metric, how = "deployed", "near"  # "4,000 of the 11,000 troops sent": the force
        if metric == "casualties":
            part = _OF_LOSSES_WERE.match(lowered(text), fig.end)
            if part:
                metric = part.lastgroup or metric
        if metric in ("casualties", "killed_or_wounded") and _OF_THEM_FATAL.match(
            lowered(text), fig.end
        ):
            metric = "killed"  # "some 4,700 casualties, about 600 of them fatal(ly)"
        singular = bool(_SINGULAR.fullmatch(fig.text))
        if singular and metric == "deployed":
            return None
        if _COUNTS_TIME.match(text, fig.end) and any(
            p.start() <= fig.start < p.end() for p in self._sentence_periods()
        ):
            return None  # "over a three day period": the number counts days
        np = label.group(1) if label else noun_phrase(text, fig.end, next_start)
        begin = clause_start(text, s, fig.start)
        if metric == "deployed" and not (
            revised
            or _REVISED_TO.search(text, max(s, fig.start - 40), fig.start)  # "raised it to"
            or _deployable(np, how, text[s:e])
            or (how == "left_noun"  # "the total number of North Korean military personnel … at"
                and (_TROOPS.search(lowered(text), begin, fig.start)
                     or (not fig.is_vague  # "the size of the contingent … at about 11,000"
                         and _FORCE_NOUN.search(lowered(text), begin, fig.start))))
            or (_ONE_OF.match(text, fig.end) and not _CIVILIAN.search(lowered(text[s:e])))
            or self._same_figure(fig, sent)  # "Zelensky has put the figure higher, at 12,000"
            or (_ADDITIONAL_BEFORE.search(text, max(s, fig.start - 16), fig.start)
                and (how == "near" or _TROOPS.search(lowered(text), s, fig.start))
                and not _CIVILIAN.search(lowered(text[s:e])))
            # "11,000 troops had been sent …, and an additional 1,500 or so appear to have been
            # dispatched"; "another 3,000 or so have been sent since January"
            or (_OF_THOSE_LEAD.match(text, s) and self._recent_deployment(sent)
                and not _CIVILIAN.search(lowered(text[s:e])))  # "… 10,000 … sent to Russia.
            # Of those, we believe roughly 8,000 have moved into the Kursk region"
            or _TROOPS_APPOSITIVE.search(text, max(s, fig.start - 14), fig.start)
        ):  # "a portion of these forces, roughly 3,000, have already moved west"
            return None
        if fig.is_vague and _HEDGE.search(text, fig.end, min(e, fig.end + 40)):
            return None  # "some of them may have been killed": speculation, not a figure
        if fig.is_vague and _VAGUE_SPEAKERS.match(text, fig.end):
            return None  # "though several have privately described the losses as heavy"
        if metric == "deployed" and fig.is_vague and fig.text.lower() == "some":
            return None  # "some of the units had already been moved": part of a force, no count
        side = np_side(np)
        if _OWN_PEOPLE.match(text, fig.end):
            return None
        if _OF_THEM.match(np) and "destroy" in text[max(s, fig.start - 30) : fig.start] and (
            not self._people_near(sent)
        ):
            return None  # "destroyed dozens of them" after a sentence about artillery pieces
        if metric == "captured" and side != "dprk" and (
            _EXCHANGED_BEFORE.search(text, max(s, fig.start - 15), fig.start)
            or _EXCHANGED_AFTER.match(text, fig.end)
        ):
            return None
        if side != "dprk" and self.other_side_until > 0 and (
            _PART_OF_BEFORE.search(text, max(self.other_side_until, fig.start - 30), fig.start)
            or _OF_THEM.match(text, fig.end)  # "lost four men since November, two of them to …"
            or _ITS_LOSSES.search(text, max(self.other_side_until, fig.start - 80), fig.start)
        ):
            return None  # "Russian forces had lost 38,000 …, including over 15,000 killed"
        if side in ("other", "mixed"):
            self.other_side_until = fig.end
            return None
        if side != "dprk" and (_OTHER_LOSES.search(text, max(s, fig.start - 120), fig.start)
                               or _UNIT_LOSES.search(text, max(s, fig.start - 40), fig.start)):
            self.other_side_until = fig.end
            return None  # "Russian forces in the region have lost more than 38,000 soldiers"
        if how in ("generic", "left_noun") or metric == "deployed":
            if side != "dprk" and owner_before(text, begin, fig.start) == "other":
                return None
        if side != "dprk" and not (
            dprk_here
            or self.prev_dprk
            or (not _CIVIL_NP.search(np) and self._about_dprk(begin, fig.end, e))
        ):
            return None
        # projections: any modal in the clause for deployments ("could send"); for losses only
        # one right before the figure, since "ready to swap the two it captured" is no forecast
        future_from = begin if metric == "deployed" else max(begin, fig.start - 25)
        if _IF_CLAUSE.match(text, s) and _MODAL.search(text, s, fig.start):
            return None  # "If casualties continue, Pyongyang could send several thousand more"
        if is_future(text, future_from, fig.start) or _FUTURE_RIGHT.match(text, fig.end, e):
            return None
        if _HEARSAY.search(text, max(s, fig.start - 90), fig.start) or _MIXED.search(
            text, begin, fig.start
        ):
            # "asked about reports that 30 were killed"; "Russian and North Korean forces lost"
            return None
        self.quote_credit = False
        speaker, cue = self._speaker(sent, fig, cues)
        self.claim_speaker = speaker
        if speaker.country == "RU" and _ENEMY.search(text, begin, min(e, fig.end + 40)):
            return None  # Moscow's "the enemy has lost over 45,000": Ukrainian losses
        if speaker.kind == "person" and speaker.country != "KP" and _HIS_MEN.match(text, fig.end):
            return None  # a Ukrainian commander "says four of his men were killed": his own
        said = self._said(speaker, cue)
        period = self._period(fig, said[0] if said else None)
        place = self._place(sent, fig, self._places_of(sent), metric)
        claim = Claim(
            claimant=speaker.name,
            claimant_country=speaker.country,
            claimant_role=speaker.role,
            attribution=speaker.attribution,
            relayed_by=speaker.relayed_by,
            metric=metric,
            qualifier=fig.qualifier,
            value_text=fig.text,
            value_low=fig.value_low,
            value_high=fig.value_high,
            quote=text[s:e],
            char_start=s,
            char_end=e,
            period_text=period.text if period else None,
            period_start=period.period_start if period else None,
            period_end=period.period_end if period else None,
            said_on=said[0] if said else None,
            said_on_precision=said[1] if said else None,
            said_on_text=said[2] if said else None,
            location=place.name if place else None,
            place_id=place.place_id if place else None,
            confidence=self._confidence(fig, how, speaker, cue, said),
            extractor=EXTRACTOR,
        )
        if self.quote_credit:
            self.quoted_claims.append(claim)
        return claim

    def _elliptical(self, sent: Sentence, fig: Figure, cues: list[Cue]) -> tuple[str, str] | None:
        """"Kyiv puts the number of dead at 1,500. Seoul says roughly 300.": the short
        sentence after a claim, with a source and a bare figure, counts the same thing."""
        if not (self.last_claim and cues and not fig.is_vague):
            return None
        prev, claim = self.last_claim
        if prev.paragraph != sent.paragraph or sent.end - sent.start > 100:
            return None
        tail = self.text[fig.end : sent.end].strip(" .,;'’\"”")
        if tail and not re.fullmatch(r"(?:[a-z]+\s*){0,3}", tail):
            return None
        return claim.metric, "left_noun"

    def _speaker(self, sent: Sentence, fig: Figure, cues: list[Cue]) -> tuple[Speaker, Cue | None]:
        """The cue nearest before the figure, else the first after it, else quote or outlet."""
        before = [c for c in cues if c.start < fig.start]
        after = [c for c in cues if c.start >= fig.end]
        chosen = before[-1] if before else (after[0] if after else None)
        if after and _RELATIVE_SPEAKER.fullmatch(self.text, fig.end, after[0].start):
            chosen = after[0]  # "add to the two that President Zelensky said had been captured"
        if chosen is not None and chosen.pronoun:
            # '"We counted at least 30 bodies," said the commander, Col. X': the pronoun's cue
            # gives way to a speaker the same sentence names
            named = next((c for c in after if not c.inherited), None)
            if named is None and after and _QUOTE_CLOSES.search(
                self.text, fig.end, after[0].start
            ):  # '"… we believe around 600 soldiers have died," the network said'
                named = after[0]
            chosen = named or chosen
        labelled = self.list_label and self.list_label[0] == sent.paragraph
        if labelled and not (
            chosen is not None
            and chosen.speaker.kind == "person"
            and chosen.speaker.attribution == "named"
        ):  # the item's label names the source; the sentence's role or country restates it
            return self.list_label[1], chosen
        if chosen is not None and chosen.speaker.name in COUNTRY_CLAIMANTS:
            # "The United States believes 1,000 …, the State Department's spokesman said": the
            # body or person named in the sentence's other cue is the source, not the country
            for cue in [*after, *reversed(before)]:
                if (
                    cue is not chosen
                    and cue.speaker.name not in COUNTRY_CLAIMANTS
                    and cue.speaker.attribution != "unattributed"
                ):
                    return cue.speaker, cue
        if chosen is not None:
            return chosen.speaker, chosen
        mem = self.attributor
        paren = _PAREN_SOURCE.match(self.text, fig.end)
        if paren:  # "about 14,000 (South Korea's Joint Chiefs of Staff, March 2025)"
            source = mem.named_in(paren.start(1), paren.end(1))
            if source is not None:
                return source, None
        quoted = self.in_quote or _OPEN_QUOTE.match(self.text, sent.start) or _QUOTE_LABEL.match(
            self.text, sent.start
        )  # 'Quote: "The North Koreans have already lost …"' (the speaker came just before)
        quoted_speaker = mem.last_any or mem.last_person  # a person named without a cue too
        if quoted and quoted_speaker is not None:
            self.quote_credit = True  # the claim made now may be re-credited when it closes
            return quoted_speaker, None
        if self.line_speaker and self.line_speaker[0] == sent.paragraph:
            return self.line_speaker[1], None  # "RYDER: ... We assess that ..." (a transcript)
        if self.last_speaker is not None and _FIGURE_LEAD.match(self.text, sent.start):
            # "…, the NIS estimated 18,000. That figure includes some 3,000 reinforcements"
            return self.last_speaker, None
        if self.line_speaker and sent.paragraph == self.host_paragraph:
            return self.line_speaker[1], None  # the interviewer restates the guest's figure
        if sent.paragraph == self.question_paragraph + 1 and (
            _FIRST_PERSON.search(self.text, sent.start, sent.end)
            or self.text.startswith(("— ", "– "), self.paragraph[1])  # "— There was a pause …"
        ):  # "My brigade has captured three …" in the answer to an interviewer's question
            guest = mem.interviewee()
            if guest is not None:
                return guest, None
        return mem.outlet, None

    def _said(self, speaker: Speaker, cue: Cue | None) -> tuple | None:
        """(date, precision, words): the cue's own date, the speaker's last one, or publication."""
        if cue and cue.said:
            return cue.said
        remembered = self.attributor.dates.get(speaker.name)
        if remembered and speaker.attribution != "unattributed":
            return remembered
        if self.published:
            return (self.published, "day", None)
        return None

    def _period(self, fig: Figure, said_on: date | None) -> Period | None:
        """The period expression closest to the figure within its sentence."""
        best = None
        for match in self._sentence_periods():
            if match.start() >= fig.end:
                distance = match.start() - fig.end
            elif match.end() <= fig.start:
                distance = fig.start - match.end() + 30  # prefer periods after the figure
            else:
                continue
            if distance > 140:
                continue
            if best is None or distance < best[0]:
                best = (distance, match)
        return make_period(best[1], said_on, self.text) if best else None

    def _place(
        self, sent: Sentence, fig: Figure, places: list[PlaceMention], metric: str
    ) -> PlaceMention | None:
        """Place in the sentence nearest the figure; else 'the region' or the paragraph's place."""
        if places:
            return min(places, key=lambda p: abs(p.start - fig.end))
        if self._context_place[0] != sent.index:  # the same for every figure of the sentence
            self._context_place = (sent.index, self._earlier_place(sent))
        if self._context_place[1] is not None:
            return self._context_place[1]
        countries = find_countries(self.text, fig.end, min(sent.end, fig.end + 80))
        return countries[0] if countries else None

    def _earlier_place(self, sent: Sentence) -> PlaceMention | None:
        """'The region'/'there' after a place named in the last two sentences; else the place
        named last in the paragraph."""
        recent = [
            p
            for prev in self.previous
            if sent.index - prev.index <= 2
            for p in self._places_of(prev)
        ]
        if recent and refers_to_region(self.text[sent.start : sent.end]):
            return recent[-1]
        same_para = [
            p
            for prev in self.previous
            if prev.paragraph == sent.paragraph
            for p in self._places_of(prev)
        ]
        return same_para[-1] if same_para else None

    @staticmethod
    def _confidence(
        fig: Figure, how: str, speaker: Speaker, cue: Cue | None, said: tuple | None
    ) -> float:
        score = 0.9
        score -= {"left_verb": 0.0, "near": 0.0, "generic": 0.1, "far": 0.15, "left_noun": 0.15}[
            how
        ]
        if fig.is_vague:
            score -= 0.1
        if speaker.attribution == "unattributed":
            score -= 0.15
        elif cue is None or cue.inherited:
            score -= 0.1
        if not said or said[2] is None:
            score -= 0.05
        return round(max(0.1, min(1.0, score)), 2)
