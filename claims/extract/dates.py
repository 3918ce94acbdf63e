"""Dates and periods in running text, resolved against the article's publication date.

A statement date ("said Friday") is resolved to the most recent such day on or
before publication; a month with no year ("in June") to the most recent such
month on or before it. Coarse expressions keep their precision (week, month,
year) so the dashboard never shows false precision.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from claims.extract.casefold import Gate, ci, lowered
from claims.extract.numbers import parse_number

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Months and their abbreviations as a prefix trie: "Jan(?:uary|\.)?" tries "January", "Jan.",
# "Jan" in that order, as the plain alternation (full names first) did, but far faster.
_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Ju(?:n(?:e|\.)?|l(?:y|\.)?)"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

_POINT_RE = ci(  # every branch opens at a word boundary: test it once
    rf"\b(?=\w)(?:(?P<md>(?P<md_m>{_MONTH_RE})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_y>(?:19|20)\d\d))?)"
    rf"|(?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{_MONTH_RE})(?:,?\s+(?P<dm_y>(?:19|20)\d\d))?)"
    rf"|(?P<wd>(?:(?:on|last|this|late|early)\s+)?(?P<wd_d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b)"
    rf"|(?P<rel>(?:yesterday|today|tonight|this\s+morning|earlier\s+today|on\s+the\s+same\s+day)\b)"
    rf"|(?P<week>(?:earlier\s+this|this|last|late\s+last|early\s+last)\s+week\b)"
    rf"|(?P<month>(?:earlier\s+this|this|last|late\s+last|early\s+last)\s+month\b)"
    rf"|(?P<year>(?:earlier\s+this|this|last)\s+year\b)"
    rf"|(?P<my>(?:(?P<my_last>last|this|early|late|mid-?|in|since|by)\s+)?(?P<my_m>{_MONTH_RE})(?:\s+(?P<my_y>(?:19|20)\d\d))?\b(?!\s+\d))"
    rf"|(?P<yr>in\s+(?P<yr_y>(?:19|20)\d\d)\b))"
)

_NUMWORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a|several|few)"
)
_PERIOD_RE = ci(  # every branch opens at a word boundary: test it once
    rf"\b(?=\w)(?:(?P<past>(?:just\s+)?(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|preceding)\s+"
    rf"(?:(?P<past_n>{_NUMWORD})\s+)?(?P<past_u>days?|weeks?|months?|hours?|24\s+hours)\b)"
    rf"|(?P<span>(?:over|during|in|within|across)\s+(?:a|an|the\s+course\s+of)?\s*(?P<span_n>{_NUMWORD})"
    rf"(?:\s+|-)(?P<span_u>days?|weeks?|months?)(?:\s+period)?\b)"
    rf"|(?P<between>between\s+(?P<b_m1>{_MONTH_RE})(?:\s+(?P<b_y1>(?:19|20)\d\d))?\s+and\s+(?P<b_m2>{_MONTH_RE})(?:\s+(?P<b_y2>(?:19|20)\d\d))?\b)"
    rf"|(?P<since>since\s+(?:(?:early|late|mid-?)\s*)?(?P<s_m>{_MONTH_RE})(?:\s+(?P<s_y>(?:19|20)\d\d))?\b)"
    rf"|(?P<since_vague>since\s+(?:the\s+autumn|the\s+fall|last\s+autumn|last\s+year"
    rf"|the\s+start\s+of\s+the\s+(?:war|deployment)|they\s+(?:were\s+)?(?:entered|arrived"
    rf"|deployed)[a-z ]{{0,30}}|(?:its|their)\s+troops\s+entered[a-z ]{{0,30}}"
    rf"|the\s+deployment[a-z ]{{0,20}})\b)"
    rf"|(?P<asof>as\s+of\s+(?:(?P<asof_mid>mid|early|late)-?\s*)?(?P<a_m>{_MONTH_RE})(?:\s+(?P<a_d>\d{{1,2}}))?(?:,?\s+(?P<a_y>(?:19|20)\d\d))?\b)"
    rf"|(?P<sofar>(?:so\s+far|to\s+date|in\s+total|overnight|in\s+a\s+single\s+day|in\s+one\s+day|a\s+day\s+on\s+average|per\s+day|a\s+day)\b))"
)


# Words one of which every date (or period) expression contains: a cheap gate.
_DATE_WORDS = (
    "day", "week", "month", "year", "tonight", "morning", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", " in 19",
    " in 20", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept", "oct.",
    "nov.", "dec.", "jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ", "sep ", "oct ",
    "nov ", "dec ",
)  # fmt: skip
_DATE_GATE = Gate(_DATE_WORDS)
_PERIOD_WORDS = (
    "day",
    "week",
    "month",
    "hour",
    "since",
    "between",
    "as of",
    "so far",
    "to date",
    "in total",
    "overnight",
)
_PERIOD_GATE = Gate(_PERIOD_WORDS)


@dataclass(slots=True)
class DateMention:
    """A resolved date expression: span (in the searched text), date, precision, words."""

    start: int
    end: int
    text: str
    value: date
    precision: str


@dataclass(slots=True)
class Period:
    """The span a figure covers, verbatim, with bounds where they can be computed."""

    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None


def month_number(word: str) -> int | None:
    """1..12 for a month name or abbreviation ("Dec.", "September")."""
    return _MONTHS.get(word.lower().rstrip("."))


def last_weekday(published: date, weekday: str) -> date:
    """The most recent `weekday` on or before `published` (the same day if it matches)."""
    target = WEEKDAYS.index(weekday.lower())
    return published - timedelta(days=(published.weekday() - target) % 7)


def week_start(day: date) -> date:
    """Monday of the week holding `day` (a week-precision date is its Monday)."""
    return day - timedelta(days=day.weekday())


def _recent_month(published: date, month: int, strictly_before: bool = False) -> date:
    """First day of the most recent `month` on or before the published month."""
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return date(year, month, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(match: re.Match[str], published: date) -> tuple[date, str] | None:
    """(date, precision) for one point-date match, or None if it can't be placed."""
    low = match.group(0).lower()
    if match.group("md") or match.group("dm"):
        month = month_number(match.group("md_m") or match.group("dm_m"))
        day = int(match.group("md_d") or match.group("dm_d"))
        year_text = match.group("md_y") or match.group("dm_y")
        if month is None:
            return None
        if year_text:
            found = _safe_date(int(year_text), month, day)
        else:
            found = _safe_date(published.year, month, day)
            if found and found > published:
                found = _safe_date(published.year - 1, month, day)
        return (found, "day") if found else None
    if match.group("wd"):
        return last_weekday(published, match.group("wd_d")), "day"
    if match.group("rel"):
        return (published - timedelta(days=1), "day") if "yesterday" in low else (published, "day")
    if match.group("week"):
        base = week_start(published)
        return (base - timedelta(days=7), "week") if "last" in low else (base, "week")
    if match.group("month"):
        base = date(published.year, published.month, 1)
        return (_add_months(base, -1), "month") if "last" in low else (base, "month")
    if match.group("year"):
        return (date(published.year - (1 if "last" in low else 0), 1, 1), "year")
    if match.group("my"):
        month = month_number(match.group("my_m"))
        if month is None or (match.group("my_m").lower() == "may" and not match.group("my_y")):
            return None  # "may" is mostly the verb
        if match.group("my_y"):
            return date(int(match.group("my_y")), month, 1), "month"
        lead = (match.group("my_last") or "").lower()
        return _recent_month(published, month, strictly_before=(lead == "last")), "month"
    if match.group("yr"):
        return date(int(match.group("yr_y")), 1, 1), "year"
    return None


def find_dates(
    text: str, published: date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Point dates in text[start:end], resolved against `published` (None: nothing resolvable)."""
    if published is None:
        return []
    end = len(text) if end is None else end
    low = lowered(text)
    if not _DATE_GATE.any_in(low, start, end):
        return []
    found = []
    for match in _POINT_RE.finditer(low, start, end):
        resolved = _resolve(match, published)
        if resolved:
            found.append(
                DateMention(
                    match.start(), match.end(), text[match.start() : match.end()], *resolved
                )
            )
    return found


def _count(word: str | None) -> int | None:
    if not word:
        return 1
    if word.lower() in ("a", "few", "several"):
        return None if word.lower() != "a" else 1
    return parse_number(word)


def _period_bounds(match: re.Match[str], said_on: date | None) -> tuple[date | None, date | None]:
    """Compute (start, end) of a period where the words and the statement date allow it."""
    if said_on is None:
        return None, None
    if match.group("past"):
        unit = match.group("past_u").lower()
        count = _count(match.group("past_n"))
        if count is None:
            return None, said_on
        if "hour" in unit:
            return said_on - timedelta(days=1), said_on
        days = {"day": 1, "week": 7, "month": 30}[unit.rstrip("s")] * count
        return said_on - timedelta(days=days - 1), said_on
    if match.group("between"):
        m1, m2 = month_number(match.group("b_m1")), month_number(match.group("b_m2"))
        if not (m1 and m2):
            return None, None
        y2 = int(match.group("b_y2")) if match.group("b_y2") else _recent_month(said_on, m2).year
        y1 = int(match.group("b_y1")) if match.group("b_y1") else (y2 if m1 <= m2 else y2 - 1)
        return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])
    if match.group("since"):
        month = month_number(match.group("s_m"))
        if not month:
            return None, said_on
        if match.group("s_y"):
            return date(int(match.group("s_y")), month, 1), said_on
        return _recent_month(said_on, month), said_on
    if match.group("asof"):
        month = month_number(match.group("a_m"))
        if not month:
            return None, None
        year = int(match.group("a_y")) if match.group("a_y") else _recent_month(said_on, month).year
        if match.group("a_d"):
            return None, _safe_date(year, month, int(match.group("a_d")))
        mid = (match.group("asof_mid") or "").lower()
        day = {"mid": 15, "early": 5, "late": 25}.get(mid, calendar.monthrange(year, month)[1])
        return None, date(year, month, day)
    if match.group("sofar"):
        low = match.group(0).lower()
        if low in ("so far", "to date", "in total"):
            return None, said_on
        if low in ("in a single day", "in one day", "overnight"):
            return said_on - timedelta(days=1) if low == "overnight" else said_on, said_on
        return None, None
    if match.group("since_vague"):
        return None, said_on
    return None, None


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Period expressions in text[start:end]; bounds are computed once said_on is known."""
    end = len(text) if end is None else end
    low = lowered(text)
    if not _PERIOD_GATE.any_in(low, start, end):
        return []
    return list(_PERIOD_RE.finditer(low, start, end))


def make_period(match: re.Match[str], said_on: date | None, text: str | None = None) -> Period:
    """The Period for one period match, bounds anchored on the statement date.

    `text` is the original (not lower-cased) text the match was found in, for the words.
    """
    period_start, period_end = _period_bounds(match, said_on)
    words = (text if text is not None else match.string)[match.start() : match.end()]
    return Period(match.start(), match.end(), words, period_start, period_end)
