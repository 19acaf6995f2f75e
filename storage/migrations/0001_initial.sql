-- Users, their settings, logged sets, reminders, deliveries, programming state.
-- Times are stored as UTC ISO-8601 text ('2026-11-24T07:30:00+00:00') unless named *_ts
-- (unix seconds, for range scans in the scheduler); local dates as 'YYYY-MM-DD'.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,          -- Telegram user id
    chat_id         INTEGER NOT NULL,             -- private chat to write to
    first_name      TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT 'kg' CHECK (unit IN ('kg', 'lb')),
    timezone        TEXT NOT NULL DEFAULT 'UTC',
    goal            TEXT NOT NULL DEFAULT 'both' CHECK (goal IN ('strength', 'hypertrophy', 'both')),
    experience      TEXT NOT NULL DEFAULT 'novice'
                    CHECK (experience IN ('novice', 'intermediate', 'advanced')),
    training_days   INTEGER NOT NULL DEFAULT 0,   -- bit 0 = Monday … bit 6 = Sunday; 0 = not set
    equipment       TEXT NOT NULL DEFAULT 'gym',
    pending         TEXT,                          -- small per-user state: 'import', 'onboard:units', …
    active          INTEGER NOT NULL DEFAULT 1,    -- 0 once the user blocked the bot
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE sets (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    exercise        TEXT NOT NULL,                 -- canonical id, or the raw name when unmapped
    performed_at    TEXT NOT NULL,                 -- UTC
    local_date      TEXT NOT NULL,                 -- the lifter's calendar day
    weight_kg       REAL,                          -- null: no load / bodyweight only
    unit            TEXT NOT NULL DEFAULT 'kg',    -- unit the lifter wrote or uses (display)
    bodyweight      INTEGER NOT NULL DEFAULT 0,
    reps            INTEGER NOT NULL,
    rpe             REAL,
    set_type        TEXT NOT NULL DEFAULT 'normal'
                    CHECK (set_type IN ('normal', 'warmup', 'drop', 'failure')),
    notes           TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT 'chat',  -- chat | import
    chat_id         INTEGER,                       -- chat logs: the message the set came from
    message_id      INTEGER,
    group_idx       INTEGER NOT NULL DEFAULT 0,    -- group within the message
    set_idx         INTEGER NOT NULL DEFAULT 0,    -- set within the group
    import_key      TEXT,                          -- imports: stable key of the source row
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX sets_message_key ON sets(chat_id, message_id, group_idx, set_idx)
    WHERE message_id IS NOT NULL;
CREATE UNIQUE INDEX sets_import_key ON sets(user_id, import_key) WHERE import_key IS NOT NULL;
CREATE INDEX sets_user_exercise_time ON sets(user_id, exercise, performed_at);
CREATE INDEX sets_user_time ON sets(user_id, performed_at);

-- Heaviest working load per rep count: /prs and PR marks read this instead of scanning
-- every set; rebuilt for one exercise whenever sets of it are removed.
CREATE TABLE rep_bests (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    exercise        TEXT NOT NULL,
    reps            INTEGER NOT NULL,
    weight_kg       REAL NOT NULL,
    local_date      TEXT NOT NULL,
    PRIMARY KEY (user_id, exercise, reps)
);

CREATE TABLE reminders (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'session',   -- session | weekly
    local_time      TEXT NOT NULL,                     -- 'HH:MM' in the user's zone
    days_mask       INTEGER NOT NULL DEFAULT 127,      -- bit 0 = Monday
    enabled         INTEGER NOT NULL DEFAULT 1,
    next_fire_ts    INTEGER,                           -- unix seconds, UTC
    PRIMARY KEY (user_id, kind)
);
CREATE INDEX reminders_due ON reminders(enabled, next_fire_ts);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    local_date      TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'claimed'
                    CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    claimed_ts      INTEGER NOT NULL,
    sent_ts         INTEGER,
    message_id      INTEGER,
    UNIQUE (user_id, kind, local_date)
);
CREATE INDEX deliveries_status ON deliveries(status, claimed_ts);

CREATE TABLE program_state (
    user_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    state_json      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE program_events (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    exercise        TEXT,
    rule            TEXT NOT NULL,       -- S1 … S5, block_end, …
    action          TEXT NOT NULL,       -- deload, reset, add_sets, switch_block, …
    details_json    TEXT NOT NULL DEFAULT '{}',
    message         TEXT NOT NULL,       -- what the lifter was told
    notified        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX program_events_user ON program_events(user_id, id);

CREATE TABLE bodyweight (
    user_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_date      TEXT NOT NULL,
    weight_kg       REAL NOT NULL,
    PRIMARY KEY (user_id, local_date)
);
