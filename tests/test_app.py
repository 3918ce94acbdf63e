"""AppTest: app.py and every page run on the seed, empty, hostile and large databases."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from claims.paths import ROOT
from claims.store import create_derived_tables

PAGES = [
    "pages/overview.py",
    "pages/estimates.py",
    "pages/map.py",
    "pages/timeline.py",
    "pages/sources.py",
]


@pytest.fixture
def app_for(monkeypatch: pytest.MonkeyPatch):
    def make(db: Path, page: str | None = None, **query: object) -> AppTest:
        monkeypatch.setenv("CLAIMS_DB", str(db))
        # A link opens on app.py's first run; AppTest cannot start on another page with
        # app.py around it, so the link is opened on the overview and the page switched
        # to: the sidebar filters keep the values the URL seeded, page-level keys stay in
        # the URL. `first_warnings` holds the notices of that first run.
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        at.first_warnings = [w.value for w in at.warning]  # type: ignore[attr-defined]
        if page and page != "pages/overview.py":
            at.switch_page(page)
            at.run()
        return at

    return make


def figures(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def arr(value: object) -> list:
    """A trace array as a list: plotly 7 sends numbers as base64 typed arrays."""
    if isinstance(value, dict) and "bdata" in value:
        data = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        if "shape" in value:
            data = data.reshape([int(n) for n in str(value["shape"]).split(",")])
        return data.tolist()
    return list(value or [])


def points(fig: dict) -> list[tuple[str, object, object]]:
    """(claimant, x, y) for every marker with hover customdata."""
    out = []
    for trace in fig["data"]:
        custom = trace.get("customdata")
        if not custom or "x" not in trace:
            continue
        for cd, x, y in zip(arr(custom), arr(trace["x"]), arr(trace["y"]), strict=False):
            out.append((cd[1], x, y))
    return out


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [w.value for w in at.warning] + [i.value for i in at.info]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_seed_database(app_for, dashboard_db: Path, page: str) -> None:
    at = app_for(dashboard_db, page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def test_overview_counts_and_latest_figures(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db)
    labels = {m.label: m.value for m in at.metric}
    assert int(labels["Claims"].replace(",", "")) >= 50
    assert labels["Claimants"] != "0"
    assert "not verified counts" in texts(at)
    frames = [t.value for t in at.table]
    assert any("Volodymyr Zelensky" in frame.index for frame in frames)


def test_estimates_chart_holds_zelensky_3000_and_kirby_1000(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/estimates.py")
    fig = figures(at)[0]
    pts = points(fig)
    assert ("Volodymyr Zelensky", "2024-12-23", 3000) in [(c, str(x)[:10], y) for c, x, y in pts]
    assert any(c == "John Kirby" and y == 1000 for c, _, y in pts)
    assert "Date the claim was made" in fig["layout"]["xaxis"]["title"]["text"]
    assert "number of soldiers" in fig["layout"]["yaxis"]["title"]["text"]
    ladder = figures(at)[1]
    assert any(t.get("customdata") for t in ladder["data"])
    assert at.get("download_button")


def test_estimates_metric_and_log_scale_from_the_url(app_for, dashboard_db: Path) -> None:
    at = app_for(
        dashboard_db, "pages/estimates.py", chart_metric="Deployed (troops sent)", log="true"
    )
    fig = figures(at)[0]
    assert fig["layout"]["yaxis"]["type"] == "log"
    assert "Deployed" in fig["layout"]["title"]["text"]


def test_claimant_filter_in_the_url_restricts_every_chart(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/estimates.py", claimant="John Kirby")
    claimants = {c for c, _, _ in points(figures(at)[0])}
    assert claimants == {"John Kirby"}


def test_map_draws_the_kursk_polygon_border_and_places(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/map.py")
    fig = figures(at)[0]
    kinds = [t["type"] for t in fig["data"]]
    assert "choroplethmap" in kinds and "scattermap" in kinds
    choro = next(t for t in fig["data"] if t["type"] == "choroplethmap")
    assert "RU-KRS" in arr(choro["locations"])
    kursk_z = arr(choro["z"])[arr(choro["locations"]).index("RU-KRS")]
    assert kursk_z > 0  # curated claims placed in "Kursk region"
    assert any(f["id"] == "RU-KRS" for f in choro["geojson"]["features"])
    markers = [t for t in fig["data"] if t["type"] == "scattermap" and t.get("mode") == "markers"]
    assert markers and sum(len(arr(t["lat"])) for t in markers) >= 1
    assert fig["layout"]["map"]["style"] == "white-bg"
    assert "Natural Earth" in texts(at)


def test_map_style_setting_turns_on_tiles(app_for, dashboard_db: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMS_MAP_STYLE", "open-street-map")
    at = app_for(dashboard_db, "pages/map.py")
    assert figures(at)[0]["layout"]["map"]["style"] == "open-street-map"
    monkeypatch.setenv("CLAIMS_MAP_STYLE", "javascript:alert(1)")
    at = app_for(dashboard_db, "pages/map.py")
    assert figures(at)[0]["layout"]["map"]["style"] == "white-bg"
    assert at.warning


def test_timeline_holds_the_treaty_and_its_entry_into_force(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/timeline.py")
    fig = figures(at)[0]
    days = {str(x)[:10] for t in fig["data"] for x in arr(t.get("x")) if x}
    assert {"2024-06-19", "2024-12-04"} <= days
    # A few dozen events: a static table (claims.charts_text.html_table) with source links.
    tables = [h.proto.body for h in at.get("html") if "kc-table" in h.proto.body]
    assert tables and "<th>Source</th>" in tables[0] and 'href="https://' in tables[0]
    assert not at.dataframe


def test_timeline_category_filter(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/timeline.py", category="Treaty")
    fig = figures(at)[0]
    lanes = {
        y
        for t in fig["data"]
        if t.get("customdata") and t["type"] == "scatter" and t.get("yaxis", "y") == "y"
        for y in arr(t["y"])
    }
    assert lanes == {"Treaty"}


def test_sources_page_highlights_claims_or_says_none(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/sources.py")
    con = duckdb.connect(str(dashboard_db), read_only=True)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_ext = con.execute("SELECT count(*) FROM claims WHERE origin='extracted'").fetchone()[0]
    con.close()
    if n_docs == 0:
        assert "No articles yet" in texts(at)
    elif n_ext:
        assert "<mark" in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_empty_database_shows_no_claims_state(app_for, empty_db: Path, page: str) -> None:
    at = app_for(empty_db, page)
    assert not at.exception, [e.value for e in at.exception]
    if page != "pages/map.py":
        assert "No " in texts(at)


def test_sql_in_a_url_parameter_is_ignored_with_a_notice(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/estimates.py", claimant="x' OR 1=1--")
    assert not at.exception
    assert any("Ignored unknown claimant" in w for w in at.first_warnings)
    pts = points(figures(at)[0])
    assert len({c for c, _, _ in pts}) > 1  # the bad value was dropped: no filter


@pytest.mark.parametrize(
    "query",
    [
        {"metric": "bogus"},
        {"dates": "not-a-date"},
        {"dates": ["2030-01-01", "2031-01-01"]},
        {"dates": ["2024-12-01", "2024-11-01", "2024-10-01"]},
        {"outlet": "<script>"},
        {"whatever": "1"},
        {"chart_metric": "'; DROP TABLE claims;--"},
        {"doc": "nope"},
    ],
)
def test_invalid_url_parameters_never_raise(app_for, dashboard_db: Path, query: dict) -> None:
    for page in ("pages/overview.py", "pages/estimates.py", "pages/sources.py"):
        at = app_for(dashboard_db, page, **query)
        assert not at.exception, (page, [e.value for e in at.exception])
    at = app_for(dashboard_db, "pages/overview.py", **query)
    if "chart_metric" not in query and "doc" not in query:
        assert at.first_warnings, query


def test_hostile_article_is_shown_inert(app_for, hostile_db: Path) -> None:
    at = app_for(hostile_db, "pages/sources.py", doc="hostile00000000")
    assert not at.exception
    body = "\n".join(m.value for m in at.markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script" not in body and "<img" not in body
    assert "javascript:" not in body
    assert "<mark" in body  # the claim is highlighted by its offsets
    at = app_for(hostile_db, "pages/estimates.py", chart_metric="Killed")
    assert not at.exception
    spec = json.dumps(figures(at)[0])
    assert "<script>" not in spec and "&lt;script&gt;" in spec


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_large_database(app_for, large_db: Path, page: str) -> None:
    at = app_for(large_db, page)
    assert not at.exception, [e.value for e in at.exception]
    for fig in figures(at):
        n = sum(len(arr(t.get("x"))) for t in fig["data"] if t.get("customdata") is not None)
        assert n <= 3000


def test_large_database_is_sampled_with_a_notice(app_for, large_db: Path) -> None:
    at = app_for(large_db, "pages/estimates.py", chart_metric="Killed")
    assert any("evenly spread" in w.value for w in at.warning)
    n = sum(len(arr(t["x"])) for t in figures(at)[0]["data"] if t.get("customdata"))
    assert n <= 3000
    ladder_rows = sum(len(arr(t["x"])) for t in figures(at)[1]["data"] if t.get("customdata"))
    assert ladder_rows <= 80


def test_a_rebuilt_database_is_picked_up_without_restart(
    app_for, dashboard_db: Path, empty_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "claims.duckdb"
    shutil.copy(empty_db, db)
    at = app_for(db)
    assert {m.label: m.value for m in at.metric}["Claims"] == "0"
    tmp = tmp_path / "claims.duckdb.new"
    shutil.copy(dashboard_db, tmp)
    os.replace(tmp, db)  # what a build does: an atomic rename
    at.run()
    assert {m.label: m.value for m in at.metric}["Claims"] != "0"


def test_missing_database_is_built_on_first_start(app_for, tmp_path: Path) -> None:
    db = tmp_path / "fresh.duckdb"
    at = app_for(db)
    assert db.exists()
    assert not at.exception
    assert figures(at) or at.metric, "the first start showed nothing from the new database"


def test_statements_reported_by_several_articles_sit_side_by_side(
    app_for, dashboard_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "claims.duckdb"
    shutil.copy(dashboard_db, db)
    con = duckdb.connect(str(db))
    row = con.execute(
        "SELECT claim_id, statement_key, claimant, metric FROM claims "
        "WHERE origin = 'extracted' AND statement_key IS NOT NULL LIMIT 1"
    ).fetchone()
    assert row is not None, "the seed database has no extracted claim"
    text = "Another wire said the same: more than 3,000 were killed or wounded."
    quote = "more than 3,000 were killed or wounded"
    start = text.index(quote)
    con.execute(
        "INSERT INTO documents (doc_id, title, outlet, published, text, ingested_at) "
        "VALUES ('second0000000000', 'Second report', 'Other Wire', '2024-12-29', ?, now())",
        [text],
    )
    con.execute(
        "INSERT INTO claims (claim_id, doc_id, origin, claimant, metric, value_text, quote, "
        "char_start, char_end, statement_key) VALUES "
        "('second-claim', 'second0000000000', 'extracted', ?, ?, 'more than 3,000', ?, ?, ?, ?)",
        [row[2], row[3], quote, start, start + len(quote), row[1]],
    )
    create_derived_tables(con)
    con.close()
    at = app_for(db, "pages/sources.py")
    assert not at.exception
    body = texts(at)
    assert "2 articles" in body and "Other Wire" in body and quote in body


def test_date_range_in_the_url_restricts_the_claims(app_for, dashboard_db: Path) -> None:
    at = app_for(dashboard_db, "pages/estimates.py", dates=["2024-12-20", "2024-12-31"])
    assert not at.exception
    days = {str(x)[:10] for _, x, _ in points(figures(at)[0])}
    assert days and all("2024-12-20" <= d <= "2024-12-31" for d in days)


def test_timeline_with_a_single_event(app_for, empty_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "claims.duckdb"
    shutil.copy(empty_db, db)
    con = duckdb.connect(str(db))
    con.execute(
        "INSERT INTO events (event_id, date, title, category, origin) "
        "VALUES ('e1', '2024-06-19', 'Treaty signed', 'treaty', 'curated')"
    )
    con.close()
    at = app_for(db, "pages/timeline.py")
    assert not at.exception, [e.value for e in at.exception]
    assert figures(at)


def test_sidebar_filters_are_drawn_when_open_or_in_use(app_for, dashboard_db: Path) -> None:
    # No filter: the Filters expander is closed and its widgets are not drawn (their code
    # is the sidebar's main cost to a chart page); a link that sets a filter draws them.
    at = app_for(dashboard_db, "pages/map.py")
    assert not at.exception
    assert not at.sidebar.multiselect and not at.sidebar.date_input
    assert "No filter" in " ".join(c.value for c in at.sidebar.caption)
    at = app_for(dashboard_db, "pages/map.py", claimant="John Kirby")
    assert [m.value for m in at.sidebar.multiselect] == [["John Kirby"], [], []]
    assert at.sidebar.date_input
