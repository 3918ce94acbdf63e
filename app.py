"""Kursk Claims dashboard: `streamlit run app.py` (optionally `-- --db PATH`).

Sets the page up, builds the database from data/ if it is missing, checks access,
draws the shared sidebar filters (bound to the URL) and routes to pages/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import streamlit as st

from claims.access import require_access
from claims.filters import (
    FilterOptions,
    load_filter_options,
    set_context,
    show_notices,
    sidebar_filters,
)
from claims.paths import database_path
from claims.report_layout import apply_report_layout

st.set_page_config(page_title="Kursk Claims", page_icon="📊", layout="wide")


def _db_from_args() -> Path:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return database_path(known.db)


def _ensure(db_path: Path) -> bool:
    from claims.store import needs_build

    if not needs_build(db_path):  # present and of this schema version (checked once a version)
        return True
    try:
        from claims.store import ensure_database

        with st.spinner(f"Building the database {db_path.name} from data/ (first start)…"):
            ensure_database(db_path)
    except Exception as err:  # noqa: BLE001 - shown to the analyst, not raised
        st.error(f"The database {db_path} is missing and could not be built: {err}")
        return False
    return db_path.exists()


viewer = require_access()  # before anything else: with sign-in on, nothing renders without it
db_path = _db_from_args()
ok = _ensure(db_path)
try:
    options = load_filter_options(db_path) if ok else FilterOptions()
except Exception as err:  # noqa: BLE001 - e.g. a file that is not a claims database
    st.error(f"Cannot read the database {db_path}: {err}")
    options, ok = FilterOptions(), False

filters, notices = sidebar_filters(options)
set_context(db_path if ok else None, filters, notices)

pages = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page(
        "pages/estimates.py",
        title="Estimates by source and date",
        icon=":material/scatter_plot:",
        url_path="estimates",
    ),
    st.Page("pages/map.py", title="Kursk map", icon=":material/map:", url_path="map"),
    st.Page(
        "pages/timeline.py",
        title="Russia–DPRK timeline",
        icon=":material/timeline:",
        url_path="timeline",
    ),
    st.Page("pages/sources.py", title="Sources", icon=":material/article:", url_path="sources"),
]
if viewer.is_editor:  # everyone locally; only editors when sign-in is on
    pages.append(
        st.Page("pages/add_article.py", title="Add article", icon=":material/add:", url_path="add")
    )
page = st.navigation(pages)
apply_report_layout(filters, db_path if ok else None)  # ?report=1: the screenshot layout
show_notices(notices)
page.run()
