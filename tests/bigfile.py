"""A large Strong export made on the fly (tests and bench/bench_import_job.py share it)."""

from __future__ import annotations

from datetime import date, timedelta

HEADER = (
    '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";'
    '"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"'
)
LIFTS = ("Bench Press (Barbell)", "Squat (Barbell)", "Deadlift (Barbell)", "Overhead Press")
SETS_PER_WORKOUT = 5


def big_strong_csv(rows: int, first_day: date = date(1990, 1, 1)) -> bytes:
    """`rows` working sets, five per workout, three workouts a day at different hours."""
    lines = [HEADER]
    for i in range(rows):
        n = i // SETS_PER_WORKOUT
        day = first_day + timedelta(days=n // 3)
        hour = 7 + 5 * (n % 3)
        lift = LIFTS[n % len(LIFTS)]
        lines.append(
            f'"{n + 1}";"{day} {hour:02d}:00:00";"Workout {n + 1}";"3600";"{lift}";'
            f'"{i % SETS_PER_WORKOUT + 1}";"{60 + i % 40}";"{3 + i % 6}";"";"";"";"";""'
        )
    return ("\n".join(lines) + "\n").encode()
