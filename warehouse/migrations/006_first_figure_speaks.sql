-- A story that reports a series more than once (a total and its parts, a rounded and a
-- precise count) speaks for it by the first of those figures, the one it leads with: the
-- alert rules read it so, and the current value an analyst sees must be the one the alerts
-- compared with. Figures are numbered in the order the story gives them.
CREATE OR REPLACE VIEW latest_figures AS
SELECT * EXCLUDE (rank) FROM (
    SELECT h.*, row_number() OVER (
        PARTITION BY watch, "by", force, status ORDER BY published_at DESC, figure_id
    ) AS rank
    FROM figure_history h WHERE status <> 'previous' AND counted
) WHERE rank = 1;
COMMENT ON VIEW latest_figures IS 'The current value of each series (watch, by, force, status): the first counted figure of the most recently published story that reports it.';
