"""Sign-in modes and the Add-article page, through AppTest on the real app.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from claims.auth import hash_password
from claims.paths import ROOT

PASSWORD = "team-password-1"
PASSWORD_HASH = hash_password(PASSWORD)

ARTICLE = """---
title: Seoul says North Korean dead near 300
outlet: Test Wire
published: 2025-01-14
---
SEOUL, Jan 14 (Test Wire) - South Korea's National Intelligence Service said on Monday \
that about 300 North Korean soldiers had been killed in Russia's Kursk region.
"""


@pytest.fixture
def db(dashboard_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "claims.duckdb"
    shutil.copy(dashboard_db, copy)
    monkeypatch.setenv("CLAIMS_DB", str(copy))
    return copy


def app(access: dict | None = None, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    if access is not None:
        at.secrets["access"] = access
    if user is not None:
        at.user = user
    return at


def page_titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def shows_dashboard(at: AppTest) -> bool:
    return bool(at.get("plotly_chart")) or bool(at.metric)


def test_local_use_needs_no_sign_in_and_offers_add_article(db: Path) -> None:
    at = app()
    at.run()
    assert not at.exception
    assert shows_dashboard(at)
    at.switch_page("pages/add_article.py")
    at.run()
    assert not at.exception
    assert "Add an article" in page_titles(at)


def test_password_mode_shows_nothing_until_signed_in(db: Path) -> None:
    at = app({"mode": "password", "password_hash": PASSWORD_HASH, "editors": ["*"]})
    at.run()
    assert not at.exception
    assert not shows_dashboard(at)
    assert not at.dataframe
    assert [t.label for t in at.text_input] == ["Team password"]

    at.text_input[0].input("wrong password")
    at.button[0].click()
    at.run()
    assert "Wrong password." in [e.value for e in at.error]
    assert not shows_dashboard(at)

    at.text_input[0].input(PASSWORD)
    at.button[0].click()
    at.run()
    assert not at.exception
    assert shows_dashboard(at)


@pytest.mark.parametrize("page", ["pages/estimates.py", "pages/map.py", "pages/timeline.py",
                                  "pages/sources.py", "pages/add_article.py"])
def test_no_page_is_reachable_without_sign_in(db: Path, page: str) -> None:
    # Signed out, the navigation holds the sign-in page alone (so Streamlit never
    # falls back to running files from pages/ directly).
    at = app({"mode": "password", "password_hash": PASSWORD_HASH})
    at.run()
    with pytest.raises(ValueError, match=r"Known pages: \['Sign in'\]"):
        at.switch_page(page)


def test_oidc_mode_asks_for_sign_in_and_checks_the_domain(db: Path) -> None:
    settings = {"mode": "oidc", "allowed_domains": ["team.org"], "editors": ["ana@team.org"]}
    logged_out = app(settings, {"is_logged_in": False})
    logged_out.run()
    assert not shows_dashboard(logged_out)
    assert [b.label for b in logged_out.button] == ["Sign in"]

    outsider = app(settings, {"is_logged_in": True, "email": "eve@elsewhere.com"})
    outsider.run()
    assert not shows_dashboard(outsider)
    assert "not allowed" in outsider.error[0].value

    member = app(settings, {"is_logged_in": True, "email": "bob@team.org"})
    member.run()
    assert not member.exception
    assert shows_dashboard(member)


def test_add_article_is_for_editors_only_when_sign_in_is_on(db: Path) -> None:
    settings = {"mode": "oidc", "editors": ["ana@team.org"]}
    viewer = app(settings, {"is_logged_in": True, "email": "bob@team.org"})
    viewer.run()
    assert shows_dashboard(viewer)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        viewer.switch_page("pages/add_article.py")  # not in a viewer's navigation

    editor = app(settings, {"is_logged_in": True, "email": "ana@team.org"})
    editor.run()
    editor.switch_page("pages/add_article.py")
    editor.run()
    assert "Add an article" in page_titles(editor)


def test_add_article_page_ingests_pasted_text(db: Path) -> None:
    before = duckdb.connect(str(db), read_only=True)
    docs_before = before.execute("SELECT count(*) FROM documents").fetchone()[0]
    before.close()

    at = app()
    at.run()
    at.switch_page("pages/add_article.py")
    at.run()
    at.text_area[0].input(ARTICLE)
    at.button[0].click()
    at.run()
    assert not at.exception
    assert any(s.value.startswith("Added: ") for s in at.success), [e.value for e in at.error]
    assert "About 300".lower() in at.dataframe[0].value.to_csv().lower()

    after = duckdb.connect(str(db), read_only=True)
    assert after.execute("SELECT count(*) FROM documents").fetchone()[0] == docs_before + 1
    after.close()

    at.text_area[0].input(ARTICLE)  # the same text again: nothing changes
    at.button[0].click()
    at.run()
    assert "already in the database" in at.info[0].value


@pytest.mark.parametrize("text, reason", [
    ("   ", "paste the article's text"),
    ("The weather in Seoul was mild.", "no claims or events found"),
    ("---\npublished: 2024-02-30\n---\n300 North Korean soldiers died.", "impossible date"),
])
def test_add_article_page_refuses_bad_input(db: Path, text: str, reason: str) -> None:
    at = app()
    at.run()
    at.switch_page("pages/add_article.py")
    at.run()
    at.text_area[0].input(text)
    at.button[0].click()
    at.run()
    assert not at.exception
    assert any(reason in e.value for e in at.error), [e.value for e in at.error]
