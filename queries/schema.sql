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
