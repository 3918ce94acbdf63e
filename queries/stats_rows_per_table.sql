-- How many rows each table holds.
SELECT 'documents' AS table_name, count(*) AS rows FROM documents
UNION ALL SELECT 'claims', count(*) FROM claims
UNION ALL SELECT 'claims (extracted)', count(*) FROM claims WHERE origin = 'extracted'
UNION ALL SELECT 'claims (curated)', count(*) FROM claims WHERE origin = 'curated'
UNION ALL SELECT 'events', count(*) FROM events
UNION ALL SELECT 'places', count(*) FROM places
