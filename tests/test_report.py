"""Screenshot reports: a real report from the seed database (real Streamlit server, real
headless Chromium), the report layout in the browser, and the error cases.

About a minute in all: one full report with --charts, one page opened in the layout, one
run that fails half-way, and argument errors that never start anything.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from claims import cli
from claims.browser import (
    CHROMIUM_ARGS,
    BrowserError,
    ChromiumNotFound,
    DashboardServer,
    find_chromium,
    wait_until_drawn,
)
from claims.paths import ROOT
from claims.report import PAGES, ReportOptions, make_report

WIDTH = 1280
PID = re.compile(r"\(pid (\d+)\)")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from claims.store import build_database

    db = tmp_path_factory.mktemp("report-seed") / "claims.duckdb"
    build_database(db)
    return db


@pytest.fixture(scope="module")
def report(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One five-page report with --charts, made by the real command in a subprocess."""
    out = tmp_path_factory.mktemp("report") / "out"
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "claims", "report", "--db", str(seed_db), "--out", str(out),
         "--width", str(WIDTH), "--charts"],
        cwd=ROOT, capture_output=True, text=True, timeout=240,
    )
    seconds = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr + proc.stdout
    manifests = list(out.glob("kursk-claims-report_*.json"))
    assert len(manifests) == 1
    return {"out": out, "stdout": proc.stdout, "seconds": seconds,
            "manifest": json.loads(manifests[0].read_text(encoding="utf-8"))}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is as good as gone
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


# --- the report ------------------------------------------------------------------------------

def test_one_png_per_page_at_the_width_and_not_blank(report: dict) -> None:
    manifest, out = report["manifest"], report["out"]
    assert [p["page"] for p in manifest["pages"]] == list(PAGES)
    for page in manifest["pages"]:
        png = out / page["png"]
        assert re.fullmatch(rf"{page['page']}_\d{{4}}-\d{{2}}-\d{{2}}T\d{{6}}Z\.png", png.name)
        img = Image.open(png).convert("RGB")
        assert img.width == WIDTH, page["page"]
        assert img.height >= 300
        pixels = np.asarray(img, dtype=np.float64)
        assert pixels.std() > 10, f"{page['page']} looks blank"
        for x, y, w, h in page["chart_boxes"]:
            assert w > 100 and h > 100
            area = np.asarray(img.crop((x, y, x + w, y + h)))
            colours = np.unique(area.reshape(-1, 3), axis=0)
            assert len(colours) > 20, f"a chart on {page['page']} has {len(colours)} colours"
    charted = {p["page"] for p in manifest["pages"] if p["charts"]}
    assert {"estimates", "map", "timeline"} <= charted
    for page in manifest["pages"]:  # the report parameter is known to the dashboard
        assert not [a for a in page["alerts"] if "'report'" in a], page["alerts"]


def test_pdf_has_a_cover_and_one_page_per_dashboard_page(report: dict) -> None:
    from pypdf import PdfReader

    pdf = [f for f in report["manifest"]["files"] if f["kind"] == "pdf"]
    assert len(pdf) == 1
    reader = PdfReader(report["out"] / pdf[0]["file"])
    assert len(reader.pages) == 1 + len(PAGES) == pdf[0]["pages"]
    cover = reader.pages[0].extract_text()
    for words in ("Kursk Claims", "Articles", "Claims", "Newest source date", "Filters",
                  "none (all claims)"):
        assert words in cover
    for page, spec in zip(reader.pages[1:], PAGES.values(), strict=True):
        text = page.extract_text()
        assert spec.title in text
        assert "Sources:" in text


def test_manifest_lists_every_file_with_its_size(report: dict) -> None:
    manifest, out = report["manifest"], report["out"]
    kinds = [f["kind"] for f in manifest["files"]]
    assert kinds.count("png") == len(PAGES) and kinds.count("pdf") == 1
    for entry in manifest["files"]:
        path = out / entry["file"]
        assert path.is_file() and path.stat().st_size == entry["bytes"] > 0
    listed = {f["file"] for f in manifest["files"]} | {manifest["manifest"]}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert on_disk == listed  # nothing else, no temporary folder left
    assert manifest["filters"]["query"] == ""
    assert manifest["width"] == WIDTH
    db = manifest["database"]
    assert db["sha256"] and db["build_info"]["schema_version"]
    assert db["summary"]["claims"] > 0 and db["summary"]["last_said_on"]


def test_charts_alone_as_png_and_svg(report: dict) -> None:
    manifest, out = report["manifest"], report["out"]
    pngs = [f for f in manifest["files"] if f["kind"] == "chart-png"]
    svgs = [f for f in manifest["files"] if f["kind"] == "chart-svg"]
    assert len(pngs) == len(svgs) == sum(p["charts"] for p in manifest["pages"]) > 0
    for entry in pngs:
        img = Image.open(out / entry["file"]).convert("RGB")
        assert np.asarray(img, dtype=np.float64).std() > 10
    for entry in svgs:
        assert (out / entry["file"]).read_text(encoding="utf-8")[:400].find("<svg") >= 0
    assert manifest["made_with"]["chart_renderer"] in ("kaleido", "plotly.js")


def test_the_server_is_stopped_afterwards(report: dict) -> None:
    pid = int(PID.search(report["stdout"]).group(1))
    assert not _alive(pid)


def test_filtered_pdf_only_report_of_two_pages(seed_db: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """--format pdf keeps no PNG; the filters reach the pages, the cover and the manifest."""
    out = tmp_path / "out"
    status = cli.main(["report", "--db", str(seed_db), "--out", str(out), "--format", "pdf",
                       "--pages", "sources,map", "--query",
                       "claimant=Volodymyr Zelensky&metric=killed_or_wounded"])
    assert status == 0, capsys.readouterr().err
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert [f["kind"] for f in manifest["files"]] == ["pdf"]
    assert not list(out.glob("*.png"))
    assert [p["page"] for p in manifest["pages"]] == ["sources", "map"]
    assert manifest["filters"]["query"] == (
        "claimant=Volodymyr+Zelensky&metric=Killed+or+wounded")
    assert all("claimant=Volodymyr+Zelensky" in p["query"] for p in manifest["pages"])
    from pypdf import PdfReader

    reader = PdfReader(out / manifest["files"][0]["file"])
    assert len(reader.pages) == 3
    cover = reader.pages[0].extract_text()
    assert "claimant: Volodymyr Zelensky" in cover and "metric: Killed or wounded" in cover
    assert "by 1 claimant (Volodymyr Zelensky)" in reader.pages[1].extract_text()


# --- the report layout in the browser ---------------------------------------------------------

def test_report_layout_hides_the_sidebar_and_shows_the_filters(seed_db: Path,
                                                             tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = find_chromium()
    server = DashboardServer(ROOT / "app.py", seed_db, tmp_path / "streamlit.log")
    with server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(f"{server.url}/")  # app.py runs once before any deep link
            wait_until_drawn(page, "overview", 60, need_header=False)
            assert page.locator('[data-testid="stSidebar"]').is_visible()
            page.goto(f"{server.url}/estimates?claimant=John+Kirby&report=1200")
            wait_until_drawn(page, "estimates", 60)
            for hidden in ("stSidebar", "stHeader", "stToolbar", "stRadio"):
                loc = page.locator(f'[data-testid="{hidden}"]')
                assert all(not loc.nth(i).is_visible() for i in range(loc.count())), hidden
            header = page.locator(".kc-report-header").inner_text()
            assert "Filters: claimant: John Kirby" in header
            assert "Data as of: newest source date 20" in header
            shot = Image.open(__import__("io").BytesIO(page.screenshot(full_page=True)))
            assert shot.width == 1200
            block = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
            assert block["x"] == 0 and block["width"] == 1200  # fixed width, no sidebar
        finally:
            browser.close()


# --- errors: clear, one line, nothing written ---------------------------------------------------

@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pages", "estimates,charts"], "unknown page 'charts'"),
        (["--query", "metric"], "malformed --query"),
        (["--query", "colour=red"], "unknown filter 'colour'"),
        (["--query", "claimant=Nobody At All"], "claimant 'Nobody At All'"),
        (["--query", "dates=yesterday"], "YYYY-MM-DD"),
        (["--format", "gif"], "unknown --format"),
        (["--width", "100"], "--width must be between"),
    ],
)
def test_bad_arguments_fail_clearly_and_write_nothing(
    seed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "out"
    status = cli.main(["report", "--db", str(seed_db), "--out", str(out), *extra])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err
    assert not out.exists()


def test_unwritable_output_folder(seed_db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    status = cli.main(["report", "--db", str(seed_db), "--out", str(blocker / "out")])
    err = capsys.readouterr().err
    assert status == 2 and "cannot write to the output folder" in err and err.count("\n") == 1
    assert blocker.read_text() == "not a folder"


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["report", "--db", str(tmp_path / "none.duckdb"), "--out",
                       str(tmp_path / "out")])
    assert status == 2 and "no database at" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_no_chromium_says_how_to_install_it(
    seed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CHROMIUM_PATH", str(tmp_path / "no-chromium"))
    status = cli.main(["report", "--db", str(seed_db), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 3 and err.count("\n") == 1
    assert "apt-get install chromium" in err and "playwright install chromium" in err
    assert not (tmp_path / "out").exists()

    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "no-browsers"))
    with pytest.raises(ChromiumNotFound, match="no Chromium found.*apt-get install chromium"):
        find_chromium(env={}, system=[str(tmp_path / "nothing")])
    assert find_chromium(env={}) == "/usr/bin/chromium"


def test_a_failed_run_leaves_nothing_and_stops_the_server(
    seed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """A dashboard without the report layout: the run fails after the server started."""
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\nst.title('No report layout here')\n")
    out = tmp_path / "out"
    with pytest.raises(BrowserError, match="has no report layout"):
        make_report(ReportOptions(out=out, db_path=seed_db, app=app, pages=["map"],
                                  timeout=30))
    pid = int(PID.search(capsys.readouterr().out).group(1))
    assert not _alive(pid)
    assert not out.exists()


def test_charts_without_kaleido_use_plotlyjs_in_chromium(
    seed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback renderer, on the map (MapLibre needs a real origin to start its worker)."""
    import claims.report as report_module

    monkeypatch.setattr(report_module, "_kaleido_available", lambda: False)
    manifest = make_report(ReportOptions(out=tmp_path / "out", db_path=seed_db, pages=["map"],
                                         charts=True, format="png", quiet=True))
    assert manifest["made_with"]["chart_renderer"] == "plotly.js"
    charts = {f["kind"]: tmp_path / "out" / f["file"] for f in manifest["files"]
              if f["kind"].startswith("chart-")}
    img = Image.open(charts["chart-png"]).convert("RGB")
    assert len(np.unique(np.asarray(img).reshape(-1, 3), axis=0)) > 20
    assert "<svg" in charts["chart-svg"].read_text(encoding="utf-8")[:400]
