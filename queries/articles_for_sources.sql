-- The articles published within the date filter by the chosen outlets, newest first, with
-- how many claims and events each holds (the text is fetched per article).
SELECT
    d.doc_id, d.title, d.outlet, d.author, d.url, d.published, d.language, d.source_path,
    d.ingested_at, length(d.text) AS n_chars,
    (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS n_claims,
    (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events
FROM documents d
WHERE (CAST($date_from AS DATE) IS NULL OR d.published IS NULL OR d.published >= CAST($date_from AS DATE))
  AND (CAST($date_to AS DATE) IS NULL OR d.published IS NULL OR d.published <= CAST($date_to AS DATE))
  AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), d.outlet))
ORDER BY d.published DESC NULLS LAST, d.title, d.doc_id
