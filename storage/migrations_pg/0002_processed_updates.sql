-- Telegram update ids already handled: a batch redelivered after a crash is skipped, so
-- commands that are not idempotent by nature (/undo, /deletedata) never run twice.
CREATE TABLE processed_updates (
    update_id       BIGINT PRIMARY KEY,
    processed_ts    BIGINT NOT NULL
);
CREATE INDEX processed_updates_ts ON processed_updates(processed_ts);
