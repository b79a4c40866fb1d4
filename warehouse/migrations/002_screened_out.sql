-- Pages whose raw HTML names no personnel are stored as not relevant without being read.

COMMENT ON COLUMN articles.status IS 'extracted, screened_out (no personnel word in the raw page: not read, not relevant), no_text (page had no article text), skipped (not an HTML page, or a backfilled page without a date), failed (permanent error), or retry (transient error, fetched again next run).';
