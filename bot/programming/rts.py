"""The RTS (Tuchscherer) %1RM chart, built from its single 30-value sequence (COACHING.md 2.2)."""

from __future__ import annotations

RTS_SEQUENCE: tuple[float, ...] = (
    100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0,
    83.7, 82.4, 81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3,
    70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6,
)  # fmt: skip

MAX_REPS = 12
MIN_RPE = 6.5


def rts_percent(reps: int, rpe: float) -> float:
    """%1RM for `reps` at `rpe`; N reps @ RPE p is (N + RIR) reps @ RPE 10.

    Raises ValueError outside the published chart (1–12 reps, RPE 6.5–10 in half steps).
    """
    half_steps = round((10 - rpe) * 2)
    if (
        not 1 <= reps <= MAX_REPS
        or not 0 <= half_steps <= 7
        or abs(half_steps / 2 - (10 - rpe)) > 1e-9
    ):
        raise ValueError(f"no chart value for {reps} reps @ RPE {rpe}")
    return RTS_SEQUENCE[2 * (reps - 1) + half_steps]


def rpe_from_rir(rir: float) -> float:
    """RPE for a reps-in-reserve target (RIR 2 → RPE 8)."""
    return 10.0 - rir
