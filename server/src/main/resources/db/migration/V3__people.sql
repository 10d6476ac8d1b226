-- Accounts, sessions, announcements (posts), hand-entered meetings, urgent messages, audit log.
-- Runs unchanged on H2 and PostgreSQL. Ids are random strings made by the application.

ALTER TABLE area ADD COLUMN moderation VARCHAR(16) DEFAULT 'direct' NOT NULL;
ALTER TABLE area ADD COLUMN trusted_may_approve BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE account (
    id                   VARCHAR(32)  PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL UNIQUE,
    display_name         VARCHAR(200) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    disabled             BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A volunteer's areas (their lokalforum); trusted volunteers may approve posts where the area allows it.
CREATE TABLE account_area (
    account_id VARCHAR(32) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    area_slug  VARCHAR(64) NOT NULL REFERENCES area (slug),
    trusted    BOOLEAN     NOT NULL,
    PRIMARY KEY (account_id, area_slug)
);

-- Server-side sessions; the cookie carries the id, the table only its SHA-256.
CREATE TABLE user_session (
    id_hash      VARCHAR(64) PRIMARY KEY,
    account_id   VARCHAR(32) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX user_session_account ON user_session (account_id);

CREATE TABLE image (
    id           VARCHAR(32) PRIMARY KEY,
    content_type VARCHAR(32) NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    content      BYTEA       NOT NULL,
    uploaded_by  VARCHAR(32) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- status: pending, published, rejected, withdrawn. Only published posts have an item (id 'post:' || id).
CREATE TABLE post (
    id               VARCHAR(32)   PRIMARY KEY,
    author_id        VARCHAR(32)   NOT NULL REFERENCES account (id),
    title            VARCHAR(200)  NOT NULL,
    body             VARCHAR(2000) NOT NULL,
    link             VARCHAR(2000) NOT NULL,
    image_id         VARCHAR(32),
    visible_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    visible_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    rejection_reason VARCHAR(1000),
    decided_by       VARCHAR(32),
    decided_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX post_status ON post (status);

CREATE TABLE post_area (
    post_id   VARCHAR(32) NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    area_slug VARCHAR(64) NOT NULL REFERENCES area (slug),
    PRIMARY KEY (post_id, area_slug)
);

-- Dialogue meetings entered by hand; each is mirrored as a MEETING item (id 'meeting:' || id).
CREATE TABLE hand_meeting (
    id          VARCHAR(32)   PRIMARY KEY,
    author_id   VARCHAR(32)   NOT NULL REFERENCES account (id),
    area_slug   VARCHAR(64)   NOT NULL REFERENCES area (slug),
    title       VARCHAR(200)  NOT NULL,
    committee   VARCHAR(200)  NOT NULL,
    politicians VARCHAR(1000) NOT NULL,
    location    VARCHAR(300)  NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE,
    sign_up     VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Urgent messages; an active one is mirrored as an URGENT item (id 'urgent:' || id). No areas = all areas.
CREATE TABLE urgent_message (
    id          VARCHAR(32)  PRIMARY KEY,
    message     VARCHAR(300) NOT NULL,
    created_by  VARCHAR(32)  NOT NULL REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_by  VARCHAR(32),
    cleared_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE urgent_area (
    urgent_id VARCHAR(32) NOT NULL REFERENCES urgent_message (id) ON DELETE CASCADE,
    area_slug VARCHAR(64) NOT NULL REFERENCES area (slug),
    PRIMARY KEY (urgent_id, area_slug)
);

-- Filled by screen heartbeats (issue 4): which screen last confirmed showing which item, and when.
CREATE TABLE screen_showing (
    screen_id    VARCHAR(64)  NOT NULL,
    item_id      VARCHAR(200) NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (screen_id, item_id)
);

CREATE TABLE audit_event (
    id          VARCHAR(32)   PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    VARCHAR(32),
    actor_name  VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    target_type VARCHAR(32)   NOT NULL,
    target_id   VARCHAR(200)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL
);

CREATE INDEX audit_event_at ON audit_event (occurred_at);
