"""Card choice: a programme's card only for a lifter who names or runs that programme, the
general card that answers the same ask otherwise, and the rules that turn the ranker's card into
the one the asker needs (a diet, a given max, a work weight to warm up to, a sore tendon)."""

from __future__ import annotations

import pytest

from bot.coach import LifterContext, answer
from bot.coach.cardbank import load_bank
from bot.coach.fit import GENERAL_OF, NEEDS, in_view


def _card(question: str, program: str | None = None) -> str:
    ctx = LifterContext(program=program) if program else None
    return answer(question, ctx).cards[0]


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("when should I put more weight on my 3x12 cable rows", "double_progression"),
        ("press failed 3x5 three workouts in a row, what now", "lp_fail_rule"),
        ("squat missed the same weight three sessions running, how far do i drop", "lp_fail_rule"),
        ("recommend a good netflix series", "off_topic"),
        ("what is the best crypto", "off_topic"),
    ],
)
def test_no_programme_named_gets_the_general_card(question: str, card: str) -> None:
    assert _card(question) == card
    assert load_bank().get(_card(question)).program is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "program", "card"),
    [
        ("on gzclp, when do my t3 curls go up in weight", None, "gzclp_t3"),
        ("starting strength press stalled, what jumps now", None, "ss_press_jumps"),
        ("what do i do on the 5/3/1 deload week", None, "w531_deload_week"),
        ("whats the 7th week deload thing in forever", None, "w531_7th_week"),
        ("failed my squat sets three times running at 100, what now", "stronglifts", "sl_stall"),
        ("gzclp t1 bench 5x3 went fine today, how much do i add", None, "gzclp_t1_progress"),
        ("gzclp t1 bench 5x3, missed the last two reps, what now", None, "gzclp_t1_fail"),
    ],
)
def test_a_named_or_run_programme_gets_its_own_card(
    question: str, program: str | None, card: str
) -> None:
    assert _card(question, program) == card


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("on a cut for a powerlifting meet, should I still go heavy", "strength_on_cut"),
        ("dieting down for summer, should i change my rep ranges", "cutting"),
        ("tendinitis in my knee from squats but i want bigger quads", "pain_size"),
        ("golfer's elbow from curls, how do I keep my arms growing", "pain_size"),
        ("work sets at 100kg on squat today, warm up plz", "warmup_from_work"),
        ("bench e1rm is 120, what weight for 4 @ 8", "load_for_reps_rpe"),
        ("my e1rm went down 2 kg this week, should i worry", "e1rm_noise"),
        ("lifting in the 57 class, will hypertrophy work make me bulky", "weight_classes"),
        ("been doing spin classes for ages, will heavy squats make me bulky", "bulky_myth"),
        ("hockey offseason, want stronger legs but not to gain weight", "strength_no_weight"),
        ("will sets of 15 on squat make me stronger", "high_reps_strength"),
        ("cable curls at 20kg hit the top of the range, what jump next", "double_progression_step"),
        ("my last warmup 120x2 felt easy, can it count for my max", "warmup_not_working"),
        ("pressing 60 for fives today, do i need warmups or just go", "warmup_from_work"),
        ("first few weeks of lifting, should i train 5x5 heavy or 3x10", "beginner_gains"),
        ("chest: 3 sets bench and 3 sets flyes all on one day, enough to grow?", "sets_enough"),
    ],
)
def test_the_askers_situation_picks_the_card(question: str, card: str) -> None:
    assert _card(question) == card


@pytest.mark.parametrize(
    ("text", "programmes"),
    [
        ("texas method or 531 for an intermediate", {"texas", "531"}),
        ("what are leaders and anchors", {"531"}),
        ("how long is a mesocycle", {"rp"}),
        ("how many sets for chest", set()),
        ("juggernaut realisation week amrap", {"juggernaut"}),
        ("realistically how many days a week should i lift", set()),
    ],
)
def test_programmes_in_view(text: str, programmes: set[str]) -> None:
    assert in_view(text) == programmes


def test_stand_ins_and_needs_name_real_cards_that_answer_their_own_phrasings() -> None:
    bank = load_bank()
    for programme_card, general in GENERAL_OF.items():
        assert bank.get(programme_card).program and bank.get(general).program is None  # type: ignore[union-attr]
    for card_id, need in NEEDS.items():
        card = bank.get(card_id)
        assert card is not None
        kept = [a for a in card.asks if need.search(a.lower())]
        assert len(kept) >= 0.75 * len(card.asks), card_id
