"""Round nine: no contradictions and no misread numbers (COACHING Parts 2–4).

The team's own phrasings, one class of v9 failure per test: a negated rep target is a miss, a
figure line agrees with the card's rule, a stated RPE is used, a break is read by its length.
"""

from __future__ import annotations

import pytest

from bot.coach import answer
from bot.coach.asked import read_asked
from bot.coach.normalize import normalize


@pytest.mark.parametrize(
    ("text", "got", "missed"),
    [
        ("531 bench tm 100kg, 95% week i couldnt even get the 1 rep on the + set", 0, True),
        ("week 2 of 5/3/1 i didn't get the 3 on my plus set", 2, True),
        ("failed to hit 5 on the amrap in week 1", 4, True),
        ("531 week 1, got only 4 instead of 5 on the + set", 4, True),
        ("wasnt able to get 3 reps on the 3+ set", 2, True),
        ("hit 8 reps on the + set in week 1", 8, False),
        # the failed rep of a logged set is not a rep count of its own
        ("bench 90x5 and that was failure, couldnt get 6", None, True),
        ("squat 150 for 4, couldn't get 5", None, True),
    ],
)
def test_negated_reps_are_a_miss(text: str, got: int | None, missed: bool) -> None:
    asked = read_asked(normalize(text))
    assert (asked.got_reps, asked.missed) == (got, missed)


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # TM 225 lb, week 3 needs 1 rep: missed → three 5 lb increments back, 225 → 210
        (
            "5/3/1 bench TM 225lb, 95% week i couldnt even get the 1 rep on the + set. is my TM"
            " too high? what do i set it to",
            "225 → 210 lb",
            "Keep the TM",
        ),
        (
            "531 ohp tm 60kg, 5s week i only got 4 instead of 5 on the plus set. lower the tm?",
            "below week 1's minimum of 5",
            "meets week",
        ),
        (
            "on 5/3/1, squat tm 140kg, 3s week failed to hit 3 on the top set. what now",
            "140 → 125 kg",
            "Keep the TM",
        ),
        (
            "never tested my max. bench 100x5 to failure, couldnt get 6. whats my 531 tm",
            "e1RM",
            "test is passed",
        ),
    ],
)
def test_missed_plus_set_lowers_the_tm(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


@pytest.mark.parametrize(
    "text",
    [
        "already did the 5% cut on squat this strength block and now stalled again. keep going?",
        "volume load dropped like 12% on db press, am i overreaching",
        "my e1rm fell about 8% since last month for strength",
        "bench went down 10 percent this block, hypertrophy phase",
        "took 10% off the bar for size work",
    ],
)
def test_a_change_in_percent_is_not_a_share_of_max(text: str) -> None:
    from bot.coach import read

    assert read(text).percent is None


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # S4 regression (load × reps −10%+ on two exercises) → deload, never +2 sets
        (
            "hypertrophy block, chest. flat db press volume load dropped like 12% from last week"
            " and cable fly dropped too. 18 sets a week on chest",
            "deload next week",
            "+2 →",
        ),
        (
            "size block: incline press regressed and flyes regressed too this week, 16 sets/wk"
            " for chest. add sets?",
            "regression",
            "+2 →",
        ),
        # stalled but recovered under the cap → +2 sets, with no stray deload or RPE load
        (
            "hypertrophy block wk4. lat pulldown stuck at 3x10 70kg for 3 sessions, rows stuck"
            " too, im sleeping fine and not sore going into sessions. back is at 14 sets/wk. add"
            " sets or deload?",
            "+2 → 16 sets",
            "Deload from",
        ),
        (
            "hypertrophy phase, lat pulldown stuck at 3x10 70kg three weeks, recovering fine,"
            " 12 sets/wk on back. more sets or deload",
            "+2 → 14 sets",
            "RPE 8 assumed",
        ),
        # a deload card lists each lift's deload (half the sets, 90% rounded down), nothing else
        (
            "week 6 is deload for me. usual day 1 = squat 140 for 4 sets of 5 then rdls 120 for 4"
            " sets of 8. spell out the deload version please, sets reps kg",
            "squat 2×5 at 125 kg; rdl 2×8 at 107.5 kg",
            "127.5",
        ),
    ],
)
def test_figure_lines_agree_with_the_rule(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


def test_percent_of_max_still_read() -> None:
    from bot.coach import read

    assert read("is 70% enough for strength?").percent == 70
    assert read("5 sets at 75% for size").percent == 75


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # 150 × 4 @ 8.5: RTS 4 @ 8.5 = 85.0% → 150 / 0.85 ≈ 176.5, never Epley's 170
        (
            "squat today: 150 for 4, called it an 8.5. solid depth. e1rm? and what weight for"
            " triples at rpe 8 next tuesday",
            "176.5",
            "no RPE logged",
        ),
        (
            "bench 100x5, i'd rate it an 8. whats my e1rm, and 3s at rpe 9 next week?",
            "RPE 8 → e1RM",
            "no RPE logged",
        ),
        (
            "deadlift 200 for 3 @9 today. e1rm? want doubles at rpe 8 friday",
            "RPE 9 → e1RM",
            "no RPE logged",
        ),
        # a block of schemes @ RPE from one e1RM: each load off the RTS chart, none read as a set
        (
            "squat e1rm 180kg, running a 4 week strength block (4x4@7.5, 5x3@8, 4x2@8.5, single"
            " @8.5 + 3x3@7.5). loads pls",
            "4×2 @ RPE 8.5 = 90.7% ≈ 162.5 kg; 1×1 @ RPE 8.5 = 93.9% ≈ 170 kg",
            "9.1",
        ),
        (
            "bench e1rm 100kg. block is 5x5 @7, 4x4 @8, 3x3 @8.5. what loads",
            "5×5 @ RPE 7 = 78.6% ≈ 77.5 kg",
            "for the next sets",
        ),
    ],
)
def test_a_stated_rpe_is_used(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("12 week off-season block starting, want to get stronger", None),
        ("8 week off season program for rugby", None),
        ("in the offseason for 10 weeks, what reps", None),
        ("had 12 weeks off after my knee op", 12),
        ("3 weeks off for holiday", 3),
    ],
)
def test_an_off_season_is_not_a_layoff(text: str, weeks: float | None) -> None:
    from bot.coach.layoff_calcs import weeks_off

    assert weeks_off(normalize(text)) == weeks


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # today's e1RM 80 < 80% of the old 105 (84): work from 80 → 80% ≈ 65 kg
        (
            "had labrum surgery on my shoulder last year, fully healed and surgeon cleared me."
            " bench feels weak, e1rm now ~80kg vs 105kg before. how to build back. want strength",
            "program from today's 80",
            "within day-to-day noise",
        ),
        (
            "acl reconstruction 10 months ago, physio cleared me. squat e1rm 100 now vs 140"
            " before. how do i get strong again",
            "≈ 80",
            "one check towards a stall",
        ),
        (
            "tweaked my elbow, doc says 2 weeks off pressing. can i keep squatting heavy?",
            "8 weeks off or less needs no cut",
            "come back well below",
        ),
    ],
)
def test_a_return_works_from_todays_numbers(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


def test_rugby_off_season_gets_no_reentry_week() -> None:
    text = answer(
        "tighthead prop, 110kg, 12 week off-season block starting. coach wants me heavier AND"
        " stronger by pre-season. what reps and how much weight per week is sensible"
    ).answer
    assert "re-entry" not in text
    assert "0.28–0.55 kg a week" in text  # 0.25–0.5% of 110 kg


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # Juggernaut: WM += (reps − standard) × 5 lb lower / 2.5 lb upper; WM = 90% of 400 = 360
        (
            "juggernaut 2.0, squat 1rm 400lb. 10s wave realization amrap i hit 15 reps. also on"
            " bench 8s wave i got exactly 8. how do my working maxes change",
            "(+5) × 5 lb → working max +25 lb → 360 + 25 = 385 lb",
            "12.5",
        ),
        (
            "juggernaut: deadlift 10s wave amrap got 13, bench 10s wave got 12. new wms?",
            "Deadlift: 13 reps vs the 10s wave's standard of 10: (+3) × 5 lb",
            "(+3) × 2.5 lb",
        ),
        # 5/3/1 "3 back" from the series' own step: 165 − 3 × 5 = 150
        (
            "ran 5 forward 3 back style on squat: TM went 140, 145, 150, 155, 160 and now 165"
            " after the 5th bump. whats the 'back 3' TM",
            "165 − 3 × 5 = 150",
            "median",
        ),
        (
            "doing 5 forward 3 back on bench, tm went 100, 102.5, 105, 107.5, 110, 112.5. back 3?",
            "112.5 − 3 × 2.5 = 105",
            "median",
        ),
    ],
)
def test_programme_maths(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


@pytest.mark.parametrize(
    ("question", "shown", "absent"),
    [
        # GZCLP T1 after a failed 10×1: 5×3 at 85% of the new 5RM (115 × 0.85 = 97.75 → 97.5)
        (
            "squat on gzclp: ran out of stages, missed the 10 singles at 110kg. did a 5rm test"
            " this week and got 115. what weight do i go back to 5x3 with",
            "restart 5×3 at 85% ≈ 97.5 kg",
            "next: 6×2",
        ),
        (
            "gzclp bench t1 failed 10x1 at 80kg, new 5rm is 85kg. back to 5x3 at what?",
            "85% ≈ 72.5 kg",
            "next: 6×2",
        ),
        # a fixed 3×10 target beaten by 1–2 reps on every set → ACSM's +2–10%
        (
            "leg curl machine 3x10 @ 40kg, today went 12, 12, 11. bump the pin now or wait?",
            "add 2–10% (40.8–44 kg): e.g. 42.5 kg",
            "stay at 40 kg",
        ),
        (
            "bench 3x8 at 100 lb, i got 10, 9, 9. go up?",
            "add 2–10% (102–110 lb): e.g. 105 lb",
            "not every set",
        ),
        (
            "leg press 3x10 @ 150kg, went 11, 10, 9. add weight?",
            "keep 150 kg until each set beats the target",
            "add 2–10% (",
        ),
    ],
)
def test_programme_progressions(question: str, shown: str, absent: str) -> None:
    text = answer(question).answer
    assert shown in text
    assert absent not in text


@pytest.mark.parametrize(
    "question",
    [
        "currently 18 weeks along with my 2nd, lifted heavy for 4 yrs before. can the 3x5 squats"
        " stay in my week?",
        "20 wks along, can i still deadlift heavy?",
        "expecting my first in june, ok to keep benching 5x5 heavy?",
        "pregnant with twins, is 1-5 reps ok for strength?",
        "second trimester, want to keep getting strong, what reps?",
    ],
)
def test_pregnancy_gets_general_advice_only(question: str) -> None:
    reply = answer(question)
    assert "doctor or midwife" in reply.answer
    assert "80–100%" not in reply.answer
    assert "1–5 reps" not in reply.answer


def test_weeks_along_a_programme_is_not_pregnancy() -> None:
    from bot.coach import read

    assert not read("12 weeks along in my program, week 3 loads?").pregnant


@pytest.mark.parametrize(
    ("text", "one_rm"),
    [
        ("squat e1rm flat at ~162 for 6 weeks", 162),
        ("bench e1rm stuck at 100 for 3 weeks now", 100),
        ("deadlift 1rm sitting at 200 for months", 200),
    ],
)
def test_a_duration_is_not_a_rep_count(text: str, one_rm: float) -> None:
    from bot.coach import read

    d = read(text)
    assert (d.one_rm, d.sets) == (one_rm, ())


def test_no_deload_again_two_weeks_after_one() -> None:
    # S2, intermediate, deload under 3 weeks ago: 162 × 0.95 = 153.9; 5×3 @ 8 = 86.3% → 132.5
    text = answer(
        "intermediate, squat e1rm flat at ~162 for 6 weeks even though i deloaded 2 weeks ago. if"
        " we do the 5% thing what's the new number and what's a 5x3 @8 after"
    ).answer
    assert "153.9" in text
    assert "132.5" in text
    assert "Deload from" not in text
    assert "194.4" not in text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # 5 forward 3 back from TM 300 lb, deadlift +10 lb: 300 → 350, then 350 − 30 = 320
        (
            "deadlift TM sitting at 300 lb on 5/3/1. read about 'five forward three back', what"
            " is it and what would my TM path look like",
            "five cycles forward → 350 lb, then three back → 320 lb",
        ),
        # over 8 weeks off: re-entry week at 80% of the old e1RM, 100 → 80
        (
            "new dad, basically didn't touch a barbell for 3 months. before that my bench e1rm"
            " was around 100kg. what do i open with when i go back",
            "80% of 100 kg → 80 kg",
        ),
        # GreySkull: AMRAP under 5 is a failed session → 90% of 135 = 121.5 → 120 (rounded down)
        (
            "greyskull lp, bench 135 and the amrap set i only got 4. program says deload? how much",
            "next session at 90% → 120",
        ),
    ],
)
def test_the_lifters_own_number_is_worked_out(question: str, shown: str) -> None:
    assert shown in answer(question).answer
