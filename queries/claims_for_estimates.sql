-- The claims of one metric ($chart_metric) that pass the sidebar filters, oldest first:
-- the points of the estimates chart, the ladder and the table beneath. At most about
-- $max_rows rows: when more match, every k-th by date is kept (n_matching says how many
-- matched), so a large database never sends more than a few thousand points.
WITH ranked AS (
    SELECT
        c.claim_id,
        row_number() OVER (ORDER BY c.said_on NULLS LAST, c.claimant, c.claim_id) AS rn,
        count(*) OVER () AS n_matching
    FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
    WHERE c.metric = $chart_metric
),
kept AS (
    SELECT claim_id, rn, n_matching
    FROM ranked
    WHERE n_matching <= $max_rows
       OR (rn - 1) % CAST(ceil(n_matching / $max_rows) AS BIGINT) = 0
)
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high, c.value_text,
    c.qualifier, c.period_text, c.period_start, c.period_end, c.said_on, c.said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.confidence, c.note, c.outlet, c.source_url, c.source_title, c.article_title,
    c.article_published,
    k.n_matching
FROM kept k
JOIN claim_facts c ON c.claim_id = k.claim_id
ORDER BY k.rn
