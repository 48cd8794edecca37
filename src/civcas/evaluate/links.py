"""Scoring document-to-incident clustering against gold incident ids (``civcas eval links``).

Every document is put in exactly one predicted cluster: the incident holding most of its
incident-scope figures (ties: the smaller incident id). What is linked is what the pipeline
produces (``civcas.pipeline.analyse_document``): a document without any casualty figure takes part
through its numberless document report when it reports a violent event, and otherwise stays a
singleton. Metrics: B-cubed precision/recall/F1, MUC and pairwise.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from civcas.errors import CivcasError
from civcas.models import Document, Figure, Incident

log = logging.getLogger(__name__)

Analyse = Callable[[Document], list[Figure]]


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _prf(p: float, r: float) -> PRF:
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def _clusters(assign: Mapping[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, c in assign.items():
        out[c].add(item)
    return out


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed over the items of ``gold`` (items missing from ``pred`` are singletons)."""
    items = sorted(gold)
    if not items:
        return PRF(0.0, 0.0, 0.0)
    full = {i: pred.get(i, f"__single__{i}") for i in items}
    pc, gc = _clusters(full), _clusters({i: gold[i] for i in items})
    p = r = 0.0
    for i in items:
        a, b = pc[full[i]], gc[gold[i]]
        inter = len(a & b)
        p += inter / len(a)
        r += inter / len(b)
    return _prf(p / len(items), r / len(items))


def _muc_recall(key: dict[str, set[str]], response: Mapping[str, str]) -> float:
    num = den = 0
    for members in key.values():
        parts = {response[m] for m in members}
        num += len(members) - len(parts)
        den += len(members) - 1
    return num / den if den else 1.0


def muc(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """The MUC link-based score (Vilain et al. 1995)."""
    items = sorted(gold)
    full = {i: pred.get(i, f"__single__{i}") for i in items}
    g = {i: gold[i] for i in items}
    return _prf(_muc_recall(_clusters(full), g), _muc_recall(_clusters(g), full))


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Precision/recall over co-clustered document pairs."""
    items = sorted(gold)
    full = {i: pred.get(i, f"__single__{i}") for i in items}

    def pairs(assign: Mapping[str, str]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for members in _clusters(assign).values():
            out.update(combinations(sorted(members), 2))
        return out

    pp, gp = pairs(full), pairs({i: gold[i] for i in items})
    hit = len(pp & gp)
    return _prf(hit / len(pp) if pp else 1.0, hit / len(gp) if gp else 1.0)


def document_clusters(doc_ids: Iterable[str], incidents: Sequence[Incident],
                      figures: Mapping[str, Figure]) -> dict[str, str]:
    """Each document's predicted cluster: its majority incident, else itself alone."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for inc in incidents:
        for fid in inc.figures:
            f = figures.get(fid)
            if f is not None:
                votes[f.doc][inc.id] += 1
    out = {}
    for d in doc_ids:
        v = votes.get(d)
        out[d] = min(v, key=lambda k: (-v[k], k)) if v else f"doc:{d}"
    return out


@dataclass(frozen=True, slots=True)
class LinkScores:
    documents: int
    gold_clusters: int
    predicted_clusters: int
    documents_without_figures: int  # no casualty figure (a document report at most)
    document_reports: int  # ... of which the pipeline made a numberless document report
    failed_documents: int
    bcubed: PRF
    muc: PRF
    pairwise: PRF


def default_analyse() -> Analyse:
    """The pipeline's per-document analysis (extraction + geocoding)."""
    from civcas.pipeline import analyse_document

    return analyse_document


def analyse_all(docs: Sequence[Document], analyse: Analyse) -> tuple[list[Figure], int]:
    """Figures of every document; a document whose analysis fails is logged and skipped."""
    figures: list[Figure] = []
    failed = 0
    for d in docs:
        try:
            figures.extend(analyse(d))
        except (CivcasError, ValueError, LookupError, TypeError, AttributeError) as exc:
            failed += 1
            log.warning("analysis of document %s failed: %s", d.id, exc)
    return figures, failed


def evaluate_links(directory: str | Path, *, analyse: Analyse | None = None) -> LinkScores:
    """Run the pipeline's analysis and linking over a gold set folder and score the clustering.

    Exactly what the pipeline produces is linked: the incident figures of every document, and
    the numberless document report of a document that states no figure but reports an event
    (``civcas.link.context.document_report``). A document with neither stays a singleton.
    """
    from civcas.evaluate.gold import load_documents, load_gold
    from civcas.link import link
    from civcas.link.context import is_report

    docs = load_documents(directory)
    gold_rows = load_gold(directory)
    gold = {d: str(r["incident_id"]) for d, r in gold_rows.items() if r.get("incident_id")}
    if not gold:
        raise CivcasError(f"{directory}: no gold incident_id to score links against",
                          hint="eval links needs a set with incident_id (e.g. gvc)")
    figures, failed = analyse_all(docs, analyse or default_analyse())
    incident_figs = [f for f in figures if f.scope == "incident"]
    numbered = {f.doc for f in incident_figs if not is_report(f)}
    reported = {f.doc for f in incident_figs if is_report(f)} - numbered
    incidents = link(incident_figs)
    by_id = {f.id: f for f in incident_figs}
    pred = document_clusters([d.id for d in docs], incidents, by_id)
    return LinkScores(
        documents=len(gold), gold_clusters=len(set(gold.values())),
        predicted_clusters=len({pred[d] for d in gold if d in pred}),
        documents_without_figures=sum(1 for d in gold if d not in numbered),
        document_reports=sum(1 for d in gold if d in reported),
        failed_documents=failed,
        bcubed=bcubed(pred, gold), muc=muc(pred, gold), pairwise=pairwise(pred, gold),
    )
