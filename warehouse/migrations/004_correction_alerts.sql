-- A correction alert names the figure that is current after it.

ALTER TABLE alerts ADD COLUMN current_figure_id BIGINT;
COMMENT ON COLUMN alerts.current_figure_id IS 'For a correction: the figure current after it (figures.id), NULL when the series has none left; NULL for other kinds (figure_id is current after them).';
