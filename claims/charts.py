"""Charts for the dashboard: pure functions DataFrame -> plotly Figure (no Streamlit).

Every figure carries a title, axis titles with units, dates on the time axis and a
source note. Claimant colours come from `claimant_color` only, so one claimant has one
colour on every page. Text shown in hover labels is HTML-escaped first.
"""

from __future__ import annotations

import hashlib
import html
import math
import textwrap
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from claims.claimants import REGISTRY
from claims.filters import metric_label

MAX_POINTS = 3000
# The estimates page's chart, ladder and table: at most this many claims, a uniform sample
# when more match (with a notice). At 1,000,000 claims, 3,000 points (~1 MB of figure with
# hover text) made the page 2.7x hello world; the chart reads as well with 1,500.
MAX_ESTIMATE_POINTS = 1500
# Above this many points a chart uses WebGL traces. Below it SVG is faster: in headless
# Chromium with software GL the 2,768-point estimates chart drew in ~1,000 ms as WebGL and
# ~500-650 ms as SVG (150 traces), and a real browser draws a few thousand SVG markers well.
GL_THRESHOLD = 5000
MAX_LADDER_ROWS = 80
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13, color="#262730")
CLAIMS_NOTE = "Figures are claims as stated by each source, not verified counts."

# 20 distinguishable colours; the registered claimants take fixed slots, any other
# claimant a slot chosen by a hash of its name, so colours never depend on the data.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
    "#31a354",
    "#756bb1",
    "#636363",
    "#9c9ede",
)
_FIXED = {c.name: PALETTE[i % len(PALETTE)] for i, c in enumerate(REGISTRY)}

CATEGORY_COLORS = {
    "diplomacy": "#1f77b4",
    "treaty": "#9467bd",
    "military_cooperation": "#8c564b",
    "deployment": "#ff7f0e",
    "combat": "#d62728",
    "casualties": "#7f0000",
    "arms_transfer": "#2ca02c",
    "statement": "#17becf",
}
CATEGORY_LABELS = {
    "diplomacy": "Diplomacy",
    "treaty": "Treaty",
    "military_cooperation": "Military cooperation",
    "deployment": "Deployment",
    "combat": "Combat",
    "casualties": "Casualties / POWs",
    "arms_transfer": "Arms transfer",
    "statement": "Statement",
}
QUALIFIER_WORDS = {
    "exactly": "stated figure",
    "about": "about",
    "at_least": "at least",
    "more_than": "more than",
    "up_to": "up to",
    "range": "range",
    "vague": "vague",
}
OPEN_WHISKER = 1.4

_AXIS = dict(
    gridcolor="#eeeeee",
    linecolor="#d0d0d0",
    zerolinecolor="#d0d0d0",
    ticks="",
    automargin=True,
    title=dict(standoff=12),
)
# A small template instead of "plotly_white" (which costs ~30 ms a figure to copy), set
# when the figure is created: set after the traces, it costs ~40 ms more.
TEMPLATE = dict(
    layout=dict(
        paper_bgcolor="white",
        plot_bgcolor="white",
        font=FONT,
        colorway=list(PALETTE),
        xaxis=_AXIS,
        yaxis=_AXIS,
        legend=dict(bgcolor="rgba(255,255,255,0.85)"),
        hoverlabel=dict(align="left", font=dict(size=12)),
    )
)  # an open-ended claim's whisker reaches this factor beyond its figure


def claimant_color(name: str) -> str:
    """The colour of a claimant, the same on every page and for every database."""
    if name in _FIXED:
        return _FIXED[name]
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def claimant_colors(names: Iterable[str]) -> dict[str, str]:
    return {n: claimant_color(n) for n in names}


def category_color(category: str) -> str:
    return CATEGORY_COLORS.get(category, "#7f7f7f")


def _esc(value: Any, width: int | None = None) -> str:
    """Escaped text for a hover label; long text wrapped with <br>."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "—"
    text = str(value)
    if width:
        lines = _wrap(text, width)
        if len(lines) > 8:
            lines = lines[:8] + ["…"]
        return "<br>".join(html.escape(line) for line in lines)
    return html.escape(text)


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap (textwrap.wrap without its regex cost: hover text for 1000s of points)."""
    if len(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines or [""]


def _date_str(value: Any) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return "undated"
    try:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return str(value)


def _num(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _base_layout(
    fig: go.Figure,
    title: str,
    source: str,
    height: int = 480,
    margin_l: int = 70,
    margin_r: int = 30,
    margin_t: int = 60,
    axis_space: int = 62,
) -> go.Figure:
    """Title, font, size and a wrapped source note under the x-axis title."""
    lines = textwrap.wrap(source, 125) or [""]
    bottom = axis_space + 16 * len(lines) + 12
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=17)),
        font=FONT,
        height=height + bottom,
        margin=dict(l=margin_l, r=margin_r, t=margin_t, b=bottom),
        hoverlabel=dict(align="left", font_size=12),
    )
    fig.add_annotation(
        text="<br>".join(lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xshift=-(margin_l - 8),
        yshift=-axis_space,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        align="left",
        font=dict(size=11, color="#5f6368"),
    )
    return fig


def empty_figure(message: str, title: str = "") -> go.Figure:
    fig = go.Figure(layout=dict(template=TEMPLATE))
    fig.add_annotation(
        text=html.escape(message), showarrow=False, font=dict(size=15, color="#6b6b6b")
    )
    fig.update_layout(
        title=title,
        height=300,
        font=FONT,
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
    )
    return fig


# --------------------------------------------------------------------------- estimates


def plot_value(row: Any) -> float | None:
    """The y position of a claim: its stated figure, a range's midpoint, None if vague."""
    lo, hi = _num(row["value_low"]), _num(row["value_high"])
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None:
        return (lo + hi) / 2 if hi != lo else lo
    return lo if lo is not None else hi


def plot_values(df: pd.DataFrame) -> np.ndarray:
    """`plot_value` for every row at once (NaN where vague)."""
    lo = pd.to_numeric(df["value_low"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    hi = pd.to_numeric(df["value_high"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    both = ~np.isnan(lo) & ~np.isnan(hi)
    return np.where(both, (lo + hi) / 2, np.where(np.isnan(lo), hi, lo))


def split_plottable(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims with a figure and a date, the rest: vague or undated claims listed beside)."""
    if df.empty:
        return df.copy(), df.copy()
    has_value = df["value_low"].notna() | df["value_high"].notna()
    has_date = df["said_on"].notna()
    ok = has_value & has_date
    return df[ok].copy(), df[~ok].copy()


def limit_points(df: pd.DataFrame, max_points: int = MAX_POINTS) -> tuple[pd.DataFrame, bool]:
    """At most max_points rows, evenly sampled in the frame's order; True if sampled."""
    if len(df) <= max_points:
        return df, False
    idx = np.unique(np.linspace(0, len(df) - 1, max_points).round().astype(int))
    return df.iloc[idx], True


def _claim_marker(group: pd.DataFrame, color: str | list[str], size: int) -> dict:
    """Markers in the claimant's colour (one, or one per row) and a symbol per qualifier."""
    return dict(
        color=color,
        size=size,
        symbol=[_SYMBOLS.get(q, "circle") for q in group["qualifier"]],
        line=dict(width=1.5, color=color),
    )


def _hover_data(df: pd.DataFrame) -> np.ndarray:
    rows = []
    for r in df.itertuples(index=False):
        rows.append(
            [
                str(r.claim_id),
                _esc(r.claimant),
                _esc(r.outlet),
                _esc(r.value_text),
                _esc(getattr(r, "period_text", None)),
                _date_str(r.said_on),
                _esc(r.quote, 70),
                "curated reference" if r.origin == "curated" else "extracted from an article",
                QUALIFIER_WORDS.get(r.qualifier, str(r.qualifier)),
            ]
        )
    return np.array(rows, dtype=object).reshape(len(rows), 9)


HOVER_TEMPLATE = (
    "<b>%{customdata[1]}</b><br>"
    "Figure, as worded: <b>%{customdata[3]}</b> (%{customdata[8]})<br>"
    "Said on: %{customdata[5]} · Period: %{customdata[4]}<br>"
    "Outlet: %{customdata[2]} · %{customdata[7]}<br>"
    "<i>“%{customdata[6]}”</i><extra></extra>"
)
_SYMBOLS = {
    "more_than": "triangle-up",
    "at_least": "triangle-up",
    "up_to": "triangle-down",
    "range": "diamond",
    "about": "circle-open",
}


def _segments(df: pd.DataFrame, horizontal: bool, pos: pd.Series | None = None) -> dict[str, tuple]:
    """Line segments for ranges (solid) and open-ended claims (dotted), None-separated."""
    solid_a: list = []
    solid_b: list = []
    open_a: list = []
    open_b: list = []
    wheres = list(df["said_on"]) if pos is None else list(pos)
    rows = zip(wheres, df["value_low"], df["value_high"], df["qualifier"], strict=True)
    for where, low, high, q in rows:
        lo, hi = _num(low), _num(high)
        if lo is not None and hi is not None and hi != lo:
            solid_a += [where, where, None]
            solid_b += [lo, hi, None]
        elif q in ("more_than", "at_least") and lo is not None:
            open_a += [where, where, None]
            open_b += [lo, lo * OPEN_WHISKER, None]
        elif q == "up_to" and hi is not None:
            open_a += [where, where, None]
            open_b += [hi, hi / OPEN_WHISKER, None]
    if horizontal:
        return {"solid": (solid_b, solid_a), "open": (open_b, open_a)}
    return {"solid": (solid_a, solid_b), "open": (open_a, open_b)}


SEGMENT_COLOR = "#4b5563"


def _add_segments(fig: go.Figure, segs: dict[str, tuple], trace: Any = go.Scatter) -> None:
    """Range bars (solid) and open whiskers (dotted) of every claim: one trace per kind.

    Grey, drawn under the markers, which carry the claimant's colour. One trace per
    claimant and kind (~100 at 1,000,000 claims) made the page slow to draw.
    """
    for kind, (xs, ys) in segs.items():
        if not xs:
            continue
        solid = kind == "solid"
        fig.add_trace(
            trace(
                x=xs,
                y=ys,
                mode="lines",
                name="range low–high" if solid else "open-ended (more than / up to)",
                showlegend=False,
                hoverinfo="skip",
                connectgaps=False,
                line=dict(
                    color=SEGMENT_COLOR,
                    width=7 if solid else 2,
                    dash="solid" if solid else "dot",
                ),
                opacity=0.35 if solid else 0.8,
            )
        )


def _shape_legend(fig: go.Figure, df: pd.DataFrame, **subplot: Any) -> None:
    """Grey legend entries that explain the marker shapes actually used."""
    used = set(df["qualifier"])
    entries = [
        ("circle", "stated figure", {"exactly"}),
        ("circle-open", "about …", {"about"}),
        ("triangle-up", "more than / at least (open whisker up)", {"more_than", "at_least"}),
        ("triangle-down", "up to (whisker down)", {"up_to"}),
        ("diamond", "range low–high (bar)", {"range"}),
    ]
    for symbol, label, quals in entries:
        if used & quals:
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=label,
                    legendgroup="shapes",
                    legendgrouptitle_text="Marker shape",
                    showlegend=True,
                    hoverinfo="skip",
                    marker=dict(
                        symbol=symbol,
                        color="#7f7f7f",
                        size=10,
                        line=dict(width=1.5, color="#7f7f7f"),
                    ),
                ),
                **subplot,
            )


def estimates_figure(df: pd.DataFrame, metric: str, log_y: bool = False) -> go.Figure:
    """Claimed figures (y) against the date they were made (x), one colour per claimant.

    Expects the columns of queries/claims_for_estimates.sql; vague or undated claims are
    skipped (list them beside the chart). A range is a bar from low to high, "more than"
    an upward open whisker, "up to" a downward one.
    """
    label = metric_label(metric)
    plot, _ = split_plottable(df)
    if plot.empty:
        return empty_figure(
            f"No {label.lower()} claims with a figure for these filters.", f"{label}: estimates"
        )
    plot = plot.assign(_y=plot_values(plot))
    plot["said_on"] = pd.to_datetime(plot["said_on"])
    # The same figure on the same day (one statement in several articles) would hide
    # behind itself: spread repeats a few hours apart (hover shows the real date).
    repeat = plot.groupby(["said_on", "_y"]).cumcount()
    plot["said_on"] = plot["said_on"] + pd.to_timedelta(repeat * 18, unit="h")
    fig = go.Figure(layout=dict(template=TEMPLATE))
    # Many points: WebGL traces draw thousands of markers far faster than SVG.
    trace = go.Scattergl if len(plot) > GL_THRESHOLD else go.Scatter
    # Bars and whiskers of all claimants: one trace per kind, under the markers.
    _add_segments(fig, _segments(plot, horizontal=False), trace)
    for claimant, group in plot.groupby("claimant", sort=True):
        color = claimant_color(str(claimant))
        fig.add_trace(
            trace(
                x=group["said_on"],
                y=group["_y"],
                mode="markers",
                name=_esc(claimant),
                legendgroup=_esc(claimant),
                legendgrouptitle_text=None,
                marker=_claim_marker(group, color, size=11),
                customdata=_hover_data(group),
                hovertemplate=HOVER_TEMPLATE,
            )
        )
    _shape_legend(fig, plot)
    n_ext = int((plot["origin"] == "extracted").sum())
    source = (
        f"Source: Kursk Claims database · {len(plot)} claims ({n_ext} extracted from articles, "
        f"{len(plot) - n_ext} curated reference claims with their source). {CLAIMS_NOTE}"
    )
    _base_layout(
        fig, f"{label}: North Korean soldiers, as claimed, by source and date", source, height=440
    )
    fig.update_xaxes(
        title_text="Date the claim was made",
        type="date",
        tickformat="%d %b %Y",
        showgrid=True,
        gridcolor="#eeeeee",
    )
    fig.update_yaxes(
        title_text=f"{label} (number of soldiers{', log scale' if log_y else ''})",
        type="log" if log_y else "linear",
        rangemode="tozero" if not log_y else "normal",
        separatethousands=True,
        tickformat=",d" if not log_y else None,
        showgrid=True,
        gridcolor="#eeeeee",
    )
    fig.update_layout(
        legend=dict(title_text="Claimant", groupclick="toggleitem", font=dict(size=12)),
        clickmode="event+select",
    )
    return fig


def ladder_figure(df: pd.DataFrame, metric: str, log_x: bool = False) -> go.Figure:
    """Every claim of one metric sorted by its figure, one row each, coloured by claimant."""
    label = metric_label(metric)
    plot, _ = split_plottable(df)
    if plot.empty:
        return empty_figure(
            f"No {label.lower()} claims with a figure for these filters.", f"{label}: ladder"
        )
    plot = plot.assign(_y=plot_values(plot))
    plot = plot.sort_values(["_y", "said_on", "claimant"], kind="stable").reset_index(drop=True)
    sampled = False
    if len(plot) > MAX_LADDER_ROWS:
        plot, sampled = limit_points(plot, MAX_LADDER_ROWS)
        plot = plot.reset_index(drop=True)
    plot["_rank"] = range(len(plot))
    x_max = float(plot["_y"].max() or 1)
    ticktext = [
        f"{_esc(r.claimant)} · {_date_str(r.said_on)}" for r in plot.itertuples(index=False)
    ]
    fig = go.Figure(layout=dict(template=TEMPLATE))
    # Three traces whatever the number of claimants (no legend: the row labels name them):
    # bars and whiskers per kind, then every marker, coloured by its claimant.
    _add_segments(fig, _segments(plot, horizontal=True, pos=plot["_rank"]), go.Scatter)
    colors = [claimant_color(str(c)) for c in plot["claimant"]]
    fig.add_trace(
        go.Scatter(
            x=plot["_y"],
            y=plot["_rank"],
            mode="markers+text",
            name="Claims",
            text=[_esc(v) for v in plot["value_text"]],
            textposition=["top left" if v > 0.6 * x_max else "top right" for v in plot["_y"]],
            textfont=dict(size=10, color="#444444"),
            cliponaxis=False,
            marker=_claim_marker(plot, colors, size=10),
            customdata=_hover_data(plot),
            hovertemplate=HOVER_TEMPLATE,
        )
    )
    lo, hi = plot["_y"].min(), plot["_y"].max()
    spread = f"Spread: {lo:,.0f} to {hi:,.0f}" + (f" ({hi / lo:,.1f}×)" if lo and lo > 0 else "")
    source = (
        f"Source: Kursk Claims database · {len(plot)} claims"
        f"{' (evenly sampled from more)' if sampled else ''}. {spread}. {CLAIMS_NOTE}"
    )
    height = max(300, 26 * len(plot) + 170)
    _base_layout(
        fig,
        f"{label}: every claim ranked by its figure",
        source,
        height=height,
        margin_l=280,
        margin_r=120,
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(plot["_rank"]),
        ticktext=ticktext,
        title_text=None,
        range=[-0.7, len(plot) - 0.3],
        showgrid=False,
    )
    fig.update_xaxes(
        title_text=f"{label} (number of soldiers{', log scale' if log_x else ''})",
        type="log" if log_x else "linear",
        separatethousands=True,
        rangemode="tozero" if not log_x else "normal",
        showgrid=True,
        gridcolor="#eeeeee",
    )
    fig.update_layout(showlegend=False)
    return fig


# --------------------------------------------------------------------------------- map

# The nine oblasts' bounding box (30.5-42.9 E, 48.5-54.0 N) at its Mercator centre; at
# zoom 5.1 it spans ~605 x 430 px, so a 440 px map shows every oblast whole.
MAP_CENTER = dict(lat=51.36, lon=36.7)
MAP_ZOOM = 5.1
MAP_HEIGHT = 440
MAP_SOURCE = (
    "Boundaries: Natural Earth 1:10m admin-1 (public domain), simplified; de facto lines, "
    "±1 km. Places: GeoNames (CC BY 4.0) and Wikipedia contributors (CC BY-SA 4.0)."
)


def _line_coords(border: dict) -> tuple[list, list]:
    lines = []
    for feature in border.get("features", []):
        geom = feature.get("geometry") or {}
        coords = geom.get("coordinates", [])
        lines += [coords] if geom.get("type") == "LineString" else coords
    return _joined(lines)


def _ring_coords(regions: dict) -> tuple[list, list]:
    """Every polygon ring of the regions GeoJSON as one NaN-separated line (coordinates as is)."""
    rings = []
    for feature in regions.get("features", []):
        geom = feature.get("geometry") or {}
        polygons = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polygons = [polygons]
        elif geom.get("type") != "MultiPolygon":
            continue
        rings += [ring for polygon in polygons for ring in polygon]
    return _joined(rings)


def _joined(lines: list) -> tuple[np.ndarray, np.ndarray]:
    """Lines of [lon, lat, ...] points as one trace's lons and lats, NaN (a gap) between lines.

    Float arrays, not lists: plotly validates them at once and sends them as typed arrays
    (base64), which the browser decodes without parsing thousands of JSON numbers.
    """
    lons: list = []
    lats: list = []
    for line in lines:
        for lon, lat, *_ in line:
            lons.append(lon)
            lats.append(lat)
        lons.append(math.nan)
        lats.append(math.nan)
    return np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)


def map_figure(
    places: pd.DataFrame,
    regions: dict,
    border: dict,
    map_style: str = "white-bg",
) -> go.Figure:
    """Oblasts shaded by claims placed in them as a whole, the RU–UA border, places sized by claims.

    Every oblast is outlined; only those with claims placed in them are filled (hover: name
    and count).

    `places` has the columns of queries/claims_by_place.sql; `regions` is the
    kursk_region GeoJSON (featureidkey properties.iso_3166_2), `border` the border line.
    """
    features = regions.get("features", [])
    region_counts: dict[str, int] = {}
    for f in features:
        props = f.get("properties", {})
        name = props.get("name")
        rows = (
            places[(places["kind"] == "region") & (places["admin1"] == name)]
            if not places.empty
            else places
        )
        region_counts[props.get("iso_3166_2")] = (
            int(rows["n_claims"].sum()) if not rows.empty else 0
        )
    ids = [f["properties"]["iso_3166_2"] for f in features]
    names = [f["properties"]["name"] for f in features]
    z = [region_counts.get(i, 0) for i in ids]
    zmax = max(1, max(z) if z else 1)
    # Only oblasts with claims are filled: a fill is what software GL spends most of the
    # page's drawing time on, and an empty oblast's fill says nothing its outline does not.
    shaded = [i for i, v in enumerate(z) if v > 0]
    fig = go.Figure(layout=dict(template=TEMPLATE))
    fig.add_trace(
        go.Choroplethmap(
            # Only the shaded oblasts' features (as they are): the others have no fill, and
            # their outlines are the line trace below, so the browser gets them once.
            geojson=dict(regions, features=[features[i] for i in shaded]),
            featureidkey="properties.iso_3166_2",
            locations=[ids[i] for i in shaded],
            z=[z[i] for i in shaded],
            zmin=0,
            zmax=zmax,
            colorscale=[[0, "#f4f1ea"], [0.0001, "#fde0c5"], [1, "#c2410c"]],
            marker=dict(opacity=0.75, line=dict(color="#8a8a8a", width=1)),
            customdata=np.array(
                [[html.escape(names[i])] for i in shaded], dtype=object
            ).reshape(len(shaded), 1),
            hovertemplate=(
                "<b>%{customdata[0]}</b><br>%{z} claim(s) placed in the oblast as a whole"
                "<extra></extra>"
            ),
            colorbar=dict(
                title=dict(text="Claims placed<br>in the oblast<br>as a whole", font=dict(size=12)),
                thickness=12,
                len=0.6,
                x=1.0,
            ),
            name="Oblasts",
            showlegend=False,
        )
    )
    olons, olats = _ring_coords(regions)  # every oblast's outline, over the fills
    fig.add_trace(
        go.Scattermap(
            lon=olons,
            lat=olats,
            mode="lines",
            name="Oblast boundaries",
            line=dict(color="#8a8a8a", width=1),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    lons, lats = _line_coords(border)
    fig.add_trace(
        go.Scattermap(
            lon=lons,
            lat=lats,
            mode="lines",
            name="Russia–Ukraine border",
            line=dict(color="#111111", width=2.5),
            hoverinfo="skip",
        )
    )
    if not places.empty:
        pts = places[places["kind"] != "region"]
        n_max = float(max(1, pts["n_claims"].max() if len(pts) else 1))  # marker area ~ claims
        for has_claims, group in pts.groupby(pts["n_claims"] > 0):
            if group.empty:
                continue
            n = group["n_claims"].astype(float)
            lists = [
                "<br>".join(_esc(line, 90) for line in str(cl).split("\n")[:10])
                + ("<br>…" if str(cl).count("\n") >= 10 else "")
                if isinstance(cl, str) and cl
                else "no claims located here"
                for cl in group["claims_list"]
            ]
            fig.add_trace(
                go.Scattermap(
                    lon=group["lon"],
                    lat=group["lat"],
                    mode="markers",
                    name="Place with claims (size = number)"
                    if has_claims
                    else "Place named in the gazetteer",
                    marker=dict(
                        size=(10 + 30 * np.sqrt(n / n_max)) if has_claims else 7,
                        color="#1d4ed8" if has_claims else "#6b7280",
                        opacity=0.85 if has_claims else 0.7,
                    ),
                    customdata=np.array(
                        [
                            [_esc(nm), int(k), lst]
                            for nm, k, lst in zip(
                                group["name"], group["n_claims"], lists, strict=True
                            )
                        ],
                        dtype=object,
                    ).reshape(len(group), 3),
                    hovertemplate=(
                        "<b>%{customdata[0]}</b> — %{customdata[1]} claim(s)<br>"
                        "%{customdata[2]}<extra></extra>"
                    ),
                )
            )
    total_region = sum(z)
    source = f"{MAP_SOURCE} Shading: {total_region} claim(s) placed in an oblast as a whole."
    _base_layout(
        fig,
        "Kursk Oblast and its neighbours: where the claims are placed",
        source,
        height=MAP_HEIGHT,
        margin_l=10,
        margin_r=10,
        margin_t=90,
        axis_space=6,
    )
    fig.update_layout(
        map=dict(style=map_style, center=MAP_CENTER, zoom=MAP_ZOOM),
        legend=dict(orientation="h", y=1.0, yanchor="bottom", x=0, bgcolor="rgba(255,255,255,0.8)"),
    )
    return fig


# ---------------------------------------------------------------------------- timeline


def timeline_figure(events: pd.DataFrame, casualty_claims: pd.DataFrame | None = None) -> go.Figure:
    """Events on a date axis, one lane per category, curated filled / extracted open.

    With casualty_claims (queries/casualty_claims_for_timeline.sql), a second lane below
    shows their figures on the same date axis (log scale, claimant colours).
    """
    has_claims = casualty_claims is not None and not casualty_claims.empty
    if events.empty and not has_claims:
        return empty_figure(
            "No events in this date range and these categories.", "Russia–DPRK timeline"
        )
    if has_claims:
        fig = make_subplots(
            rows=2,
            cols=1,
            shared_xaxes=True,
            row_heights=[0.64, 0.36],
            vertical_spacing=0.13,
            subplot_titles=("Russia–DPRK events", "Casualty claims (figures as stated)"),
        )
        fig.update_layout(template=TEMPLATE)  # before the traces: cheap then
        ev_cell: dict[str, int] = dict(row=1, col=1)
    else:
        fig = go.Figure(layout=dict(template=TEMPLATE))
        ev_cell = {}
    cats = [c for c in CATEGORY_LABELS if not events.empty and c in set(events["category"])]
    if not events.empty:
        extra = sorted(set(events["category"].dropna()) - set(cats))
        cats += extra
        ev = events.assign(date=pd.to_datetime(events["date"]))
        for cat in cats:
            for origin in ("curated", "extracted"):
                g = ev[(ev["category"] == cat) & (ev["origin"] == origin)]
                if g.empty:
                    continue
                src = [
                    _esc(t if o == "curated" else f"{ao or ''} — {at or ''}", 70)
                    for t, o, ao, at in zip(
                        g["source_title"],
                        g["origin"],
                        g["article_outlet"],
                        g["article_title"],
                        strict=True,
                    )
                ]
                custom = np.array(
                    [
                        [
                            _esc(t, 70),
                            _date_str(d),
                            CATEGORY_LABELS.get(cat, cat),
                            "extracted from an article"
                            if origin == "extracted"
                            else "curated reference",
                            s,
                            _esc(q, 70) if origin == "extracted" else _esc(desc, 70),
                        ]
                        for t, d, s, q, desc in zip(
                            g["title"], g["date"], src, g["quote"], g["description"], strict=False
                        )
                    ],
                    dtype=object,
                ).reshape(len(g), 6)
                fig.add_trace(
                    go.Scatter(
                        x=g["date"],
                        y=[CATEGORY_LABELS.get(cat, cat)] * len(g),
                        mode="markers",
                        name=CATEGORY_LABELS.get(cat, cat)
                        + (" (extracted)" if origin == "extracted" else ""),
                        legendgroup=cat,
                        showlegend=origin == "curated"
                        or not (ev[(ev["category"] == cat) & (ev["origin"] == "curated")]).shape[0],
                        marker=dict(
                            color=category_color(cat),
                            size=13 if origin == "extracted" else 11,
                            symbol="diamond-open" if origin == "extracted" else "circle",
                            line=dict(
                                color=category_color(cat), width=2.5 if origin == "extracted" else 1
                            ),
                        ),
                        customdata=custom,
                        hovertemplate=(
                            "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}"
                            " · %{customdata[3]}"
                            "<br>%{customdata[5]}<br>Source: %{customdata[4]}<extra></extra>"
                        ),
                    ),
                    **ev_cell,
                )
        if (ev["origin"] == "extracted").any():
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name="◇ open diamond: extracted from an article",
                    marker=dict(
                        symbol="diamond-open", color="#555555", size=12, line=dict(width=2)
                    ),
                    hoverinfo="skip",
                    legendgroup="origin",
                ),
                **ev_cell,
            )
    if has_claims:
        cc = casualty_claims.assign(said_on=pd.to_datetime(casualty_claims["said_on"]))
        cc = cc[cc["said_on"].notna()]
        cc = cc.assign(_y=plot_values(cc))
        cc = cc[cc["_y"].notna()]
        fig.add_trace(
            go.Scatter(
                x=cc["said_on"],
                y=cc["_y"],
                mode="markers",
                name="Casualty claims",
                showlegend=False,
                marker=dict(
                    color=[claimant_color(c) for c in cc["claimant"]],
                    size=9,
                    symbol=[_SYMBOLS.get(q, "circle") for q in cc["qualifier"]],
                    line=dict(width=1, color="#333333"),
                ),
                customdata=_hover_data(cc) if not cc.empty else None,
                hovertemplate=HOVER_TEMPLATE.replace(
                    "<b>%{customdata[1]}</b>", "<b>%{customdata[1]}</b> (casualty claim)"
                ),
            ),
            row=2,
            col=1,
        )
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                hoverinfo="skip",
                name="Casualty claim (lower panel; colour = claimant as on Estimates)",
                marker=dict(
                    symbol="circle", color="#9ca3af", size=9, line=dict(width=1, color="#333")
                ),
            ),
            row=2,
            col=1,
        )
        fig.update_yaxes(
            type="log", title_text="Soldiers, as claimed (log)", row=2, col=1, gridcolor="#eeeeee"
        )
        fig.update_yaxes(
            title_text=None,
            row=1,
            col=1,
            categoryorder="array",
            categoryarray=[CATEGORY_LABELS.get(c, c) for c in reversed(cats)],
        )
        fig.update_xaxes(
            title_text="Date (events: when they happened or were disclosed; claims: when made)",
            type="date",
            row=2,
            col=1,
            gridcolor="#eeeeee",
        )
        fig.update_xaxes(type="date", showticklabels=True, row=1, col=1, gridcolor="#eeeeee")
    else:
        fig.update_yaxes(
            title_text=None,
            categoryorder="array",
            categoryarray=[CATEGORY_LABELS.get(c, c) for c in reversed(cats)],
        )
        fig.update_xaxes(
            title_text="Date (when the event happened or was made public)",
            type="date",
            gridcolor="#eeeeee",
        )
    n_cur = int((events["origin"] == "curated").sum()) if not events.empty else 0
    n_ext = len(events) - n_cur
    source = (
        f"Source: curated reference timeline ({n_cur} events, each with its source) and "
        f"{n_ext} event(s) extracted from articles. {CLAIMS_NOTE}"
    )
    _base_layout(
        fig,
        "Russia–DPRK ties: a timeline",
        source,
        height=600 if has_claims else 400,
        margin_l=170,
        margin_t=70,
    )
    fig.update_layout(legend=dict(title_text="Category", font=dict(size=12)))
    return fig
