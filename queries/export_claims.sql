-- Every claim with the columns of the claims table, plus the article's outlet,
-- title and URL, in a stable order (said_on, claimant, metric).
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.claimant_role, c.claimant_country,
    c.attribution, c.relayed_by, c.subject, c.metric, c.value_low, c.value_high,
    c.value_text, c.qualifier, c.period_text, c.period_start, c.period_end,
    c.said_on, c.said_on_precision, c.said_on_text, c.location, c.place_id,
    c.quote, c.char_start, c.char_end, c.statement_key, c.extractor, c.confidence,
    coalesce(c.outlet, d.outlet) AS outlet,
    coalesce(c.source_url, d.url) AS source_url,
    coalesce(c.source_title, d.title) AS source_title,
    c.note
FROM claims AS c
LEFT JOIN documents AS d USING (doc_id)
ORDER BY c.said_on NULLS LAST, c.claimant, c.metric, c.claim_id
