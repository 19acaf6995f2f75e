-- How often each Telegram update was started: one that was killed (or failed) twice is set
-- aside with a reply instead of being retried forever (a poison upload can't crash-loop).
CREATE TABLE update_attempts (
    update_id       INTEGER PRIMARY KEY,
    attempts        INTEGER NOT NULL,
    started_ts      INTEGER NOT NULL
);
CREATE INDEX update_attempts_ts ON update_attempts(started_ts);
-- One row the health check rewrites: /healthz proves a real write reaches the database.
CREATE TABLE heartbeat (
    id              INTEGER PRIMARY KEY,
    beat_ts         INTEGER NOT NULL
);
