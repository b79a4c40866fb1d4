-- The desk can give its verdict on a whole story by its link: about the border (one the
-- detector read as not relevant, or read as relevant with no figure), or not (also one with
-- no figure to dismiss). Such a correction names no figure and nothing detected.
ALTER TABLE corrections ALTER COLUMN figure_id DROP NOT NULL;
ALTER TABLE corrections ALTER COLUMN detected_value DROP NOT NULL;
ALTER TABLE corrections ALTER COLUMN detected_force DROP NOT NULL;
ALTER TABLE corrections ALTER COLUMN detected_status DROP NOT NULL;
ALTER TABLE corrections ALTER COLUMN detected_by DROP NOT NULL;
COMMENT ON COLUMN corrections.figure_id IS 'The figure corrected (figures.id); NULL for a verdict on a whole story given by its link.';
COMMENT ON COLUMN corrections.action IS 'dismiss (out of its series), fix (value, force, status or by corrected), confirm (right as read), aside (right, but beside the story''s news: held as an aside), add (a figure the detector missed), not_relevant (the whole story is not about the border: every figure of it dismissed) or relevant (the whole story is about the border, whatever the detector read; it may have no figure).';
COMMENT ON COLUMN corrections.detected_value IS 'The value as detected (for add, as the desk gave it): with force, status and by it finds the figure again in a re-read; NULL for a verdict on a story given by its link.';

-- The desk can set a figure aside: right, but beside the story's news (a part of a total, a
-- caption's figure). It is held as an aside, as the aside model would hold it, and exported
-- as optional.
ALTER TABLE figures ADD COLUMN set_aside BOOLEAN DEFAULT false;
COMMENT ON COLUMN figures.set_aside IS 'The desk set it aside (see corrections): held as an aside, whatever the aside model read.';

-- The desk can correct a figure's qualifier (about, up to, at least, exact) as it corrects
-- its value.
ALTER TABLE corrections ADD COLUMN qualifier TEXT;
COMMENT ON COLUMN corrections.qualifier IS 'The qualifier as the desk corrected it (fix); NULL when it left it as read.';
