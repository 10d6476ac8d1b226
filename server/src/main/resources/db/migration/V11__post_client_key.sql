-- Issue 19: a post sent again after its answer was lost (a retry) is recognised by the key the page made for it,
-- so it is saved once. NULL for posts made without one; unique per author.
ALTER TABLE post ADD COLUMN client_key VARCHAR(64);
CREATE UNIQUE INDEX post_author_client_key ON post (author_id, client_key);
