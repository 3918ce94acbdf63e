"""Shared fixtures for the dashboard tests: built databases and a real Streamlit server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from claims.paths import ROOT
from claims.store import create_derived_tables

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


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the schema and no rows at all."""
    db = tmp_path_factory.mktemp("empty") / "claims.duckdb"
    con = duckdb.connect(str(db))
    con.execute((ROOT / "queries" / "schema.sql").read_text(encoding="utf-8"))
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_streamlit(script: Path, port: int, env: dict[str, str]) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=str(ROOT),
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    url = f"http://127.0.0.1:{port}"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return proc
        except OSError:
            time.sleep(0.3)
    stop_streamlit(proc)
    raise RuntimeError("streamlit did not become healthy in 60 s")


def stop_streamlit(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@pytest.fixture(scope="session")
def streamlit_server(dashboard_db: Path) -> Iterator[str]:
    """A real `streamlit run app.py` on a free port, reading the seed database."""
    port = free_port()
    proc = start_streamlit(ROOT / "app.py", port, {"CLAIMS_DB": str(dashboard_db)})
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_streamlit(proc)


@pytest.fixture(scope="session")
def server_factory() -> Iterator[Callable[[Path], str]]:
    """Start extra servers on other databases; all are stopped at the end of the session."""
    procs: list[subprocess.Popen] = []

    def make(db: Path) -> str:
        port = free_port()
        procs.append(start_streamlit(ROOT / "app.py", port, {"CLAIMS_DB": str(db)}))
        return f"http://127.0.0.1:{port}"

    yield make
    for proc in procs:
        stop_streamlit(proc)
