"""The training day's small pure helpers: plates, warm-ups, day-one loads, rest durations."""
