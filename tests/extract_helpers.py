"""Helpers shared by the extraction tests: the figures of a text, their perpetrators, and one
actor's perpetrator score in a sentence."""

from __future__ import annotations

from datetime import date

from civcas.extract import extract
from civcas.extract.actors import find_actors
from civcas.extract.perpetrators import perpetrator_score
from civcas.models import Document, Figure


def figures_on(text: str, published: date) -> list[Figure]:
    """The figures of ``text`` as a document published on ``published``."""
    return extract(Document(id="t", text=text, published=published))


def perpetrators_on(text: str, published: date) -> set[str | None]:
    """The perpetrator names of the figures of ``text`` that are not denials (None: no perpetrator)."""
    return {f.perpetrator.name if f.perpetrator else None
            for f in figures_on(text, published) if f.stance != "denied"}


def actor_score(sentence: str, name: str) -> int:
    """:func:`civcas.extract.perpetrators.perpetrator_score` of the first mention of actor ``name``."""
    m = next(m for m in find_actors(sentence) if m.entry.name == name)
    return perpetrator_score(sentence, m)
