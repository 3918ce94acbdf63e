-- Kursk Claims database schema. Columns follow ../shared/DESIGN.md; additions
-- are marked "added". Applied by claims.store when a database is created.

CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,       -- first 16 hex of sha256(text)
    title         VARCHAR,
    outlet        VARCHAR,
    author        VARCHAR,
    url           VARCHAR,
    published     DATE,
    language      VARCHAR,
    source_path   VARCHAR,
    text          VARCHAR NOT NULL,          -- full text: the provenance anchor
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS places (
    place_id      VARCHAR PRIMARY KEY,       -- slug of name
    name          VARCHAR NOT NULL,
    alt_names     VARCHAR,                   -- ';'-separated
    kind          VARCHAR,                   -- city | town | village | region
    admin1        VARCHAR,
    country       VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    source        VARCHAR
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id          VARCHAR PRIMARY KEY,   -- stable hash of doc/offsets or curated row
    doc_id            VARCHAR,               -- NULL for curated claims
    origin            VARCHAR NOT NULL CHECK (origin IN ('extracted', 'curated')),
    claimant          VARCHAR NOT NULL,
    claimant_role     VARCHAR,
    claimant_country  VARCHAR,
    attribution       VARCHAR,               -- added: named | anonymous | unattributed
    relayed_by        VARCHAR,               -- added: who passed the claim on (a lawmaker citing the NIS)
    subject           VARCHAR,
    metric            VARCHAR NOT NULL CHECK (metric IN ('killed', 'wounded', 'killed_or_wounded',
                          'casualties', 'captured', 'missing', 'suicides', 'deployed')),
    value_low         BIGINT,
    value_high        BIGINT,
    value_text        VARCHAR,
    qualifier         VARCHAR CHECK (qualifier IN ('exactly', 'about', 'at_least', 'more_than',
                          'up_to', 'range', 'vague')),
    period_text       VARCHAR,
    period_start      DATE,
    period_end        DATE,
    said_on           DATE,
    said_on_precision VARCHAR,
    said_on_text      VARCHAR,
    location          VARCHAR,
    place_id          VARCHAR,
    quote             VARCHAR,
    char_start        INTEGER,
    char_end          INTEGER,
    statement_key     VARCHAR,
    extractor         VARCHAR,
    confidence        DOUBLE,
    outlet            VARCHAR,               -- added: for curated claims (extracted: documents.outlet)
    source_url        VARCHAR,               -- added: for curated claims
    source_title      VARCHAR,               -- added: for curated claims
    note              VARCHAR                -- added: curator's note
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,
    date           DATE NOT NULL,
    date_precision VARCHAR,
    title          VARCHAR NOT NULL,
    description    VARCHAR,
    category       VARCHAR CHECK (category IN ('diplomacy', 'treaty', 'military_cooperation',
                       'deployment', 'combat', 'casualties', 'arms_transfer', 'statement')),
    actors         VARCHAR,                  -- ';'-separated
    origin         VARCHAR NOT NULL CHECK (origin IN ('extracted', 'curated')),
    doc_id         VARCHAR,
    quote          VARCHAR,
    char_start     INTEGER,
    char_end       INTEGER,
    source_url     VARCHAR,
    source_title   VARCHAR,                  -- added
    extractor      VARCHAR                   -- added
);

-- added: key/value facts about the build (built_at, schema_version, extractor).
CREATE TABLE IF NOT EXISTS build_info (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- added: what the dashboard reads. Every claim with the fields that come from its
-- article resolved (the date it was said, else the article's; the outlet, URL and title),
-- so that filtered queries need no join. claim_facts is refilled from this view at the
-- end of every build and ingest (claims.store.create_derived_tables), sorted by metric
-- and date so that DuckDB's zone maps skip most row groups for one metric or date range.
CREATE OR REPLACE VIEW claim_facts_source AS
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high, c.value_text,
    c.qualifier, c.period_text, c.period_start, c.period_end,
    COALESCE(c.said_on, d.published) AS said_on,
    CASE WHEN c.said_on IS NULL AND d.published IS NOT NULL THEN 'article date'
         ELSE c.said_on_precision END AS said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.extractor, c.confidence, c.note,
    COALESCE(c.outlet, d.outlet) AS outlet,
    COALESCE(c.source_url, d.url) AS source_url,
    COALESCE(c.source_title, d.title) AS source_title,
    d.title AS article_title,
    d.published AS article_published
FROM claims c
LEFT JOIN documents d USING (doc_id);

CREATE TABLE IF NOT EXISTS claim_facts AS SELECT * FROM claim_facts_source LIMIT 0;

-- added: the claims that pass the sidebar filters, for every page's queries:
--   FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets)
-- NULL dates and empty lists mean "no restriction". fact_row is the row's rowid in
-- claim_facts (for sampled_claims below: fetch wide columns for a few rows by rowid).
CREATE OR REPLACE MACRO filtered_claims(date_from, date_to, claimants, metrics, outlets) AS TABLE
SELECT *, rowid AS fact_row
FROM claim_facts
WHERE (CAST(date_from AS DATE) IS NULL OR said_on >= CAST(date_from AS DATE))
  AND (CAST(date_to AS DATE) IS NULL OR said_on <= CAST(date_to AS DATE))
  AND (len(CAST(claimants AS VARCHAR[])) = 0 OR list_contains(CAST(claimants AS VARCHAR[]), claimant))
  AND (len(CAST(metrics AS VARCHAR[])) = 0 OR list_contains(CAST(metrics AS VARCHAR[]), metric))
  AND (len(CAST(outlets AS VARCHAR[])) = 0 OR list_contains(CAST(outlets AS VARCHAR[]), outlet));

-- added: the points of a chart: the claims that pass the sidebar filters, of the metrics
-- in chart_metrics (and with a figure when need_figure), at most max_rows of them, oldest
-- first; n_matching says how many matched. When more match, a uniform, deterministic
-- sample is kept: the max_rows claims whose ids hash lowest. Only row ids are sorted by
-- the hash; the text columns are then fetched by rowid for the kept rows alone (a join on
-- claim_id read every row group of claim_facts: 90-200 ms at 1,000,000 claims, now 20-60).
-- The columns are those the estimates chart, its table and the timeline's lane show.
CREATE OR REPLACE MACRO sampled_claims(date_from, date_to, claimants, metrics, outlets,
                                       chart_metrics, need_figure, max_rows) AS TABLE
WITH matching AS (
    SELECT fact_row, claim_id
    FROM filtered_claims(date_from, date_to, claimants, metrics, outlets)
    WHERE list_contains(CAST(chart_metrics AS VARCHAR[]), metric)
      AND (NOT need_figure OR COALESCE(value_low, value_high) IS NOT NULL)
),
kept AS (
    SELECT fact_row FROM matching ORDER BY hash(claim_id) LIMIT max_rows
)
SELECT
    f.claim_id, f.origin, f.claimant, f.metric, f.value_low, f.value_high, f.value_text,
    f.qualifier, f.period_text, f.said_on, f.quote, f.outlet, f.source_title, f.source_url,
    (SELECT count(*) FROM matching) AS n_matching
FROM claim_facts f
WHERE f.rowid IN (SELECT fact_row FROM kept)
ORDER BY f.said_on NULLS LAST, f.claimant, f.claim_id;

-- added: how many articles carry each statement (claims sharing a statement_key),
-- refilled with claim_facts; the Sources page lists the statements carried by several.
CREATE TABLE IF NOT EXISTS statement_counts (
    statement_key VARCHAR PRIMARY KEY,
    n_articles    BIGINT NOT NULL
);
