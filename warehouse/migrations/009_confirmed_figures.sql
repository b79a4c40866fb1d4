-- The desk can say a figure is right as read: it is released if it was held, and its story is
-- exported with the desk's labels like a corrected one. Rows stored before are not confirmed.
ALTER TABLE figures ADD COLUMN confirmed BOOLEAN DEFAULT false;
COMMENT ON COLUMN figures.confirmed IS 'The desk confirmed it as read (see corrections); a confirmed figure is never held.';
COMMENT ON COLUMN figures.held IS 'Stored held, as an aside or below the desk''s bar (alerts.min_confidence): no alert, not the series'' current value, until the desk confirms or corrects it.';
COMMENT ON COLUMN corrections.action IS 'dismiss (out of its series), fix (value, force, status or by corrected) or confirm (right as read).';
COMMENT ON TABLE corrections IS 'The desk''s dismissals, fixes and confirmations of figures; applied again whenever the article is read again.';
