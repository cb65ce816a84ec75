"""Optional statistical typing, trained on the user's own coded data (`eventscope train`).

The model is stacked on the rules. Each head (``sub_event_type``, ``inter1`` = actor1 type,
``inter2`` = actor2 type) is a linear SVM over three blocks of features of one event:

* TF-IDF of the event's text (``model_text``: its evidence sentences, or the whole document when
  it is a short brief or note): words + word bigrams, and character 3-5 grams within words;
* what the rules decided about it (``rule_terms``): sub-type, trigger, the lexicon cues that fired
  (``classify.mention_cues``), actor types and name words, count kinds, status. The model thus learns when
  the rules are right and where the analyst's coding convention differs from them.

Combination with the rules (``TypingModel.revise``): a head's label replaces the rule's when its
score beats the score of the rule's label by at least the head's ``margin``. ``train_model`` picks
the margin per head by inner cross-validation on the training data only (grid ``MARGINS``; ``inf``
keeps the rules: what a small or noisy training set gets). The rules alone decide *whether* there is
an event and who the actors are; the model only re-types them.

Fitting uses scikit-learn; the fitted numbers are written to a plain gzip'd JSON file (vocabulary,
idf, weights), so a model file is data, never pickled code, and loading it needs no scikit-learn.
No model ships with eventscope: shipped defaults are the rules and resources we write.
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import math
import random
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from scipy import sparse

from .errors import EventscopeError
from .records import SUBTYPE_PARENT, Actor, Event

FORMAT = "eventscope-typing-model/2"
TARGETS = ("sub_event_type", "inter1", "inter2")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")

# Measured on the dev ACLED exports (5-fold CV, subtype wF1), see benchmarks/eval_train_cv.py:
# rule terms +0.035 over text alone (+0.007 of it from the mention cues); C 0.5 -0.003, 0.7 and 1.5
# +-0.001; rule block weight 0.5 -0.003, 0.3 +0.0005, 0.1 -0.002 against 0.2; character n-grams
# +0.003 for ~5 s per fold; logistic regression about +0.004 but ~18x slower to fit; balanced
# class weights -0.005.
SVM_C = 1.0
RULE_WEIGHT = 0.2
MAX_TEXT_FEATURES = 60000  # per block
# Margins tried by the inner CV. On the dev exports 0 (plain argmax) wins: the rule block already
# tells the model when to keep the rule's label; larger margins protect small training sets.
MARGINS = (0.0, 0.25, 0.5, 1.0, math.inf)
INNER_FOLDS = 3


class ModelFileError(EventscopeError):
    pass


@dataclass(frozen=True)
class Example:
    """What a head sees of one event: its ``model_text``, the rules' stacking terms, and the rules'
    own labels (``None``: the rules have no such actor, so that head leaves the event alone)."""

    text: str
    terms: tuple[str, ...]
    sub_event_type: str | None = None
    inter1: str | None = None
    inter2: str | None = None

    def rule_label(self, head: str) -> str | None:
        value: str | None = getattr(self, head)
        return value


def rule_terms(ev: Event | None, cues: Sequence[str] = ()) -> tuple[str, ...]:
    """The stacking terms of one rule event (``("none",)`` when the rules found no event)."""
    if ev is None:
        return ("none",)
    trig = (ev.trigger or "").lower()
    a1 = ev.actor1.type if ev.actor1 is not None else None
    a2 = ev.actor2.type if ev.actor2 is not None else None
    terms = [
        f"sub={ev.sub_event_type}",
        f"type={ev.event_type}",
        f"trig={trig}",
        f"sub|trig={ev.sub_event_type}|{trig}",
        f"status={ev.status}",
        f"a1={a1}",
        f"a2={a2}",
        f"a1|a2={a1}|{a2}",
        "fatal" if ev.fatalities is not None and ev.fatalities.best > 0 else "nofatal",
    ]
    terms += [f"count={c.kind}" for c in ev.counts]
    for role, actor in (("a1", ev.actor1), ("a2", ev.actor2)):
        if actor is not None:
            terms += [f"{role}w={w}" for w in _TOKEN.findall(actor.name.lower())]
    terms += list(cues)
    return tuple(terms)


def example_for(ev: Event | None, text: str, cues: Sequence[str] = ()) -> Example:
    return Example(
        text=text,
        terms=rule_terms(ev, cues),
        sub_event_type=ev.sub_event_type if ev is not None else None,
        inter1=ev.actor1.type if ev is not None and ev.actor1 is not None else None,
        inter2=ev.actor2.type if ev is not None and ev.actor2 is not None else None,
    )


# A document this short is a brief or a coder's note about one incident: every event in it is read
# with the whole text (context outside the evidence sentences, such as the grievance before a clash,
# tells the coder's choice: +0.0025 subtype wF1 on the dev ACLED notes, all < 700 characters).
# Longer documents (news articles) give each event its evidence sentences only.
SHORT_DOCUMENT = 1000


def model_text(text: str, ev: Event) -> str:
    """What the model reads of ``ev`` in a document of ``text`` (use it for training and revising)."""
    if len(text) <= SHORT_DOCUMENT:
        return text
    return " ".join(text[s.start : s.end] for s in ev.evidence)


def _word_terms(text: str) -> list[str]:
    words = _TOKEN.findall(text.lower())
    return [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in itertools.pairwise(words)]


def _char_terms(text: str) -> list[str]:
    terms = []
    for w in _TOKEN.findall(text.lower()):
        padded = f" {w} "
        for n in (3, 4, 5):
            terms += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return terms


# Words and character n-grams are two TF-IDF blocks, each normalised on its own: in one vector the
# ~10x more numerous character n-grams drowned the words (subtype wF1 -0.005 on the dev exports).
ANALYZERS = MappingProxyType({"words": _word_terms, "chars": _char_terms})


def _text_matrix(
    texts: Sequence[str], analyzer: str, vocab: dict[str, int], idf: np.ndarray
) -> sparse.csr_matrix:
    """TF-IDF exactly as fitted (sublinear tf, l2 norm), without scikit-learn."""
    terms_of = ANALYZERS[analyzer]
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, text in enumerate(texts):
        counts: dict[int, int] = {}
        for term in terms_of(text):
            j = vocab.get(term)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            continue
        idx = np.fromiter(counts.keys(), dtype=np.int64)
        tf = np.fromiter(counts.values(), dtype=np.float64)
        w = (1.0 + np.log(tf)) * idf[idx]
        w /= np.linalg.norm(w) or 1.0
        rows.extend([r] * len(idx))
        cols.extend(idx.tolist())
        vals.extend(w.tolist())
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))


def _rule_matrix(terms: Sequence[Sequence[str]], vocab: dict[str, int], weight: float) -> sparse.csr_matrix:
    rows: list[int] = []
    cols: list[int] = []
    for r, ts in enumerate(terms):
        for j in sorted({vocab[t] for t in ts if t in vocab}):
            rows.append(r)
            cols.append(j)
    vals = np.full(len(rows), weight)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(terms), len(vocab)))


@dataclass(frozen=True)
class Head:
    """One fitted classifier: [word TF-IDF | char TF-IDF | weighted binary rule terms] -> scores."""

    name: str
    classes: tuple[str, ...]
    vocabs: dict[str, dict[str, int]]  # analyzer name -> term -> column
    idfs: dict[str, np.ndarray]
    rule_vocab: dict[str, int]
    rule_weight: float
    coef: np.ndarray  # (n_classes, columns of the blocks in ANALYZERS order, then rule_vocab)
    intercept: np.ndarray  # (n_classes,)
    margin: float = 0.0  # inf: never replace the rule's label

    def features(self, examples: Sequence[Example]) -> sparse.csr_matrix:
        texts = [e.text for e in examples]
        blocks = [_text_matrix(texts, a, self.vocabs[a], self.idfs[a]) for a in ANALYZERS]
        blocks.append(_rule_matrix([e.terms for e in examples], self.rule_vocab, self.rule_weight))
        return sparse.hstack(blocks).tocsr()

    def scores(self, examples: Sequence[Example]) -> np.ndarray:
        out: np.ndarray = np.asarray(self.features(examples) @ self.coef.T) + self.intercept
        return out

    def decide(self, examples: Sequence[Example]) -> list[str | None]:
        """Per example the label replacing the rule's, or None to keep the rule's."""
        if not examples:
            return []
        return _decide(self.scores(examples), self.classes,
                       [e.rule_label(self.name) for e in examples], self.margin)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "classes": list(self.classes),
            "vocabs": self.vocabs,
            "idfs": {a: v.round(5).tolist() for a, v in self.idfs.items()},
            "rule_vocab": self.rule_vocab,
            "rule_weight": self.rule_weight,
            "coef": self.coef.round(5).tolist(),
            "intercept": self.intercept.round(5).tolist(),
            "margin": None if math.isinf(self.margin) else self.margin,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Head:
        margin = d.get("margin")
        return cls(
            name=str(d["name"]),
            classes=tuple(d["classes"]),
            vocabs={a: {str(k): int(v) for k, v in d["vocabs"][a].items()} for a in ANALYZERS},
            idfs={a: np.asarray(d["idfs"][a], dtype=np.float64) for a in ANALYZERS},
            rule_vocab={str(k): int(v) for k, v in d["rule_vocab"].items()},
            rule_weight=float(d["rule_weight"]),
            coef=np.asarray(d["coef"], dtype=np.float64),
            intercept=np.asarray(d["intercept"], dtype=np.float64),
            margin=math.inf if margin is None else float(margin),
        )


def _decide(
    scores: np.ndarray, classes: Sequence[str], rule: Sequence[str | None], margin: float
) -> list[str | None]:
    out: list[str | None] = []
    index = {c: k for k, c in enumerate(classes)}
    for i, best in enumerate(scores.argmax(axis=1)):
        label, r = classes[int(best)], rule[i]
        if r is None or label == r or math.isinf(margin):
            out.append(None)
            continue
        # a rule label the model never saw in training has no score: any model label beats it
        rule_score = scores[i, index[r]] if r in index else -math.inf
        out.append(label if scores[i, int(best)] - rule_score >= margin else None)
    return out


def _svm(x: sparse.csr_matrix, y: Sequence[str], c: float) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Fit a linear SVM; returns (classes, coef, intercept) with one row per class, also for two."""
    from sklearn.svm import LinearSVC

    clf = LinearSVC(C=c)
    clf.fit(x, list(y))
    coef = np.asarray(clf.coef_, dtype=np.float64)
    intercept = np.asarray(clf.intercept_, dtype=np.float64)
    if coef.shape[0] == 1:  # binary: sklearn keeps the positive class only
        coef = np.vstack([-coef[0], coef[0]])
        intercept = np.array([-intercept[0], intercept[0]])
    return [str(k) for k in clf.classes_], coef, intercept


def _inner_folds(examples: Sequence[Example], k: int, seed: int = 7) -> list[list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        groups[" ".join(e.text.split()).casefold()].append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    folds: list[list[int]] = [[] for _ in range(k)]
    for key in keys:
        min(folds, key=len).extend(groups[key])
    return [f for f in folds if f]


def _choose_margin(
    x: sparse.csr_matrix, labels: Sequence[str], examples: Sequence[Example], name: str, c: float
) -> float:
    """The margin of ``MARGINS`` with the best inner-CV accuracy of the revised labels (ties go to
    the larger margin, i.e. to the rules). Examples without a rule label do not count."""
    hits = dict.fromkeys(MARGINS, 0)
    folds = _inner_folds(examples, INNER_FOLDS)
    if len(folds) < 2:
        return math.inf
    y = np.asarray(labels)
    for fold in folds:
        test = np.asarray(fold)
        train = np.setdiff1d(np.arange(len(examples)), test)
        if len(set(y[train])) < 2:
            continue
        classes, coef, intercept = _svm(x[train], y[train].tolist(), c)
        scores = np.asarray(x[test] @ coef.T) + intercept
        rule = [examples[i].rule_label(name) for i in fold]
        for m in MARGINS:
            for i, new, r in zip(fold, _decide(scores, classes, rule, m), rule, strict=True):
                if r is not None:
                    hits[m] += (new or r) == labels[i]
    return max(reversed(MARGINS), key=lambda m: hits[m])


def fit_head(
    name: str,
    examples: Sequence[Example],
    labels: Sequence[str],
    *,
    margin: float | None = None,
    c: float = SVM_C,
    rule_weight: float = RULE_WEIGHT,
    min_df: int = 2,
    max_features: int = MAX_TEXT_FEATURES,
) -> Head:
    """Fit one head with scikit-learn and keep only the numbers. ``margin`` None: inner CV."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [e.text for e in examples]
    vecs = {
        # min_df 2 drops hapaxes, but a tiny training set would keep nothing at all
        a: TfidfVectorizer(analyzer=fn, min_df=min_df if len(examples) >= 20 else 1, sublinear_tf=True,
                           norm="l2", max_features=max_features)
        for a, fn in ANALYZERS.items()
    }
    blocks = [vec.fit_transform(texts) for vec in vecs.values()]
    df: dict[str, int] = defaultdict(int)
    for e in examples:
        for t in set(e.terms):
            df[t] += 1
    keep = sorted(t for t, n in df.items() if n >= min(min_df, len(examples)))
    rule_vocab = {t: j for j, t in enumerate(keep)}
    blocks.append(_rule_matrix([e.terms for e in examples], rule_vocab, rule_weight))
    x = sparse.hstack(blocks).tocsr()
    if margin is None:
        margin = _choose_margin(x, labels, examples, name, c)
    classes, coef, intercept = _svm(x, labels, c)
    return Head(
        name=name,
        classes=tuple(classes),
        vocabs={a: {str(k): int(v) for k, v in vec.vocabulary_.items()} for a, vec in vecs.items()},
        idfs={a: np.asarray(vec.idf_, dtype=np.float64) for a, vec in vecs.items()},
        rule_vocab=rule_vocab,
        rule_weight=rule_weight,
        coef=coef,
        intercept=intercept,
        margin=margin,
    )


@dataclass(frozen=True)
class TypingModel:
    heads: dict[str, Head]
    trained_on: int = 0

    def save(self, path: Path) -> None:
        payload = {
            "format": FORMAT,
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
        except (OSError, json.JSONDecodeError, EOFError, UnicodeDecodeError) as exc:
            raise ModelFileError(f"{path}: not an eventscope model file ({exc})") from exc
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            found = payload.get("format") if isinstance(payload, dict) else None
            raise ModelFileError(f"{path}: unknown model format {found!r}, expected {FORMAT} "
                                 "(retrain with `eventscope train`)")
        try:
            heads = {k: Head.from_json(v) for k, v in payload["heads"].items()}
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFileError(f"{path}: damaged model file ({exc!r})") from exc
        return cls(heads=heads, trained_on=int(payload.get("trained_on", 0)))

    @property
    def margins(self) -> dict[str, float]:
        return {k: h.margin for k, h in self.heads.items()}

    def revise(
        self, events: Sequence[Event], texts: Sequence[str], cues: Sequence[Sequence[str]] | None = None
    ) -> list[Event]:
        """Events with the model's labels where it beats the rules by its margin.

        ``texts``: each event's ``model_text``; ``cues``: each event's ``classify.mention_cues`` (without them the
        model still runs, on the other rule terms, but it was trained with them: pass them)."""
        if not events:
            return []
        cue_lists: Sequence[Sequence[str]] = cues if cues is not None else [()] * len(events)
        examples = [example_for(ev, t, c) for ev, t, c in zip(events, texts, cue_lists, strict=True)]
        decided = {name: head.decide(examples) for name, head in self.heads.items()}
        out = list(events)
        for i, ev in enumerate(out):
            changes: dict[str, Any] = {}
            sub = decided.get("sub_event_type", [None] * len(out))[i]
            if sub is not None and sub in SUBTYPE_PARENT:
                changes["sub_event_type"] = sub
                changes["event_type"] = SUBTYPE_PARENT[sub]
            for field_name, head_name in (("actor1", "inter1"), ("actor2", "inter2")):
                actor: Actor | None = getattr(ev, field_name)
                label = decided.get(head_name, [None] * len(out))[i]
                if actor is not None and label:
                    changes[field_name] = dataclasses.replace(actor, type=label)
            if changes:
                out[i] = dataclasses.replace(ev, **changes)
        return out


def train_model(
    examples: Sequence[Example],
    targets: Mapping[str, Sequence[str | None]],
    *,
    margin: float | None = None,
) -> TypingModel:
    """Fit a head per target on the examples whose gold label is known. ``margin`` None: each
    head's margin is chosen by inner CV on these examples."""
    heads: dict[str, Head] = {}
    for name, labels in targets.items():
        idx = [i for i, lab in enumerate(labels) if lab]
        if len({labels[i] for i in idx}) < 2:
            continue  # nothing to learn from one class
        heads[name] = fit_head(name, [examples[i] for i in idx], [str(labels[i]) for i in idx],
                               margin=margin)
    if not heads:
        raise EventscopeError("no trainable labels: the coded data needs at least two sub-types")
    return TypingModel(heads=heads, trained_on=len(examples))
