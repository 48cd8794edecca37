"""Score the geocoder on gold sets that carry coordinates (format of shared/data).

For every gold incident with a ``place`` string and ``lat``/``lon``, three things are scored:

* ``gold_place``: the gold place string itself (``place_en`` when present, else ``place``) is
  geocoded with the document as context (``Geocoder.geocode(place, context=context_for(doc))``);
  this measures the gazetteer, the normalisation and the disambiguation;
* ``document``: the document's *best place* (dateline or dominant place of the narrative,
  :func:`civcas.geo.context.build_context`), which is what figures that name no place receive;
* ``incident``: what users see: the real pipeline is run on the document
  (:func:`civcas.pipeline.analyse_document` then :func:`civcas.pipeline.assemble`) and the place of
  the document's *main* incident (the largest civilians-killed best, else people killed, ties to
  the first) is scored; a document with no incident or an incident without coordinates is a miss.

Reported per mode: how many items, how many were resolved (coverage), and of all items the share
whose point lies within 5, 25 and 100 km of the gold point (unresolved items count as misses), plus
the median error of the resolved ones.
"""

from __future__ import annotations

import json
import logging
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from civcas.errors import InputError
from civcas.geo import Geocoder, default_geocoder, distance_km
from civcas.ingest.textdoc import body_hints
from civcas.models import Document, Incident, Place

log = logging.getLogger(__name__)

THRESHOLDS_KM: tuple[float, ...] = (5.0, 25.0, 100.0)


@dataclass(frozen=True, slots=True)
class ModeScore:
    """Accuracy of one mode over the gold items."""

    mode: str
    items: int
    resolved: int
    within: dict[str, float]  # "5km" -> share of all items
    median_error_km: float | None
    misses: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # worst cases, for review


@dataclass(frozen=True, slots=True)
class PlacesReport:
    """The scores of every mode on one gold set."""

    gold_dir: str
    scores: tuple[ModeScore, ...]


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    log.warning("%s:%d: not JSON (%s); skipped", path, i, exc)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}", kind="io",
                         hint="--gold must be a folder with documents.jsonl and gold.jsonl") from exc


def _document(d: dict[str, Any]) -> Document:
    published = None
    if d.get("published"):
        try:
            published = date.fromisoformat(str(d["published"])[:10])
        except ValueError:
            published = None
    text = str(d.get("text") or "")
    # as ingest reads a record: the dateline (and a missing date) from the start of the body
    published, _precision, dateline = body_hints(text, published=published,
                                                 precision="day" if published else None)
    return Document(id=str(d["id"]), text=text, title=d.get("title"), published=published,
                    url=d.get("url"), dateline=dateline)


def _reference(g: dict[str, Any], geocoder: Geocoder | None) -> tuple[float, float] | None:
    """A reference point for gold without coordinates but with ``place_parts`` (GVC: city and
    state): the gazetteer's point of "city, state", when it resolves to a settlement."""
    parts = g.get("place_parts")
    if geocoder is None or not isinstance(parts, dict):
        return None
    city, state = parts.get("city_or_county"), parts.get("state")
    if not city or not state:
        return None
    got = geocoder.geocode(f"{city}, {state}")
    if got.lat is None or got.lon is None or got.precision not in ("settlement", "neighbourhood"):
        return None
    return got.lat, got.lon


def gold_items(gold_dir: Path, *, geocoder: Geocoder | None = None
               ) -> Iterator[tuple[Document, str, float, float]]:
    """(document, gold place string, lat, lon) for every gold incident with coordinates.

    With a ``geocoder``, gold that has no coordinates but a city and state (``place_parts``, as
    in GVC) gets the gazetteer's point of that city as its reference (a city-level reference:
    only the 25 and 100 km figures are meaningful then)."""
    docs = {str(d.get("id")): d for d in _read_jsonl(gold_dir / "documents.jsonl")}
    for g in _read_jsonl(gold_dir / "gold.jsonl"):
        doc = docs.get(str(g.get("doc_id")))
        if doc is None:
            continue
        incidents = g.get("incidents") or ([g["incident"]] if g.get("incident") else [])
        for inc in incidents:
            if not isinstance(inc, dict):
                continue
            lat, lon = inc.get("lat"), inc.get("lon")
            place = inc.get("place_en") or inc.get("place")
            if (lat is None or lon is None) and place:
                ref = _reference(g, geocoder)
                lat, lon = ref if ref is not None else (None, None)
            if lat is None or lon is None or not place:
                continue
            yield _document(doc), str(place), float(lat), float(lon)


def _score(mode: str, rows: list[tuple[str, str, float | None]]) -> ModeScore:
    n = len(rows)
    errors = [e for _d, _p, e in rows if e is not None]
    within = {f"{t:g}km": (sum(1 for e in errors if e <= t) / n if n else 0.0)
              for t in THRESHOLDS_KM}
    worst = sorted(((e if e is not None else float("inf")), d, p) for d, p, e in rows)[::-1][:10]
    misses = tuple({"doc": d, "place": p, "error_km": None if e == float("inf") else round(e, 1)}
                   for e, d, p in worst)
    return ModeScore(mode=mode, items=n, resolved=len(errors), within=within,
                     median_error_km=round(statistics.median(errors), 2) if errors else None,
                     misses=misses)


def _killed_best(inc: Incident) -> int:
    for group in ("civilians", "people"):
        rng = inc.killed.get(group)
        if rng is not None and rng.best is not None:
            return rng.best
    return max((r.best for r in inc.killed.values() if r.best is not None), default=0)


def main_incident_place(doc: Document, *, geocoder: Geocoder) -> Place | None:
    """The place the pipeline gives the document's main incident (largest killed best; ties to
    the first), or None when the document yields no incident."""
    from civcas.pipeline import analyse_document, assemble

    figures = analyse_document(doc, geocoder=geocoder)
    if not figures:
        return None
    incidents = assemble(figures).incidents
    if not incidents:
        return None
    main = max(enumerate(incidents), key=lambda t: (_killed_best(t[1]), -t[0]))[1]
    return main.place


def evaluate_places(gold_dir: Path, *, geocoder: Geocoder | None = None,
                    limit: int | None = None) -> PlacesReport:
    """Score the three modes (see the module docstring) on the gold set in ``gold_dir``."""
    gc = geocoder if geocoder is not None else default_geocoder()
    by_place: list[tuple[str, str, float | None]] = []
    by_doc: list[tuple[str, str, float | None]] = []
    by_inc: list[tuple[str, str, float | None]] = []
    for i, (doc, place, lat, lon) in enumerate(gold_items(Path(gold_dir), geocoder=gc)):
        if limit is not None and i >= limit:
            break
        ctx = gc.context_for(doc)
        got = gc.geocode(place, context=ctx)
        err = (distance_km(lat, lon, got.lat, got.lon)
               if got.lat is not None and got.lon is not None else None)
        by_place.append((doc.id, place, err))
        best = ctx.best
        derr = (distance_km(lat, lon, best.lat, best.lon)
                if best is not None and best.lat is not None and best.lon is not None else None)
        by_doc.append((doc.id, best.name if best else "-", derr))
        ip = main_incident_place(doc, geocoder=gc)
        ierr = (distance_km(lat, lon, ip.lat, ip.lon)
                if ip is not None and ip.lat is not None and ip.lon is not None else None)
        by_inc.append((doc.id, ip.name if ip else "-", ierr))
    return PlacesReport(gold_dir=str(gold_dir),
                        scores=(_score("gold_place", by_place), _score("document", by_doc),
                                _score("incident", by_inc)))
