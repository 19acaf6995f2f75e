"""Round ten facts pass: a card states its COACHING section's central numbers, not only the rule's
name, and a rule or definition no card held now has one.

Own phrasings (not from the dev sets); each asserts what a lifter would be told.
"""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        # Periodisation's effect sizes and the caveat (COACHING 1.7, 1.10).
        (
            "is periodization actually worth it",
            "periodisation",
            ("0.43", "0.31", "0.13", "never vary"),
        ),
        # Twice a week beat once, with the effect sizes (COACHING 1.8).
        ("bro split or full body, does it matter", "split_choice", ("0.49 vs 0.30",)),
        # The RIR meaning, the ±4% agreement and the 15-rep spread (COACHING 2.1, 2.2).
        (
            "squat 140x3 @8, whats my e1rm and how is it worked out",
            "e1rm_from_set",
            ("10 − RPE", "±4%", "+64%"),
        ),
        # Effective reps on the RTS chart (COACHING 2.2).
        (
            "load for 6 reps @ rpe 8 from my e1rm, how does the chart work",
            "load_for_reps_rpe",
            ("78.6%",),
        ),
        # What a stalled exercise and muscle are (COACHING 4.3 S4).
        (
            "size block, when do i add 2 sets instead of 1",
            "size_set_progression",
            ("3 sessions", "50%"),
        ),
        # The deload's numbers where a fatigue card sends you to one (COACHING 4.4).
        (
            "two bad sessions in a row under my best, what now",
            "performance_drop",
            ("half the sets", "RPE 6"),
        ),
        # The survey, with what was cut (COACHING 3 deloads).
        ("how do you actually deload properly", "deload_how", ("246", "6.4", "5.8")),
        # GreySkull's own drop vs the uniform 3-strike rule (COACHING 4.7 example 9).
        ("greyskull lp basics", "gslp_rules", ("90%", "third failure")),
        # Size-block rest by exercise and the strength-set rest (COACHING 4.2).
        (
            "how long should i rest for hypertrophy",
            "rest_size",
            ("1.5–3 min", "2–3 min", "3–5 min"),
        ),
        # The new cards: RPE vs % evidence, and what an exposure is (COACHING 3, 4.1, 4.3 S2).
        (
            "rpe based or percentage based, which builds more strength",
            "rpe_vs_percent",
            ("2%", "4%"),
        ),
        ("what counts as an exposure for my squat", "exposure_definition", ("60%", "5 reps", "1%")),
    ],
)
def test_the_card_states_its_sections_numbers(
    question: str, card: str, shown: tuple[str, ...]
) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    for fact in shown:
        assert fact in reply.answer, (card, fact)


def test_an_e1rm_with_a_rest_question_still_gives_the_strength_rest() -> None:
    """A range is one number when telling a repeat: '3 to 10 reps' does not hide '3–5 min'."""
    reply = answer("did 100x6 @8 on bench, e1rm? and how long should i rest between heavy sets")
    assert "3–5 min" in reply.answer
