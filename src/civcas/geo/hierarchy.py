"""Comma-separated hierarchies: "Nuseirat camp, Deir al-Balah, the Gaza Strip", "BEVERLY, Mass.",
"Tacoma, Washington".

Resolved from the broadest part to the most specific; each more specific part must lie inside its
parent (its radius + 10 km), otherwise it is a namesake elsewhere and is skipped. The result is the
most specific consistent part. Two rules for the parent position (``data/geo/parents.toml``):

* a closing abbreviation or name of a first-level area ("Mass.", "OH", "N.C.", "Washington",
  "New York") is that area, not a city spelt like it nor an ordinary word;
* under a first-level area, a part is looked for among the area's own places first ("Portland,
  Ore." is not Portland, Maine; "Salisbury, N.C." is not Salisbury in England).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.geo.geodesy import distance_km
from civcas.geo.normalise import load_toml, normalise
from civcas.models import Place

if TYPE_CHECKING:
    from civcas.geo.geocoder import Geocoder, GeoContext

_SLACK_KM = 10.0
_NEAR_EXACT = 90.0


@lru_cache(maxsize=1)
def parent_areas() -> dict[str, tuple[str, str]]:
    """Folded abbreviation or name ("MASS", "NEW YORK") -> (ISO2, first-level area name)."""
    out: dict[str, tuple[str, str]] = {}
    for cc, table in load_toml("parents.toml").items():
        if not isinstance(table, dict):
            continue
        for abbr, name in table.items():
            out[_fold(str(abbr))] = (str(cc), str(name))
            out[_fold(str(name))] = (str(cc), str(name))
    return out


def _fold(text: str) -> str:
    return re.sub(r"[.\s]+", " ", text.replace(".", "")).strip().upper()


def _area(gc: Geocoder, part: str, child: str, context: GeoContext | None) -> Place | None:
    """The first-level area a closing part stands for ("Mass." -> Massachusetts), if any.

    A name that is also a country's ("Georgia") is the area only when ``child`` is one of the
    area's places ("Macon, Georgia"; "Tbilisi, Georgia" is the country)."""
    hit = parent_areas().get(_fold(part))
    if hit is None:
        return None
    cc, name = hit
    area = _admin1(gc, part, cc, name)
    if area is None:
        return None
    if any(s.entry.kind == "country" and s.sim == 100.0 for s in gc.candidates(part)):
        return area if _inside_area(gc, child, area, context) is not None else None
    return area


def _admin1(gc: Geocoder, part: str, cc: str, name: str) -> Place | None:
    for s in gc.candidates(name, country=cc):
        if s.entry.kind == "admin1" and s.entry.country == cc and s.sim == 100.0:
            return gc._place(part, s.entry, "alias")
    return None


def _inside_area(gc: Geocoder, part: str, parent: Place,
                 context: GeoContext | None) -> Place | None:
    """A place of the parent first-level area spelt (nearly) like ``part``."""
    for s in gc.candidates(part, country=parent.country, context=context)[:20]:
        e = s.entry
        if (e.country == parent.country and e.admin1 == parent.admin1 and s.sim >= _NEAR_EXACT
                and e.kind not in ("country", "admin1")):
            return gc._place(part, e, s.via)
    return None


def resolve_hierarchy(gc: Geocoder, text: str, *, country: str | None,
                      context: GeoContext | None) -> Place:
    """Resolve "A, B, C" (see the module docstring)."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    parent: Place | None = None
    for i, part in enumerate(reversed(parts)):
        got: Place | None = None
        if parent is None and i == 0 and len(parts) > 1:
            got = _area(gc, part, parts[-2], context)
        if got is None and parent is not None and parent.precision == "governorate":
            got = _inside_area(gc, part, parent, context)
        if got is None:
            cc = country or (parent.country if parent else None)
            got = gc.geocode(part, country=cc, context=context)
        if got.lat is None or got.lon is None:
            continue
        if (parent is not None and parent.precision == got.precision == "governorate"
                and parent.gazetteer_id != got.gazetteer_id):
            continue  # one state is not inside another ("Henry County, Ind." is not Kentucky's)
        if parent is not None and parent.lat is not None and parent.lon is not None:
            d = distance_km(parent.lat, parent.lon, got.lat, got.lon)
            if d > (parent.radius_km or 0) + (got.radius_km or 0) + _SLACK_KM:
                continue  # not inside its parent: a namesake elsewhere
        parent = got
    if parent is None:
        return gc._unresolved(text)
    return replace(parent, name=text, key=normalise(text))
