"""Round thirteen: the right card for the ask, and the second ask of a message answered."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "says"),
    [
        ("do i have to stretch before bench or are warm up sets enough", "stretching", "40% × 5"),
        ("is a lifting belt worth buying for heavy deadlifts", "belt", "no rule"),
        ("my shoulder pops on overhead press but nothing hurts", "joint_noise", "diagnose"),
        ("will stronger lats help my bench", "back_for_bench", "T2"),
        ("i failed my last single, does it lower my e1rm", "missed_lift", "0 reps"),
        (
            "doing starting strength, can i add some bicep curls at the end",
            "lp_accessories",
            "8–12",
        ),
        ("should leg curls go up in weight every workout like my squat", "dp_vs_linear", "top"),
        ("my mate offered me gear, is it worth it for a natty", "steroids", "won't"),
        ("how reliable is a tested max from week to week", "e1rm_noise", "4.2%"),
        ("i'm 57 and never lifted, is it too late to start", "older_start", "any age"),
    ],
)
def test_an_ask_without_a_card_before_gets_its_own(question: str, card: str, says: str) -> None:
    reply = answer(question)
    assert reply.cards[0] == card, reply.cards
    assert says in reply.answer


@pytest.mark.parametrize(
    ("question", "cards"),
    [  # the second ask of a pair is answered too
        (
            "benched 100 for a single at rpe 10 and then missed 105, whats the e1rm, "
            "does the miss matter",
            {"missed_lift"},
        ),
        (
            "rp meso for chest: how many sets in week one? and what rir each week?",
            {"rp_mesocycle"},
        ),
        (
            "both goals, intermediate: how do i alternate blocks, and how is rest different",
            {"block_rest"},
        ),
    ],
)
def test_the_second_ask_gets_its_card(question: str, cards: set[str]) -> None:
    assert cards <= set(answer(question).cards)


@pytest.mark.parametrize(
    ("question", "only"),
    [  # a later part that only points back at the ask before adds no stranger's card
        ("what is rate of force development and does it matter for me", ("rfd",)),
        ("5 forward 3 back? what is that in 5/3/1 terms", ("w531_5fwd3back",)),
    ],
)
def test_a_part_pointing_back_adds_no_card(question: str, only: tuple[str, ...]) -> None:
    assert answer(question).cards == only


@pytest.mark.parametrize(
    ("question", "never"),
    [  # the new cards need their own word in the message
        ("bjj blue belt, cutting for a comp, how many lifting days", "belt"),
        ("knee clicks and aches after squats, keep squatting?", "joint_noise"),
        ("could only get 2 sloppy reps at my tm, what does that mean", "missed_lift"),
        ("when should i put more weight on my 3x12 cable rows", "dp_vs_linear"),
        ("how many sets per week is enough for my lats", "back_for_bench"),
        ("finished my first 531 cycle, what do i add next cycle", "steroids"),
    ],
)
def test_a_card_needs_its_word(question: str, never: str) -> None:
    assert never not in answer(question).cards


def test_a_goal_follow_up_after_a_medical_card_moves_on() -> None:
    first = answer("i have type 1 diabetes and want to build muscle")
    follow = answer("and for strength?", previous=first.cards[0])
    assert follow.cards != first.cards and follow.cards == ("special_conditions",)


def test_a_bare_follow_up_about_rest_is_rest() -> None:
    first = answer("my knee hurts when i squat")
    assert answer("and what about rest?", previous=first.cards[0]).cards == ("rest_general",)
