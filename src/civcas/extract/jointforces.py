"""The state's police and army acting together: the theatre's security forces.

A story whose act is done by "a police and army operation", "soldiers and policemen stormed the
house" or "a joint army and police raid" tells an act of the state's security forces as a whole.
The extractor's actor list reads the army word alone ("Ecuadorean army"); figures it gave to the
theatre's army (or police) take the theatre's security forces instead, unless their own sentence
names the army alone ("the army said its patrol killed two rebels" keeps the army).

Word lists live in ``data/extract/jointforces.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.actors import canonical_actor
from civcas.extract.regex_speed import has_match
from civcas.extract.struckside import described_state
from civcas.extract.text import literal_view
from civcas.extract.theatre import demonym
from civcas.extract.typed import STATE_FORCES
from civcas.models import Actor, Figure

if TYPE_CHECKING:
    from civcas.extract.docstate import Doc

__all__ = ["joint_forces"]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "jointforces.toml")
    police, army = _alt(raw["police"]), _alt(raw["army"])
    # (with the force noun that may follow: "police and army troops")
    joint = rf"(?:{police}\s+and\s+{army}|{army}\s+and\s+{police})(?:\s+{_alt(raw['members'])})?"
    acting = re.compile(rf"\b(?:{_alt(raw['before'])}\s+(?:the\s+|an?\s+)?(?:joint\s+)?{joint}\b|"
                        rf"{joint}\s+{_alt(raw['after'])}\b)", re.IGNORECASE)
    alone = re.compile(rf"\b{_alt(raw['army_alone'])}\b", re.IGNORECASE)
    return acting, alone, re.compile(rf"\b{joint}\b", re.IGNORECASE)


def _state_names(theatre: tuple[str, ...]) -> set[str]:
    names = set()
    for word in ("army", "police"):
        found = canonical_actor(word, theatre=theatre)
        if found is not None and found.kind == "belligerent":
            names.add(found.name)
    return names


def joint_forces(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Figures given to the theatre's army or police in a story of a joint police and army act take
    the theatre's security forces (module doc)."""
    if not figures or not st.theatre or st.theatre[0] == "US":
        return figures
    acting, alone, joint = _data()
    head = st.text[:20000]
    # (exact literal pre-test first: every match names a police word, which most stories never do)
    if not has_match(acting, head, literal_view(head)):
        return figures
    dem = demonym(st.theatre[0])
    own = _state_names(st.theatre)
    if dem is None or not own:
        return figures
    forces = described_state(st.theatre, Actor(name=STATE_FORCES, text=f"{dem} security forces", kind="belligerent"))
    if forces.name in own:
        return figures  # (the theatre's army is already its security forces)
    return [replace(f, perpetrator=forces) if f.perpetrator is not None and f.perpetrator.name in own
            and alone.search(joint.sub(" ", f.evidence.text)) is None else f for f in figures]
