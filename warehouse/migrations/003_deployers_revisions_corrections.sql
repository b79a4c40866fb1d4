-- Series by who deploys (figures.by, alerts.by), the passage language, figures read from a
-- feed entry, revised stories, conflicting reports and desk corrections. Every existing row
-- is kept; figures.by and articles.lang are filled afterwards by re-reading the stored text
-- (warehouse/upgrades.py), and alerts.by from their figures. No alert is raised here.

DROP VIEW IF EXISTS latest_figures;
DROP VIEW IF EXISTS figure_history;

ALTER TABLE articles ADD COLUMN lang TEXT;
ALTER TABLE articles ADD COLUMN text_source TEXT;
ALTER TABLE articles ADD COLUMN revision INTEGER DEFAULT 1;
ALTER TABLE articles ADD COLUMN entry_updated_at TIMESTAMPTZ;
ALTER TABLE articles ADD COLUMN etag TEXT;
ALTER TABLE articles ADD COLUMN last_modified TEXT;
ALTER TABLE articles ADD COLUMN checks INTEGER DEFAULT 0;
ALTER TABLE articles ADD COLUMN checked_at TIMESTAMPTZ;
UPDATE articles SET text_source = 'page' WHERE text IS NOT NULL;
UPDATE articles SET revision = 1, checks = 0;
COMMENT ON COLUMN articles.status IS 'extracted, screened_out (no personnel word in the raw page: not read, not relevant), no_text (page had no article text), skipped (not an HTML page, or a backfilled page without a date), failed (permanent error), or retry (transient error, fetched again next run). A screened_out, no_text or skipped page whose feed entry has a summary is read from the entry instead (text_source = feed).';
COMMENT ON COLUMN articles.lang IS 'Language of the text: en or es; NULL when there is no text, or for an article not about the border stored before languages were recorded.';
COMMENT ON COLUMN articles.text_source IS 'Where the text came from: page (the article page) or feed (the feed entry''s title and summary, when the page had no article text).';
COMMENT ON COLUMN articles.revision IS 'How many versions of the story troopwatch has read: 1, then 2 after the first revision, ...';
COMMENT ON COLUMN articles.entry_updated_at IS 'The latest date the feed entry gave (updated or pubDate); a later one makes troopwatch read the story again.';
COMMENT ON COLUMN articles.etag IS 'ETag of the page, sent back as If-None-Match when the story is re-checked.';
COMMENT ON COLUMN articles.last_modified IS 'Last-Modified of the page, sent back as If-Modified-Since when the story is re-checked.';
COMMENT ON COLUMN articles.checks IS 'Scheduled re-checks of a relevant story done so far (alerts.recheck_hours).';
COMMENT ON COLUMN articles.checked_at IS 'When the page was last fetched again to look for a revision.';

-- figures: rebuilt without the unique key, so that revisions and corrections can repeat a
-- (value, force, status) within one article.
CREATE TABLE figures_v2 (
    id            BIGINT PRIMARY KEY DEFAULT nextval('figure_ids'),
    article_id    BIGINT NOT NULL,
    watch         TEXT NOT NULL,
    value         INTEGER NOT NULL,
    force         TEXT NOT NULL,
    status        TEXT NOT NULL,
    qualifier     TEXT NOT NULL,
    evidence      TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    "by"          TEXT NOT NULL DEFAULT 'unclear',
    source        TEXT NOT NULL DEFAULT 'page',
    revision      INTEGER NOT NULL DEFAULT 1,
    reported_at   TIMESTAMPTZ,
    superseded_at TIMESTAMPTZ,
    dismissed     BOOLEAN NOT NULL DEFAULT false,
    corrected     BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO figures_v2 (id, article_id, watch, value, force, status, qualifier, evidence,
                        start_offset, end_offset)
SELECT id, article_id, watch, value, force, status, qualifier, evidence, start_offset, end_offset
FROM figures;
DROP TABLE figures;
ALTER TABLE figures_v2 RENAME TO figures;
COMMENT ON TABLE figures IS 'Every reported figure: a number of people deployed, ordered, proposed, authorized, withdrawn or previously deployed.';
COMMENT ON COLUMN figures.id IS 'Figure id.';
COMMENT ON COLUMN figures.article_id IS 'The article that reports it (articles.id).';
COMMENT ON COLUMN figures.watch IS 'What is watched; us_mexico_border.';
COMMENT ON COLUMN figures.value IS 'Number of people (as corrected by the desk, when corrected).';
COMMENT ON COLUMN figures.force IS 'active_duty, national_guard, military (no or mixed component) or law_enforcement.';
COMMENT ON COLUMN figures.status IS 'deployed, ordered, proposed, authorized, withdrawn or previous.';
COMMENT ON COLUMN figures.qualifier IS 'exact, approx (about), upper (up to) or lower (at least).';
COMMENT ON COLUMN figures.evidence IS 'The verbatim words that report the figure.';
COMMENT ON COLUMN figures.start_offset IS 'Character offset of the evidence in articles.text.';
COMMENT ON COLUMN figures.end_offset IS 'Character offset just past the evidence in articles.text.';
COMMENT ON COLUMN figures."by" IS 'Who sends and controls these people: us_federal, state:XX (a governor''s own mission, e.g. state:TX), mexico (Mexico''s forces at its northern border) or unclear.';
COMMENT ON COLUMN figures.source IS 'page (read from the article page) or feed (read from the feed entry''s title and summary because the page had no article text).';
COMMENT ON COLUMN figures.revision IS 'The version of the story it was read from (articles.revision at the time).';
COMMENT ON COLUMN figures.reported_at IS 'When this version of the story appeared: the feed entry''s date for a revision; NULL means the article''s published date.';
COMMENT ON COLUMN figures.superseded_at IS 'When a later version of the same story replaced it; NULL while it is the story''s current version.';
COMMENT ON COLUMN figures.dismissed IS 'The desk took it out of its series (see corrections).';
COMMENT ON COLUMN figures.corrected IS 'The desk corrected its value, force, status or by (see corrections for what was detected).';

-- alerts: rebuilt with "by", and a figure and new value that may repeat or be absent
-- (a correction can make an older figure current again, or leave a series empty).
CREATE TABLE alerts_v2 (
    id             BIGINT PRIMARY KEY DEFAULT nextval('alert_ids'),
    watch          TEXT NOT NULL,
    "by"           TEXT NOT NULL DEFAULT 'unclear',
    force          TEXT NOT NULL,
    status         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    old_figure_id  BIGINT,
    old_value      INTEGER,
    old_qualifier  TEXT,
    figure_id      BIGINT,
    new_value      INTEGER,
    new_qualifier  TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    run_id         BIGINT,
    detail         TEXT
);
INSERT INTO alerts_v2 (id, watch, force, status, kind, old_figure_id, old_value, old_qualifier,
                       figure_id, new_value, new_qualifier, created_at, run_id)
SELECT id, watch, force, status, kind, old_figure_id, old_value, old_qualifier,
       figure_id, new_value, new_qualifier, created_at, run_id
FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_v2 RENAME TO alerts;
COMMENT ON TABLE alerts IS 'One row per message-worthy event of a series (watch, by, force, status): a change, a revision, a conflict, its settlement, or a correction.';
COMMENT ON COLUMN alerts.id IS 'Alert id.';
COMMENT ON COLUMN alerts.watch IS 'What is watched; us_mexico_border.';
COMMENT ON COLUMN alerts.force IS 'The series'' force.';
COMMENT ON COLUMN alerts.status IS 'The series'' status.';
COMMENT ON COLUMN alerts."by" IS 'Who deploys: us_federal, state:XX, mexico or unclear.';
COMMENT ON COLUMN alerts.kind IS 'first (the series'' first figure), change (a new value), revision (an outlet revised its story to a new value), conflict (outlets disagree), settled (a later report sided with one value) or correction (the desk dismissed or fixed a figure and the current value changed).';
COMMENT ON COLUMN alerts.old_figure_id IS 'The figure that was current before (figures.id), NULL for a first figure.';
COMMENT ON COLUMN alerts.old_value IS 'The series'' value before.';
COMMENT ON COLUMN alerts.old_qualifier IS 'Qualifier of the old value.';
COMMENT ON COLUMN alerts.figure_id IS 'The figure that raised it and is current after it (figures.id); NULL for a correction (detail names the figure current after it, if any).';
COMMENT ON COLUMN alerts.new_value IS 'The series'' value after it; NULL when a correction left the series without a figure.';
COMMENT ON COLUMN alerts.new_qualifier IS 'Qualifier of the new value.';
COMMENT ON COLUMN alerts.created_at IS 'When troopwatch raised the alert.';
COMMENT ON COLUMN alerts.run_id IS 'The run that raised it (runs.id); NULL for a desk correction.';
COMMENT ON COLUMN alerts.detail IS 'JSON: for a conflict its sides [{outlet, value, qualifier}], for a correction what the desk did and why.';

CREATE SEQUENCE conflict_ids;
CREATE TABLE conflicts (
    id               BIGINT PRIMARY KEY DEFAULT nextval('conflict_ids'),
    watch            TEXT NOT NULL,
    "by"             TEXT NOT NULL,
    force            TEXT NOT NULL,
    status           TEXT NOT NULL,
    alert_id         BIGINT NOT NULL,
    opened_at        TIMESTAMPTZ NOT NULL,
    settled_at       TIMESTAMPTZ,
    settled_figure_id BIGINT
);
COMMENT ON TABLE conflicts IS 'Outlets reporting different values for one series within alerts.conflict_window_hours.';
COMMENT ON COLUMN conflicts.id IS 'Conflict id.';
COMMENT ON COLUMN conflicts.watch IS 'The series: what is watched.';
COMMENT ON COLUMN conflicts."by" IS 'The series: who deploys.';
COMMENT ON COLUMN conflicts.force IS 'The series: the force.';
COMMENT ON COLUMN conflicts.status IS 'The series: the status.';
COMMENT ON COLUMN conflicts.alert_id IS 'The conflict alert (alerts.id).';
COMMENT ON COLUMN conflicts.opened_at IS 'When troopwatch saw the disagreement.';
COMMENT ON COLUMN conflicts.settled_at IS 'When a later report agreed with one side; NULL while open.';
COMMENT ON COLUMN conflicts.settled_figure_id IS 'The report that settled it (figures.id).';

CREATE TABLE conflict_reports (
    conflict_id BIGINT NOT NULL,
    figure_id   BIGINT NOT NULL,
    outlet      TEXT NOT NULL,
    value       INTEGER NOT NULL,
    qualifier   TEXT NOT NULL,
    PRIMARY KEY (conflict_id, figure_id)
);
COMMENT ON TABLE conflict_reports IS 'The reports on each side of a conflict.';
COMMENT ON COLUMN conflict_reports.conflict_id IS 'The conflict (conflicts.id).';
COMMENT ON COLUMN conflict_reports.qualifier IS 'The qualifier of the value.';
COMMENT ON COLUMN conflict_reports.figure_id IS 'The report (figures.id).';
COMMENT ON COLUMN conflict_reports.outlet IS 'Who reported it.';
COMMENT ON COLUMN conflict_reports.value IS 'The value it reported.';

CREATE TABLE article_revisions (
    article_id     BIGINT NOT NULL,
    revision       INTEGER NOT NULL,
    seen_at        TIMESTAMPTZ NOT NULL,
    entry_date     TIMESTAMPTZ,
    reason         TEXT NOT NULL,
    previous_title TEXT,
    previous_text  TEXT,
    PRIMARY KEY (article_id, revision)
);
COMMENT ON TABLE article_revisions IS 'Each time a stored story was found changed: the version it replaced.';
COMMENT ON COLUMN article_revisions.article_id IS 'The story (articles.id).';
COMMENT ON COLUMN article_revisions.revision IS 'The new version''s number (articles.revision after the change).';
COMMENT ON COLUMN article_revisions.seen_at IS 'When troopwatch read the new version.';
COMMENT ON COLUMN article_revisions.entry_date IS 'The date the feed entry gave the new version, if any.';
COMMENT ON COLUMN article_revisions.reason IS 'feed_updated (the feed entry carried a later date) or recheck (a scheduled re-check found new text).';
COMMENT ON COLUMN article_revisions.previous_title IS 'The headline before the change.';
COMMENT ON COLUMN article_revisions.previous_text IS 'The text before the change.';

CREATE SEQUENCE correction_ids;
CREATE TABLE corrections (
    id               BIGINT PRIMARY KEY DEFAULT nextval('correction_ids'),
    figure_id        BIGINT NOT NULL,
    article_id       BIGINT NOT NULL,
    action           TEXT NOT NULL,
    detected_value   INTEGER NOT NULL,
    detected_force   TEXT NOT NULL,
    detected_status  TEXT NOT NULL,
    detected_by      TEXT NOT NULL,
    value            INTEGER,
    force            TEXT,
    status           TEXT,
    "by"             TEXT,
    reason           TEXT,
    corrected_by     TEXT NOT NULL,
    corrected_at     TIMESTAMPTZ NOT NULL,
    alert_id         BIGINT
);
COMMENT ON TABLE corrections IS 'The desk''s dismissals and fixes of figures; applied again whenever the article is read again.';
COMMENT ON COLUMN corrections.id IS 'Correction id.';
COMMENT ON COLUMN corrections.detected_force IS 'The force as detected.';
COMMENT ON COLUMN corrections.detected_status IS 'The status as detected.';
COMMENT ON COLUMN corrections.detected_by IS 'The deployer as detected.';
COMMENT ON COLUMN corrections.figure_id IS 'The figure corrected (figures.id).';
COMMENT ON COLUMN corrections.article_id IS 'Its article (articles.id).';
COMMENT ON COLUMN corrections.action IS 'dismiss (out of its series) or fix (value, force, status or by corrected).';
COMMENT ON COLUMN corrections.detected_value IS 'The value as detected: with force, status and by it finds the figure again in a re-read.';
COMMENT ON COLUMN corrections.value IS 'The corrected value (fix), NULL when unchanged.';
COMMENT ON COLUMN corrections.force IS 'The corrected force (fix), NULL when unchanged.';
COMMENT ON COLUMN corrections.status IS 'The corrected status (fix), NULL when unchanged.';
COMMENT ON COLUMN corrections."by" IS 'The corrected deployer (fix), NULL when unchanged.';
COMMENT ON COLUMN corrections.reason IS 'Why, in the desk''s words.';
COMMENT ON COLUMN corrections.corrected_by IS 'Who made the correction (the login name, or --who).';
COMMENT ON COLUMN corrections.corrected_at IS 'When.';
COMMENT ON COLUMN corrections.alert_id IS 'The correction alert it raised (alerts.id), NULL when the series'' current value did not change.';

CREATE VIEW figure_history AS
SELECT f.id AS figure_id, f.watch, f.force, f.status, f.value, f.qualifier,
       a.outlet, coalesce(f.reported_at, a.published_at, a.fetched_at) AS published_at,
       a.title, f.evidence, a.url, a.id AS article_id,
       f."by", f.source, f.revision, a.lang,
       f.superseded_at IS NULL AND NOT f.dismissed AS counted
FROM figures f JOIN articles a ON a.id = f.article_id;
COMMENT ON VIEW figure_history IS 'Every figure with its outlet, published date (of the story''s version that reported it), evidence and link; counted is false for figures of a replaced version of a story or dismissed by the desk.';

CREATE VIEW latest_figures AS
SELECT * EXCLUDE (rank) FROM (
    SELECT h.*, row_number() OVER (
        PARTITION BY watch, "by", force, status ORDER BY published_at DESC, figure_id DESC
    ) AS rank
    FROM figure_history h WHERE status <> 'previous' AND counted
) WHERE rank = 1;
COMMENT ON VIEW latest_figures IS 'The current value of each series (watch, by, force, status): the counted figure from the most recently published story.';
