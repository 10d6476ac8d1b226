-- Politicians as data (issue 17): administrators keep them; meetings reference them by id and may still carry free
-- text ("to medlemmer af udvalget") in hand_meeting.politicians. committees: one per line.
CREATE TABLE politician (
    id          VARCHAR(32)   PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    party       VARCHAR(100)  NOT NULL,
    committees  VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The meeting's politicians from the register, in order, one id per line.
ALTER TABLE hand_meeting ADD COLUMN politician_ids VARCHAR(1000) DEFAULT '' NOT NULL;
