"""The seed article: exact values for every claim and event the curator recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claims.extract import EXTRACTOR, extract
from claims.model import Article
from claims.paths import ARTICLES_DIR

SEED = ARTICLES_DIR / "000_ed68fca5bd6909a3.txt"
FRIDAY = date(2024, 12, 27)


def _seed() -> Article:
    raw = Path(SEED).read_text(encoding="utf-8")
    _, _, text = raw[4:].partition("\n---\n")
    return Article(
        text=text,
        title="North Korean soldiers in Ukraine killing themselves to avoid capture",
        outlet="Mail Online",
        published=date(2024, 12, 28),
    )


@pytest.fixture(scope="module")
def result():
    return extract(_seed())


def _find(result, claimant: str, metric: str, **values):
    rows = [
        c
        for c in result.claims
        if c.claimant == claimant
        and c.metric == metric
        and all(getattr(c, k) == v for k, v in values.items())
    ]
    assert rows, (
        f"no {claimant} {metric} {values}: {[(c.claimant, c.metric) for c in result.claims]}"
    )
    return rows


def test_zelensky_two_rows(result):
    para = _find(result, "Volodymyr Zelensky", "killed_or_wounded", qualifier="at_least")[0]
    quote = _find(result, "Volodymyr Zelensky", "killed_or_wounded", qualifier="more_than")[0]
    for row in (para, quote):
        assert (row.value_low, row.value_high) == (3000, None)
        assert (row.location, row.place_id) == ("Kursk region", "kursk-region")
        assert (row.said_on, row.said_on_precision, row.said_on_text) == (FRIDAY, "day", "Friday")
        assert row.claimant_country == "UA"
    assert "had died or been injured" in para.quote
    assert "already exceeds 3,000 people" in quote.quote


def test_kirby_weekly_killed(result):
    row = _find(result, "John Kirby", "killed", qualifier="more_than")[0]
    assert (row.value_low, row.value_high) == (1000, None)
    assert row.claimant_role == "White House National Security Council spokesperson"
    assert row.claimant_country == "US"
    assert row.period_text == "just in the past week"
    assert (row.period_start, row.period_end) == (date(2024, 12, 21), FRIDAY)
    assert row.said_on == FRIDAY


def test_kirby_suicides_vague(result):
    row = _find(result, "John Kirby", "suicides")[0]
    assert (row.qualifier, row.value_low, row.value_high) == ("vague", None, None)
    assert "taken their own lives" in row.quote
    assert row.said_on == FRIDAY


def test_nis_one_captured(result):
    row = _find(result, "South Korea's National Intelligence Service (NIS)", "captured")[0]
    assert (row.qualifier, row.value_low, row.value_high) == ("exactly", 1, 1)
    assert row.claimant_country == "KR" and row.said_on == FRIDAY


def test_zelensky_several_captured(result):
    row = _find(result, "Volodymyr Zelensky", "captured")[0]
    assert (row.qualifier, row.value_low, row.value_high) == ("vague", None, None)
    assert row.said_on == FRIDAY


def test_sof_killed_and_wounded(result):
    killed = _find(result, "Ukrainian Special Operations Forces", "killed")[0]
    wounded = _find(result, "Ukrainian Special Operations Forces", "wounded")[0]
    assert (killed.qualifier, killed.value_low, killed.value_high) == ("exactly", 77, 77)
    assert (wounded.qualifier, wounded.value_low, wounded.value_high) == ("up_to", None, 40)
    for row in (killed, wounded):
        assert row.period_text == "over a three day period"
        assert (row.location, row.place_id) == ("Kursk region", "kursk-region")
        assert row.claimant_country == "UA"


def test_us_estimate_deployed(result):
    row = _find(result, "US estimates", "deployed")[0]
    assert (row.qualifier, row.value_low, row.value_high) == ("about", 11000, 11000)
    assert row.location == "Ukraine" and row.place_id is None
    assert row.claimant_country == "US"


def test_no_false_claims(result):
    quotes = " ".join(c.quote for c in result.claims)
    assert "brutal counterattack" not in quotes
    assert "Read More" not in quotes
    assert not any(
        c.quote.startswith("3,000 North Korean soldiers have been killed") for c in result.claims
    )
    assert len(result.claims) == 9


def test_events(result):
    got = {(e.date, e.date_precision, e.category) for e in result.events}
    assert (date(2022, 2, 1), "month", "combat") in got
    assert (date(2024, 6, 1), "month", "treaty") in got
    assert (date(2024, 12, 1), "month", "treaty") in got
    assert (FRIDAY, "day", "statement") in got


def test_offsets_and_extractor(result):
    text = _seed().text
    for item in [*result.claims, *result.events]:
        assert text[item.char_start : item.char_end] == item.quote
        assert item.extractor == EXTRACTOR
        assert 0 <= item.confidence <= 1
