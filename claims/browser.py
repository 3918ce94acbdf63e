"""Chromium and a dashboard server for everything that looks at the pages.

Reports, browser tests and benchmarks all need the same three things: Debian's
Chromium (never a downloaded one), `streamlit run app.py` on a free local port
that is stopped by process group whatever happens, and one rule for "the page
has finished": Streamlit idle, no skeleton or spinner, every chart drawn, every
map loaded. They live here so that all of them measure and wait the same way.
"""

from __future__ import annotations

import contextlib
import glob
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class BrowserError(Exception):
    """Chromium or the dashboard server failed; the message is one line for the user."""


class ChromiumNotFound(BrowserError):
    pass


SYSTEM_CHROMIUM = ("/usr/bin/chromium",)
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--font-render-hinting=none",
)
INSTALL_HINT = (
    "install it with `apt-get install chromium` (Debian), or `playwright install chromium` "
    "where downloads are allowed, or set CHROMIUM_PATH"
)



def _is_exe(path: str | os.PathLike[str]) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def playwright_chromium() -> str | None:
    """Playwright's own Chromium, if the user installed one (never downloads)."""
    root = (os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
            or os.path.expanduser("~/.cache/ms-playwright"))
    patterns = ("chromium-*/chrome-linux*/chrome",
                "chromium_headless_shell-*/chrome-linux*/headless_shell")
    for pattern in patterns:
        for candidate in sorted(glob.glob(os.path.join(root, pattern)), reverse=True):
            if _is_exe(candidate):
                return candidate
    return None


def find_chromium(env: dict[str, str] | os._Environ[str] | None = None,
                  system: Sequence[str] | None = None) -> str:
    """CHROMIUM_PATH if set, else /usr/bin/chromium, else Playwright's own browser."""
    env = os.environ if env is None else env
    explicit = env.get("CHROMIUM_PATH")
    if explicit:
        if _is_exe(explicit):
            return explicit
        raise ChromiumNotFound(
            f"CHROMIUM_PATH={explicit} is not an executable file; {INSTALL_HINT}")
    for candidate in SYSTEM_CHROMIUM if system is None else system:
        if _is_exe(candidate):
            return candidate
    found = playwright_chromium()
    if found:
        return found
    raise ChromiumNotFound(f"no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, "
                           f"Playwright's browsers); {INSTALL_HINT}")


# --- the dashboard server ----------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DashboardServer:
    """`streamlit run app.py` on a free port, in its own process group, stopped by PID."""

    def __init__(self, app: Path, db_path: Path, log_path: Path, timeout: float = 60.0,
                 extra_args: Sequence[str] = ()):
        self.app, self.db_path, self.log_path, self.timeout = app, db_path, log_path, timeout
        self.extra_args = tuple(extra_args)  # more `streamlit run` flags, e.g. --secrets.files
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> DashboardServer:
        """Start the server and wait until it answers (`lazy`: only start it)."""
        try:
            self.begin()
            if not self.lazy:
                self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    lazy = False

    def start(self) -> None:
        """Start the server and wait until it answers."""
        try:
            self.begin()
            self.wait_ready()
        except BaseException:
            self.stop()
            raise

    def begin(self) -> None:
        """Spawn the server without waiting (the caller can launch Chromium meanwhile)."""
        self.port = free_port()
        self._spawn()

    def wait_ready(self) -> None:
        """Wait for /_stcore/health; respawn on another port if this one was taken."""
        for _attempt in range(3):
            state = self._wait_healthy()
            if state == "ok":
                return
            self.stop()
            if state != "port":
                break
            self.begin()
        raise BrowserError(f"the dashboard did not start: {self._log_tail()}")

    def _spawn(self) -> None:
        cmd = [
            sys.executable, "-m", "streamlit", "run", str(self.app),
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", "--server.runOnSave", "false",
            "--global.developmentMode", "false", "--client.toolbarMode", "minimal",
            *self.extra_args,
        ]
        env = dict(os.environ, CLAIMS_DB=str(self.db_path), PYTHONUNBUFFERED="1")
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                cmd, cwd=self.app.parent, env=env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def _wait_healthy(self) -> str:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                return "port" if "already in use" in self._log_tail() else "exited"
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return "ok"
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        return "timeout"

    def _log_tail(self, lines: int = 3) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return "no log"
        return " | ".join(text.splitlines()[-lines:]) or "no output"

    def stop(self) -> None:
        """Stop the whole process group: SIGTERM, then SIGKILL after 5 s."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # stray children of the group



# What "finished" means, evaluated in the page: the script ran to the end, no skeleton or
# spinner is left, every Plotly chart Streamlit placed has been drawn (its SVG exists; a
# map subplot's MapLibre map has loaded its style and tiles), and the report header is there.
READY_JS = """
(needHeader) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return {ready: false, reason: 'no Streamlit app yet'};
  const state = app.getAttribute('data-test-script-state');
  if (state !== 'notRunning') return {ready: false, reason: 'script ' + state};
  const body = document.querySelector('[data-testid="stMainBlockContainer"]');
  if (!body || body.childElementCount === 0) return {ready: false, reason: 'page empty'};
  if (document.querySelector('[data-testid="stSkeleton"]'))
    return {ready: false, reason: 'skeleton'};
  if (document.querySelector('[data-testid="stSpinner"]'))
    return {ready: false, reason: 'spinner'};
  if (needHeader && !document.querySelector('.kc-report-header'))
    return {ready: false, reason: 'report header missing'};
  const holders = document.querySelectorAll('[data-testid="stPlotlyChart"]');
  const plots = document.querySelectorAll('.js-plotly-plot');
  if (plots.length < holders.length) return {ready: false, reason: 'chart not mounted'};
  let maps = 0;
  for (const gd of plots) {
    if (!gd._fullLayout || !gd.querySelector('.main-svg'))
      return {ready: false, reason: 'chart not drawn'};
    const subplots = (gd._fullLayout._subplots || {});
    for (const kind of ['map', 'mapbox']) {
      for (const id of (subplots[kind] || [])) {
        const sp = gd._fullLayout[id] && gd._fullLayout[id]._subplot;
        const m = sp && sp.map;
        if (!m) return {ready: false, reason: 'map not created'};
        maps += 1;
        // Style and every source tile (our GeoJSON layers are tiled too) loaded. Not
        // m.loaded(): it also waits for a quiet render loop, which a re-layout (a viewport
        // resize for a full-page shot) can keep busy past any timeout.
        if (!(m.isStyleLoaded() && m.areTilesLoaded()))
          return {ready: false, reason: 'map loading', map: true};
      }
    }
  }
  const err = document.querySelector('[data-testid="stException"]');
  return {
    ready: true, reason: 'ready', plots: plots.length, maps: maps,
    error: err ? err.innerText.slice(0, 300) : null,
    signature: [document.body.getElementsByTagName('*').length, plots.length,
                body.scrollHeight].join('/'),
  };
}
"""


def wait_until_drawn(page: Any, label: str, timeout: float, need_header: bool = True,
                     settle: float = 0.3, poll: float = 0.05) -> dict[str, Any]:
    """Poll READY_JS until it holds with an unchanged page for `settle` seconds.

    The status returned has `ready_at`: the time.monotonic() at which the page first
    showed its final state (the start of the settled stretch), for timing a page load.
    """
    deadline = time.monotonic() + timeout
    stable_since, last_sig, status = None, None, {"reason": "not checked"}
    headerless_since = None
    while time.monotonic() < deadline:
        status = page.evaluate(READY_JS, need_header)
        if status.get("reason") == "report header missing":
            headerless_since = headerless_since or time.monotonic()
            if time.monotonic() - headerless_since > 5:
                shown = " ".join(str(page.evaluate(
                    "() => (document.querySelector('[data-testid=\"stMainBlockContainer\"]')"
                    " || document.body).innerText.slice(0, 120)")).split())
                raise BrowserError(f"page {label} has no report layout (app.py must call "
                                  "claims.report_layout.apply_report_layout; a sign-in "
                                  f"stops it too); the page shows: {shown!r}")
        else:
            headerless_since = None
        if status.get("ready"):
            if status["signature"] == last_sig and stable_since is not None:
                if time.monotonic() - stable_since >= settle:
                    return {**status, "ready_at": stable_since}
            else:
                last_sig, stable_since = status["signature"], time.monotonic()
        else:
            last_sig, stable_since = None, None
        time.sleep(poll)
    raise BrowserError(f"page {label} was not ready after {timeout:.0f} s "
                      f"(still waiting for: {status.get('reason')})")
