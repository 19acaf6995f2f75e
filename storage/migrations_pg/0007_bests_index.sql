-- A best is rebuilt after an undo or an edit by one lookup per (exercise, rep count): the
-- heaviest set of that rep count, found from this index's end, at any history length.
CREATE INDEX sets_user_exercise_reps ON sets(user_id, exercise, reps, weight_kg);
