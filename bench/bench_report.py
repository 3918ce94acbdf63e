"""Benchmark: a five-page screenshot report from the seed database, end to end.

    python bench/bench_report.py [--runs 3] [--limit 30] [--charts] [--db PATH]

Builds the seed database from data/ into a temporary folder (unless --db is given), then
times `python -m claims report` (a fresh process each run: server start, Chromium, five
pages, PDF and manifest) and prints one JSON line per run and a summary. Exits 1 when the
slowest run takes longer than --limit seconds (30 s by default, the issue's budget).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds allowed per run")
    parser.add_argument("--charts", action="store_true", help="also time --charts (kaleido)")
    parser.add_argument("--db", type=Path, help="database to use (default: build the seed)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        db = args.db
        if db is None:
            sys.path.insert(0, str(ROOT))
            from claims.store import build_database

            db = Path(tmp) / "claims.duckdb"
            started = time.monotonic()
            build_database(db)
            print(json.dumps({"step": "build seed database",
                              "seconds": round(time.monotonic() - started, 2)}))
        times = []
        for run in range(1, args.runs + 1):
            out = Path(tmp) / f"out{run}"
            cmd = [sys.executable, "-m", "claims", "report", "--db", str(db), "--out", str(out)]
            if args.charts:
                cmd.append("--charts")
            started = time.monotonic()
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            seconds = time.monotonic() - started
            if proc.returncode != 0:
                print(proc.stdout + proc.stderr, file=sys.stderr)
                return 2
            files = sorted(p.name for p in out.iterdir() if p.is_file())
            times.append(seconds)
            print(json.dumps({"run": run, "pages": 5, "charts": args.charts,
                              "seconds": round(seconds, 2), "files": files}))
    summary = {
        "benchmark": "five-page report", "runs": len(times), "best": round(min(times), 2),
        "median": round(sorted(times)[len(times) // 2], 2), "worst": round(max(times), 2),
        "limit": args.limit, "cpus": os.cpu_count(), "python": platform.python_version(),
    }
    print(json.dumps(summary))
    return 0 if max(times) <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
