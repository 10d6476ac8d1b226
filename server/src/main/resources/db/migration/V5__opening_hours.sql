-- Opening hours per screen as JSON ({"periods": [{"days": ["MONDAY", …], "open": "07:00", "close": "21:00"}],
-- "outside": "DARK" | "IDLE"}); NULL means open day and night.
ALTER TABLE screen ADD COLUMN opening_hours VARCHAR(2000);
