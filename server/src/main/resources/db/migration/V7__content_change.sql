-- What each committed content change touched, so every instance rebuilds only the feeds of those areas.
-- version is content_version's value after the change; all_areas marks a change of what every screen shows.
CREATE TABLE content_change (
    version    BIGINT        PRIMARY KEY,
    all_areas  BOOLEAN       NOT NULL,
    areas      VARCHAR(4000) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
