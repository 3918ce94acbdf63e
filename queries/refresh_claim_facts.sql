-- Refill claim_facts from claims and documents, sorted by metric and date (run by the
-- build and by every ingest, inside their transaction).
CREATE OR REPLACE TABLE claim_facts AS
SELECT * FROM claim_facts_source ORDER BY metric, said_on, claimant, claim_id
