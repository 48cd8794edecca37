"""Stable incident identifiers.

A new incident's id is ``stable_id("i", <smallest member figure id>)``: re-running on the same input
gives the same ids, and adding a figure with a larger id keeps the id. With ``previous`` (old id ->
its figure ids), each old id survives in the new cluster that shares most figures with it (ties: the
cluster whose smallest figure id sorts first); a cluster that inherits several old ids keeps the one
it overlaps most (ties: the smaller id) and lists the others in ``previous_ids``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from civcas.models import stable_id


def assign_ids(
    clusters: Sequence[Sequence[str]],
    previous: Mapping[str, Sequence[str]] | None = None,
) -> list[tuple[str, tuple[str, ...]]]:
    """For each cluster (sorted figure ids), its id and its previous ids, in input order."""
    fresh = [stable_id("i", c[0]) for c in clusters]
    if not previous:
        return _dedupe(fresh, [() for _ in clusters], clusters, fresh)
    owner: dict[str, int] = {}
    for ci, c in enumerate(clusters):
        for fid in c:
            owner[fid] = ci
    overlaps: dict[int, dict[str, int]] = {}
    for old_id in sorted(previous):
        counts: dict[int, int] = {}
        for fid in previous[old_id]:
            at = owner.get(fid)
            if at is not None:
                counts[at] = counts.get(at, 0) + 1
        if not counts:
            continue
        for ci, k in counts.items():
            overlaps.setdefault(ci, {})[old_id] = k
    # each old id goes to the cluster with the largest overlap with it
    winner: dict[str, int] = {}
    for ci in sorted(overlaps, key=lambda i: clusters[i][0]):
        for old_id, k in overlaps[ci].items():
            cur = winner.get(old_id)
            if cur is None or k > overlaps[cur][old_id]:
                winner[old_id] = ci
    ids: list[str] = []
    prev: list[tuple[str, ...]] = []
    for ci in range(len(clusters)):
        mine = overlaps.get(ci, {})
        won = [o for o in mine if winner.get(o) == ci]
        if won:
            keep = min(won, key=lambda o: (-mine[o], o))
            ids.append(keep)
        else:
            keep = ""
            ids.append(fresh[ci])
        prev.append(tuple(sorted(o for o in mine if o != keep)))
    return _dedupe(ids, prev, clusters, fresh)


def _dedupe(
    ids: list[str], prev: list[tuple[str, ...]], clusters: Sequence[Sequence[str]],
    fresh: list[str],
) -> list[tuple[str, tuple[str, ...]]]:
    """Give a colliding fresh id (a split part whose anchor id was inherited elsewhere) a new one."""
    if len(set(ids)) == len(ids):
        return list(zip(ids, prev, strict=True))
    taken: set[str] = set()
    order = sorted(range(len(ids)), key=lambda i: clusters[i][0])
    # inherited ids (not derived from this cluster's own anchor) win first
    inherited = [i for i in order if ids[i] != fresh[i]]
    own = [i for i in order if ids[i] == fresh[i]]
    out = list(ids)
    for i in inherited + own:
        if out[i] in taken:
            out[i] = stable_id("i", "split", *clusters[i])
        taken.add(out[i])
    return list(zip(out, prev, strict=True))
