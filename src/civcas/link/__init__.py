"""civcas.link: figures about the same event, across documents, become one incident.

Public API (called by ``civcas.pipeline.assemble`` and the Dask runner):

- :func:`link` — cluster incident-scope figures into :class:`~civcas.models.Incident` objects
  (not yet graded; see ``civcas.assess``).
- :func:`blocking_key` — the block (country × month) a figure is linked within.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from civcas.link.blocking import blocking_key
from civcas.link.cluster import UnionFind, cluster_block
from civcas.link.config import link_config
from civcas.link.context import is_report
from civcas.link.describe import (
    incident_date,
    incident_event,
    incident_perpetrator,
    incident_place,
)
from civcas.link.ids import assign_ids
from civcas.models import Figure, Incident

__all__ = ["blocking_key", "blocking_keys", "link"]

log = logging.getLogger(__name__)


def link(
    figures: Sequence[Figure],
    *,
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
    previous: Mapping[str, Sequence[str]] | None = None,
) -> list[Incident]:
    """Cluster figures into incidents, block by block; deterministic and input-order independent.

    ``must_link`` / ``cannot_link`` are pairs of figure ids decided by analysts: must-links are
    applied first (also across blocks); cannot-links are never crossed except by a conflicting
    must-link (which wins, with a warning). Figures chained by must-links are linked in the block
    of the chain's smallest figure id (see :func:`blocking_keys`). ``previous`` maps earlier incident ids to their figure
    ids so that ids survive merges and splits (see :mod:`civcas.link.ids`).
    A numberless document report (:func:`civcas.link.context.is_report`) that joins nothing
    forms no incident (reports of one event from two documents do: toll unknown). Returned incidents are sorted by id; ``grade`` and ranges are left to
    ``civcas.assess``.
    """
    cfg = link_config()
    by_id: dict[str, Figure] = {}
    for f in figures:
        if f.id in by_id and by_id[f.id] != f:
            log.warning("two different figures share id %s; keeping one", f.id)
        by_id.setdefault(f.id, f)
    figs = [by_id[k] for k in sorted(by_id)]
    must = [(a, b) for a, b in must_link if a in by_id and b in by_id and a != b]
    cannot = [(a, b) for a, b in cannot_link if a in by_id and b in by_id and a != b]

    keys = blocking_keys(figs, must_link=must)
    blocks: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        blocks[keys[f.id]].append(f)
    clusters: list[list[str]] = []
    for key in sorted(blocks):
        members = blocks[key]
        local = {f.id: i for i, f in enumerate(members)}
        m = [(local[a], local[b]) for a, b in must if a in local and b in local]
        cl = [(local[a], local[b]) for a, b in cannot if a in local and b in local]
        for idx in cluster_block(members, cfg, must=m, cannot=cl):
            clusters.append([members[i].id for i in idx])

    _warn_conflicts(clusters, cannot)
    # a document report joins an incident as a further source; a lone report is not an incident
    clusters = [c for c in clusters if len(c) > 1 or not is_report(by_id[c[0]])]
    clusters = sorted((sorted(c) for c in clusters), key=lambda c: c[0])
    named = assign_ids(clusters, previous)
    incidents = []
    for c, (iid, prev) in zip(clusters, named, strict=True):
        members = [by_id[x] for x in c]
        incidents.append(Incident(
            id=iid, figures=tuple(c), documents=tuple(sorted({f.doc for f in members})),
            date=incident_date(members), place=incident_place(members),
            perpetrator=incident_perpetrator(members), event=incident_event(members),
            previous_ids=prev,
        ))
    return sorted(incidents, key=lambda i: i.id)


def blocking_keys(
    figures: Iterable[Figure], *, must_link: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """The block of every figure id once analysts' must-links are taken into account.

    Figures joined by must-links (directly or in a chain) all go to the block of the chain's
    smallest figure id, so that must- and cannot-links are applied inside one block. Without
    must-links this is :func:`blocking_key` of each figure. A runner that partitions by these keys
    and calls :func:`link` per partition gets exactly the result of one global call.
    """
    figs = sorted({f.id: f for f in figures}.values(), key=lambda f: f.id)
    keys = {f.id: blocking_key(f) for f in figs}
    pairs = [(a, b) for a, b in must_link if a in keys and b in keys and a != b]
    if not pairs:
        return keys
    pos = {f.id: i for i, f in enumerate(figs)}
    uf = UnionFind(len(figs))
    for a, b in pairs:
        uf.union(uf.find(pos[a]), uf.find(pos[b]))
    return {f.id: keys[figs[uf.find(i)].id] for i, f in enumerate(figs)}


def _warn_conflicts(clusters: list[list[str]], cannot: list[tuple[str, str]]) -> None:
    if not cannot:
        return
    where = {fid: ci for ci, c in enumerate(clusters) for fid in c}
    for a, b in cannot:
        if where[a] == where[b]:
            log.warning("cannot-link %s/%s overridden by a must-link chain", a, b)
