-- Each figure keeps the names of the steps that read it: what decided its status, its force
-- and who deploys, so that the desk's corrections can be counted by step (which rule real
-- news defeats most). Figures stored before take the steps the detector reads today for the
-- same (value, force, status) in their article (warehouse/upgrades.py); the others, and the
-- figures the desk added, have none.
ALTER TABLE figures ADD COLUMN status_step TEXT;
ALTER TABLE figures ADD COLUMN force_step TEXT;
ALTER TABLE figures ADD COLUMN by_step TEXT;
COMMENT ON COLUMN figures.status_step IS 'The named step that decided the status as detected (extractors/status.py, e.g. cap, nearest cue, second opinion on nearest cue; or past timeline entry, leaving this border, a part leaves its whole, the whole a part leaves, a part there of a whole sent); NULL for a figure the desk added.';
COMMENT ON COLUMN figures.force_step IS 'What decided the force as detected (e.g. its noun, none stated, the words after it, the figure before it, the whole it is part of, the next sentence, the Guard of its paragraph); NULL for a figure the desk added.';
COMMENT ON COLUMN figures.by_step IS 'The named step that decided who deploys as detected (extractors/deployer.py, e.g. the Pentagon''s troops, a governor''s mission, the sender named, the passage''s deployer); NULL for a figure the desk added.';

CREATE OR REPLACE VIEW figure_history AS
SELECT f.id AS figure_id, f.watch, f.force, f.status, f.value, f.qualifier,
       a.outlet, coalesce(f.reported_at, a.published_at, a.fetched_at) AS published_at,
       a.title, f.evidence, a.url, a.id AS article_id,
       f."by", f.source, f.revision, a.lang,
       f.superseded_at IS NULL AND NOT f.dismissed AND NOT f.held AS counted,
       f.confidence, f.held, f.aside, f.status_step, f.force_step, f.by_step
FROM figures f JOIN articles a ON a.id = f.article_id;
COMMENT ON VIEW figure_history IS 'Every figure with its outlet, published date (of the story''s version that reported it), evidence and link; counted is false for figures of a replaced version of a story, dismissed by the desk, or held as an aside or unsure.';

-- A view keeps the columns its source had when it was made: latest_figures is made again
-- (as in 008) to carry the steps.
CREATE OR REPLACE VIEW latest_figures AS
SELECT * EXCLUDE (rank) FROM (
    SELECT h.*, row_number() OVER (
        PARTITION BY watch, "by", force, status ORDER BY published_at DESC, figure_id
    ) AS rank
    FROM figure_history h WHERE status <> 'previous' AND counted
) WHERE rank = 1;
COMMENT ON VIEW latest_figures IS 'The current value of each series (watch, by, force, status): the first counted figure of the most recently published story that reports it.';
