-- The first schema: feeds, articles, figures, alerts with their outbox, runs, and the analyst views.

CREATE SEQUENCE article_ids;
CREATE SEQUENCE figure_ids;
CREATE SEQUENCE alert_ids;
CREATE SEQUENCE run_ids;

CREATE TABLE feeds (
    url                  TEXT PRIMARY KEY,
    name                 TEXT,
    title                TEXT,
    etag                 TEXT,
    last_modified        TEXT,
    last_polled_at       TIMESTAMPTZ,
    last_status          TEXT,
    last_http_status     INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    not_before           TIMESTAMPTZ
);
COMMENT ON TABLE feeds IS 'One row per configured feed: its conditional-GET validators and its health.';
COMMENT ON COLUMN feeds.url IS 'The feed URL as configured.';
COMMENT ON COLUMN feeds.name IS 'The outlet name from the configuration, if given.';
COMMENT ON COLUMN feeds.title IS 'The title the feed gives itself.';
COMMENT ON COLUMN feeds.etag IS 'ETag of the last successful response, sent back as If-None-Match.';
COMMENT ON COLUMN feeds.last_modified IS 'Last-Modified of the last successful response, sent back as If-Modified-Since.';
COMMENT ON COLUMN feeds.last_polled_at IS 'When the feed was last polled.';
COMMENT ON COLUMN feeds.last_status IS 'ok, not_modified, failed, or gone (HTTP 410: no longer polled).';
COMMENT ON COLUMN feeds.last_http_status IS 'HTTP status of the last poll, NULL when no response came.';
COMMENT ON COLUMN feeds.consecutive_failures IS 'Failed polls in a row; 0 after a success.';
COMMENT ON COLUMN feeds.last_error IS 'Why the last failed poll failed, in words.';
COMMENT ON COLUMN feeds.not_before IS 'The server asked not to be polled before this time (Retry-After).';

CREATE TABLE articles (
    id              BIGINT PRIMARY KEY DEFAULT nextval('article_ids'),
    url             TEXT NOT NULL UNIQUE,
    guid            TEXT,
    feed_url        TEXT NOT NULL,
    outlet          TEXT,
    title           TEXT,
    published_at    TIMESTAMPTZ,
    fetched_at      TIMESTAMPTZ NOT NULL,
    status          TEXT NOT NULL,
    error           TEXT,
    attempts        INTEGER NOT NULL DEFAULT 1,
    relevant        BOOLEAN,
    relevance_score DOUBLE,
    text            TEXT
);
COMMENT ON TABLE articles IS 'One row per feed entry troopwatch has seen, deduplicated by URL and guid.';
COMMENT ON COLUMN articles.url IS 'The article link from the feed.';
COMMENT ON COLUMN articles.guid IS 'The feed entry id (guid), if the feed gives one.';
COMMENT ON COLUMN articles.feed_url IS 'The feed the entry came from.';
COMMENT ON COLUMN articles.outlet IS 'Who published it: the configured feed name, else the site or feed title.';
COMMENT ON COLUMN articles.title IS 'Headline.';
COMMENT ON COLUMN articles.published_at IS 'When the outlet published it (page metadata, else the feed entry).';
COMMENT ON COLUMN articles.fetched_at IS 'When troopwatch fetched the page.';
COMMENT ON COLUMN articles.status IS 'extracted, no_text (page had no article text), skipped (not an HTML page), failed (permanent error), or retry (transient error, fetched again next run).';
COMMENT ON COLUMN articles.error IS 'Why the page was skipped or failed.';
COMMENT ON COLUMN articles.attempts IS 'How many times the page was fetched.';
COMMENT ON COLUMN articles.relevant IS 'Whether the story is about deployments to the US-Mexico border.';
COMMENT ON COLUMN articles.relevance_score IS 'Confidence of the relevance decision, 0 to 1.';
COMMENT ON COLUMN articles.text IS 'Main article text extracted from the page.';

CREATE TABLE figures (
    id           BIGINT PRIMARY KEY DEFAULT nextval('figure_ids'),
    article_id   BIGINT NOT NULL,
    watch        TEXT NOT NULL,
    value        INTEGER NOT NULL,
    force        TEXT NOT NULL,
    status       TEXT NOT NULL,
    qualifier    TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    UNIQUE (article_id, watch, force, status, value)
);
COMMENT ON TABLE figures IS 'Every reported figure: a number of people deployed, ordered, proposed, authorized, withdrawn or previously deployed.';
COMMENT ON COLUMN figures.article_id IS 'The article that reports it (articles.id).';
COMMENT ON COLUMN figures.watch IS 'What is watched; us_mexico_border.';
COMMENT ON COLUMN figures.value IS 'Number of people.';
COMMENT ON COLUMN figures.force IS 'active_duty, national_guard, military (no or mixed component) or law_enforcement.';
COMMENT ON COLUMN figures.status IS 'deployed, ordered, proposed, authorized, withdrawn or previous.';
COMMENT ON COLUMN figures.qualifier IS 'exact, approx (about), upper (up to) or lower (at least).';
COMMENT ON COLUMN figures.evidence IS 'The verbatim words that report the figure.';
COMMENT ON COLUMN figures.start_offset IS 'Character offset of the evidence in articles.text.';
COMMENT ON COLUMN figures.end_offset IS 'Character offset just past the evidence in articles.text.';

CREATE TABLE alerts (
    id             BIGINT PRIMARY KEY DEFAULT nextval('alert_ids'),
    watch          TEXT NOT NULL,
    force          TEXT NOT NULL,
    status         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    old_figure_id  BIGINT,
    old_value      INTEGER,
    old_qualifier  TEXT,
    figure_id      BIGINT NOT NULL UNIQUE,
    new_value      INTEGER NOT NULL,
    new_qualifier  TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    run_id         BIGINT
);
COMMENT ON TABLE alerts IS 'One row per change of a series (watch, force, status): the outbox of alert messages.';
COMMENT ON COLUMN alerts.kind IS 'first (the series'' first figure) or change (a new value).';
COMMENT ON COLUMN alerts.old_figure_id IS 'The figure that was current before (figures.id), NULL for a first figure.';
COMMENT ON COLUMN alerts.old_value IS 'The series'' value before the change.';
COMMENT ON COLUMN alerts.old_qualifier IS 'Qualifier of the old value.';
COMMENT ON COLUMN alerts.figure_id IS 'The figure that made the change (figures.id).';
COMMENT ON COLUMN alerts.new_value IS 'The series'' new value.';
COMMENT ON COLUMN alerts.new_qualifier IS 'Qualifier of the new value.';
COMMENT ON COLUMN alerts.created_at IS 'When troopwatch raised the alert.';
COMMENT ON COLUMN alerts.run_id IS 'The run that raised it (runs.id).';

CREATE TABLE corroborations (
    alert_id   BIGINT NOT NULL,
    figure_id  BIGINT NOT NULL,
    outlet     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_id, outlet)
);
COMMENT ON TABLE corroborations IS 'Other outlets that reported an alert''s new value after it was raised.';
COMMENT ON COLUMN corroborations.alert_id IS 'The alert corroborated (alerts.id).';
COMMENT ON COLUMN corroborations.figure_id IS 'The corroborating figure (figures.id).';
COMMENT ON COLUMN corroborations.outlet IS 'The corroborating outlet.';

CREATE TABLE deliveries (
    alert_id        BIGINT NOT NULL,
    channel_key     TEXT NOT NULL,
    channel         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    PRIMARY KEY (alert_id, channel_key)
);
COMMENT ON TABLE deliveries IS 'The outbox: one row per alert and channel, pending until the channel accepted it.';
COMMENT ON COLUMN deliveries.channel_key IS 'A one-way hash of the channel URL (the URL itself is a secret and is never stored).';
COMMENT ON COLUMN deliveries.channel IS 'The channel URL with its secret parts masked.';
COMMENT ON COLUMN deliveries.state IS 'pending or sent.';
COMMENT ON COLUMN deliveries.attempts IS 'Delivery attempts so far.';
COMMENT ON COLUMN deliveries.last_error IS 'Why the last attempt failed.';
COMMENT ON COLUMN deliveries.next_attempt_at IS 'Not retried before this time (backoff).';
COMMENT ON COLUMN deliveries.sent_at IS 'When the channel accepted the message.';

CREATE TABLE runs (
    id              BIGINT PRIMARY KEY DEFAULT nextval('run_ids'),
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    feeds_polled    INTEGER,
    feeds_failed    INTEGER,
    articles_new    INTEGER,
    figures_new     INTEGER,
    alerts_new      INTEGER,
    deliveries_sent INTEGER,
    deliveries_failed INTEGER
);
COMMENT ON TABLE runs IS 'One row per completed poll of the feeds.';

CREATE VIEW figure_history AS
SELECT f.id AS figure_id, f.watch, f.force, f.status, f.value, f.qualifier,
       a.outlet, coalesce(a.published_at, a.fetched_at) AS published_at,
       a.title, f.evidence, a.url, a.id AS article_id
FROM figures f JOIN articles a ON a.id = f.article_id;
COMMENT ON VIEW figure_history IS 'Every figure with its outlet, published date, evidence and link.';

CREATE VIEW latest_figures AS
SELECT * EXCLUDE (rank) FROM (
    SELECT h.*, row_number() OVER (
        PARTITION BY watch, force, status ORDER BY published_at DESC, figure_id DESC
    ) AS rank
    FROM figure_history h WHERE status <> 'previous'
) WHERE rank = 1;
COMMENT ON VIEW latest_figures IS 'The current value of each series (watch, force, status): the figure from the most recently published article.';
