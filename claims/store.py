"""Writing the claims database: build from data/, ingest articles, atomic swaps.

Readers (the dashboard, possibly many sessions) only ever open a complete
file: every write goes to a temporary copy next to the database, which is then
renamed over it with `os.replace` (atomic on POSIX). A lock file serialises
writers so that two ingests cannot lose each other's work. Remote catalogs
(``md:…``, ``ducklake:…``) cannot be renamed: they are written in place inside
one transaction instead.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import functools
import hashlib
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from claims import __version__
from claims.articles import ArticleError, read_article_file
from claims.claimants import normalise_claimant
from claims.gazetteer import Place, load_places
from claims.model import Article, Claim, Event, Extraction
from claims.paths import ARTICLES_DIR, QUERIES_DIR, REFERENCE_DIR

# Bump when queries/schema.sql changes in a way old files lack (tables, views, macros):
# the app then rebuilds an older file from data/ on its next start.
SCHEMA_VERSION = "3"
CURATED_EXTRACTOR = "curated@claims_reference.csv"


class UnreadableDatabase(ValueError):
    """The current database file cannot be opened, so its articles cannot be carried over."""


@dataclass
class FileOutcome:
    """What happened to one input file, as the CLI prints it."""

    path: str
    status: str  # added | unchanged | rejected
    claims: int = 0
    events: int = 0
    reason: str = ""
    doc_id: str | None = None

    def line(self) -> str:
        if self.status == "added":
            return f"{self.path}: added ({self.claims} claims, {self.events} events)"
        if self.status == "unchanged":
            return f"{self.path}: unchanged (already present)"
        return f"{self.path}: rejected: {self.reason}"


@dataclass
class WriteReport:
    db_path: Path
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def rejected(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "rejected"]


# --- identifiers -----------------------------------------------------------

def short_hash(*parts: object) -> str:
    """16 hex digits of sha256 over the parts: stable across runs and machines."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def doc_id_for(text: str) -> str:
    """Documents are identified by their content, so re-ingesting is a no-op."""
    return short_hash(text)


def statement_key(claimant: str, metric: str, low: object, high: object, said_on: object) -> str:
    """One statement = same claimant, metric, figure and day, however many reports."""
    return short_hash("statement", claimant, metric, low, high, said_on)


# --- locations -------------------------------------------------------------

def is_remote(db: str | os.PathLike[str]) -> bool:
    """True for catalogs that are not a local file (MotherDuck, DuckLake)."""
    text = str(db)
    return text.startswith(("md:", "motherduck:", "ducklake:"))


def _temp_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")


def _remove_stale_temps(db_path: Path) -> None:
    """Leftovers of a crashed build are never read; clear them before writing."""
    for stale in db_path.parent.glob(f".{db_path.name}.*.tmp*"):
        with contextlib.suppress(OSError):
            stale.unlink()


@contextlib.contextmanager
def writer_lock(db_path: Path) -> Iterator[None]:
    """Serialise writers to one database (readers never take it)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _swap_in(temp: Path, db_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(f"{temp}.wal")
    os.replace(temp, db_path)
    # Make the rename durable before anyone reads the new version.
    dir_fd = os.open(db_path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


# --- schema and reference data ----------------------------------------------

def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((QUERIES_DIR / "schema.sql").read_text(encoding="utf-8"))


def _set_build_info(con: duckdb.DuckDBPyConnection, **facts: str) -> None:
    for key, value in facts.items():
        con.execute(
            "INSERT OR REPLACE INTO build_info (key, value) VALUES (?, ?)", [key, value]
        )


def place_index(places: Sequence[Place]) -> dict[str, Place]:
    """Lower-case name or alternative name -> place, for matching locations."""
    index: dict[str, Place] = {}
    for place in places:
        for name in place.names:
            index.setdefault(name.lower(), place)
    return index


def load_places_table(con: duckdb.DuckDBPyConnection, places: Sequence[Place]) -> None:
    con.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (p.place_id, p.name, ";".join(p.alt_names), p.kind, p.admin1, p.country,
             p.lat, p.lon, p.source)
            for p in places
        ],
    )


def _int_or_none(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value else None


def curated_claim_rows(path: Path, places: Sequence[Place]) -> list[dict[str, object]]:
    """Reference claims (claims_reference.csv) as rows of the claims table."""
    index = place_index(places)
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, rec in enumerate(csv.DictReader(handle), start=1):
            claimant, country, role = normalise_claimant(rec["claimant"], rec["claimant_country"])
            low, high = _int_or_none(rec["value_low"]), _int_or_none(rec["value_high"])
            place = index.get(rec["location"].strip().lower())
            rows.append({
                "claim_id": short_hash("curated", number, rec["said_on"], rec["claimant"],
                                       rec["metric"], low, high),
                "doc_id": None,
                "origin": "curated",
                "claimant": claimant,
                "claimant_role": role,
                "claimant_country": country,
                "attribution": "anonymous" if "anonymous" in rec["claimant"].lower() else "named",
                "subject": "North Korean soldiers",
                "metric": rec["metric"],
                "value_low": low,
                "value_high": high,
                "value_text": rec["words"],
                "qualifier": rec["qualifier"],
                "period_text": rec["period"] or None,
                "said_on": rec["said_on"],
                "said_on_precision": rec["said_on_precision"],
                "location": place.name if place else (rec["location"] or None),
                "place_id": place.place_id if place else None,
                "statement_key": statement_key(claimant, rec["metric"], low, high,
                                               rec["said_on"]),
                "extractor": CURATED_EXTRACTOR,
                "outlet": rec["outlet"],
                "source_url": rec["source_url"],
                "source_title": rec["source_title"],
                "note": rec["note"] or None,
            })
    return rows


def curated_event_rows(path: Path) -> list[dict[str, object]]:
    """The sourced Russia–DPRK timeline as rows of the events table."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {
                "event_id": short_hash("curated-event", rec["date"], rec["title"]),
                "date": rec["date"],
                "date_precision": rec["date_precision"],
                "title": rec["title"],
                "description": rec["description"],
                "category": rec["category"],
                "actors": rec["actors"],
                "origin": "curated",
                "source_url": rec["source_url"],
                "source_title": rec["source_title"],
                "extractor": "curated@russia_dprk_timeline.csv",
            }
            for rec in csv.DictReader(handle)
        ]


DERIVED_TABLE_QUERIES = ("refresh_claim_facts", "refresh_statement_counts")


def create_derived_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Refill what the dashboard reads (claim_facts, statement_counts) after every write."""
    for name in DERIVED_TABLE_QUERIES:
        con.execute((QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8"))


def load_reference(con: duckdb.DuckDBPyConnection, reference_dir: Path) -> list[Place]:
    places = load_places(reference_dir / "places.csv")
    load_places_table(con, places)
    bulk_insert(con, "claims", curated_claim_rows(reference_dir / "claims_reference.csv", places))
    bulk_insert(con, "events", curated_event_rows(reference_dir / "russia_dprk_timeline.csv"))
    return places


# --- articles --------------------------------------------------------------

def run_extractor(article: Article) -> Extraction:
    from claims.extract import extract  # imported late: the extractor is the heavy part

    return extract(article)


def document_row(article: Article, doc_id: str) -> dict[str, object]:
    return {
        "doc_id": doc_id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "source_path": article.source_path,
        "text": article.text,
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
    }


def claim_row(claim: Claim, doc_id: str) -> dict[str, object]:
    row = asdict(claim)
    row.update(
        claim_id=short_hash("claim", doc_id, claim.char_start, claim.char_end, claim.metric,
                            claim.value_low, claim.value_high, claim.claimant),
        doc_id=doc_id,
        origin="extracted",
        statement_key=statement_key(claim.claimant, claim.metric, claim.value_low,
                                    claim.value_high, claim.said_on),
    )
    return row


def event_row(event: Event, doc_id: str) -> dict[str, object]:
    row = asdict(event)
    for extra in ("date_text", "confidence"):
        row.pop(extra)
    row.update(
        event_id=short_hash("event", doc_id, event.char_start, event.char_end, event.date),
        actors=";".join(event.actors),
        origin="extracted",
        doc_id=doc_id,
    )
    return row


def check_offsets(article: Article, extraction: Extraction) -> None:
    """The provenance invariant: every quote is exactly the text at its offsets."""
    for item in [*extraction.claims, *extraction.events]:
        if article.text[item.char_start:item.char_end] != item.quote:
            raise ArticleError(
                f"extractor bug: quote does not match offsets {item.char_start}:{item.char_end}"
            )


@dataclass
class Batch:
    """Rows of many articles, inserted together: one bulk insert per table, not per article.

    Inserting article by article was 63% of a 10,000-article build; one insert of
    all rows at the end does the same work in a fraction of the time.
    """

    documents: list[dict[str, object]] = field(default_factory=list)
    claims: dict[str, dict[str, object]] = field(default_factory=dict)
    events: dict[str, dict[str, object]] = field(default_factory=dict)
    doc_ids: set[str] = field(default_factory=set)

    def add(self, article: Article, label: str, present: set[str]) -> FileOutcome:
        """Extract one article into the batch unless its text is already stored."""
        doc_id = doc_id_for(article.text)
        if doc_id in present or doc_id in self.doc_ids:
            return FileOutcome(label, "unchanged", doc_id=doc_id)
        extraction = run_extractor(article)
        if not extraction.claims and not extraction.events:
            return FileOutcome(label, "rejected", reason="no claims or events found")
        check_offsets(article, extraction)
        # One statement restated with the same words at the same place is one row.
        claims = {r["claim_id"]: r for r in (claim_row(c, doc_id) for c in extraction.claims)}
        events = {r["event_id"]: r for r in (event_row(e, doc_id) for e in extraction.events)}
        self.doc_ids.add(doc_id)
        self.documents.append(document_row(article, doc_id))
        self.claims.update(claims)
        self.events.update(events)
        return FileOutcome(label, "added", claims=len(claims), events=len(events),
                           doc_id=doc_id)

    def insert(self, con: duckdb.DuckDBPyConnection) -> None:
        for table, rows in (("documents", self.documents), ("claims", list(self.claims.values())),
                            ("events", list(self.events.values()))):
            bulk_insert(con, table, rows)


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    """Insert dict rows by column name in one statement (through a DataFrame)."""
    if not rows:
        return
    frame = pd.DataFrame.from_records(rows)
    con.register("_batch_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch_rows")  # noqa: S608
    finally:
        con.unregister("_batch_rows")


def add_articles(
    con: duckdb.DuckDBPyConnection, articles: Sequence[tuple[str, Article]]
) -> list[FileOutcome]:
    """Extract every article, then insert all new rows at once."""
    present = {row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()}
    batch = Batch()
    outcomes = []
    for label, article in articles:
        try:
            outcomes.append(batch.add(article, label, present))
        except ArticleError as err:
            outcomes.append(FileOutcome(label, "rejected", reason=str(err)))
    batch.insert(con)
    return outcomes


def read_articles(
    paths: Sequence[Path], overrides: dict[str, str | None] | None = None
) -> tuple[list[tuple[str, Article]], list[FileOutcome]]:
    """Validate every file first, so a bad one costs nothing but its own line."""
    good, bad = [], []
    for path in paths:
        try:
            good.append((str(path), read_article_file(path, overrides)))
        except ArticleError as err:
            bad.append(FileOutcome(str(path), "rejected", reason=str(err)))
    return good, bad


def _in_input_order(outcomes: list[FileOutcome], paths: Sequence[Path]) -> list[FileOutcome]:
    """Report files in the order they were given, whatever stage rejected them."""
    position = {str(p): i for i, p in enumerate(paths)}
    return sorted(outcomes, key=lambda o: position.get(o.path, len(position)))


def article_files(articles_dir: Path) -> list[Path]:
    return sorted(p for p in articles_dir.glob("*.txt") if p.is_file())


# --- the two write operations ----------------------------------------------

def _write_new_database(
    target: Path, reference_dir: Path, articles: Sequence[tuple[str, Article]]
) -> list[FileOutcome]:
    con = duckdb.connect(str(target))
    try:
        con.execute("BEGIN TRANSACTION")
        apply_schema(con)
        load_reference(con, reference_dir)
        outcomes = add_articles(con, articles)
        create_derived_tables(con)
        _set_build_info(con, built_at=_now(), schema_version=SCHEMA_VERSION,
                        claims_version=__version__, extractor=_extractor_name())
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return outcomes


def build_database(
    db_path: Path,
    articles_dir: Path = ARTICLES_DIR,
    reference_dir: Path = REFERENCE_DIR,
    keep_ingested: bool = True,
) -> WriteReport:
    """(Re)build the whole database from data/ into a new file, then swap it in.

    Articles the current file holds that data/ does not (added by `ingest` or the Add-article
    page) are carried over and extracted again, so a rebuild — also the automatic one after a
    schema change — loses nothing; `keep_ingested=False` builds from data/ alone.
    """
    db_path = Path(db_path)
    if is_remote(db_path):
        raise ValueError(f"build writes a local file; {db_path} is remote (use ingest)")
    files = article_files(articles_dir)
    good, bad = read_articles(files)
    with writer_lock(db_path):
        _remove_stale_temps(db_path)
        kept = _ingested_articles(db_path, good) if keep_ingested else []
        temp = _temp_path(db_path)
        try:
            outcomes = _write_new_database(temp, reference_dir, good + kept)
            _swap_in(temp, db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    return WriteReport(db_path, _in_input_order(bad + outcomes, files))


def _ingested_articles(
    db_path: Path, from_files: Sequence[tuple[str, Article]]
) -> list[tuple[str, Article]]:
    """The articles in the current database that did not come from data/articles."""
    if not db_path.exists():
        return []
    from claims.db import open_read_only  # the read layer's fresh-instance attach

    on_disk = {doc_id_for(article.text) for _, article in from_files}
    sql = (QUERIES_DIR / "documents_in_database.sql").read_text(encoding="utf-8")
    try:
        con = open_read_only(db_path)
    except duckdb.Error as err:
        raise UnreadableDatabase(
            f"cannot read {db_path} to keep its ingested articles ({err}); "
            "use --fresh to rebuild from data/ alone"
        ) from err
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    kept = []
    for doc_id, title, outlet, author, url, published, language, source_path, text in rows:
        if doc_id in on_disk:
            continue
        article = Article(text=text, title=title, outlet=outlet, author=author, url=url,
                          published=published, language=language or "en",
                          source_path=source_path)
        kept.append((f"kept from {db_path.name}: {source_path or doc_id}", article))
    return kept


def ensure_database(db_path: Path) -> Path:
    """Build the database on first start, or when it was built for an older schema."""
    db_path = Path(db_path)
    if needs_build(db_path):
        try:
            build_database(db_path)
        except UnreadableDatabase:
            # keep the unreadable file beside the new one rather than lose what it may hold
            aside = db_path.with_name(f"{db_path.name}.unreadable-{_now_stamp()}")
            os.replace(db_path, aside)
            print(f"warning: {db_path} could not be read; moved to {aside}; rebuilding from data/",
                  file=sys.stderr)
            build_database(db_path)
    return db_path


def needs_build(db_path: Path) -> bool:
    """True when a local database is missing or was written for another schema version."""
    if is_remote(db_path):
        return False
    try:
        stat = Path(db_path).stat()
    except FileNotFoundError:
        return True
    return _stored_schema_version(str(db_path), stat.st_ino, stat.st_mtime_ns) != SCHEMA_VERSION


@functools.lru_cache(maxsize=8)
def _stored_schema_version(path: str, inode: int, mtime_ns: int) -> str | None:
    """build_info.schema_version of one version of the file (cached: read once per version)."""
    from claims.db import open_read_only  # the read layer's fresh-instance attach

    try:
        con = open_read_only(path)
        try:
            row = con.execute(
                "SELECT value FROM build_info WHERE key = 'schema_version'").fetchone()
        finally:
            con.close()
    except duckdb.Error:
        return None
    return row[0] if row else None


def ingest_files(
    db_path: Path,
    paths: Sequence[Path],
    overrides: dict[str, str | None] | None = None,
    reference_dir: Path = REFERENCE_DIR,
) -> WriteReport:
    """Add articles in one transaction; locally, on a copy swapped in atomically."""
    good, bad = read_articles(paths, overrides)
    report = ingest_articles(db_path, good, bad, reference_dir)
    report.outcomes = _in_input_order(report.outcomes, paths)
    return report


def ingest_articles(
    db_path: Path,
    articles: Sequence[tuple[str, Article]],
    already_rejected: Sequence[FileOutcome] = (),
    reference_dir: Path = REFERENCE_DIR,
) -> WriteReport:
    """Add validated articles; the database changes only if one was added."""
    report = WriteReport(Path(db_path), list(already_rejected))
    if not articles:
        return report
    if is_remote(db_path):
        con = duckdb.connect(str(db_path))
        try:
            report.outcomes += _ingest_into(con, articles)
        finally:
            con.close()
        return report
    db_path = Path(db_path)
    with writer_lock(db_path):
        _remove_stale_temps(db_path)
        temp = _temp_path(db_path)
        try:
            if db_path.exists():
                shutil.copy2(db_path, temp)
                con = duckdb.connect(str(temp))
                apply_schema(con)  # idempotent: brings a file built by an older version up
            else:
                con = duckdb.connect(str(temp))
                apply_schema(con)
                load_reference(con, reference_dir)
            try:
                outcomes = _ingest_into(con, articles)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            report.outcomes += outcomes
            if any(o.status == "added" for o in outcomes) or not db_path.exists():
                _swap_in(temp, db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    return report


def _ingest_into(
    con: duckdb.DuckDBPyConnection, articles: Sequence[tuple[str, Article]]
) -> list[FileOutcome]:
    con.execute("BEGIN TRANSACTION")
    try:
        outcomes = add_articles(con, articles)
        create_derived_tables(con)
        _set_build_info(con, last_ingest_at=_now(), schema_version=SCHEMA_VERSION,
                        extractor=_extractor_name())
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return outcomes


def _now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _extractor_name() -> str:
    from claims.extract import EXTRACTOR

    return EXTRACTOR
