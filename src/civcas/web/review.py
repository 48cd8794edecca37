"""The review form handler: signed-in analysts record decisions from the dossier.

Every POST needs the session's CSRF token and a reason; the decision goes to ``Store.decide``
(which re-assembles the affected incidents and writes the audit trail).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from civcas.api.decisions import CORRECTABLE, make_decision
from civcas.api.deps import SESSION_CSRF, get_store, session_user
from civcas.errors import PermissionDenied, UsageError
from civcas.web.auth import csrf_ok, require
from civcas.web.pages import local_next

log = logging.getLogger(__name__)

FLASH = "flash"


def _num(form: FormData, name: str) -> float | None:
    raw = str(form.get(name) or "").strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise UsageError(f"{name} must be a number") from None


def form_value(kind: str, form: FormData) -> dict[str, Any]:
    """The decision ``value`` from the form fields that belong to ``kind``."""
    if kind == "override_grade":
        return {"grade": str(form.get("grade") or "")}
    if kind == "override_place":
        value: dict[str, Any] = {"name": str(form.get("name") or "").strip() or None,
                                 "lat": _num(form, "lat"), "lon": _num(form, "lon"),
                                 "via": "analyst"}
        precision = str(form.get("precision") or "").strip()
        if precision:
            value["precision"] = precision
        radius = _num(form, "radius_km")
        if radius is not None:
            value["radius_km"] = radius
        return {k: v for k, v in value.items() if v is not None}
    if kind == "merge_incidents":
        return {"incident": str(form.get("other") or "").strip()}
    if kind in ("must_link", "cannot_link"):
        return {"other": str(form.get("other") or "").strip()}
    if kind == "split_incident":
        return {"figures": [str(v) for v in form.getlist("figures") if str(v).strip()]}
    out: dict[str, Any] = {}
    if kind == "correct_figure":
        for name in CORRECTABLE:
            raw = str(form.get(name) or "").strip()
            if raw:
                out[name] = raw
    incident = str(form.get("incident") or "").strip()
    if incident and kind in ("reject_figure", "restore_figure"):
        out["incident"] = incident  # lets the dossier find figures rejected from it
    return out


def build_router() -> APIRouter:
    """The ``POST /review`` route."""
    r = APIRouter(include_in_schema=False)

    @r.post("/review")
    async def review(request: Request) -> Response:
        form = await request.form()
        if not csrf_ok(request.session.get(SESSION_CSRF), str(form.get("csrf_token") or "")):
            raise PermissionDenied("the form expired or did not come from this site",
                                   hint="reload the page and try again")
        user = require(await run_in_threadpool(session_user, request), "analyst")
        back = local_next(str(form.get("return_to") or "/"))
        kind = str(form.get("kind") or "")
        try:
            decision = make_decision(kind=kind, target=str(form.get("target") or ""),
                                     reason=str(form.get("reason") or ""), user=user.username,
                                     value=form_value(kind, form))
        except UsageError as exc:
            request.session[FLASH] = {"level": "error", "text": exc.message}
            return RedirectResponse(back, status_code=303)
        affected = list(await run_in_threadpool(get_store(request).decide, decision) or [])
        log.info("decision %s (%s) by %s on %s", decision.id, decision.kind, user.username,
                 decision.target)
        if back.startswith("/incidents/") and affected:
            current = back.split("/")[2].split("#")[0].split("?")[0]
            if current not in affected:
                back = f"/incidents/{affected[0]}"
        request.session[FLASH] = {"level": "ok", "text": f"recorded: {decision.kind}"}
        return RedirectResponse(back, status_code=303)

    return r
