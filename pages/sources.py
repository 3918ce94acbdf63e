"""Sources: every article with its metadata and text, its claims highlighted in place."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from claims.charts_text import Span, article_html, valid_spans
from claims.db import cached_query
from claims.filters import (
    get_context,
    metric_label,
    page_choice,
    raw_query_params,
    show_notices,
)

MAX_ARTICLES = 500  # in the picker; a link may name any other article

ctx = get_context()
st.title("Sources")
st.caption(
    "The articles the claims were read from, with every extracted claim highlighted "
    "where it stands in the text. Article text is shown as plain text."
)
if ctx.db_path is None:
    st.info("No database is available yet, so there are no articles to show.")
    st.stop()

f = ctx.filters
articles = cached_query(
    "articles_for_sources",
    ctx.db_path,
    date_from=f.date_from,
    date_to=f.date_to,
    outlets=list(f.outlets),
    max_articles=MAX_ARTICLES,
)
if articles.empty:
    st.info(
        "No articles yet"
        + (
            " for these filters."
            if f.active
            else ". Curated reference claims carry their own source links "
            "(see the estimates table)."
        )
    )
    st.stop()


def _labels(frame: pd.DataFrame) -> dict[str, str]:
    out = {}
    for r in frame.itertuples(index=False):
        day = "undated" if pd.isna(r.published) else pd.Timestamp(r.published).strftime("%Y-%m-%d")
        outlet, title = r.outlet or "unknown outlet", r.title or "(untitled)"
        out[r.doc_id] = f"{day} · {outlet} · {title} ({r.n_claims} claims)"
    return out


LABELS = _labels(articles)


def _label(doc_id: str) -> str:
    return LABELS.get(doc_id, doc_id)


doc_ids = list(articles["doc_id"])
n_matching = int(articles["n_matching"].iloc[0])
if n_matching > len(doc_ids):
    st.caption(f"The newest {len(doc_ids):,} of {n_matching:,} articles are listed.")
notices: list[str] = []
linked = raw_query_params().get("doc", [])
if linked and linked[0] not in doc_ids and len(linked[0]) <= 64:
    # An article named by a link but older than the listed ones: add it if it exists.
    if not cached_query("article_by_id", ctx.db_path, doc_id=linked[0]).empty:
        doc_ids.append(linked[0])
page_choice("doc", doc_ids, notices)
doc_id = st.selectbox(
    f"Article ({len(doc_ids)})", doc_ids, format_func=_label, key="doc", bind="query-params"
)
show_notices(notices)
doc = cached_query("article_by_id", ctx.db_path, doc_id=doc_id)
if doc.empty:
    st.stop()
d = doc.iloc[0]
meta = {
    "Title": d["title"],
    "Outlet": d["outlet"],
    "Author": d["author"],
    "Published": None
    if pd.isna(d["published"])
    else pd.Timestamp(d["published"]).strftime("%Y-%m-%d"),
    "Language": d["language"],
    "File": d["source_path"],
    "Document id": d["doc_id"],
}
url = (
    d["url"] if isinstance(d["url"], str) and d["url"].startswith(("https://", "http://")) else None
)
st.markdown(
    " · ".join(f"**{k}:** {html.escape(str(v))}" for k, v in meta.items() if v)
    + (f" · [original article]({url})" if url else ""),
    unsafe_allow_html=True,
)

claims = cached_query("claims_in_article", ctx.db_path, doc_id=doc_id)
text = str(d["text"])
spans = [
    Span(
        int(r.char_start),
        int(r.char_end),
        f"{r.claimant}: {r.value_text} ({metric_label(r.metric)})",
    )
    for r in claims.itertuples(index=False)
    if pd.notna(r.char_start) and pd.notna(r.char_end)
]
bad = len(spans) - len(valid_spans(text, spans))
text_col, list_col = st.columns([3, 2])
with text_col:
    st.markdown(article_html(text, spans), unsafe_allow_html=True)
    if bad:
        st.warning(f"{bad} claim(s) have offsets outside the text and are not highlighted.")
with list_col:
    st.markdown(f"**Claims in this article ({len(claims)})**")
    if claims.empty:
        st.caption("No claims were extracted from this article.")
    else:
        for i, r in enumerate(claims.itertuples(index=False), start=1):
            said = "" if pd.isna(r.said_on) else pd.Timestamp(r.said_on).strftime("%d %b %Y")
            period = html.escape(str(r.period_text)) if isinstance(r.period_text, str) else ""
            what = html.escape(metric_label(r.metric))
            st.markdown(
                "<div style='font-size:14px;margin-bottom:10px;border-left:3px solid #fde68a;"
                "padding-left:8px'>"
                f"<b>{i}. {html.escape(str(r.claimant))}</b> · {what}"
                f": <b>{html.escape(str(r.value_text or '—'))}</b>"
                f"{' · said ' + said if said else ''}"
                f"{' · ' + period if period else ''}"
                f"<br><span style='color:#4b5563'>“{html.escape(str(r.quote or ''))}”</span></div>",
                unsafe_allow_html=True,
            )

st.subheader("Statements reported by several outlets")
multi = cached_query(
    "statements_reported_by_several_articles", ctx.db_path, limit=500, max_groups=30
)
if multi.empty:
    st.caption(
        "No statement is carried by more than one article yet. When several articles "
        "report the same statement (same claimant, metric, figure and day), their "
        "wordings appear here side by side."
    )
else:
    for _key, group in list(multi.groupby("statement_key", sort=False))[:30]:
        first = group.iloc[0]
        st.markdown(
            f"**{html.escape(str(first['claimant']))}** · "
            f"{html.escape(metric_label(first['metric']))}"
            f" · {int(first['n_articles'])} articles",
            unsafe_allow_html=True,
        )
        cols = st.columns(min(len(group), 4))
        for col, (_, r) in zip(cols, group.head(4).iterrows(), strict=False):
            col.markdown(
                f"<div style='border-left:3px solid #fbbf24;padding-left:8px;font-size:14px'>"
                f"<b>{html.escape(str(r['outlet'] or ''))}</b><br>"
                f"“{html.escape(str(r['quote'] or ''))}”"
                f"</div>",
                unsafe_allow_html=True,
            )
