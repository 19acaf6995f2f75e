"""Each named programme's rules answer the rule asked, with the asker's loads (COACHING Part 3)."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("bench TM 120 kg, got 4 reps on the 1+ week. bad?", "meets week 3's minimum of 1"),
        ("bench TM 120 kg, got 4 reps on the 1+ week. bad?", "next cycle → 122.5 kg"),
        ("squat TM 200 kg on 531, got 3 on the 5+ set", "below week 1's minimum of 5"),
        ("squat TM 200 kg on 531, got 3 on the 5+ set", "200 → 185 kg"),
        ("5/3/1 squat training max 250 lb, week 3 loads?", "week 3 (5/3/1+): 185 lb/210 lb/235 lb"),
        ("1rm 200 kg, what's my training max on 531", "training max = 90% → 180 kg"),
        ("5/3/1 forever tm for a 220 kg deadlift max", "85% → 187 kg"),
        ("531 deload week with a 100 kg TM", "40 kg/50 kg/60 kg"),
        ("cycle done: squat TM 150 kg, press TM 60 kg. new TMs?", "squat 150 → 155 kg"),
        ("cycle done: squat TM 150 kg, press TM 60 kg. new TMs?", "press 60 → 62.5 kg"),
    ],
)
def test_531_loads_plus_sets_and_training_maxes(question: str, shown: str) -> None:
    assert shown in answer(question).answer


def test_a_stated_training_max_is_not_read_as_a_1rm() -> None:
    reply = answer("5/3/1 with a 300 lb bench TM, week 1 please").answer
    assert "TM 300 lb → week 1 (5/5/5+): 195 lb/225 lb/255 lb" in reply
    assert "270 lb" not in reply


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("juggernaut 1rm 180 kg, 5s wave amrap weight?", "5s wave 85% → 137.5 kg"),
        ("juggernaut 1rm 180 kg, 5s wave amrap weight?", "working max 162 kg"),
        ("juggernaut 8s wave standard 8, got 10 on press", "(+2) × 2.5 lb → working max +5 lb"),
        ("gzclp t1 bench missed 5x3 at 80 kg", "Failed 5×3 at 80 kg → next: 6×2"),
        ("gzclp t1 squat 5x3 at 100 kg, all reps done, next?", "next session 105 kg"),
        ("gzclp t2 squat failed 3x6, now?", "restart 3×10"),
        ("starting gzclp, 5rm squat 120 kg, t1 weight?", "→ 102.5 kg"),
        ("greyskull press 40 kg, amrap of 11", "double jump → 45 kg"),
        ("greyskull squat 100kg, amrap was 3", "next session at 90% → 90 kg"),
        ("texas method friday 5rm 150 kg, monday and wednesday?", "Monday 5×5 ≈ 135 kg"),
        ("texas method friday 5rm 150 kg, monday and wednesday?", "Wednesday 2×5 ≈ 107.5 kg"),
        ("stronglifts squat failed 3 times at 100kg, reset to?", "90% (rounded down) → 90 kg"),
        ("cable rows 3x10-15 at 50 kg machine, got 15 15 15", "next time 52.5 kg"),
        ("dumbbell curls 3x8-12 with 12kg: 12 12 10", "stay at 12 kg"),
    ],
)
def test_other_programmes_work_out_the_next_step(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "card", "goal"),
    [
        ("whats the deal with first set last sets on wendler", "w531_fsl", "strength"),
        ("do my ramp-up sets count as working sets?", "warmup_not_working", "none"),
        ("i had to reset my squat twice in 3 months on lp, what now", "lp_exhausted", "none"),
        ("texas method wednesday light day how heavy", "texas_light_day", "strength"),
        ("juggernaut realisation week amrap percentages per wave", "juggernaut_waves", "strength"),
        ("2nd stall in one block of heavy work, what then", "second_stall_rule", "none"),
        ("gzclp t2: 3x10 missed at 60 kg, what next?", "gzclp_t2_fail", "both"),
    ],
)
def test_a_specific_rule_gets_its_own_card(question: str, card: str, goal: str) -> None:
    """The programme's goal: 5/3/1, Texas and Juggernaut are strength work, GZCLP a novice LP."""
    reply = answer(question)
    assert reply.cards[:1] == (card,) and reply.goal == goal
