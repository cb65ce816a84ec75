"""Pydantic models at the HTTP boundary: request bodies are validated strictly (unknown fields are an
error), then turned into the library's own records (``records.Document``, ``reviews.ReviewChange``).

Responses carry contract event records (``shared/contract/EVENTS.md``) as plain objects: the contract
is defined once, by ``records.Event.to_json`` and the JSON Schema in ``resources/``, not again here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from eventscope.records import ACTOR_TYPES, SUBTYPE_PARENT, GeoPrecision, Precision
from eventscope.store.reviews import CORRECTABLE_FIELDS, ReviewChange

# 2 MB of text or 5 MB of HTML (the cleaner's own limit) is far more than any news article.
MAX_TEXT_CHARS = 2_000_000
MAX_HTML_CHARS = 5_000_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Errors ----------------------------------------------------------------------------------------


class ErrorBody(BaseModel):
    code: str = Field(description="stable, machine-readable: not-found, invalid-request, unauthorized, ...")
    message: str
    detail: Any = None


class ErrorEnvelope(BaseModel):
    """Every error the API returns, whatever its status."""

    error: ErrorBody


# Documents -------------------------------------------------------------------------------------


class DocumentIn(_Strict):
    """An article to extract and store: ``text``, or ``html`` (cleaned first), or only ``url`` (fetched).

    With ``text`` or ``html``, ``url`` is metadata; alone, it is fetched."""

    text: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    html: str | None = Field(None, max_length=MAX_HTML_CHARS)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    published: dt.date | None = None
    outlet: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_source(self) -> DocumentIn:
        if self.text is not None and self.html is not None:
            raise ValueError("give either text or html, not both")
        if self.text is None and self.html is None and not self.url:
            raise ValueError("give text, html or a url to fetch")
        if self.text is not None and not self.text.strip():
            raise ValueError("text is empty")
        return self


class DocumentOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None


class DocumentResult(BaseModel):
    created: bool = Field(description="false: the same article was already stored (nothing extracted)")
    document: DocumentOut
    events: list[dict[str, Any]]


# Events ----------------------------------------------------------------------------------------


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[dict[str, Any]]


class EvidenceOut(BaseModel):
    start: int
    end: int
    field: str | None = Field(description="null: evidence of the event itself; else the field it supports")
    text: str


class ArticleOut(BaseModel):
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    source: str | None
    ingested_at: str | None
    text: str
    events: list[dict[str, Any]] | None = None


class AuditOut(BaseModel):
    id: int
    event_id: str
    reviewer: str
    at: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="the contract record with review corrections applied")
    extracted: dict[str, Any] = Field(description="the extracted values of the fields an analyst corrected")
    evidence: list[EvidenceOut]
    article: ArticleOut | None
    audit: list[AuditOut]


class StatsOut(BaseModel):
    interval: Literal["week", "month"]
    series: list[dict[str, Any]]
    by_type: list[dict[str, Any]]
    by_country: list[dict[str, Any]]
    total: dict[str, int]


# Reviews ---------------------------------------------------------------------------------------


class DateIn(_Strict):
    best: dt.date
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision = "day"

    @model_validator(mode="after")
    def _ordered(self) -> DateIn:
        if not (self.start or self.best) <= self.best <= (self.end or self.best):
            raise ValueError("need start <= best <= end")
        return self

    def to_contract(self) -> dict[str, Any]:
        return {
            "best": self.best.isoformat(),
            "start": (self.start or self.best).isoformat(),
            "end": (self.end or self.best).isoformat(),
            "precision": self.precision,
            "text": None,
            "defaulted": False,
        }


class LocationIn(_Strict):
    name: str | None = Field(None, max_length=200)
    country: str | None = Field(None, max_length=100)
    iso3: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    admin1: str | None = Field(None, max_length=200)
    admin2: str | None = Field(None, max_length=200)
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    precision: GeoPrecision = "exact"

    @model_validator(mode="after")
    def _both_coordinates(self) -> LocationIn:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        return self

    def to_contract(self) -> dict[str, Any]:
        return {**self.model_dump(), "geonameid": None, "text": None}


class ActorIn(_Strict):
    name: str = Field(min_length=1, max_length=300)
    type: str | None = None
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is not None and value not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type; one of: {', '.join(ACTOR_TYPES)}")
        return value

    def to_contract(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "country": self.country, "text": None}


class FatalitiesIn(_Strict):
    best: int = Field(ge=0)
    low: int | None = Field(None, ge=0)
    high: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> FatalitiesIn:
        low = self.best if self.low is None else self.low
        if low > self.best or (self.high is not None and self.high < self.best):
            raise ValueError("need low <= best <= high")
        return self

    def to_contract(self) -> dict[str, Any]:
        low = self.best if self.low is None else self.low
        high = self.best if self.high is None else self.high
        return {"best": self.best, "low": low, "high": high, "text": None}


CorrectableField = Literal[
    "event_type", "sub_event_type", "date", "location", "actor1", "actor2", "fatalities"
]


class ReviewIn(_Strict):
    """An analyst's review of one event. Every member is optional; corrections accumulate over
    successive reviews, ``revert`` drops corrections, and ``actor2: null`` removes the second actor.
    A corrected ``sub_event_type`` sets the matching ``event_type``."""

    status: Literal["confirmed", "rejected", "unreviewed"] | None = None
    sub_event_type: str | None = None
    date: DateIn | dt.date | None = None
    location: LocationIn | None = None
    actor1: ActorIn | None = None
    actor2: ActorIn | None = None
    fatalities: FatalitiesIn | int | None = Field(None, description="a number, or {best, low, high}")
    revert: list[CorrectableField] = Field(default_factory=list)
    note: str | None = Field(None, max_length=4000)

    @field_validator("sub_event_type")
    @classmethod
    def _known_subtype(cls, value: str | None) -> str | None:
        if value is not None and value not in SUBTYPE_PARENT:
            raise ValueError("unknown sub_event_type (see the ACLED taxonomy)")
        return value

    @field_validator("fatalities")
    @classmethod
    def _not_negative(cls, value: FatalitiesIn | int | None) -> FatalitiesIn | int | None:
        if isinstance(value, int) and value < 0:
            raise ValueError("fatalities cannot be negative")
        return value

    @model_validator(mode="after")
    def _something(self) -> ReviewIn:
        if not self.model_fields_set:
            raise ValueError("empty review: give a status, a correction, revert or a note")
        return self

    def to_change(self) -> ReviewChange:
        corrections: dict[str, Any] = {}
        if self.sub_event_type is not None:
            corrections["sub_event_type"] = self.sub_event_type
        if self.date is not None:
            date = self.date if isinstance(self.date, DateIn) else DateIn(best=self.date)
            corrections["date"] = date.to_contract()
        if self.location is not None:
            corrections["location"] = self.location.to_contract()
        if self.actor1 is not None:
            corrections["actor1"] = self.actor1.to_contract()
        if self.actor2 is not None:
            corrections["actor2"] = self.actor2.to_contract()
        elif "actor2" in self.model_fields_set:
            corrections["actor2"] = None
        if self.fatalities is not None:
            fat = (
                self.fatalities
                if isinstance(self.fatalities, FatalitiesIn)
                else FatalitiesIn.model_validate({"best": self.fatalities})
            )
            corrections["fatalities"] = fat.to_contract()
        assert set(corrections) <= set(CORRECTABLE_FIELDS)
        return ReviewChange(
            status=self.status, corrections=corrections, revert=tuple(self.revert), note=self.note
        )


class ReviewOut(BaseModel):
    event: dict[str, Any]
    audit: list[AuditOut]


class TokenCheck(BaseModel):
    name: str
