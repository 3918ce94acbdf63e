-- One claim with its article's text, for the "selected claim" panel.
SELECT
    c.claim_id, c.doc_id, c.origin, c.claimant, c.metric, c.value_text, c.qualifier,
    c.period_text, c.said_on, c.location, c.quote, c.char_start, c.char_end, c.note,
    COALESCE(c.outlet, d.outlet) AS outlet,
    COALESCE(c.source_url, d.url) AS source_url,
    COALESCE(c.source_title, d.title) AS source_title,
    d.title AS article_title, d.published AS article_published, d.text AS article_text
FROM claims c
LEFT JOIN documents d USING (doc_id)
WHERE c.claim_id = $claim_id
