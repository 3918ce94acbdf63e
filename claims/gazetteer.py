"""The gazetteer: named places with sourced coordinates (data/reference/places.csv)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from claims.paths import REFERENCE_DIR

PLACES_CSV = REFERENCE_DIR / "places.csv"


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    alt_names: tuple[str, ...]
    kind: str
    admin1: str
    country: str
    lat: float
    lon: float
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that refers to this place, the main name first."""
        return (self.name, *self.alt_names)


def slug(name: str) -> str:
    """A stable identifier from a place name: 'Kursk region' -> 'kursk-region'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def load_places(path: Path = PLACES_CSV) -> list[Place]:
    """Read the gazetteer CSV (columns name,alt_names,kind,admin1,country,lat,lon,source)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Place(
                place_id=slug(row["name"]),
                name=row["name"],
                alt_names=tuple(a.strip() for a in row["alt_names"].split(";") if a.strip()),
                kind=row["kind"],
                admin1=row["admin1"],
                country=row["country"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                source=row["source"],
            )
            for row in csv.DictReader(handle)
        ]
