"""Rebuilds while people read: readers see one complete version or the other, never a mix.

A writer alternates between two article sets (seed only; seed + one more article)
with real `build_database` swaps (keep_ingested=False: each build holds exactly its set),
for a bounded time, while readers open the file read-only through the dashboard's read
layer and check what they see.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from claims.db import run_query
from claims.store import build_database

REBUILD_SECONDS = 12


def test_readers_never_see_a_half_written_database(tmp_path: Path,
                                                   article_sets: tuple[Path, Path]) -> None:
    small, large = article_sets
    db = tmp_path / "claims.duckdb"
    versions = {}
    for name, folder in (("small", small), ("large", large)):
        build_database(db, folder, keep_ingested=False)  # exactly this folder's articles
        versions[name] = tuple(run_query("stats_rows_per_table", db)["rows"])
    assert versions["small"] != versions["large"]

    stop = threading.Event()
    errors: list[str] = []
    seen: list[tuple[int, ...]] = []
    stale: list[str] = []
    built: dict[tuple[int, int], tuple[int, ...]] = {}  # file identity -> what it holds
    builds = 0

    def identity() -> tuple[int, int]:
        stat = db.stat()
        return (stat.st_ino, stat.st_mtime_ns)

    def writer() -> None:
        nonlocal builds
        while not stop.is_set():
            name = "small" if builds % 2 else "large"
            build_database(db, small if name == "small" else large, keep_ingested=False)
            built[identity()] = versions[name]
            builds += 1

    def reader() -> None:
        while not stop.is_set():
            try:
                before = identity()
                rows = tuple(run_query("stats_rows_per_table", db)["rows"])
                after = identity()
            except Exception as err:  # noqa: BLE001 - every failure is a finding
                errors.append(repr(err))
                continue
            seen.append(rows)
            # The file did not change during the query: the answer must be that file's.
            if before == after and before in built and built[before] != rows:
                stale.append(f"{before}: {rows} != {built[before]}")

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader)
                                                   for _ in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(REBUILD_SECONDS)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    assert builds >= 3, "the writer did not get to rebuild several times"
    assert errors == []
    assert stale == [], "a reader was answered from an older file than the one on disk"
    assert len(seen) > 20
    assert set(seen) <= set(versions.values()), "a reader saw a state no build produced"
    assert set(seen) == set(versions.values()), "readers never saw both versions"
