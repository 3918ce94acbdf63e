-- One article with its full text.
SELECT doc_id, title, outlet, author, url, published, language, source_path, ingested_at, text
FROM documents
WHERE doc_id = $doc_id
