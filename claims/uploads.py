"""Articles added from the browser: the same checks and the same ingest as the CLI.

The Add-article page hands pasted text or an uploaded file here; this module
validates it (type, size, encoding, metadata) and ingests it with
`store.ingest_articles`, which writes a copy of the database and swaps it in
atomically, so readers in other sessions never see a half-written file.
"""

from __future__ import annotations

from pathlib import Path

from claims.articles import ArticleError, article_from_text, decode, max_article_bytes
from claims.paths import REFERENCE_DIR
from claims.store import FileOutcome, ingest_articles

ALLOWED_SUFFIXES = (".txt",)
ALLOWED_TYPES = ("text/plain", "application/octet-stream", "")


def check_upload(name: str, mime_type: str | None, size: int) -> None:
    """Refuse anything but a plain-text file under the size limit, before reading it."""
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise ArticleError("only .txt files can be added")
    if (mime_type or "") not in ALLOWED_TYPES:
        raise ArticleError(f"not a text file ({mime_type})")
    limit = max_article_bytes()
    if size > limit:
        raise ArticleError(f"too large ({size:,} bytes; limit {limit:,})")


def add_from_browser(
    db_path: Path,
    raw: bytes,
    label: str,
    metadata: dict[str, str | None],
    reference_dir: Path = REFERENCE_DIR,
) -> FileOutcome:
    """Validate and ingest one article; return what happened, never raise on bad input."""
    try:
        article = article_from_text(decode(raw), metadata, source_path=f"browser:{label}")
    except ArticleError as err:
        return FileOutcome(label, "rejected", reason=str(err))
    report = ingest_articles(db_path, [(label, article)], reference_dir=reference_dir)
    return report.outcomes[0]
