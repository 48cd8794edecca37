"""The admin page (role ``admin``): users, roles, disabling, API tokens; every change audited.

Every form posts the session's CSRF token; the change goes to the Store with ``by=`` the
signed-in admin, which writes the audit entry in the same transaction. An admin cannot
disable or demote their own account here (so that the last admin cannot lock everyone out);
another admin or ``civcas users`` can. A new API token is shown once, in the response to the
form that created it (never stored in the session cookie, never cached).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from civcas.api.deps import SESSION_CSRF, get_store, session_user
from civcas.errors import CivcasError, PermissionDenied, UsageError
from civcas.web.app import render
from civcas.web.auth import (
    ROLES,
    User,
    check_role,
    check_username,
    hash_password,
    new_token,
    require,
    token_hash,
)
from civcas.web.auth import csrf_ok as _csrf_ok

log = logging.getLogger(__name__)

PAGE = "/admin/users"
FLASH = "flash"
AUDIT_ROWS = 50


def _admin(request: Request) -> User:
    """The signed-in admin (API tokens do not reach these pages: forms only)."""
    return require(session_user(request), "admin")


def _raw_store(request: Request) -> Any:
    """The Store behind the app's cache (users and tokens are never cached anyway)."""
    store = get_store(request)
    return getattr(store, "store", store)


def admin_context(request: Request, *, new_token_for: str | None = None,
                  new_token_value: str | None = None) -> dict[str, Any]:
    """What the admin page shows: users with their tokens, and recent account changes."""
    store = _raw_store(request)
    tokens: dict[str, list[dict[str, Any]]] = {}
    for tok in store.list_tokens():
        tokens.setdefault(str(tok["username"]), []).append(tok)
    return {"users": store.list_users(), "tokens": tokens, "roles": ROLES,
            "changes": store.user_audit(limit=AUDIT_ROWS),
            "new_token_for": new_token_for, "new_token": new_token_value}


def build_router() -> APIRouter:
    """Routes of the admin page."""
    r = APIRouter(include_in_schema=False)

    @r.get("/admin")
    def admin_root() -> Response:
        return RedirectResponse(PAGE, status_code=303)

    @r.get(PAGE)
    def users_page(request: Request) -> Response:
        _admin(request)
        resp = render(request, "admin.html", admin_context(request))
        resp.headers["Cache-Control"] = "no-store"
        return resp

    @r.post(PAGE + "/{action}")
    async def change(request: Request, action: str) -> Response:
        form = await request.form()
        if not _csrf_ok(request.session.get(SESSION_CSRF), str(form.get("csrf_token") or "")):
            raise PermissionDenied("the form expired or did not come from this site",
                                   hint="reload the page and try again")
        admin = await run_in_threadpool(_admin, request)
        handler = ACTIONS.get(action)
        if handler is None:
            from civcas.errors import NotFound

            raise NotFound(f"no admin action {action!r}")
        try:
            return await run_in_threadpool(handler, request, admin, form)
        except PermissionDenied:
            raise
        except CivcasError as exc:  # bad input, a taken name, an unknown user...
            request.session[FLASH] = {"level": "error", "text": exc.message}
            return RedirectResponse(PAGE, status_code=303)

    return r


def _field(form: FormData, name: str) -> str:
    return str(form.get(name) or "").strip()


def _done(request: Request, text: str) -> Response:
    request.session[FLASH] = {"level": "ok", "text": text}
    return RedirectResponse(PAGE, status_code=303)


def _not_self(admin: User, username: str, what: str) -> None:
    if username == admin.username:
        raise UsageError(f"you cannot {what} your own account here",
                         hint="ask another admin, or use `civcas users` on the server")


def add_user(request: Request, admin: User, form: FormData) -> Response:
    name = check_username(_field(form, "username"))
    role = check_role(_field(form, "role") or "viewer")
    password = str(form.get("password") or "")
    if password != str(form.get("password2") or ""):
        raise UsageError("the two passwords differ")
    _raw_store(request).add_user(name, password_hash=hash_password(password), role=role,
                                 by=admin.username)
    log.info("admin %s added a user (%s)", admin.username, role)
    return _done(request, f"added {name} ({role})")


def set_role(request: Request, admin: User, form: FormData) -> Response:
    name, role = _field(form, "username"), check_role(_field(form, "role"))
    _not_self(admin, name, "change the role of")
    _raw_store(request).set_role(name, role=role, by=admin.username)
    return _done(request, f"{name} is now {role}")


def set_disabled(request: Request, admin: User, form: FormData) -> Response:
    name, disabled = _field(form, "username"), _field(form, "disabled") == "1"
    if disabled:
        _not_self(admin, name, "disable")
    _raw_store(request).set_disabled(name, disabled=disabled, by=admin.username)
    if disabled:
        return _done(request, f"{name} disabled: their sessions and tokens stop working")
    return _done(request, f"{name} enabled")


def issue_token(request: Request, admin: User, form: FormData) -> Response:
    name, label = _field(form, "username"), _field(form, "label")
    if not label:
        raise UsageError("give the token a label (what it is for)")
    store = _raw_store(request)
    if store.get_user(name) is None:
        raise UsageError(f"no user {name!r}")
    tok = new_token()
    store.add_token(name, token_hash=token_hash(tok), label=label[:200], by=admin.username)
    log.info("admin %s issued an API token", admin.username)
    resp = render(request, "admin.html", admin_context(request, new_token_for=name,
                                                       new_token_value=tok))
    resp.headers["Cache-Control"] = "no-store"
    return resp


def revoke_token(request: Request, admin: User, form: FormData) -> Response:
    name, token_id = _field(form, "username"), _field(form, "token")
    n = _raw_store(request).revoke_tokens(name, token_id=token_id or None, by=admin.username)
    if not n:
        raise UsageError("no such token (already revoked?)")
    return _done(request, f"revoked {n} token{'s' if n != 1 else ''} of {name}")


ACTIONS = {"add": add_user, "role": set_role, "disabled": set_disabled, "token": issue_token,
           "revoke": revoke_token}

__all__ = ["build_router"]
