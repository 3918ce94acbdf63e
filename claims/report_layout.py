"""The report layout: `?report=1` turns any dashboard page into a clean page to screenshot.

app.py calls `apply_report_layout(filters, db_path)` once per run, after the sidebar filters
are drawn and before the page runs. Without `report` in the URL it does nothing. With it,
it injects CSS that hides the sidebar, the header, toolbars, every input widget and the
Plotly mode bar, fixes the content width, and writes two lines at the top of the page:
the active filters and "data as of" (newest source date, build time, counts).

`?report=1` uses the default width (1400 px); `?report=1200` fixes the content at
1200 px (600-3000). The `python -m claims report` command sets it to its --width.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

REPORT_PARAM = "report"
DEFAULT_WIDTH = 1400
MIN_WIDTH, MAX_WIDTH = 600, 3000
_TRUE = {"1", "true", "yes", "on"}

# What a report never shows: Streamlit chrome, navigation, inputs, chart tool bars.
HIDDEN_SELECTORS = (
    '[data-testid="stSidebar"]',
    '[data-testid="stSidebarCollapsedControl"]',
    '[data-testid="stSidebarNav"]',
    '[data-testid="stExpandSidebarButton"]',
    '[data-testid="stHeader"]',
    "header.stAppHeader",
    '[data-testid="stToolbar"]',
    '[data-testid="stDecoration"]',
    '[data-testid="stStatusWidget"]',
    '[data-testid="stAppDeployButton"]',
    '[data-testid="stMainMenu"]',
    '[data-testid="stBottom"]',
    '[data-testid="stElementToolbar"]',
    '[data-testid="stSelectbox"]',
    '[data-testid="stMultiSelect"]',
    '[data-testid="stRadio"]',
    '[data-testid="stCheckbox"]',
    '[data-testid="stToggle"]',
    '[data-testid="stSlider"]',
    '[data-testid="stSelectSlider"]',
    '[data-testid="stDateInput"]',
    '[data-testid="stTimeInput"]',
    '[data-testid="stTextInput"]',
    '[data-testid="stTextArea"]',
    '[data-testid="stNumberInput"]',
    '[data-testid="stFileUploader"]',
    '[data-testid="stButton"]',
    '[data-testid="stDownloadButton"]',
    '[data-testid="stLinkButton"]',
    '[data-testid="stPageLink"]',
    '[data-testid="stButtonGroup"]',
    '[data-testid="stFormSubmitButton"]',
    '[data-testid="stChatInput"]',
    ".modebar-container",
    "footer",
)


def report_width(values: Sequence[str]) -> int | None:
    """The fixed width for a `report` URL value, or None when it does not ask for a report."""
    if not values:
        return None
    value = str(values[0]).strip().lower()
    if value in _TRUE:
        return DEFAULT_WIDTH
    if value.isdigit():
        return min(max(int(value), MIN_WIDTH), MAX_WIDTH)
    return None


def report_mode_active() -> bool:
    """True when the page was opened with `?report=1` (or `?report=<width>`)."""
    return _requested_width() is not None


def _requested_width() -> int | None:
    import streamlit as st

    return report_width(st.query_params.get_all(REPORT_PARAM))


def report_css(width: int) -> str:
    """The style sheet of the report layout for a content width in pixels."""
    hidden = ",\n".join(HIDDEN_SELECTORS)
    return f"""
{hidden} {{ display: none !important; }}
html, body {{ overflow: visible !important; }}
[data-testid="stApp"], [data-testid="stAppViewContainer"], [data-testid="stMain"],
.stMain, .stApp {{
  position: relative !important; overflow: visible !important; height: auto !important;
  min-height: 0 !important; inset: auto !important;
}}
[data-testid="stMain"] {{ margin-left: 0 !important; }}
[data-testid="stMainBlockContainer"], .block-container {{
  width: {width}px !important; max-width: {width}px !important; min-width: {width}px !important;
  padding: 24px 32px 32px 32px !important; margin: 0 !important; box-sizing: border-box;
}}
*, *::before, *::after {{ animation: none !important; transition: none !important;
  caret-color: transparent !important; }}
.kc-report-header {{ border-bottom: 1px solid #d0d4dc; padding: 0 0 8px 0; margin: 0 0 4px 0;
  font-size: 14px; line-height: 1.45; color: #31333f; }}
.kc-report-header .kc-report-filters {{ font-weight: 600; }}
.kc-report-header .kc-report-asof {{ color: #5c6170; }}
"""


def _fmt_day(value: Any) -> str | None:
    if value is None:
        return None
    try:
        if value != value:  # NaN / NaT
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return None if text in ("NaT", "<NA>", "None", "") else text[:10]


def _metric_label(metric: str) -> str:
    try:
        from claims.filters import metric_label
    except ImportError:
        return str(metric)
    return metric_label(str(metric))


def describe_filters(filters: Any) -> str:
    """The active filters in full words (every claimant and outlet named), for a report."""
    if filters is None:
        return "none (all claims)"
    parts = []
    date_from, date_to = getattr(filters, "date_from", None), getattr(filters, "date_to", None)
    if date_from or date_to:
        parts.append(f"said {_fmt_day(date_from) or 'any time'} to {_fmt_day(date_to) or 'today'}")
    for label, attr in (("claimant", "claimants"), ("metric", "metrics"), ("outlet", "outlets")):
        values = tuple(getattr(filters, attr, ()) or ())
        if attr == "metrics":
            values = tuple(_metric_label(m) for m in values)
        if values:
            parts.append(f"{label}{'s' if len(values) > 1 else ''}: {', '.join(map(str, values))}")
    return "; ".join(parts) if parts else "none (all claims)"


def describe_data_as_of(summary: Mapping[str, Any] | None, build: Mapping[str, Any] | None) -> str:
    """The "data as of" line: newest source date, counts and when the database was built."""
    if not summary:
        return "no database"
    newest = _fmt_day(summary.get("last_said_on")) or "no dated claims"
    text = (f"newest source date {newest}; {int(summary.get('claims') or 0)} claims from "
            f"{int(summary.get('articles') or 0)} articles and curated references")
    built = (build or {}).get("built_at")
    if built:
        text += f"; database built {str(built)[:16].replace('T', ' ')} UTC"
    return text


def database_facts(db_path: Any, cached: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """(db_summary row, build_info as a dict) of a claims database; empty dicts if unreadable.

    `cached` goes through st.cache_data (keyed by the file's version): for the running app.
    """
    if db_path is None:
        return {}, {}
    from claims.db import cached_query, run_query

    query = cached_query if cached else run_query
    try:
        summary = query("db_summary", db_path)
        build = query("build_info", db_path)
    except Exception:  # noqa: BLE001 - the header must never break the page
        return {}, {}
    row = summary.iloc[0].to_dict() if not summary.empty else {}
    return row, {str(k): str(v) for k, v in zip(build["key"], build["value"], strict=True)}


def header_html(filters_text: str, data_as_of: str) -> str:
    return (
        '<div class="kc-report-header" data-testid="kcReportHeader">'
        f'<div class="kc-report-filters">Filters: {html.escape(filters_text)}</div>'
        f'<div class="kc-report-asof">Data as of: {html.escape(data_as_of)}</div>'
        "</div>"
    )


def apply_report_layout(filters: Any = None, db_path: Any = None, *,
                        filters_text: str | None = None, data_as_of: str | None = None) -> bool:
    """In report mode, style the page for screenshots and write the filters and data lines.

    `filters` is the sidebar's Filters (or None); `db_path` the database shown. The two
    lines can also be given as text. Returns True when the report layout is active.
    """
    width = _requested_width()
    if width is None:
        return False
    import streamlit as st

    if filters_text is None:
        filters_text = describe_filters(filters)
    if data_as_of is None:
        data_as_of = describe_data_as_of(*database_facts(db_path, cached=True))
    st.html(f"<style>{report_css(width)}</style>")
    st.html(header_html(filters_text, data_as_of))
    return True
