-- Weekly check-ins (how recovered the lifter feels): inputs of the fatigue and volume rules.
CREATE TABLE checkins (
    user_id             BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    local_date          TEXT COLLATE "C" NOT NULL,
    sore_muscles        TEXT COLLATE "C" NOT NULL DEFAULT '',
    poor_sleep          INTEGER NOT NULL DEFAULT 0,
    joint_pain          INTEGER NOT NULL DEFAULT 0,
    soreness_over_72h   INTEGER NOT NULL DEFAULT 0,
    low_motivation      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, local_date)
);
