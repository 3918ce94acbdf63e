-- Every place in the gazetteer with the number of filtered claims located there and the
-- ten newest of them as text lines (for the map's markers, hover and oblast shading).
WITH per_place AS (
    SELECT
        c.place_id,
        count(*) AS n_claims,
        max_by(
            struct_pack(
                claimant := c.claimant, value_text := c.value_text, metric := c.metric,
                said_on := c.said_on
            ),
            c.said_on,
            10
        ) AS newest
    FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
    WHERE c.place_id IS NOT NULL
    GROUP BY c.place_id
)
SELECT
    p.place_id, p.name, p.kind, p.admin1, p.country, p.lat, p.lon, p.source,
    COALESCE(pp.n_claims, 0) AS n_claims,
    array_to_string(
        list_transform(
            pp.newest,
            lambda x: x.claimant || ': ' || COALESCE(x.value_text, '?') || ' '
                 || replace(x.metric, '_', ' ') || ' ('
                 || COALESCE(strftime(x.said_on, '%Y-%m-%d'), 'undated') || ')'
        ),
        chr(10)
    ) AS claims_list
FROM places p
LEFT JOIN per_place pp ON pp.place_id = p.place_id
ORDER BY n_claims DESC, p.name
