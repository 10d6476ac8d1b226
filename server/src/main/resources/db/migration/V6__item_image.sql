-- An announcement's picture: a URL, relative to the server (/api/v1/images/{id}) or absolute; empty for none.
ALTER TABLE item ADD COLUMN image VARCHAR(2000) DEFAULT '' NOT NULL;
