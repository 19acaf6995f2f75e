"""Round seven, second facts pass: a strict coach's specific findings and numbers are in the answer.

Own phrasings (not from the dev sets); each asserts the numbers a lifter would be told.
"""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        # New situations with a card of their own.
        (
            "my baby is 5 months old and the midwife says i can train, how heavy do i start",
            "postpartum_return",
            ("80%", "RPE 7", "midwife"),
        ),
        (
            "is it realistic to lose fat and put on muscle together at the same time",
            "recomposition",
            ("1.6–2.2 g", "10–20", "beginners"),
        ),
        (
            "doing a mini cut for three weeks, do i change how i lift",
            "mini_cut",
            ("hard sets", "1.6–2.2 g", "moderate deficit"),
        ),
        (
            "strength block, missed the prescribed triples on bench in two sessions back to back",
            "strength_fast_path",
            ("two exposures", "1%", "second stall"),
        ),
        (
            "for a powerlifting bench, are flyes and dumbbell press worth it or just bench more",
            "bench_accessories",
            ("specific", "T2", "2–3 × 8–12"),
        ),
    ],
)
def test_a_situation_gets_its_own_card_with_its_numbers(
    question: str, card: str, shown: tuple[str, ...]
) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    for fact in shown:
        assert fact in reply.answer, fact


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Evidence and definition asks carry COACHING Part 1's findings, not just the rule.
        ("does hitting a muscle twice a week beat once a week for growth", ("0.49", "0.30")),
        ("should i stop my strength sets when the bar slows down", ("25%",)),
        ("is 5x5 a strength or a size scheme", ("1–5 reps", "6–15", "30–85%")),
        ("do more sets per session make me stronger", ("5 sets", "3–5 min")),
        ("for a beginner is 90 seconds rest enough on heavy squats", ("60–120 s",)),
        ("when do i add weight on 3x10-15 lateral raises", ("smallest", "top of the range")),
        ("my e1rm went up 2% since last week, real progress?", ("4.2%", "1.5–2%")),
        ("is a strength phase before hypertrophy backed by research", ("one trial", "1–3-rep")),
        ("how much of early strength is the nervous system", ("lower thresholds", "leverage")),
        ("how often should i deload", ("5.8", "6.4")),
        ("original 531 vs forever, what training max does each use", ("90%", "85%")),
        ("is 531 too light a training max at 90 percent, and what's forever's", ("90%", "85%")),
    ],
)
def test_evidence_asks_state_the_finding(question: str, shown: tuple[str, ...]) -> None:
    reply = answer(question)
    for fact in shown:
        assert fact in reply.answer, (fact, reply.cards)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Specific situations: the rule for the asker's case, not a generic card.
        ("back after 2 weeks of holiday, do i count as a beginner again", ("experience level",)),
        ("531 plus set: only got the minimum, is that a failure", ("minimum",)),
        ("gzclp t2 went well today, how much do i add next time", ("5 lb",)),
        ("does one set short of 5 on a 5x5 count as a failed session", ("any working set",)),
        ("third reset on starting strength already, what now", ("hypertrophy block",)),
        ("my stronglifts press failed twice in a row, how small is the next jump", ("1.25 kg",)),
        ("same load feels harder every week and my planned deload is next week", ("2 weeks",)),
    ],
)
def test_a_stall_or_programme_case_gets_its_rule(question: str, shown: tuple[str, ...]) -> None:
    reply = answer(question)
    for fact in shown:
        assert fact in reply.answer, (fact, reply.cards)
