"""Per-run lookup tables shared by all tasks through small Parquet files in the output folder.

The driver writes them once (live inputs, near-duplicate groups, exact-duplicate ids; later
the copies kept for exact duplicates); each worker reads them once per run (cached by run id),
so large dicts never ride along with every task.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyarrow as pa

from civcas.scale import storage as st

RUN = "_parts/run"
LIVE = pa.schema([("input", pa.string()), ("fp", pa.string())])
NEAR = pa.schema([("id", pa.string()), ("near_group", pa.string())])
DUPS = pa.schema([("id", pa.string())])
KEEP = pa.schema([("input", pa.string()), ("seq", pa.int64()), ("near_group", pa.string()),
                  ("reuse", pa.bool_())])


@dataclass(frozen=True, slots=True)
class Context:
    live: dict[str, str]  # input path -> fingerprint of the version whose results count
    near: dict[str, str]  # document id -> its near-duplicate group (only grouped documents)
    dups: frozenset[str]  # ids read more than once (exact duplicates)


@dataclass(frozen=True, slots=True)
class Kept:
    near_group: str | None
    reuse: bool  # the kept copy's figures from the ingest task still hold


def run_path(out: str, name: str) -> str:
    return st.join(out, RUN, name)


def write_context(out: str, *, live: dict[str, str], near: dict[str, str],
                  dups: set[str]) -> None:
    """Write this run's lookup tables."""
    st.write_table(run_path(out, "live.parquet"),
                   pa.table({"input": list(live), "fp": list(live.values())}, schema=LIVE))
    st.write_table(run_path(out, "near.parquet"),
                   pa.table({"id": list(near), "near_group": list(near.values())}, schema=NEAR))
    st.write_table(run_path(out, "dups.parquet"), pa.table({"id": sorted(dups)}, schema=DUPS))


@lru_cache(maxsize=2)
def load_context(out: str, run: str) -> Context:
    """The tables of run ``run`` (cached per worker process)."""
    live = st.read_table(run_path(out, "live.parquet")).to_pydict()
    near = st.read_table(run_path(out, "near.parquet")).to_pydict()
    dups = st.read_table(run_path(out, "dups.parquet")).column("id").to_pylist()
    return Context(live=dict(zip(live["input"], live["fp"], strict=True)),
                   near=dict(zip(near["id"], near["near_group"], strict=True)),
                   dups=frozenset(dups))


@lru_cache(maxsize=2)
def load_keep(out: str, run: str) -> dict[tuple[str, int], Kept]:
    """For exact duplicates: which copy was kept (by input and sequence number)."""
    keep: dict[tuple[str, int], Kept] = {}
    for path in st.list_files(run_path(out, "kept")):
        t = st.read_table(path).to_pydict()
        for inp, seq, ng, reuse in zip(t["input"], t["seq"], t["near_group"], t["reuse"],
                                       strict=True):
            keep[(inp, int(seq))] = Kept(near_group=ng, reuse=bool(reuse))
    return keep
