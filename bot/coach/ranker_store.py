"""The fitted ranker kept on disk, so a restart loads it in a fraction of a second.

Fitting TF-IDF + a linear model over the bank's ~5,500 phrasings takes seconds (more on a busy
machine); unpickling the same model takes ~0.15 s. The file's name is a hash of everything the
fit depends on — the prepared phrasings and labels, this package's ranker code and the
scikit-learn/NumPy versions — so a changed bank or upgrade never loads a stale model. The cache
directory is the operator's own (pickles execute code when loaded: never point it at a shared,
writable place). Any failure to read or write falls back to fitting in memory.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def model_key(docs: Sequence[str], labels: Sequence[str], code: bytes) -> str:
    """A hash of the fit's inputs: the training texts, their labels, the code and libraries."""
    import numpy
    import sklearn

    digest = hashlib.sha256(code)
    digest.update(f"{sklearn.__version__}|{numpy.__version__}|{pickle.HIGHEST_PROTOCOL}".encode())
    for doc, label in zip(docs, labels, strict=True):
        digest.update(f"{label}\x1f{doc}\x1e".encode())
    return digest.hexdigest()[:32]


def load_or_fit(cache_dir: Path | None, key: str, fit: Callable[[], Any]) -> Any:
    """The model stored under `key` in `cache_dir`, else `fit()` (stored for the next start)."""
    if cache_dir is None:
        return fit()
    path = cache_dir / f"ranker-{key}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        pass
    except Exception:  # a torn or foreign file: fit again and replace it
        log.warning("coach ranker cache %s unreadable; fitting again", path.name)
    model = fit()
    _store(path, model)
    return model


def _store(path: Path, model: Any) -> None:
    """Write atomically (a temp file renamed over), so a parallel start never reads half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".ranker-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(model, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("ranker-*.pickle"):  # earlier banks' models
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("coach ranker cache not written (%s)", exc.strerror or exc)
