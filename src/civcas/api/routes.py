"""The JSON API under ``/api``: read endpoints for incidents, figures, tallies, documents,
claimants, perpetrators, totals and the timeline; ``POST /api/decisions`` for analysts' tokens.

Every endpoint is a thin translation of query parameters into a ``civcas.store.Store`` call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from civcas.api.decisions import make_decision
from civcas.api.deps import api_writer, get_store, reader
from civcas.api.filters import ORDERS, IncidentFilters, build_filters, check_page
from civcas.api.serialise import (
    HEADLINE_GRADES,
    ApiJSON,
    GeoJSON,
    geojson,
    incident_full,
    incident_summary,
    page,
)
from civcas.errors import UsageError
from civcas.models import to_dict
from civcas.web.auth import User

EXCERPT = 280


class DecisionIn(BaseModel):
    """An analyst's decision as posted to the API."""

    kind: str = Field(description="one of civcas.models.DECISION_KINDS")
    target: str = Field(description="the figure or incident id the decision is about")
    reason: str = Field(description="why (required; kept in the audit trail)")
    value: dict[str, Any] = Field(default_factory=dict,
                                  description="kind-specific: grade, corrected fields, other id...")


async def _filters(
    start: str | None = Query(None, description="first date, YYYY-MM-DD"),
    end: str | None = Query(None, description="last date, YYYY-MM-DD"),
    country: str | None = Query(None, description="ISO 3166-1 alpha-2"),
    perpetrator: str | None = Query(None, description="canonical perpetrator name"),
    grade: list[str] | None = Query(None, description="grades (repeat or comma-separate)"),
    claimant: str | None = Query(None, description="canonical claimant name"),
    text: str | None = Query(None, description="full-text search in the reports"),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
) -> IncidentFilters:
    return build_filters(start=start, end=end, country=country, perpetrator=perpetrator,
                         grade=grade, claimant=claimant, text=text, bbox=bbox)


def cached_json(request: Request, build: Any, *, cls: type[ApiJSON] = ApiJSON) -> Response:
    """The JSON response of ``build()``, its bytes cached per URL like Store reads.

    Only for read endpoints whose answer depends on the URL alone (not on the user).
    """
    key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
    store = get_store(request)
    memo = getattr(store, "memo", None)
    body = memo(key, lambda: cls(build()).body) if memo else cls(build()).body
    return Response(content=body, media_type=cls.media_type)


def items_total(result: Any) -> tuple[list[Any], int]:
    """Accept a Store list result as ``(items, total)`` or a plain list."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int):
        return list(result[0]), result[1]
    items = list(result)
    return items, len(items)


def headline_filters(f: IncidentFilters) -> IncidentFilters | None:
    """The filters restricted to the grades that headline totals count (None if none remain)."""
    grades = tuple(g for g in (f.grade or HEADLINE_GRADES) if g in HEADLINE_GRADES)
    if not grades:
        return None
    return IncidentFilters(start=f.start, end=f.end, country=f.country, perpetrator=f.perpetrator,
                           grade=grades, claimant=f.claimant, text=f.text, bbox=f.bbox)


def document_summary(doc: Any) -> dict[str, Any]:
    """A document without its full text (an excerpt instead)."""
    d = to_dict(doc)
    text = d.pop("text", "") or ""
    d["excerpt"] = text[:EXCERPT] + ("…" if len(text) > EXCERPT else "")
    d["length"] = len(text)
    return d


def list_incidents(store: Any, f: IncidentFilters, *, limit: int, offset: int,
                   order: str) -> tuple[list[Any], int]:
    """``Store.list_incidents`` with validated arguments."""
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r}", hint=f"use one of: {', '.join(ORDERS)}")
    limit, offset = check_page(limit, offset)
    return items_total(store.list_incidents(**f.kwargs(), limit=limit, offset=offset,
                                             order=order))


def build_router() -> APIRouter:
    """The ``/api`` router."""
    r = APIRouter(prefix="/api", default_response_class=ApiJSON)

    @r.get("/incidents", tags=["incidents"], summary="Incidents (filters, pagination, GeoJSON)")
    def incidents(
        request: Request,
        f: IncidentFilters = Depends(_filters),
        limit: int = Query(100, description="page size (1-1000)"),
        offset: int = Query(0, ge=0),
        order: str = Query("date", description=f"one of {', '.join(ORDERS)}"),
        format: Literal["json", "geojson"] = Query("json"),
        _user: User | None = Depends(reader),
    ) -> Any:
        def build() -> dict[str, Any]:
            items, total = list_incidents(get_store(request), f, limit=limit, offset=offset,
                                          order=order)
            if format == "geojson":
                return geojson(items, total=total, limit=limit, offset=offset)
            return page([incident_summary(i) for i in items], total=total, limit=limit,
                        offset=offset)

        return cached_json(request, build, cls=GeoJSON if format == "geojson" else ApiJSON)

    @r.get("/incidents.geojson", tags=["incidents"], summary="Incidents as GeoJSON")
    def incidents_geojson(
        request: Request,
        f: IncidentFilters = Depends(_filters),
        limit: int = Query(1000, description="page size (1-1000)"),
        offset: int = Query(0, ge=0),
        order: str = Query("date"),
        _user: User | None = Depends(reader),
    ) -> Any:
        def build() -> dict[str, Any]:
            items, total = list_incidents(get_store(request), f, limit=limit, offset=offset,
                                          order=order)
            return geojson(items, total=total, limit=limit, offset=offset)

        return cached_json(request, build, cls=GeoJSON)

    @r.get("/incidents/{incident_id}", tags=["incidents"], summary="One incident, in full")
    def incident(request: Request, incident_id: str,
                 _user: User | None = Depends(reader)) -> Any:
        store = get_store(request)
        inc = store.get_incident(incident_id)
        figures = store.incident_figures(inc.id)
        return ApiJSON({**incident_full(inc), "figure_details": [to_dict(x) for x in figures],
                        "audit": list(store.audit(inc.id))})

    @r.get("/figures", tags=["figures"], summary="Casualty figures as stated in documents")
    def figures(
        request: Request,
        ids: str | None = Query(None, description="comma-separated figure ids"),
        incident: str | None = None, doc: str | None = None, claimant: str | None = None,
        perpetrator: str | None = None, include_rejected: bool = False,
        limit: int = Query(100), offset: int = Query(0, ge=0),
        _user: User | None = Depends(reader),
    ) -> Any:
        limit, offset = check_page(limit, offset)
        id_list = [i.strip() for i in ids.split(",") if i.strip()] if ids else None
        store = get_store(request)
        filters = {"ids": id_list, "incident": incident, "doc": doc, "claimant": claimant,
                   "perpetrator": perpetrator, "include_rejected": include_rejected}
        items, total = items_total(store.list_figures(**filters, limit=limit, offset=offset))
        if hasattr(store, "count_figures") and (offset or len(items) >= limit):
            total = int(store.count_figures(**filters))
        else:  # the whole answer is on this page
            total = offset + len(items)
        return ApiJSON(page([to_dict(x) for x in items], total=total, limit=limit,
                            offset=offset))

    @r.get("/tallies", tags=["tallies"], summary="Running tallies by claimant")
    def tallies(request: Request, claimant: str | None = None, perpetrator: str | None = None,
                _user: User | None = Depends(reader)) -> Any:
        series = get_store(request).list_tallies(claimant=claimant, perpetrator=perpetrator)
        return ApiJSON({"items": [to_dict(s) for s in series]})

    @r.get("/documents", tags=["documents"], summary="Documents (full-text search)")
    def documents(request: Request, text: str | None = None, publisher: str | None = None,
                  limit: int = Query(100), offset: int = Query(0, ge=0),
                  _user: User | None = Depends(reader)) -> Any:
        limit, offset = check_page(limit, offset)
        items, total = items_total(get_store(request).list_documents(
            text=(text or "").strip() or None, publisher=(publisher or "").strip() or None,
            limit=limit, offset=offset))
        return ApiJSON(page([document_summary(d) for d in items], total=total, limit=limit,
                            offset=offset))

    @r.get("/documents/{doc_id}", tags=["documents"], summary="One document with its text")
    def document(request: Request, doc_id: str,
                 _user: User | None = Depends(reader)) -> Any:
        return ApiJSON(to_dict(get_store(request).get_document(doc_id)))

    @r.get("/claimants", tags=["actors"], summary="Claimants and their figure counts")
    def claimants(request: Request, _user: User | None = Depends(reader)) -> Any:
        return cached_json(request, lambda: {"items": list(get_store(request).list_claimants())})

    @r.get("/perpetrators", tags=["actors"], summary="Perpetrators and their incident counts")
    def perpetrators(request: Request, _user: User | None = Depends(reader)) -> Any:
        return cached_json(request,
                           lambda: {"items": list(get_store(request).list_perpetrators())})

    @r.get("/totals", tags=["aggregates"],
           summary="Headline totals: civilians killed over fair + confirmed incidents")
    def totals(request: Request, f: IncidentFilters = Depends(_filters),
               _user: User | None = Depends(reader)) -> Any:
        return cached_json(request, lambda: get_store(request).totals(**f.kwargs()))

    @r.get("/timeline", tags=["aggregates"], summary="Civilian deaths per week (low, high)")
    def timeline(request: Request, f: IncidentFilters = Depends(_filters),
                 headline: bool = Query(False, description="count only fair + confirmed"),
                 _user: User | None = Depends(reader)) -> Any:
        g = headline_filters(f) if headline else f

        def build() -> dict[str, Any]:
            weeks = [] if g is None else list(get_store(request).timeline(**g.kwargs()))
            return {"grades": list(g.grade or ()) if g else [], "items": weeks}

        return cached_json(request, build)

    @r.post("/decisions", tags=["review"], status_code=201,
            summary="Record an analyst's decision (analyst API token required)")
    def decide(request: Request, body: DecisionIn,
               user: User = Depends(api_writer)) -> Any:
        d = make_decision(kind=body.kind, target=body.target, reason=body.reason,
                          user=user.username, value=body.value)
        affected = get_store(request).decide(d)
        return ApiJSON({"decision": to_dict(d), "affected": list(affected or [])},
                       status_code=201)

    @r.get("/audit/{target}", tags=["review"], summary="The audit trail of a figure or incident")
    def audit(request: Request, target: str,
              _user: User | None = Depends(reader)) -> Any:
        return ApiJSON({"items": list(get_store(request).audit(target))})

    return r


__all__: Sequence[str] = ("build_router", "headline_filters", "list_incidents")
