"""Every sentence the parser says back to a lifter, in one place."""

from __future__ import annotations

EXAMPLE = "bench 3x5 100kg"


def _quote(text: str, limit: int = 30) -> str:
    """The lifter's words, shortened to fit on a phone line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def empty() -> str:
    return f"Send me a set to log, like '{EXAMPLE}'."


def no_exercise(text: str) -> str:
    quoted = _quote(text)
    return f"I couldn't find an exercise in '{quoted}' — try 'bench {quoted}'."


def no_numbers(name: str) -> str:
    return f"Got {name.lower()}, but how many sets and reps? Try '{name.lower()} 3x5 100kg'."


def no_reps(name: str) -> str:
    return f"I see the load for {name.lower()}, but not the reps — try '{name.lower()} 100x5'."


def question() -> str:
    return "That sounds like a question — I'll hand it to the coach."


def plan() -> str:
    return "Sounds like a plan rather than a finished set — log it once it's done."


def activity() -> str:
    return f"I log lifting sets, not cardio or timed work — e.g. '{EXAMPLE}'."


def chit_chat() -> str:
    return f"Nothing to log there. Try '{EXAMPLE}' or 'squat 140x5, 150x3'."


def warmups_only() -> str:
    return "Only warm-ups there — send your working sets, like 'squat 3x5 100kg'."


def too_heavy() -> str:
    return "That load looks too heavy to be real — check the number and send it again."


def too_many_reps() -> str:
    return "Reps should be between 1 and 100 per set — check the numbers and send it again."


def too_many_sets() -> str:
    return "That's more than 20 sets in one go — split it up or check the numbers."


def bad_rpe() -> str:
    return "RPE runs from 1 to 10 in half steps (RIR 0–9) — check it and send it again."


def bad_number() -> str:
    return f"I couldn't read those numbers — write them like '{EXAMPLE}'."


def negative_load() -> str:
    return "A minus load only fits assisted moves, like 'assisted pull ups -20kg 3x8'."


def unclear() -> str:
    return f"I couldn't tell the sets, reps and load apart — try '{EXAMPLE}'."


def too_long(limit: int) -> str:
    return (
        f"That message is longer than {limit:,} characters, so I logged none of it — "
        "send it in two or three parts."
    )
