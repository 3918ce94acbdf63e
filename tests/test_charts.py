"""Pure tests of the chart functions, text highlighting, URL validation and read layer."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from claims.charts import (
    MAX_POINTS,
    claimant_color,
    estimates_figure,
    ladder_figure,
    limit_points,
    map_figure,
    split_plottable,
    timeline_figure,
)
from claims.charts_text import Span, highlight_html
from claims.db import QueryError, bind, query_params, query_text, run_query
from claims.filters import (
    FilterOptions,
    Filters,
    check_choices,
    normalise_date_range,
    validate_url_params,
)
from claims.paths import QUERIES_DIR, REFERENCE_DIR


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    base = dict(
        claim_id="c",
        claimant="John Kirby",
        outlet="Wire",
        value_text="1,000",
        period_text=None,
        said_on=pd.Timestamp("2024-12-27"),
        quote="q",
        origin="curated",
        qualifier="exactly",
        value_low=1000,
        value_high=1000,
        metric="killed",
    )
    return pd.DataFrame([{**base, "claim_id": f"c{i}", **r} for i, r in enumerate(rows)])


def test_claimant_colours_are_stable_and_distinct_for_known_claimants() -> None:
    assert claimant_color("John Kirby") == claimant_color("John Kirby")
    assert claimant_color("John Kirby") != claimant_color("Volodymyr Zelensky")
    assert claimant_color("Someone new") == claimant_color("Someone new")


def test_estimates_figure_draws_ranges_whiskers_and_skips_vague() -> None:
    df = claims_frame(
        [
            dict(qualifier="range", value_low=100, value_high=200, value_text="100-200"),
            dict(
                qualifier="more_than",
                value_low=3000,
                value_high=None,
                claimant="Volodymyr Zelensky",
            ),
            dict(qualifier="up_to", value_low=None, value_high=40),
            dict(qualifier="vague", value_low=None, value_high=None, value_text="several"),
        ]
    )
    fig = estimates_figure(df, "killed")
    assert isinstance(fig, go.Figure)
    markers = [t for t in fig.data if t.customdata is not None]
    ys = sorted(float(y) for t in markers for y in t.y)
    assert ys == [40.0, 150.0, 3000.0]  # the range at its midpoint; vague not plotted
    lines = [t for t in fig.data if t.mode == "lines"]
    solid = [t for t in lines if t.line.dash == "solid"]
    dotted = [t for t in lines if t.line.dash == "dot"]
    assert any(100 in t.y and 200 in t.y for t in solid)  # bar from low to high
    assert any(3000 in t.y and max(v for v in t.y if v) > 3000 for t in dotted)  # upward
    assert any(40 in t.y and min(v for v in t.y if v) < 40 for t in dotted)  # downward
    assert fig.layout.xaxis.title.text == "Date the claim was made"
    assert "number of soldiers" in fig.layout.yaxis.title.text
    assert any("not verified" in a.text for a in fig.layout.annotations)
    assert estimates_figure(df, "killed", log_y=True).layout.yaxis.type == "log"


def test_bars_and_whiskers_are_one_trace_per_kind_and_markers_keep_claimant_colours() -> None:
    names = [f"Claimant {i}" for i in range(20)]
    df = claims_frame(
        [
            dict(claimant=n, qualifier=q, value_low=lo, value_high=hi)
            for n in names
            for q, lo, hi in (("range", 100, 200), ("more_than", 300, None), ("up_to", None, 50))
        ]
    )
    fig = estimates_figure(df, "killed")
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == 2 and not any(t.showlegend for t in lines)
    markers = [t for t in fig.data if t.customdata is not None]
    assert {t.name for t in markers} == set(names)  # one legend entry per claimant
    assert all(t.marker.color == claimant_color(t.name) for t in markers)
    ladder = ladder_figure(df, "killed")
    assert len(ladder.data) == 3 and not ladder.layout.showlegend
    (points,) = [t for t in ladder.data if t.customdata is not None]
    claimants = [row[1] for row in points.customdata]
    assert list(points.marker.color) == [claimant_color(c) for c in claimants]
    assert len(points.y) == len(df)


def test_empty_frames_give_a_message_figure() -> None:
    empty = claims_frame([]).iloc[0:0]
    for fig in (estimates_figure(empty, "killed"), ladder_figure(empty, "killed")):
        assert "No killed claims" in fig.layout.annotations[0].text
    assert timeline_figure(pd.DataFrame(columns=["date", "category", "origin"])).layout.annotations


def test_ladder_sorts_by_figure_and_escapes_labels() -> None:
    df = claims_frame(
        [
            dict(value_low=5000, value_high=5000, claimant="<b>x</b>"),
            dict(value_low=10, value_high=10),
        ]
    )
    fig = ladder_figure(df, "killed")
    assert "&lt;b&gt;x&lt;/b&gt;" in " ".join(fig.layout.yaxis.ticktext)
    assert "<b>x</b>" not in json.dumps(fig.to_plotly_json()["layout"]["yaxis"])


def test_limit_points_samples_evenly() -> None:
    df = pd.DataFrame({"a": range(10_000)})
    out, sampled = limit_points(df, MAX_POINTS)
    assert sampled and len(out) <= MAX_POINTS and out["a"].iloc[-1] == 9_999
    assert limit_points(df.head(5))[1] is False


def test_split_plottable() -> None:
    df = claims_frame([dict(), dict(value_low=None, value_high=None), dict(said_on=pd.NaT)])
    plot, rest = split_plottable(df)
    assert len(plot) == 1 and len(rest) == 2


def test_map_figure_uses_offline_map_traces_and_shades_the_region() -> None:
    regions = json.loads((REFERENCE_DIR / "kursk_region.geojson").read_text(encoding="utf-8"))
    border = json.loads((REFERENCE_DIR / "ru_ua_border.geojson").read_text(encoding="utf-8"))
    places = pd.DataFrame(
        [
            dict(
                place_id="kursk-region",
                name="Kursk region",
                kind="region",
                admin1="Kursk Oblast",
                lat=51.7,
                lon=36.1,
                n_claims=7,
                claims_list="a\nb",
            ),
            dict(
                place_id="sudzha",
                name="Sudzha",
                kind="town",
                admin1="Kursk Oblast",
                lat=51.2,
                lon=35.3,
                n_claims=2,
                claims_list="<script>x</script>",
            ),
            dict(
                place_id="sumy",
                name="Sumy",
                kind="city",
                admin1="Sumy Oblast",
                lat=50.9,
                lon=34.8,
                n_claims=0,
                claims_list=None,
            ),
        ]
    )
    fig = map_figure(places, regions, border)
    types = [t.type for t in fig.data]
    assert types[0] == "choroplethmap" and "scattermap" in types and "scattergeo" not in types
    assert fig.layout.map.style == "white-bg"
    choro = fig.data[0]
    assert dict(zip(choro.locations, choro.z, strict=True)) == {"RU-KRS": 7}  # only shaded fills
    kursk = [f for f in regions["features"] if f["properties"]["iso_3166_2"] == "RU-KRS"]
    assert choro.geojson["features"] == kursk  # the shaded oblast's feature, unchanged
    (outlines,) = [t for t in fig.data if t.name == "Oblast boundaries"]
    n_rings = sum(len(f["geometry"]["coordinates"]) for f in regions["features"])
    assert int(np.isnan(outlines.lon).sum()) == n_rings  # every oblast outlined, as is
    assert {float(x) for x in outlines.lon if not np.isnan(x)} == {
        c[0] for f in regions["features"] for ring in f["geometry"]["coordinates"] for c in ring
    }
    markers = [t for t in fig.data if t.type == "scattermap" and t.mode == "markers"]
    assert sum(len(t.lat) for t in markers) == 2  # the region is shading, not a marker
    assert "<script>" not in json.dumps(fig.to_plotly_json()["data"][1:], default=str)
    assert map_figure(places, regions, border, "open-street-map").layout.map.style == (
        "open-street-map"
    )


def test_timeline_marks_extracted_events() -> None:
    events = pd.DataFrame(
        [
            dict(
                event_id="a",
                date="2024-06-19",
                title="Treaty signed",
                category="treaty",
                origin="curated",
                description="d",
                quote=None,
                source_title="S",
                article_outlet=None,
                article_title=None,
            ),
            dict(
                event_id="b",
                date="2024-12-28",
                title="Troops",
                category="deployment",
                origin="extracted",
                description=None,
                quote="q",
                source_title=None,
                article_outlet="Mail Online",
                article_title="T",
            ),
        ]
    )
    fig = timeline_figure(events)
    extracted = [t for t in fig.data if t.name and "(extracted)" in t.name]
    assert extracted and extracted[0].marker.symbol == "diamond-open"
    assert any("2024-06-19" in str(x) for t in fig.data for x in (t.x or []))


def test_highlight_escapes_text_and_marks_offsets() -> None:
    text = "<script>alert(1)</script> said 500 killed & more"
    start = text.index("500")
    html_out = highlight_html(text, [Span(start, start + 10, "<claim>")])
    assert "<script>" not in html_out and "&lt;script&gt;" in html_out
    assert "<mark" in html_out and "500 killed</mark>" in html_out
    assert 'title="&lt;claim&gt;"' in html_out
    # Bad offsets are skipped, overlapping spans merged, never an exception.
    assert "<mark" not in highlight_html("abc", [Span(5, 9), Span(2, 1)])
    assert highlight_html("abcdef", [Span(0, 4), Span(2, 6)]).count("<mark") == 3


def test_html_table_escapes_cells_links_only_web_urls_and_formats() -> None:
    from claims.charts_text import html_table

    frame = pd.DataFrame(
        {
            "day": pd.to_datetime(["2024-12-04", None]),
            "text": ["<script>alert(1)</script>", None],
            "n": [1200.0, None],
            "title": ["Reuters", "Local"],
            "url": ["https://example.org/a?b=1&c=2", "javascript:alert(1)"],
        }
    )
    out = html_table(frame, {"day": "Day", "text": "Text", "n": "N", "title": "Source"},
                     links={"title": "url"}, dates=["day"], numbers=["n"], long=["text"])
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "2024-12-04" in out and "1,200" in out
    assert '<a href="https://example.org/a?b=1&amp;c=2" target="_blank"' in out
    assert "javascript:" not in out and "<td>Local</td>" in out  # no link, plain text
    assert out.count("<tr>") == 3  # header and two rows; the empty cells stay empty
    assert 'title="&lt;script&gt;alert(1)&lt;/script&gt;"' in out  # whole text in the tooltip


def test_url_validation_reports_every_ignored_value() -> None:
    options = FilterOptions(
        claimants=["John Kirby"],
        outlets=["Wire"],
        first_day=date(2024, 1, 1),
        last_day=date(2025, 1, 1),
    )
    notices = validate_url_params(
        {
            "claimant": ["John Kirby", "x' OR 1=1--"],
            "metric": ["Killed", "bogus"],
            "dates": ["nope"],
            "zzz": ["1"],
            "log": ["true"],
        },
        options,
    )
    text = " ".join(notices)
    assert "x' OR 1=1--" in text and "bogus" in text and "nope" in text and "zzz" in text
    assert "John Kirby" not in text and "Killed'" not in text and "log" not in text
    assert check_choices("claimant", ["a"] * 100, ["a"])[0] == ["a"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ((date(2024, 3, 1), date(2024, 6, 1)), (date(2024, 3, 1), date(2024, 6, 1))),
        ((date(2024, 6, 1), date(2024, 3, 1)), (date(2024, 3, 1), date(2024, 6, 1))),
        ((date(2024, 3, 1),), (date(2024, 3, 1), None)),
        ((date(2023, 1, 1), date(2026, 1, 1)), (None, None)),
        ((), (None, None)),
        ("garbage", (None, None)),
    ],
)
def test_normalise_date_range(value, expected) -> None:
    assert normalise_date_range(value, date(2024, 1, 1), date(2025, 1, 1)) == expected


def test_every_query_file_is_one_parameterised_statement() -> None:
    for path in QUERIES_DIR.glob("*.sql"):
        if path.stem == "schema":
            continue
        sql = query_text(path.stem)
        body = "\n".join(line.split("--")[0] for line in sql.splitlines())
        assert body.strip().rstrip(";").count(";") == 0, path.name
        assert not re.search(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%s|%\(", body), path.name


def test_read_layer_binds_parameters_and_refuses_odd_names(tmp_path: Path) -> None:
    assert query_params("claims_for_estimates") >= {"chart_metric", "claimants", "date_from"}
    with pytest.raises(QueryError):
        query_text("../schema")
    with pytest.raises(QueryError):
        bind("claims_for_estimates", {})
    params = bind("claims_for_estimates", {**Filters().params(), "chart_metric": "x", "extra": 1})
    assert "extra" not in params


def test_run_query_is_read_only_and_parameterised(empty_db: Path) -> None:
    hostile = ["x' OR 1=1--", "'; DROP TABLE claims;--"]
    df = run_query(
        "claims_for_estimates",
        empty_db,
        chart_metric="killed",
        **Filters(claimants=tuple(hostile)).params(),
    )
    assert df.empty
    assert run_query("db_summary", empty_db)["claims"].iloc[0] == 0


def test_csv_download_cells_cannot_be_formulas() -> None:
    from claims.charts_text import csv_safe

    df = pd.DataFrame({"quote": ['=HYPERLINK("x")', "+1", "plain", None], "n": [1, 2, 3, 4]})
    out = csv_safe(df)
    assert list(out["quote"][:3]) == ['\'=HYPERLINK("x")', "'+1", "plain"]
    assert list(out["n"]) == [1, 2, 3, 4] and df["quote"][0].startswith("=")
