-- The earliest and latest date anywhere in the database (claims, articles, events).
SELECT min(day) AS first_day, max(day) AS last_day
FROM (
    SELECT COALESCE(c.said_on, d.published) AS day FROM claims c LEFT JOIN documents d USING (doc_id)
    UNION ALL
    SELECT published FROM documents
    UNION ALL
    SELECT date FROM events
)
