"""Coach behaviour a lifter notices: the right card, goal, own numbers, safety, speed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import LifterContext, LiftSnapshot, answer, answer_card, is_question
from bot.coach.cardbank import load_bank
from bot.coach.memory import FollowUpMemory
from tests.coach_eval import load, score

BENCH = LiftSnapshot("bench_press", "Bench press", 116.0, recent_reps=(8, 10, 9))
SQUAT = LiftSnapshot("squat", "Squat", 150.0, recent_reps=(3, 3, 2))
CTX = LifterContext(block="Hypertrophy block, week 2 of 6", lifts=(BENCH, SQUAT))


@pytest.mark.parametrize(
    ("question", "card", "goal"),
    [
        ("how long should I rest between heavy triples?", "rest_strength", "strength"),
        ("GZCLP T1 failed at 10x1", "gzclp_t1_fail", "both"),  # a novice LP: a beginner's
        ("Texas Method stall", "texas_stall", "strength"),
        ("what is hypertrophy", "define_hypertrophy", "none"),
        (
            "I don't want to get bulky, I just want to be strong. what reps?",
            "reps_strength",
            "strength",
        ),
        ("never lifted before, how many reps?", "beginner_gains", "both"),
        ("how do I get toned arms", "toned", "hypertrophy"),
        ("what's the weather", "off_topic", "none"),
    ],
)
def test_the_card_and_goal_follow_the_ask(question: str, card: str, goal: str) -> None:
    reply = answer(question)
    assert reply.cards[0] == card
    assert reply.goal == goal


def test_every_card_states_its_facts_and_fits_a_phone() -> None:
    for card in load_bank().cards:
        for fact in card.facts:
            assert fact in card.text, (card.id, fact)
        assert len(card.text.split()) <= 130, card.id  # ~130 words: the core, then its numbers
        assert len(card.asks) >= 5, card.id


def test_each_card_answers_its_own_phrasings() -> None:
    bank = load_bank()
    hits = sum(answer(ask).cards[:1] == (c.id,) for c in bank.cards for ask in c.asks[:3])
    assert hits >= 0.9 * sum(min(3, len(c.asks)) for c in bank.cards)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("I benched 100 for 5 @8, what's my e1rm", "≈ 123.3"),  # COACHING 4.7 example 1
        ("did 100 x 5, whats my 1rm", "≈ 116.7"),
        ("benched 80 x 10 @ 9, my max?", "≈ 113.2"),
        ("130 x 1 @ 9 what is my e1rm", "≈ 136.1"),
        ("my squat max is 140 what weight for 5 reps @8", "≈ 112.5"),  # 81.1% → 113.5 → 112.5
        ("what is 80% of my 150 kg max", "120 kg"),
        ("5/3/1 training max for a 1rm of 200 kg", "180 kg"),
        ("stronglifts failed 3 times at 60kg how much to reset", "52.5 kg"),  # 4.7 example 9
        ("first set was 120kg @ 9 but target rpe 8, what now", "→ about 115 kg"),  # 4.7 ex. 4
        ("100kg 5x5 squat at rpe 7, what's my e1rm", "127.2 kg"),
        ("If my 1RM bench is 120, what should I use for 4 sets of 6?", "≈ 95"),
        ("my 5rm is 100kg what are my texas method weights", "Monday 5×5 ≈ 90 kg"),
        ("strength block loads with a 140 e1rm", "4×4 @ RPE 7.5 (82.4%) → 115"),  # 4.2
        ("warm up for a 140kg squat", "55 kg × 5, 77.5 kg × 3, 97.5 kg × 2, 112.5 kg × 1"),
    ],
)
def test_calculators_use_the_numbers_in_the_question(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_loads_come_from_the_lifters_log() -> None:
    text = answer("how many reps should I do on bench for strength?", CTX).answer
    assert "Your bench press e1RM is 116 kg: strength work 92.5–115 kg for 1–5 reps" in text
    assert "size work" not in text
    assert "Hypertrophy block, week 2 of 6" in text


def test_two_asks_are_answered_in_order() -> None:
    reply = answer("how long should I rest for strength? and how many sets a week for size?")
    assert reply.cards == ("rest_strength", "volume_size")
    assert reply.answer.index("3–5 min") < reply.answer.index("10–20")


def test_follow_up_reads_the_previous_card() -> None:
    first = answer("how long should I rest between heavy sets for strength?")
    follow = answer("and for size?", previous=first.cards[0])
    assert follow.cards == ("rest_size",)
    assert "1.5–3 min" in follow.answer


def test_the_lifters_programme_decides_a_vague_stall_question() -> None:
    reply = answer("what do I do after a failed AMRAP?", LifterContext(program="gzclp"))
    assert load_bank().get(reply.cards[0]).program == "gzclp"  # type: ignore[union-attr]
    assert answer("I stalled, what now?", LifterContext(program="texas")).cards[0] == "texas_stall"


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("my knee hurts when I squat, how many reps for size?", "stop the lift that hurts"),
        ("I am 16, how many reps for strength?", "under 18"),
        ("I'm pregnant, how many sets per week?", "midwife"),
        ("I have a heart condition, how long should I rest?", "doctor"),
    ],
)
def test_safety_is_a_caveat_and_the_answer_still_helps(question: str, line: str) -> None:
    text = answer(question).answer
    assert line in text
    assert len(text.split("\n\n")) >= 2  # caveat, then the answer


def test_a_family_members_age_is_not_the_askers() -> None:
    # the son is the one under 18: general advice only (COACHING 4.8), said of him, not "you"
    reply = answer("my 16 year old son wants to lift, how many reps?").answer
    assert "As you're under 18" not in reply and "As they're under 18" in reply


def test_minors_get_no_personal_maths() -> None:
    assert "e1RM is" not in answer("I'm 15, how many reps for strength on bench?", CTX).answer


def test_unclear_question_offers_two_readings() -> None:
    reply = answer("hmm what about the thing?")
    if reply.choices:
        assert len(reply.choices) == 2
        assert reply.topic == "unclear"


def test_a_tapped_reading_is_that_cards_answer() -> None:
    reply = answer_card("rest_size")
    assert reply is not None and "1.5–3 min" in reply.answer
    assert answer_card("no_such_card") is None


def test_same_question_same_answer() -> None:
    assert answer("how many reps for size?", CTX) == answer("how many reps for size?", CTX)


def test_memory_forgets_after_a_few_minutes_and_stays_bounded() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 12, 1, tzinfo=UTC)
    memory = FollowUpMemory(max_users=2)
    memory.remember(1, "rest_size", now)
    assert memory.recall(1, now + timedelta(minutes=4)) == "rest_size"
    assert memory.recall(1, now + timedelta(minutes=6)) is None
    memory.remember(2, "a", now)
    memory.remember(3, "b", now)
    assert memory.recall(1, now) is None


def test_routing_keeps_chit_chat_away() -> None:
    assert is_question("how many reps for size")
    assert not is_question("bench 100x5")


@pytest.mark.parametrize(
    "bank", ["coach_dev.jsonl", *(f"coach_dev{n}.jsonl" for n in range(2, 13))]
)
def test_dev_sets_score_by_meaning(bank: str) -> None:
    rows = [row for row in load(bank) if not row.get("skip")]
    rates = score(rows).rates()
    assert rates["right_card"] >= 0.85 and rates["goal"] >= 0.9 and rates["facts"] >= 0.9, rates


def test_follow_up_about_another_lift_quotes_that_lift() -> None:
    deadlift = LiftSnapshot("deadlift", "Deadlift", 200.0)
    ctx = LifterContext(lifts=(BENCH, SQUAT, deadlift))
    first = answer("how many reps for strength on bench?", ctx)
    follow = answer("what about deadlifts?", ctx, previous=first.cards[0])
    assert follow.cards == first.cards
    assert "Your deadlift e1RM is 200 kg" in follow.answer


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_text_gets_a_short_deterministic_answer(text: str) -> None:
    reply = answer(text, CTX)
    assert 0 < len(reply.answer) <= 4096
    assert reply.goal in ("strength", "hypertrophy", "both", "none")
    assert answer(text, CTX) == reply
