"""The shared sidebar filters and the URL parameters they are bound to.

The pure part (`Filters`, `validate_url_params`, `normalise_date_range`, ...) checks what
a URL carries against the options the database offers and says, in plain words, what
was ignored; it never raises on hostile input. `sidebar_filters()` draws the widgets
(bound to the URL with bind="query-params") and returns the validated `Filters`.

URL keys: claimant, metric, outlet (repeatable), dates (one or two ISO dates).
Pages add their own keys (see PAGE_PARAMS) and validate them with the same helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claims.model import METRICS

FILTER_KEYS = ("dates", "claimant", "metric", "outlet")
# Keys a page reads itself; any other key in the URL is reported as unknown.
PAGE_PARAMS = (
    "chart_metric",
    "log",
    "category",
    "doc",
    "claim",
    "events",
    "embed",
    "embed_options",
    "report",  # claims.report_layout: the screenshot layout
)
MAX_PARAM_VALUES = 50
MAX_PARAM_LENGTH = 200

METRIC_LABELS = {
    "killed": "Killed",
    "wounded": "Wounded",
    "killed_or_wounded": "Killed or wounded",
    "casualties": "Casualties (unspecified)",
    "captured": "Captured",
    "missing": "Missing",
    "suicides": "Suicides",
    "deployed": "Deployed (troops sent)",
}

METRIC_BY_LABEL = {label: metric for metric, label in METRIC_LABELS.items()}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def metric_label(metric: str) -> str:
    return METRIC_LABELS.get(metric, metric.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Filters:
    """What the sidebar selects. Empty tuples and None dates mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    claimants: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()

    def params(self) -> dict[str, Any]:
        """Bound parameters for the filtered queries ($date_from, $claimants, ...)."""
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "claimants": list(self.claimants),
            "metrics": list(self.metrics),
            "outlets": list(self.outlets),
        }

    @property
    def active(self) -> bool:
        return bool(
            self.date_from or self.date_to or self.claimants or self.metrics or self.outlets
        )

    def describe(self) -> str:
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"said {self.date_from or '…'} to {self.date_to or '…'}")
        if self.claimants:
            parts.append(f"{len(self.claimants)} claimant(s)")
        if self.metrics:
            parts.append(", ".join(metric_label(m) for m in self.metrics))
        if self.outlets:
            parts.append(f"{len(self.outlets)} outlet(s)")
        return "; ".join(parts) if parts else "no filter"


@dataclass
class FilterOptions:
    """What the database offers to filter on."""

    claimants: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=lambda: list(METRICS))
    first_day: date | None = None
    last_day: date | None = None


def _short(value: str) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= 40 else value[:37] + "…"


def parse_iso_date(value: str) -> date | None:
    if not isinstance(value, str) or not _ISO_DATE.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def check_choices(
    key: str, values: Sequence[str], options: Iterable[str]
) -> tuple[list[str], list[str]]:
    """(the valid values, notices about the rest) for a repeatable choice parameter."""
    allowed = set(options)
    valid: list[str] = []
    notices: list[str] = []
    if len(values) > MAX_PARAM_VALUES:
        notices.append(f"Only the first {MAX_PARAM_VALUES} values of '{key}' were read.")
        values = values[:MAX_PARAM_VALUES]
    for value in values:
        if value in allowed and len(value) <= MAX_PARAM_LENGTH:
            if value not in valid:
                valid.append(value)
        elif value != "":
            notices.append(f"Ignored unknown {key} '{_short(value)}' in the link.")
    return valid, notices


def normalise_date_range(
    value: Any, first_day: date | None, last_day: date | None
) -> tuple[date | None, date | None]:
    """A (from, to) pair from a date_input value, clipped to the data, None = unbounded.

    Accepts a date, a tuple of 0-3 dates (extra ones dropped), reversed ranges (swapped).
    A bound equal to the data's own first or last day becomes None (no restriction).
    """
    if isinstance(value, date):
        days = [value]
    elif isinstance(value, (list, tuple)):
        days = [d for d in value if isinstance(d, date)][:2]
    else:
        days = []
    if not days:
        return None, None
    lo = min(days)
    hi = max(days) if len(days) == 2 else None
    if first_day and lo <= first_day:
        lo = None
    if last_day and hi is not None and hi >= last_day:
        hi = None
    return lo, hi


def check_dates(values: Sequence[str], first_day: date | None, last_day: date | None) -> list[str]:
    """Notices for a 'dates' URL parameter that the date widget will not use as given."""
    if not values:
        return []
    notices = []
    parsed = [parse_iso_date(v) for v in values]
    if len(values) > 2:
        notices.append("The link's 'dates' has more than two dates; only the first two are used.")
    if any(p is None for p in parsed[:2]):
        bad = next(v for v, p in zip(values, parsed, strict=False) if p is None)
        notices.append(f"Ignored the date '{_short(bad)}' in the link: use YYYY-MM-DD.")
    elif first_day and last_day and any(p < first_day or p > last_day for p in parsed[:2] if p):
        notices.append(
            f"The link's dates lie outside the data ({first_day} to {last_day}); "
            "the full range is shown."
        )
    return notices


def validate_url_params(raw: Mapping[str, Sequence[str]], options: FilterOptions) -> list[str]:
    """Notices for every URL parameter value that will be ignored. Never raises."""
    notices: list[str] = []
    for key, values in raw.items():
        values = [str(v) for v in values]
        if key == "claimant":
            notices += check_choices("claimant", values, options.claimants)[1]
        elif key == "metric":
            labels = [metric_label(m) for m in options.metrics]
            notices += check_choices("metric", values, labels)[1]
        elif key == "outlet":
            notices += check_choices("outlet", values, options.outlets)[1]
        elif key == "dates":
            notices += check_dates(values, options.first_day, options.last_day)
        elif key not in PAGE_PARAMS:
            notices.append(f"Ignored unknown parameter '{_short(key)}' in the link.")
    return notices


def raw_query_params() -> dict[str, list[str]]:
    """Every URL parameter with all its values (Streamlit's st.query_params)."""
    import streamlit as st

    return {key: list(st.query_params.get_all(key)) for key in st.query_params}


def page_choice(key: str, options: Sequence[str], notices: list[str]) -> str | None:
    """A single page-level choice read from the URL, or None (with a notice if invalid)."""
    raw = raw_query_params().get(key, [])
    if not raw:
        return None
    valid, bad = check_choices(key, raw[:1], options)
    notices.extend(bad)
    return valid[0] if valid else None


FILTERS_OPEN_KEY = "filters_open"  # the sidebar expander's open state (session only)


def filters_in_use(raw: Mapping[str, Sequence[str]], state: Mapping[str, Any]) -> bool:
    """Whether the link or the session sets any filter (then its widgets must be drawn)."""
    if any(raw.get(key) for key in FILTER_KEYS):
        return True
    return any(
        state.get(key) not in (None, (), [], "") for key in ("claimant", "metric", "outlet")
    )


def sidebar_filters(options: FilterOptions) -> tuple[Filters, list[str]]:
    """Draw the shared sidebar filters (bound to the URL) and return them with notices.

    The widgets sit in a "Filters" expander in the sidebar. They are drawn only when it is
    open or a filter is in use (a link that sets one opens it on the session's first run):
    a widget that is not drawn loses its URL binding, so a filter in use always keeps its
    widget, open or not. With no filter the expander starts closed and its widgets are not
    drawn at all: their lazily loaded code (a date field, the multiselect) and their first
    render are most of what the sidebar costs a page that has a chart (bench/README.md,
    fifth pass). Opening or closing it reruns the page.
    """
    import streamlit as st

    raw = raw_query_params()
    notices = validate_url_params(raw, options)
    in_use = filters_in_use(raw, st.session_state)
    sb = st.sidebar
    if in_use and FILTERS_OPEN_KEY not in st.session_state:
        # A link that sets a filter opens them. Not `expanded=in_use`: `expanded` is part
        # of the expander's identity, so changing it would reset (close) the expander.
        st.session_state[FILTERS_OPEN_KEY] = True
    box = sb.expander(
        "Filters",
        key=FILTERS_OPEN_KEY,
        on_change="rerun",
        icon=":material/filter_list:",
    )
    if not (in_use or box.open):
        sb.caption("No filter: every claim is shown. Open Filters to filter by date, "
                   "claimant, metric or outlet.")
        return Filters(), notices
    first, last = options.first_day, options.last_day
    if first and last:
        value = box.date_input(
            "Date range",
            value=(first, last),
            min_value=first,
            max_value=last,
            key="dates",
            bind="query-params",
            help="Claims said, articles published and events dated in this range.",
        )
        date_from, date_to = normalise_date_range(value, first, last)
    else:
        box.caption("No dated claims yet.")
        date_from = date_to = None
    claimants = box.multiselect(
        "Claimant",
        options.claimants,
        key="claimant",
        bind="query-params",
        placeholder="All claimants",
    )
    # Bound widgets keep the option text in the URL (?metric=Killed+or+wounded), so the
    # options are the readable labels, mapped back to metric names below.
    metric_labels = box.multiselect(
        "Metric",
        [metric_label(m) for m in options.metrics],
        key="metric",
        bind="query-params",
        placeholder="All metrics",
    )
    outlets = box.multiselect(
        "Outlet",
        options.outlets,
        key="outlet",
        bind="query-params",
        placeholder="All outlets",
    )
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        claimants=tuple(c for c in claimants if c in options.claimants),
        metrics=tuple(
            METRIC_BY_LABEL[label] for label in metric_labels if label in METRIC_BY_LABEL
        ),
        outlets=tuple(o for o in outlets if o in options.outlets),
    )
    box.caption("The filters are kept in the page address: copy the link to share this view.")
    return filters, notices


# ------------------------------------------------------------ page context (Streamlit)

_CTX = "_kc_context"


@dataclass(frozen=True)
class PageContext:
    """What app.py hands every page: the database (None if unusable) and the filters."""

    db_path: Any
    filters: Filters
    notices: tuple[str, ...] = ()


def load_filter_options(db_path: Any) -> FilterOptions:
    """The claimants, outlets and date bounds the database offers (cached by file version)."""
    from claims.db import cached_query

    claimants = cached_query("filter_options_claimants", db_path)
    outlets = cached_query("filter_options_outlets", db_path)
    bounds = cached_query("filter_options_date_bounds", db_path)
    first = last = None
    if not bounds.empty:
        first, last = bounds.iloc[0]["first_day"], bounds.iloc[0]["last_day"]
        first = None if first is None or pd_isna(first) else _as_date(first)
        last = None if last is None or pd_isna(last) else _as_date(last)
    return FilterOptions(
        claimants=[str(c) for c in claimants["claimant"]],
        outlets=[str(o) for o in outlets["outlet"]],
        first_day=first,
        last_day=last,
    )


def pd_isna(value: Any) -> bool:
    try:
        return bool(value != value) or str(value) in ("NaT", "<NA>")
    except (TypeError, ValueError):
        return False


def _as_date(value: Any) -> date:
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def set_context(db_path: Any, filters: Filters, notices: Sequence[str]) -> None:
    import streamlit as st

    st.session_state[_CTX] = PageContext(db_path, filters, tuple(notices))


def require_app_run() -> None:
    """Make sure app.py (access gate, filters, navigation) wraps this page's run.

    On a fresh server Streamlit starts in its legacy pages/-folder mode until some
    run calls st.navigation, so the very first request for /sources would run
    pages/sources.py alone, skipping app.py. Leave that mode the way st.navigation
    itself does and rerun: app.py then runs and routes to the same page.
    """
    import streamlit as st
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def get_context() -> PageContext:
    """The context app.py set for this run (a page run alone gets an empty one)."""
    import streamlit as st

    require_app_run()
    ctx = st.session_state.get(_CTX)
    if isinstance(ctx, PageContext):
        return ctx
    from claims.paths import database_path

    path = database_path()
    return PageContext(path if path.exists() else None, Filters())


def show_notices(notices: Sequence[str]) -> None:
    """Tell the reader which parts of the link were ignored (never an exception)."""
    import streamlit as st

    for notice in dict.fromkeys(notices):
        st.warning(notice, icon=":material/link_off:")
