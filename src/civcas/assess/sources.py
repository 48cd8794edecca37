"""Who a figure's evidence comes from, so that copies and citation chains count once."""

from __future__ import annotations

from collections.abc import Iterable

from civcas.models import Actor, Figure


def norm_name(name: str | None) -> str:
    """Canonical comparison form of an actor name."""
    return " ".join(name.lower().split()) if name else ""


def origin(f: Figure) -> str:
    """The independent source behind a figure.

    A named claimant ("X citing Y": the ministry quoted by three outlets) is one source whoever
    repeats it; an unattributed figure belongs to its document's near-duplicate group, so syndicated
    copies of one text count once.
    """
    c = f.claimant
    if c is not None and c.name and c.kind != "unattributed":
        return "claimant:" + norm_name(c.name)
    return "report:" + (f.near_group or f.doc)


def count_sources(figs: Iterable[Figure]) -> int:
    """Number of independent sources among non-denial figures (denials are not harm reports)."""
    return len({origin(f) for f in figs if f.stance != "denied"})


def is_admission(f: Figure, perpetrator: Actor | None) -> bool:
    """A belligerent asserting harm it is itself accused of (Airwars: deaths conceded)."""
    c = f.claimant
    if c is None or c.kind != "belligerent" or f.stance == "denied":
        return False
    accused = f.perpetrator or perpetrator
    return accused is not None and norm_name(accused.name) == norm_name(c.name)
