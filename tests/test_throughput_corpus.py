"""The throughput benchmark's article generator (``benchmarks/throughput_corpus.py``).

Why these checks: the benchmark's figures are only comparable between runs if the corpus is the same for a
seed, has the documented mix, and its articles have realistic lengths and paragraph structure (the
pre-filter and the extractor both work paragraph by paragraph, and their cost grows with length).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from eventscope.records import Document
from throughput_corpus import KINDS, MAX_WORDS, MIN_WORDS, ORDINARY_KINDS, Article, generate, to_documents

N = 200


@pytest.fixture(scope="module")
def corpora() -> dict[str, list[Article]]:
    return {mix: generate(N, mix) for mix in ("news", "conflict")}


def test_same_seed_same_output_and_other_seed_differs() -> None:
    assert generate(40, "news", seed=5) == generate(40, "news", seed=5)
    assert generate(40, "conflict", seed=5) == generate(40, "conflict", seed=5)
    assert [a.text for a in generate(40, "news", seed=5)] != [a.text for a in generate(40, "news", seed=6)]


@pytest.mark.parametrize("n", [0, 1, 7, 37, 200, 1001])
def test_news_mix_has_exact_counts(n: int) -> None:
    kinds = Counter(a.kind for a in generate(n, "news"))
    assert sum(kinds.values()) == n
    assert kinds["conflict"] == round(0.2 * n)
    ordinary = [kinds[k] for k in ORDINARY_KINDS]
    assert sum(ordinary) == n - round(0.2 * n)
    assert max(ordinary) - min(ordinary) <= 1  # spread evenly
    assert set(kinds) <= set(KINDS)


def test_conflict_mix_is_all_conflict(corpora: dict[str, list[Article]]) -> None:
    assert {a.kind for a in corpora["conflict"]} == {"conflict"}


def test_order_is_shuffled(corpora: dict[str, list[Article]]) -> None:
    kinds = [a.kind for a in corpora["news"]]
    assert kinds != sorted(kinds)
    assert "conflict" in kinds[: N // 4] and "conflict" in kinds[-N // 4 :]


def test_unknown_mix_and_negative_n_are_rejected() -> None:
    with pytest.raises(ValueError):
        generate(3, "sports")
    with pytest.raises(ValueError):
        generate(-1, "news")


@pytest.mark.parametrize("mix", ["news", "conflict"])
def test_word_counts_within_range_and_spread(corpora: dict[str, list[Article]], mix: str) -> None:
    counts = [len(a.text.split()) for a in corpora[mix]]
    assert all(MIN_WORDS <= c <= MAX_WORDS for c in counts), (min(counts), max(counts))
    # spread over the whole range, not bunched at one end
    assert min(counts) < MIN_WORDS + 80 and max(counts) > MAX_WORDS - 80
    assert sum(c < 650 for c in counts) > N // 4 and sum(c >= 650 for c in counts) > N // 4


def test_ids_are_unique(corpora: dict[str, list[Article]]) -> None:
    ids = [a.id for mix in corpora.values() for a in mix]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("mix", ["news", "conflict"])
def test_paragraph_structure(corpora: dict[str, list[Article]], mix: str) -> None:
    for a in corpora[mix]:
        paras = a.text.split("\n\n")
        assert len(paras) >= 5, a.id
        for p in paras:
            assert p and p == p.strip() and "\n" not in p, (a.id, p)
            assert p[0].isupper() or p[0] in "“(", (a.id, p)
            assert p[-1] in ".”)", (a.id, p)
        assert not re.search(r"[{}]|  ", a.text), a.id  # every template slot filled
        assert a.title and "{" not in a.title and a.outlet
        dt.date.fromisoformat(a.published)


def test_conflict_ledes_report_an_attributed_event(corpora: dict[str, list[Article]]) -> None:
    for a in corpora["conflict"]:
        lede = a.text.split("\n\n")[0]
        assert re.search(r"\b(said|according to|told)\b", lede), lede
        assert re.search(r"\b(kill|killed|killing|dead|died|shot dead)\b", lede), lede


def test_ordinary_news_uses_conflict_words_in_other_senses(corpora: dict[str, list[Article]]) -> None:
    texts = {k: " ".join(a.text for a in corpora["news"] if a.kind == k) for k in ORDINARY_KINDS}
    assert re.search(r"\battack", texts["sport"]) and "fired home" in texts["sport"]
    assert "price war" in texts["business"] or "hostile bid" in texts["business"]
    assert "campaign" in texts["politics"] and re.search(r"\battacked\b", texts["politics"])
    assert "virus" in texts["science"] or "killed cancer cells" in texts["science"]


def test_articles_rarely_repeat_sentences(corpora: dict[str, list[Article]]) -> None:
    for a in corpora["news"] + corpora["conflict"]:
        sentences = [s for p in a.text.split("\n\n") for s in re.split(r"(?<=[.”])\s+", p)]
        assert len(sentences) == len(set(sentences)), a.id


def test_to_documents_keeps_the_fields(corpora: dict[str, list[Article]]) -> None:
    arts = corpora["news"][:20]
    docs = to_documents(arts)
    assert len(docs) == len(arts)
    for a, d in zip(arts, docs, strict=True):
        assert isinstance(d, Document)
        assert (d.id, d.text, d.title, d.outlet) == (a.id, a.text, a.title, a.outlet)
        assert d.published == dt.date.fromisoformat(a.published)
        assert d.url and d.url.startswith("https://") and a.id in d.url
