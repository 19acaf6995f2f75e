"""`spotter parse [--json] [TEXT]`: one message, or JSON lines `{"text": …}` from stdin."""

from __future__ import annotations

import json
from typing import TextIO

from bot.exercises import display_name
from bot.parser import ParseResult, SetGroup, parse
from bot.units import fmt_number

USAGE = "usage: spotter parse [--json] [TEXT]"


def summary(result: ParseResult) -> str:
    """One readable line per group, e.g. `Bench press 3×5 @ 100 kg`."""
    if not result.ok:
        return result.error or ""
    return "\n".join(_group_line(g) for g in result.groups)


def _group_line(group: SetGroup) -> str:
    reps = group.reps
    scheme = f"{len(reps)}×{reps[0]}" if len(set(reps)) == 1 else "/".join(map(str, reps))
    if group.weight is None:
        load = "bodyweight" if group.bodyweight else "no load given"
    else:
        sign = "+" if group.bodyweight and group.weight > 0 else ""
        load = f"{sign}{fmt_number(group.weight)}" + (f" {group.unit}" if group.unit else "")
    rpe = f" RPE {fmt_number(group.rpe)}" if group.rpe is not None else ""
    return f"{display_name(group.exercise)} {scheme} @ {load}{rpe}"


def _render(result: ParseResult, as_json: bool) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False) if as_json else summary(result)


def _line_text(line: str) -> str | None:
    """The `text` of one JSON input line, or None when the line is not such an object."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    text = data.get("text") if isinstance(data, dict) else None
    return text if isinstance(text, str) else None


def run_parse(args: list[str], stdin: TextIO, stdout: TextIO) -> int:
    """Run the command; returns the exit code (0 ok/parsed, 1 not a log, 2 usage)."""
    as_json = "--json" in args
    rest = [a for a in args if a != "--json"]
    if any(a.startswith("--") for a in rest):
        stdout.write(USAGE + "\n")
        return 2
    if rest:
        result = parse(" ".join(rest))
        stdout.write(_render(result, as_json) + "\n")
        return 0 if result.ok else 1
    for line in stdin:
        if not line.strip():
            continue
        text = _line_text(line)
        if text is None:
            result = ParseResult.fail('Each input line should be JSON like {"text": "bench 3x5"}.')
        else:
            result = parse(text)
        stdout.write(_render(result, as_json) + "\n")
        stdout.flush()
    return 0
