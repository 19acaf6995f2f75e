"""A learned ranker over the cards' phrasings: TF-IDF (words + char n-grams), a linear model.

Fitted once per process from the card bank (deterministic: liblinear's solver with its fixed
seed) or loaded from the operator's cache directory (ranker_store); a question then costs one
sparse transform and one matrix product.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.coach.cardbank import Bank, load_bank
from bot.coach.normalize import at_signs, normalize
from bot.coach.ranker_store import load_or_fit, model_key

# Turns the linear model's margins into a probability-like confidence (softmax temperature).
SHARPNESS = 6.0
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


_TIER = re.compile(r"\bt(?:ier ?)?([123])s?\b")
_TIER_WORDS = {"1": "tierone", "2": "tiertwo", "3": "tierthree"}


def prepare(text: str) -> str:
    """Normalised words with every number shown as 0, so '140x5 @8' looks like any set @ RPE;
    a GZCLP tier keeps its number ("t1" and "t2" fail differently)."""
    words = normalize(at_signs(text))  # "@8" is an RPE, as in read()
    words = _TIER.sub(lambda m: _TIER_WORDS[m.group(1)], words)
    return _DIGITS.sub("0", words)


@dataclass(frozen=True)
class Ranked:
    """A card id with the model's probability for it."""

    card: str
    score: float


class Ranker:
    """Scores every card for a question; the best few come back with their probabilities."""

    def __init__(self, bank: Bank, cache_dir: Path | None = None) -> None:
        docs: list[str] = []
        labels: list[str] = []
        for card in bank.cards:
            for text in (card.title, *card.asks):
                docs.append(prepare(text))
                labels.append(card.id)
        key = model_key(docs, labels, Path(__file__).read_bytes())
        self._model = load_or_fit(cache_dir, key, lambda: _fit(docs, labels))
        self._classes: list[str] = [str(c) for c in self._model.classes_]
        # One message ranks the same words several times (its parts alone and in context, the
        # off-topic and sums checks): each prepared text is scored once.
        self._scored = lru_cache(maxsize=256)(self._score)

    def rank(self, question: str, top: int = 6) -> list[Ranked]:
        probs, order = self._scored(prepare(question))
        return [Ranked(self._classes[i], probs[i]) for i in order[:top]]

    def _score(self, prepared: str) -> tuple[tuple[float, ...], tuple[int, ...]]:
        """Every card's probability and the cards best first (read-only: the results are shared)."""
        import numpy as np

        margins = self._model.decision_function([prepared])[0]
        scaled = np.exp((margins - margins.max()) * SHARPNESS)
        probs = scaled / scaled.sum()
        order = np.argsort(-probs, kind="stable")
        return tuple(float(p) for p in probs), tuple(int(i) for i in order)


def _fit(docs: list[str], labels: list[str]) -> Any:
    """TF-IDF over words and character n-grams, then a linear SVM: the same bank, the same model."""
    # Imported here: processes that never answer a question (parse, import) skip ~0.5 s.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
        ]
    )
    model = Pipeline([("features", features), ("linear", LinearSVC(C=1.0, random_state=0))])
    return model.fit(docs, labels)


_SHARED: dict[str, Any] = {"cache_dir": None}
_LOCK = threading.Lock()  # the bot warms the ranker on a thread while a question may arrive


def use_cache(cache_dir: Path | None) -> None:
    """Where the process-wide ranker is loaded from and stored, when it is first needed."""
    _SHARED["cache_dir"] = cache_dir


def default_ranker() -> Ranker:
    """The process-wide ranker, fitted (or loaded) on first use; the bot warms it at start-up."""
    with _LOCK:
        ranker = _SHARED.get("ranker")
        if ranker is None:
            ranker = _SHARED["ranker"] = Ranker(load_bank(), _SHARED["cache_dir"])
        return ranker
