-- Every outlet that published an article or carried a curated claim, for the sidebar filter.
SELECT outlet, count(*) AS n_claims
FROM (
    SELECT outlet FROM claim_facts
    UNION ALL
    SELECT d.outlet FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.doc_id = d.doc_id)
)
WHERE outlet IS NOT NULL
GROUP BY outlet
ORDER BY n_claims DESC, outlet
