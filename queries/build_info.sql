-- Facts about the last build (built_at, schema_version, extractor...).
SELECT key, value FROM build_info ORDER BY key
