-- Casualty claims with a figure, within the sidebar filters: the second lane of the
-- timeline. At most $max_rows rows, a uniform sample when more match (n_matching says
-- how many): see sampled_claims in schema.sql.
SELECT claim_id, origin, claimant, metric, value_low, value_high, value_text, qualifier,
       period_text, said_on, quote, outlet, n_matching
FROM sampled_claims($date_from, $date_to, $claimants, $metrics, $outlets,
                    ['killed', 'wounded', 'killed_or_wounded', 'casualties', 'captured', 'missing'],
                    true, $max_rows)
