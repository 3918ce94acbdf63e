"""Deterministic synthetic data for the benchmarks (bench/run.py).

Two generators, both seeded and reproducible byte for byte:

* `make_articles(n, seed, out_dir)` writes n news-style articles (front matter + body, the
  format `python -m claims build` reads) and `expected_claims.json` beside them: for each
  file, the claims it states with their exact quotes and offsets in the body.
* `make_database(path, n_claims, n_articles, seed)` writes a claims database of that size
  with DuckDB itself: the schema from queries/schema.sql, the curated reference data, then
  one `INSERT … SELECT` per table from `range()`, every column derived from md5 hashes of
  (seed, row number). No Python loop touches a row. Every column the dashboard reads is
  filled, and the provenance invariant holds: documents.text[char_start:char_end] == quote
  (offsets are 0-based, Python-style; all generated text is ASCII).

Spread (see bench/README.md): 50 claimants (skewed: a few speak most), 200 outlets, all
eight metrics, two years of dates (2024-10-01 .. 2026-09-30), places from the gazetteer
on ~65 % of claims, ranges ~10 % and vague figures ~8 %, and ~25 % of claims restating a
statement another article already carried (shared statement_key).

Run alone: python bench/synth.py db /tmp/claims_1m.duckdb --claims 1000000
           python bench/synth.py articles /tmp/articles_10k --n 10000
"""

# ruff: noqa: S608  (SQL is assembled from this file's own constants and integers only)
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claims.claimants import REGISTRY  # noqa: E402
from claims.paths import QUERIES_DIR, REFERENCE_DIR  # noqa: E402

START = date(2024, 10, 1)
DAYS = 730  # two years of dates
SYNTH_EXTRACTOR = "synth@bench"

# --- dimensions --------------------------------------------------------------

N_CLAIMANTS = 50
# More claimants on top of the registered ones (claims.claimants.REGISTRY): 50 in all.
EXTRA_CLAIMANTS: tuple[tuple[str, str, str], ...] = (
    ("Russian Ministry of Defence", "RU", "Russian defence ministry"),
    ("General Staff of the Armed Forces of Ukraine", "UA", "Ukrainian military command"),
    ("Oleksandr Syrskyi", "UA", "Commander-in-Chief of Ukraine's Armed Forces"),
    ("Andriy Yermak", "UA", "Head of the Office of the President of Ukraine"),
    ("Rustem Umerov", "UA", "Defence Minister of Ukraine"),
    ("Andrii Sybiha", "UA", "Foreign Minister of Ukraine"),
    ("Yoon Suk Yeol", "KR", "President of South Korea"),
    ("Lee Seong-kweun", "KR", "South Korean lawmaker, intelligence committee"),
    ("Park Sun-won", "KR", "South Korean lawmaker, intelligence committee"),
    ("South Korea's Ministry of National Defense", "KR", "South Korean defence ministry"),
    ("South Korea's Unification Ministry", "KR", "South Korean ministry"),
    ("Lloyd Austin", "US", "US Secretary of Defense"),
    ("Jake Sullivan", "US", "US National Security Adviser"),
    ("Matthew Miller", "US", "US State Department spokesperson"),
    ("Linda Thomas-Greenfield", "US", "US Ambassador to the UN"),
    ("Mark Rutte", "other", "NATO Secretary General"),
    ("NATO officials (anonymous)", "other", "Anonymous NATO officials"),
    ("Estonian Foreign Intelligence Service", "EE", "Estonian intelligence"),
    ("Lithuanian military intelligence", "LT", "Lithuanian intelligence"),
    ("Japanese Ministry of Defense", "JP", "Japanese defence ministry"),
    ("Kursk regional governor", "RU", "Governor of Kursk Oblast"),
    ("Dmitry Peskov", "RU", "Kremlin spokesperson"),
    ("Maria Zakharova", "RU", "Russian Foreign Ministry spokesperson"),
    ("Russian war bloggers", "RU", "Pro-Kremlin military bloggers"),
    ("Institute for the Study of War", "US", "Washington think tank"),
    ("Royal United Services Institute", "GB", "London think tank"),
    ("Ukrainian Ground Forces", "UA", "Ukrainian army command"),
    ("Ukrainian 80th Air Assault Brigade", "UA", "Ukrainian brigade"),
    ("Ukrainian Air Assault Forces", "UA", "Ukrainian airborne command"),
    ("Ukrainian border guards", "UA", "State Border Guard Service of Ukraine"),
    ("Kim Jong Un", "KP", "Leader of North Korea"),
    ("Rodong Sinmun", "KP", "North Korean party newspaper"),
    ("Defense Intelligence Agency", "US", "US military intelligence"),
    ("Ukrainian officials (anonymous)", "UA", "Anonymous Ukrainian officials"),
    ("Western intelligence (anonymous)", "other", "Anonymous Western intelligence officials"),
)

_OUTLET_FIRST = (
    "Kyiv", "Seoul", "Daily", "Global", "Euro", "Pacific", "Atlantic", "Capital", "Eastern",
    "Northern", "Frontline", "Baltic", "Korea", "Asia", "Morning", "Evening", "National",
    "Metro", "Union", "Harbor",
)
_OUTLET_SECOND = (
    "Post", "Herald", "Wire", "Times", "Observer", "Tribune", "Independent", "Monitor",
    "Journal", "Review",
)
OUTLETS: tuple[str, ...] = tuple(f"{a} {b}" for a in _OUTLET_FIRST for b in _OUTLET_SECOND)

# Share of claims per metric (sums to 1) and the largest plausible figure for each.
METRIC_SHARE = {
    "killed": 0.22, "wounded": 0.14, "killed_or_wounded": 0.18, "casualties": 0.14,
    "captured": 0.08, "missing": 0.05, "suicides": 0.03, "deployed": 0.16,
}
METRIC_MAX = {
    "killed": 5000, "wounded": 8000, "killed_or_wounded": 12000, "casualties": 12000,
    "captured": 40, "missing": 500, "suicides": 60, "deployed": 15000,
}
METRIC_VERB = {
    "killed": "had been killed",
    "wounded": "had been wounded",
    "killed_or_wounded": "had been killed or wounded",
    "casualties": "had become casualties",
    "captured": "had been taken prisoner",
    "missing": "were missing",
    "suicides": "had taken their own lives",
    "deployed": "had been deployed",
}
# Qualifier shares: ranges ~10 %, vague ~8 %.
QUALIFIER_SHARE = {
    "exactly": 0.22, "about": 0.22, "at_least": 0.10, "more_than": 0.20, "up_to": 0.08,
    "range": 0.10, "vague": 0.08,
}
VAGUE_WORDS = ("several", "some", "dozens of", "hundreds of", "many", "a number of")
PERIODS = (
    ("in the past week", 7), ("over three days", 3), ("since October", None),
    ("in the past month", 30), ("over the weekend", 2), ("since the start of the year", None),
)
FILLERS = (
    "Fighting continued along the front line, according to people familiar with the matter.",
    "The claim could not be independently verified.",
    "Moscow and Pyongyang have not commented on the figures.",
    "Analysts said the toll was likely to rise as assaults continued.",
    "The troops were reported to be operating in small assault groups.",
    "Satellite images showed new positions near the border.",
    "Officials cautioned that the estimate was preliminary.",
    "The figure was higher than a previous estimate.",
    "Drone footage released on Telegram appeared to show the fighting.",
    "Seoul has repeatedly called for the withdrawal of the troops.",
    "The two countries signed a mutual defence pact in June 2024.",
    "Russian forces have launched a counteroffensive in the region.",
)
EVENT_SENTENCES = (
    ("Officials from Moscow and Pyongyang met to discuss military cooperation on", "diplomacy"),
    ("A new shipment of North Korean artillery shells was reported on", "arms_transfer"),
    ("Another contingent of North Korean troops arrived in Russia on", "deployment"),
    ("Heavy fighting involving North Korean units was reported on", "combat"),
    ("The two governments issued a joint statement on", "statement"),
)
DATELINES = ("KYIV", "SEOUL", "WASHINGTON", "LONDON", "MOSCOW", "BRUSSELS", "TOKYO")


def claimant_table() -> list[tuple[str, str, str, str]]:
    """(name, country, role, attribution) for the 50 claimants, most prolific first."""
    rows = [(c.name, c.country, c.role or "") for c in REGISTRY]
    names = {n.lower() for n, _, _ in rows}
    rows += [row for row in EXTRA_CLAIMANTS if row[0].lower() not in names]
    rows = rows[:N_CLAIMANTS]
    return [(n, c, r, "anonymous" if "anonymous" in n.lower() else "named") for n, c, r in rows]


def _cumulative(shares: dict[str, float]) -> list[tuple[str, float]]:
    out, acc = [], 0.0
    for key, share in shares.items():
        acc += share
        out.append((key, acc))
    out[-1] = (out[-1][0], 1.01)
    return out


def _case(u: str, shares: dict[str, float]) -> str:
    """SQL CASE picking a key of `shares` from a uniform u in [0, 1)."""
    arms = " ".join(f"WHEN {u} < {acc:.4f} THEN '{key}'" for key, acc in _cumulative(shares))
    return f"CASE {arms} END"


def _sql_list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


# --- the database --------------------------------------------------------------

def make_database(
    path: str | Path, n_claims: int = 1_000_000, n_articles: int = 100_000, seed: int = 7
) -> dict[str, int]:
    """Write a synthetic claims database at `path` (replaced if present); returns row counts.

    `n_claims` counts every claim, curated reference claims included.
    """
    from claims.store import SCHEMA_VERSION, load_reference

    path = Path(path)
    for stale in (path, Path(f"{path}.wal")):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        con.execute("SET preserve_insertion_order = true")
        con.execute((QUERIES_DIR / "schema.sql").read_text(encoding="utf-8"))
        load_reference(con, REFERENCE_DIR)
        n_curated = con.execute("SELECT count(*) FROM claims").fetchall()[0][0]
        n_gen = max(0, n_claims - n_curated)
        _fill(con, n_gen, max(1, n_articles), seed)
        _build_hooks(con)
        facts = {
            "built_at": "synthetic", "schema_version": SCHEMA_VERSION,
            "extractor": SYNTH_EXTRACTOR, "synth_seed": str(seed),
            "synth_claims": str(n_claims), "synth_articles": str(n_articles),
        }
        con.executemany("INSERT OR REPLACE INTO build_info VALUES (?, ?)", list(facts.items()))
        con.execute("CHECKPOINT")
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
            for t in ("documents", "claims", "events", "places")
        }
    finally:
        con.close()
    return counts


def _build_hooks(con: duckdb.DuckDBPyConnection) -> None:
    """Derived tables the real build creates (summaries, indexes), if claims.store has any.

    The benchmark must measure what a real build produces, so whatever the build adds
    after loading rows is applied here too, through the build's own function.
    """
    import claims.store as store

    for name in ("create_derived_tables", "build_summaries", "create_summaries",
                 "finalize_database", "create_indexes"):
        hook = getattr(store, name, None)
        if callable(hook):
            hook(con)


def _fill(con: duckdb.DuckDBPyConnection, n: int, n_docs: int, seed: int) -> None:
    claimants = claimant_table()
    n_claimants = len(claimants)
    con.execute("CREATE TEMP TABLE s_claimant (ix INTEGER, name VARCHAR, country VARCHAR, "
                "role VARCHAR, attribution VARCHAR)")
    con.executemany("INSERT INTO s_claimant VALUES (?, ?, ?, ?, ?)",
                    [(i, *row) for i, row in enumerate(claimants)])
    con.execute("CREATE TEMP TABLE s_outlet AS SELECT (i - 1)::INTEGER AS ix, o AS outlet "
                f"FROM (SELECT unnest({_sql_list(OUTLETS)}) AS o, "
                "generate_subscripts(" + _sql_list(OUTLETS) + ", 1) AS i)")
    con.execute("CREATE TEMP TABLE s_place AS SELECT (row_number() OVER (ORDER BY rowid) - 1)"
                "::INTEGER AS ix, place_id, name FROM places")
    n_places = con.execute("SELECT count(*) FROM s_place").fetchall()[0][0]
    n_stmt = max(1, round(n * 0.75))
    per_day = n_docs / DAYS
    vague = _sql_list(VAGUE_WORDS)
    fillers = _sql_list(FILLERS)
    periods = _sql_list([p for p, _ in PERIODS])
    period_days = "[" + ", ".join("NULL" if d is None else str(d) for _, d in PERIODS) + "]"
    metric_max = "MAP {" + ", ".join(f"'{m}': {v}" for m, v in METRIC_MAX.items()) + "}"
    metric_verb = "MAP {" + ", ".join(f"'{m}': '{v}'" for m, v in METRIC_VERB.items()) + "}"
    datelines = _sql_list(DATELINES)
    S = int(seed)

    # 16-bit fields of a 128-bit md5: u(h, k) is uniform in [0, 1).
    con.execute("CREATE TEMP MACRO u16(h, k) AS (((h >> (16 * k)::UHUGEINT) & 65535::UHUGEINT)"
                "::DOUBLE / 65536.0)")
    con.execute("CREATE TEMP MACRO u32(h, k) AS (((h >> (32 * k)::UHUGEINT) & "
                "4294967295::UHUGEINT)::DOUBLE / 4294967296.0)")

    # 1. Statements: who said which figure about what, when, where.
    con.execute(f"""
        CREATE TEMP TABLE s_stmt AS
        WITH h AS (
            SELECT range AS s,
                   md5_number('{S}:stmt:' || range) AS h1,
                   md5_number('{S}:stmt2:' || range) AS h2
            FROM range({n_stmt})
        ), base AS (
            SELECT s,
                   LEAST({n_claimants - 1}, floor({n_claimants} * pow(u16(h1, 0), 2.2)))
                       ::INTEGER AS claimant_ix,
                   {_case('u16(h1, 1)', METRIC_SHARE)} AS metric,
                   {_case('u16(h1, 2)', QUALIFIER_SHARE)} AS qualifier,
                   u16(h1, 3) AS u_value,
                   u16(h1, 4) AS u_spread,
                   -- more claims in the first winter of fighting, a long tail after
                   LEAST({DAYS - 1}, floor({DAYS} * pow(u16(h1, 5), 1.6)))::INTEGER AS day,
                   u16(h1, 6) AS u_prec,
                   CASE WHEN u16(h1, 7) < 0.65
                        THEN LEAST({n_places - 1}, floor({n_places} * pow(u16(h2, 0), 2.5)))
                   END::INTEGER AS place_ix,
                   CASE WHEN u16(h2, 1) < 0.3 THEN 1 + floor(u16(h2, 2) * {len(PERIODS)})
                   END::INTEGER AS period_ix,
                   1 + floor(u16(h2, 3) * {len(VAGUE_WORDS)})::INTEGER AS vague_ix,
                   u16(h2, 4) AS u_conf,
                   u16(h2, 5) < 0.08 AS relayed
            FROM h
        ), vals AS (
            SELECT *,
                   GREATEST(1, round(({metric_max})[metric] * pow(u_value, 3)))::BIGINT AS raw
            FROM base
        ), rounded AS (
            SELECT *,
                   CASE WHEN qualifier IN ('about', 'more_than', 'at_least', 'up_to')
                             AND raw >= 1000 THEN round(raw, -2)::BIGINT
                        WHEN qualifier IN ('about', 'more_than', 'at_least', 'up_to')
                             AND raw >= 100 THEN round(raw, -1)::BIGINT
                        ELSE raw END AS v
            FROM vals
        )
        SELECT s, claimant_ix, metric, qualifier, day, place_ix, period_ix, u_conf, relayed,
               -- open-ended figures as the extractor stores them: "more than 900" is
               -- (900, NULL), "up to 20" is (NULL, 20)
               CASE WHEN qualifier IN ('vague', 'up_to') THEN NULL ELSE v END AS value_low,
               CASE WHEN qualifier IN ('vague', 'more_than', 'at_least') THEN NULL
                    WHEN qualifier = 'range'
                         THEN v + GREATEST(1, round(v * (0.1 + u_spread)))::BIGINT
                    ELSE v END AS value_high,
               CASE WHEN u_prec < 0.8 THEN 'day' WHEN u_prec < 0.9 THEN 'week'
                    WHEN u_prec < 0.98 THEN 'month' ELSE 'year' END AS precision,
               ({vague})[vague_ix] AS vague_word
        FROM rounded
    """)

    # 2. Claims: each restates one statement in one article published on or after it.
    con.execute(f"""
        CREATE TEMP TABLE s_claim AS
        WITH h AS (
            SELECT range AS i, md5_number('{S}:claim:' || range) AS h1 FROM range({n})
        ), picked AS (
            SELECT i, h1,
                   -- the first n_stmt claims cover every statement once; the rest restate
                   CASE WHEN i < {n_stmt} THEN i
                        ELSE floor(u32(h1, 0) * {n_stmt})::BIGINT END AS s
            FROM h
        )
        SELECT p.i, p.s, st.*,
               LEAST({n_docs - 1}, floor(st.day * {per_day})
                     + floor(u16(p.h1, 2) * {max(1.0, per_day * 4)}))::BIGINT AS doc_no,
               u16(p.h1, 3) < 0.1 AS undated,
               1 + floor(u16(p.h1, 4) * {len(FILLERS)})::INTEGER AS filler_ix,
               u16(p.h1, 5) AS u_order
        FROM picked p JOIN s_stmt st USING (s)
    """)

    # 3. Claim wording: the quote is one sentence; the unit adds a filler after it.
    con.execute(f"""
        CREATE TEMP TABLE s_worded AS
        WITH w AS (
            SELECT c.*,
                   cl.name AS claimant, cl.country AS claimant_country, cl.role AS claimant_role,
                   cl.attribution,
                   DATE '{START.isoformat()}' + c.day AS stmt_day,
                   pl.place_id, pl.name AS location,
                   CASE c.qualifier
                       WHEN 'exactly' THEN format('{{:,}}', c.value_low)
                       WHEN 'about' THEN 'about ' || format('{{:,}}', c.value_low)
                       WHEN 'at_least' THEN 'at least ' || format('{{:,}}', c.value_low)
                       WHEN 'more_than' THEN 'more than ' || format('{{:,}}', c.value_low)
                       WHEN 'up_to' THEN 'up to ' || format('{{:,}}', c.value_high)
                       WHEN 'range' THEN 'between ' || format('{{:,}}', c.value_low) || ' and '
                                         || format('{{:,}}', c.value_high)
                       ELSE c.vague_word END AS value_text,
                   ({periods})[c.period_ix] AS period_text,
                   ({period_days})[c.period_ix] AS period_len
            FROM s_claim c
            JOIN s_claimant cl ON cl.ix = c.claimant_ix
            LEFT JOIN s_place pl ON pl.ix = c.place_ix
        )
        SELECT *,
               CASE WHEN undated THEN NULL ELSE stmt_day END AS said_on,
               CASE WHEN undated THEN NULL ELSE precision END AS said_on_precision,
               CASE WHEN undated THEN NULL ELSE 'on ' || dayname(stmt_day) END AS said_on_text,
               CASE WHEN period_len IS NOT NULL THEN stmt_day - period_len::INTEGER END
                   AS period_start,
               CASE WHEN period_len IS NOT NULL THEN stmt_day END AS period_end,
               claimant || ' said' || CASE WHEN undated THEN '' ELSE ' on ' || dayname(stmt_day) END
                   || ' that ' || value_text || ' North Korean soldiers '
                   || ({metric_verb})[metric]
                   || CASE WHEN location IS NULL THEN '' ELSE ' near ' || location END
                   || CASE WHEN period_text IS NULL THEN '' ELSE ' ' || period_text END
                   || '.' AS quote,
               ({fillers})[filler_ix] AS filler
        FROM w
    """)

    # 4. Documents: a headline, a dateline lede, then the claim sentences in order.
    con.execute("""
        CREATE TEMP TABLE s_pos AS
        SELECT *,
               row_number() OVER (PARTITION BY doc_no ORDER BY u_order, i) AS pos,
               length(quote) + 1 + length(filler) + 1 AS unit_len
        FROM s_worded
    """)
    con.execute(f"""
        CREATE TEMP TABLE s_doc AS
        WITH d AS (
            SELECT range AS doc_no, md5_number('{S}:doc:' || range) AS h1 FROM range({n_docs})
        ), agg AS (
            SELECT doc_no,
                   string_agg(quote || ' ' || filler, ' ' ORDER BY pos) AS body,
                   max(stmt_day) AS last_day,
                   arg_min(claimant, pos) AS first_claimant,
                   arg_min(value_text, pos) AS first_value,
                   arg_min(metric, pos) AS first_metric
            FROM s_pos GROUP BY doc_no
        ), meta AS (
            SELECT d.doc_no, d.h1, a.body, a.first_claimant, a.first_value, a.first_metric,
                   GREATEST(DATE '{START.isoformat()}' + floor(d.doc_no / {per_day})::INTEGER,
                            COALESCE(a.last_day + floor(u16(d.h1, 1) * 3)::INTEGER,
                                     DATE '{START.isoformat()}')) AS published,
                   (SELECT outlet FROM s_outlet
                    WHERE ix = LEAST(199, floor(200 * pow(u16(d.h1, 0), 1.8)))::INTEGER)
                       AS outlet,
                   ({datelines})[1 + floor(u16(d.h1, 2) * {len(DATELINES)})::INTEGER]
                       AS dateline,
                   u16(d.h1, 3) < 0.05 AS has_event,
                   1 + floor(u16(d.h1, 4) * {len(EVENT_SENTENCES)})::INTEGER AS event_ix
            FROM d LEFT JOIN agg a USING (doc_no)
        ), heads AS (
            SELECT *,
                   CASE WHEN first_claimant IS NULL
                        THEN 'North Korean troops in Russia: the latest'
                        ELSE first_claimant || ' says ' || first_value
                             || ' North Korean soldiers ' || ({metric_verb})[first_metric]
                   END AS title
            FROM meta
        )
        SELECT *,
               title || chr(10) || dateline || ', ' || strftime(published, '%b %-d') || ' ('
                   || outlet || ') - North Korean troops sent to fight for Russia were in the '
                   || 'news again, with fresh figures from officials.' || chr(10) AS prefix
        FROM heads
    """)
    event_texts = _sql_list([t for t, _ in EVENT_SENTENCES])
    event_cats = _sql_list([c for _, c in EVENT_SENTENCES])
    con.execute(f"""
        CREATE TEMP TABLE s_doc_text AS
        SELECT *,
               CASE WHEN has_event
                    THEN ({event_texts})[event_ix] || ' ' || strftime(published - 1, '%-d %B %Y')
                         || '.' END AS event_quote,
               prefix || COALESCE(body || ' ', '')
                   || COALESCE(CASE WHEN has_event
                       THEN ({event_texts})[event_ix] || ' '
                            || strftime(published - 1, '%-d %B %Y') || '.' END, '')
                   AS text
        FROM s_doc
    """)
    con.execute("""
        CREATE TEMP TABLE s_doc_id AS
        SELECT doc_no, substr(sha256(text), 1, 16) AS doc_id FROM s_doc_text
    """)
    con.execute("""
        INSERT INTO documents (doc_id, title, outlet, author, url, published, language,
                               source_path, text, ingested_at)
        SELECT i.doc_id, t.title, t.outlet,
               CASE WHEN u16(t.h1, 5) < 0.7 THEN 'Reporter ' || (1 + floor(u16(t.h1, 6) * 900))
               END,
               'https://example.org/' || lower(replace(t.outlet, ' ', '-')) || '/'
                   || strftime(t.published, '%Y/%m/%d') || '/' || i.doc_id,
               t.published, 'en', 'synthetic/' || lpad(t.doc_no::VARCHAR, 6, '0') || '.txt',
               t.text, TIMESTAMP '2026-10-01 00:00:00' + to_seconds(t.doc_no)
        FROM s_doc_text t JOIN s_doc_id i USING (doc_no)
        ORDER BY i.doc_id
    """)

    # 5. Claims with offsets into their document's text.
    con.execute(f"""
        INSERT INTO claims
        WITH off AS (
            SELECT p.*, i.doc_id,
                   length(t.prefix) + COALESCE(sum(p.unit_len) OVER (
                       PARTITION BY p.doc_no ORDER BY p.pos
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS char_start
            FROM s_pos p JOIN s_doc_text t USING (doc_no) JOIN s_doc_id i USING (doc_no)
        ), keyed AS (
            SELECT *, char_start + length(quote) AS char_end FROM off
        )
        SELECT
            substr(sha256(concat_ws(chr(31), 'claim', doc_id, char_start::VARCHAR,
                   char_end::VARCHAR, metric, COALESCE(value_low::VARCHAR, ''),
                   COALESCE(value_high::VARCHAR, ''), claimant)), 1, 16) AS claim_id,
            doc_id, 'extracted', claimant, NULLIF(claimant_role, ''), claimant_country,
            attribution,
            CASE WHEN relayed THEN 'Lee Seong-kweun' END AS relayed_by,
            'North Korean soldiers', metric, value_low, value_high, value_text, qualifier,
            period_text, period_start, period_end, said_on, said_on_precision, said_on_text,
            location, place_id, quote, char_start, char_end,
            substr(sha256(concat_ws(chr(31), 'statement', claimant, metric,
                   COALESCE(value_low::VARCHAR, ''), COALESCE(value_high::VARCHAR, ''),
                   COALESCE(said_on::VARCHAR, ''))), 1, 16) AS statement_key,
            '{SYNTH_EXTRACTOR}', round(0.5 + 0.49 * u_conf, 2),
            NULL, NULL, NULL, NULL
        FROM keyed
        ORDER BY claim_id
    """)

    # 6. Extracted events (about one article in twenty states one).
    con.execute(f"""
        INSERT INTO events
        SELECT substr(sha256(concat_ws(chr(31), 'event', i.doc_id,
                   length(t.text) - length(t.event_quote),
                   length(t.text), (t.published - 1)::VARCHAR)), 1, 16),
               t.published - 1, 'day',
               ({event_texts})[t.event_ix], NULL, ({event_cats})[t.event_ix],
               'Russia;North Korea', 'extracted', i.doc_id, t.event_quote,
               length(t.text) - length(t.event_quote), length(t.text), NULL, NULL,
               '{SYNTH_EXTRACTOR}'
        FROM s_doc_text t JOIN s_doc_id i USING (doc_no)
        WHERE t.has_event
        ORDER BY 1
    """)
    for table in ("s_doc_id", "s_doc_text", "s_doc", "s_pos", "s_worded", "s_claim",
                  "s_stmt", "s_place", "s_outlet", "s_claimant"):
        con.execute(f"DROP TABLE {table}")


def check_invariant(path: str | Path, sample: int = 2000) -> int:
    """Claims and events whose quote is not the text at their offsets (0 = all good)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        bad = con.execute(f"""
            SELECT count(*) FROM (
                SELECT c.quote, d.text, c.char_start, c.char_end FROM claims c
                JOIN documents d USING (doc_id) USING SAMPLE {int(sample)} ROWS
                UNION ALL
                SELECT e.quote, d.text, e.char_start, e.char_end FROM events e
                JOIN documents d USING (doc_id)
            ) WHERE substr(text, char_start + 1, char_end - char_start) <> quote
        """).fetchall()[0][0]
    finally:
        con.close()
    return int(bad)


# --- articles ---------------------------------------------------------------------

_ROLE_PHRASE = {
    "Volodymyr Zelensky": "Ukrainian President Volodymyr Zelensky",
    "John Kirby": "White House National Security Council spokesperson John Kirby",
    "South Korea's National Intelligence Service (NIS)": "South Korea's National "
                                                          "Intelligence Service",
    "Ukraine's Defence Intelligence (HUR)": "Ukraine's military intelligence",
    "Pentagon (US Department of Defense)": "Pentagon spokesperson Pat Ryder",
    "Ukrainian Special Operations Forces": "Ukraine's Special Operations Forces",
    "South Korea's Joint Chiefs of Staff": "South Korea's Joint Chiefs of Staff",
    "UK Ministry of Defence": "Britain's Ministry of Defence",
    "Antony Blinken": "US Secretary of State Antony Blinken",
    "Sergei Shoigu": "Russian Security Council secretary Sergei Shoigu",
}
_PUBLISHED_FIRST = date(2024, 10, 20)


def _value_words(rng: random.Random, metric: str) -> tuple[str, str, int | None, int | None]:
    """(qualifier, value_text, low, high) for one figure."""
    qualifier = rng.choices(list(QUALIFIER_SHARE), weights=list(QUALIFIER_SHARE.values()))[0]
    top = METRIC_MAX[metric]
    v = max(1, round(top * rng.random() ** 3))
    if qualifier in ("about", "more_than", "at_least", "up_to") and v >= 1000:
        v = round(v, -2)
    elif qualifier in ("about", "more_than", "at_least", "up_to") and v >= 100:
        v = round(v, -1)
    if qualifier == "vague":
        return qualifier, rng.choice(("several", "dozens of", "hundreds of")), None, None
    if qualifier == "range":
        hi = v + max(1, round(v * (0.1 + rng.random())))
        return qualifier, f"between {v:,} and {hi:,}", v, hi
    words = {"exactly": f"{v:,}", "about": f"about {v:,}", "at_least": f"at least {v:,}",
             "more_than": f"more than {v:,}", "up_to": f"up to {v:,}"}[qualifier]
    low = None if qualifier == "up_to" else v
    high = None if qualifier in ("more_than", "at_least") else v
    return qualifier, words, low, high


def article_text(rng: random.Random, number: int) -> tuple[str, list[dict[str, object]]]:
    """One article file's content and the claims its body states."""
    outlet = OUTLETS[min(199, int(200 * rng.random() ** 1.8))]
    published = _PUBLISHED_FIRST + timedelta(days=rng.randrange(DAYS - 20))
    claimants = list(_ROLE_PHRASE)
    places = ("Kursk region", "Sudzha", "Korenevo", "Kursk", "Rylsk", "Glushkovo")
    body_parts: list[str] = []
    expected: list[dict[str, object]] = []
    dateline = rng.choice(DATELINES)
    lede = (f"{dateline}, {published.strftime('%b')} {published.day} ({outlet}) - North Korean "
            "troops sent to fight for Russia suffered fresh losses, officials said.")
    title = f"North Korean losses mount in Kursk, report {number}"
    body_parts.append(title + "\n")
    body_parts.append(lede + "\n")
    for _ in range(rng.randint(2, 6)):
        canonical = rng.choice(claimants)
        metric = rng.choices(list(METRIC_SHARE), weights=list(METRIC_SHARE.values()))[0]
        qualifier, words, low, high = _value_words(rng, metric)
        said = published - timedelta(days=rng.randrange(0, 3))
        place = rng.choice(places) if rng.random() < 0.6 else None
        sentence = (f"{_ROLE_PHRASE[canonical]} said on {said.strftime('%A')} that {words} North "
                    f"Korean soldiers {METRIC_VERB[metric]}"
                    + (f" in {place}" if place else "") + ".")
        start = sum(len(p) for p in body_parts)
        body_parts.append(sentence + " ")
        expected.append({
            "claimant": canonical, "metric": metric, "qualifier": qualifier,
            "value_text": words, "value_low": low, "value_high": high,
            "said_on": said.isoformat(), "location": place, "quote": sentence,
            "char_start": start, "char_end": start + len(sentence),
        })
        body_parts.append(rng.choice(FILLERS) + "\n")
    body = "".join(body_parts)
    front = (f"---\ntitle: {title}\noutlet: {outlet}\nauthor: Reporter {rng.randint(1, 900)}\n"
             f"url: https://example.org/{number:06d}\npublished: {published.isoformat()}\n---\n")
    return front + body, expected


def make_articles(n: int, seed: int, out_dir: str | Path) -> Path:
    """Write n articles (NNNNNN.txt) and expected_claims.json into out_dir; returns out_dir.

    Offsets in the JSON refer to the body after the front matter, as the extractor sees it.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    expected: dict[str, list[dict[str, object]]] = {}
    for number in range(n):
        content, claims = article_text(rng, number)
        name = f"{number:06d}.txt"
        (out / name).write_text(content, encoding="utf-8")
        expected[name] = claims
    (out / "expected_claims.json").write_text(
        json.dumps(expected, indent=0, sort_keys=True), encoding="utf-8"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    db = sub.add_parser("db", help="write a synthetic database")
    db.add_argument("path")
    db.add_argument("--claims", type=int, default=1_000_000)
    db.add_argument("--articles", type=int, default=None, help="default: claims / 10")
    db.add_argument("--seed", type=int, default=7)
    art = sub.add_parser("articles", help="write synthetic article files")
    art.add_argument("out_dir")
    art.add_argument("--n", type=int, default=10_000)
    art.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.what == "db":
        counts = make_database(args.path, args.claims, args.articles or max(1, args.claims // 10),
                               args.seed)
        print(counts, f"{time.perf_counter() - t0:.1f} s",
              "invariant violations:", check_invariant(args.path))
    else:
        make_articles(args.n, args.seed, args.out_dir)
        print(f"{args.n} articles in {args.out_dir}, {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
