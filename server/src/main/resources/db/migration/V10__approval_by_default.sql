-- Issue 19: a new area starts as "Kræver godkendelse" for volunteers who are not trusted, so posts reach the
-- approval queue until an administrator chooses otherwise. Areas that exist keep the setting they have.
ALTER TABLE area ALTER COLUMN moderation SET DEFAULT 'approval';
