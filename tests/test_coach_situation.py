"""The asker's situation is read and every part of the ask answered (COACHING 4.8 and Part 4)."""

from __future__ import annotations

import pytest

from bot.coach import answer, is_question
from bot.coach.safety import MEDICAL, MINOR, PREGNANT

STOP = "stop the lift that hurts"
STOP_EXERCISE = "stop the exercise that hurts"


def _says_stop(reply: str) -> bool:
    low = reply.lower()
    return STOP in low or STOP_EXERCISE in low or "stop the lift that hurts" in low


@pytest.mark.parametrize(
    "question",
    [
        "patellar tendinitis in my left knee, how many sets a week for quad growth",
        "dealing with sciatica lately. what rep range for strength on deadlift",
        "bulging disc, still sore when i bend. what rest between squat sets for strength",
        "hip bursitis flaring up again, how do i keep my legs growing",
        "golfers elbow from chin ups, how should i keep training my back for size",
        "shin splints from running, what's a good leg routine for size",
    ],
)
def test_a_named_condition_is_pain_and_the_rest_is_still_answered(question: str) -> None:
    reply = answer(question)
    assert _says_stop(reply.answer)
    assert len(reply.answer.split("\n\n")) >= 2 or "pain-free" in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "how do i avoid tennis elbow when curling heavy",
        "what causes shin splints",
        "had sciatica years ago, long gone. what reps for size",
    ],
)
def test_a_condition_asked_about_or_long_over_is_no_pain_now(question: str) -> None:
    assert "if something hurts" not in answer(question).answer


def test_a_named_condition_alone_still_reaches_the_coach() -> None:
    assert is_question("rotator cuff tear from benching")


@pytest.mark.parametrize(
    ("question", "general"),
    [
        ("i'm 14, can i max out my squat to see where i'm at", MINOR),
        ("im 16 and want to peak for a meet, how do i test a 1rm", MINOR),
        (
            "i have high blood pressure, are heavy singles at rpe 9 ok",
            MEDICAL.format("high blood pressure"),
        ),
        ("pregnant, second trimester: how do i test my bench max", PREGNANT),
    ],
)
def test_general_advice_only_is_never_followed_by_max_testing(question: str, general: str) -> None:
    reply = answer(question).answer
    assert reply.startswith(general)
    for heavy in ("work up to a 1RM", "@ 9.5 = 97.8%", "1 rep @ 10 = 100%", "80–100%"):
        assert heavy not in reply


@pytest.mark.parametrize(
    ("question", "goal", "kept"),
    [
        (
            "which laptop is best for gaming? and how long to rest between heavy sets",
            "strength",
            "3–5 min",
        ),
        (
            "haha whats the best crypto coin to hold. and how many days a week for a beginner",
            "both",
            "3 full-body",
        ),
        (
            "who wins the world cup this year, also how many sets a week for size",
            "hypertrophy",
            "10–20",
        ),
    ],
)
def test_an_off_topic_half_is_declined_in_one_line(question: str, goal: str, kept: str) -> None:
    reply = answer(question)
    assert kept in reply.answer.split("\n\n")[0]  # the training half leads
    last = reply.answer.split("\n\n")[-1]
    assert "outside what I can help with" in last and "\n" not in last
    assert reply.goal == goal


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("can older lifters still lift heavy at 60", "Yes — heavy lifting"),
        ("do warm-up sets count as working sets", "No — warm-up sets"),
    ],
)
def test_a_yes_or_no_lead_fits_the_ask(question: str, lead: str) -> None:
    assert lead in answer(question).answer


def test_a_yes_or_no_ask_after_a_lead_in_keeps_its_answer_word() -> None:
    reply = answer("sorry if dumb but is it possible to build strength and size together?")
    assert reply.answer.startswith("Yes")


def test_a_what_ask_gets_no_bare_yes_or_no() -> None:
    reply = answer("which of my sets count as working sets, the warm-ups too").answer
    assert not reply.startswith(("No", "Yes"))
    assert "don't count" in reply


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "bench best e1rm of the last 6 sessions is 120, the 6 before that was 119. stall?",
            "one check towards a stall",
        ),
        ("ohp top e1rm last 6 sessions 62 vs 60 the 6 before, progress or noise", "progress"),
    ],
)
def test_a_stall_is_read_from_two_bests(question: str, verdict: str) -> None:
    assert verdict in answer(question).answer


def test_every_lift_listed_before_a_layoff_gets_its_re_entry_load() -> None:
    reply = answer("4 months off for work. deadlift e1rm was 200, ohp 60. where to restart").answer
    assert "deadlift 80% of 200 → 160" in reply and "ohp 80% of 60 → 48 (47.5 on the bar)" in reply


def test_a_figure_two_cards_share_is_shown_once_with_one_unit_note() -> None:
    reply = answer("531 bench TM 100. week 1 loads, and if i get 3 on the 5+ what happens").answer
    assert reply.count("TM 100 → week 1") == 1
    assert reply.count("No unit given") == 1


@pytest.mark.parametrize(
    "question",
    [
        "first month lifting, how many reps should i do",
        "started lifting 2 weeks ago, what should my rep range be",
    ],
)
def test_the_first_weeks_of_lifting_read_as_a_beginner(question: str) -> None:
    assert answer(question).goal == "both"


def test_a_load_asked_on_both_lifts_is_worked_out_for_each() -> None:
    reply = answer("deadlift 160x5 and ohp 50x5, no rpe. what weight for 5x3 @ 8 on both")
    assert "186.7 × 86.3% ≈ 160" in reply.answer and "58.3 × 86.3% ≈ 50" in reply.answer
    assert reply.goal == "none"  # "on both" lifts is no wish for both goals


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("my wrist hurts every time i press, how do i keep my press progressing", "strength"),
        ("hip pinches at the bottom of squats, still want a bigger squat", "strength"),
        ("sharp pain in my shoulder on dips, still want to build my chest", "hypertrophy"),
    ],
)
def test_pain_with_a_goal_gets_the_pain_card_for_it_not_how_to_push_on(
    question: str, goal: str
) -> None:
    reply = answer(question)
    assert reply.goal == goal
    assert _says_stop(reply.answer)
    assert "Add weight when" not in reply.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("3x12-15 lateral raises, got 15, 13, 12. go up in weight?", "stay at this weight"),
        ("3x6-10 on leg press, hit 10, 10, 10 today. add weight?", "every set hit 10"),
    ],
)
def test_double_progression_is_judged_from_the_reps_alone(question: str, verdict: str) -> None:
    assert verdict in answer(question).answer


def test_work_sets_under_80_percent_need_no_full_ramp() -> None:
    reply = answer("is the whole warm-up ramp needed when my work sets are at 65% for 15s").answer
    assert "the full ramp isn't needed" in reply


def test_a_one_word_ask_after_and_is_answered_too() -> None:
    reply = answer(
        "cutting for a 90kg meet, at 94 now. how heavy should i keep lifting and protein?"
    )
    assert "1–5 reps" in reply.answer and "At 94 kg: about" in reply.answer
