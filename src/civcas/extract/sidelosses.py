"""One side's losses are the other side's act.

War communiqués and wire reports of clashes give each side's dead: "two guerrillas were killed",
"five soldiers died and three were hurt", "90 terrorists and some 30 army troops died in the
fighting". The fighters of one side were killed by the other: soldiers by the rebels, guerrillas by
the army. A figure of such a toll that took its own side as the author (the story's main belligerent, or
the army that reports the clash) takes the opposing side instead: the theatre's state forces for
insurgents, the story's armed group for soldiers and police.

A side that *lost* its people ("the army said it lost four soldiers", "the rebels lost two of their
own", "with the loss of one fighter") is named by the subject of the loss, or, for a pronoun or a
shared subject ("said they had killed 12 soldiers and lost two of their own"), by the speaker: its
dead are the other side's act, whatever words count them; so are the teller's own people ("the
rebels said only two of their fighters died"). A count whose own words name the story's armed group
("45 died, among them 21 X members") is that group's dead: the state's act. A state's soldiers or
officers ("one lieutenant was killed") whose author was taken as the state go to the non-state
group their sentence names, else the story's armed group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from civcas.extract.actors import actor_of, canonical_actor, find_actors
from civcas.extract.docstate import Doc
from civcas.extract.regex_speed import found_in
from civcas.models import Actor, Figure

__all__ = ["side_losses"]

# the count's noun phrase names soldiers or police ...
_STATE_VICTIMS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|policem[ae]n|(?:second\s+|sub-?)?lieutenants?|captains?|"
                            r"sergeants?|corporals?|colonels?|police\s+(?:officers|agents|men)|"
                            r"guardsm[ae]n|carabineros|marines|army\s+(?:members|troops|personnel|officers|soldiers|men)|"
                            r"members\s+of\s+the\s+(?:army|armed\s+forces|security\s+forces|police))\b", re.IGNORECASE)
# ... or insurgents
# (or the attackers of a raid the story tells: "28 of the attackers were killed" by the defenders)
_INSURGENT_VICTIMS = re.compile(r"\b(?:guerrillas?|guerillas?|terrorists?|rebels?|subversives?|insurgents?|militants?|"
                                r"attackers|assailants|raiders)\b", re.IGNORECASE)
# a count right after a verb or noun of loss ("lost only two", "with the loss of one")
_LOSS = re.compile(r"\b(?:lost|lose|loses|losing|loss(?:es)?\s+of)\s+(?:(?:only|just|at\s+least|some|about|another|"
                   r"nearly|almost|more\s+than|over)\s+)*$", re.IGNORECASE)
# where the loser's words begin: the clause break nearest before the verb
_SUBJECT_START = re.compile(r"(?:[,;:]|\b(?:said|says|that|and|reported|claimed|added))\s", re.IGNORECASE)
# the count's own side: "two of its fighters", "three of their own men", "its four members"
_OWN_PEOPLE = re.compile(r"\b(?:of\s+)?(?:its|their)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|combatants|members|militants|"
                         r"guerrillas|men|comrades|rebels|cadres)\b", re.IGNORECASE)
# victims of another party than the one their words name: "two men killed by the FROC", "FROC victims"
_OF_OTHERS = re.compile(r"\b(?:by|against|victims?|hostages?|captives?|prisoners?)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’][sS]\b")
# an actor that is the state's forces
_STATE = re.compile(r"\b(?:army|armed\s+forces|military|police|security\s+forces|national\s+guard|troops|soldiers)\b",
                    re.IGNORECASE)


def _is_state(actor: Actor, army: str | None) -> bool:
    return actor.name == army or found_in(_STATE, actor.name)


def _armed_group(st: Doc, army: str | None) -> Actor | None:
    """The story's non-state belligerent: its main perpetrator, else the first one it makes act."""
    main = st.main_perpetrator()
    if main is not None and main.identified and not _is_state(main, army):
        return main
    for k in range(min(len(st.sents), 400)):
        for a in st.acting(k):
            if a.identified and not _is_state(a, army):
                return a
    return None


def _named_group(st: Doc, army: str | None) -> Actor | None:
    """The first non-state belligerent the story names, acting or not."""
    for a in find_actors(st.text[:20000], theatre=st.theatre):
        if a.entry.kind == "belligerent" and not _is_state(actor := actor_of(a), army):
            return actor
    return None


def _loser(st: Doc, f: Figure, span: tuple[int, int], p: Actor, army: str | None) -> bool | None:
    """For a count right after a verb or noun of loss, whether the side that lost its people is the
    state's (True) or the other (False): the first side the subject of the loss names, else the
    speaker; None when it is no loss or the side is not told."""
    start, end = span
    sent = st.sents[st.sentence_at(start)]
    before = st.text[max(sent.start, start - 200):start]
    verb = _LOSS.search(before)
    if verb is None:
        # "only two of its fighters died", "three of their own men": the teller's own losses
        own = _OWN_PEOPLE.search(st.text, start, min(len(st.text), end + 40))
        return _told_side(f, p, army) if own is not None and own.start() <= end + 1 else None
    head = before[:verb.start()]
    cut = [m.end() for m in _SUBJECT_START.finditer(head)]
    subject = head[cut[-1]:] if cut else head
    if "loss" not in verb.group().lower():
        subject = subject[-60:]
    side = _first_side(st, subject, army)
    if side is not None:
        return side
    side = _told_side(f, p, army)
    return side if side is not None else _first_side(st, head, army)  # "X's bloc said it lost two men"


def _told_side(f: Figure, p: Actor, army: str | None) -> bool | None:
    """The side of the figure's teller when it tells its own losses: the state's (True), the
    author's own non-state side (False), else None."""
    c = f.claimant
    if c is not None and c.name not in ("unattributed", "witness") and c.kind in ("belligerent", "government", None):
        if _is_state(c, army) or c.kind == "government":
            return True
        if p.identified and c.name == p.name:
            return False
    return None


def _names_author(st: Doc, span: tuple[int, int], p: Actor, army: str | None) -> bool:
    """The count's own words name its non-state author as the victims ("21 FROC members")."""
    if not p.identified or _is_state(p, army):
        return False
    words = st.text[span[0]:span[1]]
    if words.count(" ") > 6 or found_in(_OF_OTHERS, words):
        return False
    plain = _POSSESSIVE.sub("  ", words)
    if len(p.name) >= 3 and re.search(r"\b" + re.escape(p.name) + r"\b", plain, re.IGNORECASE) is not None:
        return True  # (a group the story itself introduced: its name as written)
    return any(a.entry.name == p.name for a in find_actors(plain, theatre=st.theatre))


def _sentence_group(st: Doc, start: int, army: str | None) -> Actor | None:
    """The first non-state belligerent named in the sentence at ``start``, before or after the count."""
    sent = st.sents[st.sentence_at(start)]
    for a in find_actors(_POSSESSIVE.sub("  ", sent.text[:4000]), theatre=st.theatre):
        if a.entry.kind == "belligerent" and not _is_state(actor := actor_of(a), army):
            return actor
    return None


def _state_tells(f: Figure, army: str | None) -> bool:
    """The figure's claimant is the state's forces (an army communique)."""
    c = f.claimant
    return c is not None and c.kind == "belligerent" and _is_state(c, army)


def _first_side(st: Doc, words: str, army: str | None) -> bool | None:
    """Whether the first side ``words`` name is the state's (True) or another (False); None: none."""
    state = _STATE.search(words)
    other = _INSURGENT_VICTIMS.search(words)
    plain = _POSSESSIVE.sub("  ", words)  # "the FARC's eastern bloc": the FARC
    named = [a for a in find_actors(plain, theatre=st.theatre) if a.entry.kind == "belligerent"]
    sides = [(a.start, _is_state(actor_of(a), army)) for a in named]
    sides += [(x.start(), x is state) for x in (state, other) if x is not None]
    return min(sides)[1] if sides else None


def side_losses(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Combatant figures of one side whose author is that same side take the other side (module doc)."""
    if not any(f.group == "combatants" or (f.perpetrator is not None and f.perpetrator.identified) for f in figures):
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
        if p is None and f.group == "combatants" and f.scope == "incident" and span is not None and f.stance != "denied" \
                and _state_tells(f, army) and _STATE_VICTIMS.search(st.text[span[0]:span[1]]) is not None \
                and _INSURGENT_VICTIMS.search(st.text[span[0]:span[1]]) is None:
            # "the army said two soldiers were wounded in the clash": its own losses, the story's armed group's act
            if group is False:
                group = _armed_group(st, army)
            out.append(f if group is None or isinstance(group, bool) else replace(f, perpetrator=group))
            continue
        if p is not None and span is not None and f.stance != "denied" and _names_author(st, span, p, army):
            # "45 died, among them 21 FROC members": the author's own people, the state's act
            out.append(replace(f, perpetrator=Actor(name=army, text=army, kind="belligerent") if army else None))
            continue
        if f.group != "combatants" or p is None or span is None or f.stance == "denied":
            out.append(f)
            continue
        words = st.text[span[0]:span[1]]
        state_dead = _STATE_VICTIMS.search(words) is not None
        insurgents_dead = _INSURGENT_VICTIMS.search(words) is not None
        loser = _loser(st, f, span, p, army)
        if loser is not None:
            state_dead, insurgents_dead = loser, not loser
        if state_dead == insurgents_dead:
            out.append(f)
            continue
        if insurgents_dead and army is not None and p.name != army \
                and (loser is False or (p.identified and not _is_state(p, army))):
            out.append(replace(f, perpetrator=Actor(name=army, text=army, kind="belligerent")))
        elif state_dead and _is_state(p, army):
            named = _sentence_group(st, span[0], army)
            if named is not None:  # "the rebels said their units killed 14 soldiers": the sentence's group
                out.append(replace(f, perpetrator=named))
                continue
            if group is False:
                group = _armed_group(st, army)
            if (group is None or isinstance(group, bool)) and loser is not None:
                group = _named_group(st, army)  # the state's own loss: the story's armed group, even a silent one
            out.append(f if group is None or isinstance(group, bool) else replace(f, perpetrator=group))
        else:
            out.append(f)
    return out
