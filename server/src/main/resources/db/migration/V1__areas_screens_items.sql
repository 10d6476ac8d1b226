-- Runs unchanged on H2 (embedded default) and PostgreSQL.

CREATE TABLE area (
    slug        VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    position    INTEGER      NOT NULL
);

CREATE TABLE screen (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    area_slug   VARCHAR(64)  NOT NULL REFERENCES area (slug),
    location    VARCHAR(300) NOT NULL,
    orientation VARCHAR(16)  NOT NULL,
    width       INTEGER      NOT NULL,
    height      INTEGER      NOT NULL
);

CREATE TABLE item (
    id            VARCHAR(200)  PRIMARY KEY,
    source_id     VARCHAR(100)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    summary       VARCHAR(4000) NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE,
    ends_at       TIMESTAMP WITH TIME ZONE,
    all_day       BOOLEAN       NOT NULL,
    location      VARCHAR(300)  NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    visible_from  TIMESTAMP WITH TIME ZONE,
    visible_until TIMESTAMP WITH TIME ZONE,
    politicians   VARCHAR(1000),
    committee     VARCHAR(300),
    sign_up       VARCHAR(1000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX item_source ON item (source_id);

CREATE TABLE item_area (
    item_id   VARCHAR(200) NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    area_slug VARCHAR(64)  NOT NULL REFERENCES area (slug),
    PRIMARY KEY (item_id, area_slug)
);

CREATE INDEX item_area_area ON item_area (area_slug);

-- One row; every committed change of content bumps it, so caches (also in other instances) know to rebuild.
CREATE TABLE content_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);

INSERT INTO content_version (id, version) VALUES (1, 0);
