-- "Har du en idé?" (issue 17): who to contact in an area with an idea, kept by administrators. An area with a
-- lokalforum or a Fælles-skaber named here gets the slide 'contact:' || area_slug. book_slide: whether its screens
-- show the "Book en politiker" invitation (on by default). photo_id: the Fælles-skaber's photo, optional.
CREATE TABLE area_contact (
    area_slug           VARCHAR(64)   PRIMARY KEY REFERENCES area (slug),
    lokalforum_name     VARCHAR(200)  NOT NULL,
    lokalforum_contact  VARCHAR(200)  NOT NULL,
    person_name         VARCHAR(200)  NOT NULL,
    person_phone        VARCHAR(50)   NOT NULL,
    person_email        VARCHAR(200)  NOT NULL,
    link                VARCHAR(1000) NOT NULL,
    book_slide          BOOLEAN       DEFAULT TRUE NOT NULL,
    photo_id            VARCHAR(32)   REFERENCES image (id),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
