"""Round five facts: the chosen card states the numbers a strict coach would give for that ask.

Own questions (not from the dev sets); each asserts what the lifter reads.
"""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        # The rule's own numbers, not only its name (COACHING 4.4 S3, 4.2 deload).
        (
            "sleeping badly for days and my legs are still sore from monday, train anyway?",
            "fatigue_signs",
            ("72 h", "half the sets", "RPE 6", "2 weeks"),
        ),
        # The "+" set: at least the minimum, and what falling short means (COACHING 3, 5/3/1).
        ("what does the plus on my 5/3/1 sets mean", "w531_rules", ("at least", "10%")),
        # Failure is not needed for strength; the bar-speed stop (COACHING 1.7).
        ("best rep range to get stronger", "reps_strength", ("failure isn't needed", "bar slows")),
        # Beginner volume: the start and Spotter's cap (COACHING 4.1).
        ("beginner, how many sets a week per muscle", "novice_volume", ("8 hard sets", "14")),
        # Deload weeks are not volume; the weekly target (COACHING 4.1).
        (
            "how do compound sets count for small muscles like biceps",
            "volume_indirect",
            ("½ for biceps", "10–20"),
        ),
        # The steps of double progression by equipment (COACHING 4.1 rounding).
        ("how does double progression work", "double_progression", ("+2 kg", "+2.5 kg")),
        # The whole linear-progression failure ladder (COACHING 4.4 S1).
        (
            "made all my reps, how much do i add next session",
            "lp_next_load",
            ("half the jump", "90%"),
        ),
        # Mass without a surplus is not how size comes (COACHING 1.12).
        ("how long until i see muscle from lifting", "time_to_results", ("surplus", "percentage")),
    ],
)
def test_the_card_states_the_rule_numbers(question: str, card: str, shown: tuple[str, ...]) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    for fact in shown:
        assert fact in reply.answer, (card, fact)


def test_a_beginner_asking_about_531_hears_why_linear_progression_comes_first() -> None:
    reply = answer("is 5/3/1 a sensible choice for someone brand new to the gym")
    assert reply.cards[0] == "w531_beginner"
    assert "every session" in reply.answer and "4-week cycle" in reply.answer
    assert reply.goal == "both"  # a beginner, no goal stated


def test_bigger_but_not_stronger_is_explained_by_specificity() -> None:
    reply = answer("my legs are way bigger than last year but my squat is no better, how come")
    assert reply.cards[0] == "size_not_strength"
    assert "loosely" in reply.answer and "1–5 reps at 80–100%" in reply.answer
    assert reply.goal == "none"


def test_both_at_once_gives_the_block_lengths_for_trained_lifters() -> None:
    reply = answer("can i build strength and size together")
    assert reply.cards[0] == "both_at_once"
    assert "neural" in reply.answer and "5 weeks" in reply.answer and "4 weeks" in reply.answer
