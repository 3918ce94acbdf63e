-- Every place in the gazetteer with the number of filtered claims located there and a
-- short list of them (for the map's markers, hover and oblast shading).
WITH located AS (
    SELECT c.place_id, c.claimant, c.value_text, c.metric,
           COALESCE(c.said_on, d.published) AS said_on
    FROM claims c
    LEFT JOIN documents d USING (doc_id)
    WHERE (CAST($date_from AS DATE) IS NULL OR COALESCE(c.said_on, d.published) >= CAST($date_from AS DATE))
  AND (CAST($date_to AS DATE) IS NULL OR COALESCE(c.said_on, d.published) <= CAST($date_to AS DATE))
  AND (len(CAST($claimants AS VARCHAR[])) = 0 OR list_contains(CAST($claimants AS VARCHAR[]), c.claimant))
  AND (len(CAST($metrics AS VARCHAR[])) = 0 OR list_contains(CAST($metrics AS VARCHAR[]), c.metric))
  AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), COALESCE(c.outlet, d.outlet)))
      AND c.place_id IS NOT NULL
)
SELECT
    p.place_id, p.name, p.kind, p.admin1, p.country, p.lat, p.lon, p.source,
    count(l.place_id) AS n_claims,
    string_agg(
        l.claimant || ': ' || COALESCE(l.value_text, '?') || ' ' || replace(l.metric, '_', ' ')
            || ' (' || COALESCE(strftime(l.said_on, '%Y-%m-%d'), 'undated') || ')',
        '\n' ORDER BY l.said_on DESC
    ) AS claims_list
FROM places p
LEFT JOIN located l ON l.place_id = p.place_id
GROUP BY ALL
ORDER BY n_claims DESC, p.name
