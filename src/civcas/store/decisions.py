"""Analysts' decisions in the store, and re-assembly of the blocks they (or new figures) touch."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from civcas.errors import NotFound, UsageError
from civcas.models import Decision, Figure, to_dict
from civcas.review import decision_figures, validate_decision
from civcas.store import schema as t
from civcas.store.queries import ReadMixin
from civcas.store.rows import decision_from_row, decision_row, figure_from_row, utc_naive
from civcas.store.writes import AssemblyChange, chunks

log = logging.getLogger(__name__)

LINKING_KINDS = frozenset({"must_link", "merge_incidents", "split_incident", "cannot_link"})


class DecisionMixin(ReadMixin):
    """``decide`` / ``decisions`` / ``revoke`` and the incremental ``reassemble``."""

    def decisions(self, active_only: bool = True) -> list[Decision]:
        """Recorded decisions in the order they were made."""
        q = select(t.decisions).order_by(t.decisions.c.seq)
        if active_only:
            q = q.where(t.decisions.c.active.is_(True))
        with self.tx() as conn:
            return [decision_from_row(r) for r in conn.execute(q)]

    def _incident_figure_ids(self, conn: Connection, incident_id: str) -> list[str]:
        return sorted(conn.execute(select(t.incident_figures.c.figure_id)
                                   .where(t.incident_figures.c.incident_id == incident_id)
                                   ).scalars())

    def _prepare(self, conn: Connection, d: Decision) -> Decision:
        """Check the targets exist; resolve incident ids; fill in figure lists."""
        if d.kind in ("reject_figure", "restore_figure", "correct_figure", "must_link",
                      "cannot_link"):
            ids = sorted(decision_figures(d))
            found = self._existing(conn, t.figures.c.id, ids)
            missing = [i for i in ids if i not in found]
            if missing:
                raise NotFound(f"no figure {', '.join(missing)}")
            return d
        current = self.resolve_incident_id(d.target, conn=conn)
        figs = self._incident_figure_ids(conn, current)
        value = dict(d.value)
        if d.kind == "merge_incidents":
            other = value.get("incident")
            if not isinstance(other, str):
                raise UsageError("merge_incidents needs value {'incident': <other incident id>}")
            other_id = self.resolve_incident_id(other, conn=conn)
            if other_id == current:
                raise UsageError("cannot merge an incident with itself")
            value["incident"] = other_id
            value["figures"] = sorted(set(figs) | set(self._incident_figure_ids(conn, other_id)))
        elif d.kind == "split_incident":
            part = sorted({str(x) for x in value.get("figures", ())})
            stray = [x for x in part if x not in figs]
            if stray:
                raise UsageError(f"figures {', '.join(stray)} are not in incident {current}")
            rest = [x for x in figs if x not in part]
            if not rest:
                raise UsageError("a split must leave at least one figure in the incident")
            value["figures"], value["rest"] = part, rest
        else:
            value.setdefault("figures", figs)
        return replace(d, target=current, value=value)

    def _affected_figures(self, conn: Connection, d: Decision) -> set[str]:
        ids = decision_figures(d)
        if d.kind in ("override_grade", "override_place"):
            ids.update(self._incident_figure_ids(conn, d.target))
        return ids

    def decide(self, decision: Decision) -> list[str]:
        """Record a decision and its audit entry, re-assemble the incidents it touches.

        Returns the ids of the affected incidents (before and after re-assembly).
        """
        validate_decision(decision)
        with self.tx() as conn:
            if conn.execute(select(t.decisions.c.id).where(t.decisions.c.id == decision.id)
                            ).first():
                raise UsageError(f"decision {decision.id} is already recorded")
            d = self._prepare(conn, decision)
            seq = int(conn.execute(select(func.coalesce(func.max(t.decisions.c.seq), 0))
                                   ).scalar() or 0) + 1
            conn.execute(insert(t.decisions).values(**decision_row(d, seq=seq)))
            res = conn.execute(insert(t.audit).values(
                at=utc_naive(d.at), user=d.user, action=d.kind, target=d.target,
                reason=d.reason, value={"decision": d.id, **to_dict(d)["value"]}))
            audit_id = int(res.inserted_primary_key[0])  # type: ignore[index]
            figs, before, blocks = self._touch(conn, d)
        return self._reassemble_and_audit(audit_id, figs, before, blocks)

    def _touch(self, conn: Connection, d: Decision) -> tuple[set[str], set[str], set[str]]:
        """The figures a decision affects, their incidents now, and the blocks marked dirty."""
        figs = self._affected_figures(conn, d)
        before = self._incidents_of(conn, figs)
        blocks = set(self._blocks_of(conn, figs).values())
        if d.kind == "correct_figure":
            blocks |= self._rebuild_blocks(conn, [d.target])
        self.mark_dirty(blocks, conn=conn)
        return figs, before, blocks

    def _reassemble_and_audit(self, audit_id: int, figs: set[str], before: set[str],
                              blocks: set[str]) -> list[str]:
        """Re-link the dirty blocks and tie the audit entry to every incident touched."""
        self.reassemble(blocks)
        with self.tx() as conn:
            affected = sorted(before | self._incidents_of(conn, figs))
            self._link_audit(conn, audit_id, affected)
        return affected

    def _link_audit(self, conn: Connection, audit_id: int, incidents: Iterable[str]) -> None:
        rows = [{"audit_id": audit_id, "incident_id": i} for i in sorted(set(incidents))]
        if rows:
            conn.execute(insert(t.audit_incidents), rows)

    def revoke(self, decision_id: str, *, user: str, reason: str) -> list[str]:
        """Withdraw a decision (kept, marked inactive, audited); returns affected incidents."""
        with self.tx() as conn:
            row = conn.execute(select(t.decisions).where(t.decisions.c.id == decision_id)
                               ).first()
            if row is None:
                raise NotFound(f"no decision {decision_id!r}")
            d = decision_from_row(row)
            conn.execute(update(t.decisions).where(t.decisions.c.id == decision_id)
                         .values(active=False))
            from civcas.store.writes import now

            res = conn.execute(insert(t.audit).values(
                at=now(), user=user, action="revoke", target=d.target, reason=reason,
                value={"decision": d.id, "kind": d.kind}))
            audit_id = int(res.inserted_primary_key[0])  # type: ignore[index]
            figs, before, blocks = self._touch(conn, d)
        return self._reassemble_and_audit(audit_id, figs, before, blocks)

    def _incidents_of(self, conn: Connection, figure_ids: Collection[str]) -> set[str]:
        out: set[str] = set()
        for part in chunks(sorted(figure_ids)):
            out.update(conn.execute(select(t.incident_figures.c.incident_id)
                                    .where(t.incident_figures.c.figure_id.in_(part))).scalars())
        return out

    def _members(self, conn: Connection, incident_ids: Collection[str]
                 ) -> dict[str, tuple[str, ...]]:
        """Figure ids of each given incident."""
        out: dict[str, list[str]] = {}
        for part in chunks(sorted(incident_ids)):
            for inc, fig in conn.execute(
                    select(t.incident_figures.c.incident_id, t.incident_figures.c.figure_id)
                    .where(t.incident_figures.c.incident_id.in_(part))):
                out.setdefault(inc, []).append(fig)
        return {k: tuple(sorted(v)) for k, v in sorted(out.items())}

    def _rebuild_blocks(self, conn: Connection, figure_ids: Iterable[str]) -> set[str]:
        """Recompute stored blocks of figures after corrections; returns old and new blocks."""
        touched: set[str] = set()
        ids = sorted(set(figure_ids))
        decisions = self._decisions_on(conn, ids)
        for row in conn.execute(select(t.figures.c.id, t.figures.c.block, t.figures.c.data)
                                .where(t.figures.c.id.in_(ids))):
            fig = figure_from_row(row)
            block = self._figure_block(fig, decisions)
            touched.update({row.block, block})
            if block != row.block:
                conn.execute(update(t.figures).where(t.figures.c.id == row.id)
                             .values(block=block))
        return touched

    # ------------------------------------------------------------------ re-assembly
    def _closure(self, conn: Connection, blocks: set[str], decisions: list[Decision]
                 ) -> tuple[set[str], list[str]]:
        """Grow a set of blocks with blocks joined to it by linking decisions or by existing
        incidents; returns the blocks and their figure ids."""
        linking = [d for d in decisions if d.kind in LINKING_KINDS]
        while True:
            fig_ids: list[str] = []
            for part in chunks(sorted(blocks)):
                fig_ids.extend(conn.execute(select(t.figures.c.id)
                                            .where(t.figures.c.block.in_(part))).scalars())
            known = set(fig_ids)
            extra: set[str] = set()
            for d in linking:
                ids = decision_figures(d)
                if ids & known:
                    extra |= ids - known
            for members in self._members(conn, self._incidents_of(conn, known)).values():
                extra.update(x for x in members if x not in known)
            grown = blocks | set(self._blocks_of(conn, extra).values())
            if grown == blocks:
                return blocks, sorted(known)
            blocks = grown

    def reassemble(self, blocks: Iterable[str] | None = None, *, batch: int = 200,
                   progress: Callable[[int, int], Any] | None = None) -> AssemblyChange:
        """Re-link and re-assess the figures of ``blocks`` (default: every dirty block) and
        replace their incidents, keeping previous ids; one transaction per batch of blocks."""
        from civcas.pipeline import assemble

        pending = sorted(set(blocks) if blocks is not None else self.dirty_blocks())
        total = len(pending)
        decisions = self.decisions()
        result = AssemblyChange()
        done = 0
        if progress is not None:
            progress(0, total)
        while pending:
            group, pending = set(pending[:batch]), pending[batch:]
            with self.tx() as conn:
                group, fig_ids = self._closure(conn, group, decisions)
                pending = [b for b in pending if b not in group]
                figs: list[Figure] = []
                for part in chunks(fig_ids):
                    figs.extend(figure_from_row(r) for r in conn.execute(
                        select(t.figures.c.data).where(t.figures.c.id.in_(part))))
                previous = self._members(conn, self._incidents_of(conn, fig_ids))
                assembly = assemble(figs, decisions=decisions, previous=previous or None)
                result = result + self.replace_assembly(assembly, figure_ids=fig_ids,
                                                        blocks=group, conn=conn)
            done = total - len(pending)
            if progress is not None:
                progress(done, total)
        log.debug("re-assembled %d blocks", done)
        return result
