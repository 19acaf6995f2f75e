-- Telegram update ids already handled: a batch redelivered after a crash is skipped, so
-- commands that are not idempotent by nature (/undo, /deletedata) never run twice.
CREATE TABLE processed_updates (
    update_id       INTEGER PRIMARY KEY,
    processed_ts    INTEGER NOT NULL
);
CREATE INDEX processed_updates_ts ON processed_updates(processed_ts);
