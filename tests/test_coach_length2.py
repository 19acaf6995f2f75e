"""Shorter, on-target answers, second pass (round thirteen's judges: too_long past ~130 words,
wrong_card for a paragraph appended that no ask wants, one rule said twice in other words)."""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.cardbank import load_bank

# Often chosen on the dev sets and long: tightened to the direct answer, numbers kept.
TIGHT = {
    "e1rm_from_set": 90,
    "injury": 90,
    "load_for_reps_rpe": 80,
    "protein_target": 70,
    "reps_size": 90,
    "failure_size": 85,
    "volume_size": 112,
    "gain_rate": 106,
    "e1rm_formulas": 108,
}


@pytest.mark.parametrize(("card_id", "most"), sorted(TIGHT.items()))
def test_often_chosen_cards_are_short_and_keep_their_facts(card_id: str, most: int) -> None:
    card = load_bank().get(card_id)
    assert card is not None
    assert len(card.text.split()) <= most
    assert all(fact in card.text for fact in card.facts)


@pytest.mark.parametrize(
    "question",
    [
        "does periodising actually matter according to research? for size or strength or both",
        "is training to failure needed? for strength or size",
    ],
)
def test_a_part_naming_only_goals_leans_on_the_ask_before(question: str) -> None:
    assert len(answer(question).cards) == 1


@pytest.mark.parametrize(
    ("question", "card"),
    [
        # push/pull/legs already gives each muscle's frequency and its weekly sets for size
        (
            "5 days a week for size, ppl or upper lower? how is each muscle hit twice and how many "
            "sets",
            "ppl_split",
        ),
        # the T2 stage ladder once, not from two cards
        (
            "gzclp t2 squat failed 3x10 (10,10,8). next stage, and what if that fails too",
            "gzclp_t2",
        ),
    ],
)
def test_an_earlier_card_holding_the_answer_is_not_followed_by_its_repeat(
    question: str, card: str
) -> None:
    cards = answer(question).cards
    assert cards[0].startswith(card) and len(cards) == 1


@pytest.mark.parametrize(
    "question",
    [
        "3 months off after surgery, squat e1rm was 160. am i a beginner again? first week?",
        "4 months off for a new job. bench was ~110 e1rm. back to a beginner program? first week?",
    ],
)
def test_the_re_entry_rule_is_said_once(question: str) -> None:
    text = answer(question).answer
    assert text.count("experience level") <= 1
    assert text.count("faster than it was") <= 1
    assert text.count("After more than about 8 weeks off") <= 1


@pytest.mark.parametrize(
    "question",
    [
        "squat top sets last 3 weeks: 140x3 @8, 142,5x3 @8,5, 145x2 @9. whats my working e1rm",
        "deadlift 180 for 12, 170 for 10 and 160 for 8, no rpe. what's my 1rm",
    ],
)
def test_worked_figures_are_not_followed_by_how_the_chart_is_read(question: str) -> None:
    text = answer(question).answer
    assert "e1RM" in text
    assert "I read it off the RTS chart" not in text and "I use Epley" not in text
