"""Per-figure perpetrators: the agent of a figure's own clause when a sentence names several.

"Russia says it killed 600 Ukrainian servicemen in revenge for a Ukrainian attack that killed
dozens of Russian troops" names two belligerents acting; each figure takes the agent of its own
trigger verb: the nearest acting belligerent before the figure ("Russia says it killed 600",
"a Ukrainian attack that killed dozens"), or one introduced by "by" after it in the same clause
("12 people were killed in a strike by X"). A sentence naming one acting belligerent keeps the
sentence-level perpetrator (:func:`figure_agent` returns None).

A figure of a story that names no belligerent, whose sentence names no author, takes the attacker
named in the nearest sentence about the same event (:func:`event_author`): wire reports give the toll and the attackers in neighbouring
sentences ("Two blasts shook the town, leaving one dead. The worst was caused by
unknown men who hurled a grenade into a cafe.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from civcas.extract.actors import ActorMatch, actor_of
from civcas.extract.perpetrators import perpetrator_score
from civcas.extract.regex_speed import first_char_guard, folded, found_in
from civcas.models import Actor

__all__ = ["Agent", "event_author", "figure_agent", "named_party", "sentence_agents"]


@dataclass(frozen=True, slots=True)
class Agent:
    """A belligerent the sentence makes act, with its span (offsets relative to the sentence)."""

    actor: Actor
    start: int
    end: int


# a clause break between a figure and a later "by X": "killed 12, the army said, after an attack by X"
_BREAK = re.compile(r"[;:,()\u2014\u2013]|\s-\s|\b(?:after|before|when|while|whereas|but|and\s+(?:that|said|says)|"
                    r"in\s+(?:revenge|retaliation|response)\s+for|following|because)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to|carried\s+out\s+by)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$",
                        re.IGNORECASE)


def figure_agent(sentence: str, agents: Sequence[Agent], start: int, end: int) -> Actor | None:
    """The actor of the clause of the figure spanning ``start``..``end`` of ``sentence``, when
    ``agents`` (the sentence's acting belligerents) name at least two different actors; else None.

    A "by X" after the figure inside its clause wins ("were killed in a strike by X"); otherwise
    the nearest agent before the figure ("X said it killed N", "an attack by X that killed N")."""
    if len({a.actor.name for a in agents}) < 2:
        return None
    after = [a for a in agents if a.start >= end]
    for a in sorted(after, key=lambda x: x.start):
        gap = sentence[end:a.start]
        if _BREAK.search(gap):
            break
        if _BY_BEFORE.search(gap):
            return a.actor
    before = [a for a in agents if a.end <= start]
    if before:
        return max(before, key=lambda x: x.end).actor
    return None


def sentence_agents(sentence: str, perps: Sequence[ActorMatch], *, speaker: Actor | None = None,
                    span: tuple[int, int] | None = None) -> list[Agent]:
    """The acting belligerents of a sentence: accused actors it makes the author of an event
    (:func:`~civcas.extract.perpetrators.perpetrator_score` > 0), plus ``speaker`` at ``span`` when the
    speaker says it did the act ("Russia's defence ministry said it had killed ...")."""
    out = [Agent(actor_of(p), p.start, p.end) for p in perps
           if p.entry.kind == "belligerent" and perpetrator_score(sentence, p) > 0]
    if speaker is not None and span is not None and span[0] >= 0:
        out.append(Agent(speaker, span[0], span[1]))
    return out


def event_author(i: int, count: int, *, author: Callable[[int], Actor | None],
                 same_event: Callable[[int], bool], reach: int = 3) -> Actor | None:
    """The author (``author(k)``: an acting belligerent, a typed or an unidentified attacker) of the
    nearest sentence ``k`` of the same event as sentence ``i`` (``same_event(k)``), at most
    ``reach`` sentences away; the earlier of two equally near sentences first. ``count`` is the
    number of sentences. None when no such sentence names one."""
    for d in range(1, reach + 1):
        for k in (i - d, i + d):
            if 0 <= k < count:
                a = author(k)  # before same_event: segmenting sentences further costs more
                if a is not None and same_event(k):
                    return a
    return None


# a party named for a person, not as an author: "Pizarro, presidential candidate for the disbanded
# M-19", "a spokesman for the FMLN", "M-19 leader Carlos Pizarro", "the FMLN's delegates"
# (not "members": "members of the armed forces took part in the crime" are its authors)
_ROLE = (r"(?:candidates?|leaders?|leadership|commanders?|chiefs?|head|founders?|spokes(?:man|men|woman|person)|"
         r"officials?|representatives?|delegates?|delegation|negotiators?|president|secretary(?:\s+general)?|"
         r"mayors?|deputy|deputies|senators?|congressm[ae]n|ideologues?|directorate|envoys?|lawyers?|politicians?|"
         # a rank before a name: "the police arrested army captain X" (a person, not the army acting)
         r"captain|colonel|general|lieutenant|sergeant|major|corporal)")
# (not "officials of the army": "officials of the army are to be tried for it" are its authors)
_ONE_ROLE = (r"(?:candidates?|leaders?|commander|chief|head|founder|spokes(?:man|men|woman|person)|official|"
             r"representatives?|delegates?|negotiators?|president|secretary(?:\s+general)?|mayor|deputy|senator|"
             r"congressman|ideologue|envoys?|lawyer|politician)")
_PARTY_BEFORE = re.compile(r"(?<!\bby\s)(?<!\bby\sa\s)(?<!\bby\sthe\s)\b" + _ONE_ROLE + r"\s+(?:of|for|from|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_PARTY_BEFORE = first_char_guard(_PARTY_BEFORE)  # (speed: the same matches)
_PARTY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:presidential\s+|former\s+|top\s+|senior\s+|local\s+|political\s+)?" + _ROLE
                          + r"\b"
                          # a position, not an act: "how does the army view the bombings",
                          # "the FMLN decided to suspend the talks", "the army deplores the killing"
                          r"|^(?:['’]s)?\s+(?:\w+\s+)?(?:are|were|is|was)\s+(?:protesting|mourning|demanding|denouncing|"
                          r"condemning|calling\s+for)\b"
                          r"|^\s+(?:\w+\s+)?(?:think|thinks|believe|believes|consider|considers|know|knows|want|wants|"
                          r"hope|hopes|fear|fears|expect|expects|feel|feels|deplore[sd]?|regret(?:s|ted)?|"
                          r"decided|decides|suspended|suspends|attend|attended|negotiate[sd]?|met|meets|agreed|agrees|"
                          r"propose[sd]?|urged|urges|called\s+on|will\s+(?:investigate|attend|meet|negotiate))\b",
                          re.IGNORECASE)
# a place or a target, not an author: "near the army's 1st infantry brigade", "an attack on the FMLN"
_PLACE_BEFORE = re.compile(r"\b(?:near|outside|inside|opposite|across\s+from|on|against|toward|towards|into|at)\s+"
                           # (a day or an hour is no place: "On Tuesday X helicopters fired", "at dawn X troops")
                           r"(?:the\s+)?(?:(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|dusk|"
                           r"night|noon|midnight|midday|daybreak|\d[\w:.]*)\b)[\w-]+\s+)?$", re.IGNORECASE)


def named_party(sentence: str, match: ActorMatch) -> bool:
    """True when a sentence names ``match`` only as a person's party ("Pizarro, candidate for the
    M-19", "M-19 leader Pizarro", "a spokesman for the FMLN"), for its position ("what do the armed
    forces think about ...") or as a place or target ("near the army's barracks", "an attack on
    the FMLN"): a party merely named so is not taken as the story's author."""
    before = sentence[max(0, match.start - 50):match.start]
    if found_in(_PARTY_BEFORE, before):  # (speed: regex_speed.folded)
        return True
    party_after, low = folded(_PARTY_AFTER, sentence[match.end:match.end + 50])
    return party_after.match(low) is not None or found_in(_PLACE_BEFORE, before[-30:])
