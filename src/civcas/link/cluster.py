"""Clustering of one block's figures into incidents (see ``docs/linking.md``).

Stages, all inside one block: (1) analysts' must-links; (2) figures of one statement, and a
breakdown with its total (``part_of``); (3) a document's statement groups about one event of the
document (``Figure.segment``, see :mod:`civcas.extract.events`), or, for figures without one, that
agree on place, time, perpetrator and details; (4) cross-document: candidate pairs of reports from a spatial/date index,
scored (:func:`civcas.link.features.pair_score`) and merged greedily, best score first, under guards
(cannot-link, one report per document, a short date hull, compatible places). Every step iterates
in figure-id order, so the result does not depend on input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from civcas.link.candidates import candidates
from civcas.link.config import LinkConfig
from civcas.link.features import (
    DATE_FINE,
    FINE_RANK,
    Anchor,
    Report,
    date_score,
    pair_score,
    perpetrators_conflict,
    place_anchor,
    place_score,
    strong_context,
    summarise,
)
from civcas.models import Figure


class UnionFind:
    """Union-find over 0..n-1 with cannot-link sets; the root is always the smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.cannot: dict[int, set[int]] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def blocked(self, ra: int, rb: int) -> bool:
        """Whether an analyst's cannot-link separates the clusters rooted at ``ra`` and ``rb``."""
        for r, other in ((ra, rb), (rb, ra)):
            for x in self.cannot.get(r, ()):
                if self.find(x) == other:
                    return True
        return False

    def union(self, ra: int, rb: int) -> int:
        """Join two roots; return the new root (the smaller)."""
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        moved = self.cannot.pop(rb, None)
        if moved:
            self.cannot.setdefault(ra, set()).update(moved)
        return ra


@dataclass(slots=True)
class _State:
    """What the cross-document guards need to know about a cluster."""

    docs: set[str]
    lo: int | None  # fine-date hull
    hi: int | None
    anchor: Anchor | None


def _in_doc_compatible(a: Report, b: Report, cfg: LinkConfig) -> bool:
    if place_score(a.anchor, b.anchor, cfg) is None or date_score(a, b, cfg) is None:
        return False
    if a.perpetrators and b.perpetrators and perpetrators_conflict(a.perpetrators, b.perpetrators):
        return False
    if a.details and b.details and not a.details & b.details:
        return False
    return not (a.events and b.events and not a.events & b.events)


def _segment_of(figs: Sequence[Figure], members: Sequence[int]) -> int | None:
    """The document event (``Figure.segment``) of a group of one document's figures; None when
    unknown or mixed (an analyst's must-link)."""
    seen = {figs[i].segment for i in members}
    return seen.pop() if len(seen) == 1 else None


def _own_anchor(figs: Sequence[Figure], members: Sequence[int], cfg: LinkConfig) -> Anchor | None:
    """The most precise place the figures' own sentences give (not the document's place, which the
    geocoder gives to figures that name none)."""
    best: Anchor | None = None
    for i in members:
        p = figs[i].place
        if p is not None and not (p.via or "").startswith("context"):
            best = _better_anchor(best, place_anchor(p, cfg))
    return best


def _same_event(a: int | None, b: int | None) -> bool | None:
    """Whether two groups of one document report one event by their segments; None = unknown."""
    return None if a is None or b is None else a == b


def _better_anchor(a: Anchor | None, b: Anchor | None) -> Anchor | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (a.rank, a.key) <= (b.rank, b.key) else b


def _collapse(
    reports: Sequence[Report],
    roots: Sequence[int],
    uf: UnionFind,
    try_merge: Callable[[int, int], bool],
) -> tuple[list[Report], list[int]]:
    """Join reports with identical evidence profiles before any scoring.

    Reports that agree exactly on a settlement-level place key, a fine date window, perpetrators,
    event kinds and details would score at least ``same_fine + date_same`` with each other and be
    joined anyway; joining them first keeps dense blocks (many reports of a town on one day) near
    linear. Returns the nodes that remain for scoring (merged profiles become one node).
    """
    profiles: dict[tuple[object, ...], list[int]] = {}
    nodes: list[Report] = []
    node_root: list[int] = []
    for k, rep in enumerate(reports):
        a = rep.anchor
        if rep.date_kind == DATE_FINE and a is not None and a.rank <= FINE_RANK and a.key:
            key = (a.key, rep.lo, rep.hi, rep.perpetrators, rep.events, rep.details)
            profiles.setdefault(key, []).append(k)
        else:
            nodes.append(rep)
            node_root.append(roots[k])
    for members in profiles.values():
        groups: list[list[int]] = []
        for k in members:
            for g in groups:
                if try_merge(uf.find(roots[g[0]]), uf.find(roots[k])):
                    g.append(k)
                    break
            else:
                groups.append([k])
        for g in groups:
            node_root.append(roots[g[0]])
            if len(g) == 1:
                nodes.append(reports[g[0]])
                continue
            first = reports[g[0]]
            gid = min(reports[k].id for k in g)
            nodes.append(Report(
                id=gid, doc=f"\x00{gid}", source=f"\x00{gid}", figures=[], anchor=first.anchor,
                lo=first.lo, hi=first.hi, date_kind=first.date_kind,
                perpetrators=first.perpetrators, details=first.details, events=first.events,
                killed=frozenset().union(*(reports[k].killed for k in g)),
                texts=tuple(t for k in g for t in reports[k].texts),
                context=frozenset().union(*(reports[k].context for k in g)),
            ))
    return nodes, node_root


def cluster_block(
    figs: Sequence[Figure],
    cfg: LinkConfig,
    *,
    must: Sequence[tuple[int, int]] = (),
    cannot: Sequence[tuple[int, int]] = (),
) -> list[list[int]]:
    """Cluster one block's figures (sorted by id); return clusters as lists of indices."""
    n = len(figs)
    uf = UnionFind(n)
    for a, b in cannot:
        uf.cannot.setdefault(a, set()).add(b)
        uf.cannot.setdefault(b, set()).add(a)
    for a, b in sorted(must):
        uf.union(uf.find(a), uf.find(b))

    def join(a: int, b: int) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb and not uf.blocked(ra, rb):
            uf.union(ra, rb)

    index = {f.id: i for i, f in enumerate(figs)}
    first_of_statement: dict[tuple[str, str], int] = {}
    for i, f in enumerate(figs):
        k = (f.doc, f.statement)
        if k in first_of_statement:
            join(first_of_statement[k], i)
        else:
            first_of_statement[k] = i
    for i, f in enumerate(figs):
        if f.part_of is not None and f.part_of in index:
            join(index[f.part_of], i)

    # (3) within each document
    docs: dict[str, list[int]] = {}
    for i, f in enumerate(figs):
        docs.setdefault(f.doc, []).append(i)
    reports: list[Report] = []
    report_root: list[int] = []
    for idx in docs.values():
        if len(idx) == 1:
            reports.append(summarise([figs[idx[0]]], cfg))
            report_root.append(uf.find(idx[0]))
            continue
        by_root: dict[int, list[int]] = {}
        for i in idx:
            by_root.setdefault(uf.find(i), []).append(i)
        merged: list[tuple[list[int], Report]] = []
        for members in by_root.values():
            rep = summarise([figs[i] for i in members], cfg)
            event = _segment_of(figs, members)
            for pos, (other, orep) in enumerate(merged):
                ra, rb = uf.find(other[0]), uf.find(members[0])
                same = _same_event(event, _segment_of(figs, other))
                if same is None:
                    same = _in_doc_compatible(orep, rep, cfg)
                elif same:  # one event of the document, unless its own places cannot be one place
                    same = place_score(_own_anchor(figs, other, cfg), _own_anchor(figs, members, cfg),
                                       cfg) is not None
                if same and not uf.blocked(ra, rb):
                    uf.union(ra, rb)
                    joined = other + members
                    merged[pos] = (joined, summarise([figs[i] for i in joined], cfg))
                    break
            else:
                merged.append((members, rep))
        for members, rep in merged:
            reports.append(rep)
            report_root.append(uf.find(members[0]))

    # (4) across documents
    states: dict[int, _State] = {}
    for rep, root in zip(reports, report_root, strict=True):
        fine = rep.date_kind == DATE_FINE
        st = states.get(root)
        if st is None:
            states[root] = _State({rep.doc}, rep.lo if fine else None, rep.hi if fine else None,
                                  rep.anchor)
        else:  # a must-link already joined reports of several documents
            st.docs.add(rep.doc)
            st.anchor = _better_anchor(st.anchor, rep.anchor)
            if fine:
                st.lo = rep.lo if st.lo is None else min(st.lo, rep.lo)
                st.hi = rep.hi if st.hi is None else max(st.hi, rep.hi)
    span = cfg.max_cluster_span_days

    def try_merge(ra: int, rb: int, strong: bool = False) -> bool:
        """Join two clusters unless a guard forbids it (see the module docstring).

        ``strong``: the pair's documents name the same people (see ``strong_context``), so the
        date-hull and place guards give way; cannot-links and one report per document still hold.
        """
        if ra == rb:
            return True
        if uf.blocked(ra, rb):
            return False
        sa, sb = states[ra], states[rb]
        if not sa.docs.isdisjoint(sb.docs):
            return False
        if not strong and sa.lo is not None and sb.lo is not None and sa.hi is not None \
                and sb.hi is not None and max(sa.hi, sb.hi) - min(sa.lo, sb.lo) > span:
            return False
        if not strong and sa.anchor is not sb.anchor and \
                place_score(sa.anchor, sb.anchor, cfg) is None:
            return False
        root = uf.union(ra, rb)
        keep, drop = (sa, sb) if root == ra else (sb, sa)
        if len(keep.docs) < len(drop.docs):
            keep.docs, drop.docs = drop.docs, keep.docs
        keep.docs |= drop.docs
        keep.anchor = _better_anchor(keep.anchor, drop.anchor)
        if drop.lo is not None and drop.hi is not None:
            keep.lo = drop.lo if keep.lo is None else min(keep.lo, drop.lo)
            keep.hi = drop.hi if keep.hi is None else max(keep.hi, drop.hi)
        states[root] = keep
        del states[rb if root == ra else ra]
        return True

    nodes, node_root = _collapse(reports, report_root, uf, try_merge)
    edges: list[tuple[float, str, str, int, int]] = []
    threshold = cfg.threshold
    for i, j in candidates(nodes, cfg):
        s = pair_score(nodes[i], nodes[j], cfg)
        if s is not None and s >= threshold:
            edges.append((-s, nodes[i].id, nodes[j].id, i, j))
    edges.sort()
    for _s, _ia, _ib, i, j in edges:
        try_merge(uf.find(node_root[i]), uf.find(node_root[j]),
                  strong_context(nodes[i], nodes[j], cfg))

    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[uf.find(i)].append(i)
    return [out[r] for r in sorted(out)]
