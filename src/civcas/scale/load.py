"""Load a Dask run's Parquet output into a civcas database (``civcas.store.Store``).

Records are streamed file by file in batches: documents, figures, problems, then incidents
block by block and the tally series, with ``replace_assembly`` (which also marks the loaded
blocks clean). The Parquet folder is meant to describe the whole corpus of its manifest, so it
should be loaded into a database that is fed only from that folder.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterator, Sequence
from typing import Any, TypeVar

from civcas.models import Document, Figure, Incident, Problem, TallySeries, from_dict
from civcas.scale import storage as st

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 2000
TALLY_BLOCK = "tally"


def iter_records(out: str, table: str, cls: type[T], *, batch: int = BATCH
                 ) -> Iterator[list[T]]:
    """Batches of model objects read back from ``<out>/<table>/*.parquet``."""
    for path in st.list_files(st.join(out, table)):
        data = st.read_table(path, columns=["json"]).column("json").to_pylist()
        for i in range(0, len(data), batch):
            yield [from_dict(cls, json.loads(j)) for j in data[i:i + batch]]


def iter_blocks(out: str) -> Iterator[tuple[str, list[Incident]]]:
    """Incidents grouped by block (the link shuffle wrote each block into one file)."""
    for path in st.list_files(st.join(out, "incidents")):
        t = st.read_table(path, columns=["block", "json"]).to_pydict()
        groups: dict[str, list[Incident]] = {}
        for block, j in zip(t["block"], t["json"], strict=True):
            groups.setdefault(block, []).append(from_dict(Incident, json.loads(j)))
        yield from groups.items()


def load_into_store(out: str, store: Any, *, paths: Sequence[str] = (),
                    inputs: Collection[str] | None = None) -> dict[str, int]:
    """Write every record under ``out`` into ``store``; returns counts of what was new.

    Documents, figures and incidents are idempotent in the store; problems are not, so with
    ``inputs`` only the problems of those input files (the ones read by this run) are added.
    """
    from civcas.pipeline import Assembly

    run_id = store.start_run(list(paths), engine="dask")
    counts = {"documents": 0, "figures": 0, "problems": 0, "incidents": 0, "tallies": 0}
    status = "failed"
    try:
        for docs in iter_records(out, "documents", Document):
            counts["documents"] += store.save_documents(docs, run_id=run_id, analysed=True)
        blocks: set[str] = set()
        for figs in iter_records(out, "figures", Figure):
            counts["figures"] += store.save_figures(figs, analysed_docs=[f.doc for f in figs])
            blocks.update(TALLY_BLOCK if f.scope == "tally" else _block(f) for f in figs)
        for probs in _problems(out, inputs):
            counts["problems"] += store.save_problems(probs, run_id=run_id)
        for block, incidents in iter_blocks(out):
            figure_ids = {f for inc in incidents for f in inc.figures}
            store.replace_assembly(Assembly(figures=(), incidents=tuple(incidents), tallies=()),
                                   figure_ids=figure_ids, blocks={block})
            blocks.discard(block)
            counts["incidents"] += len(incidents)
        tallies = [t for batch in iter_records(out, "tallies", TallySeries) for t in batch]
        store.replace_assembly(Assembly(figures=(), incidents=(), tallies=tuple(tallies)),
                               figure_ids=(), blocks=blocks | {TALLY_BLOCK})
        counts["tallies"] = len(tallies)
        status = "done"
    finally:
        store.finish_run(run_id, status=status, stats=counts)
    return counts


def _problems(out: str, inputs: Collection[str] | None) -> Iterator[list[Problem]]:
    for path in st.list_files(st.join(out, "problems")):
        t = st.read_table(path, columns=["input", "json"]).to_pydict()
        rows = [j for i, j in zip(t["input"], t["json"], strict=True)
                if inputs is None or i in inputs]
        if rows:
            yield [from_dict(Problem, json.loads(j)) for j in rows]


def _block(fig: Figure) -> str:
    from civcas.link import blocking_key

    return blocking_key(fig)
