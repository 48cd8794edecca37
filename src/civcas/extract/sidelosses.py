"""One side's losses are the other side's act.

War communiqués and wire reports of clashes give each side's dead: "two guerrillas were killed",
"five soldiers died and three were hurt", "90 terrorists and some 30 army troops died in the
fighting". The fighters of one side were killed by the other: soldiers by the rebels, guerrillas by
the army. A figure of such a toll that took its own side as the author (the story's main belligerent, or
the army that reports the clash) takes the opposing side instead: the theatre's state forces for
insurgents, the story's armed group for soldiers and police.
"""

from __future__ import annotations

import re
from dataclasses import replace

from civcas.extract.actors import canonical_actor
from civcas.extract.docstate import _Doc
from civcas.models import Actor, Figure

__all__ = ["side_losses"]

# the count's noun phrase names soldiers or police ...
_STATE_VICTIMS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police\s+(?:officers|agents|men)|"
                            r"guardsm[ae]n|carabineros|marines|army\s+(?:members|troops|personnel|officers|soldiers|men)|"
                            r"members\s+of\s+the\s+(?:army|armed\s+forces|security\s+forces|police))\b", re.IGNORECASE)
# ... or insurgents
# (or the attackers of a raid the story tells: "28 of the attackers were killed" by the defenders)
_INSURGENT_VICTIMS = re.compile(r"\b(?:guerrillas?|guerillas?|terrorists?|rebels?|subversives?|insurgents?|militants?|"
                                r"attackers|assailants|raiders)\b", re.IGNORECASE)
# an actor that is the state's forces
_STATE = re.compile(r"\b(?:army|armed\s+forces|military|police|security\s+forces|national\s+guard|troops|soldiers)\b",
                    re.IGNORECASE)


def _is_state(actor: Actor, army: str | None) -> bool:
    return actor.name == army or _STATE.search(actor.name) is not None


def _armed_group(st: _Doc, army: str | None) -> Actor | None:
    """The story's non-state belligerent: its main perpetrator, else the first one it makes act."""
    main = st.main_perpetrator()
    if main is not None and main.identified and not _is_state(main, army):
        return main
    for k in range(min(len(st.sents), 400)):
        for a in st.acting(k):
            if a.identified and not _is_state(a, army):
                return a
    return None


def side_losses(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """Combatant figures of one side whose author is that same side take the other side (module doc)."""
    if not any(f.group == "combatants" and f.perpetrator is not None for f in figures):
        return figures
    if st.theatre and st.theatre[0] == "US":
        return figures
    found = canonical_actor("army", theatre=st.theatre) if st.theatre else None
    army = found.name if found is not None and found.kind == "belligerent" else None
    out: list[Figure] = []
    group: Actor | bool | None = False  # the story's armed group, looked up once when first needed
    for f in figures:
        span = st.count_spans.get(f.id)
        p = f.perpetrator
        if f.group != "combatants" or p is None or span is None or f.stance == "denied":
            out.append(f)
            continue
        words = st.text[span[0]:span[1]]
        state_dead = _STATE_VICTIMS.search(words) is not None
        insurgents_dead = _INSURGENT_VICTIMS.search(words) is not None
        if state_dead == insurgents_dead:
            out.append(f)
            continue
        if insurgents_dead and p.identified and not _is_state(p, army) and army is not None:
            out.append(replace(f, perpetrator=Actor(name=army, text=army, kind="belligerent")))
        elif state_dead and _is_state(p, army):
            if group is False:
                group = _armed_group(st, army)
            out.append(f if group is None or isinstance(group, bool) else replace(f, perpetrator=group))
        else:
            out.append(f)
    return out
