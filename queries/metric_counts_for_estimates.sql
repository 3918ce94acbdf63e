-- How many claims of each metric pass the sidebar filters (the estimates page's metric selector).
SELECT c.metric, count(*) AS n_claims, count(c.value_low) + count(c.value_high) > 0 AS has_figures
FROM filtered_claims($date_from, $date_to, $claimants, $metrics, $outlets) c
GROUP BY c.metric
ORDER BY n_claims DESC, c.metric
