"""The party an incident's own sentences hold responsible, for its figures told with a placeholder
author ("unidentified gunmen", "suspects", "attackers").

"Gunmen shot dead a union leader on Monday. A rights group blamed the army for the killing.": the
incident's sentences (its event segment, not a past incident told for context) hold one known
belligerent responsible by a claim ("X claimed responsibility"), an attribution ("attributed to X",
"blamed on X") or an accusation whose object is the act ("blamed X for the killing", "accused X of
carrying out the attack"; not "accused X of failing to protect them"). :func:`event_blamed` gives
that party when the incident's sentences name exactly one and none says the author is unknown.
Word lists: ``eventblame.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.actors import actor_of, exact_actor, find_actors
from civcas.extract.denials import rejecting
from civcas.extract.events import unknown_author
from civcas.extract.perpetrators import claims_responsibility
from civcas.extract.struckside import described_state
from civcas.extract.theatre import demonym
from civcas.extract.typed import STATE_FORCES, generic_perpetrator
from civcas.models import Actor

if TYPE_CHECKING:
    from civcas.extract.docstate import Doc

__all__ = ["event_blamed", "placeholder_blamed"]

_REACH = 400  # sentences read (as the segmenter)


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "eventblame.toml")
    acts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(raw.get("act_after", []), key=len, reverse=True))
    # an accusation naming the party as its object: "blamed X for", "accused X of", "holds X responsible for"
    verb = re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+$", re.IGNORECASE)
    act = re.compile(r"^[\w'’\s-]{0,40}?\s(?:for|of)\s+(?:" + acts + r"|" + _described_act(raw) + r")\b", re.IGNORECASE)
    return frozenset(raw.get("cue_words", [])), verb, act


def _described_act(raw: dict[str, list[str]]) -> str:
    """The act named with a pointer and up to two describing words: "this cowardly crime", "the brutal
    murder" (``act_nouns`` of ``eventblame.toml``)."""
    nouns = "|".join(re.escape(w) for w in sorted(raw.get("act_nouns", []), key=len, reverse=True))
    return r"(?:this|that|these|those|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")"


def _blames(text: str, start: int, end: int) -> bool:
    """The actor at ``start``..``end`` is held responsible for the act in ``text``: an accusation's
    object must be followed by the act ("blamed X for the killing"); other forms as
    :func:`~civcas.extract.perpetrators.claims_responsibility` reads them."""
    _cues, verb, act = _data()
    if verb.search(text[max(0, start - 12):start]) is None:
        return True
    return act.match(" " + text[end:end + 120]) is not None


def _blamed_in(st: Doc, k: int) -> list[Actor]:
    cues, _verb, _act = _data()
    if st.words(k).isdisjoint(cues) and st.words(k).isdisjoint(("belonged", "belong", "members", "identified",
                                                               "from", "worked")):
        return []
    text = st.sents[k].text[:4000]
    out: list[Actor] = []
    denial = rejecting().search(text)
    if denial is not None:  # "denied any part in the attack and blamed the rebels": contested
        text = text[:denial.start()]
    for m in find_actors(text, tokens=st.tokens(k) if denial is None else None, theatre=st.theatre, words=st.words(k)):
        if m.entry.kind == "belligerent" and m.entry.role != "claimant" and claims_responsibility(text, m) \
                and _blames(text, m.start, m.end):
            out.append(actor_of(m))
    if not out and st.theatre[:1] != ("US",):  # (a US story's accused is its gunman)
        typed = _typed_accused(text, st.theatre) or _identified(st, k, text)
        if typed is not None:
            out.append(typed)
    return out


def _identified(st: Doc, k: int, text: str) -> Actor | None:
    """The party unnamed attackers are said to belong to: "the armed men belonged to a paramilitary
    group" -> paramilitaries; a known actor's alias -> that actor."""
    m = _identification().search(text)
    if m is None:
        return None
    np = m.group("np")
    for a in find_actors(np, theatre=st.theatre):
        if a.entry.kind == "belligerent" and a.entry.role != "claimant":
            return actor_of(a)
    typed = generic_perpetrator("killed by " + np)
    return typed if typed is not None and typed.identified and typed.name != STATE_FORCES else None


@lru_cache(maxsize=1)
def _identification() -> re.Pattern[str]:
    raw = load_toml("extract", "eventblame.toml")
    men = "|".join(w.replace(" ", r"\s+") for w in raw.get("identified_attackers", []))
    links = "|".join(w.replace(" ", r"\s+") for w in raw.get("identified_links", []))
    return re.compile(r"\b(?:the|those|these)\s+(?:" + men + r")\s+(?:" + links + r")\s+(?P<np>(?:an?\s+|the\s+)?"
                      r"[\w-]+(?:\s+[\w-]+){0,4})", re.IGNORECASE)


def _typed_accused(text: str, theatre: tuple[str, ...]) -> Actor | None:
    """The described author an accusation names: "blamed the repressive organs of the regime for the
    disappearances" -> the theatre's security forces; "blamed paramilitaries for the killing"."""
    m = _accusation().search(text)
    if m is None:
        return None
    typed = generic_perpetrator("killed by " + m.group("np").strip(" \"“”'"))
    if typed is None or not typed.identified:
        return None
    if typed.name == STATE_FORCES:
        state = described_state(theatre, typed)
        return state if state.name != STATE_FORCES else None
    dem = demonym(theatre[0]) if theatre else None
    noun = _STATE_NOUNS.get(typed.name)
    if noun is None:
        return typed
    known = exact_actor(f"{dem} {noun}") if dem else None
    return Actor(name=known.name, text=typed.text, kind="belligerent") if known is not None else None


_STATE_NOUNS = {"army": "army", "armed forces": "army", "soldiers": "army", "troops": "army",
                "security forces": "security forces", "police": "police"}


@lru_cache(maxsize=1)
def _accusation() -> re.Pattern[str]:
    raw = load_toml("extract", "eventblame.toml")
    acts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(raw.get("act_after", []), key=len, reverse=True))
    return re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?P<np>[^,;.]{3,60}?)\s+(?:for|of)\s+"
                      r"(?:" + acts + r"|" + _described_act(raw) + r")\b", re.IGNORECASE)


def event_blamed(st: Doc, i: int) -> Actor | None:
    """The one known belligerent the sentences of sentence i's incident hold responsible, or None
    (none, several, or a sentence of the incident saying its author is unknown)."""
    event = st.segment(i)
    if event not in st.blamed:  # (once per event: every placeholder figure of it asks)
        st.blamed[event] = _event_blamed(st, event)
    return st.blamed[event]


def _event_blamed(st: Doc, event: int) -> Actor | None:
    found: dict[str, Actor] = {}
    for k in range(min(len(st.sents), _REACH)):
        if st.segment(k) != event or st.background(k):
            continue
        if unknown_author().search(st.sents[k].text[:2000]) is not None:
            return None
        for a in _blamed_in(st, k):
            found.setdefault(a.name, a)
    return next(iter(found.values())) if len(found) == 1 else None


def placeholder_blamed(st: Doc, i: int, author: Actor) -> Actor:
    """``author`` for a figure of sentence i, unless it is a placeholder ("unidentified gunmen") and
    the incident's own sentences hold one party responsible (:func:`event_blamed`)."""
    if author.identified or i < 0:
        return author
    return event_blamed(st, i) or author
