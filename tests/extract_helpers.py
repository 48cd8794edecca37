"""Helpers shared by the extraction tests: the figures of a text, their perpetrators, one
actor's perpetrator score in a sentence, and the named-victim roster of a text."""

from __future__ import annotations

from datetime import date

from civcas.extract import extract
from civcas.extract.actors import find_actors
from civcas.extract.perpetrators import perpetrator_score
from civcas.extract.text import sentences
from civcas.extract.victimdoc import collect
from civcas.models import Document, Figure


def figures_on(text: str, published: date) -> list[Figure]:
    """The figures of ``text`` as a document published on ``published``."""
    return extract(Document(id="t", text=text, published=published))


def wire_figures(sentence: str, published: date = date(1990, 5, 4)) -> set[tuple[str, int | None, int | None]]:
    """(outcome, low, high) of the killed and injured figures asserted in ``sentence`` set in a wire item
    of the MUC-3/4 style (a Quito dateline, upper-case copy)."""
    text = "QUITO, 4 MAY 90 (EFE) -- [TEXT] " + sentence
    return {(f.outcome, f.low, f.high) for f in figures_on(text, published)
            if f.outcome in ("killed", "injured") and f.stance != "denied"}


def perpetrators_on(text: str, published: date) -> set[str | None]:
    """The perpetrator names of the figures of ``text`` that are not denials (None: no perpetrator)."""
    return {f.perpetrator.name if f.perpetrator else None
            for f in figures_on(text, published) if f.stance != "denied"}


def actor_score(sentence: str, name: str) -> int:
    """:func:`civcas.extract.perpetrators.perpetrator_score` of the first mention of actor ``name``."""
    m = next(m for m in find_actors(sentence) if m.entry.name == name)
    return perpetrator_score(sentence, m)


def roster(text: str) -> list[tuple[str, str, str]]:
    """(name key, gender from kin or name, age class) of each person named as killed."""
    return [(" ".join(v.key), v.gender if v.gender != "-" else v.given, v.age)
            for v in collect(text, sentences(text)) if v.outcome == "killed"]


def named_parts(text: str) -> dict[str, tuple[int | None, int | None]]:
    """The named-roster parts (children, women, men) of ``text``: group -> (low, high)."""
    figs = extract(Document(id="t", text=text, published=date(2024, 3, 5)))
    return {f.group: (f.low, f.high) for f in figs
            if f.subgroup == "named" and f.group in ("children", "women", "men")}
