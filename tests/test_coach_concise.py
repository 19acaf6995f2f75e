"""Concise answers: each card answers an ask that asks for it, and an off-topic line only for a
part that is really off-topic (round twelve's judges: right answers failed on an unrelated
paragraph appended, or a stray "outside what I can help with" line)."""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.budget import fit_budget, word_budget
from bot.coach.cardbank import Card, load_bank
from bot.coach.extract import Details
from bot.coach.support import supported, topic_words

ASIDE = "outside what I can help with"


@pytest.mark.parametrize(
    ("question", "cards"),
    [
        # the second part names nothing a runner-up card is about: the first card answers alone
        ("what does 5 forward 3 back mean on wendler? what is that in real terms", 1),
        ("are high rep sets as good as heavy for growth? and does it matter for my 1rm", 1),
        # a second ask naming its own topic still gets its own card
        ("how many sets a week for chest for size? and how long should i rest between sets", 2),
        ("bench 100x5 @ 8, whats my e1rm? and what for 4x8 next week?", 2),
    ],
)
def test_a_later_card_needs_an_ask_that_asks_for_it(question: str, cards: int) -> None:
    assert len(answer(question).cards) == cards


@pytest.mark.parametrize(
    "question",
    [
        "squat e1rm went 140 then 141 then 140,5 over three weeks. am i stalled? should i be "
        "worried or change something",
        "knee is puffy after squats and i cant bend it. ice it? train tomorrow with light weight?",
    ],
)
def test_a_part_leaning_on_the_training_ask_is_not_refused(question: str) -> None:
    assert ASIDE not in answer(question).answer


def test_a_real_aside_still_gets_its_line() -> None:
    text = answer("how many sets per week for chest, also who won the election").answer
    assert ASIDE in text


def test_a_wh_ask_gets_no_bare_no_paragraph() -> None:
    text = answer("want bigger arms. reps? sets per week? how close to failure").answer
    assert "\nNo." not in text and not text.startswith("No.")


@pytest.mark.parametrize(
    ("part", "card", "ok"),
    [
        ("what's the working max", "juggernaut_wm", True),
        ("is that a real thing?", "test_max", False),
        ("what should she do instead", "substitutes", False),
    ],
)
def test_an_unsure_card_needs_a_topic_word_of_its_ask(part: str, card: str, ok: bool) -> None:
    found = load_bank().get(card)
    assert found is not None
    assert supported(part, found, 0.1, Details()) is ok
    assert supported(part, found, 0.9, Details())  # a sure reading needs no shared word


def test_fillers_name_no_topic() -> None:
    assert not topic_words("should i be worried or change something")


def test_a_fact_the_worked_figures_say_is_not_kept_twice() -> None:
    text = "Cut it about 10% when stuck. Reset before you fail. Again: about 10% off, then build."
    card = Card("x", "t", "none", "X", text, (), facts=("10%",))
    figures = "Yours: 100 less 10% → 90."
    kept = fit_budget([f"{figures}\n{text}"], [(card, "q")], budget=10)
    assert kept == [f"{figures}\nCut it about 10% when stuck. Reset before you fail."]


@pytest.mark.parametrize(
    ("question", "asks", "figures"),
    [
        (
            "squat 140x3 @ 8 today, whats my e1rm? and what would 4x4 @ 7.5 be off that? and is "
            "3 min rest enough",
            3,
            ("162.2", "132.5", "3–5 min"),
        ),
    ],
)
def test_worked_figures_stay_and_the_rule_behind_them_goes_first(
    question: str, asks: int, figures: tuple[str, ...]
) -> None:
    text = answer(question).answer
    assert len(text.split()) <= word_budget(asks, detail=False)
    assert all(f in text for f in figures)
