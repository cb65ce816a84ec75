"""ingest.dedup: syndicated copies linked to the first copy, distinct reports left alone."""

from __future__ import annotations

import pytest

from eventscope.ingest.dedup import DedupOptions, Link, NearDuplicateIndex, signature

REPORT = (
    "Gunmen on motorcycles attacked a livestock market on the edge of the town early on Tuesday, "
    "killing at least six traders and wounding several others, a local official said. Residents said "
    "the attackers burned stalls and drove away cattle before soldiers arrived in the afternoon. The "
    "district commissioner said patrols would be stepped up along the road to the border."
)
OTHER = (
    "The city council approved a plan on Wednesday to resurface the main avenue and add cycle lanes "
    "before the rainy season, the mayor's office said. Work is due to start next month and should "
    "take about ten weeks, with night shifts to limit traffic jams near the central station."
)


def test_copy_with_credit_line_is_linked_to_the_first_copy() -> None:
    index = NearDuplicateIndex()
    assert index.check_and_add("a", signature(REPORT)) is None
    assert index.check_and_add("b", signature(OTHER)) is None
    link = index.check_and_add("c", signature(REPORT + " Reporting by our correspondent."))
    assert isinstance(link, Link) and (link.doc_id, link.duplicate_of) == ("c", "a")
    assert 0.7 <= link.similarity <= 1.0
    # A copy of the copy still points at the first copy (copies never enter the index).
    again = index.check_and_add("d", signature("Updated: " + REPORT))
    assert again is not None and again.duplicate_of == "a"
    assert len(index) == 2


def test_distinct_reports_on_the_same_kind_of_event_are_not_linked() -> None:
    similar_event = (
        "Armed men raided a fishing camp near the lake shore late on Friday, killing three fishermen and "
        "seizing boats, police said on Saturday. Survivors said the raiders came from across the water "
        "and left before dawn, and the governor ordered an inquiry into the security lapse."
    )
    index = NearDuplicateIndex()
    index.check_and_add("a", signature(REPORT))
    assert index.check_and_add("b", signature(similar_event)) is None


def test_short_texts_have_no_signature() -> None:
    assert signature("Police said five people died.") is None
    assert NearDuplicateIndex().check_and_add("x", None) is None


def test_signatures_are_deterministic_bytes_and_checked() -> None:
    sig = signature(REPORT)
    assert sig is not None and sig == signature(REPORT) and len(sig) == 128 * 4
    index = NearDuplicateIndex(DedupOptions(num_perm=64))
    with pytest.raises(ValueError, match="64"):
        index.add("a", sig)


def test_index_rebuilt_from_stored_signatures_finds_copies() -> None:
    stored = [("a", signature(REPORT)), ("b", signature(OTHER))]
    index = NearDuplicateIndex()
    for doc_id, sig in stored:
        assert sig is not None
        index.add(doc_id, sig)
    found = index.find(signature(OTHER.replace("ten weeks", "eleven weeks")) or b"")
    assert found is not None and found[0] == "b"
