"""Analysts' decisions that cross linking blocks, on Dask.

``civcas.pipeline.assemble`` (what the local runner calls, over the closure of the blocks a
decision touches) links each figure in the block of ``civcas.link.blocking_keys``: the
``blocking_key`` of the figure *after* analysts' corrections, and, for figures chained by
must-links (``review link``, ``review merge``, ``review split``), the block of the chain's
smallest figure id. The Dask engine shuffles figures by block, so before the shuffle the few
figures that decisions name are read on a worker (:func:`block_overrides`) and given exactly
those keys; every other figure keeps the key it was extracted with. Each block then sees both
ends of every must-link and cannot-link, and the result equals one global ``assemble`` call.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import pandas as pd

from civcas.models import Decision, Figure, from_dict
from civcas.scale import storage as st


def decision_ids(decisions: Sequence[Decision]) -> frozenset[str]:
    """Every figure id any decision names."""
    from civcas.review import decision_figures

    ids: set[str] = set()
    for d in decisions:
        ids |= decision_figures(d)
    return frozenset(ids)


def read_figures(out: str, ids: frozenset[str], *, scope: str | None = None) -> list[Figure]:
    """The final figures whose id is in ``ids`` (or whose scope is ``scope``), read with a
    Parquet filter so that only those rows are decoded."""
    import pyarrow.dataset as ds

    fs, root = st.fs_of(st.join(out, "figures"))
    if not fs.exists(root):
        return []
    cond = ds.field("id").isin(sorted(ids)) if ids else None
    if scope is not None:
        by_scope = ds.field("scope") == scope
        cond = by_scope if cond is None else (cond | by_scope)
    if cond is None:
        return []
    table = ds.dataset(root, filesystem=fs, format="parquet").to_table(columns=["json"],
                                                                       filter=cond)
    figs: dict[str, Figure] = {}
    for j in table.column("json").to_pylist():
        f = from_dict(Figure, json.loads(j))
        figs.setdefault(f.id, f)
    return [figs[k] for k in sorted(figs)]


def block_overrides(out: str, *, decisions: Sequence[Decision]) -> dict[str, str]:
    """The linking block of every figure a decision names that is an incident figure after the
    decisions (corrections applied, rejected ones left out), as ``assemble`` computes it."""
    from civcas.link import blocking_keys
    from civcas.review import apply_to_figures, link_constraints

    ids = decision_ids(decisions)
    if not ids:
        return {}
    fixed = apply_to_figures(read_figures(out, ids), decisions)
    must, _cannot = link_constraints(decisions, fixed)
    return blocking_keys([f for f in fixed if f.scope == "incident"], must_link=must)


def incident_rows(df: pd.DataFrame, *, touched: frozenset[str],
                  over: Mapping[str, str]) -> pd.DataFrame:
    """The incident figures of a partition with their effective block: untouched figures keep
    theirs; figures named by decisions take their override (or drop out: rejected ones and
    those corrected into tallies)."""
    if not touched:
        return df[df["scope"] == "incident"]
    named = df["id"].isin(touched)
    keep = (~named & (df["scope"] == "incident")) | df["id"].isin(over.keys())
    df = df[keep].copy()
    moved = df["id"].map(over)
    df["block"] = moved.where(moved.notna(), df["block"]).astype(df["block"].dtype)
    return df
