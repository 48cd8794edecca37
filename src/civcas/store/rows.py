"""Model objects <-> table rows: flat queryable columns plus the whole object as JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from civcas.models import (
    Decision,
    Document,
    Figure,
    Incident,
    Place,
    TallySeries,
    stable_id,
)
from civcas.store.codec import decode as from_dict
from civcas.store.codec import encode as to_dict


def place_id(place: Place) -> str:
    """A stable id for a resolved place (gazetteer id, else key/name and coordinates)."""
    return stable_id("p", place.gazetteer_id or place.key or place.name.lower(), place.lat,
                     place.lon)


def place_row(place: Place) -> dict[str, Any]:
    return {"id": place_id(place), "name": place.name, "key": place.key,
            "gazetteer_id": place.gazetteer_id, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "admin1": place.admin1, "country": place.country}


def _clean(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL characters: they become U+FFFD (same length)."""
    return value.replace("\x00", "\ufffd") if value else value


def document_row(doc: Document, *, run_id: int | None, analysed: bool) -> dict[str, Any]:
    data = to_dict(doc)
    data.pop("text", None)
    return {"id": doc.id, "title": _clean(doc.title), "text": _clean(doc.text) or "",
            "published": doc.published, "url": _clean(doc.url),
            "publisher": _clean(doc.publisher), "language": doc.language,
            "near_group": doc.near_group, "analysed": analysed, "run_id": run_id, "data": data}


def document_from_row(row: Any) -> Document:
    data = dict(row.data)
    data["text"] = row.text
    return from_dict(Document, data)


def figure_row(fig: Figure, *, block: str) -> dict[str, Any]:
    return {
        "id": fig.id, "doc": fig.doc, "outcome": fig.outcome, "grp": fig.group,
        "low": fig.low, "high": fig.high, "qualifier": fig.qualifier, "scope": fig.scope,
        "stance": fig.stance,
        "claimant": fig.claimant.name if fig.claimant else None,
        "claimant_kind": fig.claimant.kind if fig.claimant else None,
        "perpetrator": fig.perpetrator.name if fig.perpetrator else None,
        "place_id": place_id(fig.place) if fig.place else None,
        "date_start": fig.date.start if fig.date else None,
        "date_end": fig.date.end if fig.date else None,
        "published": fig.published, "block": block, "data": to_dict(fig),
    }


def figure_from_row(row: Any) -> Figure:
    return from_dict(Figure, row.data)


def _range_cols(inc: Incident, outcome: str) -> tuple[int | None, int | None, int | None]:
    ranges = inc.killed if outcome == "killed" else inc.injured
    r = ranges.get("civilians")
    return (r.low, r.best, r.high) if r else (None, None, None)


def incident_row(inc: Incident, *, block: str, now: datetime) -> dict[str, Any]:
    kl, kb, kh = _range_cols(inc, "killed")
    il, _ib, ih = _range_cols(inc, "injured")
    p = inc.place
    search = " ".join(x for x in (
        p.name if p else None, p.admin1 if p else None,
        inc.perpetrator.name if inc.perpetrator else None,
        inc.perpetrator.text if inc.perpetrator else None, inc.event, *inc.claimants,
    ) if x).lower()
    return {
        "id": inc.id, "block": block,
        "date_start": inc.date.start if inc.date else None,
        "date_end": inc.date.end if inc.date else None,
        "date_precision": inc.date.precision if inc.date else None,
        "place_name": p.name if p else None, "country": p.country if p else None,
        "admin1": p.admin1 if p else None, "lat": p.lat if p else None,
        "lon": p.lon if p else None, "precision": p.precision if p else None,
        "perpetrator": inc.perpetrator.name if inc.perpetrator else None,
        "grade": inc.grade, "event": inc.event,
        "killed_low": kl, "killed_best": kb, "killed_high": kh,
        "injured_low": il, "injured_high": ih,
        "n_figures": len(inc.figures), "n_sources": inc.sources, "search": search,
        "updated_at": now, "data": to_dict(inc),
    }


def incident_from_row(row: Any) -> Incident:
    return from_dict(Incident, row.data)


def tally_row(series: TallySeries) -> dict[str, Any]:
    last = max((p.date for p in series.points), default=None)
    return {"id": series.id, "outcome": series.outcome, "grp": series.group,
            "claimant": series.claimant.name if series.claimant else None,
            "perpetrator": series.perpetrator.name if series.perpetrator else None,
            "region": series.region, "n_points": len(series.points), "last_date": last,
            "data": to_dict(series)}


def tally_from_row(row: Any) -> TallySeries:
    return from_dict(TallySeries, row.data)


def utc_naive(at: datetime) -> datetime:
    """``at`` as a naive UTC datetime (how every timestamp is stored)."""
    return at if at.tzinfo is None else at.astimezone(UTC).replace(tzinfo=None)


def as_utc(at: datetime | None) -> datetime | None:
    """A stored naive UTC timestamp made timezone-aware."""
    return None if at is None else at.replace(tzinfo=UTC) if at.tzinfo is None else at


def decision_row(d: Decision, *, seq: int) -> dict[str, Any]:
    return {"id": d.id, "seq": seq, "kind": d.kind, "target": d.target, "user": d.user,
            "reason": d.reason, "at": utc_naive(d.at), "value": to_dict(d)["value"], "active": d.active}


def decision_from_row(row: Any) -> Decision:
    return Decision(id=row.id, kind=row.kind, target=row.target, user=row.user,
                    reason=row.reason, at=as_utc(row.at) or datetime.now(UTC), value=dict(row.value or {}),
                    active=bool(row.active))
