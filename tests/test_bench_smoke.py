"""The benchmark still runs (issue 7): a smoke run with a few hundred claims.

Runs `python bench/run.py --smoke` end to end and checks that it prints and writes the
table and that every measured figure is a positive number. It never asserts timings:
CI machines are too noisy for that; the real benchmark is run by hand (bench/README.md).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb

from bench import synth
from claims.articles import read_article_file
from claims.paths import ROOT


def test_synthetic_database_is_deterministic_and_keeps_the_quote_invariant(
    tmp_path: Path,
) -> None:
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    counts = synth.make_database(a, n_claims=400, n_articles=40, seed=3)
    synth.make_database(b, n_claims=400, n_articles=40, seed=3)
    assert counts["claims"] == 400 and counts["documents"] == 40
    assert synth.check_invariant(a, sample=10_000) == 0
    sql = "SELECT claim_id, doc_id, quote, value_low, said_on FROM claims ORDER BY claim_id"
    rows = []
    for path in (a, b):
        con = duckdb.connect(str(path), read_only=True)
        try:
            rows.append(con.execute(sql).fetchall())
            metrics = {m for (m,) in con.execute("SELECT DISTINCT metric FROM claims").fetchall()}
            vague = con.execute(
                "SELECT count(*) FROM claims WHERE qualifier = 'vague' AND value_low IS NULL"
            ).fetchall()[0][0]
        finally:
            con.close()
        assert len(metrics) >= 6 and vague > 0
    assert rows[0] == rows[1]


def test_synthetic_articles_state_their_expected_claims(tmp_path: Path) -> None:
    out = synth.make_articles(5, seed=1, out_dir=tmp_path)
    expected = json.loads((out / "expected_claims.json").read_text(encoding="utf-8"))
    assert len(expected) == 5
    for name, claims in expected.items():
        article = read_article_file(out / name)
        assert claims
        for claim in claims:
            assert article.text[claim["char_start"]:claim["char_end"]] == claim["quote"]


def test_smoke_run_prints_and_writes_the_table(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--no-browser",
         "--workdir", str(tmp_path / "work"), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| measure | value | target | verdict |" in proc.stdout
    doc = out.read_text(encoding="utf-8")
    assert "## Machine" in doc and "cores (nproc)" in doc and "duckdb" in doc
    rows = [line for line in doc.splitlines() if line.startswith("| query @")]
    assert len(rows) >= 10  # every page's queries, for both databases
    for line in rows:
        numbers = [float(x.replace(",", "")) for x in re.findall(r"([\d,]+\.\d+) ms", line)]
        assert numbers and all(n > 0 for n in numbers), line
    naive = [line for line in doc.splitlines() if "naive" in line]
    assert naive and re.search(r"\d+\.\d+x", naive[0]), naive
