"""Overview: what the database holds, each claimant's latest figure per metric, newest claims."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from claims.db import cached_query
from claims.filters import get_context, metric_label
from claims.model import METRICS

MAX_CLAIMANTS = 40

ctx = get_context()
st.title("Kursk Claims: North Korean troops in Russia's war, figure by figure")
st.markdown(
    "Every number here is a **claim**: a figure someone stated (killed, wounded, captured, "
    "deployed), with who said it, when, and in which words. They are **not verified counts**; "
    "sources disagree, often by thousands, and the pages show how. Claims *extracted* from "
    "articles keep their exact quote; *curated* reference claims keep a link to their source."
)
if ctx.db_path is None:
    st.info("No database is available yet, so there are no claims to show.")
    st.stop()

summary = cached_query("db_summary", ctx.db_path).iloc[0]
info = cached_query("build_info", ctx.db_path)
built = dict(zip(info["key"], info["value"], strict=False)) if not info.empty else {}


def _day(value: object) -> str:
    return "—" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%d %b %Y")


cols = st.columns(5)
cols[0].metric("Articles", f"{int(summary['articles']):,}")
cols[1].metric("Claims", f"{int(summary['claims']):,}")
cols[2].metric("Claimants", f"{int(summary['claimants']):,}")
cols[3].metric("Outlets", f"{int(summary['outlets']):,}")
cols[4].metric("Timeline events", f"{int(summary['events']):,}")
built_at = str(built.get("built_at", "unknown"))[:16].replace("T", " ")
st.caption(
    f"{int(summary['extracted_claims']):,} claims extracted from articles and "
    f"{int(summary['curated_claims']):,} curated reference claims, made between "
    f"{_day(summary['first_said_on'])} and {_day(summary['last_said_on'])}. "
    f"Database built {built_at}."
)

if int(summary["claims"]) == 0:
    st.info("No claims yet. Add articles to data/articles/ and run `python -m claims build`.")
    st.stop()

if ctx.filters.active:
    st.caption(f"Filtered: {ctx.filters.describe()}.")

st.subheader("Latest figure of each claimant, by metric")
latest = cached_query("latest_figure_by_claimant_and_metric", ctx.db_path, **ctx.filters.params())
if latest.empty:
    st.info("No claims match the filters.")
else:
    latest = latest.assign(
        cell=[
            f"{v if isinstance(v, str) and v else '(no figure)'} · {_day(d)}"
            for v, d in zip(latest["value_text"], latest["said_on"], strict=False)
        ],
        metric_name=[metric_label(m) for m in latest["metric"]],
    )
    order = [metric_label(m) for m in METRICS]
    pivot = latest.pivot(index="claimant", columns="metric_name", values="cell")
    pivot = pivot[[c for c in order if c in pivot.columns]].fillna("")
    if len(pivot) > MAX_CLAIMANTS:  # keep the table readable: the most prolific claimants
        top = latest.groupby("claimant")["n_claims"].sum().nlargest(MAX_CLAIMANTS).index
        st.caption(
            f"{len(pivot):,} claimants match; the {MAX_CLAIMANTS} with most claims are shown."
        )
        pivot = pivot.loc[sorted(top)]
    pivot.index.name = "Claimant"
    st.table(pivot)
    st.caption(
        "Each cell: the claimant's most recent figure in its own words, and the day it was made. "
        "Figures of different metrics or periods are not comparable."
    )

st.subheader("Newest claims")
newest = cached_query("newest_claims", ctx.db_path, limit=12, **ctx.filters.params())
for r in newest.itertuples(index=False):
    origin = "curated" if r.origin == "curated" else "extracted"
    if r.origin == "curated":  # no article: the curator's note says what the figure is
        words = f"{r.note or ''} Source: {r.source_title or r.outlet or 'see link'}."
    else:
        words = f"“{r.quote or r.value_text or ''}”"
    quote = html.escape(words.strip())
    st.markdown(
        f"<div style='margin:0 0 10px 0'><b>{html.escape(str(r.claimant))}</b> · "
        f"{html.escape(metric_label(r.metric))}: <b>{html.escape(str(r.value_text or '—'))}</b> · "
        f"said {_day(r.said_on)} · {html.escape(str(r.outlet or 'unknown outlet'))} · "
        f"<span style='color:#6b7280'>{origin}</span><br>"
        f"<span style='color:#374151'>{quote}</span></div>",
        unsafe_allow_html=True,
    )
