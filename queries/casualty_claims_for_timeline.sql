-- Casualty claims with a figure, within the sidebar filters: the second lane of the
-- timeline. At most $max_rows rows (n_matching says how many matched).
-- When more match, a uniform sample is kept: the $max_rows claims whose ids hash lowest
-- (deterministic). Only ids are sorted; the wide columns are read for the kept rows alone.
WITH kept AS (
    SELECT c.claim_id
    FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
    WHERE c.metric IN ('killed', 'wounded', 'killed_or_wounded', 'casualties', 'captured', 'missing')
      AND COALESCE(c.value_low, c.value_high) IS NOT NULL
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
    (SELECT count(*) FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c WHERE c.metric IN ('killed', 'wounded', 'killed_or_wounded', 'casualties', 'captured', 'missing')
      AND COALESCE(c.value_low, c.value_high) IS NOT NULL) AS n_matching
FROM claim_facts c
SEMI JOIN kept USING (claim_id)
ORDER BY c.said_on NULLS LAST, c.claimant, c.claim_id
