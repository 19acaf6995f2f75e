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


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Part 3: after a cycle each TM +2.5 kg / 5 lb upper, +5 kg / 10 lb lower
        (
            "finished cycle 1 of 531. TMs: ohp 50, bench 85, squat 140, deadlift 170 (kg)."
            " what are the new ones for cycle 2",
            "bench 85 → 87.5 kg, squat 140 → 145 kg, deadlift 170 → 175 kg",
        ),
        ("531: squat TM 300lb, bench TM 200lb. new numbers for cycle 3?", "squat 300 → 310 lb"),
        # TM = 90% of a tested 1RM; week 1 65/75/85% of it
        (
            "tested squat 160kg last month, starting original 5/3/1. squat TM and week 1 loads?",
            "week 1 (5/5/5+): 92.5 kg/107.5 kg/122.5 kg",
        ),
        (
            "bench 90x5 to failure, never tested. 531 TM from that and week 1 top set?",
            "week 1 (5/5/5+): 60/70/80",
        ),
        # 5 forward 3 back: +5 increments, then −3 (300 → 350 → 320 lb)
        ("5/3/1 five forward three back, my squat tm started at 300 lb. path?", "→ 320 lb"),
        (
            "five forward 3 back on deadlift, TM began at 180 kg, +5 kg a cycle",
            "→ 205 kg, then three back → 190 kg",
        ),
    ],
)
def test_531_training_maxes_are_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 4.4 S2, intermediate, deload < 3 weeks ago → e1RM × 0.95 (4.7 ex. 6: 124 → 117.8)
        ("strength block, squat stalled, last deload was 2 weeks ago. e1rm 124", "= 117.8"),
        (
            "intermediate, strength block week 3, stalled, deloaded 2 weeks ago, e1rm 160. 4x2?",
            "4×2 @ RPE 8.5 = 90.7% → 137.5",
        ),
        (
            "1.5 yrs in, strength block wk 2, bench flat, deloaded 10 days ago, e1rm 150kg",
            "= 142.5 kg, and carry on with the block's week pattern; 5×3 @ RPE 8 = 86.3%"
            " → 122.5 kg",
        ),
        # advanced → × 0.90 and a close variation
        (
            "6 yrs lifting, bench stalled in my strength block, deloaded 10 days ago. e1rm 140",
            "140 × 0.90 = 126",
        ),
        (
            "4+ yrs lifting, deadlift e1rm 250 lb, stalled in my S block, deloaded last week",
            "= 225 lb",
        ),
        # 4.2 week pattern: 140 → S1 115, S2 120, S3 127.5, S4 132.5 / 120 (4.2 table)
        ("e1rm 140, strength block: lay out the 4 weeks", "week 3: 4×2 @ RPE 8.5 (90.7%) → 127.5"),
        (
            "squat e1rm 150, strength block wk1 4x4 @7.5 and wk3 4x2 @8.5, loads?",
            "→ 122.5; week 3: 4×2 @ RPE 8.5 (90.7%) → 135",
        ),
        (
            "squat 140x5 @ 9, i want a strength block next. what's week 1?",
            "4×4 @ RPE 7.5 (82.4%) → 137.5",
        ),
    ],
)
def test_strength_block_loads_after_a_stall_and_per_week(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Part 3 GZCLP: T1 5×3 at ~85% of each lift's 5RM
        ("gzclp: squat 5rm = 100kg, bench 5rm 70. T1 starts?", "squat 85 kg, bench 60 kg"),
        ("starting gzclp, squat 5rm 225 lb, bench 5rm 155, deadlift 5rm 275. T1?", "squat 190 lb"),
        # Texas: Monday 90% of the 5RM, Wednesday 80% of Monday; "TM" beside "texas" is Texas
        (
            "switching to TM (texas, not training max). intensity day 5rm = 150. other days?",
            "≈ 135",
        ),
        ("texas method, friday 5rm 142,5 kg. monday and wednesday?", "Monday 5×5 ≈ 127.5 kg"),
        # Part 3 double progression: dumbbells +2 kg once every set hits the top
        ("db incline press 26s, 3x8-12, got 12 12 12 today. go up? to what", "next time 28"),
        (
            "incline db press 3x8-12 with 24s, today 12,12,10. move up to what?",
            "once all hit 12, 26",
        ),
        # S3(b): RPE up ≥ 1.0 at the same load × reps → deload, load × 0.9 rounded down
        ("same 120x5 squat 3 weeks, rpe went 7 → 7.5 → 8. problem?", "deload week at 107.5"),
        ("100x5 squat every week, rpe 7 then 7.5 then 8. bad?", "e1RM 127.2 → 123.3"),
        ("225x5 bench, rpe 8 then 8.5 the next week. getting harder?", "not a fatigue flag yet"),
        # 4.2 warm-up ramp 40/55/70/80% of the work load
        (
            "working sets today are 3x3 @ 165 deadlift. warm up jumps?",
            "65 × 5, 90 × 3, 115 × 2, 132.5 × 1",
        ),
        ("squatting 140 for my work sets. proper warmup ramp?", "55 × 5, 77.5 × 3, 97.5 × 2"),
        # decimal commas
        ("squat 102,5 kg x 5 @ 8, e1rm?", "e1RM ≈ 126.4 kg"),
        ("single 130 @ 8,5 on bench, max?", "e1RM ≈ 138.4"),
    ],
)
def test_programme_and_session_figures_from_the_askers_numbers(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # bare plate numbers with a conversion asked: the lift is in lb, the e1RM converted
        ("pulled 315 for 3 @ 9, 3 plates! e1rm and whats that in kg?", "353.1 lb ≈ 160.2 kg"),
        ("405x2 @ 9.5 deadlift, e1rm? convert it to kg for the board", "lb ≈"),
        ("squat 140kg x 5 @ 8, e1rm? what's that in lb", "172.6 kg ≈ 380.6 lb"),
        # a corrected unit holds in every part of the message
        (
            "ohp supposed to be @7 at 100lb, no wait it's kg. 100kg x3 felt like rpe 10, drop to?",
            "about 90 kg",
        ),
        ("bench planned 80 lb @ 8, sorry i mean kg. first set felt like 9, next sets?", "kg"),
    ],
)
def test_the_answer_is_in_the_askers_unit(question: str, shown: str) -> None:
    reply = answer(question).answer
    assert shown in reply


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 4.1: session e1RM = the best set's; each set read off the RTS chart at its own RPE
        ("did 3 sets of 5 at 120kg, rpe went 7, 7.5, 8.5. session e1rm?", "152.7 kg"),
        ("4 sets of 3 at 225 lb, rpe 7 then 8 then 8.5 then 9. e1rm?", "@ 9 → 252.2"),
        # 2.1: a change between two sessions under ~2–4% is noise; S3(a) 95% of the best
        ("my e1rm on bench went 140 -> 142 over 2 weeks. progress or noise?", "+1.4%, within"),
        ("bench e1rm went from 150 to 147 between two sessions, going backwards?", "-2.0%"),
        ("squat e1rm dropped from 200 to 180 kg this week, worried", "190 kg from 200"),
    ],
)
def test_session_e1rms_and_changes_are_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 2.1: 100 × 10 → Epley 133.3, Brzycki 133.3, Lombardi 125.9; past 10 reps no e1RM
        (
            "one app says my bench max is 133 from 100x10, another says 126. which is right?",
            "Lombardi ≈ 125.9",
        ),
        (
            "my app says 163 from 100kg x 15 and another app 131, which formula is correct",
            "Brzycki ≈ 163.6 kg",
        ),
        ("e1rm dropped from 142 to 139, regression?", "95% of your best, 134.9"),
    ],
)
def test_formulas_compared_and_drops_marked(question: str, shown: str) -> None:
    assert shown in answer(question).answer


@pytest.mark.parametrize(
    "question",
    [
        "stronglifts, failed 5x5 at 80kg bench twice. app says deload. right call?",
        "new to gym (2 months), i rest 3 min between everything, do i need that long",
        "bench 185x8 last week no rpe, 195 x 6 @ 9 this week, stronger?",
        "leg curl 3x10 @ 40kg, went 12, 12, 11. bump the pin?",
        "squat 315x4 @8, planning next week's 4x2 @8.5 in lb. load?",
    ],
)
def test_no_stray_figure_from_a_word_that_only_looks_like_numbers(question: str) -> None:
    reply = answer(question).answer
    assert "Epley ≈" not in reply and "A break of" not in reply
    assert "RPE creep" not in reply and "Next cycle" not in reply
