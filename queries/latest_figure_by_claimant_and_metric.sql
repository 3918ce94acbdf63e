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
                said_on := c.said_on,
                outlet := c.outlet, origin := c.origin
            ),
            struct_pack(day := c.said_on, id := c.claim_id)
        ) AS latest
    FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
    GROUP BY c.claimant, c.metric
)
ORDER BY claimant, metric
