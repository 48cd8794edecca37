"""The descriptive fields of a linked incident: date, place, perpetrator and event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

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


def incident_place(figs: Sequence[Figure]) -> Place | None:
    """The most precise place; ties go to the most frequent key, then the smallest figure id."""
    placed = sorted((f for f in figs if f.place is not None), key=lambda f: f.id)
    if not placed:
        return None
    counts = Counter((f.place.key or f.place.name) for f in placed if f.place is not None)

    def rank(f: Figure) -> tuple[int, int, str]:
        assert f.place is not None
        return (PRECISION_RANK.get(f.place.precision, 7), -counts[f.place.key or f.place.name],
                f.id)

    return min(placed, key=rank).place


def incident_perpetrator(figs: Sequence[Figure]) -> Actor | None:
    """The perpetrator named by most non-denied figures (ties: alphabetical)."""
    named = sorted((f for f in figs if f.perpetrator is not None and f.stance != "denied"),
                   key=lambda f: f.id)
    if not named:
        named = sorted((f for f in figs if f.perpetrator is not None), key=lambda f: f.id)
    if not named:
        return None
    # a named perpetrator wins over an unidentified one ("unidentified gunmen")
    counts = Counter(f.perpetrator.name for f in named if f.perpetrator is not None and f.perpetrator.identified) \
        or Counter(f.perpetrator.name for f in named if f.perpetrator is not None)
    name = min(counts, key=lambda k: (-counts[k], k))
    return next(f.perpetrator for f in named if f.perpetrator is not None
                and f.perpetrator.name == name)


def incident_event(figs: Sequence[Figure]) -> str | None:
    """The kind of event named most often (ties: alphabetical)."""
    counts = Counter(f.event for f in figs if f.event)
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


