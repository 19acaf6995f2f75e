"""Round eight facts pass: the asks that used to land on a generic neighbour now reach the card
holding the specific finding, with its numbers.

Own phrasings (not from the dev sets); each asserts what a lifter would be told.
"""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        (
            "is it actually proven that building muscle is what makes you stronger",
            "growth_causes_strength",
            ("Loenneke", "Taber", "size block"),
        ),
        (
            "is there carryover between size training and strength training",
            "size_strength_crossover",
            ("7×3", "3×10", "2–4"),
        ),
        (
            "my physio signed me off, can you put together my rehab exercises",
            "rehab_request",
            ("outside what I coach", "RPE 7", "80%"),
        ),
        (
            "competition is this saturday, how hard should i train on tuesday",
            "meet_week",
            ("half the sets", "RPE 6", "test week"),
        ),
        (
            "531 training max vs juggernaut working max, whats the difference",
            "w531_vs_juggernaut",
            ("90%", "10s, 8s, 5s and 3s", "5 lb"),
        ),
        (
            "will running 531 make me bigger or is it just for strength",
            "w531_for_size",
            ("BBB", "10–20", "surplus"),
        ),
    ],
)
def test_new_cards_answer_their_ask(question: str, card: str, shown: tuple[str, ...]) -> None:
    reply = answer(question)
    assert reply.cards[0] == card, reply.cards
    for fact in shown:
        assert fact in reply.answer, fact


@pytest.mark.parametrize(
    ("question", "card", "shown"),
    [
        # Evidence with its numbers (COACHING 1.3, 1.5, 1.8, 2.1).
        (
            "why lift heavy at all if sets of 30 build the same muscle",
            "light_weights",
            ("8.8%", "19.6%"),
        ),
        (
            "twice a week vs once a week for chest with the same sets",
            "frequency_same_volume",
            ("0.49",),
        ),
        (
            "brzycki and epley give very different maxes for 12 reps, why",
            "e1rm_formulas",
            ("144", "140"),
        ),
        (
            "bodybuilders look huge but lift less than powerlifters, why",
            "bodybuilder_vs_powerlifter",
            ("2025",),
        ),
        (
            "percent muscle growth in 8 weeks for someone already trained",
            "time_to_results",
            ("5–12%",),
        ),
        # Programme rules (Part 3).
        (
            "after the 5/3/1 deload week do i go back to week 1 with a higher tm",
            "w531_deload_week",
            ("65/75/85%", "10 lb"),
        ),
        (
            "texas method friday prs stopped, what are my options",
            "texas_stall",
            ("triples", "sleep"),
        ),
        # Stalls and breaks (Part 4).
        ("off sick for 3 weeks, do i restart at 80%", "short_break", ("8 weeks", "RPE 7")),
        (
            "never deloaded, joints ache and i'm sleeping badly, how often should i deload",
            "deload_when",
            ("5.8",),
        ),
    ],
)
def test_the_specific_fact_reaches_the_answer(
    question: str, card: str, shown: tuple[str, ...]
) -> None:
    reply = answer(question)
    assert card in reply.cards, reply.cards
    for fact in shown:
        assert fact in reply.answer, fact
