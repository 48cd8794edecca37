"""Reconciliation: one ``Range`` (low, best, high, with the figure ids behind each) per outcome/group.

Rules (documented in ``docs/linking.md``):

1. Denials never enter a range (they become contradictions).
2. Supersession: a source (see :func:`civcas.assess.sources.origin`) that spoke in several
   documents is represented by its latest-published ones only (tolls are updated, not re-counted).
3. ``low`` = the smallest lower bound among the remaining asserted figures (hedged and vague figures
   only when nothing is asserted); "up to N" has no lower bound.  A count of named persons marked ``at_least``
   (subgroup ``named``) is left out of the low when any other figure gives a lower bound: it
   neither lowers the low below a stated toll nor raises it above a hedged one; it still reports
   its number for ``high``.  An exact (complete) named list is an ordinary figure and may set the low.
4. ``high`` = the largest number reported by any remaining figure, hedged included ("at least N"
   contributes N: the largest figure anyone stated, as monitors record their maximum).
5. ``best`` = the median (lower median) of the sources' point values, each source giving its
   largest point value; a point value is the exact number, the lower bound of "at least", the upper
   bound of "up to" and the lower end of a range.  Vague figures ("several", "dozens": no number
   stated, coded by convention) give no point when any figure of the pool states a number.
6. Civilian pool: when no figure of the incident reports combatants, "people" figures count as
   civilians too (Airwars practice: those reported killed are civilians unless identified as
   fighters); the separate "people" range is kept as well.
7. For civilians, the sum of the children/women/men lows (disjoint parts) raises ``low`` when it is
   larger, and stands in for a missing civilians range.
8. Finally ``low <= best <= high`` is enforced (``high`` is raised to ``low`` when a breakdown sum
   exceeds it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from civcas.assess.sources import origin
from civcas.models import Figure, Range

RULE = "low=min asserted lower bound of sources' latest figures; best=median of sources; high=max reported"


def lower(f: Figure) -> int | None:
    """The figure's lower bound (None for "up to N"; N+1 for an open "more than N")."""
    if f.qualifier == "up_to" or f.low is None:
        return None
    if f.qualifier == "more_than" and f.high is None:
        return f.low + 1
    return f.low


def reported_max(f: Figure) -> int | None:
    """The largest number the figure states (for an open "more than N": N+1)."""
    if f.high is not None:
        return f.high
    return lower(f) if f.low is not None and f.qualifier != "up_to" else f.low


def point(f: Figure) -> int | None:
    """The single value that stands for the figure."""
    if f.qualifier == "up_to":
        return f.high if f.high is not None else f.low
    lo = lower(f)
    return lo if lo is not None else f.high


def named_floor(f: Figure) -> bool:
    """A count of the persons a document names, not all of them perhaps ("at least N named")."""
    return f.subgroup == "named" and f.qualifier == "at_least"


def latest_per_source(figs: Sequence[Figure]) -> dict[str, list[Figure]]:
    """Group figures by source, keeping each source's latest-published figures."""
    by_src: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        by_src[origin(f)].append(f)
    out: dict[str, list[Figure]] = {}
    for src, members in by_src.items():
        newest = max((f.published or date.min) for f in members)
        out[src] = sorted((f for f in members if (f.published or date.min) == newest),
                          key=lambda f: f.id)
    return out


def usable(figs: Sequence[Figure], outcome: str, group: str,
           also: Sequence[str] = ()) -> list[Figure]:
    """Non-denial figures of one outcome and group (or the ``also`` groups) that carry a number."""
    groups = {group, *also}
    return [f for f in figs if f.outcome == outcome and f.group in groups and f.stance != "denied"
            and (f.low is not None or f.high is not None)]


def reconcile(figs: Sequence[Figure], outcome: str, group: str, *,
              also: Sequence[str] = ()) -> Range | None:
    """The reconciled range of one outcome and group, or None when no figure speaks of it.

    ``also`` lists further groups whose figures count as this group (see ``civilian_pool``).
    """
    cands = usable(figs, outcome, group, also)
    if not cands:
        return None
    per_src = latest_per_source(cands)
    kept = sorted((f for fs in per_src.values() for f in fs), key=lambda f: f.id)
    stated = [f for f in kept if not named_floor(f)]
    if not any(lower(f) is not None for f in stated):
        stated = kept  # only named counts: they give the low
    strong = [f for f in stated if f.stance == "asserted" and f.qualifier != "vague"]
    basis = strong if any(lower(f) is not None for f in strong) else stated

    lows = [(v, f.id) for f in basis if (v := lower(f)) is not None]
    low = min(v for v, _ in lows) if lows else None
    low_from = tuple(i for v, i in lows if v == low) if lows else ()

    highs = [(v, f.id) for f in kept if (v := reported_max(f)) is not None]
    high = max(v for v, _ in highs) if highs else None
    high_from = tuple(i for v, i in highs if v == high) if highs else ()

    src_points: list[int] = []
    numbered = any(f.qualifier != "vague" and point(f) is not None for f in kept)
    for fs in per_src.values():
        pts = [p for f in fs if (p := point(f)) is not None and (f.qualifier != "vague" or not numbered)]
        if pts:
            src_points.append(max(pts))
    src_points.sort()
    best = src_points[(len(src_points) - 1) // 2] if src_points else None
    rule = RULE if not also else f"{RULE}; {'/'.join(also)} counted as {group}"
    rng = Range(low=low, best=best, high=high, low_from=low_from,
                best_from=tuple(f.id for f in kept if point(f) == best),
                high_from=high_from, rule=rule)
    return ordered(rng)


def ordered(r: Range) -> Range:
    """Enforce ``low <= best <= high`` (None allowed): raise high to low, clamp best."""
    low, best, high = r.low, r.best, r.high
    high_from = r.high_from
    rule = r.rule
    if low is not None and high is not None and low > high:
        high, high_from = low, r.low_from
        rule = f"{rule}; high raised to low"
    if best is not None:
        if low is not None and best < low:
            best = low
        if high is not None and best > high:
            best = high
    best_from = r.best_from if best == r.best else (r.low_from if best == low else high_from)
    return Range(low=low, best=best, high=high, low_from=r.low_from, best_from=best_from,
                 high_from=high_from, rule=rule)


def with_breakdown(
    total: Range | None, parts: dict[str, Range], names: Sequence[str]
) -> Range | None:
    """Raise (or create) a civilians range from the sum of its disjoint parts' lows."""
    present = [parts[n] for n in names if n in parts and parts[n].low is not None]
    if not present:
        return total
    s = sum(p.low for p in present if p.low is not None)
    src = tuple(sorted({i for p in present for i in p.low_from}))
    if total is None:
        highs = [p.high for p in present]
        high = sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None
        bests = [p.best for p in present]
        best = sum(b for b in bests if b is not None) if all(b is not None for b in bests) else s
        hsrc = tuple(sorted({i for p in present for i in p.high_from})) if high is not None else ()
        return ordered(Range(low=s, best=best, high=high, low_from=src,
                             best_from=tuple(sorted({i for p in present for i in p.best_from})),
                             high_from=hsrc, rule="sum of the children/women/men breakdown"))
    if total.low is not None and total.low >= s:
        return total
    return ordered(Range(low=s, best=total.best, high=total.high, low_from=src,
                         best_from=total.best_from, high_from=total.high_from,
                         rule=f"{total.rule}; low raised to the breakdown sum"))
