-- Statements (one statement_key) carried by more than one article, with each article's
-- wording: the $max_groups carried by most articles, at most $limit rows.
WITH multi AS (
    SELECT statement_key, n_articles
    FROM statement_counts
    WHERE n_articles > 1
    ORDER BY n_articles DESC, statement_key
    LIMIT $max_groups
)
SELECT
    c.statement_key, c.claimant, c.metric, c.value_text, c.quote, c.claim_id,
    d.doc_id, d.outlet, d.title, d.published, m.n_articles
FROM claims c
JOIN multi m USING (statement_key)
JOIN documents d ON d.doc_id = c.doc_id
ORDER BY m.n_articles DESC, c.statement_key, d.published, d.outlet
LIMIT $limit
