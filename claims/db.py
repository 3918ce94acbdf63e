"""The dashboard's read layer: named SQL queries from queries/*.sql, run read-only.

`run_query(name, db_path=..., **params)` is pure (no Streamlit): it opens the DuckDB
file read-only, takes a cursor for the one query, binds the named parameters ($name)
and returns a DataFrame. `cached_query` wraps it in `st.cache_data`, keyed by the
file's version (path, mtime_ns, size), so a database rebuilt by an atomic rename is
picked up on the next rerun without restarting the server.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from claims.paths import QUERIES_DIR, database_path

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"--[^\n]*")

DbVersion = tuple[str, int, int, int]

# Size caps some queries take ($max_rows, ...). The pages pass them; other callers (the
# benchmarks, reports) may leave them out and get the pages' values.
DEFAULT_PARAMS: dict[str, int] = {"max_rows": 3000, "max_articles": 500, "max_groups": 30}


class QueryError(RuntimeError):
    """A named query is unknown or was called with the wrong parameters."""


def db_version(db_path: Path) -> DbVersion:
    """(path, inode, mtime_ns, size) of the database file; zeros when it does not exist.

    An atomic swap always brings a new inode, so a rebuilt file is a new version
    even if its time stamp and size happen to match the old one's.
    """
    try:
        st = Path(db_path).stat()
    except FileNotFoundError:
        return (str(db_path), 0, 0, 0)
    return (str(db_path), st.st_ino, st.st_mtime_ns, st.st_size)


@functools.cache
def query_text(name: str) -> str:
    """The SQL of queries/<name>.sql (one statement). Names are plain identifiers only."""
    if not _NAME.match(name) or name == "schema":
        raise QueryError(f"not a query name: {name!r}")
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise QueryError(f"no such query: {name}")
    return path.read_text(encoding="utf-8")


@functools.cache
def query_params(name: str) -> frozenset[str]:
    """The named parameters ($name) a query uses, comments excluded."""
    return frozenset(_PARAM.findall(_COMMENT.sub("", query_text(name))))


def _bind_value(value: Any) -> Any:
    if isinstance(value, (tuple, list, set, frozenset)):
        return [_bind_value(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def bind(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """Exactly the parameters `name` uses, taken from params (extra ones are dropped)."""
    wanted = query_params(name)
    params = {**{k: v for k, v in DEFAULT_PARAMS.items() if k in wanted}, **params}
    missing = wanted - params.keys()
    if missing:
        raise QueryError(f"query {name} needs parameters {sorted(missing)}")
    return {key: _bind_value(params[key]) for key in wanted}


ATTACHED = "claims_db"


def read_memory_limit() -> str:
    """DuckDB's memory for the dashboard's reads: $CLAIMS_DUCKDB_MEMORY, default 256MB.

    Left unbounded, DuckDB keeps up to 80% of RAM of table data cached per process; the
    pages only need small, sampled results, so a bound keeps a server's RSS predictable.
    """
    return os.environ.get("CLAIMS_DUCKDB_MEMORY", "256MB")


def open_read_only(db: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the database file as it is on disk now.

    `duckdb.connect(path)` reuses an instance already open on that path in this
    process, so while any session still holds a connection, a file swapped in by
    a rebuild would go unseen (and its stale answers be cached under the new
    version's key). Attaching the file to a fresh in-memory instance opens the
    current file every time, at the same cost.
    """
    con = duckdb.connect(":memory:", config={"memory_limit": read_memory_limit()})
    try:
        quoted = str(db).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS {ATTACHED} (READ_ONLY)")  # noqa: S608 - our path
        con.execute(f"USE {ATTACHED}")
    except BaseException:
        con.close()
        raise
    return con


def run_query(name: str, db_path: Path | str | None = None, **params: Any) -> pd.DataFrame:
    """Run queries/<name>.sql on the database, read-only, with bound parameters."""
    path = Path(db_path) if db_path is not None else database_path()
    sql = query_text(name)
    bound = bind(name, params)
    version = db_version(path)
    if version[1] == 0:  # no local file (remote catalog): a connection for this query alone
        con = open_read_only(path)
        try:
            return _run_on(con, sql, bound)
        finally:
            con.close()
    return _run_on(_connection_for(version), sql, bound)


def _run_on(con: duckdb.DuckDBPyConnection, sql: str, bound: dict[str, Any]) -> pd.DataFrame:
    cur = con.cursor()  # a cursor per query: its own connection to the shared instance
    try:
        cur.execute(f"USE {ATTACHED}")  # USE is per cursor
        return cur.execute(sql, bound).df()
    finally:
        cur.close()


@functools.lru_cache(maxsize=4)
def _connection_for(version: DbVersion) -> duckdb.DuckDBPyConnection:
    """One read-only connection per database version, shared through cursors.

    Opening the file for every query cost ~15 ms a query. Keyed by the file's
    version (inode, mtime, size), so a swapped-in rebuild gets a connection of its
    own on the next query; connections to replaced versions fall out of the cache.
    """
    return open_read_only(version[0])


def with_object_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain Python strings (missing: None).

    pandas 3 gives DuckDB's VARCHAR columns the Arrow-backed string dtype, whose
    per-row access is slow; the pages walk small frames row by row to build hover
    text and HTML, which is several times faster on object columns.
    """
    text = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c].dtype)]
    if not text:
        return frame
    out = frame.copy()
    for col in text:
        values = out[col].to_numpy(dtype=object, na_value=None)
        out[col] = pd.Series(values, index=out.index, dtype=object)
    return out


def _freeze(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_freeze(v) for v in value)
    return value


@functools.cache
def _cached_runner():  # pragma: no cover - exercised through the app tests
    import streamlit as st

    @st.cache_data(show_spinner=False, max_entries=512)
    def _run(name: str, version: DbVersion, frozen: tuple[tuple[str, Any], ...]) -> pd.DataFrame:
        return with_object_strings(run_query(name, version[0], **dict(frozen)))

    return _run


def cached_query(name: str, db_path: Path | str | None = None, **params: Any) -> pd.DataFrame:
    """`run_query` through st.cache_data, keyed by the file's (path, mtime_ns, size)."""
    path = Path(db_path) if db_path is not None else database_path()
    bound = bind(name, params)
    frozen = tuple(sorted((k, _freeze(v)) for k, v in bound.items()))
    return _cached_runner()(name, db_version(path), frozen)
