"""The coach: start-up cost (cards + ranker fit), per-question latency with a lifter context,
and the meaning-level scores of the question banks in tests/data/.

Run: `python bench/bench_coach.py` (pin to one core with `taskset -c 0` for the one-core figure).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import emit, percentile, r3, verdict

P95_TARGET_MS = 50.0
ROUNDS = 3


def _startup_s() -> tuple[float, float]:
    """Seconds to import the ranker's libraries, and to load the cards and fit the ranker."""
    start = time.perf_counter()
    import sklearn.svm  # noqa: F401

    imported = time.perf_counter()
    from bot.coach import warm_up

    warm_up()
    return imported - start, time.perf_counter() - imported


def _latencies_ms(questions: list[str]) -> list[float]:
    from bot.coach import LifterContext, LiftSnapshot, answer

    ctx = LifterContext(
        block="Hypertrophy block, week 2 of 6",
        lifts=(
            LiftSnapshot("bench_press", "Bench press", 116.0, (8, 10, 9)),
            LiftSnapshot("squat", "Squat", 150.0, (3, 3, 2)),
        ),
        program="531",
    )
    times: list[float] = []
    for _ in range(ROUNDS):
        for q in questions:
            start = time.perf_counter()
            answer(q, ctx)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    imports_s, fit_s = _startup_s()
    from tests.coach_eval import load, score

    names = ["coach_blind.jsonl", "coach_dev.jsonl", *(f"coach_dev{n}.jsonl" for n in range(2, 13))]
    banks = {name: load(name) for name in names}
    questions = [str(row["q"]) for rows in banks.values() for row in rows]
    times = _latencies_ms(questions)
    p50, p95, worst = percentile(times, 50), percentile(times, 95), max(times)
    cores = len(os.sched_getaffinity(0))
    print(f"start-up: imports {imports_s:.2f} s, cards + ranker fit {fit_s:.2f} s")
    print(
        f"per question ({len(times)} answers, {cores} core(s)): p50 {p50:.1f} ms, p95 {p95:.1f} ms,"
        f" max {worst:.1f} ms — {verdict(p95 < P95_TARGET_MS)}"
    )
    figures: dict[str, object] = {}
    for name, rows in banks.items():
        rates = score([r for r in rows if not r.get("skip")]).rates()
        print(f"{name}: " + ", ".join(f"{k} {v:.1%}" for k, v in rates.items()))
        figures[name.removesuffix(".jsonl")] = {k: r3(v) for k, v in rates.items()}
    emit(
        "coach",
        imports_s=r3(imports_s),
        fit_s=r3(fit_s),
        p50_ms=r3(p50),
        p95_ms=r3(p95),
        max_ms=r3(worst),
        cores=cores,
        **figures,
    )


if __name__ == "__main__":
    main()
