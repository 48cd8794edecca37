"""One JSON error shape for the whole API: ``{"error": {"code", "message", "hint"?, "detail"?}}``.

``install_error_handlers`` maps CivcasError (its own code/status), HTTP errors (404, 405, ...)
and request validation errors (422) to that shape. Page requests (paths outside ``/api``) can be
given an HTML renderer instead, so that browsers see a page rather than JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from civcas.errors import CivcasError

log = logging.getLogger(__name__)

HtmlRenderer = Callable[[Request, int, dict[str, Any]], Response]

HTTP_CODES: dict[int, str] = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid_request", 429: "too_many_requests", 500: "internal_error",
    503: "unavailable",
}


def error_body(code: str, message: str, *, hint: str | None = None,
               detail: Any = None) -> dict[str, Any]:
    """The error shape (same as :meth:`CivcasError.to_json`)."""
    err: dict[str, Any] = {"code": code, "message": message}
    if hint:
        err["hint"] = hint
    if detail is not None:
        err["detail"] = detail
    return {"error": err}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        out.append({"loc": loc, "message": str(e.get("msg", "")), "type": str(e.get("type", ""))})
    return out


def install_error_handlers(app: FastAPI, *, html: HtmlRenderer | None = None) -> None:
    """Register the handlers on ``app``; ``html`` renders errors of non-API paths."""

    def respond(request: Request, status: int, body: dict[str, Any],
                headers: dict[str, str] | None = None) -> Response:
        if html is not None and not _is_api(request):
            resp = html(request, status, body)
            if headers:
                resp.headers.update(headers)
            return resp
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(CivcasError)
    async def _civcas(request: Request, exc: CivcasError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 and _is_api(request) else None
        return respond(request, exc.status, exc.to_json(), headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = HTTP_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return respond(request, exc.status_code, error_body(code, message),
                       dict(exc.headers) if exc.headers else None)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        detail = _validation_detail(exc)
        first = detail[0] if detail else {"loc": [], "message": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in ("body", "query", "path"))
        msg = f"invalid {where}: {first['message']}" if where else str(first["message"])
        return respond(request, 422, error_body("invalid_request", msg,
                                                hint="see /api/docs for the parameters",
                                                detail=detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(request, 500, error_body("internal_error", "internal server error",
                                                hint="see the server log"))
