-- Every history read is bounded by the lifter's calendar (local_date) or by the chat source,
-- so these indexes keep /history, /stats, charts and the programme's window independent of
-- how many years of sets a lifter has. The performed_at indexes served no query.
CREATE INDEX sets_user_day ON sets(user_id, local_date);
CREATE INDEX sets_user_exercise_day ON sets(user_id, exercise, local_date);
CREATE INDEX sets_user_source ON sets(user_id, source, id);
DROP INDEX sets_user_time;
DROP INDEX sets_user_exercise_time;
