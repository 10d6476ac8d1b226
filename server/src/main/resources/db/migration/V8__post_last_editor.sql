-- Who last changed a post's text, picture, dates or areas, so that person never approves it (four eyes).
-- Posts from before this migration were last changed by their author as far as anyone knows.
ALTER TABLE post ADD COLUMN last_editor_id VARCHAR(32);
UPDATE post SET last_editor_id = author_id;
ALTER TABLE post ALTER COLUMN last_editor_id SET NOT NULL;
