"""The REST endpoints (``/api/...``). Each route parses its input, calls the library, and shapes the answer.

GET   /api/events            filtered, paginated events as reviewed (json | csv | geojson)
GET   /api/events/{id}       one event with its evidence, article, claims and review audit trail
PATCH /api/events/{id}       an analyst's review (token)
GET   /api/articles/{id}     one stored article with its events
GET   /api/stats             events and fatalities per week or month by type and country
POST  /api/documents         text, HTML or a URL: clean, extract, store (token)
GET   /api/taxonomy          event types, sub-types and actor types (for forms)
GET   /api/token             who the presented token belongs to (token)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Protocol

import httpx
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from eventscope.errors import InputError
from eventscope.export import write_events
from eventscope.ingest.clean import clean_html, stable_id
from eventscope.ingest.web import DEFAULT_FETCH, FetchOptions, fetch_document, make_client
from eventscope.records import ACTOR_TYPES, EVENT_TYPES, Document, Event, Rejection
from eventscope.store.db import Store
from eventscope.store.reviews import ReviewStore, TokenInfo

from .errors import ApiError
from .models import (
    ArticleOut,
    DocumentIn,
    DocumentOut,
    DocumentResult,
    ErrorEnvelope,
    EventDetail,
    EventPage,
    ReviewIn,
    ReviewOut,
    StatsOut,
    TokenCheck,
)
from .queries import EventQuery, EventReader, Interval, ReviewFilter, SortKey

# The table, the map and exports ask for many rows at once; past 10 000 a client should page.
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100
# Rejection reasons that mean the remote site failed, not that the request was wrong.
_UPSTREAM_REASONS = frozenset({"timeout", "network", "http-error", "too-many-redirects"})


class ExtractorLike(Protocol):
    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]: ...


@dataclass
class Services:
    """What the routes use, built once by ``create_app``. The extractor loads a spaCy model and the
    gazetteer (seconds, hundreds of MB), so it is built on the first document posted, not at start-up;
    one lock serialises extraction because a spaCy pipeline is not safe to share between threads."""

    store: Store
    reviews: ReviewStore
    reader: EventReader
    extractor_factory: Callable[[], ExtractorLike]
    transport: httpx.BaseTransport | None = None
    fetch_options: FetchOptions = DEFAULT_FETCH
    _extractor: ExtractorLike | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def extract(self, doc: Document) -> list[Event]:
        with self._lock:
            if self._extractor is None:
                self._extractor = self.extractor_factory()
            return next(events for _doc, events in self._extractor.extract([doc]))


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


Svc = Annotated[Services, Depends(services)]
_bearer = HTTPBearer(auto_error=False, description="an API token from `eventscope token create`")


def require_token(
    svc: Svc, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> TokenInfo:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(
            401, "unauthorized", "an API token is required (Authorization: Bearer TOKEN)", headers=challenge
        )
    token = svc.reviews.verify_token(credentials.credentials)
    if token is None:
        raise ApiError(401, "unauthorized", "unknown or revoked API token", headers=challenge)
    return token


Token = Annotated[TokenInfo, Depends(require_token)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope} for status in (401, 404, 422, 502, 503)
}
router = APIRouter(prefix="/api", responses=_ERRORS)


def event_query(
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: Annotated[str | None, Query(description="country name or ISO3 code")] = None,
    admin1: str | None = None,
    event_type: Annotated[str | None, Query(description="event type or sub-event type")] = None,
    sub_event_type: str | None = None,
    actor: Annotated[str | None, Query(description="text in actor1's or actor2's name")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    bbox: Annotated[
        str | None,
        Query(description="min_lon,min_lat,max_lon,max_lat", pattern=r"^\s*-?[\d.]+(\s*,\s*-?[\d.]+){3}\s*$"),
    ] = None,
    q: Annotated[
        str | None, Query(description="text in the article, place or actor names", max_length=200)
    ] = None,
    status: Annotated[str | None, Query(description="asserted, claimed, denied, negated, ...")] = None,
    review: Annotated[
        ReviewFilter, Query(description="analyst verdict; default: all but rejected")
    ] = "not-rejected",
) -> EventQuery:
    box = None
    if bbox:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in bbox.split(","))
        if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise ApiError(422, "invalid-request", "bbox: out of range or min_lat > max_lat", {"bbox": bbox})
        box = (min_lon, min_lat, max_lon, max_lat)
    if since and until and since > until:
        raise ApiError(422, "invalid-request", "since is after until", {"since": since, "until": until})
    return EventQuery(
        since=since,
        until=until,
        country=country or None,
        admin1=admin1 or None,
        event_type=event_type or None,
        sub_event_type=sub_event_type or None,
        actor=actor or None,
        min_fatalities=min_fatalities,
        bbox=box,
        q=q or None,
        status=status or None,
        review=review,
    )


Filters = Annotated[EventQuery, Depends(event_query)]


@router.get("/events", response_model=EventPage, summary="Events as reviewed, filtered and paginated")
def list_events(
    svc: Svc,
    filters: Filters,
    limit: Annotated[
        int, Query(ge=0, le=MAX_LIMIT, description="rows per page, exports too")
    ] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: SortKey = "date",
    format: Literal["json", "csv", "geojson"] = "json",
) -> Any:
    page = svc.reader.search(filters, limit=limit, offset=offset, sort=sort)
    if format == "json":
        return EventPage(total=page.total, limit=limit, offset=offset, events=page.events)
    out = io.StringIO()
    write_events(page.events, format, out)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/geo+json"
    headers = {
        "Content-Disposition": f'attachment; filename="events.{format}"',
        "X-Total-Count": str(page.total),
    }
    return Response(out.getvalue(), media_type=media, headers=headers)


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with its sources and review")
def get_event(svc: Svc, event_id: str) -> Any:
    detail = svc.reader.event(event_id)
    if detail is None:
        raise ApiError(404, "not-found", f"no event {event_id!r}")
    return detail


@router.patch(
    "/events/{event_id}", response_model=ReviewOut, summary="Review an event (confirm, reject, correct)"
)
def review_event(svc: Svc, token: Token, event_id: str, body: ReviewIn) -> Any:
    extracted = svc.reader.extracted_event(event_id)
    if extracted is None:
        raise ApiError(404, "not-found", f"no event {event_id!r}")
    svc.reviews.review(extracted, body.to_change(), reviewer=token.name)
    detail = svc.reader.event(event_id)
    assert detail is not None  # it was there a moment ago; events are only removed by re-extraction
    return {"event": detail["event"], "audit": detail["audit"]}


@router.get("/articles/{doc_id}", response_model=ArticleOut, summary="One stored article with its events")
def get_article(svc: Svc, doc_id: str) -> Any:
    article = svc.reader.article(doc_id)
    if article is None:
        raise ApiError(404, "not-found", f"no article {doc_id!r}")
    return article


@router.get("/stats", response_model=StatsOut, summary="Events and fatalities per period by type and country")
def get_stats(svc: Svc, filters: Filters, interval: Interval = "week") -> Any:
    return svc.reader.stats(filters, interval)


@router.post(
    "/documents",
    response_model=DocumentResult,
    status_code=201,
    responses={200: {"model": DocumentResult, "description": "already stored"}},
    summary="Extract events from text, HTML or a URL and store them",
)
def post_document(svc: Svc, token: Token, body: DocumentIn, response: Response) -> Any:
    doc = _document(svc, body)
    if svc.store.has_article(doc.id):
        response.status_code = 200
        stored = svc.reader.search(EventQuery(doc_id=doc.id, review="all"), limit=None).events
        return DocumentResult(created=False, document=_doc_out(doc), events=stored)
    events = svc.extract(doc)
    source = body.url or f"api:{token.name}"
    created = svc.store.add_document(doc, events, source=source)
    stored = svc.reader.search(EventQuery(doc_id=doc.id, review="all"), limit=None).events
    response.status_code = 201 if created else 200
    return DocumentResult(created=created, document=_doc_out(doc), events=stored)


@router.get("/taxonomy", summary="The event types, their sub-types and the actor types")
def taxonomy() -> dict[str, Any]:
    return {
        "event_types": {t: list(subs) for t, subs in EVENT_TYPES.items()},
        "actor_types": list(ACTOR_TYPES),
    }


@router.get("/token", response_model=TokenCheck, summary="Who the presented API token belongs to")
def whoami(token: Token) -> Any:
    return TokenCheck(name=token.name)


def _document(svc: Services, body: DocumentIn) -> Document:
    """The request as a ``Document``; an unusable input is recorded as a rejection and answered
    with its reason code (422, or 502 when the remote site failed)."""
    result: Document | Rejection
    if body.text is not None:
        text = body.text.replace("\r\n", "\n").strip()
        result = Document(
            id=stable_id(text),
            text=text,
            published=body.published,
            title=body.title,
            url=body.url,
            outlet=body.outlet,
        )
    elif body.html is not None:
        try:
            result = clean_html(body.html, source=body.url or "api:html", url=body.url)
        except InputError as exc:
            result = Rejection(exc.source, exc.reason, exc.detail)
    else:
        assert body.url is not None
        with make_client(svc.fetch_options, transport=svc.transport) as client:
            result = fetch_document(body.url, client=client, options=svc.fetch_options)
    if isinstance(result, Rejection):
        svc.store.add_rejection(result)
        status = 502 if result.reason in _UPSTREAM_REASONS else 422
        raise ApiError(status, result.reason, f"document rejected ({result.reason})", result.to_json())
    if body.text is None:
        # What the caller says about the page wins over what the page says about itself.
        result = dataclasses.replace(
            result,
            title=body.title or result.title,
            published=body.published or result.published,
            outlet=body.outlet or result.outlet,
        )
    return result


def _doc_out(doc: Document) -> DocumentOut:
    return DocumentOut(id=doc.id, title=doc.title, url=doc.url, outlet=doc.outlet, published=doc.published)
