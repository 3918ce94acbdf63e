"""Split article text into sentences with exact offsets, dropping page furniture.

Offsets always index the original text, so any quote cut from a Sentence is a
verbatim slice. Lines are paragraphs (news copy puts one paragraph per line);
sentence breaks inside a line follow ., ! or ? plus a capital or a quote mark,
except after common abbreviations ("Dec.", "U.S.", "Rep.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.casefold import rx

MAX_SENTENCE = 1500  # longer runs (junk, tables) are cut into windows of this size

_FURNITURE = rx(
    r"^\s*(?:read\s+more|advertisement|share\s+this\s+article|share|subscribe|sign\s+up.*"
    r"|related(?:\s+articles?)?|most\s+read|recommended|also\s+read|see\s+also|watch|video"
    r"|click\s+here.*|follow\s+us.*|skip\s+to\s+content|comments?|image\s*:.*|photo\s*:.*"
    r"|getty\s+images|reuters|ap|afp|by\s+[A-Z][A-Za-z .'\-]{0,60})\s*:?\s*$",
    re.IGNORECASE,
)
# Lines that open with a related-link label keep nothing of interest either.
_LINK_PREFIX = rx(
    r"^\s*(?:read\s+more|related|also\s+read|see\s+also|more\s*on\s+this)\s*[:|»>-]", re.IGNORECASE
)
# "Read More" on its own line announces a related-article headline on the next line.
_LINK_LABEL = rx(
    r"^\s*(?:read\s+more|related(?:\s+(?:headlines|stories|articles?|news|links|coverage))?"
    r"|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like"
    r"|most\s+read)\s*:?\s*$",
    re.I,
)
_BULLET = rx(r"\s*(?:[-*•·▪–—]|\d{1,2}[.)])\s+")
_BYLINE = rx(r"\s*by\s+[A-Z][A-Za-z .'\-]{1,60}?\s*[·|•]\s*", re.IGNORECASE)
_GLUE = rx(r"[a-z](?=[A-Z][a-z])")

_ABBREV = rx(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Rep|Sen|Gov|Pres|St|No|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|Adm|Cmdr|Brig|Prof|Inc|Ltd|Co|Corp)"
    r"|\b(?:MR|MRS|MS|DR|GEN|LT|COL|MAJ|CAPT|SGT|REP|SEN|ADM|BRIG)"
    r"|\b[A-Z](?:\.[A-Z])*)\.$"
)
# the shared "[.!?]+" comes first, so re scans for those three characters only (only the
# longest run can be followed by either ending, so the matches are those of the two-branch form)
_BREAK = rx(r"[.!?]+(?:['’\"”)]*\s+(?=['‘\"“(]?[A-Z0-9])|['’\"”]*(?=['‘\"“][A-Z]))")


@dataclass(slots=True)
class Sentence:
    """One sentence: offsets into the article text and the paragraph (line) it sits in."""

    start: int
    end: int
    paragraph: int
    index: int


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, without surrounding whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _skip_byline(text: str, start: int, end: int) -> int:
    """Move past a byline glued to the first words ("by X · Mail OnlineNorth Korean...")."""
    match = _BYLINE.match(text, start, end)
    if not match:
        return start
    glue = _GLUE.search(text, match.end(), min(end, match.end() + 60))
    return glue.end() if glue else start


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within one line."""
    spans = []
    cursor = start
    for match in _BREAK.finditer(text, start, end):
        cut = match.start()
        head = text[max(cursor, cut - 12) : cut + 1]
        if _ABBREV.search(head):
            continue
        stop = match.end()
        while stop > cut and text[stop - 1].isspace():
            stop -= 1
        if stop > cursor:
            spans.append((cursor, stop))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e - s > MAX_SENTENCE:  # bound the work done on runaway "sentences"
            out.append((s, s + MAX_SENTENCE))
            s += MAX_SENTENCE
        if e > s:
            out.append((s, e))
    return out


def _is_link_line(line: str) -> bool:
    """A further headline in a related-links list: a bullet, or a short line without a full stop.

    Headlines of other stories carry figures ("Kyiv: 3,000 North Koreans killed") that are not
    claims of this article.
    """
    return bool(_BULLET.match(line)) or (len(line) < 120 and not line.endswith((".", '"', "”")))


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of the article in order, page furniture and related links left out."""
    sentences: list[Sentence] = []
    in_links = 0  # lines since a "Related:" label: 1 = the first link, >1 = more of its list
    for paragraph, (start, end) in enumerate(_lines(text)):
        line = text[start:end]
        if in_links and (in_links == 1 or _is_link_line(line)):
            in_links += 1
            continue
        in_links = 0
        if _LINK_LABEL.match(line):
            in_links = 1
            continue
        if len(line) < 80 and _FURNITURE.match(line) or _LINK_PREFIX.match(line):
            continue
        start = _skip_byline(text, start, end)
        for s, e in _split_line(text, start, end):
            sentences.append(Sentence(s, e, paragraph, len(sentences)))
    return sentences


def inside_quote(text: str, para_start: int, pos: int) -> bool:
    """Does a quotation opened earlier in the paragraph run on at `pos`?"""
    before = text[para_start:pos]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1
