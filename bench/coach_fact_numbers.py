"""The judges' missing facts, re-read on this checkout's answers: for every fact a judged file marks
absent or partial (skipping figures computed from the asker's own numbers), is every number the fact
carries now in the answer? A proxy for a reading, not a judge: "2×" stated as "twice" counts as
missing, and a number said in another sense counts as stated. Also the answers' word counts.

    python bench/coach_fact_numbers.py               # v10 + v9 judged on round nine's code
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import coach  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
SETS = (
    ("coach_v10.json", "coach_v10_round9_judged.jsonl"),
    ("coach_v9.json", "coach_v9_round9_judged.jsonl"),
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LOAD = r"\d+(?:\.\d+)?\s*(?:kg|lb)"
_COMMON = frozenset({"1", "2", "3", "4", "5", "6", "8", "10", "12"})


def _plain(text: str) -> str:
    return text.replace("–", "-").replace("−", "-").replace("×", "x").replace(",", "")


def computed(fact: str, question: str) -> bool:
    """A figure worked out from the asker's input ("→ 135 kg", "≈ 152.7 kg", their load)."""
    f = _plain(fact)
    if re.search(rf"(?:→|->|=|≈)\s*~?≈?\s*{_LOAD}", f):
        return True
    theirs = set(_NUMBER.findall(_plain(question))) - _COMMON
    return bool(theirs & set(_NUMBER.findall(f))) and re.search(_LOAD, f) is not None


def score(questions: str, judged: str) -> tuple[int, int, int, list[int]]:
    """(facts with numbers, of those stated, facts without numbers, answer word counts)."""
    items = {i["id"]: i["question"] for i in json.loads((EVAL / questions).read_text("utf-8"))}
    answers = {k: coach.answer(q).answer for k, q in items.items()}
    total = stated = wordless = 0
    for line in (EVAL / judged).read_text("utf-8").splitlines():
        row = json.loads(line)
        said = set(_NUMBER.findall(_plain(answers[row["id"]])))
        for fact in (f["fact"] for f in row["facts"] if f["verdict"] != "present"):
            if computed(fact, items[row["id"]]):
                continue
            numbers = set(_NUMBER.findall(_plain(fact)))
            if not numbers:
                wordless += 1
                continue
            total, stated = total + 1, stated + (numbers <= said)
    return total, stated, wordless, [len(a.split()) for a in answers.values()]


def main() -> None:
    for questions, judged in SETS:
        total, stated, wordless, words = score(questions, judged)
        print(
            f"{judged}: numbers of {stated}/{total} missing facts stated"
            f" ({wordless} without numbers);"
            f" words median {statistics.median(words)}, max {max(words)},"
            f" >200: {sum(w > 200 for w in words)}"
        )


if __name__ == "__main__":
    main()
