"""Properties of `parse` over arbitrary text: it never raises and never accepts absurd numbers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import ParseResult, parse
from bot.parser.model import MAX_LOAD, MAX_REPS, MAX_SETS

LOG_ALPHABET = st.sampled_from(
    [*"0123456789xX×*@,.;:/+-()# \n",
       "kg", "lb", "lbs", "rpe", "rir", "bw", "sets", "of", "at", "bench", "squat", "pull ups",
       "db ", "plates", "warm up", "?", "💪", "\x00", "\u200b", "e", "nan", "s"]
)  # fmt: skip
log_like = st.lists(LOG_ALPHABET, max_size=25).map("".join)


def _assert_sane(result: ParseResult) -> None:
    payload = json.loads(json.dumps(result.to_json()))
    assert payload == result.to_json()
    if not result.ok:
        assert result.error
        return
    assert result.groups
    for group in result.groups:
        assert 1 <= len(group.reps) <= MAX_SETS
        assert all(1 <= r <= MAX_REPS for r in group.reps)
        if group.weight is not None:
            assert abs(group.weight) <= MAX_LOAD[group.unit]
            assert group.weight > 0 or group.bodyweight
        if group.rpe is not None:
            assert 1 <= group.rpe <= 10 and (group.rpe * 2).is_integer()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    _assert_sane(parse(text))


@settings(max_examples=400, deadline=None)
@given(log_like)
def test_log_like_noise_respects_bounds(text: str) -> None:
    _assert_sane(parse(text))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 10),
    st.integers(1, 100),
    st.integers(21, 500),
    st.sampled_from(["kg", "lb", ""]),
)
def test_sets_reps_load_round_trip(sets: int, reps: int, load: int, unit: str) -> None:
    result = parse(f"squat {sets}x{reps} {load}{unit}")
    assert result.ok
    (group,) = result.groups
    assert group.reps == (reps,) * sets
    assert group.weight == load
    assert group.unit == (unit or None)


@settings(max_examples=100, deadline=None)
@given(st.integers(501, 10**9))
def test_absurd_kg_loads_are_refused(load: int) -> None:
    assert not parse(f"bench {load}kg x 5").ok
