"""Contradictions inside an incident: tolls, breakdowns, denials and competing perpetrators."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from civcas.assess.reconcile import latest_per_source, lower, usable
from civcas.assess.rules import Rules
from civcas.assess.sources import norm_name
from civcas.models import Contradiction, Figure


def _interval(figs: Sequence[Figure]) -> tuple[int, float]:
    """(largest lower bound, smallest finite upper bound) a source commits to."""
    lo = max((v for f in figs if (v := lower(f)) is not None), default=0)
    hi = min((float(f.high) for f in figs if f.high is not None), default=float("inf"))
    return lo, hi


def toll_contradictions(figs: Sequence[Figure], rules: Rules) -> list[Contradiction]:
    """Sources whose figures for one outcome and group do not overlap beyond the tolerance."""
    out: list[Contradiction] = []
    keys = sorted({(f.outcome, f.group) for f in figs})
    for outcome, group in keys:
        per_src = latest_per_source(usable(figs, outcome, group))
        if len(per_src) < 2:
            continue
        spans = {src: _interval(fs) for src, fs in per_src.items()}
        hi_src = max(spans, key=lambda s: (spans[s][0], s))
        lo_src = min(spans, key=lambda s: (spans[s][1], s))
        top, bottom = spans[hi_src][0], spans[lo_src][1]
        if hi_src == lo_src or bottom == float("inf") or top <= bottom:
            continue
        gap = top - bottom
        breakdown = group in rules.breakdown_groups
        if not breakdown and (gap <= rules.absolute or gap <= rules.relative * top):
            continue
        ids = tuple(sorted({f.id for f in per_src[hi_src]} | {f.id for f in per_src[lo_src]}))
        kind = "breakdown" if breakdown else "toll"
        out.append(Contradiction(
            kind=kind,
            detail=f"{group} {outcome}: {_label(hi_src)} at least {top}, "
                   f"{_label(lo_src)} at most {int(bottom)}",
            figures=ids,
        ))
    return out


def denial_contradictions(figs: Sequence[Figure]) -> list[Contradiction]:
    """Each denial, against the figures of the same outcome that it disputes."""
    out = []
    for f in sorted((g for g in figs if g.stance == "denied"), key=lambda g: g.id):
        who = f.claimant.name if f.claimant is not None else "a source"
        disputed = sorted(g.id for g in figs if g.stance != "denied" and g.outcome == f.outcome)
        out.append(Contradiction(kind="denial", detail=f"{who} denies the {f.outcome} reports",
                                 figures=(f.id, *disputed)))
    return out


def perpetrator_contradictions(figs: Sequence[Figure]) -> list[Contradiction]:
    """Different perpetrators named by non-denial figures of one incident."""
    named: dict[str, list[str]] = defaultdict(list)
    shown: dict[str, str] = {}
    for f in figs:
        if f.perpetrator is not None and f.perpetrator.name and f.stance != "denied" \
                and f.perpetrator.identified:  # "unidentified gunmen" contradicts nobody
            key = norm_name(f.perpetrator.name)
            named[key].append(f.id)
            shown.setdefault(key, f.perpetrator.name)
    if len(named) < 2:
        return []
    parts = [f"{shown[k]} ({len(named[k])})" for k in sorted(named)]
    ids = tuple(sorted(i for v in named.values() for i in v))
    return [Contradiction(kind="perpetrator", detail="attributed to " + ", ".join(parts),
                          figures=ids)]


def contradictions(figs: Sequence[Figure], rules: Rules) -> tuple[Contradiction, ...]:
    """All contradictions of an incident's figures, in a stable order."""
    return (*toll_contradictions(figs, rules), *denial_contradictions(figs),
            *perpetrator_contradictions(figs))


def _label(src: str) -> str:
    kind, _, name = src.partition(":")
    return name if kind == "claimant" else f"report {name}"
