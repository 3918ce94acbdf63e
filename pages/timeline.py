"""Russia–DPRK timeline: curated and extracted events by category, casualty claims beneath."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from claims.charts import CATEGORY_LABELS, MAX_POINTS, limit_points, timeline_figure
from claims.charts_text import STATIC_TABLE_ROWS, html_table
from claims.db import cached_query
from claims.filters import check_choices, get_context, raw_query_params, show_notices
from claims.model import EVENT_CATEGORIES

MAX_EVENTS = 1000  # with the claims lane, at most MAX_POINTS points in the figure

ctx = get_context()
st.title("Russia–DPRK timeline")
st.caption(
    "Milestones of Russia–North Korea ties: curated, sourced reference events and events "
    "extracted from articles (open diamonds). Casualty claims are shown beneath on the same "
    "date axis. The sidebar date filter applies to both; claimant, metric and outlet to the claims."
)
if ctx.db_path is None:
    st.info("No database is available yet, so there are no events to show.")
    st.stop()

f = ctx.filters
all_events = cached_query(
    "events_for_timeline", ctx.db_path, date_from=f.date_from, date_to=f.date_to, categories=[]
)
c1, c2, c3 = st.columns([3, 3, 1.4])
cat_by_label = {CATEGORY_LABELS.get(c, c): c for c in EVENT_CATEGORIES}
check = check_choices("category", raw_query_params().get("category", []), list(cat_by_label))
show_notices(check[1])
category_labels = c1.multiselect(
    "Categories",
    list(cat_by_label),
    key="category",
    bind="query-params",
    placeholder="All categories",
)
start = end = None
first = last = None
if not all_events.empty:
    first = pd.Timestamp(all_events["date"].min()).date()
    last = pd.Timestamp(all_events["date"].max()).date()
if first is not None and last is not None and first < last:  # a slider needs two days
    default_start = max(first, min(date(2023, 1, 1), last))
    span = c2.slider(
        "Events between",
        min_value=first,
        max_value=last,
        value=(default_start, last),
        format="YYYY-MM-DD",
        key="events",
    )
    start, end = span if isinstance(span, tuple) and len(span) == 2 else (first, last)
show_claims = c3.toggle("Claims lane", value=True, help="Casualty claims beneath the events")

events = cached_query(
    "events_for_timeline",
    ctx.db_path,
    date_from=max(d for d in (start, f.date_from) if d) if (start or f.date_from) else None,
    date_to=min(d for d in (end, f.date_to) if d) if (end or f.date_to) else None,
    categories=[cat_by_label[label] for label in category_labels],
)
claims = None
if show_claims:
    claims = cached_query(
        "casualty_claims_for_timeline",
        ctx.db_path,
        max_rows=MAX_POINTS - MAX_EVENTS,
        **f.params(),
    )
    if len(claims) and int(claims["n_matching"].iloc[0]) > len(claims):
        st.warning(
            f"The claims lane shows {len(claims):,} of {int(claims['n_matching'].iloc[0]):,} "
            "casualty claims, evenly spread over the dates."
        )
    if start or end:
        days = pd.to_datetime(claims["said_on"])
        keep = pd.Series(True, index=claims.index)
        if start:
            keep &= days >= pd.Timestamp(start)
        if end:
            keep &= days <= pd.Timestamp(end)
        claims = claims[keep]
if len(events) > MAX_EVENTS:
    st.warning(f"{len(events):,} events match; the chart shows {MAX_EVENTS:,} evenly sampled.")
hidden = len(all_events) - len(events)
if events.empty and (claims is None or claims.empty):
    st.info("No events yet" + (" for these filters." if hidden else "."))
else:
    st.plotly_chart(
        timeline_figure(limit_points(events, MAX_EVENTS)[0], claims),
        key="timeline_chart",
        theme=None,
        config={"displaylogo": False},
    )
if hidden > 0:
    st.caption(f"{hidden} event(s) outside the chosen dates or categories are hidden.")

st.subheader("The events and their sources")


def _source(row: pd.Series) -> str:
    if row["origin"] == "curated":
        return str(row["source_title"] or "")
    return f"{row['article_outlet'] or ''}: {row['article_title'] or ''}"


if not events.empty:
    table = pd.DataFrame(
        {
            "date": pd.to_datetime(events["date"]),
            "category": [CATEGORY_LABELS.get(c, c) for c in events["category"]],
            "event": events["title"],
            "origin": events["origin"],
            "source": [_source(r) for _, r in events.iterrows()],
            "link": [
                u if isinstance(u, str) and u.startswith(("https://", "http://")) else None
                for u in events["source_url"]
            ],
            "quote (extracted) / description (curated)": [
                q if o == "extracted" else d
                for q, d, o in zip(
                    events["quote"], events["description"], events["origin"], strict=True
                )
            ],
        }
    )
    if len(table) <= STATIC_TABLE_ROWS:  # a few dozen rows: a static table, whole texts
        st.html(
            html_table(
                table,
                {
                    "date": "Date",
                    "category": "Category",
                    "event": "Event",
                    "origin": "Origin",
                    "source": "Source",
                    "quote (extracted) / description (curated)":
                        "Quote (extracted) / description (curated)",
                },
                links={"source": "link"},
                dates=["date"],
                short=["category", "origin"],
                long=["event", "source", "quote (extracted) / description (curated)"],
            )
        )
    else:  # many: the interactive grid (scrolling, sorting, search)
        st.dataframe(
            table,
            hide_index=True,
            width="stretch",
            column_config={
                "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
                "link": st.column_config.LinkColumn("Link"),
            },
        )
