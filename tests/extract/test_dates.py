"""Tests for eventscope.extract.dates (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscope.extract.dates import choose_event_date, find_timexes, load_lexicon
from eventscope.records import Span, TimeExpr, When

D = dt.date
PUB = dt.date(2019, 12, 31)


def one(text: str, published: dt.date | None = PUB) -> TimeExpr:
    found = find_timexes(text, published)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t


def values(text: str, published: dt.date | None = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published)]


# Explicit dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gunmen raided the camp on December 31 2019 at dawn.", "December 31 2019"),
        ("Gunmen raided the camp on 31 December 2019 at dawn.", "31 December 2019"),
        ("Gunmen raided the camp on Dec. 31, 2019 at dawn.", "Dec. 31, 2019"),
        ("Gunmen raided the camp on 31/12/2019 at dawn.", "31/12/2019"),
        ("Gunmen raided the camp on 2019-12-31 at dawn.", "2019-12-31"),
        ("Gunmen raided the camp on the 31st of December 2019.", "the 31st of December 2019"),
        ("Gunmen raided the camp on Tuesday, 31 December 2019.", "Tuesday, 31 December 2019"),
    ],
)
def test_explicit_day_forms(text: str, span: str) -> None:
    t = one(text, D(2020, 1, 3))
    assert (t.text, t.value, t.precision, t.relative) == (span, "2019-12-31", "day", False)
    assert t.first == t.last == D(2019, 12, 31)


def test_numeric_date_month_first_when_day_cannot_be_month() -> None:
    assert one("The vote was held on 12/31/2019.").value == "2019-12-31"
    assert one("The vote was held on 05/06/2019.").value == "2019-06-05"  # day first when ambiguous


def test_muc_style_upper_case_with_two_digit_year() -> None:
    t = one("THE ARMY SAID ON 3 JAN 90 THAT REBELS ATTACKED THE TOWN.", D(1990, 1, 5))
    assert (t.text, t.value) == ("3 JAN 90", "1990-01-03")


def test_two_digit_number_after_a_date_in_mixed_case_is_not_a_year() -> None:
    t = one("On 5 May 12 people were hurt.", D(2019, 5, 8))
    assert (t.text, t.value) == ("5 May", "2019-05-05")


def test_day_and_month_without_year_takes_nearest_occurrence() -> None:
    assert one("The rally took place on 28 December.", D(2020, 1, 3)).value == "2019-12-28"
    assert one("Talks resume on Jan. 14.", D(2019, 12, 20)).value == "2020-01-14"


def test_numeric_day_month_shorthand_needs_a_preposition() -> None:
    assert one("Two men were lynched on 28/02 in the market.", D(2018, 3, 3)).value == "2018-02-28"
    assert find_timexes("Turnout was 3/4 of the roll.", D(2018, 3, 3)) == []


def test_run_of_days_is_valued_at_first_day_with_full_interval() -> None:
    t = one("Traders blocked the road on 6-7 August 2018.")
    assert (t.text, t.value, t.first, t.last) == (
        "6-7 August 2018",
        "2018-08-06",
        D(2018, 8, 6),
        D(2018, 8, 7),
    )
    t = one("Clashes went on from September 11th and 12th.", D(2018, 9, 15))
    assert (t.value, t.last) == ("2018-09-11", D(2018, 9, 12))


# Months and years -------------------------------------------------------------------------------


def test_month_in_february_publication_is_previous_year() -> None:
    t = one("The militia was formed in October.", D(2020, 2, 10))
    assert (t.value, t.first, t.last, t.precision, t.relative) == (
        "2019-10",
        D(2019, 10, 1),
        D(2019, 10, 31),
        "month",
        True,
    )


def test_month_with_future_cue_goes_forward() -> None:
    assert one("Elections will be held in October.", D(2020, 2, 10)).value == "2020-10"


def test_month_with_year_and_modifiers() -> None:
    assert one("The drought began in October 1997.").value == "1997-10"
    assert one("They fled in mid-November.", D(2019, 12, 2)).text == "mid-November"
    assert one("They fled last April.", D(2019, 12, 2)).value == "2019-04"
    assert one("They fled last December.", D(2019, 12, 2)).value == "2018-12"


def test_may_the_verb_is_not_a_month() -> None:
    assert find_timexes("Officials said the toll May rise.", D(2019, 6, 1)) == []
    assert one("The toll rose in May.", D(2019, 6, 1)).value == "2019-05"


def test_year_and_count_guard() -> None:
    assert one("The rebels seized the town in 2014.").value == "2014"
    assert find_timexes("Some 2000 soldiers were deployed.", D(2019, 6, 1)) == []
    assert one("Sales reached $2014 in fiscal 1989.", D(1989, 11, 1)).text == "fiscal 1989"


def test_decade() -> None:
    t = one("The conflict dates back to the 1990s.")
    assert (t.value, t.first, t.last) == ("199", D(1990, 1, 1), D(1999, 12, 31))


# Weekdays and deictic days ----------------------------------------------------------------------


def test_weekday_on_publication_weekday_is_that_day() -> None:
    thursday = D(2014, 12, 18)
    assert one("Police dispersed the march on Thursday.", thursday).value == "2014-12-18"


def test_weekday_is_most_recent_on_or_before_publication() -> None:
    thursday = D(2014, 12, 18)
    assert one("Police dispersed the march on Friday.", thursday).value == "2014-12-12"
    assert one("Police dispersed the march last Thursday.", thursday).value == "2014-12-11"
    assert one("The envoy will arrive on Monday.", thursday).value == "2014-12-22"


def test_late_on_sunday_keeps_modifier_in_span() -> None:
    t = one("The blast went off late on Sunday.", D(2014, 12, 18))
    assert (t.text, t.value) == ("late on Sunday", "2014-12-14")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops shelled the village yesterday.", "2014-12-17"),
        ("Troops are shelling the village today.", "2014-12-18"),
        ("Troops shelled the village last night.", "2014-12-17"),
        ("Troops shelled the village overnight.", "2014-12-17"),
    ],
)
def test_deictic_days(text: str, value: str) -> None:
    t = one(text, D(2014, 12, 18))
    assert (t.value, t.precision, t.relative) == (value, "day", True)


# Relative units ---------------------------------------------------------------------------------


def test_last_week_across_year_end() -> None:
    # 2015-01-02 is in ISO week 2015-W01 (29 Dec 2014 - 4 Jan 2015)
    t = one("Fighting flared last week.", D(2015, 1, 2))
    assert (t.value, t.first, t.last, t.precision) == ("2014-W52", D(2014, 12, 22), D(2014, 12, 28), "week")


def test_this_week_and_earlier_this_month() -> None:
    assert one("Fighting flared this week.", D(2014, 12, 18)).value == "2014-W51"
    t = one("Fighting flared earlier this month.", D(2014, 12, 18))
    assert (t.text, t.value, t.first, t.last, t.precision) == (
        "earlier this month",
        "2014-12",
        D(2014, 12, 1),
        D(2014, 12, 18),
        "month",
    )


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Prices rose last month.", "2014-12", "month"),
        ("Prices rose last year.", "2014", "year"),
        ("Prices rose this year.", "2015", "year"),
        ("Prices rose four months ago.", "2014-09", "month"),
        ("Prices rose two days ago.", "2015-01-06", "day"),
        ("Prices rose six weeks ago.", "2014-W48", "week"),
    ],
)
def test_relative_units(text: str, value: str, precision: str) -> None:
    t = one(text, D(2015, 1, 8))
    assert (t.value, t.precision, t.relative) == (value, precision, True)


def test_present_ref_has_no_interval() -> None:
    for text in ("The town is now under army control.", "The town is currently under army control."):
        t = one(text)
        assert (t.value, t.first, t.last) == ("PRESENT_REF", None, None)


def test_quarters_and_seasons() -> None:
    pub = D(1999, 11, 2)
    assert one("Profit fell in the third quarter.", pub).value == "1999-Q3"
    assert one("Profit fell in the quarter.", pub).value == "1999-Q3"
    assert one("Profit fell in the fourth quarter of 1998.", pub).value == "1998-Q4"
    assert values("Profit rose in the third quarter from a year earlier.", pub) == [
        ("the third quarter", "1999-Q3"),
        ("a year earlier", "1998-Q3"),
    ]
    assert one("The offensive began last fall.", D(2000, 2, 1)).value == "1999-FA"
    assert one("The offensive will resume this summer.", D(2000, 2, 1)).value == "2000-SU"
    assert find_timexes("They celebrated the fall of the regime.", pub) == []


def test_holidays() -> None:
    pub = D(2019, 12, 31)
    assert one("A bomb exploded on Christmas Day.", pub).value == "2019-12-25"
    assert one("Shops shut for Thanksgiving.", pub).value == "2019-11-28"  # 4th Thursday
    assert one("The parade on Memorial Day 2019 was cancelled.", pub).value == "2019-05-27"  # last Monday
    assert find_timexes("Flights to Christmas Island resumed.", pub) == []


def test_without_publication_date_relative_values_are_underspecified() -> None:
    t = one("Police dispersed the march on Thursday.", None)
    assert (t.value, t.first, t.last) == ("XXXX-XX-XX", None, None)
    assert one("The rebels seized the town on 3 March 2015.", None).value == "2015-03-03"


def test_longest_candidate_wins_overlaps() -> None:
    assert values("It ended on Dec. 31, 2019, and again in 2019.") == [
        ("Dec. 31, 2019", "2019-12-31"),
        ("2019", "2019"),
    ]


def test_lexicon_is_loaded_from_resources() -> None:
    lex = load_lexicon()
    assert lex.months["sept"] == 9 and lex.weekdays["thursday"] == 4
    assert "PRESENT_REF" in lex.vague


# Event dates ------------------------------------------------------------------------------------


def _choose(text: str, published: dt.date | None, evidence: list[Span] | None = None) -> When | None:
    spans = evidence if evidence is not None else [Span(0, len(text))]
    return choose_event_date(find_timexes(text, published), spans, text, published)


def test_event_date_prefers_day_over_vaguer_in_evidence() -> None:
    w = _choose("Earlier this month, on 12 December 2019, gunmen killed three herders.", D(2019, 12, 20))
    assert w is not None
    assert (w.best, w.start, w.end, w.precision, w.defaulted) == (
        D(2019, 12, 12),
        D(2019, 12, 12),
        D(2019, 12, 12),
        "day",
        False,
    )
    assert w.text == "12 December 2019"


def test_event_date_skips_future_and_history_markers() -> None:
    text = "Elections are due on 5 March 2020. Militia burned homes in a feud that began in 2014."
    w = _choose(text, D(2019, 12, 20), [Span(35, len(text))])
    assert w is not None and w.defaulted and w.best == D(2019, 12, 20)


def test_event_date_falls_back_to_preceding_timex_in_paragraph() -> None:
    text = "On Friday, residents blocked the road. Police fired tear gas at them."
    w = _choose(text, D(2014, 12, 18), [Span(39, len(text))])
    assert w is not None and (w.best, w.defaulted) == (D(2014, 12, 12), False)
    other_paragraph = "On Friday, residents blocked the road.\n\nPolice fired tear gas at them."
    w = _choose(other_paragraph, D(2014, 12, 18), [Span(40, len(other_paragraph))])
    assert w is not None and w.defaulted
    one_per_line = "On Friday, residents blocked the road.\nPolice fired tear gas at them."
    w = _choose(one_per_line, D(2014, 12, 18), [Span(39, len(one_per_line))])
    assert w is not None and w.defaulted


def test_event_date_range_is_clipped_and_centred() -> None:
    # this week = 15-21 Dec 2014 (Mon-Sun): the Wednesday, with the range clipped at publication
    w = _choose("Fighting flared this week.", D(2014, 12, 18))
    assert w is not None
    assert (w.start, w.end, w.best, w.precision) == (
        D(2014, 12, 15),
        D(2014, 12, 18),
        D(2014, 12, 17),
        "week",
    )
    # published on the Tuesday: the middle would be after publication, so it is held there
    w = _choose("Fighting flared this week.", D(2014, 12, 16))
    assert w is not None and (w.best, w.end) == (D(2014, 12, 16), D(2014, 12, 16))
    # a month is coded at its 15th
    w = _choose("Fighting flared in August.", D(2014, 12, 16))
    assert w is not None and (w.best, w.start, w.end) == (D(2014, 8, 15), D(2014, 8, 1), D(2014, 8, 31))
    assert w.start <= w.best <= w.end


def test_event_date_run_of_days_uses_first_day() -> None:
    w = _choose("Traders blocked the road on 6-7 August 2018.", D(2018, 8, 10))
    assert w is not None and (w.best, w.start, w.end) == (D(2018, 8, 6), D(2018, 8, 6), D(2018, 8, 7))


def test_event_date_defaulted_or_none() -> None:
    w = _choose("Residents protested against the closure of the clinic.", D(2019, 5, 2))
    assert w is not None and (w.best, w.precision, w.defaulted) == (D(2019, 5, 2), "day", True)
    assert _choose("Residents protested against the closure of the clinic.", None) is None


@pytest.mark.parametrize(("text", "years"), [
    ("In 2012 rebels seized the town of Gao.", ["2012"]),
    ("Since 2015 soldiers have patrolled the border.", ["2015"]),
    ("Power was cut in 2000 homes across the city.", []),
    ("Police deployed 2000 officers to the stadium.", []),
])
def test_a_year_before_a_subject_is_a_year(text: str, years: list[str]) -> None:
    assert [t.value for t in find_timexes(text, dt.date(2024, 5, 10))] == years
