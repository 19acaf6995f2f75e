-- The programme's window (working sets of the last 16 weeks, read by every /plan and by a log
-- that ends a day) comes from this index alone: after (lifter, day, id) it holds every column
-- that read needs, so 3,000 rows cost one index range, not 3,000 table lookups. It replaces
-- the narrower (user_id, local_date) index, whose queries it serves the same way.
DROP INDEX sets_user_day;
CREATE INDEX sets_user_day ON sets(user_id, local_date, id, set_type, exercise, weight_kg, reps, rpe);
