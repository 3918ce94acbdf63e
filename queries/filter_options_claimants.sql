-- Every claimant in the database, for the sidebar filter.
SELECT claimant, count(*) AS n_claims
FROM claims
GROUP BY claimant
ORDER BY n_claims DESC, claimant
