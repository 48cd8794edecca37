"""civcas.assess: reconcile, compare and grade the figures of an incident; build tally series.

Public API (called by ``civcas.pipeline.assemble``):

- :func:`assess` — fill an incident's ranges (``killed``/``injured``/``conceded``),
  ``contradictions``, ``sources``, ``claimants``, ``grade`` and ``grade_reason``.
- :func:`build_tallies` — cumulative figures as :class:`~civcas.models.TallySeries`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from civcas.assess.contradictions import contradictions
from civcas.assess.grading import grade
from civcas.assess.reconcile import reconcile, with_breakdown
from civcas.assess.rules import rules
from civcas.assess.sources import count_sources, is_admission
from civcas.assess.tallies import build_tallies
from civcas.models import GROUPS, Figure, Incident, Range

__all__ = ["assess", "build_tallies", "reconcile"]


def _ranges(figs: list[Figure], outcome: str) -> dict[str, Range]:
    r = rules()
    fighters = any(f.group in r.combatant and f.stance != "denied" for f in figs)
    out: dict[str, Range] = {}
    for g in GROUPS:
        also = r.civilian_pool if g == "civilians" and not fighters else ()
        rng = reconcile(figs, outcome, g, also=also)
        if rng is not None:
            out[g] = rng
    civ = with_breakdown(out.get("civilians"), out, r.breakdown_parts)
    if civ is not None:
        out["civilians"] = civ
    return out


def assess(incident: Incident, figures: Mapping[str, Figure]) -> Incident:
    """The incident with its reconciled ranges, contradictions, sources, claimants and grade.

    ``figures`` maps figure ids to figures (ids of the incident that are missing are ignored).
    """
    r = rules()
    figs = sorted((figures[i] for i in incident.figures if i in figures), key=lambda f: f.id)
    admitted = [f for f in figs if is_admission(f, incident.perpetrator)]
    conceded = {g: rng for g in GROUPS if (rng := reconcile(admitted, "killed", g)) is not None}
    found = contradictions(figs, r)
    sources = count_sources(figs)
    g, reason = grade(figs, perpetrator=incident.perpetrator, sources=sources,
                      contradictions=found, rules=r)
    claimants = tuple(sorted({f.claimant.name for f in figs if f.claimant is not None}))
    return dataclasses.replace(
        incident, killed=_ranges(figs, "killed"), injured=_ranges(figs, "injured"),
        conceded=conceded, contradictions=found, sources=sources, claimants=claimants,
        grade=g, grade_reason=reason,
    )
