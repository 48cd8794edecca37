"""Scoring reconciled ranges against gold min/max ranges (``civcas eval ranges``).

For each gold document (one incident per page, as in the Airwars set) the document's incident
figures are assessed as one incident (``mode="union"``), or only the linked incident with most
figures (``mode="largest"``). Per field (civilians/children/women/men killed, civilians injured)
it reports: the share of gold incidents whose predicted ``[low, high]`` contains the gold maximum
and the gold minimum, the share matching exactly, and the mean absolute error of ``best`` against
the gold midpoint. A missing prediction counts as a miss; an unknown predicted ``low`` counts as 0
and an unknown ``high`` never contains anything. "civilians" falls back to the "people" range when
no civilian-specific figure was found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civcas.errors import CivcasError, UsageError
from civcas.evaluate.links import Analyse, analyse_all, default_analyse
from civcas.models import Figure, Incident, Range

FIELDS: tuple[tuple[str, str], ...] = (
    ("killed", "civilians"), ("killed", "children"), ("killed", "women"), ("killed", "men"),
    ("injured", "civilians"),
)


@dataclass(frozen=True, slots=True)
class FieldScore:
    outcome: str
    group: str
    gold: int  # incidents with a gold range for this field
    predicted: int  # ... of which we produced a range
    contains_max: float
    contains_min: float
    exact: float
    mae_best: float | None


def _contains(r: Range | None, x: int | None) -> bool:
    if r is None or x is None or r.high is None:
        return False
    return (r.low or 0) <= x <= r.high


def predicted(inc: Incident, outcome: str, group: str) -> Range | None:
    """The predicted range of a field (civilians falls back to people)."""
    ranges = inc.killed if outcome == "killed" else inc.injured
    r = ranges.get(group)
    if r is None and group == "civilians":
        r = ranges.get("people")
    return r


def score_field(pairs: Sequence[tuple[Range | None, tuple[int | None, int | None]]],
                outcome: str, group: str) -> FieldScore:
    """Score predicted ranges against gold (min, max) pairs of one field."""
    n = len(pairs)
    maxes = [(r, g) for r, g in pairs if g[1] is not None]
    mins = [(r, g) for r, g in pairs if g[0] is not None]
    errors = [abs(r.best - ((g[0] or 0) + (g[1] if g[1] is not None else (g[0] or 0))) / 2)
              for r, g in pairs if r is not None and r.best is not None]
    return FieldScore(
        outcome=outcome, group=group, gold=n, predicted=sum(1 for r, _ in pairs if r is not None),
        contains_max=sum(_contains(r, g[1]) for r, g in maxes) / len(maxes) if maxes else 0.0,
        contains_min=sum(_contains(r, g[0]) for r, g in mins) / len(mins) if mins else 0.0,
        exact=sum(1 for r, g in pairs if r is not None and (r.low, r.high) == g) / n if n else 0.0,
        mae_best=sum(errors) / len(errors) if errors else None,
    )


def _gold_range(row: dict[str, Any], outcome: str, group: str) -> tuple[int | None, int | None] | None:
    inc = row.get("incident") or {}
    val = (inc.get(outcome) or {}).get(group)
    if not isinstance(val, list) or len(val) != 2:
        return None
    return (val[0], val[1])


def incident_of(doc_id: str, figures: Sequence[Figure], *, mode: str) -> Incident | None:
    """The assessed incident standing for one gold document."""
    from civcas.assess import assess
    from civcas.link import link

    figs = [f for f in figures if f.doc == doc_id and f.scope == "incident"]
    if not figs:
        return None
    by_id = {f.id: f for f in figs}
    linked = link(figs)
    if not linked:  # a lone document report (no figure) is no incident
        return None
    if mode == "union":
        base = linked[0] if len(linked) == 1 else Incident(
            id=f"u:{doc_id}", figures=tuple(sorted(by_id)), documents=(doc_id,),
            perpetrator=max(linked, key=lambda i: len(i.figures)).perpetrator)
    else:
        base = min(linked, key=lambda i: (-len(i.figures), i.id))
    return assess(base, by_id)


def evaluate_ranges(directory: str | Path, *, mode: str = "union",
                    analyse: Analyse | None = None) -> list[FieldScore]:
    """Run extraction and assessment per gold document and score each field."""
    from civcas.evaluate.gold import load_documents, load_gold

    if mode not in ("union", "largest"):
        raise UsageError(f"unknown mode {mode!r}", hint="use union or largest")
    docs = load_documents(directory)
    gold = load_gold(directory)
    if not gold:
        raise CivcasError(f"{directory}: empty gold set")
    figures, _failed = analyse_all(docs, analyse or default_analyse())
    by_doc: dict[str, list[Figure]] = {}
    for f in figures:
        by_doc.setdefault(f.doc, []).append(f)
    incidents = {d.id: incident_of(d.id, by_doc.get(d.id, []), mode=mode) for d in docs}
    scores = []
    for outcome, group in FIELDS:
        pairs = []
        for doc_id, row in sorted(gold.items()):
            g = _gold_range(row, outcome, group)
            if g is None:
                continue
            inc = incidents.get(doc_id)
            pairs.append((predicted(inc, outcome, group) if inc is not None else None, g))
        scores.append(score_field(pairs, outcome, group))
    return scores
