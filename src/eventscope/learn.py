"""Optional statistical typing, trained on the user's own coded data (`eventscope train`).

A TF-IDF (word 1-2 grams + character 3-5 grams within words) logistic regression per target:
``sub_event_type``, ``inter1`` (actor1 type) and ``inter2`` (actor2 type). Fitting uses
scikit-learn; the fitted numbers are written to a plain gzip'd JSON file (vocabulary, idf, weights),
so a model file is data, never pickled code, and loading it needs no scikit-learn.

Combination with the rules (``TypingModel.revise``): the model's label replaces the rule's when the
model's probability reaches ``threshold`` (0.5 by default; the rules keep the events the model is
unsure about, and the rules alone decide *whether* there is an event).

No model ships with eventscope: shipped defaults are the rules and resources we write.
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from .errors import EventscopeError
from .records import SUBTYPE_PARENT, Actor, Event

FORMAT = "eventscope-typing-model/1"
TARGETS = ("sub_event_type", "inter1", "inter2")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


class ModelFileError(EventscopeError):
    pass


@dataclass(frozen=True)
class Head:
    """One fitted classifier: word and char TF-IDF features -> classes."""

    classes: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            counts: dict[int, int] = {}
            for term in _terms(text):
                j = self.vocab.get(term)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.int64)
            tf = np.fromiter(counts.values(), dtype=np.float64)
            w = (1.0 + np.log(tf)) * self.idf[idx]  # sublinear tf, as fitted
            w /= np.linalg.norm(w) or 1.0
            rows.extend([r] * len(idx))
            cols.extend(idx.tolist())
            vals.extend(w.tolist())
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        z = self.features(texts) @ self.coef.T + self.intercept
        if len(self.classes) == 2 and self.coef.shape[0] == 1:
            p1 = 1 / (1 + np.exp(-z[:, 0]))
            return np.column_stack([1 - p1, p1])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        proba = self.predict_proba(texts)
        best = proba.argmax(axis=1)
        return [(self.classes[int(k)], float(proba[i, k])) for i, k in enumerate(best)]

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "vocab": self.vocab,
            "idf": self.idf.round(5).tolist(),
            "coef": self.coef.round(5).tolist(),
            "intercept": self.intercept.round(5).tolist(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Head:
        return cls(
            classes=tuple(d["classes"]),
            vocab={str(k): int(v) for k, v in d["vocab"].items()},
            idf=np.asarray(d["idf"], dtype=np.float64),
            coef=np.asarray(d["coef"], dtype=np.float64),
            intercept=np.asarray(d["intercept"], dtype=np.float64),
        )


def _terms(text: str) -> list[str]:
    words = _TOKEN.findall(text.lower())
    terms = [f"w:{w}" for w in words]
    terms += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    for w in words:
        padded = f" {w} "
        for n in (3, 4, 5):
            terms += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return terms


def fit_head(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    min_df: int = 2,
    c: float = 10.0,
    max_features: int = 60000,
) -> Head:
    """Fit one head with scikit-learn and keep only the numbers."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(
        analyzer=_terms, min_df=min_df, sublinear_tf=True, norm="l2", max_features=max_features
    )
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels))
    return Head(
        classes=tuple(str(k) for k in clf.classes_),
        vocab={str(k): int(v) for k, v in vec.vocabulary_.items()},
        idf=np.asarray(vec.idf_, dtype=np.float64),
        coef=np.asarray(clf.coef_, dtype=np.float64),
        intercept=np.asarray(clf.intercept_, dtype=np.float64),
    )


@dataclass(frozen=True)
class TypingModel:
    heads: dict[str, Head]
    threshold: float = 0.5
    trained_on: int = 0

    def save(self, path: Path) -> None:
        payload = {
            "format": FORMAT,
            "threshold": self.threshold,
            "trained_on": self.trained_on,
            "heads": {k: h.to_json() for k, h in self.heads.items()},
        }
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(payload, fh)

    @classmethod
    def load(cls, path: Path) -> TypingModel:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                payload = json.load(fh)
        except (OSError, json.JSONDecodeError, EOFError) as exc:
            raise ModelFileError(f"{path}: not an eventscope model file ({exc})") from exc
        if payload.get("format") != FORMAT:
            raise ModelFileError(f"{path}: unknown model format {payload.get('format')!r}, expected {FORMAT}")
        return cls(
            heads={k: Head.from_json(v) for k, v in payload["heads"].items()},
            threshold=float(payload.get("threshold", 0.5)),
            trained_on=int(payload.get("trained_on", 0)),
        )

    def revise(self, events: Sequence[Event], texts: Sequence[str]) -> list[Event]:
        """Events with the model's labels where it is confident; ``texts`` = each event's evidence."""
        if not events:
            return []
        out = list(events)
        preds = {name: head.predict(texts) for name, head in self.heads.items()}
        for i, ev in enumerate(out):
            changes: dict[str, Any] = {}
            sub = preds.get("sub_event_type")
            if sub is not None:
                label, p = sub[i]
                if p >= self.threshold and label in SUBTYPE_PARENT and label != ev.sub_event_type:
                    changes["sub_event_type"] = label
                    changes["event_type"] = SUBTYPE_PARENT[label]
            for field_name, head_name in (("actor1", "inter1"), ("actor2", "inter2")):
                actor: Actor | None = getattr(ev, field_name)
                pr = preds.get(head_name)
                if actor is not None and pr is not None:
                    label, p = pr[i]
                    if p >= self.threshold and label and label != actor.type:
                        changes[field_name] = dataclasses.replace(actor, type=label)
            if changes:
                out[i] = dataclasses.replace(ev, **changes)
        return out


def train_model(
    texts: Sequence[str], targets: dict[str, Sequence[str | None]], *, threshold: float = 0.5
) -> TypingModel:
    """Fit a head per target on the rows whose label is known."""
    heads: dict[str, Head] = {}
    for name, labels in targets.items():
        pairs = [(t, lab) for t, lab in zip(texts, labels, strict=True) if lab]
        if len({lab for _, lab in pairs}) < 2:
            continue  # nothing to learn from one class
        heads[name] = fit_head([t for t, _ in pairs], [str(lab) for _, lab in pairs])
    if not heads:
        raise EventscopeError("no trainable labels: the coded data needs at least two sub-types")
    return TypingModel(heads=heads, threshold=threshold, trained_on=len(texts))
