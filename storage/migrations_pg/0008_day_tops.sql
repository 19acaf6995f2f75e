-- Heaviest working load per (lifter, exercise, day, rep count): /stats' e1RM trend and /chart
-- read these few rows per training day instead of every set behind them, so their cost does
-- not grow with years of history. Kept exact by every write to sets, in its own transaction
-- (storage/day_tops.py); filled here from the sets already stored.
CREATE TABLE day_tops (
    user_id         BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    exercise        TEXT COLLATE "C" NOT NULL,
    local_date      TEXT COLLATE "C" NOT NULL,
    reps            INTEGER NOT NULL,
    weight_kg       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (user_id, exercise, local_date, reps)
);
INSERT INTO day_tops (user_id, exercise, local_date, reps, weight_kg)
    SELECT user_id, exercise, local_date, reps, MAX(weight_kg) FROM sets
    WHERE set_type != 'warmup' AND weight_kg > 0
    GROUP BY user_id, exercise, local_date, reps;
