-- The newest claims within the sidebar filters, with their quotes (at most $limit rows).
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high, c.value_text,
    c.qualifier, c.period_text, c.period_start, c.period_end, c.said_on, c.said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.confidence, c.note, c.outlet, c.source_url, c.source_title, c.article_title,
    c.article_published
FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
ORDER BY c.said_on DESC NULLS LAST, c.claimant, c.claim_id
LIMIT $limit
