"""A document's *best* place: what figures that name no place (or only an unknown one) receive.

In order (see docs/geocoding.md, "Document context"):

1. the dateline's place, if it is a settlement or finer and not foreign;
2. the *dominant* specific place: the settlement (or finer place) whose neighbourhood gathers at
   least 2 and at least 40% of the specific mentions; or the only settlement, camp or
   neighbourhood the document names (a landmark named once is not taken for the incident's place);
3. otherwise an honest *area*: the finest district or first-level area named in the document
   that contains at least 2 and at least 60% of the document's specific and area mentions
   (precision ``district`` / ``governorate`` with the area's radius);
4. otherwise the country, when the document names exactly one country, at least twice, and
   points at it clearly (at least half of its country weight).

Otherwise there is none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from civcas.geo.geodesy import distance_km
from civcas.models import Place

SPECIFIC = frozenset({"exact", "neighbourhood", "settlement", "near_settlement"})
_AREA_RANK = {"district": 0, "governorate": 1}
_ONLY_PLACE = frozenset({"neighbourhood", "settlement"})


def _near(a: Place, b: Place, slack: float) -> bool:
    return distance_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0) <= (a.radius_km or 0.0) + slack


def dominant(mentions: Sequence[Place], countries: Sequence[tuple[str, float]] = ()) -> Place | None:
    """The settlement (or finer place) whose neighbourhood gathers most of the specific mentions.

    Each specific mention supports every specific place within its radius + 5 km; the winner
    needs at least 2 supporting mentions and 40% of all specific mentions. Between places with
    the same support, the one mentioned most often by name wins, then a settlement over a finer
    place (a hospital named once in passing is not taken for the incident's place). A document
    naming a single settlement, camp or neighbourhood (however often) has that place. Only places
    of the document's main country count (a family name that is a village abroad does not).
    """
    main_cc = countries[0][0] if countries else None
    specific = [p for p in mentions if p.precision in SPECIFIC and p.gazetteer_id
                and p.lat is not None and p.lon is not None and (main_cc is None or p.country == main_cc)]
    if not specific:
        return None
    by_gid: dict[str, Place] = {}
    for p in specific:
        by_gid.setdefault(str(p.gazetteer_id), p)

    def support(c: Place) -> int:
        return sum(1 for p in specific if _near(c, p, 5.0))

    own = Counter(str(p.gazetteer_id) for p in specific)
    ranked = sorted(by_gid.values(),
                    key=lambda c: (-support(c), -own[str(c.gazetteer_id)],
                                   c.precision != "settlement", c.name))
    top = ranked[0]
    n = support(top)
    if n >= 2 and n >= 0.4 * len(specific):
        return top
    if len(by_gid) == 1 and top.precision in _ONLY_PLACE:
        return top
    return None


def area(mentions: Sequence[Place], countries: Sequence[tuple[str, float]]) -> Place | None:
    """The finest named area (district, then first-level area) holding most of the document's
    mentions, else the country it clearly points at (see the module docstring)."""
    located = [p for p in mentions if p.lat is not None and p.lon is not None]
    areas = [p for p in located if p.precision in _AREA_RANK]
    pool = [p for p in located if p.precision in SPECIFIC or p.precision in _AREA_RANK]
    if areas and pool:
        own = Counter(str(p.gazetteer_id) for p in areas)
        scored: list[tuple[int, int, int, str, Place]] = []
        seen: set[str] = set()
        for a in areas:
            gid = str(a.gazetteer_id)
            if gid in seen:
                continue
            seen.add(gid)
            held = sum(1 for p in pool if _near(a, p, 5.0))
            if held >= 2 and held >= 0.6 * len(pool):
                scored.append((_AREA_RANK[str(a.precision)], -held, -own[gid], a.name, a))
        if scored:
            return min(scored, key=lambda t: t[:4])[4]
    nations = {str(p.gazetteer_id): p for p in located if p.precision == "country"}
    named = sum(1 for p in located if p.precision == "country")
    if len(nations) == 1 and named >= 2:
        nation = next(iter(nations.values()))
        if countries and countries[0][0] == nation.country and countries[0][1] >= 0.5:
            return nation
    return None
