"""Typed records passed between the pipeline stages.

    Document  (contract input: id, text, published, ...)
      -> TimeExpr, PlaceMention, Count, ActorMention   (found in the text by the resolvers)
      -> EventMention                                   (one trigger in one sentence, typed)
      -> Event                                          (the contract's output record)

Every record is a frozen dataclass: cheap, picklable (process pools, Dask), hashable. Offsets are
character offsets into ``Document.text``. ``Event.to_json()`` is the only place that knows the
contract's JSON shape (``shared/contract/EVENTS.md``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# Vocabularies fixed by the contract ------------------------------------------------------------

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUBTYPE_PARENT: dict[str, str] = {sub: parent for parent, subs in EVENT_TYPES.items() for sub in subs}

ACTOR_TYPES: tuple[str, ...] = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)

Precision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["exact", "near", "admin2", "admin1", "country"]
CountKind = Literal["killed", "injured", "arrested", "abducted", "displaced", "participants", "other"]
Status = Literal["asserted", "claimed", "denied", "negated", "hypothetical", "threatened"]
ClaimKind = Literal[
    "media", "official", "military", "armed group", "monitor", "activist", "witness", "unnamed", "other"
]


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


# Input -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One input document, as the contract defines it (HTML has already been cleaned away)."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Document:
        """The inverse of ``to_json`` for records this program wrote (input from users goes through
        ``ingest.sources``, which validates every field and says what is wrong)."""
        pub = d.get("published")
        return cls(
            id=str(d["id"]),
            text=d.get("text") or "",
            published=dt.date.fromisoformat(pub[:10]) if pub else None,
            title=d.get("title"),
            url=d.get("url"),
            outlet=d.get("outlet"),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
        }


@dataclass(frozen=True)
class Rejection:
    """An input that could not be used, with a reason code an analyst can act on."""

    source: str  # file path, URL or "<stdin>:LINE"
    reason: str  # short code: "binary", "not-html", "bad-json", "empty-text", "too-large", ...
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason, "detail": self.detail}


# What the resolvers find -----------------------------------------------------------------------


@dataclass(frozen=True)
class TimeExpr:
    """A time expression with its TIMEX3-style value resolved against the publication date.

    ``value`` is what ``eventscope timex`` writes (``2014-12-18``, ``2014-W51``, ``2014-12``,
    ``2014``, or a TIMEX3 token such as ``PRESENT_REF``). ``first``/``last`` bound the calendar
    interval the expression denotes (None when it is not a calendar date, e.g. "now").
    """

    start: int
    end: int
    text: str
    value: str
    first: dt.date | None = None
    last: dt.date | None = None
    precision: Precision | None = None
    relative: bool = False  # resolved against the publication date


@dataclass(frozen=True)
class When:
    """The contract's ``date`` field."""

    best: dt.date
    start: dt.date
    end: dt.date
    precision: Precision
    text: str | None = None
    defaulted: bool = False  # True: nothing in the text dated it; the publication date was used

    def to_json(self) -> dict[str, Any]:
        return {
            "best": self.best.isoformat(),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "text": self.text,
            "defaulted": self.defaulted,
        }


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (GeoNames-derived)."""

    geonameid: int | None
    name: str
    country: str  # English country name
    iso3: str
    iso2: str
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_class: str = "P"  # GeoNames class: P populated place, A admin unit, ...
    feature_code: str = "PPL"
    population: int = 0


@dataclass(frozen=True)
class PlaceMention:
    """A toponym in the text and what it resolved to (``place`` None when unresolved)."""

    start: int
    end: int
    text: str
    place: Place | None
    precision: GeoPrecision = "exact"
    score: float = 0.0

    def to_json(self, doc_id: str) -> dict[str, Any]:
        p = self.place
        return {
            "doc_id": doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": p.name if p else None,
            "country": p.country if p else None,
            "iso3": p.iso3 if p else None,
            "admin1": p.admin1 if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "geonameid": p.geonameid if p else None,
        }


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bb": "'", "\u02bc": "'"})


def ascii_fold(text: str) -> str:
    """Strip accents: ``Kandahār`` -> ``Kandahar`` (names ACLED-style sources write in ASCII)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Location:
    """The contract's ``location`` field."""

    name: str | None
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: GeoPrecision
    geonameid: int | None
    text: str | None

    @classmethod
    def from_mention(cls, m: PlaceMention) -> Location | None:
        p = m.place
        if p is None:
            return None
        return cls(
            # written as ACLED, GTD and UCDP write places (and as the admin names already are):
            # "Jalalabad", "Nad 'Ali", not "Jalālābād", "Nād ‘Alī"
            name=ascii_fold(p.name).translate(_QUOTES),
            country=p.country,
            iso3=p.iso3,
            admin1=p.admin1,
            admin2=p.admin2,
            lat=p.lat,
            lon=p.lon,
            precision=m.precision,
            geonameid=p.geonameid,
            text=m.text,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "iso3": self.iso3,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "geonameid": self.geonameid,
            "text": self.text,
        }


@dataclass(frozen=True)
class Count:
    """A number of people affected; ``high`` None means open-ended ("more than 500")."""

    kind: CountKind
    best: int
    low: int
    high: int | None
    text: str
    start: int = 0
    end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "best": self.best, "low": self.low, "high": self.high, "text": self.text}


@dataclass(frozen=True)
class Actor:
    """An actor as the contract writes it: ACLED-style name, one of ACTOR_TYPES, ISO3 country."""

    name: str
    type: str | None = None
    country: str | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "country": self.country, "text": self.text}


@dataclass(frozen=True)
class Claim:
    """One link of the reporting chain: who says so (``source``, typed ``kind``), through whom
    (``via``, the publishing outlet last), in what words; ``fatalities`` is the toll this source
    gives when the article reports sources that disagree."""

    source: str
    kind: ClaimKind
    via: tuple[str, ...] = ()
    text: str | None = None
    fatalities: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source, "kind": self.kind, "via": list(self.via), "text": self.text
        }
        if self.fatalities is not None:
            out["fatalities"] = self.fatalities
        return out


# Events ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventMention:
    """One typed trigger in one sentence, before mentions of the same event are merged."""

    sub_event_type: str
    trigger: Span
    sentence: Span
    score: float  # 0..1 from the cues that fired
    status: Status = "asserted"
    cues: tuple[str, ...] = ()  # names of the lexicon entries / rules that fired, for explanations

    @property
    def event_type(self) -> str:
        return SUBTYPE_PARENT[self.sub_event_type]


@dataclass(frozen=True)
class Dropped:
    """A word that looked like an event and was not written as one, with the rule that said so
    (``extract --explain``): a sport or film scope, a war's tally, a plan, a repeat of an
    incident already reported, ..."""

    doc_id: str
    trigger: Span
    sentence: Span
    stage: str  # "detect" (never typed as an event), "salience" (typed, then judged), "status"
    reason: str  # rule name, e.g. "scope:sport", "aggregate:war-tally", "echo"
    sub_event_type: str | None = None  # the type it would have had (None: dropped before typing)

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "trigger": text[self.trigger.start : self.trigger.end],
            "trigger_span": [self.trigger.start, self.trigger.end],
            "sentence": text[self.sentence.start : self.sentence.end],
            "sentence_span": [self.sentence.start, self.sentence.end],
            "stage": self.stage,
            "reason": self.reason,
            "sub_event_type": self.sub_event_type,
        }


@dataclass(frozen=True)
class Event:
    """The contract's output record (``shared/contract/EVENTS.md``) plus documented extra fields."""

    doc_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    date: When | None
    location: Location | None
    actor1: Actor | None
    actor2: Actor | None
    fatalities: Count | None
    counts: tuple[Count, ...]
    claims: tuple[Claim, ...]
    status: Status
    evidence: tuple[Span, ...]
    confidence: float
    # extras (allowed by the contract: "a field may be added")
    assoc_actors: tuple[Actor, ...] = ()
    plover: str | None = None
    field_evidence: dict[str, Span] = field(default_factory=dict)
    trigger: str | None = None

    def to_json(self) -> dict[str, Any]:
        fat = None
        if self.fatalities is not None:
            f = self.fatalities
            fat = {"best": f.best, "low": f.low, "high": f.high, "text": f.text}
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.to_json() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "actor1": self.actor1.to_json() if self.actor1 else None,
            "actor2": self.actor2.to_json() if self.actor2 else None,
            "fatalities": fat,
            "counts": [c.to_json() for c in self.counts],
            "claims": [c.to_json() for c in self.claims],
            "status": self.status,
            "evidence": [s.to_json() for s in self.evidence],
            "confidence": round(self.confidence, 4),
            "assoc_actors": [a.to_json() for a in self.assoc_actors],
            "plover": self.plover,
            "field_evidence": {k: [v.start, v.end] for k, v in self.field_evidence.items()},
            "trigger": self.trigger,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Event:
        """The inverse of ``to_json`` (count offsets are not in the JSON and come back as 0;
        ``confidence_exact``, when present, restores the unrounded confidence)."""

        def when(x: Mapping[str, Any] | None) -> When | None:
            if not x:
                return None
            best = dt.date.fromisoformat(x["best"])
            return When(
                best,
                dt.date.fromisoformat(x.get("start") or x["best"]),
                dt.date.fromisoformat(x.get("end") or x["best"]),
                x.get("precision") or "day",
                x.get("text"),
                bool(x.get("defaulted", False)),
            )

        def loc(x: Mapping[str, Any] | None) -> Location | None:
            if not x:
                return None
            return Location(
                x.get("name"),
                x.get("country"),
                x.get("iso3"),
                x.get("admin1"),
                x.get("admin2"),
                x.get("lat"),
                x.get("lon"),
                x.get("precision") or "exact",
                x.get("geonameid"),
                x.get("text"),
            )

        def actor(x: Mapping[str, Any] | None) -> Actor | None:
            return Actor(x["name"], x.get("type"), x.get("country"), x.get("text")) if x else None

        def count(x: Mapping[str, Any], kind: str = "killed") -> Count:
            best = int(x["best"])
            low = int(x.get("low", best))
            return Count(x.get("kind", kind), best, low, x.get("high"), x.get("text") or "")

        fat = d.get("fatalities")
        return cls(
            doc_id=str(d["doc_id"]),
            event_id=str(d["event_id"]),
            event_type=str(d["event_type"]),
            sub_event_type=str(d["sub_event_type"]),
            date=when(d.get("date")),
            location=loc(d.get("location")),
            actor1=actor(d.get("actor1")),
            actor2=actor(d.get("actor2")),
            fatalities=count(fat) if fat else None,
            counts=tuple(count(c, "other") for c in d.get("counts") or ()),
            claims=tuple(
                Claim(c["source"], c["kind"], tuple(c.get("via") or ()), c.get("text"), c.get("fatalities"))
                for c in d.get("claims") or ()
            ),
            status=d.get("status") or "asserted",
            evidence=tuple(Span(int(s["start"]), int(s["end"])) for s in d.get("evidence") or ()),
            confidence=float(d.get("confidence_exact", d.get("confidence", 0.0))),
            assoc_actors=tuple(a for a in (actor(x) for x in d.get("assoc_actors") or ()) if a is not None),
            plover=d.get("plover"),
            field_evidence={
                k: Span(int(v[0]), int(v[1])) for k, v in (d.get("field_evidence") or {}).items()
            },
            trigger=d.get("trigger"),
        )
