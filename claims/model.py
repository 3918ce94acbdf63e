"""The records that flow from extraction into DuckDB.

Extraction returns these plain dataclasses; `claims.store` adds identifiers
(doc_id, claim_id, statement_key) and writes them. Keeping them free of any
database or Streamlit import lets the extractor be tested and benchmarked alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

METRICS = (
    "killed",
    "wounded",
    "killed_or_wounded",
    "casualties",
    "captured",
    "missing",
    "suicides",
    "deployed",
)
QUALIFIERS = ("exactly", "about", "at_least", "more_than", "up_to", "range", "vague")
PRECISIONS = ("day", "week", "month", "year")
EVENT_CATEGORIES = (
    "diplomacy",
    "treaty",
    "military_cooperation",
    "deployment",
    "combat",
    "casualties",
    "arms_transfer",
    "statement",
)
# How the claimant was identified: by name, as an anonymous source, or not at
# all (the outlet's own voice, claimant = the outlet).
ATTRIBUTIONS = ("named", "anonymous", "unattributed")


@dataclass(frozen=True)
class Article:
    """One input article: its text (the provenance anchor) and metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    language: str = "en"
    source_path: str | None = None


@dataclass(slots=True)
class Claim:
    """One stated figure about North Korean troops, as the article words it.

    `quote == article.text[char_start:char_end]` always holds for extracted
    claims. value_low/value_high are None for vague figures ("several").
    """

    claimant: str
    claimant_country: str
    metric: str
    qualifier: str
    value_text: str
    quote: str
    char_start: int
    char_end: int
    value_low: int | None = None
    value_high: int | None = None
    claimant_role: str | None = None
    attribution: str = "named"
    relayed_by: str | None = None
    subject: str = "North Korean soldiers"
    period_text: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    said_on: date | None = None
    said_on_precision: str | None = None
    said_on_text: str | None = None
    location: str | None = None
    place_id: str | None = None
    confidence: float = 0.5
    extractor: str = ""


@dataclass(slots=True)
class Event:
    """One milestone of Russia–DPRK ties stated in an article."""

    date: date
    date_precision: str
    title: str
    category: str
    quote: str
    char_start: int
    char_end: int
    description: str | None = None
    actors: list[str] = field(default_factory=list)
    date_text: str | None = None
    confidence: float = 0.5
    extractor: str = ""


@dataclass
class Extraction:
    """What the extractor found in one article."""

    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
