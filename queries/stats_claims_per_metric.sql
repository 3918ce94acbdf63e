-- Claims per metric and origin, most first.
SELECT metric, origin, count(*) AS claims
FROM claims
GROUP BY ALL
ORDER BY claims DESC, metric, origin
