-- The training day: rest timers (one per lifter; the row is the truth, claimed once when due),
-- skipped sessions, and each lifter's bar, plates and warm-up choice.
CREATE TABLE rest_timers (
    user_id         BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    chat_id         BIGINT NOT NULL,
    seconds         INTEGER NOT NULL,
    due_ts          BIGINT NOT NULL,              -- unix seconds, UTC
    status          TEXT COLLATE "C" NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'fired', 'cancelled', 'expired')),
    started_ts      BIGINT NOT NULL
);
CREATE INDEX rest_timers_due ON rest_timers(status, due_ts);

CREATE TABLE skipped_sessions (
    user_id         BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_date      TEXT COLLATE "C" NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (user_id, local_date)
);

CREATE TABLE training_prefs (
    user_id         BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    plate_unit      TEXT COLLATE "C" NOT NULL DEFAULT 'kg' CHECK (plate_unit IN ('kg', 'lb')),
    bar             DOUBLE PRECISION,                        -- null: the standard bar for plate_unit
    plates          TEXT,                          -- '25,20,10,5,2.5'; null: the standard set
    warmups         INTEGER NOT NULL DEFAULT 1
);
