"""The claims database: build, ingest, export, bad input, atomic swaps.

Everything runs the real command line (`python -m claims …`) against real
DuckDB files in a temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from claims.paths import ARTICLES_DIR, ROOT

SEED = ARTICLES_DIR / "000_ed68fca5bd6909a3.txt"
SEED_TEXT_SHA256 = "217db8aa81814e30fd3685775da76d20932cf639ffc3a55319d5944ed349123f"

# A news-style article written for these tests (not a real report).
NEW_ARTICLE = """---
title: Seoul lawmakers say North Korean toll rising
outlet: Test Wire
published: 2025-01-14
url: https://example.org/nk-toll
---
SEOUL, Jan 14 (Test Wire) - South Korea's National Intelligence Service said on Monday \
that about 300 North Korean soldiers had been killed in Russia's Kursk region, \
lawmaker Lee Seong-kweun told reporters after a closed-door briefing.
The agency said a further 2,700 had been wounded.
"""


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claims", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, **(env or {})},
    )


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "claims.duckdb"
    result = run_cli("build", "--db", str(db))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "000_ed68fca5bd6909a3.txt: added (" in result.stdout
    return db


@pytest.fixture
def db_copy(seed_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "claims.duckdb"
    copy.write_bytes(seed_db.read_bytes())
    return copy


# --- what a build holds ---------------------------------------------------

def test_seed_text_is_kept_byte_for_byte(seed_db: Path) -> None:
    (text, published, outlet, author), = query(
        seed_db, "SELECT text, published, outlet, author FROM documents")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SEED_TEXT_SHA256
    assert (str(published), outlet, author) == ("2024-12-28", "Mail Online", "Taryn Pedler")


def test_reference_data_is_loaded(seed_db: Path) -> None:
    counts = dict(query(seed_db, """
        SELECT 'curated claims', count(*) FROM claims WHERE origin = 'curated'
        UNION ALL SELECT 'curated events', count(*) FROM events WHERE origin = 'curated'
        UNION ALL SELECT 'places', count(*) FROM places"""))
    assert counts == {"curated claims": 50, "curated events": 40, "places": 20}
    # Curated rows carry their source and no document.
    assert query(seed_db, """SELECT count(*) FROM claims WHERE origin = 'curated'
                             AND (source_url IS NULL OR doc_id IS NOT NULL)""") == [(0,)]


def test_quote_invariant_holds_for_every_extracted_claim_and_event(seed_db: Path) -> None:
    for table in ("claims", "events"):
        sql = f"""
            SELECT count(*),
                   count(*) FILTER (WHERE substring(d.text, t.char_start + 1,
                                              t.char_end - t.char_start) IS DISTINCT FROM t.quote)
            FROM {table} t JOIN documents d USING (doc_id)
            WHERE t.origin = 'extracted'"""  # noqa: S608 - fixed table names
        total, broken = query(seed_db, sql)[0]
        assert total > 0, table
        assert broken == 0, table


SEED_CLAIMS = [
    # claimant, metric, value_low, value_high, qualifier, said_on
    ("Volodymyr Zelensky", "killed_or_wounded", 3000, None, "at_least", "2024-12-27"),
    ("Volodymyr Zelensky", "killed_or_wounded", 3000, None, "more_than", "2024-12-27"),
    ("John Kirby", "killed", 1000, None, "more_than", "2024-12-27"),
    ("John Kirby", "suicides", None, None, "vague", "2024-12-27"),
    ("South Korea's National Intelligence Service (NIS)", "captured", 1, 1, "exactly",
     "2024-12-27"),
    ("Volodymyr Zelensky", "captured", None, None, "vague", "2024-12-27"),
    ("Ukrainian Special Operations Forces", "killed", 77, 77, "exactly", None),
    ("Ukrainian Special Operations Forces", "wounded", None, 40, "up_to", None),
    ("US estimates", "deployed", 11000, 11000, "about", None),
]


@pytest.mark.parametrize("expected", SEED_CLAIMS, ids=lambda e: f"{e[0][:12]}-{e[1]}-{e[4]}")
def test_seed_claims_are_in_the_database(seed_db: Path, expected: tuple) -> None:
    claimant, metric, low, high, qualifier, said_on = expected
    rows = query(seed_db, """
        SELECT said_on, quote FROM claims
        WHERE origin = 'extracted' AND claimant = ? AND metric = ? AND qualifier = ?
          AND value_low IS NOT DISTINCT FROM ? AND value_high IS NOT DISTINCT FROM ?""",
                 [claimant, metric, qualifier, low, high])
    assert rows, f"missing {expected}"
    if said_on:
        assert str(rows[0][0]) == said_on


def test_zelensky_restatement_shares_one_statement_key(seed_db: Path) -> None:
    keys = query(seed_db, """
        SELECT DISTINCT statement_key FROM claims
        WHERE origin = 'extracted' AND claimant = 'Volodymyr Zelensky'
          AND metric = 'killed_or_wounded' AND value_low = 3000""")
    assert len(keys) == 1
    rows = query(seed_db, "SELECT count(*) FROM claims WHERE statement_key = ?", [keys[0][0]])
    assert rows[0][0] == 2


def test_seed_events_are_extracted(seed_db: Path) -> None:
    events = {(str(d), p, c) for d, p, c in query(seed_db, """
        SELECT date, date_precision, category FROM events WHERE origin = 'extracted'""")}
    assert {("2022-02-01", "month", "combat"), ("2024-06-01", "month", "treaty"),
            ("2024-12-01", "month", "treaty"), ("2024-12-27", "day", "statement")} <= events


def test_no_claim_for_the_russian_counterattack(seed_db: Path) -> None:
    assert query(seed_db, """SELECT count(*) FROM claims
                             WHERE quote ILIKE '%thousands of troops%'""") == [(0,)]


def test_claim_facts_mirror_the_claims_and_filter_by_macro(seed_db: Path) -> None:
    assert query(seed_db, "SELECT count(*) FROM claim_facts") == \
        query(seed_db, "SELECT count(*) FROM claims")
    # Extracted claims take their outlet from the article.
    assert query(seed_db, """SELECT DISTINCT outlet FROM claim_facts
                             WHERE origin = 'extracted'""") == [("Mail Online",)]
    rows = query(seed_db, "SELECT DISTINCT claimant, metric FROM filtered_claims(?, ?, ?, ?, ?)",
                 ["2024-12-01", "2024-12-31", ["John Kirby"], ["killed"], []])
    assert rows == [("John Kirby", "killed")]
    everything = query(seed_db, "SELECT count(*) FROM filtered_claims(NULL, NULL, [], [], [])")
    assert everything == query(seed_db, "SELECT count(*) FROM claims")


def test_a_database_of_an_older_schema_is_rebuilt_on_start(db_copy: Path) -> None:
    from claims.store import SCHEMA_VERSION, ensure_database, needs_build

    con = duckdb.connect(str(db_copy))
    con.execute("UPDATE build_info SET value = '0' WHERE key = 'schema_version'")
    con.execute("DROP TABLE claim_facts")  # what a file from before claim_facts lacks
    con.close()
    assert needs_build(db_copy)
    ensure_database(db_copy)
    assert not needs_build(db_copy)
    assert query(db_copy, "SELECT value FROM build_info WHERE key = 'schema_version'") == \
        [(SCHEMA_VERSION,)]
    assert query(db_copy, "SELECT count(*) FROM claim_facts")[0][0] > 0


# --- ingest ---------------------------------------------------------------

def test_ingest_adds_an_article_and_reingest_changes_nothing(db_copy: Path,
                                                            tmp_path: Path) -> None:
    article = tmp_path / "nis.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    first = run_cli("ingest", "--db", str(db_copy), str(article))
    assert first.returncode == 0, first.stderr
    assert f"{article}: added (" in first.stdout
    (docs, claims), = query(db_copy, "SELECT (SELECT count(*) FROM documents), "
                                     "(SELECT count(*) FROM claims)")
    assert docs == 2
    before = fingerprint(db_copy)
    again = run_cli("ingest", "--db", str(db_copy), str(article))
    assert again.returncode == 0
    assert again.stdout.strip() == f"{article}: unchanged (already present)"
    assert fingerprint(db_copy) == before
    assert query(db_copy, "SELECT count(*) FROM claims") == [(claims,)]


def test_a_rebuild_keeps_ingested_articles_unless_fresh(db_copy: Path, tmp_path: Path) -> None:
    article = tmp_path / "nis.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    assert run_cli("ingest", "--db", str(db_copy), str(article)).returncode == 0
    claims_sql = "SELECT count(*) FROM claims WHERE origin = 'extracted'"
    (ingested,), = query(db_copy, claims_sql)
    rebuilt = run_cli("build", "--db", str(db_copy))
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert f"kept from {db_copy.name}: " in rebuilt.stdout  # says what it carried over
    assert query(db_copy, "SELECT count(*) FROM documents") == [(2,)]
    assert query(db_copy, claims_sql) == [(ingested,)]  # extracted again, nothing lost
    fresh = run_cli("build", "--db", str(db_copy), "--fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert query(db_copy, "SELECT count(*) FROM documents") == [(1,)]


def test_an_unreadable_database_is_moved_aside_not_lost_on_start(tmp_path: Path) -> None:
    from claims.store import ensure_database

    db = tmp_path / "claims.duckdb"
    db.write_bytes(b"not a duckdb file")
    ensure_database(db)
    assert query(db, "SELECT count(*) FROM documents") == [(1,)]
    aside = list(tmp_path.glob("claims.duckdb.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"not a duckdb file"


def test_flags_override_front_matter(db_copy: Path, tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text(NEW_ARTICLE.split("---\n", 2)[2], encoding="utf-8")
    result = run_cli("ingest", "--db", str(db_copy), str(article), "--published", "2025-01-14",
                     "--outlet", "Flag Wire", "--title", "Flag title", "--author", "A. Writer",
                     "--url", "https://example.org/flag")
    assert result.returncode == 0, result.stdout + result.stderr
    row = query(db_copy, "SELECT outlet, title, author, url, published FROM documents "
                         "WHERE outlet = 'Flag Wire'")
    assert row == [("Flag Wire", "Flag title", "A. Writer", "https://example.org/flag",
                    __import__("datetime").date(2025, 1, 14))]


def test_ingest_creates_a_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "new" / "fresh.duckdb"
    result = run_cli("ingest", "--db", str(db), str(SEED))
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT count(*) FROM documents") == [(1,)]
    assert query(db, "SELECT count(*) FROM claims WHERE origin = 'curated'") == [(50,)]


def test_claims_db_environment_variable_picks_the_database(db_copy: Path) -> None:
    result = run_cli("stats", env={"CLAIMS_DB": str(db_copy)})
    assert result.returncode == 0
    assert "documents" in result.stdout and "Volodymyr Zelensky" in result.stdout


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n ", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    "latin1.txt": ("Caf\u00e9 au lait, 300 soldats".encode("latin-1"), "not UTF-8"),
    "nothing.txt": (b"The weather in Seoul was mild on Tuesday.\n", "no claims or events found"),
    "frontmatter.txt": (b"---\ntitle: x\nthis is not a key value line\n---\nText\n",
                        "malformed front matter"),
    "unclosed.txt": (b"---\ntitle: x\n", "malformed front matter"),
    "baddate.txt": (b"---\npublished: 2024-02-30\n---\n300 North Korean soldiers died.\n",
                    "impossible date"),
    "badurl.txt": (b"---\nurl: javascript:alert(1)\n---\n300 North Korean soldiers died.\n",
                   "bad url"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_rejected_and_the_database_unchanged(db_copy: Path, tmp_path: Path,
                                                          name: str) -> None:
    content, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(db_copy)
    result = run_cli("ingest", "--db", str(db_copy), str(path))
    assert result.returncode == 1
    assert result.stdout.strip().startswith(f"{path}: rejected: ")
    assert reason in result.stdout
    assert "Traceback" not in result.stderr
    assert fingerprint(db_copy) == before


def test_oversized_and_missing_files_are_rejected(db_copy: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("North Korean soldiers. " * 100, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    before = fingerprint(db_copy)
    result = run_cli("ingest", "--db", str(db_copy), str(big), str(missing),
                     env={"CLAIMS_MAX_ARTICLE_BYTES": "1000"})
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines == [f"{big}: rejected: too large (2,300 bytes; limit 1,000)",
                     f"{missing}: rejected: no such file"]
    assert fingerprint(db_copy) == before


def test_good_files_are_added_beside_rejected_ones(db_copy: Path, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(NEW_ARTICLE, encoding="utf-8")
    bad.write_bytes(b"")
    result = run_cli("ingest", "--db", str(db_copy), str(bad), str(good))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == f"{bad}: rejected: empty file"
    assert f"{good}: added (" in result.stdout.splitlines()[1]


def test_bad_flag_is_one_error_and_nothing_is_read(db_copy: Path) -> None:
    before = fingerprint(db_copy)
    result = run_cli("ingest", "--db", str(db_copy), str(SEED), "--published", "2024-13-01")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: impossible date '2024-13-01'"
    assert fingerprint(db_copy) == before


# --- export and stats -------------------------------------------------------

def test_export_formats_carry_the_claims_columns(seed_db: Path, tmp_path: Path) -> None:
    claim_columns = [c for (c,) in query(seed_db, """
        SELECT column_name FROM information_schema.columns
        WHERE table_name = 'claims' ORDER BY ordinal_position""")]
    total = query(seed_db, "SELECT count(*) FROM claims")[0][0]

    as_json = run_cli("export", "--db", str(seed_db), "--format", "json")
    records = json.loads(as_json.stdout)
    assert len(records) == total
    assert set(claim_columns) <= set(records[0])
    zelensky = [r for r in records if r["claimant"] == "Volodymyr Zelensky"
                and r["origin"] == "extracted" and r["value_low"] == 3000]
    assert zelensky and zelensky[0]["said_on"] == "2024-12-27"

    for fmt in ("csv", "parquet"):
        out = tmp_path / f"claims.{fmt}"
        result = run_cli("export", "--db", str(seed_db), "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
        reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
        con = duckdb.connect()
        exported = con.execute(f"SELECT * FROM {reader}(?)", [str(out)])  # noqa: S608
        columns = [d[0] for d in exported.description]
        assert len(exported.fetchall()) == total
        assert set(claim_columns) <= set(columns)


def test_export_without_a_database_says_so(tmp_path: Path) -> None:
    result = run_cli("export", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2
    assert "no database at" in result.stderr and "Traceback" not in result.stderr


# --- atomic build -------------------------------------------------------------

def test_a_killed_build_leaves_the_old_database_intact(db_copy: Path, tmp_path: Path) -> None:
    articles = tmp_path / "many"
    articles.mkdir()
    body = NEW_ARTICLE.split("---\n", 2)[2]
    for i in range(1500):
        (articles / f"{i:04}.txt").write_text(f"Report {i}.\n{body}", encoding="utf-8")
    before = fingerprint(db_copy)
    process = subprocess.Popen(
        [sys.executable, "-m", "claims", "build", "--db", str(db_copy),
         "--articles", str(articles)], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    temps: list[Path] = []
    while time.monotonic() < deadline and not temps and process.poll() is None:
        temps = list(tmp_path.glob(".claims.duckdb.*.tmp"))
        time.sleep(0.02)
    assert temps, "the build never wrote its temporary file"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build finished before it was killed"
    assert fingerprint(db_copy) == before
    assert query(db_copy, "SELECT count(*) FROM documents") == [(1,)]
    # The next build clears the leftover and swaps in a complete database.
    result = run_cli("build", "--db", str(db_copy))
    assert result.returncode == 0
    assert not list(tmp_path.glob(".claims.duckdb.*.tmp*"))
    assert query(db_copy, "SELECT count(*) FROM documents") == [(1,)]
