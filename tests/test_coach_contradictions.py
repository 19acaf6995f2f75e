"""No answer contradicts its own safety line or the asker (COACHING 4.8): minors, pregnancy and
medical conditions get general advice with no heavy loads, training max, max or meet test; a pain
of the asker's own adds the stop-and-see line and the rest still answers; someone else's or a long
healed injury adds nothing; a card appended for a misread word ("ppl", "cutting") is not shown.
The phrasings are new, written for these classes (the v7–v10 dev judges' contradictions)."""

from __future__ import annotations

import re

import pytest

from bot.coach import answer

STOP = re.compile(r"stop the (lift|exercise) that hurts", re.IGNORECASE)
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
