-- A best is rebuilt after an undo or an edit by one lookup per (exercise, rep count): the
-- heaviest set of that rep count, found from this index's end, at any history length.
CREATE INDEX sets_user_exercise_reps ON sets(user_id, exercise, reps, weight_kg);
-- The programme's watermark read ("sets of this lifter newer than id N") walks only that
-- lifter's new rows, not every row other lifters added since.
CREATE INDEX sets_user_id ON sets(user_id, id);
