"""`spotter ask [--json] QUESTION`: the coach's answer from the command line."""

from __future__ import annotations

import json
from datetime import date
from typing import TextIO

from bot.coach import answer

USAGE = "usage: spotter ask [--json] QUESTION"


def run_ask(args: list[str], stdout: TextIO) -> int:
    """Print the coach's answer (plain, or SPEC JSON with --json); 2 on a usage error."""
    as_json = "--json" in args
    words = [arg for arg in args if arg != "--json"]
    question = " ".join(words).strip()
    if not question:
        stdout.write(f"{USAGE}\n")
        return 2
    reply = answer(question, today=date.today())  # the command line is the edge: its clock
    if as_json:
        stdout.write(json.dumps(reply.to_json(), ensure_ascii=False) + "\n")
    else:
        stdout.write(reply.answer + "\n")
    return 0
