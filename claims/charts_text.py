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


STATIC_TABLE_ROWS = 100  # up to this many rows a page shows html_table, beyond it the grid

# A static table for small results: no interactive grid (its JavaScript bundle, ~1.5 MB with
# the Arrow reader, and its rendering would slow a chart page for a few dozen rows). Long
# texts are cut to two lines on screen (the whole text is in the cell's tooltip and read out
# by screen readers); the header stays in place while the box scrolls.
TABLE_CSS = """<style>
.kc-table-box{max-height:430px;overflow:auto;border:1px solid rgba(49,51,63,.12);
border-radius:.5rem}
.kc-table{border-collapse:collapse;width:100%;font-size:14px;line-height:1.4}
.kc-table th{position:sticky;top:0;z-index:1;background:#f7f8fa;text-align:left;
font-weight:600;color:#4b5060;padding:6px 10px;border-bottom:1px solid #dfe1e6;
white-space:nowrap}
.kc-table td{padding:5px 10px;border-bottom:1px solid #eceef2;vertical-align:top}
.kc-table td.kc-short{white-space:nowrap}
.kc-table .kc-num{white-space:nowrap;text-align:right}
.kc-table td.kc-long{min-width:16em}
.kc-table td.kc-long>div{display:-webkit-box;-webkit-line-clamp:2;line-clamp:2;
-webkit-box-orient:vertical;overflow:hidden}
</style>"""


def html_table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    *,
    links: dict[str, str] | None = None,
    dates: Iterable[str] = (),
    numbers: Iterable[str] = (),
    long: Iterable[str] = (),
    short: Iterable[str] = (),
) -> str:
    """A static, scrollable HTML table of `frame` for st.html (every cell escaped).

    `columns` maps frame columns to headings, in order. `links` maps a column to the column
    holding its URL (http(s) only): the cell's text becomes a link. `dates` are shown
    YYYY-MM-DD and `numbers` as whole numbers (right-aligned); `short` columns never wrap;
    `long` columns show two lines, the full text in the tooltip. Missing values are empty.
    """
    links = links or {}
    dates, numbers, long, short = set(dates), set(numbers), set(long), set(short)

    def cell(row: pd.Series, col: str) -> str:
        value = row[col]
        if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
            text = ""
        elif col in dates:
            text = pd.Timestamp(value).strftime("%Y-%m-%d")
        elif col in numbers:
            text = f"{float(value):,.0f}"
        else:
            text = str(value)
        shown = html.escape(text)
        url = row[links[col]] if col in links else None
        if shown and isinstance(url, str) and url.startswith(("https://", "http://")):
            shown = (f'<a href="{html.escape(url, quote=True)}" target="_blank" '
                     f'rel="noopener noreferrer">{shown}</a>')
        if col in long:
            tip = html.escape(text, quote=True)
            return f'<td class="kc-long" title="{tip}"><div>{shown}</div></td>'
        kind = "kc-num" if col in numbers else "kc-short" if col in short or col in dates else ""
        return f'<td class="{kind}">{shown}</td>' if kind else f"<td>{shown}</td>"

    num_th = '<th class="kc-num">'
    head = "".join(
        f"{num_th if col in numbers else '<th>'}{html.escape(h)}</th>"
        for col, h in columns.items()
    )
    body = "".join(
        "<tr>" + "".join(cell(row, col) for col in columns) + "</tr>"
        for _, row in frame.iterrows()
    )
    return (f'{TABLE_CSS}<div class="kc-table-box"><table class="kc-table"><thead><tr>{head}'
            f"</tr></thead><tbody>{body}</tbody></table></div>")
