"""The geocoder: place names (as written in reporting) -> gazetteer places with a precision.

Resolution of one name (:meth:`Geocoder.geocode`):

1. a relation phrase ("40 km north of Raqa", "near Ain Issa") is split off and the anchor resolved
   (see :mod:`civcas.geo.relative`);
2. a comma-separated hierarchy ("Nuseirat camp, Deir al-Balah, the Gaza Strip") is resolved from
   the broadest part to the most specific; each part must lie in its parent;
3. a single name: exact key lookup (:func:`civcas.geo.normalise`), then the key without generic
   words ("camp", "governorate"...), then fuzzy matching restricted to the countries the caller or
   the document points at. Candidates are scored (population prior, spelling similarity,
   document country focus, distance to the document's other places, perpetrator theatres); a
   candidate that the context contradicts is refused, so an unknown village stays unknown
   (``precision="unknown"``, ``via="unresolved"``, key kept) instead of landing on a namesake.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from civcas.geo.gazetteer import Entry, Gazetteer, Hit
from civcas.geo.geodesy import distance_km
from civcas.geo.normalise import is_common_word, keys, loose, normalise, strip_generic
from civcas.geo.relative import Relation, offset, parse_part, parse_relation, relation_from_text
from civcas.models import Place

log = logging.getLogger(__name__)

KIND_PRECISION: dict[str, str] = {
    "country": "country", "admin1": "governorate", "district": "district", "region": "district",
    "settlement": "settlement", "village": "settlement", "neighbourhood": "neighbourhood",
    "camp": "neighbourhood", "landmark": "exact",
}
_KIND_FLOOR: dict[str, float] = {  # log10 population floor by kind (the prior)
    "country": 8.0, "admin1": 5.2, "district": 4.8, "region": 4.5, "settlement": 2.5,
    "village": 3.0, "neighbourhood": 3.5, "camp": 4.0, "landmark": 3.5,
}
_ADMIN_WORDS = frozenset({"governorate", "province", "oblast", "region", "muhafazat", "wilayat",
                          "governate", "district"})
_FINE_WORDS = frozenset({"camp", "neighbourhood", "neighborhood", "quarter", "suburb", "refugee"})
_AREA_KINDS = frozenset({"country", "admin1", "district", "region"})
FAR_KM = 300.0  # a small place this far from every place of a document is a namesake elsewhere
BIG_CITY = 1_000_000
SMALL_TOWN = 50_000
FAR_ANCHOR_KM = 100.0  # a relation without a distance never spans this far
MIN_SIMILARITY = 60.0  # spelling similarity (0-100) below which a key collision is refused
FUZZY_CUTOFF = 90.0


@dataclass(frozen=True, slots=True)
class GeoContext:
    """What a document says about where it is: country focus, its places, dateline, theatres."""

    countries: tuple[tuple[str, float], ...] = ()  # (ISO2, share 0..1), largest first
    points: tuple[tuple[float, float], ...] = ()  # resolved places mentioned in the document
    dateline: Place | None = None
    theatres: tuple[str, ...] = ()  # countries where the document's perpetrators operate
    best: Place | None = None  # the document's one place, when it is clearly about one place
    mentions: tuple[Place, ...] = ()  # places found in the text (resolved)
    area: Place | None = None  # the named area (district, first-level area, country) it is in

    def weight(self, country: str | None) -> float:
        """The share of the document's place mentions that fall in ``country``."""
        for cc, w in self.countries:
            if cc == country:
                return w
        return 0.0

    def with_theatres(self, theatres: tuple[str, ...]) -> GeoContext:
        """A copy with more perpetrator theatres."""
        merged = tuple(dict.fromkeys((*self.theatres, *theatres)))
        return replace(self, theatres=merged)


@lru_cache(maxsize=262_144)
def _vfold(text: str) -> str:
    """Vowels (and y, w) folded to 'a', runs collapsed: spelling similarity ignores vowels."""
    out: list[str] = []
    for ch in text:
        c = "a" if ch in "aeiouyw" else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def similarity(a: str, b: str) -> float:
    """Spelling similarity 0-100 of two loose forms, vowel differences forgiven."""
    if a == b:
        return 100.0
    return 0.5 * (fuzz.ratio(_vfold(a), _vfold(b)) + fuzz.ratio(a, b))


@dataclass(frozen=True, slots=True)
class _Scored:
    entry: Entry
    score: float
    sim: float
    via: str


class Geocoder:
    """Resolve place names against a gazetteer index (built on first use if missing)."""

    def __init__(self, *, index_path: Path | None = None) -> None:
        from civcas.geo.index import ensure_index

        self.index_path = ensure_index(index_path)
        self.gazetteer = Gazetteer(self.index_path)
        self._lock = threading.Lock()
        self.scan_cache: dict[str, tuple[tuple[Place, int, str, str, float], ...]] = {}
        self._match_cache: dict[str, tuple[tuple[Entry, float, str], ...]] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"index_path": str(self.index_path)}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.index_path = Path(str(state["index_path"]))
        self.gazetteer = Gazetteer(self.index_path)
        self._lock = threading.Lock()
        self.scan_cache = {}
        self._match_cache = {}

    # ------------------------------------------------------------------ public API

    def geocode(self, name: str, *, country: str | None = None,
                context: GeoContext | None = None) -> Place:
        """Resolve a name as written ("Raqqa", "40 km north of Raqa", "Rimal, Gaza City")."""
        text = " ".join((name or "").split())
        if not text:
            return Place(name=name or "", key="", precision="unknown", via="unresolved")
        parsed = parse_relation(text)
        if parsed is not None:
            relation, anchor_text = parsed
            anchor = self.geocode(anchor_text, country=country, context=context)
            return self._relative(Place(name=text), relation, anchor_text, anchor)
        if "," in text or ";" in text:
            return self._hierarchy(text, country=country, context=context)
        return self._single(text, country=country, context=context)

    def resolve(self, place: Place, *, context: GeoContext | None = None) -> Place:
        """Complete a :class:`Place` from extraction (name, relation, anchor) with coordinates."""
        country = place.country
        if place.relation and place.anchor:
            relation = relation_from_text(place.relation)
            anchor = self.geocode(place.anchor, country=country, context=context)
            if relation is None:
                relation = Relation("near", place.relation)
            own = self._own_if_consistent(place, relation, anchor, context)
            if own is not None:
                return own
            return self._relative(place, relation, place.anchor, anchor)
        if place.relation and not place.anchor:
            combined = self.geocode(f"{place.relation} {place.name}", country=country,
                                    context=context)
            return replace(combined, name=place.name, relation=place.relation,
                           key=normalise(place.name))
        got = self.geocode(place.name, country=country, context=context)
        return replace(got, name=place.name, relation=place.relation or got.relation,
                       anchor=place.anchor or got.anchor)

    def knows(self, name: str) -> bool:
        """True if some gazetteer place has this name (in any spelling the key folds together)."""
        return bool(self._matches(" ".join((name or "").split())))

    def context_for(self, doc: object, *, theatres: tuple[str, ...] = ()) -> GeoContext:
        """The document's geographic context (see :mod:`civcas.geo.context`)."""
        from civcas.geo.context import build_context

        return build_context(self, doc, theatres=theatres)

    # ------------------------------------------------------------------ internals

    def _place(self, text: str, e: Entry, via: str) -> Place:
        return Place(
            name=text, key=normalise(text), gazetteer_id=e.gid, lat=round(e.lat, 6),
            lon=round(e.lon, 6), radius_km=e.radius_km,
            precision=KIND_PRECISION.get(e.kind, "settlement"),  # type: ignore[arg-type]
            admin1=e.admin1 if e.kind != "country" else None, country=e.country, via=via)

    @staticmethod
    def _unresolved(text: str) -> Place:
        return Place(name=text, key=normalise(text), precision="unknown", via="unresolved")

    def _score(self, hit_entry: Entry, sim: float, *, country: str | None,
               context: GeoContext | None, prefer_admin: bool) -> float:
        e = hit_entry
        prior = max(_KIND_FLOOR.get(e.kind, 2.5), math.log10(e.population) if e.population > 0 else 0)
        score = prior - 0.25 * (100.0 - sim)
        if e.kind == "country" and sim < 95.0:
            score -= 5.0  # "Lithonia" is a town in Georgia, not a misspelt Lithuania
        if e.source in ("civcas", "user"):
            score += 0.5
        if prefer_admin and e.kind in ("admin1", "district", "region"):
            score += 4.0
        if country:
            score += 6.0 if e.country == country else -6.0
        if context is not None:
            score += 5.0 * context.weight(e.country)
            if context.points:
                d = min(distance_km(e.lat, e.lon, la, lo) for la, lo in context.points)
                score += 3.0 if d < 30 else 2.0 if d < 100 else 1.0 if d < 300 else 0.0
            if e.country in context.theatres:
                score += 1.0
        return score

    def _matches(self, text: str) -> tuple[tuple[Entry, float, str], ...]:
        """(entry, spelling similarity, via) of the places reached by this spelling (cached)."""
        got = self._match_cache.get(text)
        if got is not None:
            return got
        key, lo = keys(text)
        hits: list[Hit] = list(self.gazetteer.lookup(key)) if key else []
        if key and not hits:
            stripped = strip_generic(text)
            if stripped:
                key2, lo = keys(stripped)
                if key2:
                    key = key2
                    hits = list(self.gazetteer.lookup(key2))
                    words = set(text.lower().replace("-", " ").split())
                    if _FINE_WORDS.intersection(words):
                        # "Brazil camp", "Austrian neighbourhood": a part of a town is never a
                        # country or a province that shares its name
                        hits = [h for h in hits if h.entry.kind not in _AREA_KINDS]
                    elif "county" in words:
                        # counties are not in the index; the town they are named after may lie
                        # in another county, state or country ("York County" is not York)
                        hits = [h for h in hits if h.entry.kind in _AREA_KINDS]
        floor = MIN_SIMILARITY if len(key.replace(" ", "")) > 2 else 80.0
        best: dict[int, tuple[Entry, float, str]] = {}
        for h in hits:
            sim = similarity(lo, h.loose)
            if sim < floor:
                continue
            via = "exact" if (h.primary and h.loose == lo) else "alias"
            cur = best.get(h.entry.id)
            if cur is None or sim > cur[1] or (sim == cur[1] and via == "exact"):
                best[h.entry.id] = (h.entry, sim, via)
        out = tuple(sorted(best.values(), key=lambda t: t[0].id))
        if len(self._match_cache) > 100_000:
            self._match_cache.clear()
        self._match_cache[text] = out
        return out

    def candidates(self, text: str, *, country: str | None = None,
                   context: GeoContext | None = None) -> list[_Scored]:
        """Scored gazetteer candidates for one name (best first); exact and generic-stripped."""
        matches = self._matches(text)
        if not matches:
            return []
        lo = loose(text)
        prefer_admin = any(w in _ADMIN_WORDS for w in text.lower().replace("-", " ").split())
        ranked = sorted((_Scored(e, self._score(e, sim, country=country, context=context,
                                                prefer_admin=prefer_admin), sim, via)
                         for e, sim, via in matches), key=lambda s: (-s.score, s.entry.id))
        # tie-break among the leaders: how close the query is to the place's main name
        top = [replace(s, score=s.score + similarity(lo, loose(s.entry.name)) / 100.0)
               for s in ranked[:8]]
        return sorted(top, key=lambda s: (-s.score, s.entry.id)) + ranked[8:]

    def _acceptable(self, s: _Scored, *, country: str | None, context: GeoContext | None) -> bool:
        """Refuse a candidate the caller's country or the document's context contradicts."""
        e = s.entry
        if country and e.country != country and e.kind != "country":
            return False
        if (context is not None and not context.countries and not country
                and e.kind in ("settlement", "village") and s.sim < 85.0):
            return False  # a loose spelling ("Throneberry" for Thornbury) with nothing to vouch
        if country or context is None or not context.countries or e.kind == "country":
            return True  # the caller's country (a parent place) vouches for it
        weight = context.weight(e.country)
        foreign = weight == 0.0 and e.country not in context.theatres
        if foreign and e.kind != "admin1" and e.population < 100_000:
            return False
        if e.source in ("civcas", "user") or e.kind not in ("settlement", "village"):
            far_ok = True
        else:
            far_ok = e.population >= SMALL_TOWN or not context.points or min(
                distance_km(e.lat, e.lon, la, lo) for la, lo in context.points) <= FAR_KM + e.radius_km
        if not far_ok:
            return False  # a small namesake far from every place the document names
        if weight >= 0.2 or e.kind == "admin1" or e.source == "user":
            return True
        # a country the document hardly points at: only a big city spelt as such is credible
        # ("Cairo" in a Gaza report), not a village or a loose alias ("Ma'an" for Amman)
        if e.population >= BIG_CITY and (s.via == "exact" or (weight > 0.0 and s.sim >= 90.0)):
            return True
        if context.points:
            d = min(distance_km(e.lat, e.lon, la, lo) for la, lo in context.points)
            if d > FAR_KM + e.radius_km:
                return False
        top_weight = context.countries[0][1]
        return not (top_weight >= 0.5 and (e.population < 100_000 or s.sim < 90.0))

    def _single(self, text: str, *, country: str | None, context: GeoContext | None) -> Place:
        scored = self.candidates(text, country=country, context=context)
        if is_common_word(text) and not country:
            # ordinary words resolve only to an exact spelling of a curated entry or of a place
            # that is not a mere populated place (country, area, camp, landmark...)
            scored = [s for s in scored if s.sim == 100.0
                      and (s.entry.source in ("civcas", "user") or s.entry.kind != "settlement")]
        part = parse_part(text)
        if part is not None and not (scored and scored[0].sim >= 95.0):
            # "east Mosul": a part of a known place beats a loose namesake ("East Missoula")
            anchor = self.geocode(part[1], country=country, context=context)
            if anchor.lat is not None:
                return self._relative(Place(name=text), part[0], part[1], anchor)
        for s in scored[:5]:
            if self._acceptable(s, country=country, context=context):
                return self._place(text, s.entry, s.via)
        fz = self._fuzzy(text, country=country, context=context)
        return fz if fz is not None else self._unresolved(text)

    def _fuzzy(self, text: str, *, country: str | None, context: GeoContext | None) -> Place | None:
        """Fuzzy match within the caller's country or the document's focus countries only."""
        lo = loose(text)
        if len(lo.replace(" ", "")) < 5 or "county" in lo.split():
            return None  # "Paulding County" is not a town spelt nearly like it
        countries = [country] if country else [c for c, w in (context.countries if context else ())
                                               if w >= 0.2][:2]
        best: tuple[float, int] | None = None
        target = _vfold(lo)
        for cc in countries:
            names = self.gazetteer.country_names(cc)
            if not names:
                continue
            choices = [_vfold(n[0]) for n in names]
            m = process.extractOne(target, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if m is not None and (best is None or m[1] > best[0]):
                best = (float(m[1]), names[m[2]][2])
        if best is None:
            return None
        e = self.gazetteer.entry(best[1])
        if e is None:
            return None
        if context is not None and context.points:
            d = min(distance_km(e.lat, e.lon, la, lo2) for la, lo2 in context.points)
            if d > 150.0:
                return None  # not consistent with the other places of the document
        return self._place(text, e, "fuzzy")

    def _hierarchy(self, text: str, *, country: str | None, context: GeoContext | None) -> Place:
        from civcas.geo.hierarchy import resolve_hierarchy

        return resolve_hierarchy(self, text, country=country, context=context)

    def _relative(self, place: Place, relation: Relation, anchor_text: str, anchor: Place) -> Place:
        base = replace(place, key=place.key or normalise(place.name),
                       relation=place.relation or relation.text, anchor=place.anchor or anchor_text)
        if anchor.lat is None or anchor.lon is None:
            return replace(base, precision="unknown", via="unresolved")
        lat, lon, radius = offset(relation, anchor.lat, anchor.lon, anchor.radius_km or 0.0)
        if relation.kind == "part" or anchor.precision in ("governorate", "country"):
            precision = anchor.precision
        else:
            precision = "near_settlement"
        return replace(base, lat=round(lat, 6), lon=round(lon, 6), radius_km=round(radius, 2),
                       precision=precision, admin1=anchor.admin1,  # type: ignore[arg-type]
                       country=anchor.country, via="relative", gazetteer_id=None)

    def _own_if_consistent(self, place: Place, relation: Relation, anchor: Place,
                           context: GeoContext | None) -> Place | None:
        """The place's own gazetteer entry, if it exists where the relation puts it."""
        if anchor.lat is None or anchor.lon is None or normalise(place.name) == normalise(place.anchor or ""):
            return None
        own = self.geocode(place.name, country=anchor.country, context=context)
        if own.lat is None or own.lon is None or own.via == "unresolved":
            return None
        lat, lon, radius = offset(relation, anchor.lat, anchor.lon, anchor.radius_km or 0.0)
        gap = distance_km(lat, lon, own.lat, own.lon)
        if gap <= radius + (own.radius_km or 0.0) + 5.0 or (
                gap > radius + FAR_ANCHOR_KM and own.via in ("exact", "alias")
                and (context is None or context.weight(own.country) >= context.weight(anchor.country))):
            # consistent; or the anchor is a namesake far away ("west of Dawa" read as a
            # city abroad) while the place itself is known where the document is
            return replace(own, name=place.name, relation=place.relation, anchor=place.anchor)
        return None
