"""Tally series: cumulative figures ("since 2014 the coalition has killed 1,437 civilians") grouped per
claimant, perpetrator, region, outcome and group, ordered in time, with the gaps between claimants.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from civcas.assess.rules import rules
from civcas.assess.sources import norm_name
from civcas.models import Figure, TallyGap, TallyPoint, TallySeries, stable_id

log = logging.getLogger(__name__)

SeriesKey = tuple[str, str, str, str, str]  # claimant, perpetrator, region, outcome, group


def point_date(f: Figure) -> date | None:
    """When a tally was true: its period end, else its date end, else publication."""
    if f.period is not None:
        return f.period.end
    if f.date is not None:
        return f.date.end
    return f.published


def value(p: TallyPoint | Figure) -> int | None:
    """The number a tally point (or figure) stands for (its lower bound, else its upper bound)."""
    return p.low if p.low is not None else p.high


def series_key(f: Figure) -> SeriesKey:
    """The grouping key of a tally figure."""
    region = (f.place.country or "").upper() if f.place is not None else ""
    return (norm_name(f.claimant.name) if f.claimant else "",
            norm_name(f.perpetrator.name) if f.perpetrator else "",
            region, f.outcome, f.group)


def build_tallies(figures: Sequence[Figure]) -> list[TallySeries]:
    """Group tally-scope figures into series, ordered by date, with gaps between claimants."""
    by_key: dict[SeriesKey, list[Figure]] = defaultdict(list)
    seen: set[str] = set()
    totals: dict[tuple[SeriesKey, str], Figure] = {}
    for f in sorted(figures, key=lambda g: g.id):
        if f.id in seen:
            continue
        seen.add(f.id)
        if point_date(f) is None:
            log.info("tally figure %s has no date; left out of the series", f.id)
            continue
        # figures of one statement in one series: the running total is the point, the others are
        # what was added to it or parts of it ("a further 12 reports judged credible, taking the
        # toll to 47", next to "no fewer than 700 since operations began")
        k = (series_key(f), f.statement)
        kept = totals.get(k)
        if kept is None or (value(f) or 0) > (value(kept) or 0):
            totals[k] = f
    for (key, _), f in sorted(totals.items(), key=lambda kv: kv[1].id):
        by_key[key].append(f)
    series: list[TallySeries] = []
    for key in sorted(by_key):
        figs = by_key[key]
        points: dict[tuple[date, int | None, int | None], TallyPoint] = {}
        for f in figs:  # sorted by id: the first of identical (syndicated) points is kept
            d = point_date(f)
            assert d is not None
            pk = (d, f.low, f.high)
            if pk not in points:
                points[pk] = TallyPoint(
                    date=d, low=f.low, high=f.high, figure=f.id, qualifier=f.qualifier,
                    period_start=f.period.start if f.period is not None else None)
        ordered = tuple(sorted(points.values(), key=lambda p: (p.date, p.figure)))
        first = figs[0]
        series.append(TallySeries(
            id=stable_id("t", *key), outcome=key[3], group=key[4], points=ordered,
            claimant=first.claimant, perpetrator=first.perpetrator, region=key[2] or None))
    return _with_gaps(series, rules().gap_days)


def _comparable(a: TallySeries, b: TallySeries) -> bool:
    if (a.outcome, a.group, a.region) != (b.outcome, b.group, b.region):
        return False
    ca = norm_name(a.claimant.name) if a.claimant else ""
    cb = norm_name(b.claimant.name) if b.claimant else ""
    if ca == cb:
        return False
    pa = norm_name(a.perpetrator.name) if a.perpetrator else ""
    pb = norm_name(b.perpetrator.name) if b.perpetrator else ""
    return not pa or not pb or pa == pb


def _with_gaps(series: list[TallySeries], max_days: int) -> list[TallySeries]:
    out = []
    for s in series:
        gaps: list[TallyGap] = []
        for other in series:
            if other is s or not _comparable(s, other) or not other.points:
                continue
            ordinals = [p.date.toordinal() for p in other.points]
            for p in s.points:
                o = _nearest(ordinals, p.date.toordinal())
                q = other.points[o]
                apart = abs(q.date.toordinal() - p.date.toordinal())
                if apart > max_days:
                    continue
                mine, theirs = value(p), value(q)
                diff = mine - theirs if mine is not None and theirs is not None else None
                gaps.append(TallyGap(date=p.date, other_series=other.id, this_value=mine,
                                     other_value=theirs, difference=diff, days_apart=apart))
        gaps.sort(key=lambda g: (g.date, g.other_series))
        out.append(TallySeries(id=s.id, outcome=s.outcome, group=s.group, points=s.points,
                               claimant=s.claimant, perpetrator=s.perpetrator, region=s.region,
                               gaps=tuple(gaps)))
    return out


def _nearest(ordinals: list[int], x: int) -> int:
    """Index of the ordinal closest to ``x`` (the earlier one on a tie)."""
    i = bisect_left(ordinals, x)
    if i == 0:
        return 0
    if i == len(ordinals):
        return len(ordinals) - 1
    return i - 1 if x - ordinals[i - 1] <= ordinals[i] - x else i
