"""Reading article files: validation, front matter, metadata overrides.

Every way an input can be wrong ends here as one `ArticleError` whose message
names the reason in a few words, so the CLI and the Add-article page can show
one clear line and leave the database alone.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from claims.model import Article
from claims.paths import ROOT

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FRONT_MATTER_KEYS = ("title", "outlet", "author", "url", "published", "language")
_FENCE = "---"


class ArticleError(ValueError):
    """An input that cannot become a document; the message is the reason."""


def max_article_bytes() -> int:
    """Size limit for one article: $CLAIMS_MAX_ARTICLE_BYTES or 5 MB."""
    raw = os.environ.get("CLAIMS_MAX_ARTICLE_BYTES")
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        return max(1, int(raw))
    except ValueError:
        return DEFAULT_MAX_BYTES


def parse_date(value: str) -> date:
    """A strict YYYY-MM-DD date; anything else is an ArticleError."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ArticleError(f"bad date {value!r} (expected YYYY-MM-DD)")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise ArticleError(f"impossible date {value!r}") from None
    if not 1900 <= parsed.year <= date.today().year + 1:
        raise ArticleError(f"implausible date {value!r}")
    return parsed


def clean_url(value: str) -> str:
    """Accept only http(s) URLs, so a link shown later can never be javascript:."""
    value = value.strip()
    if not re.match(r"^https?://[^\s<>\"']+$", value, flags=re.IGNORECASE):
        raise ArticleError(f"bad url {value!r} (expected http:// or https://)")
    return value


def decode(raw: bytes, limit: int | None = None) -> str:
    """Bytes to text, refusing empty, oversized, binary and non-UTF-8 input."""
    limit = max_article_bytes() if limit is None else limit
    if len(raw) > limit:
        raise ArticleError(f"too large ({len(raw):,} bytes; limit {limit:,})")
    if not raw.strip():
        raise ArticleError("empty file")
    if b"\x00" in raw:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"not UTF-8 text (byte {err.start})") from None
    return text.removeprefix("\ufeff")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional '---' block of 'key: value' lines from the body.

    The body is returned byte for byte: offsets of claims refer to it.
    """
    first_line, sep, rest = text.partition("\n")
    if first_line.rstrip("\r") != _FENCE or not sep:
        return {}, text
    meta: dict[str, str] = {}
    position = 0
    for line in rest.splitlines(keepends=True):
        position += len(line)
        stripped = line.rstrip("\r\n")
        if stripped == _FENCE:
            return meta, rest[position:]
        if not stripped.strip():
            continue
        key, colon, value = stripped.partition(":")
        key = key.strip().lower()
        if not colon or key not in FRONT_MATTER_KEYS:
            raise ArticleError(f"malformed front matter line {stripped[:60]!r}")
        meta[key] = value.strip()
    raise ArticleError("malformed front matter (no closing '---')")


def article_from_text(
    raw_text: str,
    overrides: dict[str, str | None] | None = None,
    source_path: str | None = None,
) -> Article:
    """Build a validated Article from decoded text; overrides beat front matter."""
    meta, body = split_front_matter(raw_text)
    for key, value in (overrides or {}).items():
        if value is not None and value != "":
            meta[key] = value
    if not body.strip():
        raise ArticleError("no article text after the front matter")
    return Article(
        text=body,
        title=meta.get("title") or _first_line(body),
        outlet=meta.get("outlet") or None,
        author=meta.get("author") or None,
        url=clean_url(meta["url"]) if meta.get("url") else None,
        published=parse_date(meta["published"]) if meta.get("published") else None,
        language=meta.get("language") or "en",
        source_path=source_path,
    )


def read_article_file(
    path: Path, overrides: dict[str, str | None] | None = None, limit: int | None = None
) -> Article:
    """Read and validate one article file; raises ArticleError with the reason."""
    if not path.exists():
        raise ArticleError("no such file")
    if not path.is_file():
        raise ArticleError("not a regular file")
    limit = max_article_bytes() if limit is None else limit
    size = path.stat().st_size
    if size > limit:
        raise ArticleError(f"too large ({size:,} bytes; limit {limit:,})")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"unreadable ({err.strerror})") from None
    return article_from_text(decode(raw, limit), overrides, source_path=display_path(path))


def display_path(path: Path) -> str:
    """The path as shown to readers: relative to the checkout when inside it.

    An absolute server path says nothing to an analyst and tells a shared
    deployment's visitors how the server is laid out.
    """
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return path.name


def _first_line(body: str) -> str | None:
    line = body.strip().splitlines()[0].strip() if body.strip() else ""
    return line[:200] or None
