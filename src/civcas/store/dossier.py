"""The incident dossier's reads (``Store.dossier``): one transaction, one query per table.

Split from ``queries.py``. Every query is an indexed lookup (see docs/web.md, "Dossier"):
the incident by primary key; decisions on its figures (``ix_decisions_target``) or active
rejections (``ix_decisions_kind_active``); figures by primary key; documents by primary key;
audit entries by target (``ix_audit_target``), by incident (``ix_audit_incidents_incident``)
and by previous id (``ix_incident_aliases_new``). The statements are built once.

With ``excerpts=N`` the documents' texts are not loaded: each document comes back as a
:class:`DocWindow` holding only the part of its text within ``N`` characters (plus a margin)
of its figures' evidence, which is all the dossier shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, and_, bindparam, func, or_, select, union_all

from civcas.models import Document, Figure, Incident
from civcas.review import correct, figure_states
from civcas.store import schema as t
from civcas.store.rows import as_utc, decision_from_row, document_from_row, figure_from_row
from civcas.store.writes import CHUNK, chunks

if TYPE_CHECKING:
    from civcas.store.queries import ReadMixin

WINDOW_MARGIN = 40  # characters beyond ``excerpts`` (an excerpt widens to word boundaries)
WINDOWS_PER_QUERY = 32


@dataclass(frozen=True, slots=True)
class DocWindow:
    """A document without most of its text: ``text`` is ``full_text[offset:offset + len(text)]``
    and ``size`` the length of the full text."""

    id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: date | None
    offset: int
    size: int
    text: str


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything the incident dossier shows from the figures' side, read in one transaction.

    ``figures`` are the incident's figures plus those rejected while part of it (corrections
    applied); ``status`` maps each to ``active``, ``rejected`` or ``corrected``; ``documents``
    holds their source documents (with text) by id, or, when read with ``excerpts``,
    ``windows`` holds them (with only the text around the evidence) and ``documents`` is
    empty; ``audit`` is ``Store.audit(incident)``.
    """

    incident: Incident
    figures: tuple[Figure, ...]
    status: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    windows: dict[str, DocWindow] = field(default_factory=dict)


def read_dossier(store: ReadMixin, incident_id: str, *, audit_limit: int = 200,
                 excerpts: int | None = None) -> Dossier:
    """``Store.dossier``: see :meth:`civcas.store.queries.ReadMixin.dossier`."""
    from civcas.store.rows import incident_from_row

    st = _statements()
    with store.tx() as conn:
        row = conn.execute(st.incident, {"id": incident_id}).first()
        if row is None:
            current = store.resolve_incident_id(incident_id, conn=conn)
            row = conn.execute(st.incident, {"id": current}).first()
            assert row is not None
        inc, current = incident_from_row(row), str(row.id)
        members = sorted(set(inc.figures))  # the incident_figures rows of this incident
        # decisions on the figures, and every active rejection (to find those rejected
        # while part of this incident: value["incident"] names it)
        if len(members) <= CHUNK:
            decisions = [decision_from_row(r) for r in conn.execute(
                st.decisions, {"ids": members})]
        else:
            decisions = store._decisions_for(conn, members) + [
                decision_from_row(r) for r in conn.execute(st.decisions, {"ids": []})]
        names = {incident_id, current, *inc.previous_ids}
        extra = sorted({d.target for d in decisions if d.kind == "reject_figure"
                        and d.active and d.value.get("incident") in names} - set(members))
        if extra or len(members) > CHUNK:  # every decision on these figures, in order
            decisions = store._decisions_for(conn, members + extra)
        raw = [figure_from_row(r) for part in chunks(members + extra)
               for r in conn.execute(st.figures, {"ids": list(part)})]
        docs: dict[str, Document] = {}
        windows: dict[str, DocWindow] = {}
        if excerpts is None:
            for part in chunks(sorted({f.doc for f in raw})):
                for r in conn.execute(st.documents, {"ids": list(part)}):
                    docs[r.id] = document_from_row(r)
        else:
            windows = _windows(conn, raw, excerpts + WINDOW_MARGIN)
        audit = _incident_audit(store, conn, {incident_id, current, *members}, current,
                                limit=audit_limit)
    wanted = {f.id for f in raw}
    states = figure_states([d for d in decisions if d.target in wanted])
    figs, status = [], {}
    for f in raw:
        fs = states.get(f.id)
        figs.append(correct(f, fs.corrections) if fs and fs.corrections else f)
        status[f.id] = ("rejected" if fs and fs.rejected else
                        "corrected" if fs and fs.corrections else "active")
    return Dossier(incident=inc, figures=tuple(sorted(figs, key=lambda f: (f.doc, f.id))),
                   status=status, documents=docs, audit=audit, windows=windows)


def _windows(conn: Connection, figures: list[Figure], reach: int) -> dict[str, DocWindow]:
    """Each figure's document with the text from ``reach`` characters before its first
    evidence span to ``reach`` after its last: one query (per 32 documents)."""
    spans: dict[str, tuple[int, int]] = {}
    for f in figures:
        if f.evidence.part != "text":  # a headline figure: its offsets index the title
            continue
        lo, hi = spans.get(f.doc, (f.evidence.start, f.evidence.end))
        spans[f.doc] = (min(lo, f.evidence.start, f.evidence.end),
                        max(hi, f.evidence.start, f.evidence.end))
    out: dict[str, DocWindow] = {}
    ids = sorted(spans)
    for part in chunks(ids, WINDOWS_PER_QUERY):
        params: dict[str, Any] = {}
        offsets: dict[str, int] = {}
        for k, doc_id in enumerate(part):
            offsets[doc_id] = start = max(0, spans[doc_id][0] - reach)
            params[f"id{k}"] = doc_id
            params[f"a{k}"] = start + 1  # SQL substr counts from 1
            params[f"n{k}"] = max(0, spans[doc_id][1] + reach - start)
        for r in conn.execute(_window_statement(len(part)), params):
            out[r.id] = DocWindow(id=r.id, title=r.title, url=r.url, publisher=r.publisher,
                                  published=r.published, offset=offsets[r.id],
                                  size=int(r.size or 0), text=r.excerpt or "")
    return out


@lru_cache(maxsize=WINDOWS_PER_QUERY)
def _window_statement(n: int) -> Any:
    """``n`` primary-key lookups of documents, each with its own text window, as one query."""
    d = t.documents.c
    parts = [select(d.id, d.title, d.url, d.publisher, d.published,
                    func.length(d.text).label("size"),
                    func.substr(d.text, bindparam(f"a{k}", type_=Integer),
                                bindparam(f"n{k}", type_=Integer)).label("excerpt"))
             .where(d.id == bindparam(f"id{k}")) for k in range(n)]
    return parts[0] if n == 1 else union_all(*parts)


def _incident_audit(store: ReadMixin, conn: Connection, names: set[str], current: str, *,
                    limit: int) -> list[dict[str, Any]]:
    """``audit(current)`` in one query: entries on the incident, its previous ids and
    ``names`` (its figures), newest first."""
    if len(names) > CHUNK:
        return store.audit(current, limit=limit)
    rows = conn.execute(_statements().audit,
                        {"names": sorted(names), "current": current, "limit": limit}).all()
    return [{"at": as_utc(r.at), "user": r.user, "action": r.action, "target": r.target,
             "reason": r.reason, "value": r.value} for r in rows]


@dataclass(frozen=True, slots=True)
class _Statements:
    incident: Any
    decisions: Any
    figures: Any
    documents: Any
    audit: Any


@lru_cache(maxsize=1)
def _statements() -> _Statements:
    """The dossier's queries, built once with bound parameters (building SQLAlchemy
    statements costs more than running these small indexed queries)."""
    inc, dec, a, ai = t.incidents.c, t.decisions.c, t.audit.c, t.audit_incidents.c
    names: Any = bindparam("names", expanding=True)
    old = select(t.incident_aliases.c.old_id).where(
        t.incident_aliases.c.new_id == bindparam("current"))
    return _Statements(
        incident=select(inc.id, inc.data).where(inc.id == bindparam("id")),
        decisions=select(t.decisions).where(or_(
            dec.target.in_(bindparam("ids", expanding=True)),
            and_(dec.kind == "reject_figure", dec.active.is_(True)))).order_by(dec.seq),
        figures=select(t.figures.c.data).where(
            t.figures.c.id.in_(bindparam("ids", expanding=True))),
        documents=select(t.documents).where(
            t.documents.c.id.in_(bindparam("ids", expanding=True))),
        audit=select(t.audit).where(or_(
            a.target.in_(names), a.target.in_(old),
            a.id.in_(select(ai.audit_id).where(or_(
                ai.incident_id.in_(names),
                ai.incident_id.in_(old))))))
        .order_by(a.id.desc()).limit(bindparam("limit")),
    )
