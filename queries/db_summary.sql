-- What the database holds: counts and the date range of the claims (unfiltered).
SELECT
    (SELECT count(*) FROM documents)                                        AS articles,
    (SELECT count(*) FROM claims)                                           AS claims,
    (SELECT count(*) FROM claims WHERE origin = 'extracted')                AS extracted_claims,
    (SELECT count(*) FROM claims WHERE origin = 'curated')                  AS curated_claims,
    (SELECT count(DISTINCT claimant) FROM claims)                           AS claimants,
    (SELECT count(DISTINCT o) FROM (
        SELECT outlet AS o FROM documents WHERE outlet IS NOT NULL
        UNION ALL
        SELECT outlet FROM claims WHERE outlet IS NOT NULL))                AS outlets,
    (SELECT count(*) FROM events)                                           AS events,
    (SELECT min(said_on) FROM claim_facts)                                  AS first_said_on,
    (SELECT max(said_on) FROM claim_facts)                                  AS last_said_on
