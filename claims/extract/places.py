"""Where a claim applies: gazetteer places named in the sentence or its paragraph.

Names come from claims.gazetteer.load_places(), matched as whole words with one
compiled regex (longest names first, so "Kursk region" beats "Kursk"). A bare
"Kursk" in war reporting means the region, not the city, unless the text says
"city"; countries ("Russia", "Ukraine") are kept as words with no place_id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.extract.casefold import ci, lowered, rx, trie_pattern
from claims.gazetteer import Place, load_places

_COUNTRY_RE = rx(r"\b(?:in|to|into|inside|across|within)\s+(Russia|Ukraine)\b(?!'s|’s)")
_REGION_REF = ci(r"\b(?:the|that)\s+(?:region|area|oblast|province)\b|\bthere\b")


@dataclass(slots=True)
class PlaceMention:
    """A place named at [start, end) of the searched text."""

    start: int
    end: int
    name: str  # canonical gazetteer name, or the country as written
    place_id: str | None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[re.Pattern[str], dict[str, Place]]:
    """One regex over every spelling, and a map from lower-cased spelling to its Place."""
    try:
        places = load_places()
    except (OSError, ValueError, KeyError):
        places = []
    by_name: dict[str, Place] = {}
    for place in places:
        for name in place.names:
            by_name.setdefault(name.lower(), place)
    if not by_name:
        return rx(r"(?!x)x"), by_name
    names = sorted(by_name, key=len, reverse=True)
    pattern = r"(?<!\w)" + trie_pattern(names) + r"(?!\w)"
    return rx(pattern), by_name  # names are lower-case: run on lowered() text


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """Every lower-case gazetteer spelling: a cheap substring gate before the big regex."""
    _, by_name = _gazetteer()
    return tuple(sorted(by_name, key=len))


def _region_for_bare_kursk(text: str, match: re.Match[str], place: Place) -> Place:
    """Map a bare "Kursk" to the Kursk region unless the city is meant."""
    if place.place_id != "kursk" or match.group(0).lower() != "kursk":
        return place
    before = text[max(0, match.start() - 12) : match.start()].lower()
    after = text[match.end() : match.end() + 6].lower()
    if "city" in before or after.startswith(" city"):
        return place
    _, by_name = _gazetteer()
    return by_name.get("kursk region", place)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Gazetteer places in text[start:end], in order."""
    regex, by_name = _gazetteer()
    end = len(text) if end is None else end
    low = lowered(text)
    found = []
    for match in regex.finditer(low, start, end):
        place = by_name.get(match.group(0))
        if place is None:
            continue
        place = _region_for_bare_kursk(text, match, place)
        found.append(PlaceMention(match.start(), match.end(), place.name, place.place_id))
    return found


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """ "in Russia" / "to Ukraine": a country as the location, with no place_id."""
    end = len(text) if end is None else end
    return [
        PlaceMention(m.start(1), m.end(1), m.group(1), None)
        for m in _COUNTRY_RE.finditer(text, start, end)
    ]


def is_place_name(name: str) -> bool:
    """Is `name` (any case) one of the gazetteer's spellings?"""
    return name.lower() in _gazetteer()[1]


def refers_to_region(text: str) -> bool:
    """ "in the region" / "there": the place is the one named just before."""
    return bool(_REGION_REF.search(lowered(text)))
