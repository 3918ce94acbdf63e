-- Claims per claimant and origin, most first.
SELECT claimant, claimant_country, origin, count(*) AS claims
FROM claims
GROUP BY ALL
ORDER BY claims DESC, claimant, origin
