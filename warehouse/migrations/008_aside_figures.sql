-- A figure the story gives beside its news (a part of a total it also gives, a caption's, a
-- restatement) is stored as an aside and held: it raises no alert and does not speak for its
-- series. Rows stored before are not asides.
ALTER TABLE figures ADD COLUMN aside BOOLEAN DEFAULT false;
COMMENT ON COLUMN figures.aside IS 'Given beside the story''s news (a part of a total, a caption''s figure, a restatement), as the aside model reads it; an aside is stored held.';
COMMENT ON COLUMN figures.held IS 'Stored held, as an aside or below the desk''s bar (alerts.min_confidence): no alert, not the series'' current value, until the desk corrects it.';

CREATE OR REPLACE VIEW figure_history AS
SELECT f.id AS figure_id, f.watch, f.force, f.status, f.value, f.qualifier,
       a.outlet, coalesce(f.reported_at, a.published_at, a.fetched_at) AS published_at,
       a.title, f.evidence, a.url, a.id AS article_id,
       f."by", f.source, f.revision, a.lang,
       f.superseded_at IS NULL AND NOT f.dismissed AND NOT f.held AS counted,
       f.confidence, f.held, f.aside
FROM figures f JOIN articles a ON a.id = f.article_id;
COMMENT ON VIEW figure_history IS 'Every figure with its outlet, published date (of the story''s version that reported it), evidence and link; counted is false for figures of a replaced version of a story, dismissed by the desk, or held as an aside or unsure.';

-- A view keeps the columns its source had when it was made: latest_figures is made again
-- (as in 007) to carry aside.
CREATE OR REPLACE VIEW latest_figures AS
SELECT * EXCLUDE (rank) FROM (
    SELECT h.*, row_number() OVER (
        PARTITION BY watch, "by", force, status ORDER BY published_at DESC, figure_id
    ) AS rank
    FROM figure_history h WHERE status <> 'previous' AND counted
) WHERE rank = 1;
COMMENT ON VIEW latest_figures IS 'The current value of each series (watch, by, force, status): the first counted figure of the most recently published story that reports it.';
