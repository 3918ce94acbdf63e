-- Statements (one statement_key) carried by more than one article, with each article's wording.
WITH multi AS (
    SELECT statement_key
    FROM claims
    WHERE statement_key IS NOT NULL AND doc_id IS NOT NULL
    GROUP BY statement_key
    HAVING count(DISTINCT doc_id) > 1
)
SELECT
    c.statement_key, c.claimant, c.metric, c.value_text, c.quote, c.claim_id,
    d.doc_id, d.outlet, d.title, d.published,
    count(DISTINCT c.doc_id) OVER (PARTITION BY c.statement_key) AS n_articles
FROM claims c
JOIN multi m USING (statement_key)
JOIN documents d ON d.doc_id = c.doc_id
ORDER BY n_articles DESC, c.statement_key, d.published, d.outlet
LIMIT $limit
