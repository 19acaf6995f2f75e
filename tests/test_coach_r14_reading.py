"""Round fourteen's reading fixes (from v15's judged misses, phrased anew): a child's age said
before "son" is the child's; the back-work card needs back work asked; a decimal sum is no
scheme and a deload says how it rounded; the top-set load said beats a warm-up set; a step is no
load and "110 failed" is; a later ask's own target joins the first card's sum."""

from __future__ import annotations

import pytest

from bot.coach import answer, read
from bot.coach.budget import fit_budget
from bot.coach.cardbank import Card
from bot.units import fmt_number


@pytest.mark.parametrize(
    ("question", "child_age"),
    [
        ("14 yr old son wants to bench with me, how heavy should he go? he wants to max out", 14),
        ("a 13yo daughter who wants to squat, what reps for her", 13),
        ("my 15 year old daughter wants to get stronger for netball, what reps?", 15),
    ],
)
def test_a_childs_age_is_not_the_askers(question: str, child_age: int) -> None:
    d = read(question)
    assert (d.child_age, d.age) == (child_age, None)
    reply = answer(question)
    assert reply.goal == "none"  # their wish, answered as general advice for a minor
    assert "they're under 18" in reply.answer


@pytest.mark.parametrize(
    ("question", "back_card"),
    [
        ("do rows help my bench?", True),
        ("will more back work help my bench press", True),
        ("16 yo, want to bench 100, how?", False),
        ("how do i get my bench up faster", False),
    ],
)
def test_back_work_card_needs_back_work_asked(question: str, back_card: bool) -> None:
    assert ("back_for_bench" in answer(question).cards) is back_card


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        (
            "deload week: my bench is 3x5 at 102.5 kg. whats the deload, and does 102.5 x 0.9"
            " round up or down?",
            ["Deload from 3×5 at 102.5 kg", "90 kg (90% = 92.25, rounded down)"],
            ["5×0", "sets of 0"],
        ),
        (
            "my top sets today are at 150, i usually go bar x10, 60x5, then 150."
            " better ramp in kg?",
            ["For a work set of 150 kg: 60 kg × 5, 82.5 kg × 3, 105 kg × 2, 120 kg × 1"],
            ["work set of 60"],
        ),
        (
            "bench stuck: 80 failed, then 80 failed, then 80 failed again. my jump was 2.5 kg."
            " what now?",
            ["At 80 kg", "→ 70 kg"],
            ["At 5 kg", "At 2.5 kg"],
        ),
        (
            "bench single 150 @ 8.5, 1rm? and whats 5 reps @ 8 from that",
            ["e1RM ≈ 159.7", "5 reps @ RPE 8 = 81.1%"],
            ["1 rep @ RPE 8"],
        ),
    ],
)
def test_the_askers_numbers_are_read_as_meant(
    question: str, shown: list[str], absent: list[str]
) -> None:
    text = answer(question).answer
    for part in shown:
        assert part in text
    for part in absent:
        assert part not in text


def test_a_halved_jump_of_a_quarter_step_is_shown_whole() -> None:
    text = answer("bench 60 failed 3 sessions in a row on my lp, what now?").answer
    assert "then add 1.25 each successful session" in text
    assert "1.2 " not in text


def test_pain_down_a_limb_gets_only_the_stop_and_see_answer() -> None:
    reply = answer(
        "shooting pain down my leg after deadlifts today, can i bench tomorrow and what weight"
        " should i pull next week"
    )
    assert reply.cards == ("red_flag_stop",)
    assert "no session tomorrow" in reply.answer
    assert "carry on as normal" not in reply.answer  # the general injury card would undercut it


@pytest.mark.parametrize(
    ("value", "shown"),
    [(100.0, "100"), (102.5, "102.5"), (116.666, "116.7"), (1.25, "1.25"), (101.25, "101.25")],
)
def test_numbers_keep_a_quarter_step(value: float, shown: str) -> None:
    assert fmt_number(value) == shown


def test_no_question_is_left_without_its_answer() -> None:
    card = Card(
        id="x",
        topic="rest",
        goal="none",
        title="Rest",
        text="Rest 3–5 min between heavy sets of 1–5 reps. Still sore after 72 h? Take a rest day.",
        asks=("rest",),
    )
    blocks = fit_budget([card.text], [(card, "rest")], budget=10)
    assert blocks == ["Rest 3–5 min between heavy sets of 1–5 reps."]


def test_a_rule_the_worked_figures_already_show_is_not_restated() -> None:
    text = answer("my squat e1rm is 162.5, what are my strength block loads each week?").answer
    assert "week 1: 4×4 @ RPE 7.5 (82.4%) → 135" in text
    assert "as %e1RM from the RTS chart" not in text  # the table again, without their loads


def test_a_pregnant_lifter_hears_may_i_lift_once() -> None:
    text = answer("24 weeks pregnant, lifted for years. can i keep squatting with a bar?").answer
    assert "general advice only" in text
    assert text.count("In general terms") == 1, text  # her card's, not the general line as well


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        (
            "on the original 5/3/1 (not forever), deadlift 1rm 405 lb. my tm and week 3 top set?",
            ["TM 364.5 lb (90%)"],
            ["(85%)"],
        ),
        (
            "texas method, friday 5rm squat 315 lb. monday and wednesday weights?",
            ["Monday 5×5 ≈ 285 lb, Wednesday 2×5 ≈ 230 lb"],
            [],
        ),
        (
            "powerlifting meet in 9 weeks, how do i line up my training to peak?",
            ["9 weeks out: weeks 1–4: size work", "weeks 5–8: the strength block", "week 9"],
            ["11 weeks out is 6 + 5"],
        ),
        (
            "(F, 31, 62kg) ohp went 42.5 then 45 and failed 45 twice. what if i fail a third time?",
            ["at 45"],
            ["at 62"],
        ),
    ],
)
def test_programme_numbers_from_the_askers_own(
    question: str, shown: list[str], absent: list[str]
) -> None:
    text = answer(question).answer
    for part in shown:
        assert part in text, text
    for part in absent:
        assert part not in text, text


@pytest.mark.parametrize(
    ("question", "rpes"),
    [
        (
            "squat 150x5 no rpe noted, then 170x2 that felt close, call it 9.5. better estimate?",
            (None, 9.5),
        ),
        ("warm up 60x8 felt like rpe 6, then 90 kg x 6 with 2 left in the tank", (6.0, 8.0)),
        ("squat 100x5 for 3 sets, i could do 2 more sets", (None,)),
    ],
)
def test_effort_said_after_a_set_is_that_sets(
    question: str, rpes: tuple[float | None, ...]
) -> None:
    assert tuple(s.rpe for s in read(question).sets) == rpes
