-- The earliest and latest date anywhere in the database (claims, articles, events).
SELECT min(day) AS first_day, max(day) AS last_day
FROM (
    SELECT said_on AS day FROM claim_facts
    UNION ALL
    SELECT published FROM documents
    UNION ALL
    SELECT date FROM events
)
