-- Device tokens (stored only as SHA-256 hashes of 256-bit random tokens) and what screens report in heartbeats.

ALTER TABLE screen ADD COLUMN token_hash VARCHAR(64);

CREATE TABLE screen_status (
    screen_id      VARCHAR(64)  PRIMARY KEY REFERENCES screen (id) ON DELETE CASCADE,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    client_version VARCHAR(50)  NOT NULL,
    showing        VARCHAR(200) NOT NULL,
    uptime_seconds BIGINT       NOT NULL,
    screenshot     BYTEA,
    screenshot_at  TIMESTAMP WITH TIME ZONE
);
