"""``run_dask``: the whole pipeline as Dask tasks over file partitions, results in Parquet.

Phases (each a set of Dask tasks; the driver only sees counts, ids of candidate duplicates and
paths):

1. ingest: one task per partition of pending input files reads, analyses and MinHash-signs its
   documents and writes ``_parts/{documents,figures,bands,problems}/<partition>.parquet``;
   the manifest records every input's fingerprint, partition and status.
2. dedupe: near-duplicate pairs by the ingest stage's LSH rules (:mod:`civcas.scale.neardup`:
   band keys shuffled by key, pairs counted and verified on the workers; union-find of the
   verified pairs on the driver: ids only); ids read more than once are shuffled by id and
   collapsed by ``civcas.ingest.dedupe``.
3. finalise: per partition, final ``documents/``, ``figures/`` (with ``block``) and
   ``problems/``.
4. link: figures are shuffled by block (``civcas.link.blocking_key``, or the block that
   analysts' decisions move them to: :mod:`civcas.scale.blocks`) and each block is assembled
   with ``civcas.pipeline.assemble`` into ``incidents/``; tallies in one task.
5. optionally, everything is loaded into a :class:`civcas.store.Store`.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from civcas.errors import InputError, UsageError
from civcas.models import Decision, stable_id
from civcas.scale import storage as st
from civcas.scale.cluster import open_client, track, worker_count, worker_usage
from civcas.scale.context import run_path, write_context
from civcas.scale.frames import PARTS, STR, compute_parts, frame, meta, nparts, write_frame
from civcas.scale.inputs import InputFile, fingerprint, list_paths, partition_inputs
from civcas.scale.manifest import Manifest
from civcas.scale.tasks import (
    RAW_TABLES,
    assemble_blocks,
    build_tallies,
    finalise_partition,
    ingest_partition,
    live_rows,
    resolve_dups,
    select_dups,
    write_resolved,
)

log = logging.getLogger(__name__)

DEFAULT_PARTITION_SIZE = 16 * 2**20
LINK_ROWS = 20_000  # figures per link partition (whole blocks: a calendar month each)
SAVE_EVERY = 30.0  # seconds between manifest saves during ingest
FINAL_TABLES = ("documents", "figures", "problems", "incidents", "tallies")


@dataclass(frozen=True, slots=True)
class ScaleResult:
    """What a Dask run did. Records are in Parquet under ``out`` (and in the store if given)."""

    out: str
    dashboard: str | None
    inputs: int
    processed: int  # inputs read in this run
    skipped: int  # unchanged inputs already in ``out``
    partitions: int  # ingest partitions run in this run
    failed: tuple[str, ...]  # inputs whose partition failed (retried on the next run)
    documents: int
    figures: int
    incidents: int
    tallies: int
    problems: int
    seconds: float
    workers: int
    peak_memory: dict[str, int] = field(default_factory=dict)  # bytes per worker
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # CPU time per worker
    loaded: dict[str, int] = field(default_factory=dict)  # what went into the store
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase
    phase_memory: dict[str, int] = field(default_factory=dict)  # max worker peak RSS after each

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able dict of the result."""
        return {f: (list(v) if isinstance(v, tuple) else v)
                for f in self.__dataclass_fields__ for v in [getattr(self, f)]}


def default_out(store: Any | None) -> str:
    """A folder next to a SQLite database file, else ``./civcas-parquet``."""
    url = str(getattr(store, "url", "") or "")
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        path = url.removeprefix("sqlite:///")
        return (path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path) + "-parquet"
    return "civcas-parquet"


def run_dask(
    paths: Sequence[str], *, scheduler: str | None = None, workers: int = 2,
    out: str | None = None, store: Any | None = None, options: Any | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE, progress: bool = True,
    decisions: Sequence[Decision] = (), retries: int = 1, connect_timeout: float = 5.0,
) -> ScaleResult:
    """Run ingest, analysis, dedupe, linking and assessment on Dask; write Parquet to ``out``.

    ``scheduler``: address of a running scheduler (``tcp://host:8786``); None starts a local
    cluster of ``workers`` processes. Inputs already recorded ``ok`` with the same fingerprint in
    ``out``'s manifest are skipped; failed ones are retried. With ``store``, the results are
    loaded into that database at the end.
    """
    if not paths:
        raise UsageError("no input paths given")
    if partition_size < 1:
        raise UsageError(f"partition_size must be >= 1, not {partition_size}")
    t0 = time.perf_counter()
    clock = _Clock()
    out = out or default_out(store)
    if store is not None and not decisions and hasattr(store, "decisions"):
        decisions = tuple(store.decisions())
    st.makedirs(out)
    with open_client(scheduler, workers=workers, timeout=connect_timeout) as client:
        clock.client = client
        dashboard = client.dashboard_link
        log.info("Dask dashboard: %s", dashboard)
        if progress:
            from rich.console import Console

            Console(stderr=True).print(f"Dask dashboard: {dashboard}", highlight=False)
        nworkers = worker_count(client)
        manifest = Manifest.load(out)
        files, bad = _fingerprints(list_paths(paths))
        todo, skip = manifest.pending(files)
        parts = partition_inputs(todo, partition_size=partition_size,
                                 min_partitions=2 * nworkers)
        clock.lap("connect + list inputs")
        failed = _ingest(client, parts, out=out, options=options, manifest=manifest,
                         retries=retries, progress=progress)
        clock.lap("ingest + extract")
        for path, reason in bad:
            failed.append(path)
            manifest.record([InputFile(path, 0, "", "")], partition="", status="failed",
                            error=reason)
        manifest.save(out)
        _prune(out, manifest.partitions())
        run = uuid.uuid4().hex
        live = {p: e.fingerprint for p, e in manifest.live().items()}
        pids = sorted(manifest.partitions())
        stamp = stable_id("", *sorted(f"{p}={fp}" for p, fp in live.items()),
                          *sorted(d.id for d in decisions))
        counts = _unchanged(out, stamp)
        if counts is None:
            documents = sum(e.documents for e in manifest.live().values())
            counts = _assemble_all(client, out=out, pids=pids, live=live, run=run,
                                   decisions=decisions, progress=progress,
                                   documents=documents, clock=clock)
            st.write_text(st.join(out, PARTS, "final.json"),
                          json.dumps({"stamp": stamp, "counts": counts}))
        else:
            log.info("nothing changed since the last run: final tables kept")
        usage = worker_usage(client)
        clock.client = None
    loaded: dict[str, int] = {}
    if store is not None:
        from civcas.scale.load import load_into_store

        loaded = load_into_store(out, store, paths=paths,
                                 inputs={f.path for p in parts for f in p.files})
        clock.lap("load into store")
    return ScaleResult(
        out=out, dashboard=dashboard, inputs=len(files) + len(bad),
        processed=sum(len(p.files) for p in parts), skipped=len(skip), partitions=len(parts),
        failed=tuple(sorted(failed)), documents=counts["documents"], figures=counts["figures"],
        incidents=counts["incidents"], tallies=counts["tallies"], problems=counts["problems"],
        seconds=time.perf_counter() - t0, workers=nworkers,
        peak_memory={a: m for a, (m, _c) in usage.items()},
        cpu_seconds={a: c for a, (_m, c) in usage.items()}, loaded=loaded, phases=clock.laps,
        phase_memory=clock.memory)


def _unchanged(out: str, stamp: str) -> dict[str, int] | None:
    """The counts of the final tables if they were built from exactly these inputs."""
    text = st.read_text(st.join(out, PARTS, "final.json"))
    if text is None:
        return None
    data = json.loads(text)
    if data.get("stamp") != stamp or not all(st.exists(st.join(out, t)) for t in FINAL_TABLES):
        return None
    return {k: int(v) for k, v in data["counts"].items()}


def _fingerprints(paths: Sequence[str]) -> tuple[list[InputFile], list[tuple[str, str]]]:
    files: list[InputFile] = []
    bad: list[tuple[str, str]] = []
    for p in paths:
        try:
            files.append(fingerprint(p))
        except InputError as exc:
            bad.append((p, exc.message))
    return files, bad


def _ingest(client: Any, parts: Sequence[Any], *, out: str, options: Any, manifest: Manifest,
            retries: int, progress: bool) -> list[str]:
    """Run the ingest tasks; record each partition's outcome; return the failed inputs."""
    if not parts:
        return []
    futures = client.map(ingest_partition, parts, out=out, options=options, retries=retries,
                         key=[f"civcas-ingest-{p.id}-{uuid.uuid4().hex[:6]}" for p in parts])
    by_key = {f.key: p for f, p in zip(futures, parts, strict=True)}
    failed: list[str] = []
    saved = time.monotonic()
    for fut in track(futures, label="ingest + extract", enabled=progress):
        if time.monotonic() - saved > SAVE_EVERY:  # a driver crash loses at most this much
            manifest.save(out)
            saved = time.monotonic()
        part = by_key[fut.key]
        if fut.status == "finished":
            summary = fut.result()
            manifest.record(part.files, partition=part.id, status="ok", counts=summary.counts)
        else:
            exc = fut.exception()
            log.error("partition %s failed: %s: %s", part.id, type(exc).__name__, exc)
            manifest.record(part.files, partition=part.id, status="failed",
                            error=f"{type(exc).__name__}: {exc}")
            failed.extend(f.path for f in part.files)
        fut.release()
    return failed


def _prune(out: str, live_partitions: set[str]) -> None:
    """Delete raw partition files that no longer hold any current input."""
    for table in RAW_TABLES:
        for path in st.list_files(st.join(out, PARTS, table)):
            if path.rsplit("/", 1)[-1].removesuffix(".parquet") not in live_partitions:
                st.remove(path)


def _groups(edges: pd.DataFrame) -> dict[str, str]:
    """Union-find over verified near-duplicate pairs: doc id -> smallest id of its group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(edges["a"], edges["b"], strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def _assemble_all(client: Any, *, out: str, pids: Sequence[str], live: dict[str, str],
                  run: str, decisions: Sequence[Decision], progress: bool, documents: int,
                  clock: _Clock) -> dict[str, int]:
    """Phases 2-4 over every live partition; returns final record counts."""
    from civcas.scale.blocks import block_overrides, decision_ids, incident_rows
    from civcas.scale.neardup import near_duplicate_pairs

    st.remove(st.join(out, PARTS, "final.json"))
    for table in FINAL_TABLES:
        st.remove(st.join(out, table))
    st.remove(st.join(out, PARTS, "run"))
    counts = dict.fromkeys(FINAL_TABLES, 0)
    if not pids:
        return counts
    write_context(out, live=live, near={}, dups=set())
    first = f"{run}-live"  # workers cache the context by run id: the tables change below
    edges = near_duplicate_pairs(client, out=out, pids=list(pids), run=first,
                                 documents=documents, workers=worker_count(client),
                                 progress=progress)
    clock.lap("near-duplicate pairs")
    near = _groups(edges)
    # exact duplicates: ids read more than once
    ids = frame(out, "documents", pids, columns=["id", "input", "fp"]).map_partitions(
        live_rows, out=out, run=first, meta=meta(id=STR))
    vc = ids["id"].value_counts()
    dups = set(client.compute(vc[vc > 1]).result().index)
    clock.lap("exact-duplicate ids")
    log.info("dedupe: %d near-duplicate pairs, %d documents in groups, %d ids read twice or more",
             len(edges), len(near), len(dups))
    write_context(out, live=live, near=near, dups=dups)
    st.makedirs(run_path(out, "kept"))
    if dups:
        raw = frame(out, "documents", pids).map_partitions(
            select_dups, out=out, run=run, meta=meta(id="object", input="object",
                                                     seq="int64", json="object"))
        resolved = raw.shuffle(on="id").map_partitions(
            resolve_dups, out=out, run=run,
            meta=meta(id="object", near_group="object", json="object", input="object",
                      seq="int64", reuse="bool", figures="object"))
        counts["documents"] += compute_parts(client, resolved, write_resolved, out=out,
                                             label="exact duplicates", progress=progress)
        clock.lap("exact duplicates")
    futures = client.map(finalise_partition, pids, out=out, run=run,
                         key=[f"civcas-final-{p}-{run[:6]}" for p in pids])
    for fut in track(futures, label="finalise", enabled=progress):
        nd, _nf, npb = fut.result()
        counts["documents"] += nd
        counts["problems"] += npb
    clock.lap("finalise")
    import dask.dataframe as dd

    figs = dd.read_parquet(st.join(out, "figures"), columns=["id", "block", "scope", "json"])
    counts["figures"] = int(client.compute(figs.shape[0]).result())
    # decisions that move figures to other blocks (corrections, must-link chains)
    touched = decision_ids(decisions)
    over = (client.submit(block_overrides, out, decisions=tuple(decisions), pure=False).result()
            if touched else {})
    # whole blocks per partition; about LINK_ROWS figures each (a block is never split)
    shuffled = figs.map_partitions(incident_rows, touched=touched, over=over).shuffle(
        on="block", npartitions=nparts(counts["figures"], per_partition=LINK_ROWS,
                                       minimum=2 * worker_count(client)))
    incidents = shuffled.map_partitions(assemble_blocks, decisions=tuple(decisions),
                                        meta=meta(id="object", block="object", json="object"))
    counts["incidents"] = compute_parts(client, incidents, write_frame,
                                        folder=st.join(out, "incidents"),
                                        schema=st.INCIDENTS, label="link + assess",
                                        progress=progress)
    clock.lap("link + assess")
    counts["tallies"] = int(client.submit(build_tallies, out, decisions=tuple(decisions),
                                          pure=False).result())
    clock.lap("tallies")
    return counts


class _Clock:
    """Records (and logs at INFO) the seconds each phase took and, with a client, the largest
    worker peak RSS reached by the end of each phase (which phase needs the memory)."""

    def __init__(self) -> None:
        self.t = time.perf_counter()
        self.laps: dict[str, float] = {}
        self.memory: dict[str, int] = {}
        self.client: Any | None = None

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.laps[phase] = round(self.laps.get(phase, 0.0) + now - self.t, 3)
        peak = ""
        if self.client is not None:
            try:
                self.memory[phase] = max(m for m, _c in worker_usage(self.client).values())
                peak = f", worker peak RSS so far {self.memory[phase] / 2**20:.0f} MiB"
            except (OSError, ValueError, TimeoutError) as exc:  # a worker just left
                log.debug("no memory reading after %s: %s", phase, exc)
        log.info("phase %s: %.2fs%s", phase, now - self.t, peak)
        self.t = time.perf_counter()
