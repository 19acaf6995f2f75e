"""Round four: the coach counts the asker's own week, reads their body and safety details.

Own questions (not from the dev sets); each asserts what a lifter would notice.
"""

from __future__ import annotations

import pytest

from bot.coach import answer, read
from bot.coach.asks import split_asks


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "doing lunges 3 sets and leg extensions 4 sets, each twice a week. enough for quads?",
            "about 14 quads sets a week",
        ),
        (
            "chin ups 5 sets 2x a week, zero curls. how many sets is that for my biceps",
            "about 5 biceps sets a week",
        ),
        (
            "chest: incline 4 sets + pec deck 4 sets, 3 times a week. too much volume?",
            "about 24 chest sets a week",
        ),
        (
            "ohp 3 sets twice a week and 4 sets of skullcrushers once a week, triceps volume ok?",
            "about 7 triceps sets a week",
        ),
    ],
)
def test_a_listed_week_is_counted_with_half_sets_for_helpers(question: str, shown: str) -> None:
    reply = answer(question).answer
    assert shown in reply
    assert reply.startswith("By my count")  # the count comes first


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("leg curls 2 sets once a week, is that enough for hamstrings?", "below the 10–20"),
        ("calf raises 6 sets, 4x a week. overkill for calves?", "above the 10–20"),
        ("hip thrusts 4 sets and kickbacks 3 sets, both twice a week. enough?", "inside"),
    ],
)
def test_the_count_gets_a_verdict_against_the_weekly_range(question: str, verdict: str) -> None:
    assert verdict in answer(question).answer


@pytest.mark.parametrize(
    "question",
    [
        "did 4 sets of 6 at 100 kg on squat @8, what's my max?",  # maths on a set
        "for strength how many sets per session should squat be? doing 6 sets of 2 twice a week",
        "how many sets for shoulders?",  # nothing to count
    ],
)
def test_no_count_without_a_week_to_count_or_for_a_strength_question(question: str) -> None:
    assert "By my count" not in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("dieting from 100 down to 92kg, how much protein per day?", "At 100 kg"),
        ("making weight for a 59kg meet, sitting at 63 now. protein?", "At 63 kg"),
        ("i'm 82kg, protein for a lean bulk?", "At 82 kg"),
    ],
)
def test_protein_uses_the_weight_the_asker_is_now(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_a_maintenance_figure_becomes_the_bulking_calories() -> None:
    reply = answer("maintenance is roughly 2400 kcal, how much should i eat to bulk up?").answer
    assert "2640–2880 kcal" in reply


@pytest.mark.parametrize(
    "question",
    [
        "had a heart attack two years ago, can i max out my deadlift now?",
        "pacemaker fitted in spring, want heavy triples on squat again, ok?",
    ],
)
def test_a_heart_history_gets_general_advice_not_heavy_loads(question: str) -> None:
    reply = answer(question).answer
    assert "doctor" in reply
    assert "80–100%" not in reply


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("16, play rugby at school. can i do heavy doubles on bench?", 16),
        ("15 and my dad lets me use his barbell, how often should i train", 15),
        ("15 reps or 8 for arms?", None),
        ("18 sets a week for chest ok?", None),
    ],
)
def test_a_teen_age_leading_the_message_is_the_askers_age(question: str, age: int | None) -> None:
    assert read(question).age == age


def test_a_teenager_with_a_leading_age_gets_the_under_18_line() -> None:
    assert "under 18" in answer("16, play rugby at school. can i do heavy doubles on bench?").answer


@pytest.mark.parametrize(
    "question",
    [
        "pulled 200kg last week, how many reps should deadlift work sets be for strength?",
        "i pulled 405 yesterday, should i keep doing triples to get it stronger",
    ],
)
def test_pulled_with_a_weight_is_a_deadlift_not_an_injury(question: str) -> None:
    assert read(question).injury is None
    assert "hurts" not in answer(question).answer


def test_a_pulled_muscle_is_still_an_injury() -> None:
    assert read("i pulled my hamstring on rdls, can i still train legs?").injury == "current"


def test_swelling_after_a_lift_gets_the_stop_and_check_advice() -> None:
    reply = answer("elbow swells up after bench days lately, still want bigger arms").answer
    assert "see a doctor" in reply
    assert "Stop the exercise that hurts" in reply


def test_a_full_question_is_answered_not_met_with_a_menu() -> None:
    reply = answer("my legs got way bigger this year but the squat barely went up, how come?")
    assert not reply.choices


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "deadlift e1rm 200. load for 4x5 @ 7, and how long should i rest between them",
            ("load for 4x5 @ 7", "how long should i rest between them"),
        ),
        (
            "bulking at 75kg. protein per day and how fast should the scale go up",
            ("protein per day", "how fast should the scale go up"),
        ),
        ("bench 100x5 @ 8. e1rm? and what for 3x3 @ 8", ("e1rm?", "and what for 3x3 @ 8")),
    ],
)
def test_a_short_ask_joined_to_a_question_is_its_own_part(
    question: str, parts: tuple[str, ...]
) -> None:
    assert split_asks(question).parts == parts


def test_a_but_also_wish_is_context_not_an_ask() -> None:
    asks = split_asks("want big arms but also a strong bench. which first?")
    assert asks.parts == ("which first?",)


def test_each_listed_ask_is_answered() -> None:
    reply = answer("squat e1rm 150. weight for 3x10 @ 2 RIR, and how many sets a week for quads")
    assert "≈ 102.5" in reply.answer  # 10 @ RPE 8 = 68.0% of 150
    assert "10–20" in reply.answer


def test_a_teen_in_pain_gets_both_safety_lines() -> None:
    reply = answer("i'm 15 and my knee hurts on squats. how many reps should i do").answer
    assert "under 18" in reply
    assert "stop the lift that hurts" in reply


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        (
            "do i rest less on cable flyes than on rows when building muscle",
            "rest_by_exercise_size",
            "1–2 min",
        ),
        (
            "size phase, i sit 5 mins between sets of hack squat. is that hurting growth",
            "rest_long_size",
            "just time",
        ),
        (
            "what's meant by neural adaptations in the first months of training",
            "neural_gains",
            "nervous system",
        ),
        (
            "6 weeks into lifting and i do 16 sets per muscle a week, is it too much volume",
            "novice_volume",
            "about 8",
        ),
        (
            "boxer, need stronger legs but i cant go up a weight class. how do i lift",
            "strength_no_weight",
            "maintenance",
        ),
        (
            "can trap bar and leg press replace conventional deadlifts if i want a big deadlift",
            "specific_lift_needed",
            "specific",
        ),
        (
            "want a bigger chest, can i start the session with flyes before squats",
            "priority_first",
            "first",
        ),
        (
            "sets of 4 to 6 on incline press, do they still build muscle",
            "low_reps_size",
            "0–3 reps",
        ),
        ("lateral raises for 25 reps, does that still grow shoulders", "high_reps_size", "20"),
    ],
)
def test_a_specific_ask_gets_its_own_card(question: str, card: str, shown: str) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    assert shown in reply.answer


def test_a_strength_asker_resting_long_gets_the_strength_rest_answer() -> None:
    reply = answer("rest 5 minutes between heavy squat triples, i want a bigger squat, too long?")
    assert "3–5 min" in reply.answer and reply.goal == "strength"


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("maintenance around 2,200. how fast should i gain on a lean bulk?", "2420–2640 kcal"),
        ("70kg, maintenance is ~2900, bulking: how many calories", "3190–3480 kcal"),
    ],
)
def test_a_maintenance_without_a_unit_still_gives_the_bulking_calories(
    question: str, shown: str
) -> None:
    assert shown in answer(question).answer
