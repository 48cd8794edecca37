"""Compact construction of figures for examples, tests and benchmarks.

    figure("f1", doc="d1", low=12, place=place("jabalia", 31.53, 34.48), day="2023-10-31")

Everything not given gets a plain default (killed civilians, exact, asserted, incident scope).
"""

from __future__ import annotations

from datetime import date

from civcas.models import Actor, DateSpan, Figure, Place, Span


def place(key: str, lat: float | None = None, lon: float | None = None, *,
          precision: str = "settlement", country: str = "PS", admin1: str | None = None,
          radius_km: float | None = None) -> Place:
    """A resolved place."""
    return Place(name=key.title(), key=key, lat=lat, lon=lon, radius_km=radius_km,
                 precision=precision, admin1=admin1, country=country)  # type: ignore[arg-type]


def actor(name: str, kind: str | None = None) -> Actor:
    """An actor whose text is its name."""
    return Actor(name=name, text=name, kind=kind)  # type: ignore[arg-type]


def figure(
    id: str,
    *,
    doc: str = "d1",
    statement: str | None = None,
    outcome: str = "killed",
    group: str = "civilians",
    low: int | None = 1,
    high: int | str | None = "same",
    qualifier: str = "exact",
    scope: str = "incident",
    stance: str = "asserted",
    claimant: Actor | None = None,
    perpetrator: Actor | None = None,
    place: Place | None = None,
    day: str | None = None,
    precision: str = "day",
    published: str | None = None,
    near_group: str | None = None,
    part_of: str | None = None,
    details: tuple[str, ...] = (),
    event: str | None = None,
    period: tuple[str, str] | None = None,
    context: tuple[str, ...] = (),
    segment: int | None = None,
) -> Figure:
    """A figure; ``high="same"`` copies ``low`` (an exact number)."""
    hi = low if high == "same" else high
    assert hi is None or isinstance(hi, int)
    text = statement or f"{id}: {low} {group} {outcome}"
    when = None
    if day is not None:
        d = date.fromisoformat(day)
        when = DateSpan(start=d, end=d, precision=precision)  # type: ignore[arg-type]
    span = None
    if period is not None:
        span = DateSpan(start=date.fromisoformat(period[0]), end=date.fromisoformat(period[1]),
                        precision="day")
    return Figure(
        id=id, doc=doc, statement=text, outcome=outcome, group=group, low=low, high=hi,
        qualifier=qualifier, scope=scope, stance=stance, evidence=Span(text, 0, len(text)),
        claimant=claimant, perpetrator=perpetrator, place=place, date=when,
        published=date.fromisoformat(published) if published else None,
        near_group=near_group, part_of=part_of, details=details, event=event, period=span,
        context=context, segment=segment,
    )
