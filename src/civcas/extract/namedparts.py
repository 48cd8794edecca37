"""The children among named victims whose list a count of the same event already covers.

A list of named victims counts only where the document gives no number for that outcome in the
same event (:mod:`civcas.extract.assemble`): "Police found two people dead in the home. Tanya
Mills and her 4-year-old son were both found dead" keeps the two, not a second total.  The ages
and kinship words of the dropped list still say how many of the dead were children (under 18),
which the count does not: that part is kept, as a breakdown of the covering count
(:func:`children_of_covered_lists`).  Only children: a count of women or men beside a list of
adults adds nothing a reader of the count would not assume, and the GVA-style tallies record
children (0-17) as their own group.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import replace

from civcas.models import Figure

_KIN_DETS = frozenset({"his", "her", "their"})  # "X and her 4-year-old son": the son, counted as a relative


def children_of_covered_lists(figures: list[Figure], dropped: list[Figure],
                              events: Mapping[str, Hashable]) -> list[Figure]:
    """``figures`` (the kept ones) plus the children parts of ``dropped`` named totals, each
    re-attached to the largest kept count of the same outcome and event that covers its list
    (a number at least the list's size); ``events``: figure id -> its event (worked out once by the
    caller).  A part is added only when that event has no children
    figure of the outcome already and the part is certain (``exact``); a dropped relative that is no
    part of a list ("Police found two people dead ... Tanya Mills and her 4-year-old son were both
    found dead") is kept the same way.  Only the dead, and only where the count is told in another
    sentence (a sentence's own apposition, "two people, a mother and her 16-year-old nephew, were shot
    dead", was weighed by the sentence reader); a lone child named by name ("Bailey Cole, 15, died
    at the scene") beside a count stays left out, as any named victim the count covers."""
    totals = {f.id: f for f in dropped if f.part_of is None}
    parts = [f for f in dropped if f.group == "children" and f.outcome == "killed" and f.qualifier == "exact"
             and f.low is not None and f.low == f.high
             and (f.part_of in totals or (f.part_of is None and (f.number_text or "").lower() in _KIN_DETS))]
    if not parts:
        return figures
    have: set[tuple[str, Hashable]] = set()
    counts: dict[tuple[str, Hashable], Figure] = {}
    for f in figures:
        key = (f.outcome, events.get(f.id))
        if f.group == "children":
            have.add(key)
        if f.part_of is None and f.scope != "tally" and f.high is not None and f.high == f.low \
                and f.group in ("people", "civilians"):
            best = counts.get(key)
            if best is None or (best.low or 0) < (f.low or 0):
                counts[key] = f
    added: list[Figure] = []
    for p in parts:
        total = totals[p.part_of] if p.part_of is not None else p  # (a lone named child: itself)
        key = (total.outcome, events.get(total.id))
        cover = counts.get(key)
        if cover is None or key in have or cover.statement == p.statement \
                or (cover.low or 0) < max(total.low or 0, p.low or 0):
            continue
        have.add(key)
        added.append(replace(p, part_of=cover.id, segment=cover.segment, event=cover.event,
                             date=cover.date or p.date, place=cover.place or p.place))
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.evidence.start)
