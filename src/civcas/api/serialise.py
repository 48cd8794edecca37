"""JSON shapes of the API: full model dicts, compact incident summaries and GeoJSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import orjson
from fastapi.responses import JSONResponse

from civcas.models import Incident, Range, to_dict

HEADLINE_GRADES: tuple[str, ...] = ("confirmed", "fair")


def _range(r: Range | None) -> dict[str, int | None] | None:
    if r is None:
        return None
    return {"low": r.low, "best": r.best, "high": r.high}


def civilians_killed(inc: Incident) -> Range | None:
    """The civilian deaths range of an incident (None if unknown)."""
    return inc.killed.get("civilians")


def incident_summary(inc: Incident) -> dict[str, Any]:
    """A compact, flat view of an incident for lists, maps and charts."""
    place = inc.place
    return {
        "id": inc.id,
        "date": inc.date.start.isoformat() if inc.date else None,
        "date_end": inc.date.end.isoformat() if inc.date else None,
        "date_precision": inc.date.precision if inc.date else None,
        "place": place.name if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "radius_km": place.radius_km if place else None,
        "place_precision": place.precision if place else None,
        "perpetrator": inc.perpetrator.name if inc.perpetrator else None,
        "grade": inc.grade,
        "civilians_killed": _range(civilians_killed(inc)),
        "civilians_injured": _range(inc.injured.get("civilians")),
        "claimants": list(inc.claimants),
        "sources": inc.sources,
        "figures": len(inc.figures),
        "event": inc.event,
    }


def incident_full(inc: Incident) -> dict[str, Any]:
    """Every field of the incident, as :func:`civcas.models.to_dict` gives it."""
    return to_dict(inc)


def geojson(incidents: Iterable[Incident], *, total: int | None = None,
            limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the incidents that have coordinates.

    Incidents without coordinates are counted in ``unlocated`` (they are not silently lost).
    """
    features: list[dict[str, Any]] = []
    unlocated = 0
    for inc in incidents:
        s = incident_summary(inc)
        if s["lat"] is None or s["lon"] is None:
            unlocated += 1
            continue
        features.append({
            "type": "Feature",
            "id": inc.id,
            "geometry": {"type": "Point", "coordinates": [s["lon"], s["lat"]]},
            "properties": s,
        })
    out: dict[str, Any] = {"type": "FeatureCollection", "features": features,
                           "unlocated": unlocated}
    if total is not None:
        out.update({"total": total, "limit": limit, "offset": offset})
    return out


def page(items: Sequence[dict[str, Any]], *, total: int, limit: int, offset: int) -> dict[str, Any]:
    """The paginated list shape used by every list endpoint."""
    return {"total": total, "limit": limit, "offset": offset, "items": list(items)}


def _default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(content: Any) -> bytes:
    """Compact UTF-8 JSON (dates as ISO strings, tuples and sets as lists) with orjson; the
    standard library takes over for what orjson refuses (integers beyond 64 bits...)."""
    try:
        return orjson.dumps(content, default=_default, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"),
                          default=_default).encode("utf-8")


class ApiJSON(JSONResponse):
    """A JSON response rendered with orjson (dates as ISO strings).

    Returning it from an endpoint skips FastAPI's generic ``jsonable_encoder`` pass, which is the
    slowest step for a page of 100 incidents.
    """

    def render(self, content: Any) -> bytes:
        return dumps(content)


class GeoJSON(ApiJSON):
    """:class:`ApiJSON` with the GeoJSON media type."""

    media_type = "application/geo+json"
