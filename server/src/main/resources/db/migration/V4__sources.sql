-- Sources that the scheduler imports items from, with their health. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE source (
    id                   VARCHAR(64)   PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    format               VARCHAR(16)   NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    poll_minutes         INTEGER       NOT NULL,
    selector_item        VARCHAR(300),
    selector_title       VARCHAR(300),
    selector_date        VARCHAR(300),
    selector_location    VARCHAR(300),
    selector_link        VARCHAR(300),
    selector_summary     VARCHAR(300),
    enabled              BOOLEAN       NOT NULL,
    last_attempt         TIMESTAMP WITH TIME ZONE,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_error           VARCHAR(2000),
    item_count           INTEGER       NOT NULL,
    problem_count        INTEGER       NOT NULL,
    problems             VARCHAR(4000),
    consecutive_failures INTEGER       NOT NULL,
    next_poll            TIMESTAMP WITH TIME ZONE NOT NULL,
    etag                 VARCHAR(500),
    last_modified        VARCHAR(100)
);

CREATE INDEX source_next_poll ON source (next_poll);

-- No rows: the source's items are for the whole municipality.
CREATE TABLE source_area (
    source_id VARCHAR(64) NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    area_slug VARCHAR(64) NOT NULL REFERENCES area (slug),
    PRIMARY KEY (source_id, area_slug)
);
