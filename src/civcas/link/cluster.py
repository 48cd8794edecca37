"""Clustering of one block's figures into incidents (see ``docs/linking.md``).

Stages, all inside one block: (1) analysts' must-links; (2) figures of one statement, and a
breakdown with its total (``part_of``); (3) a document's statement groups that agree on place, time,
perpetrator and details; (4) cross-document: candidate pairs of reports from a spatial/date index,
scored (:func:`civcas.link.features.pair_score`) and merged greedily, best score first, under guards
(cannot-link, one report per document, a short date hull, compatible places). Every step iterates
in figure-id order, so the result does not depend on input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from civcas.link.config import LinkConfig
from civcas.link.features import (
    DATE_COARSE,
    DATE_FINE,
    DATE_NONE,
    DATE_PUB,
    FINE_RANK,
    Anchor,
    Report,
    date_score,
    pair_score,
    place_score,
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
    if a.perpetrators and b.perpetrators and not a.perpetrators & b.perpetrators:
        return False
    if a.details and b.details and not a.details & b.details:
        return False
    return not (a.events and b.events and not a.events & b.events)


def _better_anchor(a: Anchor | None, b: Anchor | None) -> Anchor | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (a.rank, a.key) <= (b.rank, b.key) else b


def _candidates(reports: Sequence[Report], cfg: LinkConfig) -> set[tuple[int, int]]:
    """Index pairs of reports (different documents) that are worth scoring.

    Reports are bucketed by place (a lat/lon grid for settlement-level places with coordinates,
    the place key otherwise, one shared bucket for coarse or unknown places) and, inside a
    bucket, sorted by date so that only reports whose date windows can agree are paired.
    """
    fine_gap = cfg.max_gap_days
    # how far past a report's window end a partner's window may start (see date_score)
    reach = {
        DATE_FINE: max(fine_gap, 2),
        DATE_PUB: max(2, cfg.published_max_gap_days - cfg.published_before_days),
        DATE_COARSE: 0,
        DATE_NONE: 0,
    }
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    keyed: dict[str, list[int]] = defaultdict(list)
    coarse: list[int] = []
    g = cfg.grid_degrees
    for i, r in enumerate(reports):
        a = r.anchor
        if a is None or a.rank > FINE_RANK:
            coarse.append(i)
        elif a.lat is not None and a.lon is not None:
            grid[(int(a.lat // g), int(a.lon // g))].append(i)
        else:
            keyed[a.key].append(i)
    pairs: set[tuple[int, int]] = set()
    cap = cfg.max_per_item

    def scan(items: list[int], left: set[int] | None) -> None:
        items = sorted(items, key=lambda k: (reports[k].lo, reports[k].id))
        n = len(items)
        for x in range(n):
            i = items[x]
            ri = reports[i]
            limit = ri.hi + reach[ri.date_kind]
            fine_i = ri.date_kind == DATE_FINE
            taken = 0
            for y in range(x + 1, n):
                j = items[y]
                rj = reports[j]
                if rj.lo > limit or taken >= cap:
                    break
                if rj.doc == ri.doc or (left is not None and (i in left) == (j in left)):
                    continue
                if fine_i and rj.date_kind == DATE_FINE and rj.lo > ri.hi + fine_gap:
                    continue
                pairs.add((i, j) if i < j else (j, i))
                taken += 1

    for (cx, cy), members in grid.items():
        scan(members, None)
        for dx, dy in ((1, -1), (1, 0), (1, 1), (0, 1)):
            other = grid.get((cx + dx, cy + dy))
            if other:
                scan(members + other, set(members))
    for members in keyed.values():
        scan(members, None)
    if coarse:
        coarse_set = set(coarse)
        fine = [i for i in range(len(reports)) if i not in coarse_set]
        scan(coarse, None)
        if fine:
            scan(coarse + fine, coarse_set)
    return pairs


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
            for pos, (other, orep) in enumerate(merged):
                ra, rb = uf.find(other[0]), uf.find(members[0])
                if _in_doc_compatible(orep, rep, cfg) and not uf.blocked(ra, rb):
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
    edges: list[tuple[float, str, str, int, int]] = []
    for i, j in _candidates(reports, cfg):
        s = pair_score(reports[i], reports[j], cfg)
        if s is not None and s >= cfg.threshold:
            edges.append((-s, reports[i].id, reports[j].id, i, j))
    edges.sort()
    span = cfg.max_cluster_span_days
    for _s, _ia, _ib, i, j in edges:
        ra, rb = uf.find(report_root[i]), uf.find(report_root[j])
        if ra == rb or uf.blocked(ra, rb):
            continue
        sa, sb = states[ra], states[rb]
        if sa.docs & sb.docs:
            continue
        if sa.lo is not None and sb.lo is not None and sa.hi is not None and sb.hi is not None \
                and max(sa.hi, sb.hi) - min(sa.lo, sb.lo) > span:
            continue
        if place_score(sa.anchor, sb.anchor, cfg) is None:
            continue
        root = uf.union(ra, rb)
        keep, drop = (sa, sb) if root == ra else (sb, sa)
        if len(keep.docs) < len(drop.docs):
            keep.docs, drop.docs = drop.docs, keep.docs
        keep.docs |= drop.docs
        keep.anchor = _better_anchor(keep.anchor, drop.anchor)
        los = [x for x in (keep.lo, drop.lo) if x is not None]
        his = [x for x in (keep.hi, drop.hi) if x is not None]
        keep.lo = min(los) if los else None
        keep.hi = max(his) if his else None
        states[root] = keep
        states.pop(ra if root == rb else rb, None)

    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[uf.find(i)].append(i)
    return [out[r] for r in sorted(out)]
