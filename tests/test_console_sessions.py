"""Acceptance: the offline console reopened on the same database answers and keeps the
first session's sets; `quit`, `exit` and end of input leave cleanly. Each session is a real
`spotter chat` process, as `make run` starts it without a token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.console import QUIT_WORDS

SESSION_TIMEOUT = 60


def chat(tmp_path: Path, *lines: str) -> str:
    """One `spotter chat` session on tmp_path's database; what it printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SPOTTER_"))}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'spotter.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=SESSION_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_second_session_answers_and_keeps_the_first_sessions_sets(tmp_path: Path) -> None:
    first = chat(tmp_path, "squat 140x5", "bench 100x5")
    assert "Squat 1×5 @ 140 kg" in first and "Bench press 1×5 @ 100 kg" in first
    second = chat(tmp_path, "deadlift 180x3", "/history")
    assert "Deadlift 1×3 @ 180 kg" in second  # not taken for a redelivery of line one
    history = second.split("you> /history", 1)[1]
    for line in ("Squat 1×5 @ 140 kg", "Bench press 1×5 @ 100 kg", "Deadlift 1×3 @ 180 kg"):
        assert line in history


@pytest.mark.parametrize("word", sorted(QUIT_WORDS & {"quit", "exit"}))
def test_quit_words_leave_without_being_read_as_a_message(tmp_path: Path, word: str) -> None:
    out = chat(tmp_path, "bench 100x5", word, "squat 140x5")
    assert "Nothing to log" not in out
    assert "Squat" not in out  # nothing after `quit` is read
