"""The spaCy pipeline as the extractor loads it: sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_a_bracketed_gloss_stays_in_its_sentence(nlp: Language) -> None:
    text = ("Six people died in fighting between two clans in Wajir county [in northeast Kenya] on Saturday. "
            "The locals buried the bodies on Monday [3 July] morning.")
    assert sentences(nlp, text) == [
        "Six people died in fighting between two clans in Wajir county [in northeast Kenya] on Saturday.",
        "The locals buried the bodies on Monday [3 July] morning.",
    ]


def test_a_bracket_after_a_full_stop_may_open_a_sentence(nlp: Language) -> None:
    found = sentences(nlp, "Two men were arrested in Garissa. [Photo: police at the scene] Officers said the men fled.")
    assert found[0] == "Two men were arrested in Garissa."
    assert len(found) >= 2
