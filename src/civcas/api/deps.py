"""Request dependencies shared by the API and the pages: the store and the current user."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from civcas.errors import AuthError, NotFound
from civcas.web.auth import User, bearer_token, require, user_for_token

SESSION_USER = "user"
SESSION_ROLE = "role"
SESSION_CSRF = "csrf"


def get_store(request: Request) -> Any:
    """The application's Store (``app.state.store``)."""
    return request.app.state.store


def session_user(request: Request) -> User | None:
    """The user of the signed session cookie, re-checked against the store (role may change)."""
    if "session" not in request.scope:
        return None
    username = request.session.get(SESSION_USER)
    if not username:
        return None
    cache = request.scope.setdefault("state", {})
    if "civcas_user" in cache:
        return cache["civcas_user"]  # type: ignore[no-any-return]
    from civcas.web.auth import user_from_record

    try:
        record = get_store(request).get_user(username)
    except NotFound:  # a deleted user: the session ends
        record = None
    user = user_from_record(record)
    if user is None:
        request.session.clear()
    cache["civcas_user"] = user
    return user


def token_user(request: Request) -> User | None:
    """The user of an ``Authorization: Bearer`` token; AuthError if a token is given but unknown."""
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        return None
    user = user_for_token(get_store(request), token)
    if user is None:
        raise AuthError("invalid or revoked API token",
                        hint="create one with: civcas users token USERNAME --label ...")
    return user


def current_user(request: Request) -> User | None:
    """Token user if a Bearer token is sent, else the session user, else None."""
    return token_user(request) or session_user(request)


def _has_credentials(request: Request) -> bool:
    """True if the request carries an Authorization header or a signed-in session."""
    if request.headers.get("authorization"):
        return True
    return "session" in request.scope and bool(request.session.get(SESSION_USER))


async def reader(request: Request) -> User | None:
    """Dependency for read endpoints: anyone, unless the app is private (then viewer+).

    Asynchronous so that an anonymous request (no token, no signed-in session: most reads)
    costs no hop through the thread pool; looking a user up in the database does.
    """
    user = (await run_in_threadpool(current_user, request)
            if _has_credentials(request) else None)
    if request.app.state.private:
        require(user, "viewer")
    return user


def api_writer(request: Request) -> User:
    """Dependency for API write endpoints: a Bearer token of an analyst or admin.

    Session cookies are not accepted for API writes (so the API needs no CSRF token);
    browser forms go through the page routes, which check CSRF.
    """
    user = token_user(request)
    if user is None:
        raise AuthError("an API token is required to write",
                        hint="send 'Authorization: Bearer <token>' of an analyst")
    return require(user, "analyst")
