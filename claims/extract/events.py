"""Milestones of Russia–DPRK ties stated in a sentence: treaties, invasion, messages, visits.

Each rule pairs a keyword pattern with the date expression nearest to its verb,
and only fires in sentences that speak of Russia or North Korea, so timelines are
not cluttered with unrelated dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extract.casefold import Gate, ci, lowered
from claims.extract.dates import DateMention

_TIES = ci(r"North\s+Korea|Pyongyang|DPRK|Kim\s+Jong|Russia|Moscow|Putin|Kremlin")


_TRIGGERS = (
    "invasion",
    "invaded",
    "pact",
    "treaty",
    "agreement",
    "partnership",
    "ratif",
    "message",
    "letter",
    "greeting",
    "congratul",
    "visit",
    "summit",
    "arrived",
    "deploy",
    "arriv",
    "sending",
    "captur",
    "confirm",
    "acknowledg",
    "admit",
    "sign",
)
_TRIGGERS_GATE = Gate(_TRIGGERS)


@dataclass(slots=True)
class EventRule:
    """A kind of event: what triggers it, its category and a short title."""

    pattern: re.Pattern[str]
    category: str
    title: str
    actors: tuple[str, ...]


RULES: tuple[EventRule, ...] = (
    EventRule(
        ci(r"\binvasion\s+of\s+Ukraine\b|\binvaded\s+Ukraine\b|full-scale\s+invasion"),
        "combat",
        "Russia's invasion of Ukraine",
        ("Russia", "Ukraine"),
    ),
    EventRule(
        ci(
            r"\b(?:pact|treaty|agreement|partnership)\b[^.;]{0,60}?\b(?:came|comes|entered|enters)\s+into\s+force"
            r"|\b(?:pact|treaty|agreement)\b[^.;]{0,40}?\btook\s+effect"
        ),
        "treaty",
        "Russia–DPRK defence pact comes into force",
        ("Russia", "DPRK"),
    ),
    EventRule(
        ci(
            r"\b(?:pact|treaty|agreement|partnership)\b[^.;]{0,60}?\bsigned\b"
            r"|\bsign(?:ed|s)?\s+(?:a|the)\s+(?:\w+\s+){0,3}(?:pact|treaty|agreement)"
        ),
        "treaty",
        "Russia–DPRK defence pact signed",
        ("Russia", "DPRK"),
    ),
    EventRule(
        ci(
            r"\b(?:pact|treaty|agreement)\b[^.;]{0,60}?\bratif(?:ied|y)|\bratif(?:ied|y)\b[^.;]{0,40}?\b(?:pact|treaty)"
        ),
        "treaty",
        "Russia–DPRK defence pact ratified",
        ("Russia", "DPRK"),
    ),
    EventRule(
        ci(
            r"\bsent\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}(?:message|letter|greetings?|congratulations)"
            r"|\b(?:message|letter)\s+to\s+(?:North\s+Korean\s+leader\s+)?Kim"
        ),
        "statement",
        "Putin–Kim message",
        ("Russia", "DPRK"),
    ),
    EventRule(
        ci(
            r"\b(?:visited|visit\s+to|arrived\s+in|summit\s+(?:in|with))\s+(?:Pyongyang|Moscow|Vladivostok|Russia|North\s+Korea)"
        ),
        "diplomacy",
        "Russia–DPRK visit",
        ("Russia", "DPRK"),
    ),
    EventRule(
        ci(
            r"\bcaptur(?:ed|es|e)\s+(?:two|three|\d+|a|an|several|the\s+first)\s+(?:\w+\s+)?North\s+Korean"
        ),
        "casualties",
        "North Korean soldiers captured",
        ("Ukraine", "DPRK"),
    ),
    EventRule(
        ci(
            r"\bNorth\s+Korea\s+(?:confirm|acknowledg|admit)\w*\b[^.;]{0,60}\b(?:sent|deploy\w*)\s+troops"
        ),
        "statement",
        "North Korea acknowledges its troops in Russia",
        ("DPRK", "Russia"),
    ),
    EventRule(
        ci(r"\b(?:first|began|begun|started)\s+(?:\w+\s+){0,2}(?:deploy\w*|arriv\w*|sending)\b"),
        "deployment",
        "North Korean troops deployed to Russia",
        ("DPRK", "Russia"),
    ),
)

# For each rule, words one of which every match of it contains (lower case): a rule whose
# words are all absent from the sentence is not searched.
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("invasion", "invaded"),
    ("force", "effect"),
    ("sign",),
    ("ratif",),
    ("message", "letter", "greeting", "congratulation"),
    ("visit", "arrived", "summit"),
    ("captur",),
    ("confirm", "acknowledg", "admit"),
    ("first", "began", "begun", "started"),
)
assert len(_NEEDS) == len(RULES)

@dataclass(slots=True)
class _Dated:
    """A DateMention plus whether it is a line-opening label ("January 2025:")."""

    start: int
    end: int
    text: str
    value: object
    precision: str
    label: bool


def _labelled(dates: list[DateMention], text: str, start: int) -> list[_Dated]:
    return [
        _Dated(
            d.start,
            d.end,
            d.text,
            d.value,
            d.precision,
            d.start - start <= 2 and text[d.end : d.end + 1] == ":",
        )
        for d in dates
    ]


@dataclass(slots=True)
class FoundEvent:
    """A rule hit with its date: offsets are those of the sentence."""

    rule: EventRule
    date: DateMention
    start: int
    end: int


def find_events(text: str, start: int, end: int, dates_fn, said_fn) -> list[FoundEvent]:
    """Events in the sentence [start, end).

    `dates_fn()` gives the sentence's dates and `said_fn()` the date of its speech cue
    ("said Friday", for reported statements); both are called only when a rule fires.
    """
    original, text = text, lowered(text)
    if not _TRIGGERS_GATE.any_in(text, start, end) or not _TIES.search(text, start, end):
        return []
    find = text.find
    hits = [
        (rule, match)
        for rule, needs in zip(RULES, _NEEDS, strict=True)
        if any(find(word, start, end) >= 0 for word in needs)  # cheap: a word each match holds
        for match in [rule.pattern.search(text, start, end)]
        if match
    ]
    if not hits:
        return []
    dates = dates_fn()
    if not dates:
        return []
    said = said_fn()
    found: list[FoundEvent] = []
    used: set[int] = set()
    for rule, first in hits:
        for match in rule.pattern.finditer(text, first.start(), end):
            date = _nearest_after(_labelled(dates, original, start), match.end(), end, used)
            if rule.category == "statement" and said is not None:
                date = said
            if date is None:
                continue
            used.add(date.start)
            found.append(FoundEvent(rule, date, start, end))
            break
    return found


def _nearest_after(
    dates: list[DateMention], pos: int, end: int, used: set[int]
) -> DateMention | None:
    """The first unused date within 40 characters after the trigger ("signed in June"), else
    a date label opening the line ("June 2024: Putin and Kim sign a treaty")."""
    for mention in dates:
        if mention.start in used:
            continue
        if pos - 15 <= mention.start <= pos + 40 and mention.end <= end:
            return mention
    for mention in dates:
        if mention.start not in used and mention.label:
            return mention
    return None
