"""One JSON error envelope for every error the API returns: ``{"error": {"code", "message", "detail"}}``.

    ApiError(status, code, message, detail)   raised by the routes on purpose
    HTTPException (Starlette)                 unknown route (404), wrong method (405), ...
    RequestValidationError                    a bad query parameter or body (422)
    StoreError                                the database cannot be read or written (503)
    anything else                             500, logged with its traceback, no internals leaked

Codes are stable strings clients can branch on; messages are for people.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventscope.errors import StoreError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "too-large",
    415: "unsupported-media-type",
    422: "invalid-request",
}


class ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers


def envelope(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": jsonable_encoder(detail)}}
    return JSONResponse(body, status_code=status, headers=headers)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return envelope(exc.status, exc.code, exc.message, exc.detail, exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http-error")
    message = exc.detail if isinstance(exc.detail, str) else code
    return envelope(exc.status_code, code, message, None, dict(exc.headers or {}) or None)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Only location, message and type: pydantic's "input" would echo the whole request body back.
    problems = [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]
    first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"])
    return envelope(
        422, "invalid-request", f"{where}: {first['msg']}" if where else str(first["msg"]), problems
    )


async def _store_error(_request: Request, exc: Exception) -> JSONResponse:
    # The message can quote SQL and paths: it goes to the log, not to the client.
    log.error("store error: %s", exc)
    return envelope(503, "store-unavailable", "the database cannot be used right now")


async def _internal_error(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return envelope(500, "internal-error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _internal_error)
