"""Server-rendered pages: overview, incident dossier, claimants, perpetrators, documents, login."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from civcas.api.deps import SESSION_CSRF, SESSION_ROLE, SESSION_USER, get_store, reader
from civcas.api.filters import check_page
from civcas.api.routes import items_total
from civcas.errors import PermissionDenied
from civcas.models import GRADES
from civcas.web.app import render
from civcas.web.auth import User, authenticate, csrf_ok, new_csrf_token
from civcas.web.dossier import (
    audit_trail,
    document_marks,
    load_dossier,
    range_rows,
)
from civcas.web.ratelimit import LoginLimiter, login_keys
from civcas.web.views import ensure_csrf

log = logging.getLogger(__name__)

PAGE = 50
ACTOR_FIGURES = 500


def local_next(value: str | None) -> str:
    """A safe redirect target: a local path only (no scheme, no //host), else ``/``."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    if any(ord(c) < 32 for c in value):
        return "/"
    return value


def build_router() -> APIRouter:
    """Routes of the HTML pages."""
    r = APIRouter(include_in_schema=False)

    @r.get("/", response_class=HTMLResponse)
    def overview(request: Request, _u: User | None = Depends(reader)) -> Response:
        store = get_store(request)
        return render(request, "overview.html", {
            "grades": GRADES,
            "claimants": _names(store.list_claimants()),
            "perpetrators": _names(store.list_perpetrators()),
        })

    @r.get("/incidents/{incident_id}", response_class=HTMLResponse)
    async def incident(request: Request, incident_id: str,
                       user: User | None = Depends(reader)) -> Response:
        if inline_reads(get_store(request)):
            return dossier_page(request, incident_id, user)
        return await run_in_threadpool(dossier_page, request, incident_id, user)

    @r.get("/claimants", response_class=HTMLResponse)
    def claimants(request: Request, _u: User | None = Depends(reader)) -> Response:
        items = list(get_store(request).list_claimants())
        return render(request, "actors.html", {"kind": "claimants", "items": items})

    @r.get("/perpetrators", response_class=HTMLResponse)
    def perpetrators(request: Request, _u: User | None = Depends(reader)) -> Response:
        items = list(get_store(request).list_perpetrators())
        return render(request, "actors.html", {"kind": "perpetrators", "items": items})

    @r.get("/claimants/{name}", response_class=HTMLResponse)
    def claimant(request: Request, name: str, _u: User | None = Depends(reader)) -> Response:
        return _actor(request, "claimant", name)

    @r.get("/perpetrators/{name}", response_class=HTMLResponse)
    def perpetrator(request: Request, name: str, _u: User | None = Depends(reader)) -> Response:
        return _actor(request, "perpetrator", name)

    @r.get("/documents", response_class=HTMLResponse)
    def documents(request: Request, text: str | None = None, publisher: str | None = None,
                  offset: int = 0, _u: User | None = Depends(reader)) -> Response:
        _, offset = check_page(PAGE, offset)
        items, total = items_total(get_store(request).list_documents(
            text=(text or "").strip() or None, publisher=(publisher or "").strip() or None,
            limit=PAGE, offset=offset))
        return render(request, "documents.html", {
            "items": items, "total": total, "offset": offset, "limit": PAGE,
            "text": text or "", "publisher": publisher or "",
        })

    @r.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str, _u: User | None = Depends(reader)) -> Response:
        store = get_store(request)
        doc = store.get_document(doc_id)
        figs, _ = items_total(store.list_figures(doc=doc.id, include_rejected=True, limit=1000,
                                                  offset=0))
        return render(request, "document.html", {
            "doc": doc, "body": document_marks(doc, figs), "figures": figs,
        })

    @r.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str | None = None) -> Response:
        ensure_csrf(request)
        return render(request, "login.html", {"next": local_next(next), "failed": False,
                                              "retry_after": 0})

    @r.post("/login")
    def login(request: Request, username: str = Form(""), password: str = Form(""),
              csrf_token: str = Form(""), next: str = Form("/")) -> Response:
        if not csrf_ok(request.session.get(SESSION_CSRF), csrf_token):
            raise PermissionDenied("the form expired or did not come from this site",
                                   hint="reload the login page and try again")
        limiter: LoginLimiter = request.app.state.login_limiter
        keys = login_keys(username, request.client.host if request.client else None)
        wait = limiter.begin(keys)  # counts this attempt as a failure until it succeeds
        if wait:  # refused before any password check: the same for every account name
            log.warning("sign-in refused after repeated failures (retry in %d s)", wait)
            ensure_csrf(request)
            resp = render(request, "login.html", {"next": local_next(next), "failed": False,
                                                  "retry_after": wait}, status=429)
            resp.headers["Retry-After"] = str(wait)
            return resp
        user = authenticate(get_store(request), username.strip(), password)
        if user is None:
            log.info("failed login for a user name of %d characters", len(username))
            ensure_csrf(request)
            return render(request, "login.html", {"next": local_next(next), "failed": True,
                                                  "retry_after": 0}, status=401)
        limiter.succeeded(keys)
        request.session.clear()
        request.session[SESSION_USER] = user.username
        request.session[SESSION_ROLE] = user.role
        request.session[SESSION_CSRF] = new_csrf_token()
        return RedirectResponse(local_next(next), status_code=303)

    @r.post("/logout")
    def logout(request: Request, csrf_token: str = Form("")) -> Response:
        if not csrf_ok(request.session.get(SESSION_CSRF), csrf_token):
            raise PermissionDenied("the form expired or did not come from this site")
        request.session.clear()
        return RedirectResponse("/", status_code=303)

    @r.get("/api/docs", response_class=HTMLResponse)
    def api_docs(request: Request, _u: User | None = Depends(reader)) -> Response:
        return render(request, "apidocs.html", {})

    return r


def inline_reads(store: Any) -> bool:
    """True when the Store's short indexed reads may run on the event loop: a local SQLite
    file in WAL mode, where readers never wait for writers and pages come from memory
    (mapped), so a dossier's reads take well under a millisecond. Handing them to the thread
    pool would cost more than the reads, and under load the threads fight the event loop for
    the GIL. Other databases (network round trips) go through the thread pool."""
    return getattr(store, "dialect", None) == "sqlite"


def dossier_page(request: Request, incident_id: str, user: User | None) -> Response:
    """The dossier of ``incident_id`` (a redirect for an old id after a merge or split)."""
    store = get_store(request)
    inc, rows, entries = load_dossier(store, incident_id)
    if inc.id != incident_id:  # an old id (merge/split): send to the current dossier
        return RedirectResponse(f"/incidents/{inc.id}", status_code=301)
    return render(request, "incident.html", {
        "inc": inc, "rows": rows, "ranges": range_rows(inc),
        "numbers": {r.figure.id: n for n, r in enumerate(rows, start=1)},
        "audit": audit_trail(store, inc, [r.figure.id for r in rows
                                          if r.status != "active"], entries=entries),
        "can_review": bool(user and user.can("analyst")),
    })


def _names(items: Any) -> list[str]:
    out = []
    for it in items:
        name = it.get("name") if isinstance(it, dict) else getattr(it, "name", None)
        if name:
            out.append(str(name))
    return out


def _actor(request: Request, kind: str, name: str) -> Response:
    store = get_store(request)
    figs, total = items_total(store.list_figures(**{kind: name}, include_rejected=False,
                                                  limit=ACTOR_FIGURES, offset=0))
    if len(figs) >= ACTOR_FIGURES and hasattr(store, "count_figures"):
        total = int(store.count_figures(**{kind: name}, include_rejected=False))
    tallies = list(store.list_tallies(**{kind: name}))
    incidents, n_inc = items_total(store.list_incidents(
        start=None, end=None, country=None, grade=None, text=None, bbox=None,
        perpetrator=name if kind == "perpetrator" else None,
        claimant=name if kind == "claimant" else None, limit=100, offset=0, order="-date"))
    if not figs and not tallies and not incidents:
        from civcas.errors import NotFound

        raise NotFound(f"no {kind} named {name!r}", hint=f"see /{kind}s for the list")
    return render(request, "actor.html", {
        "kind": kind, "name": name, "figures": figs, "total": total, "tallies": tallies,
        "incidents": incidents, "n_incidents": n_inc, "limit": ACTOR_FIGURES,
    })


__all__ = ["build_router", "local_next"]
