"""Writes: documents, figures, problems, assemblies, runs and processed inputs."""

from __future__ import annotations

import functools
import logging
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, func, insert, select, text, update

from civcas.models import Decision, Document, Figure, Origin, Problem
from civcas.pipeline import Assembly
from civcas.store import schema as t
from civcas.store.base import StoreBase
from civcas.store.rows import (
    decision_from_row,
    document_row,
    figure_row,
    incident_row,
    place_row,
    tally_row,
)

log = logging.getLogger(__name__)

TALLY_BLOCK = "tally"
CHUNK = 500
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def now() -> datetime:
    """The current time as naive UTC (how timestamps are stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


@functools.lru_cache(maxsize=1)
def _linker_key() -> Any:
    try:
        from civcas.link import blocking_key
    except ImportError:
        log.warning("civcas.link.blocking_key unavailable; using a country x month fallback")
        return None
    return blocking_key


def block_of(fig: Figure) -> str:
    """The linking block of a figure: ``civcas.link.blocking_key``; tallies share one block."""
    if fig.scope == "tally":
        return TALLY_BLOCK
    key = _linker_key()
    if key is not None:
        return str(key(fig))
    when = fig.date.start if fig.date else fig.published
    country = fig.place.country if fig.place and fig.place.country else "??"
    return f"{country}|{when.strftime('%Y-%m') if when else '?'}"


@dataclass(frozen=True, slots=True)
class InputFingerprint:
    """One input file as seen by a run: path + size + mtime + content hash."""

    path: str
    size: int
    mtime: float
    sha256: str


@dataclass(frozen=True, slots=True)
class AssemblyChange:
    """What replacing part of the assembly did, in incident ids."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    tallies: int = 0

    def __add__(self, other: AssemblyChange) -> AssemblyChange:
        return AssemblyChange(self.new + other.new, self.changed + other.changed,
                              self.unchanged + other.unchanged, self.removed + other.removed,
                              self.tallies + other.tallies)


class WriteMixin(StoreBase):
    """Write methods used by the runners."""

    # ------------------------------------------------------------------ runs and inputs
    def start_run(self, paths: Sequence[str], *, engine: str = "local") -> int:
        """Record the start of a run; returns its id."""
        with self.tx() as conn:
            res = conn.execute(insert(t.runs).values(
                started_at=now(), status="running", engine=engine, paths=list(paths), stats={}))
            pk = res.inserted_primary_key
            assert pk is not None
            return int(pk[0])

    def finish_run(self, run_id: int, *, status: str = "done",
                   stats: dict[str, Any] | None = None) -> None:
        """Record the end of a run with its summary figures."""
        with self.tx() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(
                finished_at=now(), status=status, stats=stats or {}))

    def runs(self, *, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first."""
        with self.tx() as conn:
            rows = conn.execute(select(t.runs).order_by(t.runs.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    def processed_inputs(self) -> dict[str, InputFingerprint]:
        """Every input already read, by path (for skipping unchanged inputs on re-runs)."""
        with self.tx() as conn:
            rows = conn.execute(select(t.processed_inputs.c.path, t.processed_inputs.c.size,
                                       t.processed_inputs.c.mtime, t.processed_inputs.c.sha256))
            return {r.path: InputFingerprint(r.path, r.size, r.mtime, r.sha256) for r in rows}

    def mark_processed(self, inputs: Iterable[InputFingerprint], *, run_id: int | None,
                       counts: dict[str, int] | None = None, conn: Connection | None = None
                       ) -> None:
        """Record inputs as read (replacing an older fingerprint of the same path)."""
        items = list(inputs)
        if not items:
            return
        counts = counts or {}

        def write(c: Connection) -> None:
            for part in chunks([i.path for i in items]):
                c.execute(delete(t.processed_inputs).where(t.processed_inputs.c.path.in_(part)))
            c.execute(insert(t.processed_inputs), [
                {"path": i.path, "size": i.size, "mtime": i.mtime, "sha256": i.sha256,
                 "run_id": run_id, "documents": counts.get(i.path, 0), "processed_at": now()}
                for i in items])

        if conn is not None:
            write(conn)
        else:
            with self.tx() as c:
                write(c)

    # ------------------------------------------------------------------ documents
    def _existing(self, conn: Connection, col: Any, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for part in chunks(ids):
            found.update(conn.execute(select(col).where(col.in_(part))).scalars())
        return found

    def save_documents(self, documents: Iterable[Document], *, run_id: int | None = None,
                       analysed: bool = False, conn: Connection | None = None) -> int:
        """Insert documents not stored yet; for known ones, add the new copies' origins.

        Returns the number of new documents. Full-text search is kept in step.
        """
        if conn is None:
            with self.tx() as c:
                return self.save_documents(documents, run_id=run_id, analysed=analysed, conn=c)
        docs = {d.id: d for d in documents}
        if not docs:
            return 0
        existing = self._existing(conn, t.documents.c.id, sorted(docs))
        new = [docs[i] for i in sorted(docs) if i not in existing]
        if new:
            conn.execute(insert(t.documents),
                         [document_row(d, run_id=run_id, analysed=analysed) for d in new])
            self._index_documents(conn, new)
            self._count_publishers(conn, new)
        origin_rows: list[dict[str, Any]] = []
        known_origins = self._origins_of(conn, [d.id for d in docs.values() if d.id in existing])
        for d in docs.values():
            seen = known_origins.get(d.id, set())
            for k, o in enumerate(([d.origin] if d.origin else []) + list(d.copies)):
                key = (o.path, o.member, o.position)
                if key in seen:
                    continue
                seen.add(key)
                origin_rows.append({"doc_id": d.id, "path": o.path, "member": o.member,
                                    "position": o.position, "url": d.url if k == 0 else None,
                                    "is_primary": k == 0 and d.id not in existing})
        if origin_rows:
            conn.execute(insert(t.origins), origin_rows)
        return len(new)

    def _origins_of(self, conn: Connection, ids: Sequence[str]
                    ) -> dict[str, set[tuple[str, str | None, int | None]]]:
        out: dict[str, set[tuple[str, str | None, int | None]]] = {}
        for part in chunks(ids):
            rows = conn.execute(select(t.origins.c.doc_id, t.origins.c.path, t.origins.c.member,
                                       t.origins.c.position).where(t.origins.c.doc_id.in_(part)))
            for r in rows:
                out.setdefault(r.doc_id, set()).add((r.path, r.member, r.position))
        return out

    def document_origins(self, doc_id: str) -> list[Origin]:
        """Every place a document's text was read from (first the original)."""
        with self.tx() as conn:
            rows = conn.execute(select(t.origins).where(t.origins.c.doc_id == doc_id)
                                .order_by(t.origins.c.is_primary.desc(), t.origins.c.id))
            return [Origin(r.path, r.member, r.position) for r in rows]

    def _index_documents(self, conn: Connection, docs: Sequence[Document]) -> None:
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts (doc_id, title, text) "
                              "VALUES (:doc_id, :title, :text)"),
                         [{"doc_id": d.id, "title": d.title or "", "text": d.text}
                          for d in docs])
        # PostgreSQL: the generated ``tsv`` column follows the row by itself.

    def _count_publishers(self, conn: Connection, docs: Sequence[Document]) -> None:
        counts: dict[str, int] = {}
        for d in docs:
            if d.publisher:
                counts[d.publisher] = counts.get(d.publisher, 0) + 1
        if not counts:
            return
        known = self._existing(conn, t.publishers.c.name, sorted(counts))
        for name, n in sorted(counts.items()):
            if name in known:
                conn.execute(update(t.publishers).where(t.publishers.c.name == name)
                             .values(documents=t.publishers.c.documents + n))
            else:
                conn.execute(insert(t.publishers).values(name=name, documents=n))

    def pending_documents(self, *, limit: int | None = None) -> list[Document]:
        """Stored documents whose figures are not committed yet (for resuming)."""
        from civcas.store.rows import document_from_row

        with self.tx() as conn:
            q = select(t.documents).where(t.documents.c.analysed.is_(False)).order_by(
                t.documents.c.id)
            if limit:
                q = q.limit(limit)
            return [document_from_row(r) for r in conn.execute(q)]

    # ------------------------------------------------------------------ figures
    def _decisions_on(self, conn: Connection, ids: Sequence[str]) -> list[Decision]:
        out: list[Decision] = []
        for part in chunks(ids):
            rows = conn.execute(select(t.decisions).where(t.decisions.c.target.in_(part))
                                .order_by(t.decisions.c.seq))
            out.extend(decision_from_row(r) for r in rows)
        return out

    def _figure_block(self, fig: Figure, decisions: Sequence[Decision]) -> str:
        from civcas.review import apply_to_figures

        if not decisions:
            return block_of(fig)
        mine = [d for d in decisions if d.target == fig.id and d.kind == "correct_figure"]
        fixed = apply_to_figures([fig], mine)
        return block_of(fixed[0] if fixed else fig)

    def save_figures(self, figures: Iterable[Figure], *, analysed_docs: Sequence[str] = (),
                     conn: Connection | None = None) -> int:
        """Insert new figures (with their places), mark their blocks dirty, and mark
        ``analysed_docs`` as analysed, all in one transaction. Returns the new figure count."""
        if conn is None:
            with self.tx() as c:
                return self.save_figures(figures, analysed_docs=analysed_docs, conn=c)
        figs = {f.id: f for f in figures}
        ids = sorted(figs)
        existing = self._existing(conn, t.figures.c.id, ids)
        new = [figs[i] for i in ids if i not in existing]
        if new:
            decisions = self._decisions_on(conn, [f.id for f in new])
            rows = [figure_row(f, block=self._figure_block(f, decisions)) for f in new]
            places = {r["id"]: r for r in (place_row(f.place) for f in new if f.place)}
            known = self._existing(conn, t.places.c.id, sorted(places))
            fresh = [places[k] for k in sorted(places) if k not in known]
            if fresh:
                conn.execute(insert(t.places), fresh)
            conn.execute(insert(t.figures), rows)
            self.mark_dirty({r["block"] for r in rows}, conn=conn)
        for part in chunks(list(analysed_docs)):
            conn.execute(update(t.documents).where(t.documents.c.id.in_(part))
                         .values(analysed=True))
        return len(new)

    def mark_dirty(self, blocks: Collection[str], *, conn: Connection | None = None) -> None:
        """Flag blocks for re-assembly."""
        if conn is None:
            with self.tx() as c:
                self.mark_dirty(blocks, conn=c)
            return
        keys = sorted(set(blocks))
        known = self._existing(conn, t.blocks.c.key, keys)
        for part in chunks([k for k in keys if k in known]):
            conn.execute(update(t.blocks).where(t.blocks.c.key.in_(part))
                         .values(dirty=True, updated_at=now()))
        fresh = [{"key": k, "dirty": True, "updated_at": now()} for k in keys if k not in known]
        if fresh:
            conn.execute(insert(t.blocks), fresh)

    def dirty_blocks(self) -> list[str]:
        """Blocks whose incidents must be re-assembled."""
        with self.tx() as conn:
            return list(conn.execute(select(t.blocks.c.key).where(t.blocks.c.dirty.is_(True))
                                     .order_by(t.blocks.c.key)).scalars())

    # ------------------------------------------------------------------ problems
    def save_problems(self, problems: Iterable[Problem], *, run_id: int | None = None,
                      conn: Connection | None = None) -> int:
        """Record per-item problems of a run."""
        rows = [{"run_id": run_id, "path": p.path, "member": p.member, "position": p.position,
                 "kind": p.kind, "reason": p.reason} for p in problems]
        if rows and conn is not None:
            conn.execute(insert(t.problems), rows)
        elif rows:
            with self.tx() as c:
                c.execute(insert(t.problems), rows)
        return len(rows)

    def problems(self, *, run_id: int | None = None, limit: int = 1000) -> list[Problem]:
        """Stored problems (of one run, or all), oldest first."""
        q = select(t.problems).order_by(t.problems.c.id).limit(limit)
        if run_id is not None:
            q = q.where(t.problems.c.run_id == run_id)
        with self.tx() as conn:
            return [Problem(path=r.path, reason=r.reason, kind=r.kind, member=r.member,
                            position=r.position) for r in conn.execute(q)]

    # ------------------------------------------------------------------ assembly
    def replace_assembly(self, assembly: Assembly, *, figure_ids: Collection[str],
                         blocks: Collection[str] = (), conn: Connection | None = None
                         ) -> AssemblyChange:
        """Replace the incidents holding any of ``figure_ids`` by ``assembly.incidents``.

        Old incident ids that survive only as ``previous_ids`` become aliases. If ``blocks``
        include the tally block, all tally series are replaced. The blocks become clean.
        """
        if conn is None:
            with self.tx() as c:
                return self.replace_assembly(assembly, figure_ids=figure_ids, blocks=blocks,
                                             conn=c)
        stamp = now()
        old_ids: set[str] = set()
        for part in chunks(sorted(figure_ids)):
            old_ids.update(conn.execute(
                select(t.incident_figures.c.incident_id)
                .where(t.incident_figures.c.figure_id.in_(part))).scalars())
        old_data: dict[str, Any] = {}
        for part in chunks(sorted(old_ids)):
            for r in conn.execute(select(t.incidents.c.id, t.incidents.c.data,
                                         t.incidents.c.updated_at)
                                  .where(t.incidents.c.id.in_(part))):
                old_data[r.id] = (r.data, r.updated_at)
        fig_block = self._blocks_of(conn, {f for inc in assembly.incidents for f in inc.figures})
        new, changed, unchanged = [], [], []
        rows = []
        for inc in assembly.incidents:
            block = min((fig_block.get(f, "") for f in inc.figures), default="")
            row = incident_row(inc, block=block, now=stamp)
            before = old_data.get(inc.id)
            if before is None:
                new.append(inc.id)
            elif before[0] == row["data"]:
                unchanged.append(inc.id)
                row["updated_at"] = before[1]
            else:
                changed.append(inc.id)
            rows.append(row)
        keep = {inc.id for inc in assembly.incidents}
        removed = sorted(old_ids - keep)
        doomed = sorted(old_ids | keep)
        for part in chunks(doomed):
            conn.execute(delete(t.incident_figures)
                         .where(t.incident_figures.c.incident_id.in_(part)))
            conn.execute(delete(t.incident_claimants)
                         .where(t.incident_claimants.c.incident_id.in_(part)))
            conn.execute(delete(t.incidents).where(t.incidents.c.id.in_(part)))
        if rows:
            conn.execute(insert(t.incidents), rows)
            conn.execute(insert(t.incident_figures), [
                {"incident_id": inc.id, "figure_id": f}
                for inc in assembly.incidents for f in sorted(set(inc.figures))])
            claim_rows = [{"incident_id": inc.id, "claimant": c}
                          for inc in assembly.incidents for c in sorted(set(inc.claimants))]
            if claim_rows:
                conn.execute(insert(t.incident_claimants), claim_rows)
        self._write_aliases(conn, assembly, removed)
        n_tallies = 0
        if TALLY_BLOCK in blocks:
            conn.execute(delete(t.tallies))
            if assembly.tallies:
                conn.execute(insert(t.tallies), [tally_row(s) for s in assembly.tallies])
            n_tallies = len(assembly.tallies)
        for part in chunks(sorted(blocks)):
            conn.execute(update(t.blocks).where(t.blocks.c.key.in_(part))
                         .values(dirty=False, updated_at=stamp))
        return AssemblyChange(tuple(sorted(new)), tuple(sorted(changed)),
                              tuple(sorted(unchanged)), tuple(removed), n_tallies)

    def _blocks_of(self, conn: Connection, figure_ids: Collection[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in chunks(sorted(figure_ids)):
            for r in conn.execute(select(t.figures.c.id, t.figures.c.block)
                                  .where(t.figures.c.id.in_(part))):
                out[r.id] = r.block
        return out

    def _write_aliases(self, conn: Connection, assembly: Assembly, removed: Sequence[str]
                       ) -> None:
        alias: dict[str, str] = {}
        for inc in assembly.incidents:
            for old in inc.previous_ids:
                if old != inc.id:
                    alias[old] = inc.id
        live = {inc.id for inc in assembly.incidents}
        # an id that is live again is no longer an alias
        for part in chunks(sorted(live | set(alias))):
            conn.execute(delete(t.incident_aliases).where(t.incident_aliases.c.old_id.in_(part)))
        rows = [{"old_id": o, "new_id": n} for o, n in sorted(alias.items()) if o not in live]
        if rows:
            conn.execute(insert(t.incident_aliases), rows)
            # older aliases pointing at an id that has just been renamed follow it
            for o, n in alias.items():
                conn.execute(update(t.incident_aliases).where(t.incident_aliases.c.new_id == o)
                             .values(new_id=n))
        if removed:
            log.debug("incidents removed without successor: %s",
                      [r for r in removed if r not in alias])

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        out: dict[str, int] = {}
        with self.tx() as conn:
            for name, table in (("documents", t.documents), ("figures", t.figures),
                                ("incidents", t.incidents), ("tallies", t.tallies),
                                ("problems", t.problems), ("decisions", t.decisions),
                                ("runs", t.runs), ("processed_inputs", t.processed_inputs)):
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar()
                                or 0)
        return out
