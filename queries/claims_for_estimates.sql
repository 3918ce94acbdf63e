-- The claims of one metric ($chart_metric) that pass the sidebar filters, oldest first:
-- the points of the estimates chart, the ladder and the table beneath. At most about
-- $max_rows rows: when more match, every k-th by date is kept (n_matching says how many
-- matched), so a large database never sends more than a few thousand points.
WITH ranked AS (
    SELECT
        c.claim_id,
        row_number() OVER (ORDER BY COALESCE(c.said_on, d.published) NULLS LAST, c.claimant,
                           c.claim_id) AS rn,
        count(*) OVER () AS n_matching
    FROM claims c
    LEFT JOIN documents d USING (doc_id)
    WHERE (CAST($date_from AS DATE) IS NULL OR COALESCE(c.said_on, d.published) >= CAST($date_from AS DATE))
      AND (CAST($date_to AS DATE) IS NULL OR COALESCE(c.said_on, d.published) <= CAST($date_to AS DATE))
      AND (len(CAST($claimants AS VARCHAR[])) = 0 OR list_contains(CAST($claimants AS VARCHAR[]), c.claimant))
      AND (len(CAST($metrics AS VARCHAR[])) = 0 OR list_contains(CAST($metrics AS VARCHAR[]), c.metric))
      AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), COALESCE(c.outlet, d.outlet)))
      AND c.metric = $chart_metric
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
    c.qualifier, c.period_text, c.period_start, c.period_end,
    COALESCE(c.said_on, d.published) AS said_on,
    CASE WHEN c.said_on IS NULL THEN 'article date' ELSE c.said_on_precision END AS said_on_precision,
    c.said_on_text, c.location, c.place_id, c.quote, c.char_start, c.char_end, c.statement_key,
    c.confidence, c.note,
    COALESCE(c.outlet, d.outlet) AS outlet,
    COALESCE(c.source_url, d.url) AS source_url,
    COALESCE(c.source_title, d.title) AS source_title,
    d.title AS article_title, d.published AS article_published,
    k.n_matching
FROM kept k
JOIN claims c ON c.claim_id = k.claim_id
LEFT JOIN documents d ON d.doc_id = c.doc_id
ORDER BY k.rn
