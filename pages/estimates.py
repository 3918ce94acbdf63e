"""Estimates by source and date: one metric at a time, ranges and open-ended claims as such."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from claims.charts import (
    MAX_ESTIMATE_POINTS,
    QUALIFIER_WORDS,
    estimates_figure,
    ladder_figure,
    limit_points,
    split_plottable,
)
from claims.charts_text import STATIC_TABLE_ROWS, Span, article_html, csv_safe, html_table
from claims.db import cached_query
from claims.filters import get_context, metric_label, page_choice, show_notices

MAX_UNPLOTTED = 20

ctx = get_context()


def _day(value: object) -> str:
    return "undated" if pd.isna(value) else pd.Timestamp(value).strftime("%d %b %Y")


st.title("Estimates by source and date")
if ctx.db_path is None:
    st.info("No database is available yet, so there are no claims to show.")
    st.stop()

params = ctx.filters.params()
counts = cached_query("metric_counts_for_estimates", ctx.db_path, **params)
if counts.empty:
    if ctx.filters.active:
        st.info("No claims for these filters. Widen the date range or clear the sidebar filters.")
    else:
        st.info(
            "No claims yet. Add articles (the Add article page, or files in data/articles/ "
            "and `python -m claims build`); curated reference claims come with the build."
        )
    st.stop()

metrics = list(counts["metric"])
preferred = next(
    (m for m in ("killed_or_wounded", "killed", "casualties") if m in metrics), metrics[0]
)
n_by_metric = dict(zip(counts["metric"], counts["n_claims"], strict=False))
notices: list[str] = []
labels = {metric_label(m): m for m in metrics}
page_choice("chart_metric", list(labels), notices)  # notice only: the widget reads the URL
left, right = st.columns([5, 1])
chosen = left.radio(
    "Metric on the axis (one at a time: figures of different metrics are not comparable)",
    list(labels),
    index=list(labels).index(metric_label(preferred)),
    horizontal=True,
    key="chart_metric",
    bind="query-params",
)
metric = labels.get(chosen or "", preferred)
log_y = right.toggle(
    "Log scale",
    key="log",
    bind="query-params",
    help="A log axis keeps figures of 77 and 12,000 both readable.",
)
show_notices(notices)

st.caption(
    f"{n_by_metric.get(metric, 0)} claim(s) of this metric match the filters; "
    + ", ".join(f"{metric_label(m)}: {n}" for m, n in n_by_metric.items() if m != metric)
    + "."
)
df = cached_query(
    "claims_for_estimates", ctx.db_path, chart_metric=metric, max_rows=MAX_ESTIMATE_POINTS,
    **params,
)
n_matching = int(df["n_matching"].iloc[0]) if len(df) else 0
if n_matching > len(df):
    st.warning(
        f"{n_matching:,} claims match; the chart, the ladder and the table show "
        f"{len(df):,} of them, evenly spread over the dates. Narrow the filters to see them all."
    )
plot, unplotted = split_plottable(df)
shown, _ = limit_points(plot, MAX_ESTIMATE_POINTS)  # the query already keeps at most that

chart_col, side_col = st.columns([5, 1])
with chart_col:
    event = st.plotly_chart(
        estimates_figure(shown, metric, log_y=log_y),
        key="estimates_chart",
        on_select="rerun",
        selection_mode="points",
        theme=None,
        config={"displaylogo": False},
    )
    st.caption(
        "Click a point to open its claim with the quote highlighted in the article. "
        "Marker colour: the claimant. Grey bars: a range from low to high (the marker at its "
        "midpoint); dotted grey whisker up: “more than / at least”; down: “up to”."
    )
with side_col:
    st.markdown("**Not plotted** (no figure or no date)")
    if unplotted.empty:
        st.caption("None: every claim of this metric has a figure and a date.")
    items = [
        f"<div style='font-size:14px;margin-bottom:8px'><b>{html.escape(str(r.claimant))}</b>: "
        f"“{html.escape(str(r.value_text or '—'))}” · {_day(r.said_on)}"
        f" · {html.escape(str(r.outlet or ''))}</div>"
        for r in unplotted.head(MAX_UNPLOTTED).itertuples(index=False)
    ]
    if len(unplotted) > MAX_UNPLOTTED:
        items.append(
            f"<div style='font-size:13px;color:#6b7280'>… and {len(unplotted) - MAX_UNPLOTTED:,} "
            "more, listed in the table below.</div>"
        )
    if items:  # one element for the whole list, however long the data
        st.markdown("".join(items), unsafe_allow_html=True)

st.subheader("Estimates ladder: how far the sources disagree")
st.plotly_chart(
    ladder_figure(plot, metric, log_x=log_y),
    key="ladder_chart",
    theme=None,
    config={"displaylogo": False},
)

st.subheader("The claims in this chart")
table = df.assign(
    metric=[metric_label(m) for m in df["metric"]],
    qualifier=[QUALIFIER_WORDS.get(q, q) for q in df["qualifier"]],
    source_url=[
        u if isinstance(u, str) and u.startswith(("https://", "http://")) else None
        for u in df["source_url"]
    ],
)[
    [
        "said_on",
        "claimant",
        "metric",
        "value_text",
        "value_low",
        "value_high",
        "qualifier",
        "period_text",
        "outlet",
        "origin",
        "quote",
        "source_title",
        "source_url",
        "claim_id",
    ]
]
if len(table) <= STATIC_TABLE_ROWS:  # a few dozen rows: a static table, whole quotes
    st.html(
        html_table(
            table,
            {
                "said_on": "Said on",
                "claimant": "Claimant",
                "metric": "Metric",
                "value_text": "Figure, as worded",
                "value_low": "Low",
                "value_high": "High",
                "qualifier": "Qualifier",
                "period_text": "Period",
                "outlet": "Outlet",
                "origin": "Origin",
                "quote": "Quote",
                "source_title": "Source",
                "claim_id": "Claim id",
            },
            links={"source_title": "source_url"},
            dates=["said_on"],
            numbers=["value_low", "value_high"],
            short=["claimant", "metric", "qualifier", "origin", "claim_id"],
            long=["quote", "source_title"],
        )
    )
else:  # many: the interactive grid (scrolling, sorting, search)
    st.dataframe(
        table,
        width="stretch",
        hide_index=True,
        column_config={
            "said_on": st.column_config.DateColumn("Said on", format="YYYY-MM-DD"),
            "value_text": "Figure, as worded",
            "value_low": st.column_config.NumberColumn("Low", format="%d"),
            "value_high": st.column_config.NumberColumn("High", format="%d"),
            "source_url": st.column_config.LinkColumn("Source link"),
        },
    )
st.download_button(
    "Download these claims (CSV)",
    csv_safe(table).to_csv(index=False).encode("utf-8"),
    file_name=f"kursk_claims_{metric}.csv",
    mime="text/csv",
    on_click="ignore",
)

# ------------------------------------------------------------------ the selected claim
selected_id = None
points = (event.get("selection") or {}).get("points") or [] if event else []
for point in points:
    custom = point.get("customdata")
    if isinstance(custom, list) and custom:
        selected_id = str(custom[0])
        break
if selected_id is None:
    claim_notices: list[str] = []
    selected_id = page_choice("claim", list(df["claim_id"]), claim_notices)
    show_notices(claim_notices)
if selected_id is not None and selected_id in set(df["claim_id"]):
    claim = cached_query("claim_by_id", ctx.db_path, claim_id=selected_id)
    if not claim.empty:
        c = claim.iloc[0]
        st.subheader("Selected claim")
        st.markdown(
            f"**{html.escape(str(c['claimant']))}**: “{html.escape(str(c['value_text'] or ''))}” "
            f"({html.escape(metric_label(c['metric']))}), said "
            f"{_day(c['said_on'])}, "
            f"{html.escape(str(c['outlet'] or ''))}.",
            unsafe_allow_html=True,
        )
        text = c["article_text"]
        if isinstance(text, str) and text:
            start, end = c["char_start"], c["char_end"]
            span = (
                Span(int(start), int(end), "selected claim", True)
                if pd.notna(start) and pd.notna(end)
                else None
            )
            st.caption(f"Article: {c['article_title'] or '(untitled)'} · the quote is highlighted.")
            st.markdown(article_html(text, [span] if span else []), unsafe_allow_html=True)
            st.page_link(
                "pages/sources.py",
                label="Open the article on the Sources page, with all its claims",
                icon=":material/article:",
                query_params={"doc": str(c["doc_id"])},
            )
        else:
            url = (
                c["source_url"]
                if isinstance(c["source_url"], str)
                and c["source_url"].startswith(("https://", "http://"))
                else None
            )
            st.markdown(
                "Curated reference claim (no article text stored). "
                + (f"Source: [{html.escape(str(c['source_title'] or url))}]({url})" if url else "")
            )
            if isinstance(c["note"], str) and c["note"]:
                st.caption(c["note"])
