-- The newest $max_articles articles published within the date filter by the chosen outlets,
-- with how many claims and events each holds (n_matching: how many matched in all; the
-- text is fetched per article).
WITH newest AS (
    SELECT
        d.doc_id, d.title, d.outlet, d.author, d.url, d.published, d.language, d.source_path,
        d.ingested_at, length(d.text) AS n_chars,
        count(*) OVER () AS n_matching
    FROM documents d
    WHERE (CAST($date_from AS DATE) IS NULL OR d.published IS NULL OR d.published >= CAST($date_from AS DATE))
      AND (CAST($date_to AS DATE) IS NULL OR d.published IS NULL OR d.published <= CAST($date_to AS DATE))
      AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), d.outlet))
    ORDER BY d.published DESC NULLS LAST, d.title, d.doc_id
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
    n.*,
    COALESCE(cc.n_claims, 0) AS n_claims,
    COALESCE(ec.n_events, 0) AS n_events
FROM newest n
LEFT JOIN claim_counts cc USING (doc_id)
LEFT JOIN event_counts ec USING (doc_id)
ORDER BY n.published DESC NULLS LAST, n.title, n.doc_id
