-- The most recent figure each claimant gave for each metric, within the sidebar filters.
SELECT
    claimant, metric,
    latest.value_text, latest.value_low, latest.value_high, latest.qualifier,
    latest.said_on, latest.outlet, latest.origin, n_claims
FROM (
    SELECT
        c.claimant,
        c.metric,
        count(*) AS n_claims,
        arg_max(
            struct_pack(
                value_text := c.value_text, value_low := c.value_low,
                value_high := c.value_high, qualifier := c.qualifier,
                said_on := COALESCE(c.said_on, d.published),
                outlet := COALESCE(c.outlet, d.outlet), origin := c.origin
            ),
            struct_pack(day := COALESCE(c.said_on, d.published), id := c.claim_id)
        ) AS latest
    FROM claims c
    LEFT JOIN documents d USING (doc_id)
    WHERE (CAST($date_from AS DATE) IS NULL OR COALESCE(c.said_on, d.published) >= CAST($date_from AS DATE))
      AND (CAST($date_to AS DATE) IS NULL OR COALESCE(c.said_on, d.published) <= CAST($date_to AS DATE))
      AND (len(CAST($claimants AS VARCHAR[])) = 0 OR list_contains(CAST($claimants AS VARCHAR[]), c.claimant))
      AND (len(CAST($metrics AS VARCHAR[])) = 0 OR list_contains(CAST($metrics AS VARCHAR[]), c.metric))
      AND (len(CAST($outlets AS VARCHAR[])) = 0 OR list_contains(CAST($outlets AS VARCHAR[]), COALESCE(c.outlet, d.outlet)))
    GROUP BY c.claimant, c.metric
)
ORDER BY claimant, metric
