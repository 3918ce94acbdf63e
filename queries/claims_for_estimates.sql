-- The claims of one metric ($chart_metric) that pass the sidebar filters, oldest first:
-- the points of the estimates chart, the ladder and the table beneath. At most $max_rows
-- rows (n_matching says how many matched), so a large database never sends more than a
-- few thousand points.
-- When more match, a uniform sample is kept: the $max_rows claims whose ids hash lowest
-- (deterministic). Only ids are sorted; the wide columns are read for the kept rows alone.
WITH kept AS (
    SELECT c.claim_id
    FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
    WHERE c.metric = $chart_metric
    ORDER BY hash(c.claim_id)
    LIMIT $max_rows
)
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high, c.value_text,
    c.qualifier, c.period_text, c.period_start, c.period_end, c.said_on, c.said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.confidence, c.note, c.outlet, c.source_url, c.source_title, c.article_title,
    c.article_published,
    (SELECT count(*) FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c WHERE c.metric = $chart_metric) AS n_matching
FROM claim_facts c
SEMI JOIN kept USING (claim_id)
ORDER BY c.said_on NULLS LAST, c.claimant, c.claim_id
