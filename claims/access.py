"""The sign-in gate, run by app.py before any page: nothing renders without it.

Because `st.navigation` runs app.py on every page, calling `require_access()`
there (before `pg.run()`) protects every page, chart, table and download.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import streamlit as st

from claims.auth import AccessConfigError, AccessSettings, access_settings, failure_delay
from claims.auth import verify_password as _verify

_FAILURES = "_access_failures"
_SIGNED_IN = "_access_password_ok"
_VIEWER = "_access_viewer"


@dataclass(frozen=True)
class Viewer:
    """Who is looking, and whether they may add articles."""

    email: str | None
    is_editor: bool
    mode: str


def _secrets() -> dict[str, object]:
    """The secrets, {} for local use; a secrets file that exists but fails is an error.

    Streamlit raises the same FileNotFoundError subclass for "no file" and for "a
    file that does not parse", and a broken file must keep the dashboard closed.
    """
    try:
        return st.secrets.to_dict()
    except FileNotFoundError as err:
        if any(Path(p).exists() for p in st.get_option("secrets.files") or ()):
            raise AccessConfigError(f"cannot read secrets: {err}") from None
        return {}
    except Exception as err:  # noqa: BLE001 - a broken secrets.toml must not start open
        raise AccessConfigError(f"cannot read secrets: {err}") from None


def current_settings() -> AccessSettings:
    return access_settings(_secrets())


def require_access() -> Viewer:
    """Return the viewer, or draw the sign-in form and stop the run.

    The viewer is also kept in session state for pages (see `current_viewer`).
    """
    viewer = _require_access()
    st.session_state[_VIEWER] = viewer
    return viewer


def current_viewer() -> Viewer | None:
    """The viewer app.py admitted in this session, or None if it never ran."""
    return st.session_state.get(_VIEWER)


def _require_access() -> Viewer:
    try:
        settings = current_settings()
    except AccessConfigError as err:
        message = f"Sign-in is misconfigured, so the dashboard stays closed: {err}"
        _closed(lambda: st.error(message))
    if settings.mode == "oidc":
        return _oidc(settings)
    if settings.mode == "password":
        return _password(settings)
    return Viewer(email=None, is_editor=True, mode="none")


def _closed(draw: Callable[[], None]) -> NoReturn:
    """Show only `draw` and stop, whatever page the URL asked for.

    Navigation is still declared (with this one page), because a run that never
    calls st.navigation makes Streamlit fall back to running files from pages/
    directly, which would bypass this gate.
    """
    st.navigation([st.Page(draw, title="Sign in", url_path="sign-in", default=True)],
                  position="hidden").run()
    st.stop()


def _oidc(settings: AccessSettings) -> Viewer:
    if not st.user.is_logged_in:
        _closed(_oidc_sign_in)
    email = st.user.get("email")
    if not settings.may_enter(email):
        _closed(_oidc_refused)
    with st.sidebar:
        st.caption(f"Signed in as {email}")
        st.button("Sign out", on_click=st.logout)
    return Viewer(email=email, is_editor=settings.is_editor(email), mode="oidc")


def _oidc_sign_in() -> None:
    st.title("Kursk Claims")
    st.write("Sign in to see the dashboard.")
    st.button("Sign in", on_click=st.login, type="primary")


def _oidc_refused() -> None:
    st.error("This account is not allowed to use this dashboard.")
    st.button("Sign out", on_click=st.logout)


def _password(settings: AccessSettings) -> Viewer:
    if not st.session_state.get(_SIGNED_IN):
        _closed(lambda: _password_form(settings))
    return Viewer(email=None, is_editor=settings.is_editor(None), mode="password")


def _password_form(settings: AccessSettings) -> None:
    st.title("Kursk Claims")
    with st.form("sign_in"):
        password = st.text_input("Team password", type="password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if not submitted:
        return
    failures = st.session_state.get(_FAILURES, 0)
    time.sleep(failure_delay(failures))  # slows guessing within a session
    if password and _verify(password, settings.password_hash or ""):
        st.session_state[_SIGNED_IN] = True
        st.session_state[_FAILURES] = 0
        st.rerun()
    st.session_state[_FAILURES] = failures + 1
    st.error("Wrong password.")
