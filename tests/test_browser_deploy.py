"""The shared deployment in a real browser: sign-in on a fresh server, rebuilds under load.

Each test starts its own `streamlit run app.py` (fresh process, so the very first
request is the one under test) and drives Debian's Chromium through Playwright.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from claims.auth import hash_password
from claims.browser import CHROMIUM_ARGS, DashboardServer, find_chromium, wait_until_drawn
from claims.paths import ROOT
from claims.store import build_database

PASSWORD = "team-password-1"
PAGES = ("", "estimates", "map", "timeline", "sources")


@pytest.fixture
def browser_page() -> Iterator:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(),
                                             args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            yield page
        finally:
            browser.close()


def load(page, url: str) -> dict:
    page.goto(url)
    return wait_until_drawn(page, url, timeout=60, need_header=False)


def has_charts(page) -> bool:
    return page.locator('[data-testid="stPlotlyChart"]').count() > 0


@pytest.mark.parametrize("first_path", ["estimates", "add_article", "sources"])
def test_first_request_to_a_deep_link_meets_the_sign_in(
        dashboard_db: Path, tmp_path: Path, browser_page, first_path: str) -> None:
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'[access]\nmode = "password"\neditors = ["*"]\n'
                       f'password_hash = "{hash_password(PASSWORD)}"\n', encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    shutil.copy(dashboard_db, db)
    with DashboardServer(ROOT / "app.py", db, tmp_path / "server.log",
                         extra_args=("--secrets.files", str(secrets))) as server:
        page = browser_page
        load(page, f"{server.url}/{first_path}")
        body = page.locator("body").inner_text()
        assert "Team password" in body
        assert not has_charts(page)
        assert "Zelensky" not in body and "Add an article" not in body

        page.get_by_label("Team password").fill("not the password")
        page.get_by_role("button", name="Sign in").click()
        page.get_by_text("Wrong password.").wait_for(timeout=30_000)
        assert not has_charts(page)

        page.get_by_label("Team password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        # Signed in for this browser session: navigate inside it (a full reload is a new
        # Streamlit session and asks again: password mode keeps no cookie).
        page.locator('[data-testid="stSidebarNav"]').wait_for(timeout=30_000)
        page.get_by_role("link", name="Estimates by source and date").click()
        page.wait_for_url("**/estimates")
        wait_until_drawn(page, "estimates", timeout=60, need_header=False)
        assert has_charts(page)
        assert page.locator('[data-testid="stException"]').count() == 0


def test_pages_stay_up_while_the_database_is_rebuilt(tmp_path: Path, browser_page,
                                                     article_sets: tuple[Path, Path]) -> None:
    small, large = article_sets
    db = tmp_path / "claims.duckdb"
    build_database(db, small)

    stop, builds, build_errors = threading.Event(), [0], []

    def rebuild_in_a_loop() -> None:
        while not stop.is_set():
            try:
                folder = large if builds[0] % 2 == 0 else small
                build_database(db, folder, keep_ingested=False)  # exactly this folder
                builds[0] += 1
            except Exception as err:  # noqa: BLE001 - every failure is a finding
                build_errors.append(repr(err))
            time.sleep(0.2)

    problems: list[str] = []
    with DashboardServer(ROOT / "app.py", db, tmp_path / "server.log") as server:
        writer = threading.Thread(target=rebuild_in_a_loop)
        writer.start()
        loads, deadline = 0, time.monotonic() + 25
        try:
            while time.monotonic() < deadline and loads < 40:
                path = PAGES[loads % len(PAGES)]
                status = load(browser_page, f"{server.url}/{path}")
                loads += 1
                if status.get("error"):
                    problems.append(f"/{path}: {status['error']}")
                if browser_page.locator('[data-testid="stAlertContentError"]').count():
                    problems.append(f"/{path}: error alert")
        finally:
            stop.set()
            writer.join(timeout=60)
    assert build_errors == []
    assert builds[0] >= 3, "the database was not rebuilt while pages loaded"
    assert loads >= len(PAGES)
    assert problems == []
