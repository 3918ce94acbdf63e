"""Load: several browser sessions reading every page at once, on loopback only.

    python bench/bench_load.py [--sessions 5] [--seconds 60] [--db PATH]

Starts its own dashboard server on 127.0.0.1 (stopped afterwards, whatever
happens), measures each page alone first (the baseline, one session), then runs
N sessions in parallel, each cycling through every page until the time is up
(bounded in time and in count, so it always stops by itself). Prints one table:
median and p95 page time alone and under load, their ratio (target < 3x), the
error count (target 0), and the server's peak RSS and CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.browser import (  # noqa: E402
    CHROMIUM_ARGS,
    READY_JS,
    DashboardServer,
    find_chromium,
)
from claims.paths import database_path  # noqa: E402
from claims.store import ensure_database  # noqa: E402

PAGES = ("", "estimates", "map", "timeline", "sources")
MAX_LOADS_PER_SESSION = 2000  # a hard bound besides the time limit
PAGE_TIMEOUT_S = 60.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class ProcessSampler:
    """Peak RSS and CPU seconds of a process group, read from /proc every 0.25 s."""

    def __init__(self, pgid: int) -> None:
        self.pgid, self.peak_rss_mb, self.cpu_s = pgid, 0.0, 0.0
        self._start_cpu = self._cpu()

    def _pids(self) -> list[int]:
        pids = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if os.getpgid(int(entry)) == self.pgid:
                        pids.append(int(entry))
                except OSError:
                    continue
        return pids

    def _cpu(self) -> float:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in self._pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / ticks
            except (OSError, IndexError):
                continue
        return total

    def sample(self) -> None:
        rss = 0
        for pid in self._pids():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1])
            except OSError:
                continue
        self.peak_rss_mb = max(self.peak_rss_mb, rss / 1024)
        self.cpu_s = self._cpu() - self._start_cpu

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.sample()
            await asyncio.sleep(0.25)


async def load_page(page, url: str) -> tuple[float, bool]:
    """Seconds until the page is fully drawn, and whether it showed an error."""
    started = time.perf_counter()
    await page.goto(url, wait_until="domcontentloaded")
    deadline = started + PAGE_TIMEOUT_S
    while time.perf_counter() < deadline:
        status = await page.evaluate(READY_JS, False)
        if status.get("ready"):
            return time.perf_counter() - started, bool(status.get("error"))
        await asyncio.sleep(0.05)
    return time.perf_counter() - started, True


async def session(browser, base: str, until: float, max_loads: int, times: list[float],
                  errors: list[str], offset: int = 0) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    await page.route(lambda url: not url.startswith(base), lambda route: route.abort())
    loads = 0
    try:
        while time.monotonic() < until and loads < max_loads:
            path = PAGES[(offset + loads) % len(PAGES)]
            try:
                seconds, failed = await load_page(page, f"{base}/{path}")
            except Exception as err:  # noqa: BLE001 - every failure is counted
                errors.append(f"/{path}: {err!r}"[:200])
                continue
            finally:
                loads += 1
            times.append(seconds)
            if failed:
                errors.append(f"/{path}: error element or timeout")
    finally:
        await context.close()


async def measure(base: str, sessions: int, seconds: float, sampler: ProcessSampler,
                  chromium: str) -> dict[str, object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium,
                                                   args=list(CHROMIUM_ARGS))
        try:
            # Warm-up (first-run imports and caches), then the single-session baseline.
            alone: list[float] = []
            warm_errors: list[str] = []
            no_limit = time.monotonic() + 600
            await session(browser, base, no_limit, len(PAGES), [], warm_errors)
            await session(browser, base, no_limit, 3 * len(PAGES), alone, warm_errors)
            stop = asyncio.Event()
            sampling = asyncio.create_task(sampler.run(stop))
            loaded: list[float] = []
            errors: list[str] = []
            until = time.monotonic() + seconds
            await asyncio.gather(*(session(browser, base, until, MAX_LOADS_PER_SESSION,
                                           loaded, errors, i)
                                   for i in range(sessions)))
            stop.set()
            await sampling
        finally:
            await browser.close()
    return {"alone": alone, "loaded": loaded, "errors": errors + warm_errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--db", help="database (default: $CLAIMS_DB or data/claims.duckdb)")
    args = parser.parse_args()
    db = ensure_database(database_path(args.db))
    chromium = find_chromium()
    with tempfile.TemporaryDirectory() as tmp, \
            DashboardServer(ROOT / "app.py", db, Path(tmp) / "server.log") as server:
        sampler = ProcessSampler(os.getpgid(server.proc.pid))
        result = asyncio.run(measure(server.url, args.sessions, args.seconds, sampler,
                                     chromium))
    alone, loaded, errors = result["alone"], result["loaded"], result["errors"]
    ratio = statistics.median(loaded) / statistics.median(alone)
    rows = [
        ("page loads alone (n)", f"{len(alone)}", ""),
        ("page time alone, median / p95", f"{statistics.median(alone):.2f} s / "
                                          f"{percentile(alone, 0.95):.2f} s", ""),
        (f"page loads, {args.sessions} sessions for {args.seconds:.0f} s (n)", f"{len(loaded)}",
         ""),
        ("page time under load, median / p95", f"{statistics.median(loaded):.2f} s / "
                                               f"{percentile(loaded, 0.95):.2f} s", ""),
        ("median under load / alone", f"{ratio:.2f}x", "< 3x " + ("ok" if ratio < 3 else "MISSED")),
        ("errors", f"{len(errors)}", "0 " + ("ok" if not errors else "MISSED")),
        ("server peak RSS", f"{sampler.peak_rss_mb:.0f} MB", ""),
        ("server CPU during load", f"{sampler.cpu_s:.1f} s "
                                   f"({sampler.cpu_s / args.seconds:.2f} cores)", ""),
    ]
    print("| measure | value | target |\n|---|---|---|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")
    for line in errors[:10]:
        print("error:", line)
    return 0 if not errors and ratio < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
