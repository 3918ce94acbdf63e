-- Refill statement_counts: the number of distinct articles reporting each statement.
CREATE OR REPLACE TABLE statement_counts AS
SELECT statement_key, count(DISTINCT doc_id) AS n_articles
FROM claims
WHERE statement_key IS NOT NULL AND doc_id IS NOT NULL
GROUP BY statement_key
ORDER BY n_articles DESC, statement_key
