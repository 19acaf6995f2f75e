"""No answer contradicts its own safety line or the asker (COACHING 4.8): minors, pregnancy and
medical conditions get general advice with no heavy loads, training max, max or meet test; a pain
of the asker's own adds the stop-and-see line and the rest still answers; someone else's or a long
healed injury adds nothing; a card appended for a misread word ("ppl", "cutting") is not shown.
The phrasings are new, written for these classes (the v7–v10 dev judges' contradictions)."""

from __future__ import annotations

import re

import pytest

from bot.coach import answer

STOP = re.compile(r"stop the (lift|exercise|painful version)( that hurts)?", re.IGNORECASE)
GENERAL = "general advice only"
# What a general-advice-only answer must never tell its asker to do.
HEAVY = re.compile(
    r"training max|\bTM\b|80–100%|65–95%|test week|meet day|heavy singles|1RM or 3RM|RPE 7\.5–9"
    r"|heavy lifting works at any age",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "question",
    [
        "15yo, what % of my max should i bench?",
        "16 y/o, should i do heavy singles to test my max?",
        "i'm 17 and have a meet in 8 weeks, when do i peak?",
        "im 14 whats a good 531 week 1 for me",
        "15yo how heavy should i squat",
        "is 5/3/1 ok for me at 16? how do i set my training max",
    ],
)
def test_a_teen_gets_general_advice_with_no_heavy_loads_or_max_tests(question: str) -> None:
    reply = answer(question).answer
    assert "As you're under 18" in reply and "skip max attempts" in reply
    assert not HEAVY.search(reply)


@pytest.mark.parametrize(
    "question",
    [
        "my son is 13, how heavy should he lift?",
        "is it ok for my 14 y/o son to start lifting at the gym",
        "my daughter is 15, can she do 5/3/1 and test her 1rm?",
        "my 13yo wants to bench like his older brother, how heavy and how often?",
        "my 16-year-old daughter wants to start powerlifting, how should she train",
    ],
)
def test_a_parent_asking_for_a_child_gets_the_general_advice_said_of_the_child(
    question: str,
) -> None:
    reply = answer(question).answer
    assert "As they're under 18" in reply and GENERAL in reply
    assert "As you're under 18" not in reply and not HEAVY.search(reply)
    assert "your doctor knows your case" not in reply  # a child is not a medical case


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("61 y/o woman, have osteoporosis. is deadlifting heavy safe for me", "osteoporosis"),
        ("i'm 67 with osteopenia, can i deadlift heavy?", "osteopenia"),
        ("type 1 diabetic, can i do heavy singles?", "diabetes"),
        ("i have high blood pressure, should i test my 1rm?", "high blood pressure"),
        ("asthma here, is a strength block with heavy triples ok", "asthma"),
    ],
)
def test_a_medical_condition_is_named_and_gets_no_heavy_prescription(
    question: str, condition: str
) -> None:
    reply = answer(question).answer
    assert f"With {condition} this is {GENERAL}" in reply and "doctor" in reply
    assert not HEAVY.search(reply) and not reply.split("\n\n")[1].startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "20 weeks pregnant, can i keep benching 3x5?",
        "26 weeks along, used to squat 100 for 5x5. how hard should sets feel, rpe?",
        "pregnant with my second, can i still do my strength block singles",
    ],
)
def test_pregnancy_gets_general_advice_and_no_hard_effort_targets(question: str) -> None:
    reply = answer(question).answer
    assert "midwife" in reply and not HEAVY.search(reply)


@pytest.mark.parametrize(
    ("question", "still_answers"),
    [
        ("my elbow kills on skullcrushers, how many sets for triceps a week?", "sets"),
        ("shoulders are kinda achy lately. how long should i rest between sets for size?", "min"),
        ("ppl 6x a week, 24 sets chest a week and my shoulders are kinda achy. too much?", "20"),
        ("knee's been killing me since leg day, what reps for size on upper body?", "6–15"),
    ],
)
def test_an_own_pain_adds_the_stop_line_and_the_rest_still_answers(
    question: str, still_answers: str
) -> None:
    reply = answer(question)
    assert STOP.search(reply.answer)
    assert still_answers in reply.answer.split("\n\n", 1)[1]  # the ask's answer after the line


@pytest.mark.parametrize(
    "question",
    [
        "my elbow kills doing skullcrushers. switch exercise or keep going?",
        "my knee hurts when i squat. what do i do?",
    ],
)
def test_a_pain_with_no_other_ask_gets_the_pain_answer(question: str) -> None:
    reply = answer(question)
    assert reply.cards[0] in ("injury", "pain_swap", "pain_strength", "pain_size")
    assert STOP.search(reply.answer)


@pytest.mark.parametrize(
    "question",
    [
        "hurt my knee 3 years ago, fully healed now. what reps for size?",
        "i dont want to get hurt, how many sets for chest?",
        "scared of getting injured, how long should i rest between heavy sets?",
        "my dad hurt his back deadlifting years ago, what reps for strength?",
    ],
)
def test_a_worry_someone_elses_or_a_long_healed_injury_adds_no_stop_line(question: str) -> None:
    reply = answer(question).answer
    assert "First: if something hurts" not in reply and "cleared, ease back in" not in reply


@pytest.mark.parametrize(
    ("question", "not_card"),
    [
        ("leg curl 3x10 @ 40kg, went 12, 12, 11. add weight? whats the rule ppl use", "ppl_split"),
        ("db press 3x10 with 30s, got 12 12 12, what do ppl say, go up?", "ppl_split"),
        ("my squat stalled twice this block, it cut my e1rm 5% already. keep cutting?", "cutting"),
        ("stalled again after the 5% cut on bench. cut another 5%?", "strength_on_cut"),
        (
            "gzclp, squat 5rm 100kg. T1 start? and how much does it go up each session?",
            "lp_next_load",
        ),
    ],
)
def test_a_misread_word_appends_no_card_that_answers_nothing_asked(
    question: str, not_card: str
) -> None:
    assert not_card not in answer(question).cards


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        ("gzclp starting, squat 5rm = 100kg, bench 5rm 70. T1 starts?", "squat 85", "→ 5 kg"),
        ("did the 5% cut on squat, stalled again in week 4 of my S block. now?", "second", "5% is"),
    ],
)
def test_a_cut_or_a_5rm_list_is_read_as_said(question: str, shown: str, not_shown: str) -> None:
    reply = answer(question).answer
    assert shown in reply and not_shown not in reply


@pytest.mark.parametrize(
    "question",
    [
        "do i need barbell bench for chest size or are dumbbells fine",
        "can leg press replace squats if i only care about quad size?",
        "for bigger pecs, is db press as good as the barbell?",
    ],
)
def test_a_size_asker_is_not_told_the_strength_lift_must_stay_in(question: str) -> None:
    reply = answer(question)
    assert "Both build muscle" in reply.answer and "Bench a lot" not in reply.answer


@pytest.mark.parametrize(
    ("question", "shown", "not_shown"),
    [
        (
            "3 weeks into my first program, squat was 80kg today and bench 50, all reps clean."
            " what do i add the next 3 sessions?",
            "squat 85, 90, 95 kg",
            "next session 82.5",
        ),
        (
            "week 2 of my first program, squat 60kg bench 40kg all reps made, next?",
            "bench 42.5 kg",
            "next session 62.5",
        ),
        (
            "deadlift 5x3 at 172.5 today, e1rm about 200. warm ups? i usually do 60, 100, 140",
            "80 × 5",
            "median",
        ),
        (
            "gzclp T2 bench 3x10 with 60kg, got 10, 9, 8. same weight or drop?",
            "3×8 at the same weight",
            "T2 start",
        ),
    ],
)
def test_no_stray_figure_contradicts_the_answer(question: str, shown: str, not_shown: str) -> None:
    reply = answer(question).answer
    assert shown in reply and not_shown not in reply


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "did 3 sets of 5 at 120kg, rpe went 7, 7.5, 8.5. what's the e1rm from that session",
            "152.7",
        ),
        ("bench 3x5 at 100, rpes 7, 8, 9 - e1rm?", "127.2"),
        ("squat 4x3 at 140, rpe was 8, 8.5, 9, 9. session e1rm?", "162.2"),
    ],
)
def test_one_rpe_a_set_is_read_not_ignored(question: str, shown: str) -> None:
    reply = answer(question)
    assert shown in reply.answer and "no RPE logged" not in reply.answer
    assert "beats the" not in reply.answer  # the RPEs are no rep list


@pytest.mark.parametrize(
    "question",
    [
        "back from 2 weeks of flu, lifts 8% down two sessions in. push on or back off?",
        "lifts 10% lower for 2 sessions after a bad week of sleep, what now",
        "squat and bench both ~7% down the last two workouts, keep going with the plan?",
    ],
)
def test_a_drop_of_over_5_percent_two_sessions_running_is_the_fatigue_deload(
    question: str,
) -> None:
    reply = answer(question).answer
    assert "fatigue sign" in reply and "deload for 7 days" in reply


@pytest.mark.parametrize(
    ("question", "card"),
    [
        (
            "need a deload i think, knees achy and sleeping badly. what does the week look like?",
            "deload",
        ),
        ("lower back sore for 4 days after deadlifts, not injured, just sore. normal?", "sore"),
        ("at 20 sets of back a week, rows not moving and my back is always sore", "sets"),
    ],
)
def test_soreness_and_fatigue_aches_are_no_injury(question: str, card: str) -> None:
    reply = answer(question)
    assert "injury" not in reply.cards and "First: if something hurts" not in reply.answer
    assert card in reply.answer.lower()


@pytest.mark.parametrize(
    "question",
    [
        "i have scoliosis, can i squat and deadlift heavy?",
        "had a heart murmur since a kid, can i do heavy singles?",
    ],
)
def test_a_condition_without_a_birth_is_no_postpartum_return(question: str) -> None:
    reply = answer(question)
    assert "postpartum_return" not in reply.cards and "midwife" not in reply.answer
    assert GENERAL in reply.answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "rows last week 70kg 3x10, this week 70 for 8, 7, 7. pulldowns also dropped. worry?",
            "deload next week and end the mesocycle",
        ),
        ("leg press last week 200 3x12, today 200 for 10 9 8. normal?", "regression"),
    ],
)
def test_a_regression_is_never_met_with_more_load(question: str, shown: str) -> None:
    reply = answer(question).answer
    assert shown in reply and not re.search(r"next time \d", reply)  # no heavier load
