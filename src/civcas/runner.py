"""The local runner: ingest -> extract + geocode (process pool) -> link + assess -> store.

Two entry points:

- :func:`analyse_paths` — everything in memory, no database: documents, figures, problems.
- :func:`run` — the incremental, idempotent, resumable pipeline into a :class:`~civcas.store.Store`:

  1. inputs are fingerprinted (path, size, mtime, sha256); unchanged ones already read are skipped;
  2. the new inputs are read and de-duplicated, and their documents, problems and fingerprints are
     committed in ONE transaction (documents start as "not analysed");
  3. every not-analysed document in the store (this run's and any left by an interrupted run) is
     analysed in batches on a process pool; each batch's figures are committed together with the
     "analysed" mark of its documents, and the linking blocks they fall in are marked dirty;
  4. dirty blocks are re-linked and re-assessed (``Store.reassemble``), keeping previous ids and
     honouring analysts' decisions.

A crash or kill at any point loses nothing committed; the next run continues from the store.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from civcas.errors import ConfigError
from civcas.models import Document, Figure, Problem

if TYPE_CHECKING:
    from civcas.ingest import IngestOptions
    from civcas.ingest.dedupe import Sketch
    from civcas.store import InputFingerprint, Store

log = logging.getLogger(__name__)

#: progress(stage, done, total); stages: "read", "analyse", "assemble"
Progress = Callable[[str, int, int], Any]
BATCH = 200


@dataclass(frozen=True, slots=True)
class RunOutput:
    """What :func:`analyse_paths` returns: everything sorted by id."""

    documents: tuple[Document, ...]
    figures: tuple[Figure, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a :func:`run` did."""

    run_id: int
    files: int = 0
    files_unchanged: int = 0
    documents_read: int = 0
    documents_new: int = 0
    duplicates: int = 0  # exact copies collapsed into one document
    near_duplicates: int = 0  # documents in a near-duplicate group they do not represent
    documents_analysed: int = 0
    figures_new: int = 0
    incidents_new: int = 0
    incidents_changed: int = 0
    incidents_unchanged: int = 0
    incidents_removed: int = 0
    tallies: int = 0
    problems: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # problem kind -> count
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able dict (stored with the run record)."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# --------------------------------------------------------------------------- analysis workers

def _check_stages() -> None:
    """Fail early (not per document) when a stage of the pipeline cannot be imported."""
    import importlib

    for module, name in (("civcas.ingest", "read_file"), ("civcas.extract", "extract"),
                         ("civcas.geo", "geocode_figures"), ("civcas.link", "link"),
                         ("civcas.assess", "assess")):
        try:
            ok = hasattr(importlib.import_module(module), name)
        except ImportError as exc:
            raise ConfigError(f"the pipeline stage {module} cannot be imported: {exc}",
                              hint="install civcas completely") from exc
        if not ok:
            raise ConfigError(f"the pipeline stage {module}.{name} is not available",
                              hint="this civcas installation is incomplete")


def analyse_one(doc: Document) -> tuple[str, list[Figure], Problem | None]:
    """Analyse one document; an error becomes a Problem instead of stopping the batch."""
    from civcas.pipeline import analyse_document

    try:
        return doc.id, analyse_document(doc), None
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
        log.warning("analysis failed for %s: %s", doc.id, exc)
        where = doc.origin.path if doc.origin else doc.id
        return doc.id, [], Problem(path=where, reason=f"analysis failed for document {doc.id}: "
                                   f"{type(exc).__name__}: {exc}", kind="analysis",
                                   member=doc.origin.member if doc.origin else None,
                                   position=doc.origin.position if doc.origin else None)


def _pool(workers: int | None) -> Executor | None:
    n = workers if workers is not None else (os.cpu_count() or 1)
    if n <= 1:
        return None
    from civcas.geo.index import ensure_index

    ensure_index()  # build a missing gazetteer once here, not once in every worker
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context(method))


def _analyse_batches(docs: Sequence[Document], pool: Executor | None, *, batch: int
                     ) -> Iterator[tuple[Sequence[Document], list[tuple[str, list[Figure],
                                                                         Problem | None]]]]:
    """Analyse ``docs`` and yield them back batch by batch with their results, in order.

    With a pool every document is submitted at once (in chunks), so the workers keep analysing
    the next batches while the caller commits the one just yielded.
    """
    if pool is None:
        for i in range(0, len(docs), batch):
            part = docs[i:i + batch]
            yield part, [analyse_one(d) for d in part]
        return
    workers = getattr(pool, "_max_workers", 2) or 2
    size = max(1, min(batch, len(docs)) // (4 * workers))
    results = pool.map(analyse_one, docs, chunksize=size)
    for i in range(0, len(docs), batch):
        part = docs[i:i + batch]
        yield part, [next(results) for _ in part]


def analyse_paths(paths: Sequence[str], *, workers: int | None = None,
                  options: IngestOptions | None = None) -> RunOutput:
    """Read ``paths`` and analyse every document (process pool over documents; ``workers=1``
    runs serially). No database; output sorted by id."""
    from civcas.ingest import read_paths

    _check_stages()
    result = read_paths(list(paths), options=options)
    docs = sorted(result.documents, key=lambda d: d.id)
    figures: list[Figure] = []
    problems = list(result.problems)
    pool = _pool(workers)
    try:
        for _part, results in _analyse_batches(docs, pool, batch=max(BATCH, len(docs))):
            for _doc_id, figs, problem in results:
                figures.extend(figs)
                if problem:
                    problems.append(problem)
    finally:
        if pool is not None:
            pool.shutdown()
    return RunOutput(documents=tuple(docs), figures=tuple(sorted(figures, key=lambda f: f.id)),
                     problems=tuple(problems))


# --------------------------------------------------------------------------- incremental run

def fingerprint(path: str, known: InputFingerprint | None = None) -> InputFingerprint:
    """Size, mtime and sha256 of a file; the hash is reused when size and mtime are unchanged."""
    from civcas.store import InputFingerprint

    st = os.stat(path)
    if known is not None and known.size == st.st_size and known.mtime == st.st_mtime:
        return known
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return InputFingerprint(path=path, size=st.st_size, mtime=st.st_mtime, sha256=h.hexdigest())


def _tick(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


def read_one(path: str, options: IngestOptions | None = None) -> list[Document | Problem]:
    """Every document and problem of one input file (an unexpected error becomes a Problem)."""
    from civcas.ingest import read_file

    try:
        return list(read_file(path, options=options))
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the run
        log.warning("reading %s failed: %s", path, exc)
        return [Problem(path=path, reason=f"{type(exc).__name__}: {exc}", kind="io")]


class _LazyPool:
    """A process pool started on first use (a run with nothing to do starts none)."""

    def __init__(self, workers: int | None) -> None:
        self.workers = workers
        self.pool: Executor | None = None
        self.started = False

    def get(self) -> Executor | None:
        if not self.started:
            self.pool, self.started = _pool(self.workers), True
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _read_inputs(files: Sequence[str], store: Store, options: IngestOptions | None,
                 progress: Progress | None, pools: _LazyPool
                 ) -> tuple[list[InputFingerprint], list[Document], list[Problem], int,
                            dict[str, Sketch]]:
    """Fingerprint files, read the new or changed ones (in parallel); returns (fingerprints,
    documents, problems, unchanged file count, near-duplicate sketches by text).

    While the workers read, this process sketches the documents already received for the
    near-duplicate pass (:func:`civcas.ingest.dedupe.sketch`), which would otherwise run alone
    after reading."""
    from civcas.ingest.dedupe import sketch

    known = store.processed_inputs()
    todo: list[InputFingerprint] = []
    docs: list[Document] = []
    problems: list[Problem] = []
    unchanged = 0
    for path in files:
        try:
            fp = fingerprint(path, known.get(path))
        except OSError as exc:
            problems.append(Problem(path=path, reason=f"cannot read: {exc.strerror or exc}",
                                    kind="io"))
            continue
        old = known.get(path)
        if old is not None and old.sha256 == fp.sha256:
            unchanged += 1
            continue
        todo.append(fp)
    _tick(progress, "read", 0, len(todo))
    pool = pools.get() if len(todo) > 8 else None
    paths = [fp.path for fp in todo]
    results: Iterable[list[Document | Problem]]
    sketches: dict[str, Sketch] = {}
    if pool is None:
        results = (read_one(p, options) for p in paths)
    else:
        results = pool.map(read_one, paths, [options] * len(paths), chunksize=4)
    for k, items in enumerate(results, 1):
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
                if pool is not None and item.text not in sketches:
                    sketches[item.text] = sketch(item.text)
            else:
                problems.append(item)
        _tick(progress, "read", k, len(todo))
    return todo, docs, problems, unchanged, sketches


def run(paths: Sequence[str], *, store: Store, workers: int | None = None,
        options: IngestOptions | None = None, progress: Progress | None = None,
        batch: int = BATCH) -> RunSummary:
    """Run the whole pipeline on ``paths`` into ``store``: incremental, idempotent, resumable.

    ``progress(stage, done, total)`` is called as work advances (stages read, analyse,
    assemble). Returns a :class:`RunSummary`; the run and its summary are recorded in the store.
    """
    from civcas.ingest import dedupe, iter_files

    _check_stages()
    started = time.monotonic()
    run_id = store.start_run(list(paths), engine="local")
    pools = _LazyPool(workers)
    try:
        files = sorted(set(iter_files(list(paths))))
        missing = [p for p in paths if not os.path.exists(p)]
        todo, raw_docs, problems, unchanged, sketches = _read_inputs(files, store, options,
                                                                     progress, pools)
        problems.extend(Problem(path=p, reason="no such file or directory", kind="io")
                        for p in missing if p not in {q.path for q in problems})
        docs = dedupe(raw_docs, sketches=sketches)
        del sketches
        duplicates = sum(len(d.copies) for d in docs)
        near = sum(1 for d in docs if d.near_group and d.near_group != d.id)
        per_file = Counter(o.path for d in docs for o in ([d.origin] if d.origin else []))
        with store.tx() as conn:
            new_docs = store.save_documents(docs, run_id=run_id, conn=conn)
            store.save_problems(problems, run_id=run_id, conn=conn)
            store.mark_processed(todo, run_id=run_id, counts=dict(per_file), conn=conn)
        analysed, new_figs, more_problems = _analyse_pending(store, pools, batch, progress,
                                                             run_id)
        pools.close()
        problems.extend(more_problems)
        change = store.reassemble(
            progress=(lambda d, t: _tick(progress, "assemble", d, t)) if progress else None)
        summary = RunSummary(
            run_id=run_id, files=len(files), files_unchanged=unchanged,
            documents_read=len(docs) + duplicates, documents_new=new_docs,
            duplicates=duplicates, near_duplicates=near, documents_analysed=analysed,
            figures_new=new_figs, incidents_new=len(change.new),
            incidents_changed=len(change.changed), incidents_unchanged=len(change.unchanged),
            incidents_removed=len(change.removed), tallies=store.counts()["tallies"],
            problems=len(problems), skipped=dict(sorted(Counter(p.kind for p in problems).items())),
            seconds=round(time.monotonic() - started, 3),
        )
    except BaseException:
        pools.close()
        store.finish_run(run_id, status="failed")
        raise
    store.finish_run(run_id, status="done", stats=summary.as_dict())
    return summary


def _analyse_pending(store: Store, pools: _LazyPool, batch: int, progress: Progress | None,
                     run_id: int) -> tuple[int, int, list[Problem]]:
    """Analyse every stored document not analysed yet; commit per batch."""
    pending = store.pending_documents()
    total = len(pending)
    _tick(progress, "analyse", 0, total)
    problems: list[Problem] = []
    new_figs = 0
    done = 0
    pool = pools.get() if total > 8 else None
    for part, results in _analyse_batches(pending, pool, batch=batch):
        figs = [f for _d, fs, _p in results for f in fs]
        batch_problems = [p for _d, _fs, p in results if p is not None]
        with store.tx() as conn:
            new_figs += store.save_figures(figs, analysed_docs=[d.id for d in part], conn=conn)
            store.save_problems(batch_problems, run_id=run_id, conn=conn)
        problems.extend(batch_problems)
        done += len(part)
        _tick(progress, "analyse", done, total)
    return done, new_figs, problems


def iter_summary_lines(summary: RunSummary) -> Iterable[tuple[str, str]]:
    """(label, value) rows describing a run, for the CLI's final table."""
    yield "input files", f"{summary.files} ({summary.files_unchanged} unchanged, skipped)"
    yield "documents read", str(summary.documents_read)
    yield "new documents", str(summary.documents_new)
    yield "exact duplicates", str(summary.duplicates)
    yield "near-duplicates", str(summary.near_duplicates)
    yield "documents analysed", str(summary.documents_analysed)
    yield "new figures", str(summary.figures_new)
    yield "incidents", (f"{summary.incidents_new} new, {summary.incidents_changed} changed, "
                        f"{summary.incidents_unchanged} unchanged, "
                        f"{summary.incidents_removed} removed")
    yield "tally series", str(summary.tallies)
    skipped = ", ".join(f"{k}: {v}" for k, v in summary.skipped.items()) or "none"
    yield "problems", f"{summary.problems} ({skipped})"
    yield "seconds", f"{summary.seconds:.1f}"
