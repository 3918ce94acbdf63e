"""Shared fixtures for the dashboard tests: built databases and a real Streamlit server."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from claims.browser import DashboardServer
from claims.paths import ROOT
from claims.store import SCHEMA_VERSION, create_derived_tables

HOSTILE_TEXT = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def _build(db: Path, articles_dir: Path | None = None) -> Path:
    from claims.store import build_database

    if articles_dir is None:
        build_database(db)
    else:
        build_database(db, articles_dir)
    return db


@pytest.fixture(scope="session")
def dashboard_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed database built from data/ by claims.store.build_database."""
    return _build(tmp_path_factory.mktemp("seed") / "claims.duckdb")


EXTRA_ARTICLE = """---
title: Kyiv says North Korean losses climb
outlet: Test Wire
published: 2025-01-10
---
KYIV, Jan 10 (Test Wire) - Ukraine's military intelligence said on Friday that about 400 \
North Korean soldiers had been killed in the Kursk region since early December.
"""


@pytest.fixture
def article_sets(tmp_path: Path) -> tuple[Path, Path]:
    """Two article folders for rebuild tests: the seed alone, and the seed plus one more."""
    from claims.paths import ARTICLES_DIR

    small, large = tmp_path / "small", tmp_path / "large"
    for folder in (small, large):
        folder.mkdir()
        for seed in ARTICLES_DIR.glob("*.txt"):
            shutil.copy(seed, folder / seed.name)
    (large / "extra.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    return small, large


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the schema and no rows at all."""
    db = tmp_path_factory.mktemp("empty") / "claims.duckdb"
    con = duckdb.connect(str(db))
    con.execute((ROOT / "queries" / "schema.sql").read_text(encoding="utf-8"))
    con.execute("INSERT INTO build_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    con.close()
    return db


@pytest.fixture(scope="session")
def hostile_db(dashboard_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed database plus an article whose text and metadata are markup, with one claim."""
    db = tmp_path_factory.mktemp("hostile") / "claims.duckdb"
    shutil.copy(dashboard_db, db)
    text = HOSTILE_TEXT + " Officials said 500 North Korean soldiers were killed."
    quote = "500 North Korean soldiers were killed"
    start = text.index(quote)
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO documents (doc_id, title, outlet, author, url, published, language, "
        "source_path, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'en', 'hostile.txt', ?, now())",
        [
            "hostile00000000",
            HOSTILE_TEXT,
            "<b>Evil Outlet</b>",
            "<i>x</i>",
            "javascript:alert(1)",
            "2025-01-05",
            text,
        ],
    )
    con.execute(
        "INSERT INTO claims (claim_id, doc_id, origin, claimant, claimant_country, metric, "
        "value_low, value_high, value_text, qualifier, said_on, quote, char_start, char_end, "
        "statement_key) VALUES ('hostileclaim0001', 'hostile00000000', 'extracted', ?, 'other', "
        "'killed', 500, 500, '500', 'exactly', '2025-01-05', ?, ?, ?, 'hostilekey')",
        ["<script>alert(2)</script>", quote, start, start + len(quote)],
    )
    create_derived_tables(con)  # what the dashboard reads, refilled as a real write does
    con.close()
    return db


@pytest.fixture(scope="session")
def large_db(dashboard_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed database plus 6,000 synthetic killed claims (to test sampling)."""
    db = tmp_path_factory.mktemp("large") / "claims.duckdb"
    shutil.copy(dashboard_db, db)
    con = duckdb.connect(str(db))
    con.execute(
        """
        INSERT INTO claims (claim_id, origin, claimant, claimant_country, metric, value_low,
                            value_high, value_text, qualifier, said_on, quote, outlet)
        SELECT 'synthetic' || i, 'curated', 'Synthetic source ' || (i % 40), 'other', 'killed',
               100 + i, 100 + i, CAST(100 + i AS VARCHAR), 'exactly',
               DATE '2024-10-01' + CAST(i % 300 AS INTEGER), 'synthetic', 'Synthetic Wire'
        FROM range(6000) t(i)
        """
    )
    create_derived_tables(con)
    con.close()
    return db


# ------------------------------------------------------------------ Streamlit server


@pytest.fixture(scope="session")
def streamlit_server(dashboard_db: Path, tmp_path_factory: pytest.TempPathFactory
                     ) -> Iterator[str]:
    """A real `streamlit run app.py` on a free port, reading the seed database."""
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with DashboardServer(ROOT / "app.py", dashboard_db, log) as server:
        yield server.url


@pytest.fixture(scope="session")
def server_factory(tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[Callable[[Path], str]]:
    """Start extra servers on other databases; all are stopped at the end of the session."""
    servers: list[DashboardServer] = []

    def make(db: Path) -> str:
        log = tmp_path_factory.mktemp("server") / "streamlit.log"
        server = DashboardServer(ROOT / "app.py", db, log)
        servers.append(server)
        server.start()
        return server.url

    yield make
    for server in servers:
        server.stop()
