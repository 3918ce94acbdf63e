-- The newest claims within the sidebar filters, with their quotes (at most $limit rows).
-- The newest are picked on narrow rows first, then their columns are fetched.
WITH newest AS (
    SELECT c.claim_id, COALESCE(c.said_on, d.published) AS day, c.claimant
    FROM claims c
    LEFT JOIN documents d USING (doc_id)
    WHERE (CAST($date_from AS DATE) IS NULL OR COALESCE(c.said_on, d.published) >= CAST($date_from AS DATE))
      AND (CAST($date_to AS DATE) IS NULL OR COALESCE(c.said_on, d.published) <= CAST($date_to AS DATE))
      AND (len(CAST($claimants AS VARCHAR[])) = 0 OR list_contains(CAST($claimants AS VARCHAR[]), c.claimant))
      AND (len(CAST($metrics AS VARCHAR[])) = 0 OR list_contains(CAST($metrics AS VARCHAR[]), c.metric))
      AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), COALESCE(c.outlet, d.outlet)))
    ORDER BY day DESC NULLS LAST, c.claimant, c.claim_id
    LIMIT $limit
)
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high, c.value_text,
    c.qualifier, c.period_text, c.period_start, c.period_end,
    COALESCE(c.said_on, d.published) AS said_on,
    CASE WHEN c.said_on IS NULL THEN 'article date' ELSE c.said_on_precision END AS said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.confidence, c.note,
    COALESCE(c.outlet, d.outlet) AS outlet,
    COALESCE(c.source_url, d.url) AS source_url,
    COALESCE(c.source_title, d.title) AS source_title,
    d.title AS article_title, d.published AS article_published
FROM newest n
JOIN claims c ON c.claim_id = n.claim_id
LEFT JOIN documents d ON d.doc_id = c.doc_id
ORDER BY n.day DESC NULLS LAST, n.claimant, n.claim_id
