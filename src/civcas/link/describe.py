"""The descriptive fields of a linked incident: date, place, perpetrator and event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from civcas.geo.geodesy import distance_km
from civcas.link.features import PRECISION_RANK
from civcas.models import Actor, DateSpan, Figure, Place

_DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4}


def incident_date(figs: Sequence[Figure]) -> DateSpan | None:
    """The best-supported date among the most precise dates; else a week before first publication."""
    dated = [f.date for f in figs if f.date is not None]
    if dated:
        best_rank = min(_DATE_RANK.get(d.precision, 5) for d in dated)
        top = [d for d in dated if _DATE_RANK.get(d.precision, 5) == best_rank]
        counts = Counter((d.start, d.end, d.precision) for d in top)
        (start, end, precision), _n = min(
            counts.items(), key=lambda kv: (-kv[1], kv[0][1] - kv[0][0], kv[0][0])
        )
        text = next((d.text for d in top if (d.start, d.end) == (start, end) and d.text), None)
        return DateSpan(start=start, end=end, precision=precision, text=text)  # type: ignore[arg-type]
    pubs: list[date] = []
    for f in figs:
        if f.published is not None:
            pubs.append(f.published)
    if pubs:
        first = min(pubs)
        return DateSpan(start=first - timedelta(days=6), end=first, precision="week",
                        text="on or before the first publication")
    return None


_AREA_PRECISION = frozenset({"district", "governorate", "country"})
_SLACK_KM = 5.0


def _agree(a: Place, b: Place) -> bool:
    """Two located places are consistent: one lies within the other's radius (+5 km), or one is
    an area (district, first-level area) that shares the other's first-level area."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if distance_km(a.lat, a.lon, b.lat, b.lon) <= max(a.radius_km or 0.0, b.radius_km or 0.0) + _SLACK_KM:
        return True
    if a.country is None or a.country != b.country:
        return False
    if a.precision == "country" or b.precision == "country":
        return True
    return (bool(a.admin1) and a.admin1 == b.admin1
            and (a.precision in _AREA_PRECISION or b.precision in _AREA_PRECISION))


def incident_place(figs: Sequence[Figure]) -> Place | None:
    """The place the incident's figures agree on; precision breaks ties among consistent places.

    Each located place is a candidate, ranked by: the number of documents whose *best place*
    (what figures that name no place received, ``via="context:document"``) agrees with it; the
    number of documents, then of figures, whose place agrees with it (see :func:`_agree`); then
    the most precise; then the most frequent key; then the smallest figure id. So one precise
    but wrong place ("Walker" read as a town) does not beat the place the document and the other
    figures point at, while a hospital inside the document's town still refines the town.
    Without located places: the most frequent key (ties: the smallest figure id).
    """
    placed = sorted((f for f in figs if f.place is not None), key=lambda f: f.id)
    if not placed:
        return None
    counts = Counter((f.place.key or f.place.name) for f in placed if f.place is not None)
    located = [f for f in placed if f.place is not None and f.place.lat is not None
               and f.place.lon is not None and f.place.precision not in (None, "unknown")]
    if not located:
        def rank(f: Figure) -> tuple[int, int, str]:
            assert f.place is not None
            return (PRECISION_RANK.get(f.place.precision, 7),
                    -counts[f.place.key or f.place.name], f.id)

        return min(placed, key=rank).place
    # distinct places, each with its first figure, its documents, its figures and the documents
    # for which it is the best place
    groups: dict[tuple[object, ...], tuple[Figure, set[str], list[str], set[str]]] = {}
    for f in located:
        assert f.place is not None
        p = f.place
        g = groups.setdefault((p.name, p.lat, p.lon, p.precision, p.radius_km, p.via),
                              (f, set(), [], set()))
        g[1].add(f.doc)
        g[2].append(f.id)
        if p.via == "context:document":
            g[3].add(f.doc)

    def score(g: tuple[Figure, set[str], list[str], set[str]]) -> tuple[int, int, int, int, int, str]:
        c = g[0].place
        assert c is not None
        best_docs: set[str] = set()
        docs: set[str] = set()
        n = 0
        for other in groups.values():
            assert other[0].place is not None
            if _agree(c, other[0].place):
                best_docs |= other[3]
                docs |= other[1]
                n += len(other[2])
        return (-len(best_docs), -len(docs), -n, PRECISION_RANK.get(c.precision, 7),
                -counts[c.key or c.name], g[0].id)

    return min(groups.values(), key=score)[0].place


def incident_perpetrator(figs: Sequence[Figure]) -> Actor | None:
    """The perpetrator named by most distinct non-denied reports (ties: alphabetical); identical
    reports from several outlets count once."""
    named = sorted((f for f in figs if f.perpetrator is not None and f.stance != "denied"),
                   key=lambda f: f.id)
    if not named:
        named = sorted((f for f in figs if f.perpetrator is not None), key=lambda f: f.id)
    if not named:
        return None
    # one vote per distinct report: a syndicated copy (same claimant, same figure, another outlet)
    # is not a second voice; a named perpetrator wins over an unidentified one ("unidentified gunmen")
    reports = {(f.claimant.name if f.claimant else None, f.outcome, f.group, f.low, f.high, f.stance,
                f.perpetrator.name, f.perpetrator.identified): f.perpetrator for f in named
               if f.perpetrator is not None}
    counts = Counter(name for (*_k, name, identified) in reports if identified) \
        or Counter(name for (*_k, name, _identified) in reports)
    name = min(counts, key=lambda k: (-counts[k], k))
    return next(f.perpetrator for f in named if f.perpetrator is not None
                and f.perpetrator.name == name)


def incident_event(figs: Sequence[Figure]) -> str | None:
    """The kind of event named most often (ties: alphabetical)."""
    counts = Counter(f.event for f in figs if f.event)
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


