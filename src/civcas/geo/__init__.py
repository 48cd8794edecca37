"""Geocoding: place names in casualty reports -> coordinates, precision and gazetteer ids.

Public API (the pipeline calls :func:`geocode_figures`)::

    geocode_figures(doc, figures, *, geocoder=None) -> list[Figure]
    Geocoder(*, index_path=None).geocode(name, *, country=None, context=None) -> Place
    Geocoder.resolve(place, *, context=None) -> Place
    Geocoder.context_for(doc) -> GeoContext
    normalise(name) -> str            # transliteration-insensitive key
    distance_km(lat1, lon1, lat2, lon2) -> float
    where_prec(place) -> int | None   # UCDP GED where_prec
    acled_geo_precision(place) -> int | None
    build_index(out=None, *, geonames=(), alternate_names=None, ...) -> IndexInfo

See docs/geocoding.md for the gazetteer sources, the normalisation and the precision ladder.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache

from civcas.errors import CivcasError
from civcas.geo.context import theatres_for
from civcas.geo.geocoder import Geocoder, GeoContext
from civcas.geo.geodesy import bearing, destination, distance_km
from civcas.geo.index import (
    IndexInfo,
    add_user_entry,
    build_index,
    civcas_home,
    default_index_path,
    index_info,
)
from civcas.geo.normalise import normalise
from civcas.models import Document, Figure, Place

__all__ = [
    "GeoContext", "Geocoder", "IndexInfo", "acled_geo_precision", "add_user_entry", "bearing",
    "build_index", "civcas_home", "default_geocoder", "default_index_path", "destination",
    "distance_km", "geocode_figures", "index_info", "normalise", "theatres_for", "where_prec",
]

log = logging.getLogger(__name__)

#: Place.precision -> UCDP GED ``where_prec`` (1 exact; 2 within ~25 km of a named place;
#: 3 admin2; 4 admin1; 6 country). near_settlement is 2 only when the radius is <= 25 km.
_UCDP: dict[str, int] = {
    "exact": 1, "neighbourhood": 1, "settlement": 1, "near_settlement": 2, "district": 3,
    "governorate": 4, "country": 6,
}
#: Place.precision -> ACLED ``geo_precision`` (1 the named town; 2 near a town / part of a
#: region; 3 a larger region).
_ACLED: dict[str, int] = {
    "exact": 1, "neighbourhood": 1, "settlement": 1, "near_settlement": 2, "district": 2,
    "governorate": 3, "country": 3,
}


def where_prec(place: Place | None) -> int | None:
    """UCDP GED ``where_prec`` of a geocoded place (None when it is not located)."""
    if place is None or place.precision in (None, "unknown") or place.lat is None:
        return None
    code = _UCDP.get(str(place.precision))
    if code == 2 and (place.radius_km or 0) > 25.0:
        return 5 if (place.radius_km or 0) > 60.0 else 3
    return code


def acled_geo_precision(place: Place | None) -> int | None:
    """ACLED ``geo_precision`` of a geocoded place (None when it is not located)."""
    if place is None or place.precision in (None, "unknown") or place.lat is None:
        return None
    code = _ACLED.get(str(place.precision))
    if code == 2 and place.precision == "near_settlement" and (place.radius_km or 0) > 60.0:
        return 3
    return code


@lru_cache(maxsize=1)
def default_geocoder() -> Geocoder:
    """The shared geocoder over the default index (built on first use if missing)."""
    return Geocoder()


_COARSE = frozenset({"district", "governorate", "country"})
_UNKNOWN_KM = 10.0  # an unknown place named in a document about a town is near that town
_NAMESAKE_KM = 25.0  # a name known only elsewhere: somewhere in the document's wider area
_FINE = frozenset({"exact", "neighbourhood", "settlement"})
_SMALL_RADIUS_KM = 4.6  # a populated place's radius is 2 km + sqrt(population)/120: < 100,000
_STRAY_KM = 250.0
_PART_OF_TOWN = re.compile(r"(?i)\b(?:neighbou?rhood|quarter|district|section|side)\b")  # a small town this far from the document's own place is a namesake


def _stray(got: Place, ctx: GeoContext) -> bool:
    """A figure's place is a small namesake far from what the document is about: a settlement of
    fewer than 100,000 people, named by a single word (no parent state or town, no relation),
    lying 250 km or more from the document's specific best place (or more than 100 km away in
    another country); a "neighbourhood" or "side" read as a town 50 km or more beyond the best
    place, whatever its size. "Anderson" in a story datelined
    "STERLING, Ill.", "Musabeh" (a quarter of Rafah) read as a village in Israel."""
    best = ctx.best
    if (best is None or best.lat is None or best.lon is None or best.precision not in _FINE
            or got.lat is None or got.lon is None or got.precision != "settlement"
            or got.relation or "," in got.name or got.via not in ("exact", "alias", "fuzzy")):
        return False
    if _PART_OF_TOWN.search(got.name):
        # "the Bridgeport neighborhood" is a part of the document's town, not a town elsewhere
        return distance_km(got.lat, got.lon, best.lat, best.lon) > (best.radius_km or 0.0) + 50.0
    if (got.radius_km or 0.0) >= _SMALL_RADIUS_KM:
        return False
    far = distance_km(got.lat, got.lon, best.lat, best.lon) >= _STRAY_KM
    return far or (got.country != best.country
                   and distance_km(got.lat, got.lon, best.lat, best.lon) > 100.0)


def _doc_place(best: Place | None) -> Place | None:
    if best is None:
        return None
    return replace(best, via="context:document")


def _fallback(got: Place, fig: Figure, ctx: GeoContext, gc: Geocoder) -> Place:
    """Where a figure's own place leaves it unlocated or coarse, the document's best place.

    * an unresolved name the gazetteer does not know at all (a street, a family's quarter, a
      village missing from the index) is placed at the document's best place, keeping its own
      name and key, ``via="context:document"``; a settlement-level best becomes
      ``near_settlement`` with 10 km more radius (the unknown place is near it, not it);
    * an unresolved name the gazetteer knows elsewhere (a namesake the context refused) gets
      the document's named area (district, first-level area or country), or when the document
      names none, its best place widened by 25 km (``near_settlement``);
    * an incident figure located only to an area ("the Gaza Strip") that contains the
      document's specific best place gets that place.
    """
    best = ctx.best
    if best is None or best.lat is None or best.lon is None or not got.name.strip():
        return got
    if _stray(got, ctx):
        return replace(best, name=got.name, key=got.key, anchor=best.name,
                       precision="near_settlement", gazetteer_id=None, via="context:document",
                       radius_km=round((best.radius_km or 0.0) + _NAMESAKE_KM, 2))
    if got.lat is None or got.lon is None:
        first = (got.anchor or got.name).split(",")[0]
        namesake = gc.knows(first)
        if namesake and ctx.area is not None and ctx.area.lat is not None:
            return replace(ctx.area, name=got.name, key=got.key, relation=got.relation,
                           anchor=ctx.area.name, via="context:document", gazetteer_id=None)
        radius: float | None
        if best.precision in _FINE or best.precision == "near_settlement":
            precision = "near_settlement"
            radius = round((best.radius_km or 0.0) + (_NAMESAKE_KM if namesake else _UNKNOWN_KM), 2)
        else:
            precision, radius = str(best.precision), best.radius_km
        return replace(best, name=got.name, key=got.key, relation=got.relation,
                       anchor=best.name, precision=precision,  # type: ignore[arg-type]
                       radius_km=radius, via="context:document", gazetteer_id=None)
    if (fig.scope == "incident" and got.precision in _COARSE and best.precision in _FINE
            and distance_km(got.lat, got.lon, best.lat, best.lon) <= (got.radius_km or 0.0) + 5.0):
        return replace(best, via="context:document")
    return got


def geocode_figures(doc: Document, figures: list[Figure], *,
                    geocoder: Geocoder | None = None) -> list[Figure]:
    """Return ``figures`` with their ``place`` resolved against the gazetteer.

    A figure whose place was extracted gets it completed (key, gazetteer id, coordinates, radius,
    precision, admin1, country, via). A figure with no place gets the document's best place
    (dateline, dominant place, named area or country; ``via="context:document"``) or stays
    without one; an unknown or merely regional place of its own is completed from it (see
    :func:`_fallback`).
    A failure on one figure is logged and leaves that place unresolved; it never stops the batch.
    """
    if not figures:
        return []
    gc = geocoder if geocoder is not None else default_geocoder()
    perps = [f.perpetrator.name for f in figures if f.perpetrator is not None]
    try:
        ctx = gc.context_for(doc, theatres=theatres_for(perps))
    except (CivcasError, ValueError, KeyError) as exc:
        log.warning("document %s: no geographic context (%s)", getattr(doc, "id", "?"), exc)
        ctx = GeoContext()
    cache: dict[tuple[str, str | None, str | None, str | None], Place] = {}
    out: list[Figure] = []
    for fig in figures:
        place = fig.place
        if place is None:
            out.append(replace(fig, place=_doc_place(ctx.best)) if ctx.best else fig)
            continue
        ck = (place.name, place.relation, place.anchor, place.country)
        got = cache.get(ck)
        if got is None:
            try:
                got = gc.resolve(place, context=ctx)
            except (ValueError, KeyError, OverflowError, CivcasError) as exc:
                log.warning("figure %s: cannot geocode %r (%s)", fig.id, place.name, exc)
                got = replace(place, key=normalise(place.name), precision="unknown",
                              via="unresolved")
            cache[ck] = got
        out.append(replace(fig, place=_fallback(got, fig, ctx, gc)))
    return out
