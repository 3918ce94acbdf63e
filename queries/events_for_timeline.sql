-- Curated and extracted Russia–DPRK events between two dates and in the chosen categories,
-- with their source (curated: link; extracted: the article and the quote).
SELECT
    e.event_id, e.date, e.date_precision, e.title, e.description, e.category, e.actors,
    e.origin, e.doc_id, e.quote, e.char_start, e.char_end,
    COALESCE(e.source_url, d.url) AS source_url,
    COALESCE(e.source_title, d.title) AS source_title,
    d.outlet AS article_outlet, d.title AS article_title, d.published AS article_published
FROM events e
LEFT JOIN documents d USING (doc_id)
WHERE (CAST($date_from AS DATE) IS NULL OR e.date >= CAST($date_from AS DATE))
  AND (CAST($date_to AS DATE) IS NULL OR e.date <= CAST($date_to AS DATE))
  AND (len(CAST($categories AS VARCHAR[])) = 0 OR list_contains(CAST($categories AS VARCHAR[]), e.category))
ORDER BY e.date, e.origin, e.event_id
