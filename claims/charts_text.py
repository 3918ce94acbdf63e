"""Article text rendered inert, with claims highlighted by their character offsets.

Pure functions (no Streamlit): every piece of article text is passed through
html.escape before any markup is added, so the result is safe for
st.markdown(..., unsafe_allow_html=True) whatever the article contains.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

MARK_STYLE = "background:#fde68a;padding:0 1px;border-radius:2px"
SELECTED_STYLE = "background:#f97316;color:#111;padding:0 1px;border-radius:2px"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str = ""
    selected: bool = False


def valid_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans that lie inside the text and are not empty, in reading order."""
    n = len(text)
    out = [
        s
        for s in spans
        if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= n
    ]
    return sorted(out, key=lambda s: (s.start, -s.end))


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """Escaped text with <mark> around each span (overlaps merged); newlines as <br>."""
    spans = valid_spans(text, spans)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if covering:
            selected = any(s.selected for s in covering)
            title = html.escape(
                "; ".join(dict.fromkeys(s.label for s in covering if s.label)), quote=True
            )
            style = SELECTED_STYLE if selected else MARK_STYLE
            anchor = ' id="selected-claim"' if selected else ""
            parts.append(f'<mark{anchor} title="{title}" style="{style}">{piece}</mark>')
        else:
            parts.append(piece)
    return "".join(parts)


def article_html(text: str, spans: Iterable[Span]) -> str:
    """The highlighted article in a readable, scrollable box."""
    body = highlight_html(text, spans)
    return (
        '<div style="max-height:900px;overflow-y:auto;border:1px solid #e5e7eb;border-radius:6px;'
        'padding:12px 16px;line-height:1.6;font-size:15px;white-space:normal">'
        f"{body}</div>"
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas (CSV injection)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = [
                "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
                for v in out[col]
            ]
    return out
