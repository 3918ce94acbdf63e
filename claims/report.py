"""Screenshot reports: `python -m claims report` (see docs/reports.md).

Starts the dashboard on a free local port (its own Streamlit server, in its own process
group, stopped by PID in a `finally` whatever happens), opens each chosen page in headless
Chromium with the filters and `report=<width>` in the URL, waits until Streamlit has
finished and every chart is drawn, and writes into --out:

- `<page>_<date>.png`, one full-page screenshot per page (format png or both);
- `kursk-claims-report_<date>.pdf`, a cover and one page per dashboard page with its
  source footnote, printed by the same Chromium from a generated HTML file (pdf or both);
- `kursk-claims-report_<date>.json`, the manifest: pages, files, sizes, filters and the
  database version, enough to reproduce the report;
- with --charts, `charts/<page>_<date>_chart<N>.png|svg`: each figure alone, rendered by
  kaleido in the same Chromium (BROWSER_PATH), or by plotly.js in that Chromium when
  kaleido is not installed.

Everything is written to a temporary folder inside --out and moved into place only once
the whole report has succeeded: a failed run leaves nothing behind.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlencode

from claims.browser import (
    CHROMIUM_ARGS,
    BrowserError,
    ChromiumNotFound,
    DashboardServer,
    find_chromium,
    wait_until_drawn,
)
from claims.paths import ROOT, database_path
from claims.report_layout import REPORT_PARAM, describe_data_as_of, describe_filters
from claims.store import ensure_database, needs_build

REPORT_NAME = "kursk-claims-report"
TITLE = "Kursk Claims: North Korean troops fighting for Russia"


@dataclass(frozen=True)
class PageSpec:
    name: str
    url_path: str  # "" for the default page
    title: str


PAGES: dict[str, PageSpec] = {
    spec.name: spec
    for spec in (
        PageSpec("overview", "", "Overview"),
        PageSpec("estimates", "estimates", "Estimates by source and date"),
        PageSpec("map", "map", "Kursk map"),
        PageSpec("timeline", "timeline", "Russia–DPRK timeline"),
        PageSpec("sources", "sources", "Sources"),
    )
}
FORMATS = ("png", "pdf", "both")

class ReportError(BrowserError):
    """A report could not be made; the message is one line for the user."""


# --- arguments ---------------------------------------------------------------------------

def parse_pages(text: str | None) -> list[str]:
    """The pages to shoot, in the order given ("all" or empty: every page)."""
    if text is None or text.strip().lower() in ("", "all"):
        return list(PAGES)
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in PAGES]
    if unknown or not names:
        raise ReportError(
            f"unknown page {', '.join(map(repr, unknown)) or repr(text)}: "
            f"choose from {', '.join(PAGES)} (comma-separated) or all"
        )
    return list(dict.fromkeys(names))


def _allowed_query_keys() -> tuple[str, ...]:
    from claims.filters import FILTER_KEYS, PAGE_PARAMS

    return tuple(FILTER_KEYS) + tuple(PAGE_PARAMS)


def parse_query(text: str | None) -> list[tuple[str, str]]:
    """The filters as URL pairs: "metric=killed&claimant=John Kirby" (a leading ? is fine)."""
    text = (text or "").strip()
    if text.startswith("?"):
        text = text[1:]
    if not text:
        return []
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=True)
    except ValueError as err:
        raise ReportError(f"malformed --query {text!r}: write key=value pairs joined by & "
                          f"({err})") from None
    allowed = _allowed_query_keys()
    for key, value in pairs:
        if key == REPORT_PARAM:
            raise ReportError(f"--query must not set '{REPORT_PARAM}': the report sets it")
        if key not in allowed:
            raise ReportError(f"unknown filter {key!r} in --query: use {', '.join(allowed)}")
        if not value.strip():
            raise ReportError(f"empty value for {key!r} in --query")
    return [(k, _url_metric(v) if k == "metric" else v) for k, v in pairs]


def _url_metric(value: str) -> str:
    """A metric as the dashboard's URL spells it (its label, "Killed"); codes are accepted."""
    from claims import filters

    labels = getattr(filters, "METRIC_LABELS", {})
    if value in labels and hasattr(filters, "METRIC_BY_LABEL"):
        return labels[value]
    return value


def _metric_code(value: str) -> str:
    from claims import filters

    return getattr(filters, "METRIC_BY_LABEL", {}).get(value, value)


def query_as_dict(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def check_query_against_database(pairs: Sequence[tuple[str, str]], db_path: Path) -> None:
    """Every filter value must exist in the database: a report never silently drops one."""
    from claims.filters import validate_url_params

    notices = validate_url_params(query_as_dict(pairs), filter_options(db_path))
    if notices:
        raise ReportError("--query: " + " ".join(notices))


def filter_options(db_path: Path) -> Any:
    from claims.db import run_query
    from claims.filters import FilterOptions

    bounds = run_query("filter_options_date_bounds", db_path)
    first = last = None
    if not bounds.empty:
        first, last = (_as_date(bounds.iloc[0][c]) for c in ("first_day", "last_day"))
    return FilterOptions(
        claimants=[str(c) for c in run_query("filter_options_claimants", db_path)["claimant"]],
        outlets=[str(o) for o in run_query("filter_options_outlets", db_path)["outlet"]],
        first_day=first,
        last_day=last,
    )


def _as_date(value: Any) -> date | None:
    if value is None or str(value) in ("NaT", "<NA>", "None", "nan"):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def filters_from_pairs(pairs: Sequence[tuple[str, str]]) -> SimpleNamespace:
    """A Filters-like object from the URL pairs (for descriptions and footnotes)."""
    q = query_as_dict(pairs)
    days = sorted(d for d in (_parse_day(v) for v in q.get("dates", [])[:2]) if d)
    return SimpleNamespace(
        date_from=days[0] if days else None,
        date_to=days[1] if len(days) > 1 else None,
        claimants=tuple(dict.fromkeys(q.get("claimant", []))),
        metrics=tuple(dict.fromkeys(_metric_code(m) for m in q.get("metric", []))),
        outlets=tuple(dict.fromkeys(q.get("outlet", []))),
    )


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


# --- Chromium ----------------------------------------------------------------------------

@contextlib.contextmanager
def _terminate_as_exception() -> Iterator[None]:
    """SIGTERM/SIGHUP raise SystemExit so that every `finally` (server stop) runs."""
    def handler(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    if sys.platform == "win32" or not _in_main_thread():
        yield
        return
    old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


# --- waiting for Streamlit and the charts --------------------------------------------------

# --- figures alone (--charts) ---------------------------------------------------------------

FIGURES_JS = """
() => {
  const plain = (v) => {
    if (ArrayBuffer.isView(v)) return Array.from(v);
    if (Array.isArray(v)) return v.map(plain);
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) { if (!k.startsWith('_')) out[k] = plain(x); }
      return out;
    }
    return v;
  };
  return Array.from(document.querySelectorAll('.js-plotly-plot')).map((gd) => ({
    data: plain(gd.data || []),
    layout: plain(gd.layout || {}),
    width: Math.round(gd._fullLayout.width),
    height: Math.round(gd._fullLayout.height),
  }));
}
"""


def _export_with_kaleido(figures: list[tuple[Path, dict[str, Any]]], chromium: str) -> None:
    import kaleido

    jobs = []
    for stem, fig in figures:
        spec = {"data": fig["data"], "layout": fig["layout"]}
        for fmt in ("png", "svg"):
            jobs.append({"fig": spec, "path": stem.with_suffix(f".{fmt}"),
                         "opts": {"format": fmt, "width": fig["width"], "height": fig["height"]}})
    old = os.environ.get("BROWSER_PATH")
    os.environ["BROWSER_PATH"] = chromium  # kaleido's Chromium: ours, never a download
    try:
        kaleido.write_fig_from_object_sync(
            jobs, kopts={"mathjax": False, "timeout": 60, "path": chromium},
            cancel_on_error=True,
        )
    except Exception as err:  # noqa: BLE001 - kaleido raises many kinds
        raise ReportError(f"kaleido could not render the charts: {err}") from None
    finally:
        if old is None:
            os.environ.pop("BROWSER_PATH", None)
        else:
            os.environ["BROWSER_PATH"] = old


def _export_with_plotlyjs(figures: list[tuple[Path, dict[str, Any]]], browser: Any) -> None:
    """Fallback without kaleido: plotly.js (shipped with plotly.py) in our Chromium.

    The page gets an http origin through a route (nothing leaves the browser): under
    about:blank or file:// MapLibre's worker never starts and map figures never draw.
    """
    import base64

    import plotly

    plotly_js = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_bytes()
    index = b"<!doctype html><html><head><script src='/plotly.min.js'></script></head>" \
            b"<body style='margin:0'><div id='fig'></div></body></html>"

    def serve(route: Any) -> None:
        if route.request.url.endswith("/plotly.min.js"):
            route.fulfill(body=plotly_js, content_type="text/javascript")
        else:
            route.fulfill(body=index, content_type="text/html")

    page = browser.new_page()
    try:
        page.route(f"{_CHARTS_ORIGIN}/**", serve)
        page.goto(f"{_CHARTS_ORIGIN}/index.html", wait_until="load")
        for stem, fig in figures:
            for fmt in ("png", "svg"):
                url = page.evaluate(_TO_IMAGE_JS, [fig, fmt])
                header, payload = url.split(",", 1)
                data = (base64.b64decode(payload) if ";base64" in header
                        else urllib.request.unquote(payload).encode("utf-8"))
                stem.with_suffix(f".{fmt}").write_bytes(data)
    finally:
        page.close()


_CHARTS_ORIGIN = "http://charts.invalid"
_TO_IMAGE_JS = """
async ([fig, fmt]) => {
  const gd = document.getElementById('fig');
  Plotly.purge(gd);
  await Plotly.newPlot(gd, fig.data, fig.layout, {staticPlot: true});
  return await Plotly.toImage(gd, {format: fmt, width: fig.width, height: fig.height});
}
"""


# --- the database facts ----------------------------------------------------------------------

def database_facts(db_path: Path) -> dict[str, Any]:
    """Summary counts, build info and a content hash: what the report was made from."""
    from claims.db import run_query

    summary = run_query("db_summary", db_path)
    build = run_query("build_info", db_path)
    row = {k: _jsonable(v) for k, v in summary.iloc[0].to_dict().items()} if len(summary) else {}
    digest = hashlib.sha256()
    with open(db_path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    stat = db_path.stat()
    return {
        "path": str(db_path),
        "sha256": digest.hexdigest(),
        "bytes": stat.st_size,
        "modified": datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds"),
        "build_info": {str(k): str(v) for k, v in zip(build["key"], build["value"], strict=True)},
        "summary": row,
    }


def _jsonable(value: Any) -> Any:
    if value is None or str(value) in ("NaT", "<NA>", "nan"):
        return None
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "isoformat"):
        return _jsonable(value.to_pydatetime()) if hasattr(value, "to_pydatetime") else str(value)
    return value


def _names(values: Sequence[str], limit: int = 8) -> str:
    values = [v for v in values if v]
    if len(values) <= limit:
        return ", ".join(values)
    return ", ".join(values[:limit]) + f" and {len(values) - limit} more"


def claims_sources(db_path: Path, filters: SimpleNamespace) -> dict[str, Any]:
    """Who said the filtered claims, where they were reported and when."""
    from claims.db import run_query

    df = run_query("export_claims", db_path)
    if filters.claimants:
        df = df[df["claimant"].isin(filters.claimants)]
    if filters.metrics:
        df = df[df["metric"].isin(filters.metrics)]
    if filters.outlets:
        df = df[df["outlet"].isin(filters.outlets)]
    days = df["said_on"].map(_as_date)
    if filters.date_from:
        df, days = df[days >= filters.date_from], days[days >= filters.date_from]
    if filters.date_to:
        df, days = df[days <= filters.date_to], days[days <= filters.date_to]
    dated = sorted(d for d in days if d is not None)
    return {
        "claims": int(len(df)),
        "claimants": list(df["claimant"].value_counts().index.astype(str)),
        "outlets": list(df["outlet"].dropna().value_counts().index.astype(str)),
        "first": dated[0].isoformat() if dated else None,
        "last": dated[-1].isoformat() if dated else None,
        "curated": int((df["origin"] == "curated").sum()),
    }


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def page_footnote(spec: PageSpec, sources: dict[str, Any], facts: dict[str, Any]) -> str:
    summary = facts.get("summary", {})
    if sources["claims"]:
        text = (f"Sources: {_n(sources['claims'], 'claim')} ({sources['curated']} curated) by "
                f"{_n(len(sources['claimants']), 'claimant')} "
                f"({_names(sources['claimants'])}), reported by "
                f"{_n(len(sources['outlets']), 'outlet')} ({_names(sources['outlets'])}), "
                f"said {sources['first'] or '?'} to {sources['last'] or '?'}.")
    else:
        text = "Sources: no claim matches the filters."
    if spec.name == "timeline":
        text += (f" Timeline: {summary.get('events', 0)} events from the curated Russia–DPRK "
                 "timeline (data/reference/russia_dprk_timeline.csv), each with its source.")
    elif spec.name == "map":
        text += (" Boundaries: Natural Earth; places: GeoNames and Wikipedia contributors "
                 "(data/reference/GEO_README.md).")
    elif spec.name == "sources":
        text += f" {_n(int(summary.get('articles') or 0), 'article')} in the database."
    return text + " Database: Kursk Claims (queries/*.sql)."


# --- the report -------------------------------------------------------------------------------

@dataclass
class ReportOptions:
    out: Path
    pages: list[str] = field(default_factory=lambda: list(PAGES))
    query: list[tuple[str, str]] = field(default_factory=list)
    format: str = "both"
    width: int = 1400
    charts: bool = False
    db_path: Path | None = None
    app: Path = ROOT / "app.py"
    timeout: float = 60.0
    quiet: bool = False


@dataclass
class Shot:
    spec: PageSpec
    url: str
    png: Path
    size: tuple[int, int]
    footnote: str
    charts: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    alerts: list[str] = field(default_factory=list)
    chart_boxes: list[list[int]] = field(default_factory=list)  # x, y, width, height in px


_T0 = time.monotonic()


def _say(options: ReportOptions, line: str) -> None:
    if not options.quiet:
        print(f"[{time.monotonic() - _T0:5.1f}s] {line}" if os.environ.get("CLAIMS_REPORT_DEBUG")
              else line, flush=True)


def _debug(line: str) -> None:
    if os.environ.get("CLAIMS_REPORT_DEBUG"):
        print(f"[{time.monotonic() - _T0:5.1f}s]   {line}", flush=True)


def _prepare_out(out: Path) -> tuple[Path, bool]:
    """Create --out if needed and a private temporary folder inside it."""
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(prefix=".report-", dir=out))
    except OSError as err:
        raise ReportError(f"cannot write to the output folder {out}: "
                          f"{err.strerror or err}") from None
    return temp, created


def make_report(options: ReportOptions) -> dict[str, Any]:
    """Make the report; returns the manifest. Raises ReportError with a one-line reason."""
    started = time.monotonic()
    if options.format not in FORMATS:
        raise ReportError(f"unknown --format {options.format!r}: use png, pdf or both")
    if not 600 <= options.width <= 3000:
        raise ReportError(f"--width must be between 600 and 3000 pixels, not {options.width}")
    for name in options.pages:
        if name not in PAGES:
            raise ReportError(f"unknown page {name!r}: choose from {', '.join(PAGES)}")
    db_path = database_path(options.db_path)
    if not db_path.is_file():
        raise ReportError(f"no database at {db_path} (run: python -m claims build)")
    if needs_build(db_path):  # built for an older schema: bring it up first, as the app does
        ensure_database(db_path)
    if not options.app.is_file():
        raise ReportError(f"no dashboard at {options.app}")
    check_query_against_database(options.query, db_path)
    chromium = find_chromium()
    facts = database_facts(db_path)
    out = options.out
    temp, created = _prepare_out(out)
    ok = False
    try:
        with _terminate_as_exception():
            manifest = _make_in(temp, options, db_path, chromium, facts, started)
        final = _move_into_place(temp, out, manifest)
        ok = True
        return final
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        if not ok and created:
            with contextlib.suppress(OSError):
                out.rmdir()  # only if empty: it was ours


def _make_in(temp: Path, options: ReportOptions, db_path: Path, chromium: str,
             facts: dict[str, Any], started: float) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    made_at = datetime.now(UTC).replace(microsecond=0)
    stamp = made_at.strftime("%Y-%m-%dT%H%M%SZ")  # a second report never replaces the first
    filters = filters_from_pairs(options.query)
    sources = claims_sources(db_path, filters)
    shots: list[Shot] = []
    chart_jobs: list[tuple[Path, dict[str, Any]]] = []
    renderer = None
    server = DashboardServer(options.app, db_path, temp / "streamlit.log", timeout=options.timeout)
    server.lazy = True  # Chromium starts while the server boots
    _say(options, "starting the dashboard")
    with server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True,
                                     args=list(CHROMIUM_ARGS))
        chromium_version = browser.version
        try:
            server.wait_ready()
            pid = server.proc.pid if server.proc else "?"
            _say(options, f"dashboard started on {server.url} (pid {pid})")
            context = browser.new_context(
                viewport={"width": options.width, "height": 900}, device_scale_factor=1,
                color_scheme="light", reduced_motion="reduce", locale="en-GB",
                timezone_id="UTC",
            )
            # Offline by construction: anything not from our server fails at once instead
            # of hanging (a pending request keeps MapLibre's map "loading" for ever).
            context.route(lambda url: url.startswith(("http://", "https://"))
                          and not url.startswith(server.url), lambda route: route.abort())
            shots = _shoot_pages(context, server.url, options, temp, stamp, sources, facts)
            if options.charts:
                (temp / "charts").mkdir()
                for shot in shots:
                    for n, fig in enumerate(shot.charts, start=1):
                        stem = temp / "charts" / f"{shot.spec.name}_{stamp}_chart{n}"
                        chart_jobs.append((stem, fig))
            if options.format in ("pdf", "both"):
                pdf = temp / f"{REPORT_NAME}_{stamp}.pdf"
                _write_pdf(context, pdf, shots, options, facts, made_at, temp)
                _say(options, f"report: {pdf.name} ({1 + len(shots)} pages)")
            if chart_jobs and not _kaleido_available():
                _export_with_plotlyjs(chart_jobs, browser)  # fallback: no kaleido installed
                renderer = "plotly.js"
        finally:
            browser.close()
    if chart_jobs and renderer is None:
        _export_with_kaleido(chart_jobs, chromium)
        renderer = "kaleido"
    return _manifest(temp, options, shots, facts, made_at, stamp, chromium, chromium_version,
                     chart_jobs, renderer, started)


def _kaleido_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("kaleido") is not None


def _page_url(base: str, spec: PageSpec, options: ReportOptions) -> str:
    query = urlencode([*options.query, (REPORT_PARAM, str(options.width))])
    return f"{base}/{spec.url_path}?{query}"


def _shoot_pages(context: Any, base: str, options: ReportOptions, temp: Path, stamp: str,
                 sources: dict[str, Any], facts: dict[str, Any]) -> list[Shot]:
    """Shoot the pages one after the other in one tab (on a small machine, parallel tabs
    only compete for the CPU). Until app.py has run once, a fresh Streamlit server serves a
    deep link such as /map from pages/ alone, without app.py: so the overview comes first,
    or is loaded once to warm the server up when it is not in the report."""
    tab = context.new_page()
    shots = []
    try:
        if "overview" not in options.pages:
            tab.goto(_page_url(base, PAGES["overview"], options), wait_until="commit",
                     timeout=options.timeout * 1000)
            wait_until_drawn(tab, "overview", options.timeout, settle=0.0)
        order = sorted(options.pages, key=lambda n: n != "overview")
        for name in order:
            opened = time.monotonic()
            tab.set_viewport_size({"width": options.width, "height": 900})
            tab.goto(_page_url(base, PAGES[name], options), wait_until="commit",
                     timeout=options.timeout * 1000)
            shots.append(_shoot(tab, PAGES[name], opened, base, options, temp, stamp,
                                sources, facts))
    finally:
        tab.close()
    by_name = {shot.spec.name: shot for shot in shots}
    return [by_name[name] for name in options.pages]


def _shoot(tab: Any, spec: PageSpec, opened: float, base: str, options: ReportOptions,
           temp: Path, stamp: str, sources: dict[str, Any], facts: dict[str, Any]) -> Shot:
    status = wait_until_drawn(tab, spec.name, options.timeout)
    _debug(f"{spec.name}: drawn after {time.monotonic() - opened:.2f}s")
    if status.get("error"):
        raise ReportError(f"page {spec.name} shows an error: "
                          f"{' '.join(status['error'].split())[:200]}")
    height = int(tab.evaluate(
        "() => Math.ceil(Math.max(document.documentElement.scrollHeight,"
        " document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight))"))
    tab.set_viewport_size({"width": options.width, "height": max(300, min(height, 30000))})
    status = wait_until_drawn(tab, spec.name, options.timeout, settle=0.25)
    _debug(f"{spec.name}: resized and drawn after {time.monotonic() - opened:.2f}s")
    png = temp / f"{spec.name}_{stamp}.png"
    tab.screenshot(path=str(png), full_page=True, animations="disabled", caret="hide",
                   timeout=options.timeout * 1000)
    size = _png_size(png)
    _debug(f"{spec.name}: shot after {time.monotonic() - opened:.2f}s")
    charts = tab.evaluate(FIGURES_JS) if options.charts else []
    boxes = tab.evaluate(
        "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => {"
        " const r = gd.getBoundingClientRect();"
        " return [Math.round(r.left + window.scrollX), Math.round(r.top + window.scrollY),"
        "         Math.round(r.width), Math.round(r.height)]; })")
    warnings = tab.evaluate(
        "() => Array.from(document.querySelectorAll('[data-testid=\"stAlert\"]'))"
        ".map(a => a.innerText.trim()).filter(Boolean)")
    shot = Shot(spec, _page_url(base, spec, options), png, size,
                page_footnote(spec, sources, facts), charts,
                round(time.monotonic() - opened, 2), warnings, boxes)
    _say(options, f"{spec.name}: {png.name} ({size[0]}×{size[1]}, "
                  f"{status.get('plots', 0)} charts)")
    return shot


def _png_size(path: Path) -> tuple[int, int]:
    with open(path, "rb") as fh:
        head = fh.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ReportError(f"{path.name} is not a PNG")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


# --- the PDF --------------------------------------------------------------------------------------

PAGE_W_MM, MARGIN_MM = 297.0, 12.0
COVER_H_MM = 210.0


def _pdf_html(shots: Sequence[Shot], options: ReportOptions, facts: dict[str, Any],
              made_at: datetime) -> str:
    e = html.escape
    summary = facts.get("summary", {})
    build = facts.get("build_info", {})
    filters = filters_from_pairs(options.query)
    query = urlencode(options.query)
    rows = [
        ("Articles", summary.get("articles")),
        ("Claims", f"{summary.get('claims')} ({summary.get('extracted_claims')} extracted from "
                   f"articles, {summary.get('curated_claims')} curated)"),
        ("Claimants / outlets", f"{summary.get('claimants')} / {summary.get('outlets')}"),
        ("Timeline events", summary.get("events")),
        ("Claims made", f"{summary.get('first_said_on')} to {summary.get('last_said_on')}"),
        ("Newest source date", summary.get("last_said_on")),
        ("Database built", f"{build.get('built_at', '?')} (schema "
                           f"{build.get('schema_version', '?')}, extractor "
                           f"{build.get('extractor', '?')})"),
        ("Database file", f"{Path(facts['path']).name}, sha256 {facts['sha256'][:16]}…"),
    ]
    table = "".join(f"<tr><th>{e(str(k))}</th><td>{e(str(v))}</td></tr>" for k, v in rows)
    contents = "".join(f"<li>{e(s.spec.title)} <span class='muted'>({e(s.png.name)})</span></li>"
                       for s in shots)
    query_code = f" · <code>?{e(query)}</code>" if query else ""
    usable_w = PAGE_W_MM - 2 * MARGIN_MM
    styles = [
        f"@page cover {{ size: {PAGE_W_MM}mm {COVER_H_MM}mm; margin: 0; }}",
    ]
    sections = []
    for i, shot in enumerate(shots):
        w, h = shot.size
        img_h = usable_w * h / w
        page_h = max(COVER_H_MM, img_h + 2 * MARGIN_MM + 34)
        styles.append(f"@page p{i} {{ size: {PAGE_W_MM}mm {page_h:.1f}mm; margin: 0; }}")
        sections.append(
            f"<section class='shot' style='page: p{i}; height: {page_h - 0.5:.1f}mm'>"
            f"<h2>{e(shot.spec.title)}</h2>"
            f"<img src='{e(shot.png.name)}' style='width: {usable_w}mm; height: {img_h:.1f}mm'>"
            f"<p class='foot'>{e(shot.footnote)}<br><span class='muted'>Page {i + 2} · "
            f"{e(shot.url.split('?', 1)[0].rsplit('/', 1)[-1] or 'overview')}"
            f"{'?' + e(query) if query else ''} · screenshot {w}×{h} px</span></p></section>"
        )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(TITLE)}</title>
<style>
{chr(10).join(styles)}
html, body {{ margin: 0; padding: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial,
  sans-serif; color: #1f2330; }}
section {{ box-sizing: border-box; padding: {MARGIN_MM}mm; break-after: page; overflow: hidden; }}
section:last-child {{ break-after: auto; }}
.cover {{ page: cover; height: {COVER_H_MM - 0.5}mm; }}
h1 {{ font-size: 24pt; margin: 6mm 0 2mm 0; }}
h2 {{ font-size: 14pt; margin: 0 0 3mm 0; }}
.sub {{ font-size: 12pt; color: #4b5060; margin: 0 0 8mm 0; }}
table {{ border-collapse: collapse; font-size: 10.5pt; margin-bottom: 6mm; }}
th {{ text-align: left; padding: 1.2mm 6mm 1.2mm 0; color: #4b5060; font-weight: 600; }}
td {{ padding: 1.2mm 0; }}
.filters {{ font-size: 11pt; margin: 0 0 5mm 0; }}
.muted {{ color: #6b7080; }}
ul {{ font-size: 10.5pt; margin: 0; }}
img {{ display: block; border: 0.3mm solid #d0d4dc; }}
.foot {{ font-size: 8.5pt; line-height: 1.4; color: #3d4250; margin: 3mm 0 0 0; }}
.coverfoot {{ font-size: 8.5pt; color: #6b7080; margin-top: 8mm; }}
</style></head><body>
<section class="cover">
<h1>{e(TITLE)}</h1>
<p class="sub">Screenshot report of the Kursk Claims dashboard · made
{e(made_at.strftime('%Y-%m-%d %H:%M'))} UTC</p>
<h2>Database</h2><table>{table}</table>
<h2>Filters</h2>
<p class="filters">{e(describe_filters(filters))}{query_code}</p>
<p class="filters">Data as of: {e(describe_data_as_of(summary, build))}</p>
<h2>Pages</h2><ul>{contents}</ul>
<p class="coverfoot">Every figure traces back to the words that state it: each claim in the
database keeps its claimant, outlet, date and verbatim quote. Made with
<code>python -m claims report</code>; the manifest beside this file lists the files, the
filters and the database version needed to make it again.</p>
</section>
{''.join(sections)}
</body></html>"""


def _write_pdf(context: Any, pdf: Path, shots: Sequence[Shot], options: ReportOptions,
               facts: dict[str, Any], made_at: datetime, temp: Path) -> None:
    doc = temp / "report.html"
    doc.write_text(_pdf_html(shots, options, facts, made_at), encoding="utf-8")
    page = context.new_page()
    try:
        page.goto(doc.as_uri(), wait_until="load")
        page.evaluate("() => Promise.all(Array.from(document.images).map(i => i.decode()))")
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), print_background=True, prefer_css_page_size=True)
    finally:
        page.close()
        doc.unlink(missing_ok=True)


# --- manifest and moving into place ------------------------------------------------------------

def _manifest(temp: Path, options: ReportOptions, shots: Sequence[Shot], facts: dict[str, Any],
              made_at: datetime, stamp: str, chromium: str, chromium_version: str,
              chart_jobs: Sequence[tuple[Path, dict[str, Any]]], renderer: str | None,
              started: float) -> dict[str, Any]:
    from claims import __version__

    keep_png = options.format in ("png", "both")
    files: list[dict[str, Any]] = []
    pages = []
    for shot in shots:
        entry: dict[str, Any] = {
            "page": shot.spec.name, "title": shot.spec.title, "url_path": "/" + shot.spec.url_path,
            "query": urlencode([*options.query, (REPORT_PARAM, str(options.width))]),
            "width": shot.size[0], "height": shot.size[1], "footnote": shot.footnote,
            "seconds": shot.seconds, "charts": len(shot.chart_boxes),
            "chart_boxes": shot.chart_boxes, "alerts": shot.alerts,
        }
        if keep_png:
            entry["png"] = shot.png.name
            files.append(_file_entry(temp, shot.png, "png", shot.spec.name))
        else:
            shot.png.unlink()
        pages.append(entry)
    pdf = temp / f"{REPORT_NAME}_{stamp}.pdf"
    if pdf.exists():
        files.append(_file_entry(temp, pdf, "pdf", None, pages=1 + len(shots)))
    for stem, _fig in chart_jobs:
        page_name = stem.name.split("_", 1)[0]
        for fmt in ("png", "svg"):
            path = stem.with_suffix(f".{fmt}")
            if not path.is_file() or path.stat().st_size == 0:
                raise ReportError(f"chart {path.name} was not written")
            files.append(_file_entry(temp, path, f"chart-{fmt}", page_name))
    cmd = ["python", "-m", "claims", "report", "--out", str(options.out),
           "--pages", ",".join(options.pages), "--format", options.format,
           "--width", str(options.width)]
    if options.query:
        cmd += ["--query", urlencode(options.query)]
    if options.charts:
        cmd.append("--charts")
    manifest = {
        "report": REPORT_NAME,
        "title": TITLE,
        "made_at": made_at.isoformat(),
        "made_with": {"claims": __version__, "chromium": chromium,
                      "chromium_version": chromium_version, "chart_renderer": renderer},
        "command": cmd,
        "filters": {"query": urlencode(options.query), "pairs": [list(p) for p in options.query],
                    "description": describe_filters(filters_from_pairs(options.query))},
        "width": options.width,
        "format": options.format,
        "database": facts,
        "pages": pages,
        "files": files,
        "seconds": round(time.monotonic() - started, 2),
    }
    path = temp / f"{REPORT_NAME}_{stamp}.json"
    manifest["manifest"] = path.name
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n",
                    encoding="utf-8")
    return manifest


def _file_entry(temp: Path, path: Path, kind: str, page: str | None,
                **extra: Any) -> dict[str, Any]:
    data = path.read_bytes()
    entry = {"file": path.relative_to(temp).as_posix(), "kind": kind, "page": page,
             "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    entry.update(extra)
    return entry


def _move_into_place(temp: Path, out: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """Move the finished files from the temporary folder into --out (manifest last)."""
    for name in [*(f["file"] for f in manifest["files"]), manifest["manifest"]]:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp / name, target)
    return manifest


# --- command line ---------------------------------------------------------------------------

def add_report_parser(commands: Any) -> argparse.ArgumentParser:
    """Register `report` on the CLI's subparsers."""
    parser = commands.add_parser(
        "report", help="screenshot report of the dashboard: PNG per page, PDF, manifest",
        description="Start the dashboard on a free local port, open each page in headless "
                    "Chromium and write PNG screenshots, a PDF and a JSON manifest.")
    parser.add_argument("--db", help="database file (default: $CLAIMS_DB or data/claims.duckdb)")
    parser.add_argument("--out", type=Path, default=Path("reports"),
                        help="output folder (default: reports)")
    parser.add_argument("--pages", default="all",
                        help=f"comma-separated pages: {','.join(PAGES)} (default: all)")
    parser.add_argument("--query", default="",
                        help="dashboard filters as in the URL, "
                             'e.g. "metric=killed&claimant=John Kirby"')
    parser.add_argument("--format", default="both", help="png, pdf or both (default: both)")
    parser.add_argument("--width", type=int, default=1400,
                        help="page width in pixels (default: 1400)")
    parser.add_argument("--charts", action="store_true",
                        help="also write each chart alone as PNG and SVG (kaleido)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for the server and for each page (default: 60)")
    return parser


def cmd_report(args: argparse.Namespace) -> int:
    try:
        options = ReportOptions(
            out=args.out, pages=parse_pages(args.pages), query=parse_query(args.query),
            format=args.format, width=args.width, charts=args.charts,
            db_path=Path(args.db) if args.db else None, timeout=args.timeout,
        )
        manifest = make_report(options)
    except BrowserError as err:  # ReportError, ChromiumNotFound, a server that won't start
        print(f"error: {err}", file=sys.stderr)
        return 3 if isinstance(err, ChromiumNotFound) else 2
    except (KeyboardInterrupt, SystemExit):
        print("error: interrupted; the dashboard was stopped and nothing was written",
              file=sys.stderr)
        raise
    print(f"wrote {len(manifest['files']) + 1} files to {args.out} "
          f"(manifest {manifest['manifest']}) in {manifest['seconds']:.1f} s")
    return 0
