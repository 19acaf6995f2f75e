"""Round ten: the asks the v9/v10 judges saw get a neighbour's card or none, in new wordings."""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.asks import split_asks

PAIN = ("injury", "pain_strength", "pain_size", "pain_swap")


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("4 sets at 100 today, rpe 7 up to 9, which set gives the day's e1rm?", "session_e1rm"),
        ("does the app average my sets for the e1rm or take one of them", "session_e1rm"),
        ("are percentage programs worse than rpe ones for a bigger deadlift?", "rpe_vs_percent"),
        ("should my top sets go off rpe or off a % of my max", "rpe_vs_percent"),
        ("my dad is 72 and never lifted, what should his first program be", "older_start"),
        ("45, five weeks in, lifts are up but i look the same, normal?", "neural_gains"),
    ],
)
def test_the_ask_gets_the_card_that_answers_it(question: str, card: str) -> None:
    assert answer(question).cards[0] == card


@pytest.mark.parametrize(
    "question",
    [
        "my knee kills on lunges. swap it or keep going?",
        "tweaked my groin yesterday, can i still squat this week?",
        "shoulder aches on every press for weeks now. is something wrong?",
    ],
)
def test_training_around_an_injury_is_the_pain_cards_ask(question: str) -> None:
    assert answer(question).cards[0] in PAIN


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("30M, can do 4 days a week, never ran a program. upper lower or full body?", 1),
        ("how should i peak for the meet? dont want to be fried on the day", 1),
        ("bench 100x5 @8, e1rm? also im bulking now so should i add sets", 2),
        ("how many sets for back, plus any tips for grip on rows", 2),
        ("stronglifts or starting strength? my worry is the jumps at my age", 2),
    ],
)
def test_statements_stay_context_and_asks_split(message: str, parts: int) -> None:
    assert len(split_asks(message).parts) == parts


def test_a_bare_verdict_asks_about_what_was_said() -> None:
    parts = split_asks("my friend says deadlifts wreck your back. true?").parts
    assert len(parts) == 1 and "deadlifts" in parts[0]


@pytest.mark.parametrize(
    ("question", "stray"),
    [
        ("im doing 6 days of ppl as a newbie, too much? what would u do instead", "substitutes"),
        ("what % of my 1rm can i do for 8 reps? and for 4?", "reps_strength"),
    ],
)
def test_a_tail_that_leans_on_the_ask_before_adds_no_stranger(question: str, stray: str) -> None:
    assert stray not in answer(question).cards
