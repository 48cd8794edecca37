"""The pipeline as plain function calls: what every runner (local process pool, Dask) wraps.

    documents = civcas.ingest.read_paths(paths)             # ingest/
    figures   = analyse_document(doc)  for each document    # extract/ + geo/
    result    = assemble(figures, decisions=...)            # link/ + assess/ (+ review decisions)

Stages never know about runners, databases or Dask.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from civcas.models import Decision, Document, Figure, Incident, TallySeries

if TYPE_CHECKING:
    from civcas.geo import Geocoder


@dataclass(frozen=True, slots=True)
class Assembly:
    """The incident-level result of linking and assessing a set of figures."""

    figures: tuple[Figure, ...]  # after analysts' decisions (rejections removed, corrections applied)
    incidents: tuple[Incident, ...]
    tallies: tuple[TallySeries, ...]


def analyse_document(doc: Document, *, geocoder: Geocoder | None = None) -> list[Figure]:
    """Extract every casualty figure of one document and geocode its places.

    Every figure carries the document's linking context (``Figure.context``). A document that
    states no figure but reports a violent event yields one numberless document report
    (``civcas.link.context.document_report``); any other document yields nothing.
    """
    from dataclasses import replace

    from civcas.extract import extract
    from civcas.geo import geocode_figures
    from civcas.link.context import document_context, document_report

    figures = extract(doc)
    context = document_context(doc, places=[f.place.name for f in figures if f.place])
    if figures:
        figures = [replace(f, context=context) for f in figures]
    else:
        report = document_report(doc, context=context)
        if report is None:
            return []
        figures = [report]
    return geocode_figures(doc, figures, geocoder=geocoder)


def assemble(
    figures: Iterable[Figure],
    *,
    decisions: Sequence[Decision] = (),
    previous: dict[str, tuple[str, ...]] | None = None,
) -> Assembly:
    """Link figures into incidents, reconcile and grade them, and build tally series.

    ``previous`` maps earlier incident ids to their figure ids, so that ids stay stable and
    merges/splits record previous ids. ``decisions`` are analysts' decisions (see civcas.review).
    """
    from civcas.assess import assess, build_tallies
    from civcas.link import link
    from civcas.review import apply_to_figures, apply_to_incidents, link_constraints

    figs = apply_to_figures(sorted(figures, key=lambda f: f.id), decisions)
    must, cannot = link_constraints(decisions, figs)
    by_id = {f.id: f for f in figs}
    incidents = link(
        [f for f in figs if f.scope == "incident"], must_link=must, cannot_link=cannot,
        previous=previous,
    )
    assessed = [assess(inc, by_id) for inc in incidents]
    assessed = apply_to_incidents(assessed, decisions)
    tallies = build_tallies([f for f in figs if f.scope == "tally"])
    return Assembly(figures=tuple(figs), incidents=tuple(assessed), tallies=tuple(tallies))
