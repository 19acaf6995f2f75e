"""Score `spotter parse --json` (stdin JSON-lines mode) on an eval set with SPEC.md gold, set by
set as tests/test_parser_eval_set.py does: `python bench/parser_eval.py [FILE.jsonl] [-v]`
(default parser_v2) prints the score, split into lines SPEC decides and `spec_silent` ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_parser_eval_set import _matches  # noqa: E402

SPOTTER = Path(sys.executable).with_name("spotter")


def main(args: list[str]) -> None:
    files = [a for a in args if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "tests" / "data" / "eval" / "parser_v2.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    stdin = "".join(json.dumps({"text": i["text"]}, ensure_ascii=False) + "\n" for i in items)
    run = subprocess.run(
        [str(SPOTTER), "parse", "--json"], input=stdin, capture_output=True, text=True, check=True
    )
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(answers) == len(items), (len(answers), len(items))
    misses = [(i, a) for i, a in zip(items, answers, strict=True) if not _matches(i["expected"], a)]
    silent = sum(1 for i in items if i.get("spec_silent"))
    silent_misses = sum(1 for i, _ in misses if i.get("spec_silent"))
    decided, decided_misses = len(items) - silent, len(misses) - silent_misses
    false_logs = sum(1 for i, a in misses if not i["expected"]["ok"] and a.get("ok"))
    hits = len(items) - len(misses)
    print(f"{path.name}: {hits}/{len(items)} = {hits / len(items):.1%}")
    print(f"  SPEC decides: {decided - decided_misses}/{decided}")
    print(f"  spec_silent:  {silent - silent_misses}/{silent}")
    print(f"  non-logs logged: {false_logs}")
    if "-v" in args:
        for item, answer in misses:
            print(f"  MISS {item['text']!r}\n    want {item['expected'].get('sets')}")
            print(f"    got  {answer.get('sets', answer.get('error'))}")


if __name__ == "__main__":
    main(sys.argv[1:])
