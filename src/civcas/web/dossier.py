"""Assemble what the incident dossier and the document page show, from the Store."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from civcas.errors import CivcasError
from civcas.models import Document, Figure, Incident, Range
from civcas.store.dossier import DocWindow
from civcas.web.highlight import CONTEXT, Mark, highlight, snippet

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure of the dossier with its document, evidence snippet and review status."""

    figure: Figure
    status: str
    snippet: Markup
    document: Document | DocWindow | None  # the dossier reads windows (url, publisher, ...)


@dataclass(frozen=True, slots=True)
class RangeRow:
    """One reconciled range (outcome x group) with the figures behind each bound."""

    outcome: str
    group: str
    range: Range


def figure_statuses(store: Any, ids: Sequence[str]) -> dict[str, str]:
    """``Store.figure_status`` as ``{id: status}`` (``active`` when the store says nothing)."""
    if not ids:
        return {}
    try:
        raw = store.figure_status(list(ids))
    except (AttributeError, CivcasError):
        log.debug("figure_status unavailable", exc_info=True)
        return dict.fromkeys(ids, "active")
    out: dict[str, str] = {}
    for fid in ids:
        v = raw.get(fid) if isinstance(raw, dict) else None
        if isinstance(v, dict):
            v = v.get("status")
        out[fid] = str(v) if v else "active"
    return out


def load_documents(store: Any, ids: Sequence[str]) -> dict[str, Document]:
    """The documents with these ids (missing ones are skipped, and logged)."""
    out: dict[str, Document] = {}
    for did in dict.fromkeys(ids):
        try:
            out[did] = store.get_document(did)
        except CivcasError:
            log.warning("document %s of a figure is missing", did)
    return out


def rejected_here(store: Any, inc: Incident) -> list[str]:
    """Ids of figures rejected while they were part of this incident.

    A rejected figure leaves the incident, so the dossier finds it again through the
    rejection decision's ``value["incident"]`` (the review form and API clients set it).
    """
    names = {inc.id, *inc.previous_ids}
    try:
        decisions = store.decisions()
    except CivcasError:
        log.debug("decisions unavailable", exc_info=True)
        return []
    out = [d.target for d in decisions
           if d.kind == "reject_figure" and d.value.get("incident") in names]
    return list(dict.fromkeys(out))


def incident_figures(store: Any, inc: Incident) -> list[Figure]:
    """The incident's figures, plus those rejected from it (so analysts can restore them)."""
    figs = list(store.incident_figures(inc.id))
    have = {f.id for f in figs}
    missing = [fid for fid in (*inc.figures, *rejected_here(store, inc)) if fid not in have]
    if missing:
        try:
            extra = store.list_figures(ids=missing, include_rejected=True,
                                       limit=len(missing) + 10, offset=0)
            figs.extend(f for f in extra if f.id not in have)
        except CivcasError:
            log.debug("could not load rejected figures", exc_info=True)
    return figs


def audit_trail(store: Any, inc: Incident, figure_ids: Sequence[str], *,
                entries: Sequence[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The incident's audit entries (``entries`` when already read, else ``store.audit``) and
    those of the given figures, newest first, no repeats."""
    entries = list(store.audit(inc.id) if entries is None else entries)
    seen = {(str(e.get("at")), e.get("action"), e.get("target")) for e in entries}
    have_targets = {e.get("target") for e in entries}
    for fid in figure_ids:
        if fid in have_targets:
            continue
        for e in store.audit(fid):
            key = (str(e.get("at")), e.get("action"), e.get("target"))
            if key not in seen:
                seen.add(key)
                entries.append(e)
    return sorted(entries, key=lambda e: str(e.get("at")), reverse=True)


def load_dossier(store: Any, incident_id: str
                 ) -> tuple[Incident, list[FigureRow], list[dict[str, Any]] | None]:
    """The incident (by id or previous id), its figure rows and its audit entries (None when
    not read yet), from ``Store.dossier`` (a few indexed queries in one transaction, reading
    only the part of each article around its evidence) when the store has it, else method
    by method."""
    if not hasattr(store, "dossier"):
        inc = store.get_incident(incident_id)
        return inc, figure_rows(store, incident_figures(store, inc)), None
    d = store.dossier(incident_id, excerpts=CONTEXT)
    return d.incident, _rows(d.figures, d.windows or d.documents, d.status), list(d.audit)


def figure_rows(store: Any, figures: Sequence[Figure]) -> list[FigureRow]:
    """Figures with their status, document and highlighted evidence snippet."""
    docs = load_documents(store, [f.doc for f in figures])
    status = figure_statuses(store, [f.id for f in figures])
    return _rows(figures, docs, status)


def _rows(figures: Sequence[Figure], docs: Mapping[str, Document | DocWindow],
          status: dict[str, str]) -> list[FigureRow]:
    rows = []
    for f in sorted(figures, key=_when):
        doc = docs.get(f.doc)
        snip = _snippet(f, doc)
        rows.append(FigureRow(figure=f, status=status.get(f.id, "active"), snippet=snip,
                              document=doc))
    return rows


def _snippet(f: Figure, doc: Document | DocWindow | None) -> Markup:
    """The evidence in its article excerpt (the evidence alone when the article is missing or
    the figure is stated in the headline)."""
    if f.evidence.part != "text":
        doc = None
    if isinstance(doc, DocWindow):
        try:
            return snippet(doc.text, f.evidence.start, f.evidence.end, offset=doc.offset,
                           size=doc.size)
        except ValueError:  # offsets outside the article
            log.warning("evidence of figure %s lies outside document %s", f.id, f.doc)
    elif doc is not None:
        return snippet(doc.text, f.evidence.start, f.evidence.end)
    return highlight(f.evidence.text, [Mark(0, len(f.evidence.text))], ids=False)


def _when(f: Figure) -> tuple[date, str]:
    when = f.published or (f.date.start if f.date else None)
    return (when or date.min, f.id)


def range_rows(inc: Incident) -> list[RangeRow]:
    """Every reconciled range of the incident: killed, injured, then conceded (by the accused)."""
    rows = []
    for outcome, ranges in (("killed", inc.killed), ("injured", inc.injured),
                            ("conceded (killed)", inc.conceded)):
        for group, r in ranges.items():
            rows.append(RangeRow(outcome=outcome, group=group, range=r))
    return rows


def document_marks(doc: Document, figures: Sequence[Figure]) -> Markup:
    """The document text as safe HTML with every figure's evidence marked."""
    marks = [Mark(f.evidence.start, f.evidence.end, (f.id,)) for f in figures
             if f.doc == doc.id and f.evidence.part == "text"]
    return highlight(doc.text, marks)
