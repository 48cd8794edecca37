"""Relative place phrases: "40 km north of Raqa", "near Ain Issa", "on the outskirts of Mosul".

:func:`parse_relation` splits such a phrase into a :class:`Relation` (distance, bearing, kind) and
the anchor's name; :func:`offset` turns a resolved anchor into a point and an uncertainty radius:

* distance and bearing: the great-circle destination point; radius = 25% of the distance plus the
  anchor's own radius;
* bearing only ("west of", "a village north of"): three times the anchor's radius along the
  bearing (at least 5, at most 20 km; a city reaches farther than a village), radius 75% of that
  plus the anchor's radius;
* distance only ("15 km from"): the anchor's point, radius = the distance + anchor's;
* "near", "close to", "in the vicinity of": the anchor's point, radius 10 km + anchor's;
* "outskirts of" / "suburbs of": the anchor's point (3 km along the bearing if one is given),
  radius 5 km + anchor's;
* "countryside of", "rural": the anchor's point, radius 25 km + anchor's;
* a part of a place ("southern Idlib", "east Mosul"; tried only when the whole name is unknown):
  half the anchor's radius along the bearing, radius 60% of the anchor's; the anchor's precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civcas.geo.geodesy import BEARINGS, destination

KM_PER_MILE = 1.609344

_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(km|kms|kilometres|kilometers|kilometre|kilometer|k\.m\.|mi|miles|mile)\b"
_APPROX = r"(?:about|around|some|roughly|approximately|approx\.?|nearly|almost|at\s+least|" \
          r"more\s+than|less\s+than|over|under|just|only|an\s+estimated|~)?"
_BEARING_WORDS = sorted({b for b in BEARINGS if len(b) > 2}, key=len, reverse=True)
_BEARING = r"((?:" + "|".join(re.escape(b).replace(r"\-", r"[\s-]?") for b in _BEARING_WORDS) + r")(?:ern)?)"
_LEAD = r"^(?:(?:a|an|the)\s+(?:village|town|area|camp|house|building|farm|neighbourhood|" \
        r"neighborhood|district|site|position|location|point|road|street)\s+(?:located\s+|lying\s+|situated\s+)?)?"

_DIST_BEARING = re.compile(
    _LEAD + r"(?:located\s+|lying\s+|situated\s+)?" + _APPROX + r"\s*" + _NUM + r"\s*" + _UNIT +
    r"(?:\s*\(\s*(?:about\s+)?" + _NUM + r"\s*" + _UNIT + r"\s*\))?\s*(?:to\s+the\s+)?" + _BEARING +
    r"\s+of\s+(.+)$", re.I)
_DIST_FROM = re.compile(
    _LEAD + _APPROX + r"\s*" + _NUM + r"\s*" + _UNIT +
    r"(?:\s*\(\s*" + _NUM + r"\s*" + _UNIT + r"\s*\))?\s*(?:from|away\s+from|outside|outside\s+of)\s+(.+)$",
    re.I)
_OUTSKIRTS = re.compile(
    _LEAD + r"(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:" + _BEARING + r"\s+)?(?:outskirts|suburbs|edge|"
    r"periphery|fringes?)\s+of\s+(.+)$", re.I)
_BEARING_OF = re.compile(
    _LEAD + r"(?:to\s+the\s+|in\s+the\s+)?" + _BEARING + r"(?:\s+part)?\s+of\s+(.+)$", re.I)
_NEAR = re.compile(
    _LEAD + r"(?:near|nearby|close\s+to|next\s+to|in\s+the\s+vicinity\s+of|vicinity\s+of|"
    r"in\s+the\s+area\s+of|around|outside|just\s+outside|not\s+far\s+from|adjacent\s+to|"
    r"in\s+the\s+surroundings\s+of|surroundings\s+of)\s+(.+)$", re.I)
_RURAL = re.compile(
    _LEAD + r"(?:in\s+)?(?:the\s+)?(?:" + _BEARING + r"\s+)?(?:countryside|rural\s+areas?|"
    r"outlying\s+areas?|hinterland)\s+of\s+(.+)$", re.I)
_RURAL_PREFIX = re.compile(r"^(?:rural|the\s+countryside\s+of)\s+(.+)$", re.I)
_PART = re.compile(r"^(?:the\s+)?" + _BEARING + r"(?:\s+part\s+of|\s+parts\s+of)?\s+(.+)$", re.I)


@dataclass(frozen=True, slots=True)
class Relation:
    """How a place relates to its anchor."""

    kind: str  # offset | bearing | distance | near | outskirts | rural
    text: str  # the relation as written: "about 40 km north of"
    distance_km: float | None = None
    bearing: float | None = None


def _bearing(word: str | None) -> float | None:
    if not word:
        return None
    w = re.sub(r"\s+", "-", word.lower())
    if w.endswith("ern"):
        w = w[:-3]
    return BEARINGS.get(w, BEARINGS.get(w.replace("-", "")))


def _km(num: str, unit: str) -> float:
    value = float(num.replace(",", "."))
    return value * KM_PER_MILE if unit.lower().startswith("mi") else value


def parse_relation(text: str) -> tuple[Relation, str] | None:
    """Split "about 40 km north of Raqa" into (Relation, "Raqa"); None if no relation is said."""
    s = " ".join(text.split())
    m = _DIST_BEARING.match(s)
    if m:
        num, unit, num2, unit2, bword, anchor = m.groups()
        dist = _km(num2, unit2) if num2 and unit2 and not unit2.lower().startswith("mi") else _km(num, unit)
        rel = s[: m.start(6)].strip()
        return Relation("offset", rel, dist, _bearing(bword)), anchor.strip()
    m = _DIST_FROM.match(s)
    if m:
        num, unit, num2, unit2, anchor = m.groups()
        dist = _km(num2, unit2) if num2 and unit2 and not unit2.lower().startswith("mi") else _km(num, unit)
        return Relation("distance", s[: m.start(5)].strip(), dist, None), anchor.strip()
    m = _OUTSKIRTS.match(s)
    if m:
        return Relation("outskirts", s[: m.start(2)].strip(), None, _bearing(m.group(1))), m.group(2).strip()
    m = _RURAL.match(s)
    if m:
        return Relation("rural", s[: m.start(2)].strip(), None, _bearing(m.group(1))), m.group(2).strip()
    m = _BEARING_OF.match(s)
    if m:
        return Relation("bearing", s[: m.start(2)].strip(), None, _bearing(m.group(1))), m.group(2).strip()
    m = _NEAR.match(s)
    if m:
        return Relation("near", s[: m.start(1)].strip(), None, None), m.group(1).strip()
    m = _RURAL_PREFIX.match(s)
    if m:
        return Relation("rural", s[: m.start(1)].strip(), None, None), m.group(1).strip()
    return None


def offset(relation: Relation, lat: float, lon: float, anchor_radius_km: float) -> tuple[float, float, float]:
    """(lat, lon, radius_km) of a place that stands in ``relation`` to an anchor at (lat, lon)."""
    r0 = anchor_radius_km or 0.0
    if relation.kind == "offset" and relation.distance_km is not None:
        if relation.bearing is None:
            return lat, lon, relation.distance_km + r0
        la, lo = destination(lat, lon, relation.bearing, relation.distance_km)
        return la, lo, round(0.25 * relation.distance_km + r0, 2)
    if relation.kind == "distance" and relation.distance_km is not None:
        return lat, lon, relation.distance_km + r0
    if relation.kind == "bearing" and relation.bearing is not None:
        dist = min(20.0, max(5.0, 3.0 * r0))
        la, lo = destination(lat, lon, relation.bearing, dist)
        return la, lo, round(0.75 * dist + r0, 2)
    if relation.kind == "outskirts":
        if relation.bearing is not None:
            la, lo = destination(lat, lon, relation.bearing, 3.0 + r0 * 0.5)
            return la, lo, 5.0 + r0 * 0.5
        return lat, lon, 5.0 + r0
    if relation.kind == "part" and relation.bearing is not None:
        la, lo = destination(lat, lon, relation.bearing, r0 / 2.0)
        return la, lo, round(max(0.6 * r0, 1.0), 2)
    if relation.kind == "rural":
        if relation.bearing is not None:
            la, lo = destination(lat, lon, relation.bearing, 15.0)
            return la, lo, 20.0 + r0
        return lat, lon, 25.0 + r0
    return lat, lon, 10.0 + r0


def parse_part(text: str) -> tuple[Relation, str] | None:
    """"southern Idlib", "east Mosul", "the northern part of Gaza" -> (Relation("part"), anchor).

    Only tried when the whole name is not itself a gazetteer name ("North Gaza" is a district).
    """
    m = _PART.match(" ".join(text.split()))
    if not m or _bearing(m.group(1)) is None:
        return None
    return Relation("part", text[: m.start(2)].strip(), None, _bearing(m.group(1))), m.group(2).strip()


def relation_from_text(relation: str) -> Relation | None:
    """Parse a relation given on its own (``Place.relation``, e.g. "about 40 km north of")."""
    parsed = parse_relation(f"{relation.strip()} X")
    return parsed[0] if parsed else None
