"""The FastAPI application factory: store, sessions, security headers, static files, routes."""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from civcas.api import build_router, install_error_handlers
from civcas.web.auth import resolve_secret_key
from civcas.web.cache import CachedStore
from civcas.web.microcache import MicroCache
from civcas.web.ratelimit import LoginLimiter

log = logging.getLogger(__name__)

SESSION_COOKIE = "civcas_session"
SESSION_MAX_AGE = 12 * 3600

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
# Swagger UI (the offline /api/docs page) writes inline styles; only that page gets them.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (CSP_DOCS if scope.get("path") == "/api/docs" else CSP).encode("ascii")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", csp))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def package_dir(name: str) -> Path:
    """The path of ``civcas/web/<name>`` (templates or static)."""
    return Path(str(resources.files("civcas.web").joinpath(name)))


@lru_cache(maxsize=1)
def template_env() -> Environment:
    """The Jinja2 environment (autoescape on for every template; each template is compiled
    once per process and kept)."""
    from civcas.web import views

    env = Environment(
        loader=FileSystemLoader(str(package_dir("templates"))),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: compile once, never stat again
    )
    env.filters.update(views.FILTERS)
    env.globals.update(views.GLOBALS)
    return env


def render(request: Request, name: str, context: dict[str, Any], *,
           status: int = 200) -> HTMLResponse:
    """Render template ``name`` with the common context (user, csrf token, private flag)."""
    from civcas.web.views import base_context

    html = template_env().get_template(name).render(**base_context(request), **context)
    return HTMLResponse(html, status_code=status)


def _html_error(request: Request, status: int, body: dict[str, Any]) -> Response:
    err = body.get("error", {})
    if status == 401 and request.method == "GET":
        from urllib.parse import quote

        from fastapi.responses import RedirectResponse

        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    try:
        return render(request, "error.html", {"status": status, "error": err}, status=status)
    except Exception:
        log.exception("error page failed")
        return HTMLResponse("error", status_code=status)


def tune_for_reads(store: Any, *, mmap_bytes: int = 1 << 30, cache_kib: int = 16384) -> None:
    """Give a SQLite Store's connections a memory-mapped database and a larger page cache.

    The web app reads far more than it writes; with the default 2 MB page cache, every page of
    a large database is read through system calls again and again. Memory mapping shares the
    operating system's page cache between connections and worker processes. Connections
    already open are replaced. Other databases are left alone.
    """
    engine = getattr(store, "engine", None)
    if engine is None or engine.dialect.name != "sqlite":
        return
    from sqlalchemy import event

    def pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
        cur.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        cur.close()

    event.listen(engine, "connect", pragmas)
    engine.dispose()


def create_app(*, store_url: str, secret_key: str | None = None, private: bool = False,
               store: Any = None, https_only: bool = False, cache_ttl: float = 5.0,
               login_limit: int = 5, login_window: float = 300.0) -> FastAPI:
    """Build the civcas web application.

    ``store_url`` is a SQLAlchemy URL (``sqlite:///civcas.db``, ``postgresql+psycopg://...``).
    ``secret_key`` signs session cookies (else ``$CIVCAS_SECRET_KEY``, else a key generated
    once and kept in the database settings). With ``private`` every page and API read needs a signed-in viewer.
    ``https_only`` marks the session cookie Secure (use it behind TLS). Store reads are cached
    for ``cache_ttl`` seconds (0 disables; writes through the app clear the cache at once).
    After ``login_limit`` failed sign-ins within ``login_window`` seconds for one account name
    or from one client address, sign-ins with it are refused (429) until the window passes.
    """
    from civcas.web import admin, pages, review

    if store is None:
        from civcas.store import Store

        store = Store(store_url)
        tune_for_reads(store)
    app = FastAPI(
        title="civcas API",
        version="1",
        description=("Source-attributed civilian-harm incidents. Errors always have the shape "
                     '{"error": {"code", "message", "hint"}}.'),
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    cached = CachedStore(store, ttl=cache_ttl)
    app.state.store = cached
    app.state.private = private
    app.state.login_limiter = LoginLimiter(limit=login_limit, window=login_window)
    install_error_handlers(app, html=_html_error)
    app.include_router(build_router())
    app.include_router(pages.build_router())
    app.include_router(review.build_router())
    app.include_router(admin.build_router())
    app.mount("/static", StaticFiles(directory=str(package_dir("static"))), name="static")
    app.add_middleware(
        SessionMiddleware, secret_key=resolve_secret_key(secret_key, store=store),
        session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE, same_site="lax",
        https_only=https_only,
    )
    # anonymous GET responses, whole, for cache_ttl seconds (inside the security headers)
    app.add_middleware(MicroCache, ttl=cache_ttl, generation=lambda: cached.generation,
                       enabled=lambda: not app.state.private)
    app.add_middleware(SecurityHeaders)
    return app
