-- Hand-entered meetings follow their area's approval rule like posts: status 'pending' or 'published'.
-- A pending meeting that was published before keeps its item (the approved version) until the change is approved.
-- last_editor_id: who last changed it, so that person never approves it (four eyes). Earlier meetings were
-- published at once and last changed by their author as far as anyone knows.
ALTER TABLE hand_meeting ADD COLUMN status VARCHAR(16) DEFAULT 'published' NOT NULL;
ALTER TABLE hand_meeting ADD COLUMN last_editor_id VARCHAR(32);
UPDATE hand_meeting SET last_editor_id = author_id;
ALTER TABLE hand_meeting ALTER COLUMN last_editor_id SET NOT NULL;
