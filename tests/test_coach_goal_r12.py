"""Round twelve's goal label (SPEC "Coach", COACHING 4.8), in fresh phrasings: claims weighed and
people in general → none, minors and the bulky fear with no wish → none, drug cycles → none,
new lifters → both, a strength lifter's own number or sport → strength."""

from __future__ import annotations

import pytest

from bot import coach

CASES = [
    # claims weighed, questions about people in general: general knowledge, no goal
    ("is undulating periodisation really proven or is it bro science?", "none"),
    ("do men build muscle faster than women do?", "none"),
    ("is it true powerlifters are stronger for their size than bodybuilders?", "none"),
    # a minor asking whether, or a parent asking for a child, with no wish stated
    ("i'm 14, am i allowed to lift weights yet? my mum thinks it stops you growing", "none"),
    ("my 12 year old daughter wants to join me at the gym, is that ok?", "none"),
    # the bulky fear alone is a myth question; a refusal of size is a strength wish
    ("will heavy deadlifts make me bulky? 27f", "none"),
    ("i'm 31f and do not want to get bulky, will heavy squats make my legs huge?", "strength"),
    # a drug cycle asked for: out of scope
    ("what tren cycle should i run on my bulk", "none"),
    # new lifters gain both, even under a medical caveat, when they want a goal
    ("never lifted, 50, type 1 diabetic. i want to put on muscle, where do i start", "both"),
    ("cyclist, 42, doing weight training for the first time this winter. tips?", "both"),
    (
        "began stronglifts 5 weeks ago, missed a squat set. after lp is it size or strength?",
        "both",
    ),
    # a medical beginner asking what to know, no goal: general advice only
    ("i have epilepsy and I'm a total beginner, anything to watch out for?", "none"),
    # a strength lifter's own number, lift or sport
    ("3 years in and I just want my deadlift number to climb. sets and reps?", "strength"),
    (
        "my squat has sat at 140 since spring and I'd love 150 by christmas. what do I change",
        "strength",
    ),
    ("which accessories bring up my bench and how heavy?", "strength"),
    (
        "strongman here, 120kg, thinking of moving up a weight class. will 6kg help my lifts",
        "strength",
    ),
    # their own sessions feeding a planned week of heavy doubles; a single set's maths stays none
    (
        "last three sessions my squat top sets were 150x3 @8, 152.5x3 @8.5, 155x2 @9."
        " what goes on the bar for the 4x2 @8.5 week?",
        "strength",
    ),
    ("squat 150x5 @8 today. whats my e1rm and what would triples @8 be?", "none"),
    # the block they're starting, not the one just finished
    (
        "done with my hypertrophy block, strength block starts monday. how hard is week one?",
        "strength",
    ),
    # two exercises named with 'both' are no wish for both goals
    (
        "size block: both curls and pushdowns dropped reps this week, feeling flat. now what?",
        "hypertrophy",
    ),
    # an LP graduate who wants size
    (
        "stronglifts: reset squat and bench twice each. is LP over? I mostly want to get bigger",
        "hypertrophy",
    ),
    # a layoff is no return to beginner status
    (
        "5 months off for work travel, deadlift e1rm was 180. do I restart a beginner program?",
        "none",
    ),
    # a fatigue check-in with no goal
    (
        "slept badly all week, knees achy, quads still sore after 3 days. train hard or ease off?",
        "none",
    ),
]


@pytest.mark.parametrize(("question", "goal"), CASES)
def test_goal_label(question: str, goal: str) -> None:
    assert coach.answer(question).goal == goal
