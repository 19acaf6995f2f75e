"""Every part of a message answered, nothing stray appended, and safety lines that still help.

Own phrasings (not dev-set questions): numbered and "separate q" asks, a sum asked in one part
and a plain question in the next, comparisons of two or three programmes, and askers whose
general-advice caveat must not be followed by heavy effort targets.
"""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.asks import split_asks
from tests.conftest import texts
from tests.fakeapi.driver import ChatDriver


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "quick ones: 1) squat 140x3 @8 e1rm 2) best crypto right now 3) how long to rest",
            3,
        ),
        ("three qs. 1. is creatine worth it 2. how many days a week should i train", 2),
        ("what shoes do u like? also separate q, how many sets a week for chest", 2),
        ("can i sync this with my watch? and unrelated thing — what reps for strength", 2),
    ],
)
def test_numbered_and_aside_asks_are_each_their_own_part(message: str, parts: int) -> None:
    asks = split_asks(message)
    assert len(asks.parts) == parts, asks
    assert not any(p.lower().startswith(("separate", "unrelated")) for p in asks.parts)


@pytest.mark.parametrize(
    "message",
    [
        "want bigger arms, what rep range + how many sets a week do i need",
        "where should my squat restart, and am i a novice again?",
        "should i take a deload and would it help my press?",
        "how long to rest and will it matter for size?",
    ],
)
def test_asks_joined_by_plus_or_and_am_would_will_are_two_parts(message: str) -> None:
    assert len(split_asks(message).parts) == 2


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("is 5x5 enough for size, also rest?", 2),
        ("bench day tomorrow. rest? sets? reps?", 3),
        ("ohp stalled for a month. what now. deload as well?", 2),
        ("how many days a week should i lift? rest days too", 2),
        ("deadlift 180x3 @8. e1rm and what's a 5 @ 8 off that", 2),
        ("is my form ok on squats? and separately is 3x8 enough for arms", 2),
        ("my trainer and i disagree: how many sets for chest, and which split should i run?", 2),
        ("should i squat twice a week, what's my e1rm from 140x3 @8", 2),
        ("im 3 months in, what should i change. also how long rest", 2),
    ],
)
def test_implied_and_listed_asks_are_each_their_own_part(message: str, parts: int) -> None:
    asks = split_asks(message)
    assert len(asks.parts) == parts, asks
    assert all(p.strip(" ?.").lower() not in ("and", "also", "") for p in asks.parts)


@pytest.mark.parametrize(
    "message",
    [
        "did 200 for 5 reps, no rpe, what's my max?",
        "squatted 140x3 @8, what should i do next week?",
        "how many sets and reps?",
    ],
)
def test_a_set_and_its_one_question_stay_one_ask(message: str) -> None:
    assert len(split_asks(message).parts) == 1


def test_a_decimal_or_a_single_number_is_not_a_numbered_list() -> None:
    assert split_asks("bench 82.5x5 @ 8.5, what's my e1rm?").parts == (
        "bench 82.5x5 @ 8.5, what's my e1rm?",
    )


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        (
            "few things: 1) 120x5 @8 on bench, e1rm? 2) should i buy gold 3) is 2 min rest enough",
            ("e1RM ≈ 148", "3–5 min", "outside what I can help with"),
        ),
        (
            "what's the best pizza topping? and separate thing — good rep range for size?",
            ("6–15", "outside what I can help with"),
        ),
    ],
)
def test_every_part_is_answered_with_the_off_topic_one_declined(
    message: str, wanted: tuple[str, ...]
) -> None:
    reply = answer(message).answer
    for words in wanted:
        assert words in reply, reply


def test_a_sum_asked_in_one_part_is_not_forced_on_a_plain_question_in_another() -> None:
    result = answer("1) 100x8 @7 squat, e1rm? 2) is 90 seconds rest ok between sets")
    assert result.cards[0] == "e1rm_from_set"
    assert len(result.cards) == 2 and result.cards[1] != "e1rm_from_set"


@pytest.mark.parametrize(
    ("message", "programmes", "fits"),
    [
        ("total beginner here, greyskull or 5/3/1?", {"greyskull", "531"}, "Which fits you"),
        ("is texas method better than gzclp for me? ~1 year lifting", {"texas", "gzclp"}, "Which"),
        ("starting strength vs greyskull, what changes when i stall?", {"ss", "greyskull"}, "Both"),
    ],
)
def test_a_comparison_gets_both_sides_and_which_fits(
    message: str, programmes: set[str], fits: str
) -> None:
    from bot.coach.cardbank import load_bank

    result = answer(message)
    bank = load_bank()
    named = {c.program for c in (bank.get(i) for i in result.cards) if c is not None}
    assert programmes <= named, result.cards
    assert fits in result.answer
    assert len(result.answer.split()) <= 160


def test_the_two_training_max_versions_are_both_given() -> None:
    reply = answer("forever or original 5/3/1, which tm % is right? i see 85 and 90 online").answer
    assert "85%" in reply and "90%" in reply
    assert "both numbers are right" in reply


def test_a_plain_programme_question_gets_no_second_side() -> None:
    result = answer("how does greyskull lp work?")
    assert result.cards == ("gslp_rules",)
    assert "Which fits" not in result.answer


@pytest.mark.parametrize(
    "message",
    [
        "30 weeks pregnant and still squatting. is going heavy ok and what rpe should sets be",
        "17 years old, is heavy fine and what rpe should my sets be at",
        "type 1 diabetic, how heavy can i go and what rpe should i train at",
    ],
)
def test_no_hard_effort_targets_after_a_general_advice_line(message: str) -> None:
    reply = answer(message).answer
    assert "general advice only" in reply
    assert "7.5–9" not in reply and "max attempt" not in reply.split("general advice")[0]


@pytest.mark.parametrize(
    ("message", "practical"),
    [
        ("on meds for high blood pressure, 58 year old man. is rpe 9 too much?", "RPE 8 or below"),
        ("i have asthma and get winded on squats. ok to rest longer between sets?", "3–5 min"),
        ("heart condition, doc says lifting is fine. go heavy?", "no grinding"),
    ],
)
def test_a_medical_answer_gives_the_general_practice_and_names_no_midwife(
    message: str, practical: str
) -> None:
    reply = answer(message).answer
    assert "doctor" in reply and practical in reply, reply
    assert "midwife" not in reply


def test_pregnancy_still_names_the_midwife() -> None:
    assert "midwife" in answer("pregnant, can i keep doing my squats?").answer


def test_a_cleared_injury_return_never_says_to_carry_on_as_before() -> None:
    reply = answer(
        "strained my hamstring a month ago, physio cleared me. back to my old 160 squat?"
    )
    text = reply.answer
    assert "well below your old weights" in text
    assert "After an injury" in text  # the short-break line is not the injured lifter's


async def test_chat_answers_all_three_numbered_parts(driver: ChatDriver) -> None:
    reply = texts(
        await driver.send(
            404, "three quick ones: 1) 100x5 @8 bench, e1rm? 2) best car to buy? 3) rest for size?"
        )
    )
    assert "123.3" in reply and "1.5–3 min" in reply
    assert "outside what I can help with" in reply
    assert reply.index("123.3") < reply.index("1.5–3 min") < reply.index("outside")


async def test_chat_compares_two_programmes(driver: ChatDriver) -> None:
    reply = texts(await driver.send(405, "total beginner here: starting strength or texas method?"))
    assert "Starting Strength" in reply and "Texas" in reply
    assert "Which fits you: Starting Strength" in reply


@pytest.mark.parametrize(
    "message",
    [
        "last 3 deadlift sessions came out 180, 176, 183. which one do i plan from? the top one?",
        "squat e1rms this week 140, 135, 138 — which do i base loads on? the best?",
    ],
)
def test_a_fragment_of_the_ask_before_adds_no_card(message: str) -> None:
    result = answer(message)
    assert result.cards == ("e1rm_median_work",), result.cards
    assert "outside what I can help with" not in result.answer


def test_a_short_ask_of_its_own_is_still_answered() -> None:
    result = answer("45 minutes, 3 days a week, how many sets per session? and how long rest?")
    assert len(result.cards) == 2, result.cards
    assert "3–5 min" in result.answer


def test_a_product_pick_beside_a_training_ask_is_declined_not_read_as_the_bot() -> None:
    result = answer(
        "which gym shoes would you recommend, nike or adidas? also how many sets for chest"
    )
    assert result.cards[0] == "off_topic" and len(result.cards) == 2, result.cards
    assert "10–20" in result.answer and "outside what I can help with" in result.answer


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "which lifts should a strength plan be built on? and in what order in a session",
            ("which lifts should a strength plan be built on?", "and in what order in a session"),
        ),
        (
            "deload week soon. what are the loads and honestly can i skip it",
            ("what are the loads", "can i skip it"),
        ),
        (
            "my daughter is 15 and wants to lift with me. ok? how many reps should she do",
            ("my daughter is 15 and wants to lift with me. ok?", "how many reps should she do"),
        ),
        (
            "me and my mate disagree. who's right, what does each term mean",
            ("who's right", "what does each term mean"),
        ),
    ],
)
def test_implied_and_trailing_asks_are_their_own_parts(
    message: str, parts: tuple[str, ...]
) -> None:
    assert split_asks(message).parts == parts
