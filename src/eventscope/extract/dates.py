"""Time expressions and event dates.

``find_timexes`` tags DATE time expressions in raw text with compiled regular expressions (no
spaCy) and resolves each to a TIMEX3 value against the publication date:

1. every rule (explicit dates, month/year forms, weekdays, deictic days, "last week", "two days
   ago", quarters, seasons, decades, vague PRESENT_REF/PAST_REF/FUTURE_REF words) proposes
   candidate spans with a resolved value;
2. overlapping candidates are settled longest first (so "Dec. 31, 2019" beats "2019");
3. a leading "the end of" / "the beginning of" is taken into the span.

``choose_event_date`` then picks the date of one event from those expressions and the event's
evidence sentences (see its docstring for the rules).

The vocabulary and the relative-date conventions live in ``resources/dates.toml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

from ..records import Precision, Span, TimeExpr, When

# Lexicon ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """The contents of ``resources/dates.toml``."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_needs_period: frozenset[str]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    bare_month_cues: frozenset[str]
    vague: dict[str, tuple[str, ...]]  # TIMEX3 token -> phrases
    future_cues: tuple[str, ...]
    count_nouns: frozenset[str]
    fixed_holidays: dict[str, tuple[int, int]]  # name -> (month, day)
    nth_weekday_holidays: dict[str, tuple[int, int, int]]  # name -> (month, ISO weekday, n)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``resources/dates.toml`` once per process."""
    raw = tomllib.loads((resources.files("eventscope") / "resources" / "dates.toml").read_text("utf-8"))
    return Lexicon(
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
        weekday_needs_period=frozenset(raw["weekday_needs_period"]["names"]),
        seasons={k.lower(): str(v) for k, v in raw["seasons"].items()},
        season_months={k: (int(v[0]), int(v[1])) for k, v in raw["season_months"].items()},
        ordinals={k.lower(): int(v) for k, v in raw["ordinals"].items()},
        numbers={k.lower(): int(v) for k, v in raw["numbers"].items()},
        bare_month_cues=frozenset(w.lower() for w in raw["bare_month_cues"]["words"]),
        vague={k: tuple(p.lower() for p in v) for k, v in raw["vague"].items()},
        future_cues=tuple(w.lower() for w in raw["future_cues"]["words"]),
        count_nouns=frozenset(w.lower() for w in raw["year_guard"]["count_nouns"]),
        fixed_holidays={k.lower(): (int(v[:2]), int(v[3:])) for k, v in raw["holidays"]["fixed"].items()},
        nth_weekday_holidays={
            k.lower(): (int(v[0]), int(v[1]), int(v[2])) for k, v in raw["holidays"]["nth_weekday"].items()
        },
    )


# Calendar helpers ------------------------------------------------------------------------------

_PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


def _month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _iso_week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Res:
    """A resolved candidate; ``end`` overrides the match end when a rule trims its span."""

    value: str
    first: dt.date | None
    last: dt.date | None
    precision: Precision | None
    relative: bool
    end: int | None = None


def _day(d: dt.date, relative: bool) -> _Res:
    # "Sunday night", "yesterday morning" keep the plain day: TIMEX3 would add TNI/TMO and call it
    # a TIME, but events are dated to the day (and TimeML DATE annotations mostly do the same).
    return _Res(d.isoformat(), d, d, "day", relative)


def _month(year: int, month: int, relative: bool) -> _Res:
    return _Res(
        f"{year:04d}-{month:02d}", dt.date(year, month, 1), _month_last(year, month), "month", relative
    )


def _year(year: int, relative: bool) -> _Res:
    return _Res(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative)


def _week(day: dt.date, relative: bool) -> _Res:
    first, last = _iso_week_bounds(day)
    return _Res(_week_value(day), first, last, "week", relative)


def _quarter(year: int, q: int, relative: bool) -> _Res:
    first = dt.date(year, 3 * q - 2, 1)
    # A quarter is wider than a month: "year" is the smallest Precision label that covers it.
    return _Res(f"{year:04d}-Q{q}", first, _month_last(year, 3 * q), "year", relative)


def _unanchored(value: str, precision: Precision) -> _Res:
    """A relative expression with no publication date: TIMEX3 leaves the unknown digits as X."""
    return _Res(value, None, None, precision, True)


# Matching context ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    text: str
    published: dt.date | None
    lex: Lexicon
    upper: bool  # all-caps wire copy: capitalisation says nothing

    def capitalised(self, pos: int) -> bool:
        return self.upper or self.text[pos].isupper()

    def word_before(self, pos: int) -> str:
        m = re.search(r"([A-Za-z']+)[\s-]*$", self.text[max(0, pos - 30) : pos])
        return m.group(1).lower() if m else ""

    def future(self, pos: int) -> bool:
        """Does the sentence before ``pos`` talk about the future ("will meet on Thursday")?"""
        window = self.text[max(0, pos - 200) : pos]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
        clause = window[cut + 1 :] if cut >= 0 else window
        return _future_re(self.lex.future_cues).search(clause.lower()) is not None


@functools.lru_cache(maxsize=4)
def _future_re(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [(r"\b" if w[0].isalnum() else "") + re.escape(w) + r"\b" for w in words]
    return re.compile("|".join(parts))


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    """Pick the century that puts the year closest to publication (no later than 10 years after)."""
    ref = published.year if published else 2000
    best = min((c + yy for c in (1800, 1900, 2000, 2100)), key=lambda y: (y > ref + 10, abs(y - ref)))
    return best


def _year_group(raw: str | None, ctx: _Ctx) -> int | None:
    if raw is None:
        return None
    digits = raw.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    return _two_digit_year(int(digits), ctx.published)


# Resolvers -------------------------------------------------------------------------------------

Resolver = Callable[[re.Match[str], _Ctx], _Res | None]


def _r_iso(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day(d, False) if d else None


def _r_numeric(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """31/12/2019 or 12/31/2019: the field above 12 is the day; when both could be, day first
    (international and ACLED-source convention)."""
    a, b = int(m["a"]), int(m["b"])
    year = _year_group(m["y"], ctx)
    if year is None:
        return None
    day, month = (b, a) if b > 12 >= a else (a, b)
    d = _safe_date(year, month, day)
    return _day(d, False) if d else None


_DM_CUES = frozenset(
    {"on", "of", "and", "between", "from", "to", "until", "till", "since", "by", "before", "after"}
)


def _r_numeric_day_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'on 28/02' (coders' shorthand, no year): day first like ``_r_numeric``. Only after a
    preposition or opening a line, since a bare 'a/b' is as often a fraction or a ratio."""
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    opens_line = not ctx.text[line_start : m.start()].strip()
    if not opens_line and ctx.word_before(m.start()) not in _DM_CUES:
        return None
    a, b = int(m["a"]), int(m["b"])
    day, month = (b, a) if b > 12 >= a else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _day_without_year(month, day, m.start(), ctx)


def _r_day_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'31 December 2019', 'the 3rd of May', '3 JAN 90'."""
    if not ctx.capitalised(m.start("mon")):
        return None
    month = ctx.lex.months[m["mon"].lower().rstrip(".")]
    day = int(m["d"])
    end = None
    yraw = m["y"]
    if yraw is not None and len(yraw) == 2 and not (ctx.upper or m["mon"].isupper()):
        # "on 5 May 12 people died": a bare two-digit number after a date is rarely a year
        # outside all-caps wire copy, so leave it out of the span.
        yraw, end = None, m.end("mon")
    year = _year_group(yraw, ctx)
    if year is not None:
        d = _safe_date(year, month, day)
        return _replace_end(_day(d, False), end) if d else None
    return _replace_end(_day_without_year(month, day, m.start(), ctx), end)


def _r_day_range(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'6-7 August 2018', 'September 11th and 12th', 'May 19 and 20': a run of days in one month.

    The value is the first day (TIMEX3 has no single value for a range; ACLED codes a multi-day
    event from its first day) and ``first``/``last`` span the run."""
    if not ctx.capitalised(m.start("mon")):
        return None
    month = ctx.lex.months[m["mon"].lower().rstrip(".")]
    d1, d2 = int(m["d1"]), int(m["d"])
    if d2 <= d1:
        return None
    year = _year_group(m["y"], ctx)
    if year is None:
        start = _day_without_year(month, d1, m.start(), ctx)
        if start is None or start.first is None:
            return start
        year = start.first.year
    first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
    if first is None or last is None:
        return None
    return _Res(first.isoformat(), first, last, "day", m["y"] is None)


def _r_month_day(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'December 31, 2019', 'Dec. 31', 'Sept. 30'."""
    if not ctx.capitalised(m.start("mon")):
        return None
    if re.search(
        r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", ctx.text[max(0, m.start("mon") - 12) : m.start("mon")]
    ):
        return None  # "5 May 12 people": the day comes before the month, the number after is not a day
    month = ctx.lex.months[m["mon"].lower().rstrip(".")]
    day = int(m["d"])
    year = _year_group(m["y"], ctx)
    if year is not None:
        d = _safe_date(year, month, day)
        return _day(d, False) if d else None
    return _day_without_year(month, day, m.start(), ctx)


def _replace_end(res: _Res | None, end: int | None) -> _Res | None:
    if res is None or end is None:
        return res
    return _Res(res.value, res.first, res.last, res.precision, res.relative, end)


def _day_without_year(month: int, day: int, pos: int, ctx: _Ctx) -> _Res | None:
    """'Dec. 7' with no year: the occurrence nearest to publication, counting days ahead
    ``FUTURE_WEIGHT`` times (news mostly reports the past but also announces dates)."""
    pub = ctx.published
    if pub is None:
        return _unanchored(f"XXXX-{month:02d}-{day:02d}", "day") if 1 <= day <= 31 else None
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    if not options:
        return None
    return _day(min(options, key=lambda d: (_weighted_distance((d - pub).days), d > pub)), True)


# Dates without a year resolve to the nearest occurrence, a day (or month) ahead of publication
# counting this many times a day behind: past-leaning, as news is, yet "Jan. 14" in a
# mid-December story is next month. Swept 1.0-3.0 on the TimeML dev set: 1.5-2.5 best (1.0 loses
# 0.006 value_acc), 2.0 keeps
# more to the past, which suits event reports.
FUTURE_WEIGHT = 2.0


def _weighted_distance(delta: int) -> float:
    return delta * FUTURE_WEIGHT if delta > 0 else float(-delta)


def _r_month_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if not ctx.capitalised(m.start("mon")):
        return None
    year = _year_group(m["y"], ctx)
    if year is None:
        return None
    return _month(year, ctx.lex.months[m["mon"].lower().rstrip(".")], False)


def _r_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """A month with no day or year: 'in October', 'last April', 'mid-November'."""
    name = m["mon"].lower().rstrip(".")
    if not ctx.capitalised(m.start("mon")):
        return None
    mod = (m["mod"] or "").lower()
    if not mod:
        month_num = ctx.lex.months[name]
        abbreviation = len(name) < max(len(n) for n, v in ctx.lex.months.items() if v == month_num)
        if abbreviation and not m["mon"].endswith("."):
            return None  # "Dec" alone is a date only with its period
        # "may" the verb, "MARCH" in all-caps copy: a bare month needs a cue word before it
        ambiguous = name == "may" or abbreviation or ctx.upper
        if ambiguous and ctx.word_before(m.start("mon")) not in ctx.lex.bare_month_cues:
            return None
    month = ctx.lex.months[name]
    pub = ctx.published
    if pub is None:
        return _unanchored(f"XXXX-{month:02d}", "month")
    if mod == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif mod == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif mod == "this":
        year = pub.year
    elif ctx.future(m.start()):
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = min(
            (pub.year - 1, pub.year, pub.year + 1),
            key=lambda y: (_weighted_distance((y - pub.year) * 12 + month - pub.month), y),
        )
    return _month(year, month, True)


def _r_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    year = int(m["y"])
    if not 1000 <= year <= 2099:
        return None
    mod = (m["mod"] or "").lower()
    if not mod:
        before = ctx.text[max(0, m.start() - 2) : m.start()]
        after = ctx.text[m.end() : m.end() + 12].lower()
        if re.search(r"[$£€#,.]\s?$", before) or re.match(r"\s*(%|percent|per\b|[,.]\d)", after):
            return None  # money, percentages, parts of larger numbers
        nxt = re.match(r"[\s-]*([a-z]+)", after)
        if nxt and nxt.group(1) in ctx.lex.count_nouns and not _year_then_subject(m, ctx):
            return None  # "2000 soldiers": a count of something, not a year
    return _year(year, False)


def _year_then_subject(m: re.Match[str], ctx: _Ctx) -> bool:
    """ "In 2012 rebels seized Gao", "since 2015 soldiers have patrolled": a year after a time
    preposition, then the clause's subject and its verb. ("power was cut in 2000 homes" has no verb
    after the noun; a year later than publication is no past date.)"""
    if ctx.published is not None and int(m["y"]) > ctx.published.year:
        return False
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    if not re.search(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)\s+$", before):
        return False
    after = ctx.text[m.end() : m.end() + 40]
    return bool(re.match(r"[\s-]*[a-z]+\s+(?:[a-z]+ed|have|has|had|were|was|took|began|fought|overran|stormed)\b",
                         after))


def _r_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if m["dec"]:
        prefix = m["dec"]
    else:
        century = _two_digit_year(int(m["d2"] + "0"), ctx.published) // 100
        prefix = f"{century}{m['d2']}"
    first = int(prefix) * 10
    return _Res(prefix, dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year", False)


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    name = m["wd"].lower().rstrip(".")
    if not ctx.capitalised(m.start("wd")):
        return None
    if name in ctx.lex.weekday_needs_period and not m["wd"].endswith("."):
        return None
    target = ctx.lex.weekdays[name] - 1
    pub = ctx.published
    if pub is None:
        return _unanchored("XXXX-XX-XX", "day")
    mod = (m["mod"] or "").lower()
    back = (pub.weekday() - target) % 7
    fwd = (target - pub.weekday()) % 7
    if mod == "last" or mod == "past":
        d = pub - dt.timedelta(days=back or 7)
    elif mod in ("next", "coming"):
        d = pub + dt.timedelta(days=fwd or 7)
    elif mod == "this":
        d = pub + dt.timedelta(days=target - pub.weekday())  # the same ISO week
    elif ctx.future(m.start()):
        d = pub + dt.timedelta(days=fwd)
    else:
        d = pub - dt.timedelta(days=back)
    return _day(d, True)


def _r_deictic(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    word = m["w"].lower()
    pub = ctx.published
    if pub is None:
        return _unanchored("XXXX-XX-XX", "day")
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "overnight": -1}[word]
    return _day(pub + dt.timedelta(days=offset), True)


def _r_last_night(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    # The night before publication, coded to the day it began (see resources/dates.toml).
    if ctx.published is None:
        return _unanchored("XXXX-XX-XX", "day")
    return _day(ctx.published - dt.timedelta(days=1), True)


def _r_this_part(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.published is None:
        return _unanchored("XXXX-XX-XX", "day")
    return _day(ctx.published, True)


def _r_relative_unit(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'last week', 'this month', 'earlier this year', 'next year', 'last quarter'."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    pub = ctx.published
    if pub is None:
        token = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}[unit]
        return _unanchored(token, "year" if unit == "quarter" else unit)  # type: ignore[arg-type]
    res: _Res
    if unit == "week":
        res = _week(pub + dt.timedelta(weeks=step), True)
    elif unit == "month":
        res = _month(*_shift_months(pub.year, pub.month, step), True)
    elif unit == "year":
        res = _year(pub.year + step, True)
    else:
        qy, qm = _shift_months(pub.year, pub.month, 3 * step)
        res = _quarter(qy, (qm - 1) // 3 + 1, True)
    if step == 0 and res.last is not None and res.last > pub and (m["edge"] or "").lower() == "earlier":
        # "earlier this month": the month so far
        res = _Res(res.value, res.first, pub, res.precision, True)
    return res


def _r_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'two days ago', 'a year earlier', 'four months ago', 'six weeks later'."""
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else ctx.lex.numbers.get(raw)
    if n is None:
        return None
    unit = m["unit"].lower()
    sign = 1 if m["dir"].lower() in ("later", "hence", "from now") else -1
    pub = ctx.published
    if pub is None:
        token = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX"}
        prec = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}
        return _unanchored(token[unit], prec[unit])  # type: ignore[arg-type]
    if unit == "day":
        return _day(pub + dt.timedelta(days=sign * n), True)
    if unit == "week":
        return _week(pub + dt.timedelta(weeks=sign * n), True)
    if unit == "month":
        return _month(*_shift_months(pub.year, pub.month, sign * n), True)
    if unit == "year":
        if n == 1 and sign == -1 and (q := _reporting_quarter(m.start(), ctx)) is not None:
            return _quarter(q[0] - 1, q[1], True)
        return _year(pub.year + sign * n, True)
    decade = pub.year + sign * 10 * n
    return _Res(
        str(decade // 10),
        dt.date(decade // 10 * 10, 1, 1),
        dt.date(decade // 10 * 10 + 9, 12, 31),
        "year",
        True,
    )


def _r_year_adj(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'year-earlier', 'the year-ago quarter': the year before publication, or the same quarter a
    year back when the sentence compares quarters."""
    if ctx.published is None:
        return _unanchored("XXXX", "year")
    if (q := _reporting_quarter(m.start(), ctx)) is not None:
        return _quarter(q[0] - 1, q[1], True)
    return _year(ctx.published.year - 1, True)


def _reporting_quarter(pos: int, ctx: _Ctx) -> tuple[int, int] | None:
    """The quarter a "year earlier" is compared with, when the sentence talks about a quarter:
    the last quarter named before ``pos`` in the text, else the last quarter completed before
    publication. Earnings reports compare a quarter with the same quarter a year before."""
    if ctx.published is None:
        return None
    start = max(ctx.text.rfind(". ", 0, pos), ctx.text.rfind("\n", 0, pos)) + 1
    stop = ctx.text.find(". ", pos)
    sentence = ctx.text[start : stop if stop >= 0 else len(ctx.text)].lower()
    if "quarter" not in sentence:
        return None
    named = None
    for rule in _rules():
        if rule.name not in ("quarter", "the_quarter"):
            continue
        for m in rule.pattern.finditer(ctx.text, 0, pos):
            res = rule.resolve(m, ctx)
            if res is not None and res.first is not None and (named is None or m.start() > named[0]):
                named = (m.start(), res.first)
    if named is not None:
        return named[1].year, (named[1].month - 1) // 3 + 1
    qy, qm = _shift_months(ctx.published.year, ctx.published.month, -3)
    return qy, (qm - 1) // 3 + 1


def _r_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    q = int(m["qn"]) if m["qn"] else ctx.lex.ordinals[m["ord"].lower()]
    explicit = m["qyear"] or m["qyear2"]
    if explicit:
        return _quarter(int(explicit), q, False)
    pub = ctx.published
    if pub is None:
        return _unanchored(f"XXXX-Q{q}", "year")
    rel = (m["qrel"] or "").lower()
    if rel:
        return _quarter(pub.year + {"last": -1, "this": 0, "next": 1}[rel], q, True)
    # the most recent such quarter that has started by publication
    year = pub.year if dt.date(pub.year, 3 * q - 2, 1) <= pub else pub.year - 1
    return _quarter(year, q, True)


def _r_the_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'the quarter', 'the latest quarter': the last quarter that ended before publication."""
    pub = ctx.published
    if pub is None:
        return _unanchored("XXXX-QX", "year")
    qy, qm = _shift_months(pub.year, pub.month, -3)
    return _quarter(qy, (qm - 1) // 3 + 1, True)


def _r_season(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    token = ctx.lex.seasons[m["s"].lower()]
    mod = (m["mod"] or "").lower()
    if m["y"]:
        return _season(int(m["y"]), token, ctx, relative=False)
    if not mod or (mod == "the" and m["s"].lower() == "fall"):
        return None  # bare "summer", "the fall of Kabul": too often not a date
    pub = ctx.published
    if pub is None:
        return _unanchored(f"XXXX-{token}", "month")
    # the season instance (by its starting year) that contains or last preceded publication
    year = pub.year
    while _season_bounds(year, token, ctx)[0] > pub:
        year -= 1
    if mod == "this":
        year = pub.year - 1 if token == "WI" and pub.month <= 2 else pub.year
    elif mod == "last":
        year -= 1 if _season_bounds(year, token, ctx)[1] >= pub else 0
    elif mod == "next":
        year += 1
    elif ctx.future(m.start()) and _season_bounds(year, token, ctx)[1] < pub:
        year += 1
    return _season(year, token, ctx, relative=True)


def _season_bounds(year: int, token: str, ctx: _Ctx) -> tuple[dt.date, dt.date]:
    a, b = ctx.lex.season_months[token]
    end_year = year + 1 if b < a else year
    return dt.date(year, a, 1), _month_last(end_year, b)


def _season(year: int, token: str, ctx: _Ctx, *, relative: bool) -> _Res:
    first, last = _season_bounds(year, token, ctx)
    return _Res(f"{year:04d}-{token}", first, last, "month", relative)


def _nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(iso_weekday - 1 - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_last(year, month)
    return last - dt.timedelta(days=(last.weekday() - (iso_weekday - 1)) % 7 + 7 * (-n - 1))


def _r_holiday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    """'Christmas Day', 'Thanksgiving': the occurrence nearest to publication (past-leaning)."""
    if not ctx.capitalised(m.start("h")):
        return None
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    mod = (m["mod"] or "").lower()
    pub = ctx.published
    years = [int(m["y"])] if m["y"] else [pub.year - 1, pub.year, pub.year + 1] if pub else []
    options: list[dt.date] = []
    for year in years:
        if name in ctx.lex.fixed_holidays:
            month, day = ctx.lex.fixed_holidays[name]
            options.append(dt.date(year, month, day))
        else:
            options.append(_nth_weekday(year, *ctx.lex.nth_weekday_holidays[name]))
    if not options:
        return _unanchored("XXXX-XX-XX", "day")
    if m["y"] or pub is None:
        return _day(options[0], False)
    if mod == "last":
        options = [d for d in options if d < pub] or options
        return _day(max(options), True)
    if mod == "next":
        options = [d for d in options if d > pub] or options
        return _day(min(options), True)
    return _day(min(options, key=lambda d: (_weighted_distance((d - pub).days), d > pub)), True)


def _r_weekend(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    pub = ctx.published
    if pub is None:
        return _unanchored("XXXX-WXX-WE", "week")
    rel = (m["rel"] or "").lower()
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)  # most recent Saturday <= pub
    if rel == "next" or (rel != "last" and ctx.future(m.start()) and saturday < pub - dt.timedelta(days=1)):
        saturday += dt.timedelta(days=7)
    elif rel == "last" and saturday >= pub - dt.timedelta(days=1):
        saturday -= dt.timedelta(days=7)
    return _Res(_week_value(saturday) + "-WE", saturday, saturday + dt.timedelta(days=1), "week", True)


def _vague_resolver(token: str) -> Resolver:
    def resolve(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        return _Res(token, None, None, None, False)

    return resolve


# Rules -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _names_pattern(names: dict[str, int]) -> str:
    """Full names, or abbreviations with an optional period ("Dec.", "Thu."); the full name of a
    number is its longest spelling."""
    full = {max((n for n, v in names.items() if v == num), key=len) for num in set(names.values())}
    abbr = [n for n in names if n not in full]
    return rf"(?:{_alternation(sorted(full))})\b|(?:{_alternation(abbr)})(?:\.|\b)"


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    lex = load_lexicon()
    mon = rf"(?P<mon>{_names_pattern(lex.months)})"
    wd = rf"(?P<wd>{_names_pattern(lex.weekdays)})"
    # "Thursday, 5 December 2019": a weekday in front of an explicit date belongs to it
    wd_prefix = rf"(?:(?:{_names_pattern(lex.weekdays)}),?\s+)?"
    day = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    year4 = r"(?P<y>1[5-9]\d\d|20\d\d)(?!\d|,\d)"
    day1 = r"(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    to = r"(?:-|–|—|to|and|&|through|until)"
    ords = _alternation(list(lex.ordinals))
    nums = _alternation(list(lex.numbers))
    seasons = _alternation(list(lex.seasons))
    part = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    holiday_names = [*lex.fixed_holidays, *lex.nth_weekday_holidays]
    holidays = "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in name.split())
        for name in sorted(holiday_names, key=len, reverse=True)
    )
    f = re.IGNORECASE
    specs: list[tuple[str, str, Resolver]] = [
        ("iso", r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", _r_iso),
        (
            "numeric",
            r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)",
            _r_numeric,
        ),
        ("numeric_dm", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)", _r_numeric_day_month),
        (
            "day_month",
            rf"\b{wd_prefix}(?:the\s+)?{day}(?:\s+of)?[\s-]+{mon}(?:,?[\s-]+(?P<y>1[5-9]\d\d|20\d\d|'?\d\d)(?!\d|,\d))?",
            _r_day_month,
        ),
        ("month_day", rf"\b{wd_prefix}{mon}\s*{day}(?:,?\s+{year4})?", _r_month_day),
        (
            "day_range",
            rf"\b{day1}\s*{to}\s*{day}(?:\s+of)?[\s-]+{mon}(?:,?[\s-]+{year4})?",
            _r_day_range,
        ),
        ("day_range_mdy", rf"\b{mon}\s*{day1}\s*{to}\s*{day}(?:,?\s+{year4})?", _r_day_range),
        (
            "month_year",
            rf"\b(?:(?P<mod>early|mid|late)[\s-]+)?{mon},?\s+(?:of\s+)?(?P<y>1[5-9]\d\d|20\d\d|'\d\d)(?!\d|,\d)",
            _r_month_year,
        ),
        ("month", rf"\b(?:(?P<mod>early|mid|late|last|next|this)[\s-]+)?{mon}(?![\w-])", _r_month),
        ("year", rf"\b(?:(?P<mod>early|mid|late|fiscal|calendar)[\s-]+)?{year4}(?!-\d)", _r_year),
        (
            "decade",
            r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[5-9]\d|20\d)0'?s|'(?P<d2>\d)0s)\b",
            _r_decade,
        ),
        (
            "weekday",
            rf"\b(?:(?P<mod>last|next|this|coming|past|late|early)\s+(?:on\s+)?)?{wd}{part}",
            _r_weekday,
        ),
        (
            "deictic",
            rf"\b(?:(?:late|early)\s+)?(?P<w>yesterday|today|tomorrow|tonight|overnight)\b{part}",
            _r_deictic,
        ),
        ("last_night", r"\b(?:late\s+)?last\s+night\b", _r_last_night),
        ("this_part", r"\bthis\s+(?P<part>morning|afternoon|evening)\b", _r_this_part),
        (
            "relative_unit",
            r"\b(?:(?P<edge>early|earlier|late|later|mid)[\s-]+)?(?:(?P<the>the)\s+)?"
            r"(?P<rel>last|this|next|previous|coming|current|past)\s+(?:fiscal\s+)?"
            r"(?P<unit>week|month|year|quarter)\b(?!-)",
            _r_relative_unit,
        ),
        (
            "ago",
            rf"\b(?P<n>\d+|{nums})\s+(?P<unit>day|week|month|year|decade)s?\s+"
            r"(?P<dir>ago|earlier|before|later|hence|from\s+now)\b",
            _r_ago,
        ),
        (
            "year_adj",
            rf"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[-\s](?:earlier|ago)\b"
            rf"(?:\s+(?:(?:{ords})\s+)?(?:quarter|period)\b)?",
            _r_year_adj,
        ),
        (
            "quarter",
            r"\b(?:the\s+)?(?:(?P<qyear>1[5-9]\d\d|20\d\d)\s+|(?P<qrel>this|last|next)\s+year's\s+)?"
            rf"(?:fiscal\s+)?(?:(?P<ord>{ords})[\s-]+(?:fiscal\s+)?quarter|Q(?P<qn>[1-4]))\b"
            r"(?:\s+of\s+(?P<qyear2>1[5-9]\d\d|20\d\d))?",
            _r_quarter,
        ),
        (
            "the_quarter",
            r"\bthe\s+(?:(?:latest|most\s+recent|recent|just-ended|just\s+ended|past)\s+)?quarter\b"
            r"(?!\s+(?:of|century|mile|hour)\b)",
            _r_the_quarter,
        ),
        (
            "season",
            rf"\b(?:(?P<mod>last|this|next|early|late|the|mid)[\s-]+)?(?P<s>{seasons})\b"
            r"(?:\s+(?:of\s+)?(?P<y>1[5-9]\d\d|20\d\d)(?!\d|,\d))?",
            _r_season,
        ),
        ("weekend", r"\b(?P<rel>the|this|last|next|past)\s+weekend\b", _r_weekend),
        (
            "holiday",
            rf"\b(?:(?P<mod>last|next|this)\s+)?(?P<h>{holidays})\b(?!\s+island)(?:,?\s+{year4})?",
            _r_holiday,
        ),
    ]
    rules = [_Rule(name, re.compile(p, f), r) for name, p, r in specs]
    counts = _alternation([w for w in lex.numbers if w not in ("a", "an")])
    for token, phrases in lex.vague.items():
        ordered = sorted(phrases, key=len, reverse=True)
        alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
        # "the past few days", "the past two years": a duration, not a vague reference
        unit_follows = rf"(?!-|\s+(?:few|couple|\d+|{counts})\b|\s+(?:day|week|month|year|decade|hour)s?\b)"
        rules.append(
            _Rule(token.lower(), re.compile(rf"\b(?:{alt})\b{unit_follows}", f), _vague_resolver(token))
        )
    return tuple(rules)


_EDGE_RE = re.compile(r"\b(?:the\s+)?(?:beginning|start|end|middle|turn|close)\s+of\s+$", re.IGNORECASE)


# Public API ------------------------------------------------------------------------------------


def find_timexes(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Every DATE time expression in ``text``, resolved against ``published``, in text order."""
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) > 0.9 * len(letters)
    ctx = _Ctx(text, published, load_lexicon(), upper)
    candidates: list[tuple[int, int, _Res]] = []
    for rule in _rules():
        for m in rule.pattern.finditer(text):
            res = rule.resolve(m, ctx)
            if res is not None:
                candidates.append((m.start(), res.end if res.end is not None else m.end(), res))
    # longest first, then leftmost; earlier rules win ties through the stable sort
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, _Res]] = []
    for start, end, res in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, res))
    out: list[TimeExpr] = []
    for start, end, res in sorted(taken, key=lambda c: c[0]):
        edge = _EDGE_RE.search(text, max(0, start - 30), start)
        if edge and res.first is not None:
            start = edge.start()
        out.append(
            TimeExpr(
                start=start,
                end=end,
                text=text[start:end],
                value=res.value,
                first=res.first,
                last=res.last,
                precision=res.precision,
                relative=res.relative,
            )
        )
    return out


# A month-or-coarser expression that ended this long before publication is history, not news.
HISTORY_DAYS = 366


def choose_event_date(
    timexes: Sequence[TimeExpr],
    evidence: Sequence[Span],
    text: str,
    published: dt.date | None,
) -> When | None:
    """The date of one event.

    1. A time expression inside the evidence sentence(s) that can date the event: it has a
       calendar interval, does not start after publication (an event already reported cannot be
       in the future), and is not a history marker (a month, year or decade that ended more than
       ``HISTORY_DAYS`` before publication: "the 1998 murder" in a 2001 report dates an earlier
       event the story refers to). The finest precision wins; ties go to the earliest in the text
       (ACLED notes and news leads put the event date first).
    2. Otherwise the nearest calendar expression before the evidence in the same paragraph.
    3. Otherwise the publication date, ``defaulted=True``, precision "day".
    4. ``None`` when nothing is known.

    For a range (week, month, ...) ``best`` is the middle of the calendar interval (the 15th of a
    month, the Wednesday of an ISO week), ACLED's convention for an event known only to within a
    range, but never after publication; ``start``/``end`` carry the interval with its end clipped
    to the publication date. A run of days ("6-7 August") is coded at its first day.
    """
    usable = [t for t in timexes if t.first is not None and t.last is not None and t.precision]
    if published is not None:
        # An exact day is kept however old (a dated event stays dated); only vague history goes.
        horizon = published - dt.timedelta(days=HISTORY_DAYS)
        usable = [
            t
            for t in usable
            if t.first is not None
            and t.first <= published
            and (t.precision == "day" or (t.last is not None and t.last >= horizon))
        ]

    inside = [t for t in usable if any(s.start <= t.start and t.end <= s.end for s in evidence)]
    if inside:
        best = min(inside, key=lambda t: (_PRECISION_RANK[t.precision or "year"], t.start))
        return _when(best, published)

    if evidence:
        first_start = min(s.start for s in evidence)
        # paragraphs are blank-line separated in wire copy, one per line in extracted web text
        breaker = "\n\n" if "\n\n" in text else "\n"
        para_start = max(text.rfind(breaker, 0, first_start), 0)
        before = [t for t in usable if para_start <= t.start and t.end <= first_start]
        if before:
            return _when(max(before, key=lambda t: t.end), published)

    if published is not None:
        return When(best=published, start=published, end=published, precision="day", defaulted=True)
    return None


def _when(t: TimeExpr, published: dt.date | None) -> When:
    assert t.first is not None and t.last is not None and t.precision is not None
    first, last = t.first, t.last
    if t.precision == "day":
        best = first  # a run of days ("6-7 August") is coded from its first day
    else:
        # ACLED's convention for a vague date: the middle of the calendar range (the 15th of a
        # month, the Wednesday of a week), taken before clipping so it does not drift with the
        # publication date, then kept no later than publication
        best = first + dt.timedelta(days=max((last - first).days + 1, 2) // 2 - 1)
    if published is not None and first <= published < last:
        last = published
        best = min(best, published)
    return When(best=best, start=first, end=last, precision=t.precision, text=t.text)
