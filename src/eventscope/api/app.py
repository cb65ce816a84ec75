"""The web application: the REST API under ``/api`` and the offline dashboard at ``/``.

    app = create_app("eventscope.db")                       # what `eventscope serve` runs
    app = create_app(db, extractor_factory=FakeExtractor,   # tests: no spaCy model, no network
                     transport=httpx.MockTransport(handler))

Every asset of the dashboard (script, styles, the country basemap) is served from ``static/``: no CDN,
no tile server, so it works on a machine with no internet. FastAPI's interactive docs pages load
their scripts from a CDN, so they are off; the OpenAPI schema is at ``/openapi.json``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventscope import __version__
from eventscope.ingest.web import DEFAULT_FETCH, FetchOptions
from eventscope.store.db import Store
from eventscope.store.reviews import ReviewStore

from .errors import install_error_handlers
from .queries import EventReader
from .routes import ExtractorLike, Services, router

# The dashboard loads nothing from elsewhere and never evaluates strings as code; this policy makes
# the browser enforce that, so even an escaping bug could not run a script carried by an article.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def static_dir() -> Path:
    return Path(str(files("eventscope") / "api" / "static"))


def default_extractor() -> ExtractorLike:
    from eventscope.extract.pipeline import ExtractOptions, Extractor

    return Extractor(ExtractOptions())


def create_app(
    store_url: str,
    *,
    extractor_factory: Callable[[], ExtractorLike] = default_extractor,
    transport: httpx.BaseTransport | None = None,
    fetch_options: FetchOptions = DEFAULT_FETCH,
) -> FastAPI:
    """The API and dashboard over the store at ``store_url`` (a SQLite path or a database URL).

    ``extractor_factory`` is called once, on the first posted document; ``transport`` is the httpx
    transport used to fetch posted URLs (tests pass ``httpx.MockTransport``).
    """
    store = Store.open(store_url)
    reviews = ReviewStore(store)
    svc = Services(
        store=store,
        reviews=reviews,
        reader=EventReader(store, reviews),
        extractor_factory=extractor_factory,
        transport=transport,
        fetch_options=fetch_options,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="eventscope",
        version=__version__,
        description="Conflict events extracted from news, with evidence, analyst review and an audit trail.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = svc
    install_error_handlers(app)
    app.include_router(router)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    static = static_dir()

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=static), name="static")
    return app
