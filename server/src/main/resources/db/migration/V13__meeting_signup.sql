-- Sign-up for dialogue meetings by QR (issue 17). A meeting with sign-up has a short public code (/m/{code}),
-- an optional capacity (seats) and an optional deadline (default: the start).
ALTER TABLE hand_meeting ADD COLUMN signup_code VARCHAR(16);
ALTER TABLE hand_meeting ADD COLUMN capacity INTEGER;
ALTER TABLE hand_meeting ADD COLUMN signup_deadline TIMESTAMP WITH TIME ZONE;
-- Who invites (e.g. "Mørkøv Lokalforum"), shown on the public page; may be empty.
ALTER TABLE hand_meeting ADD COLUMN organiser VARCHAR(200) DEFAULT '' NOT NULL;
CREATE UNIQUE INDEX hand_meeting_signup_code ON hand_meeting (signup_code);

-- Personal data: deleted 30 days after the meeting (purge_after), and with the meeting.
-- cancel_hash: SHA-256 of the secret code the person got to cancel with.
CREATE TABLE meeting_signup (
    id           VARCHAR(32)   PRIMARY KEY,
    meeting_id   VARCHAR(32)   NOT NULL REFERENCES hand_meeting (id) ON DELETE CASCADE,
    name         VARCHAR(200)  NOT NULL,
    contact      VARCHAR(200)  NOT NULL,
    people       INTEGER       NOT NULL,
    question     VARCHAR(1000) NOT NULL,
    cancel_hash  VARCHAR(64)   NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    purge_after  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_signup_meeting ON meeting_signup (meeting_id);

-- The seats left of a counted sign-up, shown on the meeting's slide.
ALTER TABLE item ADD COLUMN seats_left INTEGER;
