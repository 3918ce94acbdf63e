"""Where things live. Everything is relative to the checkout so a fresh clone works."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
REFERENCE_DIR = DATA_DIR / "reference"
QUERIES_DIR = ROOT / "queries"
DEFAULT_DB = DATA_DIR / "claims.duckdb"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: an explicit path, else $CLAIMS_DB, else data/claims.duckdb."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("CLAIMS_DB")
    return Path(env) if env else DEFAULT_DB
