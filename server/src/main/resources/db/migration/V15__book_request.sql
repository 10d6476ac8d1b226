-- Book-en-Politiker (issue 17): a lokalforum, association or group of citizens asks for a politician to come out.
-- status: new, in_progress, agreed, rejected (with reason). date_options: 2-3 instants, one per line.
-- status_hash: SHA-256 of the secret in the requester's private status link. meeting_id: the meeting it became.
CREATE TABLE book_request (
    id              VARCHAR(32)   PRIMARY KEY,
    area_slug       VARCHAR(64)   NOT NULL REFERENCES area (slug),
    requester       VARCHAR(200)  NOT NULL,
    topic           VARCHAR(1000) NOT NULL,
    date_options    VARCHAR(200)  NOT NULL,
    audience        INTEGER       NOT NULL,
    contact         VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    politician_ids  VARCHAR(1000) NOT NULL,
    agreed_start    TIMESTAMP WITH TIME ZONE,
    meeting_id      VARCHAR(32),
    status_hash     VARCHAR(64)   NOT NULL UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
