-- Every claim extracted from one article, in reading order (for highlighting by offsets).
SELECT
    claim_id, claimant, claimant_role, metric, value_low, value_high, value_text, qualifier,
    period_text, said_on, said_on_text, location, quote, char_start, char_end, statement_key,
    extractor, confidence
FROM claims
WHERE doc_id = $doc_id
ORDER BY char_start NULLS LAST, claim_id
