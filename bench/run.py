"""Kursk Claims benchmarks: one command, one table (issue 7).

    python bench/run.py                      # full run: seed database and 1,000,000 claims
    python bench/run.py --claims 200000      # another size
    python bench/run.py --smoke              # a few hundred claims, seconds (CI)

Prints one markdown table (measure | value | target | verdict) and writes it, with the
machine's description and the date, to docs/benchmarks.md (--out to write elsewhere;
--smoke writes nothing unless --out is given). Scratch files (the synthetic database,
articles, CSV export) go to --workdir (default /tmp/kursk-bench), never into the repo.

What is measured, and how, is described in bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from bench import synth  # noqa: E402
from claims.browser import BrowserError, find_chromium  # noqa: E402
from claims.charts import MAX_ESTIMATE_POINTS  # noqa: E402
from claims.db import run_query  # noqa: E402
from claims.filters import Filters  # noqa: E402

# Targets from the issue.
T_QUERY_MS = 100.0
T_RATIO_SEED = 1.5
T_RATIO_BIG = 2.5
T_RSS_MB = 600.0
T_NAIVE = 10.0
T_EXTRACT = 200.0
T_BUILD_S = 60.0


@dataclass
class Row:
    measure: str
    value: str
    target: str = ""
    verdict: str = ""
    number: float | None = None  # the measured figure, for tests and summaries


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, measure: str, value: str, target: str = "", ok: bool | None = None,
            number: float | None = None) -> None:
        verdict = "" if ok is None else ("met" if ok else "**MISSED**")
        self.rows.append(Row(measure, value, target, verdict, number))
        print(f"  {measure}: {value}" + (f"  [{verdict}]" if verdict else ""), flush=True)

    def skip(self, measure: str, why: str, target: str = "") -> None:
        self.rows.append(Row(measure, f"n/a ({why})", target, "not measured"))
        print(f"  {measure}: n/a ({why})", flush=True)

    def table(self) -> str:
        lines = ["| measure | value | target | verdict |", "|---|---|---|---|"]
        for r in self.rows:
            cells = [c.replace("|", "\\|") for c in (r.measure, r.value, r.target, r.verdict)]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)


# --- helpers ----------------------------------------------------------------------

def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by linear interpolation."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    versions = {}
    for mod in ("duckdb", "streamlit", "pandas", "plotly", "playwright"):
        try:
            versions[mod] = __import__(mod).__version__
        except Exception:  # noqa: BLE001 - optional for the description only
            try:
                from importlib.metadata import version

                versions[mod] = version(mod)
            except Exception:  # noqa: BLE001
                versions[mod] = "absent"
    chromium = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError, BrowserError):
        chromium = subprocess.run([find_chromium(), "--version"], capture_output=True, text=True,
                                  timeout=20).stdout.strip()
    return {
        "CPU": cpu or "unknown",
        "cores (nproc)": str(os.cpu_count()),
        "memory": mem or "unknown",
        "OS": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        **versions,
        "chromium": chromium or "absent",
    }


def _rss_peak_mb(pid: int) -> float | None:
    """Peak resident set size (VmHWM) of a process, in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _rss_now_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def extractor_available() -> str | None:
    """None if claims.extract works, else why not."""
    try:
        from claims.extract import EXTRACTOR, extract  # noqa: F401
    except Exception as err:  # noqa: BLE001 - report, don't fail the run
        return f"extractor not importable: {type(err).__name__}"
    return None


# --- 1. extraction throughput and build ---------------------------------------------

def bench_extraction(report: Report, articles_dir: Path, n: int, smoke: bool) -> None:
    """The target is for articles of 5 KB: throughput is counted in KB and divided by 5,
    since bench_extract's articles are cut at line breaks and run a little over 5 KB."""
    target = f">= {T_EXTRACT:.0f} articles of 5 KB/s ({T_EXTRACT * 5:,.0f} KB/s)"
    why = extractor_available()
    if why:
        report.skip("extraction throughput (one core)", why, target)
        return
    from claims.articles import read_article_file
    from claims.extract import extract

    helper = _load_bench_module("bench_extract")
    if helper is not None and hasattr(helper, "make_articles") and hasattr(helper, "run"):
        # bench/bench_extract.py: ~5 KB articles made of the extractor's test corpus.
        corpus = helper.make_articles(20 if smoke else 200)
        extract(corpus[0])
        runs = [helper.run(corpus) for _ in range(1 if smoke else 5)]
        cpu = statistics.median(r[1] for r in runs)
        wall = statistics.median(r[0] for r in runs)
        kb = statistics.mean(len(a.text) for a in corpus) / 1000
        per_5kb = cpu * kb / 5
        report.add(f"extraction throughput, {len(corpus)} corpus articles of {kb:.2f} KB "
                   "(bench/bench_extract.py: claim-dense), per CPU-second of one core",
                   f"{per_5kb:,.0f} articles of 5 KB/s = {cpu * kb:,.0f} KB/s "
                   f"({cpu:,.0f} of {kb:.2f} KB/s; wall {wall:,.0f}/s)", target,
                   per_5kb >= T_EXTRACT, per_5kb)
    files = sorted(articles_dir.glob("*.txt"))[:n]
    articles = [read_article_file(p) for p in files]
    extract(articles[0])  # import-time work and compiled patterns out of the timing
    cpu0, wall0 = time.process_time(), time.perf_counter()
    results = [extract(a) for a in articles]
    cpu = len(articles) / max(time.process_time() - cpu0, 1e-9)
    wall = len(articles) / max(time.perf_counter() - wall0, 1e-9)
    kb = statistics.mean(len(a.text) for a in articles) / 1000
    report.add(f"extraction throughput, {len(articles):,} synthetic articles of {kb:.1f} KB "
               "(bench/synth.py), per CPU-second of one core",
               f"{cpu:,.0f} articles/s = {cpu * kb:,.0f} KB/s (wall {wall:,.0f}/s)",
               "informative (short articles: the target is for 5 KB)", None, cpu)
    found = _recall(files, results, articles_dir)
    if found is not None:
        report.add("extraction recall on the synthetic articles (claimant, metric, figure)",
                   f"{found:.1%}", "informative", None, found)


def _load_bench_module(name: str) -> Any | None:
    """bench/<name>.py written by another engineer (pages, extraction), if present."""
    path = ROOT / "bench" / f"{name}.py"
    if not path.exists():
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001 - fall back to our own code
        sys.modules.pop(spec.name, None)
        return None
    return module


def _recall(files: list[Path], results: list[Any], articles_dir: Path) -> float | None:
    expected_path = articles_dir / "expected_claims.json"
    if not expected_path.exists():
        return None
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    total = hit = 0
    for path, extraction in zip(files, results, strict=True):
        got = {(c.claimant, c.metric, c.value_low, c.value_high) for c in extraction.claims}
        for want in expected.get(path.name, []):
            total += 1
            hit += (want["claimant"], want["metric"], want["value_low"], want["value_high"]) in got
    return hit / total if total else None


def bench_build(report: Report, articles_dir: Path, n: int, work: Path) -> None:
    label = f"build time for {n:,} articles (`python -m claims build`)"
    why = extractor_available()
    if why:
        report.skip(label, why, f"< {T_BUILD_S:.0f} s")
        return
    db = work / "build_bench.duckdb"
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "claims", "build", "--db", str(db), "--articles", str(articles_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=3600,
    )
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        report.skip(label, f"build failed: {proc.stderr.strip().splitlines()[-1:]}",
                    f"< {T_BUILD_S:.0f} s")
        return
    report.add(label, f"{took:,.1f} s", f"< {T_BUILD_S:.0f} s", took < T_BUILD_S, took)
    db.unlink(missing_ok=True)


# --- 2. databases -----------------------------------------------------------------------

def seed_database(work: Path) -> tuple[Path, str]:
    """The database `python -m claims build` makes from data/ (seed article + curated)."""
    db = work / "seed.duckdb"
    db.unlink(missing_ok=True)
    if extractor_available() is None:
        from claims.store import build_database

        build_database(db)
        return db, "seed"
    # Without an extractor the build cannot run: the curated reference data alone.
    from claims.paths import REFERENCE_DIR
    from claims.store import SCHEMA_VERSION, apply_schema, load_reference

    con = duckdb.connect(str(db))
    try:
        apply_schema(con)
        load_reference(con, REFERENCE_DIR)
        con.execute("INSERT INTO build_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])
    finally:
        con.close()
    return db, "seed (curated only)"


def big_database(work: Path, n_claims: int, seed: int, fresh: bool) -> tuple[Path, float | None]:
    """The synthetic database; reused when it was made by the same code with the same size."""
    n_articles = max(1, n_claims // 10)
    db = work / f"synth_{n_claims}.duckdb"
    stamp = max(p.stat().st_mtime for p in (ROOT / "bench" / "synth.py",
                                             ROOT / "claims" / "store.py",
                                             ROOT / "queries" / "schema.sql"))
    if db.exists() and not fresh and db.stat().st_mtime > stamp:
        with contextlib.suppress(duckdb.Error):
            con = duckdb.connect(str(db), read_only=True)
            try:
                facts = dict(con.execute("SELECT key, value FROM build_info").fetchall())
            finally:
                con.close()
            if facts.get("synth_claims") == str(n_claims) and facts.get("synth_seed") == str(seed):
                return db, None
    t0 = time.perf_counter()
    synth.make_database(db, n_claims, n_articles, seed)
    return db, time.perf_counter() - t0


# --- 3. the pages' queries ------------------------------------------------------------------

QueryPlan = list[tuple[str, str, dict[str, Any]]]  # (page, query name, params)


def query_plan(db: Path) -> QueryPlan:
    """Every named query each page runs on first open (no filter), with the pages' parameters.

    Mirrors app.py and pages/*.py: the sidebar's filter options run on every page; then
    the page's own queries with Filters().params() (no restriction) and the defaults the
    page picks (the estimates chart's preferred metric, the sources page's first article,
    the timeline's default slider start).
    """
    f = Filters().params()
    counts = run_query("metric_counts_for_estimates", db, **f)
    metrics = list(counts["metric"])
    chart_metric = next((m for m in ("killed_or_wounded", "killed", "casualties")
                         if m in metrics), metrics[0] if metrics else "killed")
    est = run_query("claims_for_estimates", db, chart_metric=chart_metric,
                    max_rows=MAX_ESTIMATE_POINTS, **f)
    claim_id = str(est["claim_id"].iloc[-1]) if len(est) else ""
    arts = run_query("articles_for_sources", db, date_from=None, date_to=None, outlets=[])
    doc_id = str(arts["doc_id"].iloc[0]) if len(arts) else ""
    events = run_query("events_for_timeline", db, date_from=None, date_to=None, categories=[])
    start = None
    if len(events):
        from datetime import date

        import pandas as pd

        first = pd.Timestamp(events["date"].min()).date()
        last = pd.Timestamp(events["date"].max()).date()
        start = max(first, min(date(2023, 1, 1), last))
    common = [
        ("all pages (sidebar)", "filter_options_claimants", {}),
        ("all pages (sidebar)", "filter_options_outlets", {}),
        ("all pages (sidebar)", "filter_options_date_bounds", {}),
    ]
    return common + [
        ("overview", "db_summary", {}),
        ("overview", "build_info", {}),
        ("overview", "latest_figure_by_claimant_and_metric", f),
        ("overview", "newest_claims", {**f, "limit": 12}),
        ("estimates", "metric_counts_for_estimates", f),
        ("estimates", "claims_for_estimates", {**f, "chart_metric": chart_metric,
                                               "max_rows": MAX_ESTIMATE_POINTS}),
        ("estimates", "claim_by_id", {"claim_id": claim_id}),
        ("map", "claims_by_place", f),
        ("timeline", "events_for_timeline", {"date_from": None, "date_to": None,
                                             "categories": []}),
        ("timeline", "events_for_timeline", {"date_from": start, "date_to": None,
                                             "categories": []}),
        ("timeline", "casualty_claims_for_timeline", f),
        ("sources", "articles_for_sources", {"date_from": None, "date_to": None, "outlets": []}),
        ("sources", "article_by_id", {"doc_id": doc_id}),
        ("sources", "claims_in_article", {"doc_id": doc_id}),
        ("sources", "statements_reported_by_several_articles", {"limit": 500}),
    ]


def time_query(db: Path, name: str, params: dict[str, Any], runs: int) -> tuple[list[float], int]:
    """`runs` warm timings of claims.db.run_query (after one untimed warm-up run)."""
    rows = len(run_query(name, db, **params))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run_query(name, db, **params)
        times.append(time.perf_counter() - t0)
    return times, rows


def bench_queries(report: Report, db: Path, label: str, runs: int, target: bool) -> dict:
    """Median and p95 of each page's queries; returns {(page, name): median seconds}."""
    medians: dict[tuple[str, str], float] = {}
    seen: set[tuple[str, str]] = set()
    for page, name, params in query_plan(db):
        key = (page, name)
        if key in seen:  # the timeline runs events_for_timeline twice: time the 2nd as well
            key = (page, name + " (slider)")
        seen.add(key)
        times, n_rows = time_query(db, name, params, runs)
        med, p95 = statistics.median(times), pct(times, 0.95)
        medians[key] = med
        report.add(
            f"query @ {label}: {key[0]} / {key[1]} ({n_rows:,} rows)",
            f"median {ms(med)}, p95 {ms(p95)}",
            f"median < {T_QUERY_MS:.0f} ms" if target else "",
            (med * 1000 < T_QUERY_MS) if target else None,
            med,
        )
    return medians


# --- 4. pages in headless Chromium ------------------------------------------------------------
# Servers, Chromium, the pages and the wait rule: bench/bench_pages.py, which takes them
# from claims.browser (DashboardServer, wait_until_drawn), as the browser tests do.


def bench_pages(report: Report, db: Path, label: str, rounds: int, ratio_target: float,
                work: Path, measure_rss: bool) -> None:
    try:
        find_chromium()
    except BrowserError as err:
        report.skip(f"pages @ {label}", str(err).split(";")[0])
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        report.skip(f"pages @ {label}", "playwright not installed")
        return
    from bench import bench_pages as bp

    hello = work / "hello_app.py"
    hello.write_text(bp.HELLO, encoding="utf-8")
    pages = [(lab.lower(), path, n, text) for path, (lab, n, text) in bp.PAGES.items()]
    app_times: dict[str, list[float]] = {name: [] for name, *_ in pages}
    hello_times: dict[str, list[float]] = {name: [] for name, *_ in pages}
    cold: dict[str, float] = {}
    failed: dict[str, str] = {}
    rss_idle = rss_peak = None
    with (bp.server(ROOT / "app.py", db, work) as app, bp.server(hello, None, work) as hello_srv,
          sync_playwright() as pw):
        assert app.proc is not None
        app_pid = app.proc.pid
        rss_idle = _rss_now_mb(app_pid)
        browser = bp.launch(pw)
        try:
            # Warm-up round: the first run of each page fills st.cache_data (reported as
            # "first load"); the timed rounds after it alternate hello and page.
            bp.load(browser, hello_srv.url, 1, "Hello")
            cold_failed: set[str] = set()
            for name, path, n, text in pages:
                try:
                    cold[name] = bp.load(browser, f"{app.url}/{path}", n, text)
                except Exception:  # noqa: BLE001 - the warm rounds may still render it
                    cold_failed.add(name)
            for _ in range(rounds):
                for name, path, n, text in pages:
                    if name in failed:
                        continue
                    hello_times[name].append(bp.load(browser, hello_srv.url, 1, "Hello"))
                    try:
                        app_times[name].append(bp.load(browser, f"{app.url}/{path}", n, text))
                    except Exception as err:  # noqa: BLE001 - recorded, not retried
                        first = "first load and " if name in cold_failed else ""
                        failed[name] = (f"{first}warm load did not render: {type(err).__name__}"
                                        f" {str(err).splitlines()[0][:70]}")
        finally:
            browser.close()
        rss_peak = _rss_peak_mb(app_pid)
    for name, *_ in pages:
        measure = f"page @ {label}: {name}, fully rendered / hello-world page"
        if name in failed or not app_times[name]:
            report.add(measure, f"failed: {failed.get(name, 'no timing')}", f"<= {ratio_target}",
                       False)
            continue
        a, h = statistics.median(app_times[name]), statistics.median(hello_times[name])
        ratio = a / h
        first = ms(cold[name]) if name in cold else "> 120 s"
        report.add(measure, f"{ratio:.2f} ({ms(a)} vs {ms(h)}; first load {first}; "
                   f"{len(app_times[name])} rounds)",
                   f"<= {ratio_target}", ratio <= ratio_target, ratio)
    if measure_rss and rss_peak is not None:
        report.add(f"app peak RSS @ {label} (VmHWM after every page; {rss_idle or 0:,.0f} MB "
                   "at start)", f"{rss_peak:,.0f} MB", f"< {T_RSS_MB:.0f} MB",
                   rss_peak < T_RSS_MB, rss_peak)
    report.notes.append(f"Pages @ {label}: servers, Chromium and wait rule from claims/browser.py "
                        "(via bench/bench_pages.py), as in the browser tests.")


# --- 5. the naive alternative ------------------------------------------------------------------

def naive_estimates(csv_path: Path, chart_metric: str) -> tuple[Any, Any]:
    """What a user would write: read the CSV export on every rerun, filter in pandas."""
    import pandas as pd

    df = pd.read_csv(csv_path)
    counts = df.groupby("metric").size().sort_values(ascending=False)
    rows = df[df["metric"] == chart_metric].sort_values(["said_on", "claimant", "claim_id"])
    return counts, rows


def bench_naive(report: Report, db: Path, label: str, runs: int, work: Path,
                ours_s: float | None) -> None:
    csv_path = work / f"{db.stem}_export.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "claims", "export", "--db", str(db), "--format", "csv",
         "--out", str(csv_path)], cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    if proc.returncode != 0:
        report.skip(f"naive estimates page @ {label}", "export failed")
        return
    f = Filters().params()
    counts = run_query("metric_counts_for_estimates", db, **f)
    metrics = list(counts["metric"])
    metric = next((m for m in ("killed_or_wounded", "killed", "casualties") if m in metrics),
                  metrics[0])
    naive_estimates(csv_path, metric)  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        naive_estimates(csv_path, metric)
        times.append(time.perf_counter() - t0)
    naive = statistics.median(times)
    if ours_s is None:
        report.add(f"naive estimates page data @ {label} (pandas read_csv + filter)",
                   ms(naive), "", None, naive)
        return
    ratio = naive / ours_s
    report.add(f"naive / ours @ {label}: estimates page data (pandas read_csv of the export "
               "+ filter, vs the page's two named queries)",
               f"{ratio:.1f}x ({ms(naive)} vs {ms(ours_s)})", f">= {T_NAIVE:.0f}x",
               ratio >= T_NAIVE, ratio)
    csv_path.unlink(missing_ok=True)


# --- the run ------------------------------------------------------------------

def run(args: argparse.Namespace) -> Report:
    report = Report()
    args.load_start = os.getloadavg()[0]
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    n_claims = args.claims
    big_label = f"{n_claims:,} claims"
    query_runs = args.runs
    page_rounds = args.rounds
    n_articles = args.articles

    print(f"[1/6] articles: {n_articles:,} synthetic articles", flush=True)
    art_dir = work / f"articles_{n_articles}"
    if art_dir.exists():
        shutil.rmtree(art_dir)
    synth.make_articles(n_articles, args.seed, art_dir)
    bench_extraction(report, art_dir, n_articles, args.smoke)
    bench_build(report, art_dir, n_articles, work)

    print("[2/6] databases", flush=True)
    seed_db, seed_label = seed_database(work)
    big_db, synth_s = big_database(work, n_claims, args.seed, args.fresh)
    if synth_s is not None:
        report.add(f"synthetic database generation ({big_label}, {n_claims // 10:,} articles)",
                   f"{synth_s:,.1f} s", "informative", None, synth_s)
    report.add(f"database file size @ {big_label}", f"{big_db.stat().st_size / 2**20:,.0f} MB",
               "informative", None, big_db.stat().st_size / 2**20)

    print("[3/6] queries", flush=True)
    bench_queries(report, seed_db, seed_label, query_runs, target=False)
    big_medians = bench_queries(report, big_db, big_label, query_runs, target=True)

    if args.no_browser:
        report.skip("pages in headless Chromium", "--no-browser")
    else:
        print("[4/6] pages (seed)", flush=True)
        bench_pages(report, seed_db, seed_label, page_rounds, T_RATIO_SEED, work, False)
        print(f"[5/6] pages ({big_label}) and RSS", flush=True)
        bench_pages(report, big_db, big_label, page_rounds, T_RATIO_BIG, work, True)

    print("[6/6] naive alternative", flush=True)
    ours = sum(v for (page, _), v in big_medians.items() if page == "estimates"
               and _ != "claim_by_id")
    bench_naive(report, big_db, big_label, max(3, min(query_runs, 5)), work, ours)
    return report


def _other_sections(path: Path) -> list[str]:
    """Marked sections other scripts keep in the same file (e.g. bench_pages.py's)."""
    import re

    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [m.group(0) for m in re.finditer(r"<!-- (\w+):begin -->.*?<!-- \1:end -->",
                                            text, flags=re.S) if m.group(1) != "bench_run"]


def write_doc(report: Report, out: Path, args: argparse.Namespace, took: float) -> None:
    desc = machine()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    missed = [r for r in report.rows if r.verdict == "**MISSED**"]
    command = " ".join(["python bench/run.py", *args.argv])
    lines = [
        "# Benchmarks",
        "",
        "<!-- bench_run:begin -->",
        f"Measured {now} by `{command}` ({took / 60:.1f} min). How each figure is measured,",
        "and what to do about the targets missed: bench/README.md.",
        "",
        "## Machine",
        "",
        *[f"- {k}: {v}" for k, v in desc.items()],
        f"- load average (1 min) at start / end of the run: {args.load_start:.1f} / "
        f"{os.getloadavg()[0]:.1f} (the machine is shared; wall-clock figures scale with it)",
        "",
        "## Results",
        "",
        report.table(),
        "",
        f"Targets missed: {len(missed)} of "
        f"{sum(1 for r in report.rows if r.verdict in ('met', '**MISSED**'))}.",
        "",
        *[f"- {note}" for note in report.notes],
        "<!-- bench_run:end -->",
        "",
    ]
    others = _other_sections(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "".join(f"\n{sec}\n" for sec in others), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=10_000,
                        help="synthetic article files for extraction and build (default 10,000)")
    parser.add_argument("--runs", type=int, default=20, help="warm runs per query")
    parser.add_argument("--rounds", type=int, default=5, help="alternating page loads per page")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--smoke", action="store_true",
                        help="a few hundred claims, few runs: checks the benchmark still works")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium pages")
    parser.add_argument("--fresh", action="store_true", help="regenerate the synthetic database")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "kursk-bench"))
    parser.add_argument("--out", type=Path, default=None,
                        help="markdown file (default docs/benchmarks.md; none for --smoke)")
    args = parser.parse_args(argv)
    args.argv = argv
    if args.smoke:
        args.claims = min(args.claims, 300) if "--claims" in " ".join(argv) else 300
        args.articles = min(args.articles, 20)
        args.runs = min(args.runs, 3)
        args.rounds = 1
    out = args.out if args.out else (None if args.smoke else ROOT / "docs" / "benchmarks.md")
    t0 = time.perf_counter()
    report = run(args)
    took = time.perf_counter() - t0
    print()
    print(report.table())
    if out is not None:
        write_doc(report, out, args, took)
        print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
