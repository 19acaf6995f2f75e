"""Reading the asker's own numbers and situation right (round 12): body weight is not the lift,
a meet countdown is not a break, pounds stay pounds, "not cleared yet" is not cleared, and pain
burning down an arm is a stop-and-see-a-doctor matter."""

from __future__ import annotations

from bot import coach
from bot.coach.extract import extract
from bot.coach.layoff_calcs import weeks_off
from bot.coach.normalize import normalize


def _read(question: str):  # type: ignore[no-untyped-def]
    return extract(normalize(question))


def test_body_weight_is_not_the_working_load() -> None:
    d = _read("29f, 70kg. top bench set was meant to be 5 @ rpe 8 at 80 kg, it felt like rpe 7")
    assert d.load == 80
    assert d.target_rpe == 8


def test_easy_top_set_raises_the_rest_from_the_lift_not_body_weight() -> None:
    a = coach.answer(
        "31m, 88kg. planned 4 @ rpe 8 at 140 kg on squat but it went like an rpe 7. "
        "how much should the back-off sets go up?"
    )
    assert "145 kg" in a.answer
    assert "88 kg at" not in a.answer


def test_body_weight_is_not_an_e1rm() -> None:
    d = _read("45m, 102kg, bench day, pressed 120x4 last week, going for 125 today")
    assert d.one_rm != 102
    assert d.bodyweight == 102


def test_texas_method_uses_the_five_rep_max_not_body_weight() -> None:
    a = coach.answer(
        "27m, 80kg, texas method on bench, my 5rm last friday was 100. what's monday and wednesday?"
    )
    assert "5RM of 100 kg" in a.answer
    assert "5RM of 80" not in a.answer


def test_pound_training_max_stays_in_pounds_beside_kilo_body_weight() -> None:
    d = _read("38m, 95kg, running 531 and my squat tm is 315 lb, how does 5 forward 3 back go")
    assert d.unit == "lb"


def test_meet_countdown_is_not_a_layoff() -> None:
    assert weeks_off(normalize("meet is in october, it's 12 weeks out. how do i plan it")) is None
    assert weeks_off(normalize("i am 9 weeks away from my first meet")) is None
    assert weeks_off(normalize("took 12 weeks off after my wedding")) == 12


def test_doctor_not_clearing_yet_is_not_an_all_clear() -> None:
    a = coach.answer("got an umbilical hernia and my doctor has not cleared me yet, can i deadlift")
    assert "Since you've been cleared" not in a.answer
    assert "general advice only" in a.answer
    assert "heavy" in a.answer.lower()


def test_real_all_clear_still_reads_as_cleared() -> None:
    d = _read("had knee surgery in march, physio cleared me last week, how do i restart squats")
    assert d.injury == "cleared"


def test_light_exercise_only_keeps_the_general_line() -> None:
    d = _read("bypass surgery last year, cardiologist said only light exercise for now. bench ok?")
    assert d.medical


def test_burning_down_the_arm_is_a_stop_and_see_a_doctor() -> None:
    a = coach.answer(
        "my upper back is tight and it's burning down into my left arm since heavy rows. "
        "train through it this week?"
    )
    assert "see a doctor" in a.answer
    assert "e1RM" not in a.answer


def test_tweaked_lower_back_before_a_meet_gets_the_stop_line() -> None:
    a = coach.answer(
        "tweaked lower back pulling on sunday, can barely sit up. meet in 4 weeks, how do i peak?"
    )
    assert "stop the lift that hurts" in a.answer.lower()
    assert "doctor or physio" in a.answer


def test_light_exercise_only_gets_no_low_rep_strength_sets() -> None:
    a = coach.answer(
        "62f, pacemaker fitted this spring, doctor says light exercise is fine. how many reps "
        "should i do on leg press?"
    )
    assert "general advice only" in a.answer
    assert "3–5 with" not in a.answer
    assert "light" in a.answer
