-- Every article a database holds, with its metadata: a rebuild carries over those that
-- came in through ingest (or the Add-article page) and are not among data/articles.
SELECT doc_id, title, outlet, author, url, published, language, source_path, text
FROM documents
ORDER BY ingested_at, doc_id
