"""Round twelve, programme situations: the coach applies the rule to the asker's own case — their
resets, their level, their weeks out, their check-in — not the generic table (COACHING 4.1–4.5)."""

from __future__ import annotations

import pytest

from bot import coach
from bot.coach.normalize import normalize
from bot.coach.prog_situation import fatigue_signs, level, reset_lifts


def _answer(question: str) -> tuple[tuple[str, ...], str]:
    a = coach.answer(question)
    return a.cards, a.answer


def test_two_lifts_reset_twice_is_told_lp_is_done() -> None:
    _, text = _answer(
        "on a novice 5x5 for 7 months. bench reset twice in 9 weeks and press reset twice too, "
        "squat still going up. do i count as intermediate? what program for strength next"
    )
    assert "you're an intermediate now" in text
    assert "bench and press" in text
    assert "H 5+1 → S 4+1" in text
    assert len(text.split()) <= 130


def test_one_lift_reset_twice_keeps_lp_on_the_rest() -> None:
    _, text = _answer("only my squat has reset twice in 8 weeks on linear progression, is lp over?")
    assert "Only your squat" in text and "keep them on LP" in text


def test_lp_done_for_size_gets_the_size_sequence() -> None:
    cards, text = _answer(
        "beginner lp, deadlift reset twice in 11 weeks and squat reset twice as well. "
        "lp finished? i mostly want to get big"
    )
    assert cards[0] == "lp_done_size"
    assert "H 5+1 → H 5+1" in text and "4×2–3 @ RPE 8–8.5" in text


def test_advanced_size_sequence_has_primer_and_advanced_set_numbers() -> None:
    cards, text = _answer(
        "advanced, 9 years of bodybuilding. how do i order my blocks for hypertrophy from here"
    )
    assert cards == ("seq_adv_size",)
    assert "12 sets" in text and "24" in text and "2×10–15" in text


def test_advanced_meet_peak_uses_leader_leader_anchor_on_their_weeks() -> None:
    cards, text = _answer(
        "been competing in powerlifting 6 years, next meet is 17 weeks out. how should i lay "
        "out my blocks to peak"
    )
    assert cards == ("meet_advanced",)
    assert "H 4+1" in text and "17 weeks out" in text and "week 17" in text
    assert "3×3 @ 7.5" in text


def test_intermediate_both_sequence_has_the_overlap_reps() -> None:
    _, text = _answer("intermediate lifter, want strength and size the same amount, block order?")
    assert "1:1" in text and "5–10 reps" in text


def test_checkin_with_two_fatigue_signs_is_a_deload_not_train_as_normal() -> None:
    cards, text = _answer(
        "check-in: barely slept 5 nights, knees ache, quads still sore 5 days later. push hard "
        "this week or not?"
    )
    assert cards[0] == "fatigue_checkin"
    assert "deload now" in text and "half the sets" in text
    assert "as normal" not in text


def test_strength_block_start_carries_e1rm_over() -> None:
    cards, text = _answer("size block done, strength block starts monday. do my e1rms carry over?")
    assert "block_first_week" in cards
    assert "RPE 7" in text and "carry over" in text


def test_rest_on_main_vs_secondary_lifts_in_a_block() -> None:
    _, text = _answer("strength block: how long should i rest on t1 lifts vs t2 lifts?")
    assert "3–5 min" in text and "2–3 min" in text


def test_dumbbell_only_home_gym_progression() -> None:
    cards, text = _answer(
        "intermediate, training at home with dumbbells that only go to 30 kg, want more muscle. "
        "how do i keep progressing"
    )
    assert cards == ("dumbbell_progress",)
    assert "0–3" in text and "10–20" in text
    assert "5 kg lower-body" not in text  # no barbell LP increments for a dumbbell asker


def test_five_day_split_answers_extra_arm_sets() -> None:
    cards, text = _answer(
        "5 days a week available, chasing bigger arms. which split, and do arms need extra sets?"
    )
    assert cards == ("split_arms",)
    assert "Extra arm sets: yes" in text and "half a set" in text


def test_two_day_week_gives_reps_rest_and_reserve() -> None:
    cards, text = _answer("only 2 training days a week, 45 and busy. what should the week be")
    assert cards == ("two_days_week",)
    assert "5–10 reps" in text and "2–3 min" in text and "1–3 reps in reserve" in text


def test_beginner_machine_circuit_or_barbell() -> None:
    _, text = _answer(
        "total beginner here. gym handed me a machine circuit of 3x12, or should i learn "
        "barbell 3x5? want to get fitter and stronger"
    )
    assert "3×5" in text and "2 reps in reserve" in text
    assert "bulky" in text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("advanced lifter", "advanced"),
        ("intermediate, 2 yrs", "intermediate"),
        ("lifting for 5 years", "advanced"),
        ("been training 1 year", "intermediate"),
    ],
)
def test_level_from_words_or_years(words: str, expected: str) -> None:
    assert level(coach.read(words), normalize(words)) == expected


def test_resets_read_per_lift() -> None:
    text = normalize("squat reset twice, bench reset twice too, deadlift still moving")
    assert reset_lifts(text) == ["squat", "bench"]


def test_fatigue_signs_counted() -> None:
    assert fatigue_signs(normalize("slept like crap all week and my elbow aches")) == 2
    assert fatigue_signs(normalize("legs a bit sore today")) == 0
