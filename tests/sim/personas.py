"""The personas of issue 19: who the programme must serve (true starting 1RMs in kg)."""

from __future__ import annotations

from dataclasses import replace

from tests.sim.lifter import Persona

NOVICE_1RM = {"squat": 95.0, "bench_press": 70.0, "deadlift": 115.0, "overhead_press": 45.0}
INTERMEDIATE_1RM = {
    "squat": 150.0, "bench_press": 110.0, "deadlift": 185.0, "overhead_press": 67.5,
}  # fmt: skip
ADVANCED_1RM = {"squat": 200.0, "bench_press": 145.0, "deadlift": 240.0, "overhead_press": 90.0}

NOVICE = Persona("novice", "novice", "both", NOVICE_1RM)
NOVICE_NO_RPE = replace(NOVICE, name="novice-no-rpe", logs_rpe=False)
LB_NOVICE = replace(NOVICE, name="lb-novice", unit="lb")
INTERMEDIATE_STRENGTH = Persona(
    "intermediate-strength", "intermediate", "strength", INTERMEDIATE_1RM, days_per_week=4
)
INTERMEDIATE_STRENGTH_NO_RPE = replace(
    INTERMEDIATE_STRENGTH, name="intermediate-strength-no-rpe", logs_rpe=False
)
INTERMEDIATE_SIZE = Persona(
    "intermediate-size", "intermediate", "hypertrophy", INTERMEDIATE_1RM, days_per_week=4
)
INTERMEDIATE_SIZE_NO_RPE = replace(
    INTERMEDIATE_SIZE, name="intermediate-size-no-rpe", logs_rpe=False
)
INTERMEDIATE_BOTH = Persona("intermediate-both", "intermediate", "both", INTERMEDIATE_1RM)
ADVANCED = Persona("advanced", "advanced", "strength", ADVANCED_1RM, days_per_week=4)
MISSED_WEEK = replace(INTERMEDIATE_BOTH, name="missed-week", missed_weeks=frozenset({7}))
PLATEAU = replace(INTERMEDIATE_STRENGTH, name="plateau", plateau_from_week=3)
STRESSED = replace(
    INTERMEDIATE_BOTH, name="stressed", stress_weeks=frozenset({8, 9, 10}), checkins=True
)

ALL = (
    NOVICE, NOVICE_NO_RPE, LB_NOVICE, INTERMEDIATE_STRENGTH, INTERMEDIATE_STRENGTH_NO_RPE,
    INTERMEDIATE_SIZE, INTERMEDIATE_SIZE_NO_RPE, INTERMEDIATE_BOTH, ADVANCED, MISSED_WEEK,
    PLATEAU, STRESSED,
)  # fmt: skip
