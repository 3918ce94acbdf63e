"""Figures about people in running text: "3,000", "some 300", "twelve thousand", "dozens".

Figures are found span by span with flat regexes (no nested quantifiers), so the
cost stays linear in the text. Each figure keeps its exact words so a claim can
show `value_text` verbatim, and carries a qualifier from the hedge words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.casefold import Gate, ci, lowered, rx, trie_pattern

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# a prefix trie ("seven(?:t(?:een|y))?"): the longer word is still tried first, and only
# the words with the text's first letter are tried
_WORDS = trie_pattern([*_UNITS, *_TENS, *_SCALES, "dozen"])

# A run of number words: "twenty-five", "two hundred and fifty", "twelve thousand".
# "a"/"an" may open a run only before a scale word ("a thousand", "a dozen").
_WORD_RUN = (
    rf"(?:(?:an?\s+(?=(?:hundred|thousand|million|dozen)\b))?"
    rf"(?:{_WORDS})(?:(?:\s*-\s*|\s+|\s+and\s+(?=(?:{_WORDS})\b))(?:{_WORDS}))*)"
)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,15}(?:\.\d{1,6})?(?!\d)(?!\.\d)(?!st\b|nd\b|rd\b|th\b))"
)
_SCALE_AFTER = r"(?:\s*(?:million|thousand|hundred)\b|\s*[kK]\b)?"
_NUM = rf"(?:{_DIGITS}{_SCALE_AFTER}|\b{_WORD_RUN}\b)"

# Hedge words before a figure, longest first so "more than" wins over "more".
_QUALIFIER_WORDS: tuple[tuple[str, str], ...] = (
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("at least", "at_least"),
    ("a minimum of", "at_least"),
    ("well over", "more_than"),
    ("just over", "more_than"),
    ("more than", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("upward of", "more_than"),
    ("exceeding", "more_than"),
    ("exceeded", "more_than"),
    ("exceeds", "more_than"),
    ("exceed", "more_than"),
    ("over", "more_than"),
    ("passed", "more_than"),
    ("climb past", "more_than"),  # "casualties climb past 1,000"
    ("climbs past", "more_than"),
    ("climbed past", "more_than"),
    ("rose past", "more_than"),
    ("risen past", "more_than"),
    ("rise past", "more_than"),
    ("rises past", "more_than"),
    ("edged past", "more_than"),
    ("passes", "more_than"),
    ("pass", "more_than"),  # "losses pass 4,700"
    ("surpassed", "more_than"),
    ("topped", "more_than"),
    ("tops", "more_than"),
    ("top", "more_than"),  # "casualties top 1,000"
    ("topping", "more_than"),
    ("surpassing", "more_than"),
    ("above", "more_than"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("approximately", "about"),
    ("roughly", "about"),
    ("around", "about"),
    ("about", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("close to", "about"),
    ("approaching", "about"),
    ("some", "about"),
    ("an approximate", "about"),
    ("circa", "about"),
    ("as many as", "up_to"),
    ("as high as", "up_to"),
    ("as low as", "at_least"),
    ("as much as", "up_to"),
    ("up to", "up_to"),
    ("fewer than", "up_to"),
    ("less than", "up_to"),
    ("under", "up_to"),
    ("at most", "up_to"),
    ("no more than", "up_to"),
)
# A prefix trie: one branch per leading letter instead of 45 tries at every word; within a
# prefix chain the longer word is still tried first ("more than" before "more").
_QUAL_RE = trie_pattern([w for w, _ in _QUALIFIER_WORDS]).replace("\\ ", r"\s+")
_QUAL_MAP = {w: q for w, q in _QUALIFIER_WORDS}

_RANGE_SEP = r"(?:\s*(?:-|–|—)\s*|\s+to\s+|\s+or\s+)"

# "\b(?=\w)": every match opens on a word character, and the lookahead lets the engine skip
# word ends before trying the branches (1.15-1.4x on this and twelve other word-led patterns;
# not on short ones, where it costs more than it saves)
_FIGURE_RE = ci(
    rf"\b(?=\w)(?P<qual>(?:{_QUAL_RE})\s+)?"
    rf"(?:(?P<between>\bbetween\s+)(?P<b_low>{_NUM})\s+and\s+(?P<b_high>{_NUM})"
    rf"|(?P<low>{_NUM})(?:{_RANGE_SEP}(?P<high>{_NUM}))?)"
    rf"(?P<post>\s*\+|\s*-?\s*plus\b|\s+or\s+more\b|\s+or\s+so\b)?"
)

# Vague counts keep their words and have no value.
_VAGUE_RE = ci(
    r"\b(?=\w)(?:(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundreds?|thousands?|dozens?)"
    r"|tens\s+of\s+thousands|hundreds\s+of\s+thousands"
    r"|(?:the\s+)?(?:low|high)\s+(?:hundreds|thousands)"
    r"|dozens|hundreds|thousands|scores"
    r"|several|a\s+few|a\s+handful|a\s+number(?=\s+of\b)|a\s+couple"
    # "some of the dead" picks out some of a group already counted: no count of its own
    r"|some(?!\s+of\s+(?:the|those|these)\s+(?:[a-z]+ly\s+)?(?:dead|bodies|fallen|killed|wounded|injured|captured|prisoners"
    r"|most|least|first|[a-z]+est)\b)"  # "in some of the most detailed remarks": no count
    r"(?=\s+(?:of\s+(?:the|them|those|these|its|their)\b|North\s+Korean|N\.\s*Korean|DPRK)))\b"
)

_VAGUE_WORDS = (
    "several",
    "few",
    "couple",
    "many",
    "tens",
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "handful",
    "number",
    "some",
)
_VAGUE_GATE = Gate(_VAGUE_WORDS)

# Shares and units that make a number something other than a head count.
_SHARE_AFTER = ci(
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|rounds?|[,.]\d))|"
    r"\s*(?:%|per\s*cent\b|percent\b|pct\b)|\s*-?\s*(?:thirds?|quarters?|fifths?|tenths?)\b"
    r"|\s+[a-z]+\s+for\s+every\b"  # "three casualties for every one": a ratio
)
_RATIO_BEFORE = rx(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?$|\bfor\s+every\s+$"
    # "for every soldier killed, about three were wounded"; "for every one of my men who is
    # wounded, they lose something like ten"
    r"|\b[Ff]or\s+every\s+[^.;,]{1,60},\s*(?:[a-z'’]+\s+){0,5}$"
)
_SHARE_WORDS = rx(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth)\b", re.I)


@dataclass(slots=True)
class Figure:
    """A stated quantity: its span in the searched text, values and qualifier."""

    start: int
    end: int
    text: str
    value_low: int | None
    value_high: int | None
    qualifier: str
    is_vague: bool = False


def words_to_int(words: str) -> int | None:
    """Value of a run of English number words, e.g. "two hundred and fifty" -> 250."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in ("a", "an"):
            current = max(current, 1)
        elif token in _UNITS:
            current += _UNITS[token]
            seen = True
        elif token in _TENS:
            current += _TENS[token]
            seen = True
        elif token == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif token == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif token in ("thousand", "million"):
            total += max(current, 1) * _SCALES[token]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """Integer value of one number as written: "3,000", "1.5 million", "12k", "twelve"."""
    raw = text.strip().lower()
    digits = raw.replace(",", "")
    if digits.isascii() and digits.isdigit():  # "3,000", "12": the common case, no regex
        return int(digits) if len(digits) <= 15 else None
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(million|thousand|hundred|k)?", raw)
    if match:
        digits = match.group(1).replace(",", "")
        if len(digits) > 15:
            return None  # no head count has this many digits; avoid float overflow
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = {"million": 1_000_000, "thousand": 1000, "hundred": 100, "k": 1000}.get(
            match.group(2) or "", 1
        )
        return int(round(value * scale))
    return words_to_int(raw)


def _is_share(text: str, end: int) -> bool:
    """A percentage or fraction right after the number ("40%", "a third of")."""
    return bool(_SHARE_AFTER.match(text, end))


def _qualifier(match: re.Match[str], has_high: bool) -> str:
    """Map the hedge words and range shape to one of model.QUALIFIERS."""
    post = (match.group("post") or "").strip().lower()
    if has_high:
        return "range"
    if post in ("+", "plus", "-plus") or post.endswith("plus") or post.endswith("or more"):
        return "more_than" if "+" in post or "plus" in post else "at_least"
    qual = (match.group("qual") or "").strip().lower()
    qual = " ".join(qual.split())
    if qual:
        return _QUAL_MAP.get(qual, "about")
    if post.endswith("or so"):
        return "about"
    return "exactly"


def _values(qualifier: str, low: int, high: int | None) -> tuple[int | None, int | None]:
    """Fill value_low/value_high by the project's convention for each qualifier."""
    if qualifier == "range" and high is not None:
        return (low, high) if low <= high else (high, low)
    if qualifier in ("at_least", "more_than"):
        return low, None
    if qualifier == "up_to":
        return None, low
    return low, low


_YEAR_RE = rx(r"(?:19|20)\d\d")
_PEOPLE_AFTER = ci(
    r"\s+(?:(?:North\s+Korean|N\.\s*Korean|DPRK|more|additional|other)\s+)?"
    r"(?:soldiers|troops|men|people|personnel|servicemen|fighters|North\s+Koreans)\b"
)


def _is_year(text: str, match: re.Match[str], low_text: str) -> bool:
    """'2024' and 'in 1950' are years unless people follow ("2000 troops")."""
    if not _YEAR_RE.fullmatch(low_text.strip()):
        return False
    return not _PEOPLE_AFTER.match(text, match.end("low") if match.group("low") else match.end())


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every numeric or vague head-count candidate in text[start:end], left to right, not
    overlapping; offsets index `text`."""
    figures: list[Figure] = []
    end = len(text) if end is None else end
    original, text = text, lowered(text)
    vague = _VAGUE_GATE.any_in(text, start, end)
    vague_spans = (
        [(m.start(), m.end()) for m in _VAGUE_RE.finditer(text, start, end)] if vague else []
    )
    taken_until = -1
    for match in _FIGURE_RE.finditer(text, start, end):
        if match.start() < taken_until:
            continue
        if any(
            s <= match.start("b_low" if match.group("b_low") else "low") < e for s, e in vague_spans
        ):
            continue
        low_text = match.group("b_low") or match.group("low")
        high_text = match.group("b_high") or match.group("high")
        low = parse_number(low_text)
        if low is None or (not match.group("between") and _is_year(text, match, low_text)):
            continue
        high = parse_number(high_text) if high_text else None
        if high_text and (high is None or _range_is_not_range(match, low, high)):
            high = None
        first_at = match.start()
        stop = (
            match.end("b_high")
            if match.group("b_high")
            else (match.end("high") if high is not None else match.end("low"))
        )
        if match.group("post") and high is None:
            stop = match.end("post")
        if _is_share(text, stop) or _RATIO_BEFORE.search(text, max(0, first_at - 80), first_at):
            continue
        has_high = high is not None
        qualifier = _qualifier(match, has_high)
        if not has_high and qualifier == "exactly" and "dozen" in low_text:
            qualifier = "about"
        value_low, value_high = _values(qualifier, low, high)
        first = match.start()
        figures.append(Figure(first, stop, original[first:stop], value_low, value_high, qualifier))
        taken_until = stop
    for first, stop in vague_spans:
        if any(f.start <= first < f.end for f in figures):
            continue
        figures.append(Figure(first, stop, original[first:stop], None, None, "vague", True))
    figures.sort(key=lambda f: f.start)
    return figures


def _range_is_not_range(match: re.Match[str], low: int, high: int) -> bool:
    """'1950-53' or '24/7' style pairs and 'one or two' oddities are not ranges of people."""
    if match.group("between"):
        return False
    sep = match.string[match.end("low") : match.start("high")].strip().lower()
    if sep == "or" and high < low:
        return True
    return high < low


def is_share_phrase(text: str) -> bool:
    """A fraction word ("a third of", "half") that marks a share, not a count."""
    return bool(_SHARE_WORDS.search(text))
