"""civcas.extract: casualty figures from one document.

    figures = extract(doc, published=None)

Pure and deterministic; never raises on any text.  Rule families live in small modules, their
language data in ``civcas/data/extract/lexicon.toml`` and ``civcas/data/actors.toml``:

* :mod:`~civcas.extract.text` sentences and tokens with offsets;
* :mod:`~civcas.extract.numbers` numbers and qualifiers; :mod:`~civcas.extract.counts` which
  numbers count people, :mod:`~civcas.extract.count_resolve` which counts are casualties (outcome,
  breakdowns, parents);
* :mod:`~civcas.extract.actors` actors, :mod:`~civcas.extract.perpetrators` perpetrators,
  :mod:`~civcas.extract.claims` claimants; :mod:`~civcas.extract.when` dates and
  tally periods; :mod:`~civcas.extract.where` places; :mod:`~civcas.extract.assemble` the rest.
"""

from __future__ import annotations

from civcas.extract.actors import (
    ActorEntry,
    ActorMatch,
    canonical_actor,
    find_actors,
    load_actors,
)
from civcas.extract.assemble import extract, extract_many
from civcas.extract.claims import claimant_in
from civcas.extract.perpetrators import perpetrators_in

__all__ = [
    "ActorEntry", "ActorMatch", "canonical_actor", "claimant_in", "extract", "extract_many",
    "find_actors", "load_actors", "perpetrators_in",
]
