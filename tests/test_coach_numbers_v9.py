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
