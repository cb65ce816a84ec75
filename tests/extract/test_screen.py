"""The screen before parsing (``extract.screen``): what it skips, what it parses, and that the
events come out the same as from the full parse.

Articles below were written for these tests; place and group names are real, the events are not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from eventscope.extract import classify, screen
from eventscope.extract.pipeline import ExtractOptions, Extractor
from eventscope.ingest.clean import clean_html
from eventscope.nlp import load_nlp
from eventscope.records import Document
from support import EXAMPLES

MATCH_REPORT = """Rovers came from behind to beat City 3-1 in a tense derby on Saturday.

The home side's striker fired a shot against the crossbar before half-time, and the visiting
goalkeeper made two fine saves as Rovers kept up their attack.

After the break the substitute levelled with a header from a corner. The winger then scored twice
in ten minutes, the second a low shot that left the keeper with no chance.

The manager praised his players and the fans. The result lifts the club to third in the league,
two points behind the leaders with four matches of the championship left."""

RECIPE = """Heat the oven and grease a tin. Mix the flour, sugar and butter until smooth.

Pour the batter into the tin and bake for forty minutes. Leave to cool before slicing."""

BACKGROUND = (
    "The region has a long history of disputes over grazing land between herding and farming communities. "
    "Aid agencies have appealed for more funding for schools and clinics in the area. "
    "The governor is expected to visit the state capital later this month to meet elders. "
    "Local radio stations broadcast programmes in several languages spoken across the plateau. "
)

CONFLICT_REPORT = (
    "Gunmen killed seven villagers in an attack on Tuesday near Bokkos in Plateau State, a local official said.\n\n"
    + BACKGROUND * 3
    + "\n\nSoldiers arrested two suspects on Wednesday, the army said.\n\n"
    + BACKGROUND * 2
)


@pytest.fixture(scope="module")
def scr() -> screen.Screen:
    return screen.Screen(load_nlp())


def test_a_match_report_is_skipped_before_parsing(scr: screen.Screen) -> None:
    plan = scr.plan(MATCH_REPORT)
    assert plan.verdict == "skip"
    assert plan.reason == "screen:article-sport"


def test_text_without_any_trigger_word_is_skipped(scr: screen.Screen) -> None:
    plan = scr.plan(RECIPE)
    assert (plan.verdict, plan.reason) == ("skip", "screen:no-trigger")


def test_a_sign_of_violence_keeps_a_sport_article_for_the_parser(scr: screen.Screen) -> None:
    text = MATCH_REPORT + "\n\nPolice fired tear gas at rival supporters who fought outside the stadium."
    assert scr.plan(text).verdict != "skip"


def test_a_short_report_is_parsed_whole(scr: screen.Screen) -> None:
    text = "Gunmen killed three traders near Jos on Monday, police said."
    plan = scr.plan(text)
    assert plan.verdict == "full"
    assert plan.chunks == (screen.Chunk(0, len(text), True),)


def test_background_sentences_are_not_parsed(scr: screen.Screen) -> None:
    plan = scr.plan(CONFLICT_REPORT)
    assert plan.verdict == "partial"
    parsed = [CONFLICT_REPORT[c.start : c.end] for c in plan.chunks if c.parse]
    skipped = [CONFLICT_REPORT[c.start : c.end] for c in plan.chunks if not c.parse]
    assert any("Gunmen killed seven villagers" in p for p in parsed)
    assert any("Soldiers arrested two suspects" in p for p in parsed)
    assert skipped and all("grazing land" in s or "radio stations" in s for s in skipped)
    # the chunks tile the text exactly
    assert plan.chunks[0].start == 0 and plan.chunks[-1].end == len(CONFLICT_REPORT)
    assert all(a.end == b.start for a, b in zip(plan.chunks, plan.chunks[1:], strict=False))
    assert plan.parsed_chars < len(CONFLICT_REPORT)


def test_stitched_parse_keeps_text_tokens_and_sentences(scr: screen.Screen) -> None:
    nlp = load_nlp()
    [(doc, plan, ctx)] = list(screen.parse_planned(nlp, scr, [(CONFLICT_REPORT, "x")]))
    assert ctx == "x" and plan.verdict == "partial" and doc is not None
    assert doc.text == CONFLICT_REPORT
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(CONFLICT_REPORT)]
    assert doc.user_data.get(classify.SCOPE_IN) is True
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("Gunmen killed seven villagers") for s in sents)
    lede = next(s for s in doc.sents if s.text.startswith("Gunmen"))
    assert any(t.dep_ == "nsubj" for t in lede)  # the event sentence carries a real parse
    grazing = next(t for t in doc if t.text == "grazing")
    assert grazing.dep_ in ("dep", "ROOT") and grazing.lemma_ == "grazing"  # background: not parsed


def test_possible_lemmas_cover_irregular_forms(scr: screen.Screen) -> None:
    assert "shoot" in scr.lemmas.of("shot")
    assert "flee" in scr.lemmas.of("fled")
    assert "kill" in scr.lemmas.of("killing")
    assert "militant" in scr.lemmas.of("militants")


def _events(extractor: Extractor, docs: list[Document]) -> list[list[dict[str, object]]]:
    return [[e.to_json() for e in evs] for _d, evs in extractor.extract(docs)]


def test_screen_gives_the_same_events_as_the_full_parse_on_the_examples() -> None:
    docs = [clean_html(p.read_bytes(), source=str(p), doc_id=p.stem)
            for p in sorted((EXAMPLES / "pages").glob("*.html"))]
    docs.append(Document(id="written-partial", text=CONFLICT_REPORT, published=dt.date(2024, 5, 9)))
    docs.append(Document(id="written-match", text=MATCH_REPORT, published=dt.date(2024, 5, 9)))
    fast = Extractor(ExtractOptions(screen=True))
    full = Extractor(replace(fast.options, screen=False))
    assert _events(fast, docs) == _events(full, docs)
    assert fast.plans["skip"] >= 1 and fast.plans["partial"] >= 1  # the fast path was taken
