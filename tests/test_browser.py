"""Browser tests: a real `streamlit run app.py` in Debian's headless Chromium.

Each page is opened, waited on until Streamlit has finished its run and every chart is
drawn, checked for exceptions and error dialogs, and screenshotted to
artifacts/screenshots/ (gitignored). Never runs `playwright install`: it uses
/usr/bin/chromium, and fails (with how to install it) when that is missing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from claims.browser import CHROMIUM_ARGS
from claims.paths import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
PAGES = {  # path -> (screenshot name, number of charts the seed database gives)
    "": ("overview", 0),
    "estimates": ("estimates", 2),
    "map": ("map", 1),
    "timeline": ("timeline", 1),
    "sources": ("sources", 0),
}

# No skip when Chromium is missing: these tests are part of CI (.ci/run installs it), and a
# silently skipped browser suite would look green. Missing Chromium fails with how to fix it.
assert CHROMIUM.exists(), "browser tests need Debian's Chromium: apt-get install -y chromium"

# True once Streamlit is idle, no skeleton is left and every Plotly chart has drawn
# (maps: MapLibre has loaded its style and sources).
RENDERED_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  for (const el of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    const gd = el.querySelector('.js-plotly-plot');
    if (!gd || !gd._fullLayout || !gd.querySelector('.main-svg')) return false;
    const sub = gd._fullLayout.map && gd._fullLayout.map._subplot;
    if (gd._fullData.some(t => t.type.endsWith('map'))) {
      if (!sub || !sub.map || !sub.map.loaded()) return false;
    }
  }
  return true;
}"""


def wait_rendered(page, timeout_ms: int = 60_000) -> None:
    """Wait until the run is over and the charts are drawn, twice in a row (no rerun)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    for _ in range(2):
        page.wait_for_function(RENDERED_JS, timeout=timeout_ms)
        page.wait_for_timeout(400)
    page.wait_for_function(RENDERED_JS, timeout=timeout_ms)


def assert_healthy(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, "exception shown"
    assert page.locator('[role="dialog"]').count() == 0, "error dialog shown"


def screenshot(page, name: str) -> Path:
    """The whole page: the viewport is grown to the main area's height first."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return Math.max(m ? m.scrollHeight : 0, 900); }"
    )
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": min(int(height) + 40, 8000)})
    page.wait_for_timeout(600)
    wait_rendered(page)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": width, "height": 1000})
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS),
                               headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.js_dialogs = dialogs
    yield pg
    context.close()


@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders_in_chromium(streamlit_server: str, page, path: str) -> None:
    name, n_charts = PAGES[path]
    page.goto(f"{streamlit_server}/{path}")
    wait_rendered(page)
    assert_healthy(page)
    assert page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').count() == n_charts
    assert page.locator("h1").count() >= 1
    shot = screenshot(page, name)
    assert shot.stat().st_size > 10_000
    assert not page.js_dialogs


def _non_background_pixels(png: bytes) -> int:
    import numpy as np
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16)
    return int(((255 - img).sum(axis=2) > 30).sum())


def test_map_draws_polygons_with_no_internet(streamlit_server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    blocked: list[str] = []

    def only_localhost(route) -> None:
        url = route.request.url
        host = urlsplit(url).hostname or ""
        if url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", only_localhost)
    pg = context.new_page()
    try:
        pg.goto(f"{streamlit_server}/map")
        wait_rendered(pg)
        assert_healthy(pg)
        state = pg.evaluate(
            """() => {
              const gd = document.querySelector('.js-plotly-plot');
              const m = gd._fullLayout.map._subplot.map;
              const feats = m.queryRenderedFeatures();
              return {
                style: gd._fullLayout.map.style,
                fills: feats.filter(f => f.layer.type === 'fill').length,
                lines: feats.filter(f => f.layer.type === 'line').length,
                circles: feats.filter(f => f.layer.type === 'circle').length,
              };
            }"""
        )
        assert state["style"] == "white-bg"
        assert state["fills"] >= 1, state  # the oblast polygons
        assert state["lines"] >= 1, state  # outlines and the RU-UA border
        assert state["circles"] >= 1, state  # place markers
        canvas = pg.locator(".js-plotly-plot canvas").first
        assert _non_background_pixels(canvas.screenshot()) > 5_000
        screenshot(pg, "map_offline")
    finally:
        context.close()
    # Nothing outside localhost was needed (blocked ones are listed if any were tried).
    assert all("127.0.0.1" not in u for u in blocked)


def test_sql_in_the_url_is_ignored_with_a_notice(streamlit_server: str, page) -> None:
    page.goto(f"{streamlit_server}/estimates?claimant=x'%20OR%201=1--&bogus=1")
    wait_rendered(page)
    assert_healthy(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Ignored unknown claimant" in body
    assert "Ignored unknown parameter 'bogus'" in body
    assert page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').count() == 2
    screenshot(page, "estimates_bad_link")


def test_a_copied_link_reproduces_the_view(streamlit_server: str, page) -> None:
    page.goto(f"{streamlit_server}/estimates?claimant=John+Kirby&chart_metric=Killed")
    wait_rendered(page)
    assert_healthy(page)
    names = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')][0]._fullData"
        ".filter(t => t.customdata).map(t => t.name)"
    )
    assert names == ["John Kirby"]
    # Switching page keeps the sidebar filter in the address.
    page.get_by_role("link", name="Kursk map").click()
    page.wait_for_url("**/map?**")
    wait_rendered(page)
    assert "claimant=John" in page.url


def test_selecting_a_point_opens_its_claim(streamlit_server: str, page) -> None:
    page.goto(f"{streamlit_server}/estimates?claimant=Volodymyr+Zelensky")
    wait_rendered(page)
    point = page.locator(".js-plotly-plot .scatterlayer .trace .points path").first
    point.click(force=True)
    page.wait_for_selector("text=Selected claim", timeout=30_000)
    wait_rendered(page)
    assert_healthy(page)
    screenshot(page, "estimates_selected")


def test_hostile_article_stays_inert(hostile_db: Path, server_factory, page) -> None:
    url = server_factory(hostile_db)  # a fresh server: its first request is this deep link
    page.goto(f"{url}/sources?doc=hostile00000000")
    wait_rendered(page)
    assert_healthy(page)
    # app.py wrapped the page (filters, navigation), not Streamlit's pages/ folder mode.
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "Filters" in sidebar and "Kursk map" in sidebar
    main = page.locator('[data-testid="stMain"]')
    assert "<script>alert(1)</script>" in main.inner_text()  # shown as text
    assert page.locator('img[src="x"]').count() == 0
    assert page.locator("[data-testid=stMain] script").count() == 0
    assert page.locator("mark").count() >= 1
    page.wait_for_timeout(500)
    assert not page.js_dialogs, page.js_dialogs
    screenshot(page, "sources_hostile")


def test_empty_database_says_no_claims_yet(empty_db: Path, server_factory, page) -> None:
    url = server_factory(empty_db)
    for path in PAGES:
        page.goto(f"{url}/{path}")
        wait_rendered(page)
        assert_healthy(page)
    page.goto(f"{url}/estimates")
    wait_rendered(page)
    assert "No claims yet" in page.locator('[data-testid="stMain"]').inner_text()
    screenshot(page, "estimates_empty")


def test_a_claim_link_opens_its_article_with_the_quote_highlighted(
    streamlit_server: str, dashboard_db: Path, page
) -> None:
    import duckdb

    con = duckdb.connect(str(dashboard_db), read_only=True)
    row = con.execute(
        "SELECT claim_id, quote FROM claims WHERE origin = 'extracted' "
        "AND metric = 'killed_or_wounded' AND value_low IS NOT NULL ORDER BY claim_id LIMIT 1"
    ).fetchone()
    con.close()
    assert row is not None, "no extracted killed-or-wounded claim in the seed database"
    claim_id, quote = row
    page.goto(f"{streamlit_server}/estimates?claim={claim_id}")
    page.wait_for_selector("text=Selected claim", timeout=60_000)
    wait_rendered(page)
    assert_healthy(page)
    selected = page.locator("mark#selected-claim")
    selected.wait_for(timeout=30_000)
    assert quote[:40] in selected.inner_text().replace("\n", " ")
    page.get_by_role("link", name="Open the article on the Sources page").click()
    # The link carries ?doc=…; Streamlit drops the parameter again when the article is the
    # selector's default (the seed database has one), so match the path either way.
    page.wait_for_url("**/sources*")
    page.wait_for_selector("text=Claims in this article", timeout=60_000)
    wait_rendered(page)
    assert_healthy(page)
    assert page.locator("mark").count() >= 1
