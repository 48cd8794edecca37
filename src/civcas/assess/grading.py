"""Grading on the Airwars scale; the first rule in ``rules.toml [grade].precedence`` that fires wins.

- confirmed: the accused belligerent itself reports harm (an admission by the perpetrator);
- discounted: only combatants are reported killed or injured (no civilian-group figure);
- contested: competing perpetrators, or an explicit denial;
- fair: two or more independent sources and a named perpetrator (a plausible belligerent action);
- weak: anything else (a single source, or nobody named as responsible).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from civcas.assess.rules import Rules
from civcas.assess.sources import is_admission
from civcas.models import Actor, Contradiction, Figure

Verdict = tuple[str, str] | None


def _positive(f: Figure) -> bool:
    v = f.high if f.high is not None else f.low
    return v is not None and v > 0


def grade(
    figs: Sequence[Figure],
    *,
    perpetrator: Actor | None,
    sources: int,
    contradictions: Sequence[Contradiction],
    rules: Rules,
) -> tuple[str, str]:
    """(grade, reason) of an incident's figures."""

    def confirmed() -> Verdict:
        for f in sorted(figs, key=lambda g: g.id):
            if is_admission(f, perpetrator) and f.group not in rules.combatant and _positive(f):
                who = f.claimant.name if f.claimant else "the belligerent"
                return ("confirmed", f"confirmed: {who}, the accused belligerent, reported "
                        f"{f.number_text or f.low} {f.group} {f.outcome} (figure {f.id})")
        return None

    def discounted() -> Verdict:
        live = [f for f in figs if f.stance != "denied" and _positive(f)]
        fighters = [f for f in live if f.group in rules.combatant]
        civil = [f for f in live if f.group in rules.civilian]
        if fighters and not civil:
            return ("discounted", f"discounted: only combatants reported harmed "
                    f"({len(fighters)} figure(s), no civilian figure)")
        return None

    def contested() -> Verdict:
        kinds = sorted({c.kind for c in contradictions if c.kind in ("perpetrator", "denial")})
        if kinds:
            detail = "; ".join(c.detail for c in contradictions if c.kind in kinds)
            return ("contested", f"contested: {' and '.join(kinds)} — {detail}")
        return None

    def fair() -> Verdict:
        if sources >= rules.min_sources_fair and perpetrator is not None:
            return ("fair", f"fair: {sources} independent sources and a named belligerent "
                    f"({perpetrator.name})")
        return None

    def weak() -> Verdict:
        if sources < rules.min_sources_fair:
            return ("weak", f"weak: a single source ({sources})")
        return ("weak", f"weak: {sources} sources but no belligerent named")

    checks: dict[str, Callable[[], Verdict]] = {
        "confirmed": confirmed, "discounted": discounted, "contested": contested,
        "fair": fair, "weak": weak,
    }
    for name in rules.precedence:
        verdict = checks[name]()
        if verdict is not None:
            return verdict
    return weak() or ("weak", "weak")
