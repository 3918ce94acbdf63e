"""Kursk map: oblasts shaded by region-wide claims, the RU–UA border, places sized by claims."""

from __future__ import annotations

import json
import os
from functools import cache

import streamlit as st

from claims.charts import MAP_SOURCE, map_figure
from claims.charts_text import html_table
from claims.db import cached_query
from claims.filters import get_context
from claims.paths import REFERENCE_DIR

# Tile styles that need no access token; anything else in CLAIMS_MAP_STYLE is ignored.
MAP_STYLES = (
    "white-bg",
    "open-street-map",
    "carto-positron",
    "carto-darkmatter",
    "carto-voyager",
    "basic",
    "streets",
    "outdoors",
    "light",
    "dark",
    "satellite",
    "satellite-streets",
)


@cache
def _geojson(name: str) -> dict:
    return json.loads((REFERENCE_DIR / name).read_text(encoding="utf-8"))


ctx = get_context()
st.title("Kursk map")
if ctx.db_path is None:
    st.info("No database is available yet, so there are no claims to show.")
    st.stop()

style = os.environ.get("CLAIMS_MAP_STYLE", "white-bg").strip() or "white-bg"
if style not in MAP_STYLES:
    st.warning(
        f"CLAIMS_MAP_STYLE={style!r} is not a known map style; using the offline white background."
    )
    style = "white-bg"

places = cached_query("claims_by_place", ctx.db_path, **ctx.filters.params())
if places.empty or int(places["n_claims"].sum()) == 0:
    st.info(
        "No claims with a known place yet"
        + (" for these filters." if ctx.filters.active else ".")
        + " The map shows the region and the gazetteer's places."
    )
fig = map_figure(places, _geojson("kursk_region.geojson"), _geojson("ru_ua_border.geojson"), style)
st.plotly_chart(fig, key="kursk_map", theme=None, config={"displaylogo": False, "scrollZoom": True})
st.caption(
    f"{MAP_SOURCE} The map draws from this data alone, with no tiles or internet"
    + ("" if style == "white-bg" else f"; background tiles: {style} (needs internet)")
    + ". Claims placed in an oblast as a whole (e.g. “in the Kursk region”) shade the oblast "
    "(an oblast left white has none); "
    "claims at a named town or village are markers. Claims placed elsewhere (e.g. “Russia”) "
    "are not on the map. Shown: Kursk, Bryansk, Oryol, Lipetsk, Voronezh and Belgorod oblasts "
    "(Russia); Chernihiv, Sumy and Kharkiv oblasts (Ukraine)."
)
located = places[places["n_claims"] > 0][["name", "kind", "admin1", "n_claims"]]
if not located.empty:
    # A static HTML table (one row per gazetteer place with claims): neither the interactive
    # grid's bundle nor st.table's Arrow reader is worth loading for a few rows.
    st.html(
        html_table(
            located,
            {"name": "Place", "kind": "Kind", "admin1": "Oblast", "n_claims": "Claims"},
            numbers=["n_claims"],
        )
    )
