-- The claims of one metric ($chart_metric) that pass the sidebar filters, oldest first:
-- the points of the estimates chart, the ladder and the table beneath. At most $max_rows
-- rows, a uniform sample when more match (n_matching says how many): see sampled_claims
-- in schema.sql.
SELECT *
FROM sampled_claims($date_from, $date_to, $claimants, $metrics, $outlets,
                    [$chart_metric], false, $max_rows)
