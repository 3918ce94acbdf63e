"""Add article: paste text or upload a .txt, ingest it like `python -m claims ingest`."""

from __future__ import annotations

import streamlit as st

from claims.access import current_viewer
from claims.articles import ArticleError, max_article_bytes
from claims.db import cached_query
from claims.filters import require_app_run
from claims.paths import database_path
from claims.uploads import add_from_browser, check_upload

require_app_run()  # a first request straight to this file reruns through app.py's gate
viewer = current_viewer()  # set by app.py's gate; None if this file ran without it
if viewer is None or not viewer.is_editor:
    st.error("Only editors can add articles.")
    st.stop()
st.title("Add an article")

st.caption(
    "The article is checked (plain UTF-8 text, at most "
    f"{max_article_bytes():,} bytes), its claims are extracted, and it is added to a copy "
    "of the database that replaces the old one in one step: readers never see a half-written "
    "database. Figures are claims as the article states them, not verified counts."
)

with st.form("add_article", clear_on_submit=False):
    pasted = st.text_area("Article text", height=240,
                          help="Optionally starting with a front-matter block (--- … ---).")
    upload = st.file_uploader("…or a .txt file", type=["txt"])
    left, right = st.columns(2)
    title = left.text_input("Title")
    outlet = right.text_input("Outlet")
    url = left.text_input("URL", placeholder="https://…")
    published = right.date_input("Published", value=None, format="YYYY-MM-DD")
    submitted = st.form_submit_button("Add article", type="primary")

if submitted:
    metadata = {"title": title, "outlet": outlet, "url": url,
                "published": published.isoformat() if published else None}
    try:
        if upload is not None:
            check_upload(upload.name, upload.type, upload.size)
            raw, label = upload.getvalue(), upload.name
        elif pasted.strip():
            raw, label = pasted.encode("utf-8"), "pasted text"
        else:
            raise ArticleError("paste the article's text or choose a .txt file")
    except ArticleError as err:
        st.error(f"Not added: {err}")
        st.stop()
    with st.spinner("Extracting claims…"):
        outcome = add_from_browser(database_path(), raw, label, metadata)
    if outcome.status == "rejected":
        st.error(f"Not added: {outcome.reason}")
    elif outcome.status == "unchanged":
        st.info("This article is already in the database; nothing changed.")
    else:
        st.success(f"Added: {outcome.claims} claims and {outcome.events} events found.")
    if outcome.doc_id:
        found = cached_query("claims_in_article", doc_id=outcome.doc_id)
        st.dataframe(
            found[["claimant", "metric", "value_text", "qualifier", "said_on", "quote"]],
            hide_index=True, use_container_width=True,
        )
