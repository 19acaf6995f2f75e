"""The asker's own numbers worked out with COACHING's maths, in the asker's unit: fresh phrasings
for each class of number the v7–v10 judges found stated as a rule without the lifter's figure."""

from __future__ import annotations

import pytest

from bot.coach import answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 4.1 set e1RM: a single @ RPE is load / RTS%(1, RPE); 130 × 1 @ 9 → 136.1 (4.7 ex. 1)
        ("single 130 @ 9 on bench, what's my max", "e1RM ≈ 136.1"),
        ("top single was 200kg @ 9 on deadlift. e1rm?", "e1RM ≈ 209.4 kg"),
        ("squat single 180 @ 8.5 today, where does that put my max", "e1RM ≈ 191.7"),
        ("hit a 405 lb single rpe 9.5 on deadlift, true max?", "e1RM ≈ 414.1 lb"),
        ("140kg double @ 8 on squat — e1rm?", "e1RM ≈ 157 kg"),
    ],
)
def test_a_single_or_double_at_an_rpe_gives_its_e1rm(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 4.6 step 4: load × (1 − 0.04 × (felt − target)), change capped at 10%; 4.7 ex. 4
        ("planned 120 @ rpe 8 but the first set felt like a 9. drop how much?", "about 115"),
        ("planned 130 @ 8 for all sets, first one felt like a 9.5. how much lighter?", "122.5"),
        ("5x3 at 130kg planned @8 but the first set was an honest 9.5, keep or drop?", "122.5 kg"),
        ("programmed 150 for 3 @8, first set felt like 9.5, rest of the sets?", "about 140"),
        ("planned 225 lb @7 for 5s, first set felt like a 9. what now", "about 205 lb"),
        ("planned 200kg @ 7 but it was a 10, what for the back-offs?", "about 180 kg"),
    ],
)
def test_a_set_off_its_planned_rpe_adjusts_the_next_sets(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 4.1: a layoff > 8 weeks → a re-entry week at 80% of e1RM_work, lowered loads round down
        ("broke my ankle, 4 months no squatting, healed now. squat e1rm was 130 kg", "→ 104 kg"),
        ("was off pressing 10 weeks with my shoulder. ohp e1rm was 70kg, how do i ramp", "→ 56 kg"),
        ("9 months post ACL surgery, cleared. squat e1rm 150 kg before. rebuild?", "→ 120 kg"),
        ("10 weeks off after the baby. squat e1rm was 170 kg, where do i start", "→ 136 kg"),
        ("3 months off travelling, bench e1rm was 225 lb. restart where?", "→ 180 lb"),
        ("12 weeks off, bench was 105 kg e1rm", "84 kg (82.5 kg on the bar)"),
    ],
)
def test_a_long_break_gives_the_80_percent_re_entry_figure(question: str, shown: str) -> None:
    assert shown in answer(question).answer
