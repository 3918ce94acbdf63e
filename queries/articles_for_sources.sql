-- The newest $max_articles articles published within the date filter by the chosen outlets,
-- with how many claims and events each holds (n_matching: how many matched in all; the
-- text is fetched per article). Only narrow columns are sorted; the rest (and the text's
-- length) are read for the listed articles alone.
WITH matching AS (
    SELECT d.doc_id, d.published, d.title
    FROM documents d
    WHERE (CAST($date_from AS DATE) IS NULL OR d.published IS NULL OR d.published >= CAST($date_from AS DATE))
      AND (CAST($date_to AS DATE) IS NULL OR d.published IS NULL OR d.published <= CAST($date_to AS DATE))
      AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), d.outlet))
),
newest AS (
    SELECT doc_id
    FROM matching
    ORDER BY published DESC NULLS LAST, title, doc_id
    LIMIT $max_articles
),
claim_counts AS (
    SELECT doc_id, count(*) AS n_claims
    FROM claims
    WHERE doc_id IN (SELECT doc_id FROM newest)
    GROUP BY doc_id
),
event_counts AS (
    SELECT doc_id, count(*) AS n_events
    FROM events
    WHERE doc_id IN (SELECT doc_id FROM newest)
    GROUP BY doc_id
)
SELECT
    d.doc_id, d.title, d.outlet, d.author, d.url, d.published, d.language, d.source_path,
    d.ingested_at, length(d.text) AS n_chars,
    (SELECT count(*) FROM matching) AS n_matching,
    COALESCE(cc.n_claims, 0) AS n_claims,
    COALESCE(ec.n_events, 0) AS n_events
FROM documents d
SEMI JOIN newest USING (doc_id)
LEFT JOIN claim_counts cc USING (doc_id)
LEFT JOIN event_counts ec USING (doc_id)
ORDER BY d.published DESC NULLS LAST, d.title, d.doc_id
