-- The desk can say a figure is right as read, add one the detector missed, or say a whole
-- story is not about the border. A confirmed figure is released if it was held; the story of
-- either is exported with the desk's labels like a corrected one. Rows stored before are
-- neither confirmed nor added.
ALTER TABLE figures ADD COLUMN confirmed BOOLEAN DEFAULT false;
ALTER TABLE figures ADD COLUMN added BOOLEAN DEFAULT false;
COMMENT ON COLUMN figures.confirmed IS 'The desk stands behind it as read, or as it added it (see corrections); never held.';
COMMENT ON COLUMN figures.added IS 'The desk added it: the detector did not find it (see corrections).';
COMMENT ON COLUMN figures.held IS 'Stored held, as an aside or below the desk''s bar (alerts.min_confidence): no alert, not the series'' current value, until the desk confirms or corrects it.';
COMMENT ON TABLE corrections IS 'The desk''s dismissals, fixes, confirmations and additions of figures; applied again whenever the article is read again.';
COMMENT ON COLUMN corrections.action IS 'dismiss (out of its series), fix (value, force, status or by corrected), confirm (right as read) add (a figure the detector missed) or not_relevant (the whole story is not about the border: every figure of it dismissed).';
COMMENT ON COLUMN corrections.detected_value IS 'The value as detected (for add, as the desk gave it): with force, status and by it finds the figure again in a re-read.';
