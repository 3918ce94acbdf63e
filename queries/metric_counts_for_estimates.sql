-- How many claims of each metric pass the sidebar filters (the estimates page's metric selector).
SELECT c.metric, count(*) AS n_claims, count(c.value_low) + count(c.value_high) > 0 AS has_figures
FROM claims c
LEFT JOIN documents d USING (doc_id)
WHERE (CAST($date_from AS DATE) IS NULL OR COALESCE(c.said_on, d.published) >= CAST($date_from AS DATE))
  AND (CAST($date_to AS DATE) IS NULL OR COALESCE(c.said_on, d.published) <= CAST($date_to AS DATE))
  AND (len(CAST($claimants AS VARCHAR[])) = 0 OR list_contains(CAST($claimants AS VARCHAR[]), c.claimant))
  AND (len(CAST($metrics AS VARCHAR[])) = 0 OR list_contains(CAST($metrics AS VARCHAR[]), c.metric))
  AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), COALESCE(c.outlet, d.outlet)))
GROUP BY c.metric
ORDER BY n_claims DESC, c.metric
