"""Named SQL statements from queries/*.sql: one statement a file, bound parameters."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.paths import QUERIES_DIR

_NAME = re.compile(r"^[a-z0-9_]+$")


@lru_cache(maxsize=None)
def load_sql(name: str) -> str:
    """The text of queries/<name>.sql; names are checked so no path can escape."""
    if not _NAME.match(name):
        raise ValueError(f"bad query name {name!r}")
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")
