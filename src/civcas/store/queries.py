"""Reads: incidents with filters, figures, documents (full-text), tallies, totals, timeline."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from civcas.errors import NotFound, UsageError
from civcas.models import Decision, Document, Figure, Incident, TallySeries
from civcas.review import correct, figure_states
from civcas.store import schema as t
from civcas.store.dossier import Dossier, read_dossier
from civcas.store.rows import (
    decision_from_row,
    document_from_row,
    figure_from_row,
    incident_from_row,
    tally_from_row,
)
from civcas.store.writes import WriteMixin, chunks

COUNTED_GRADES = ("confirmed", "fair")
ORDERS = {
    "date": (t.incidents.c.date_start.asc(), t.incidents.c.id.asc()),
    "-date": (t.incidents.c.date_start.desc(), t.incidents.c.id.desc()),
    "killed": (t.incidents.c.killed_best.desc(), t.incidents.c.id.asc()),
    "sources": (t.incidents.c.n_sources.desc(), t.incidents.c.id.asc()),
    "id": (t.incidents.c.id.asc(),),
}
_WORD = re.compile(r"\w+", re.UNICODE)
BBox = tuple[float, float, float, float]


class ReadMixin(WriteMixin):
    """Read methods used by the web app, the CLI, the exporters and notebooks."""

    # ------------------------------------------------------------------ full text
    def _doc_match(self, query: str) -> ColumnElement[bool]:
        """A condition on ``documents.id`` selecting documents matching ``query``."""
        words = _WORD.findall(query)
        if not words:
            raise UsageError("empty text search", hint="give at least one word")
        if self.dialect == "sqlite":
            fts = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            sub = text("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :fts"
                       ).bindparams(fts=fts).columns(doc_id=t.documents.c.id.type)
            return t.documents.c.id.in_(select(sub.subquery().c.doc_id))
        if self.dialect == "postgresql":
            return text("documents.tsv @@ plainto_tsquery('simple', :fts)").bindparams(
                fts=" ".join(words))  # type: ignore[return-value]
        like = f"%{query.lower()}%"
        return or_(func.lower(t.documents.c.text).like(like),
                   func.lower(t.documents.c.title).like(like))

    # ------------------------------------------------------------------ incidents
    def _incident_where(self, *, start: date | None = None, end: date | None = None,
                        country: str | None = None, perpetrator: str | None = None,
                        grade: Sequence[str] | str | None = None, claimant: str | None = None,
                        text: str | None = None, bbox: BBox | None = None
                        ) -> list[ColumnElement[bool]]:
        inc = t.incidents.c
        where: list[ColumnElement[bool]] = []
        if start is not None:
            where.append(func.coalesce(inc.date_end, inc.date_start) >= start)
        if end is not None:
            where.append(inc.date_start <= end)
        if country:
            where.append(inc.country == country.upper())
        if perpetrator:
            where.append(inc.perpetrator == perpetrator)
        if grade:
            grades = [grade] if isinstance(grade, str) else list(grade)
            where.append(inc.grade.in_(grades))
        if claimant:
            where.append(inc.id.in_(select(t.incident_claimants.c.incident_id)
                                    .where(t.incident_claimants.c.claimant == claimant)))
        if bbox is not None:
            min_lon, min_lat, max_lon, max_lat = bbox
            where.extend([inc.lon >= min_lon, inc.lon <= max_lon, inc.lat >= min_lat,
                          inc.lat <= max_lat])
        if text and text.strip():
            docs = select(t.documents.c.id).where(self._doc_match(text))
            via_docs = inc.id.in_(
                select(t.incident_figures.c.incident_id)
                .join(t.figures, t.figures.c.id == t.incident_figures.c.figure_id)
                .where(t.figures.c.doc.in_(docs)))
            needle = (text.strip().lower().replace("\\", "\\\\").replace("%", "\\%")
                      .replace("_", "\\_"))
            where.append(or_(inc.search.like(f"%{needle}%", escape="\\"), via_docs))
        return where

    def list_incidents(self, *, start: date | None = None, end: date | None = None,
                       country: str | None = None, perpetrator: str | None = None,
                       grade: Sequence[str] | str | None = None, claimant: str | None = None,
                       text: str | None = None, bbox: BBox | None = None, limit: int = 100,
                       offset: int = 0, order: str = "date") -> tuple[list[Incident], int]:
        """Incidents matching every given filter, one page of them, and the total count.

        ``start``/``end`` keep incidents whose dates overlap the period; ``bbox`` is
        (min_lon, min_lat, max_lon, max_lat); ``text`` matches place, perpetrator, claimants
        or the full text of the incident's documents. ``order``: date (oldest first), -date,
        killed (most civilians killed first), sources, id.
        """
        if order not in ORDERS:
            raise UsageError(f"unknown order {order!r}", hint=f"one of {', '.join(ORDERS)}")
        where = self._incident_where(start=start, end=end, country=country,
                                     perpetrator=perpetrator, grade=grade, claimant=claimant,
                                     text=text, bbox=bbox)
        q = select(t.incidents.c.data).where(and_(True, *where)).order_by(*ORDERS[order])
        q = q.limit(max(0, limit)).offset(max(0, offset))
        count = select(func.count()).select_from(t.incidents).where(and_(True, *where))
        with self.tx() as conn:
            items = [incident_from_row(r) for r in conn.execute(q)]
            total = int(conn.execute(count).scalar() or 0)
        return items, total

    def iter_incidents(self, *, page: int = 1000, **filters: Any
                       ) -> Iterator[tuple[Incident, datetime | None]]:
        """Every incident matching ``filters`` (as list_incidents), by id, with the time it
        last changed (UTC); fetched page by page (keyset pagination)."""
        from civcas.store.rows import as_utc

        where = self._incident_where(**filters)
        last: str | None = None
        while True:
            q = select(t.incidents.c.id, t.incidents.c.data, t.incidents.c.updated_at).where(
                and_(True, *where))
            if last is not None:
                q = q.where(t.incidents.c.id > last)
            with self.tx() as conn:
                rows = conn.execute(q.order_by(t.incidents.c.id).limit(page)).all()
            for r in rows:
                yield incident_from_row(r), as_utc(r.updated_at)
            if len(rows) < page:
                return
            last = rows[-1].id

    def document_refs(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Title, url, publisher and publication date of documents, by id (no text)."""
        out: dict[str, dict[str, Any]] = {}
        d = t.documents.c
        with self.tx() as conn:
            for part in chunks(sorted(set(ids))):
                for r in conn.execute(select(d.id, d.title, d.url, d.publisher, d.published)
                                      .where(d.id.in_(part))):
                    out[r.id] = {"title": r.title, "url": r.url, "publisher": r.publisher,
                                 "published": r.published}
        return out

    def figure_incidents(self, ids: Sequence[str]) -> dict[str, str]:
        """The incident each given figure currently belongs to (figures in none are absent)."""
        out: dict[str, str] = {}
        with self.tx() as conn:
            for part in chunks(sorted(set(ids))):
                for inc, fig in conn.execute(
                        select(t.incident_figures.c.incident_id, t.incident_figures.c.figure_id)
                        .where(t.incident_figures.c.figure_id.in_(part))):
                    out[fig] = inc
        return out

    def resolve_incident_id(self, incident_id: str, *, conn: Connection | None = None) -> str:
        """The current id of an incident, following previous ids (raises NotFound)."""
        if conn is None:
            with self.tx() as c:
                return self.resolve_incident_id(incident_id, conn=c)
        seen: set[str] = set()
        current = incident_id
        while current not in seen:
            seen.add(current)
            if conn.execute(select(t.incidents.c.id).where(t.incidents.c.id == current)
                            ).first():
                return current
            nxt = conn.execute(select(t.incident_aliases.c.new_id)
                               .where(t.incident_aliases.c.old_id == current)).scalar()
            if nxt is None:
                break
            current = nxt
        raise NotFound(f"no incident {incident_id!r}",
                       hint="list incidents with `civcas incidents --db URL`")

    def get_incident(self, incident_id: str) -> Incident:
        """One incident by id or by one of its previous ids (raises NotFound)."""
        with self.tx() as conn:
            current = self.resolve_incident_id(incident_id, conn=conn)
            row = conn.execute(select(t.incidents.c.data).where(t.incidents.c.id == current)
                               ).first()
            assert row is not None
            return incident_from_row(row)

    def incident_figures(self, incident_id: str) -> list[Figure]:
        """The figures of an incident as assembled (analysts' corrections applied)."""
        with self.tx() as conn:
            current = self.resolve_incident_id(incident_id, conn=conn)
            ids = list(conn.execute(select(t.incident_figures.c.figure_id)
                                    .where(t.incident_figures.c.incident_id == current)
                                    ).scalars())
            figs, _states = self._figures_by_id(conn, ids)
        return sorted(figs, key=lambda f: (f.doc, f.id))

    def _figures_by_id(self, conn: Connection, ids: Sequence[str]
                       ) -> tuple[list[Figure], dict[str, Any]]:
        """Figures with these ids (corrections applied) and their review states, in 2 queries
        per chunk of ids: the rows, then the decisions on them."""
        raw: list[Figure] = []
        for part in chunks(sorted(set(ids))):
            raw.extend(figure_from_row(r) for r in conn.execute(
                select(t.figures.c.data).where(t.figures.c.id.in_(part))))
        states = figure_states(self._decisions_for(conn, [x.id for x in raw])) if raw else {}
        out = []
        for fig in raw:
            st = states.get(fig.id)
            out.append(correct(fig, st.corrections) if st and st.corrections else fig)
        return out, states

    def dossier(self, incident_id: str, *, audit_limit: int = 200,
                excerpts: int | None = None) -> Dossier:
        """The incident (by id or previous id), its figures, the figures rejected from it,
        their review status, their documents and the incident's audit trail (as ``audit``):
        five indexed queries in one transaction, whatever the number of figures (raises
        NotFound). With ``excerpts=N`` the documents come as ``windows`` holding only the text
        within N characters (and a margin) of their figures' evidence (``documents`` empty)."""
        return read_dossier(self, incident_id, audit_limit=audit_limit, excerpts=excerpts)

    # ------------------------------------------------------------------ figures
    def _decisions_for(self, conn: Connection, ids: Sequence[str]) -> list[Decision]:
        out: list[Decision] = []
        for part in chunks(list(ids)):
            rows = conn.execute(select(t.decisions).where(t.decisions.c.target.in_(part))
                                .order_by(t.decisions.c.seq))
            out.extend(decision_from_row(r) for r in rows)
        return out

    def _figure_where(self, conn: Connection, *, ids: Sequence[str] | None = None,
                      incident: str | None = None, doc: str | None = None,
                      claimant: str | None = None, perpetrator: str | None = None,
                      include_rejected: bool = False) -> list[ColumnElement[bool]] | None:
        """Conditions on ``figures`` for list_figures/count_figures (None: nothing matches)."""
        f = t.figures.c
        where: list[ColumnElement[bool]] = []
        if ids is not None:
            if not ids:
                return None
            where.append(f.id.in_(list(ids)))
        if incident:
            current = self.resolve_incident_id(incident, conn=conn)
            where.append(f.id.in_(select(t.incident_figures.c.figure_id)
                                  .where(t.incident_figures.c.incident_id == current)))
        if doc:
            where.append(f.doc == doc)
        if claimant:
            where.append(f.claimant == claimant)
        if perpetrator:
            where.append(f.perpetrator == perpetrator)
        if not include_rejected:
            rejected = self._rejected_ids(conn)
            if rejected:
                where.append(f.id.not_in(sorted(rejected)))
        return where

    def list_figures(self, *, ids: Sequence[str] | None = None, incident: str | None = None,
                     doc: str | None = None, claimant: str | None = None,
                     perpetrator: str | None = None, include_rejected: bool = False,
                     limit: int = 1000, offset: int = 0) -> list[Figure]:
        """Figures (with analysts' corrections applied), ordered by document then id.

        Rejected figures are left out unless ``include_rejected``. ``count_figures`` with the
        same filters gives the total.
        """
        f = t.figures.c
        with self.tx() as conn:
            where = self._figure_where(conn, ids=ids, incident=incident, doc=doc,
                                       claimant=claimant, perpetrator=perpetrator,
                                       include_rejected=include_rejected)
            if where is None:
                return []
            q = (select(f.data).where(and_(True, *where)).order_by(f.doc, f.id)
                 .limit(max(0, limit)).offset(max(0, offset)))
            raw = [figure_from_row(r) for r in conn.execute(q)]
            states = figure_states(self._decisions_for(conn, [x.id for x in raw]))
        out: list[Figure] = []
        for fig in raw:
            st = states.get(fig.id)
            out.append(correct(fig, st.corrections) if st else fig)
        return out

    def count_figures(self, *, ids: Sequence[str] | None = None, incident: str | None = None,
                      doc: str | None = None, claimant: str | None = None,
                      perpetrator: str | None = None, include_rejected: bool = False) -> int:
        """How many figures ``list_figures`` would return with these filters and no limit."""
        with self.tx() as conn:
            where = self._figure_where(conn, ids=ids, incident=incident, doc=doc,
                                       claimant=claimant, perpetrator=perpetrator,
                                       include_rejected=include_rejected)
            if where is None:
                return 0
            return int(conn.execute(select(func.count()).select_from(t.figures)
                                    .where(and_(True, *where))).scalar() or 0)

    def _rejected_ids(self, conn: Connection) -> set[str]:
        """Figures currently rejected (decisions are few: computed from all of them)."""
        rows = conn.execute(select(t.decisions).where(
            t.decisions.c.kind.in_(("reject_figure", "restore_figure")),
            t.decisions.c.active.is_(True)).order_by(t.decisions.c.seq))
        states = figure_states([decision_from_row(r) for r in rows])
        return {k for k, v in states.items() if v.rejected}

    def figure_status(self, ids: Sequence[str]) -> dict[str, str]:
        """``active``, ``rejected`` or ``corrected`` for each given figure id."""
        with self.tx() as conn:
            states = figure_states(self._decisions_for(conn, list(ids)))
        out: dict[str, str] = {}
        for i in ids:
            st = states.get(i)
            out[i] = ("rejected" if st and st.rejected else
                      "corrected" if st and st.corrections else "active")
        return out

    # ------------------------------------------------------------------ documents
    def get_document(self, doc_id: str) -> Document:
        """One document with its text (raises NotFound)."""
        with self.tx() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(f"no document {doc_id!r}")
        return document_from_row(row)

    def list_documents(self, *, text: str | None = None, publisher: str | None = None,
                       limit: int = 50, offset: int = 0) -> tuple[list[Document], int]:
        """Documents matching a full-text query and/or publisher, newest first, and the total."""
        where: list[ColumnElement[bool]] = []
        if text and text.strip():
            where.append(self._doc_match(text))
        if publisher:
            where.append(t.documents.c.publisher == publisher)
        q = (select(t.documents).where(and_(True, *where))
             .order_by(t.documents.c.published.desc(), t.documents.c.id)
             .limit(max(0, limit)).offset(max(0, offset)))
        count = select(func.count()).select_from(t.documents).where(and_(True, *where))
        with self.tx() as conn:
            docs = [document_from_row(r) for r in conn.execute(q)]
            total = int(conn.execute(count).scalar() or 0)
        return docs, total

    # ------------------------------------------------------------------ tallies, actors
    def list_tallies(self, *, claimant: str | None = None,
                     perpetrator: str | None = None) -> list[TallySeries]:
        """Tally series, by claimant then id."""
        q = select(t.tallies.c.data).order_by(t.tallies.c.claimant, t.tallies.c.id)
        if claimant:
            q = q.where(t.tallies.c.claimant == claimant)
        if perpetrator:
            q = q.where(t.tallies.c.perpetrator == perpetrator)
        with self.tx() as conn:
            return [tally_from_row(r) for r in conn.execute(q)]

    def list_claimants(self) -> list[dict[str, Any]]:
        """Every claimant: name, kind, number of figures and of incidents."""
        f = t.figures.c
        with self.tx() as conn:
            figs = conn.execute(select(f.claimant, func.max(f.claimant_kind), func.count())
                                .where(f.claimant.is_not(None)).group_by(f.claimant)).all()
            incs: dict[str, int] = dict(conn.execute(select(t.incident_claimants.c.claimant, func.count())
                                     .group_by(t.incident_claimants.c.claimant)).all())
        return [{"name": name, "kind": kind, "figures": int(n), "incidents": int(incs.get(name, 0))}
                for name, kind, n in sorted(figs, key=lambda r: (-r[2], r[0]))]

    def list_perpetrators(self) -> list[dict[str, Any]]:
        """Every perpetrator named: name, number of figures and of incidents."""
        f = t.figures.c
        with self.tx() as conn:
            figs: dict[str, int] = dict(conn.execute(select(f.perpetrator, func.count())
                                     .where(f.perpetrator.is_not(None))
                                     .group_by(f.perpetrator)).all())
            incs: dict[str, int] = dict(conn.execute(select(t.incidents.c.perpetrator, func.count())
                                     .where(t.incidents.c.perpetrator.is_not(None))
                                     .group_by(t.incidents.c.perpetrator)).all())
        names = sorted(set(figs) | set(incs), key=lambda n: (-incs.get(n, 0), n))
        return [{"name": n, "figures": int(figs.get(n, 0)), "incidents": int(incs.get(n, 0))}
                for n in names]

    # ------------------------------------------------------------------ aggregates
    def totals(self, **filters: Any) -> dict[str, Any]:
        """Headline totals: civilians killed (low/best/high) over fair + confirmed incidents,
        and incident counts by grade, for incidents matching ``filters`` (as list_incidents)."""
        where = self._incident_where(**filters)
        inc = t.incidents.c
        with self.tx() as conn:
            by_grade = {g or "ungraded": int(n) for g, n in conn.execute(
                select(inc.grade, func.count()).where(and_(True, *where)).group_by(inc.grade))}
            low, best, high, n = conn.execute(
                select(func.sum(inc.killed_low), func.sum(inc.killed_best),
                       func.sum(inc.killed_high), func.count())
                .where(and_(inc.grade.in_(COUNTED_GRADES), *where))).one()
        return {"incidents": sum(by_grade.values()), "by_grade": by_grade,
                "counted_grades": list(COUNTED_GRADES), "counted_incidents": int(n or 0),
                "civilians_killed": {"low": int(low or 0), "best": int(best or 0),
                                     "high": int(high or 0)}}

    def timeline(self, **filters: Any) -> list[dict[str, Any]]:
        """Per ISO week (Monday): civilians killed low/high summed over the incidents matching
        ``filters`` that have a date, and their number; weeks in order."""
        where = self._incident_where(**filters)
        inc = t.incidents.c
        weeks: dict[date, list[int]] = {}
        with self.tx() as conn:
            rows = conn.execute(select(inc.date_start, func.sum(inc.killed_low),
                                       func.sum(inc.killed_high), func.count())
                                .where(and_(inc.date_start.is_not(None), *where))
                                .group_by(inc.date_start))
            for day, low, high, n in rows:
                monday = day - timedelta(days=day.weekday())
                acc = weeks.setdefault(monday, [0, 0, 0])
                acc[0] += int(low or 0)
                acc[1] += int(high or 0)
                acc[2] += int(n)
        return [{"week": w.isoformat(), "low": v[0], "high": v[1], "incidents": v[2]}
                for w, v in sorted(weeks.items())]

    # ------------------------------------------------------------------ audit
    def audit(self, target: str | None = None, *, limit: int = 200) -> list[dict[str, Any]]:
        """Audit entries, newest first. For an incident, its figures' entries are included."""
        a = t.audit.c
        q = select(t.audit).order_by(a.id.desc()).limit(limit)
        with self.tx() as conn:
            if target:
                names = {target}
                try:
                    current = self.resolve_incident_id(target, conn=conn)
                except NotFound:
                    current = None
                if current:
                    names.add(current)
                    names.update(conn.execute(select(t.incident_aliases.c.old_id).where(
                        t.incident_aliases.c.new_id == current)).scalars())
                    names.update(conn.execute(select(t.incident_figures.c.figure_id).where(
                        t.incident_figures.c.incident_id == current)).scalars())
                q = q.where(or_(a.target.in_(sorted(names)), a.id.in_(
                    select(t.audit_incidents.c.audit_id)
                    .where(t.audit_incidents.c.incident_id.in_(sorted(names))))))
            rows = conn.execute(q).all()
        from civcas.store.rows import as_utc

        return [{"at": as_utc(r.at), "user": r.user, "action": r.action, "target": r.target,
                 "reason": r.reason, "value": r.value} for r in rows]
