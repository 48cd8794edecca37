"""Claimants named by what stands around them (used by :mod:`civcas.extract.claims`).

* A claimant the story introduces with the acronym of a known body in brackets is that body
  (:func:`acronym_named`).
* A hospital or council of "the town" is the town's, named before the speaker (:func:`towns_body`):
  "Shells hit the market in Kafr Harim. A surgeon at the town's central hospital reported" -> "Kafr Harim
  central hospital".

Stories define a body's short name once, right after a description of it: "The UN peacekeeping
mission in South Sudan (UNMISS) said 14 people were killed", "the UN rights office in Geneva (OHCHR)
said". The reporting pattern catches the description or only a part of it ("UN": the United Nations
as a whole); the claimant is the known actor the brackets name. An acronym that is no known actor
changes nothing: the name spelled out before it stays the claimant ("the State Emergency Management
Agency (SEMA)", :func:`civcas.extract.claim_places.spelled_out`).

Not: "Police said four people were killed at the offices of the Democratic Front (DF)" (the
brackets follow another noun phrase after the claimant's verb); a news agency's bracket
("BAGHDAD (AP) --") names no claimant.
"""

from __future__ import annotations

import re

from civcas.extract.actors import canonical_actor
from civcas.extract.claim_names import BODY_NAME
from civcas.models import Actor

__all__ = ["acronym_named", "towns_body"]

# the rest of the claimant's noun phrase up to a bracketed acronym: a few words, no digits, clause
# marks or reporting verbs ("peacekeeping mission in South Sudan (UNMISS)")
_TAIL = re.compile(r"(?P<gap>(?:[ \t]+[\w'’.-]+){0,7}?)[ \t]*\((?P<acr>[A-Z][A-Z-]{1,9})\)")
_VERBISH = re.compile(r"\b(?:said|says|say|told|tell|reported|reports|added|stated|claimed|announced|confirmed|"
                      r"blamed|denied|accused|killed|wounded|died|was|were|is|are|has|had|have|that)\b", re.IGNORECASE)


_OF = re.compile(r"\bof\s+(?:the\s+)?", re.IGNORECASE)
_SMALL = frozenset({"of", "the", "for", "and", "in", "on", "to", "a"})


def _names_tail(phrase: str, acr: str) -> bool:
    """The acronym spells the words after an "of" in ``phrase``, so it names that inner body, not the
    claimant: "the health ministry of the Government of National Unity (GNU)"."""
    for m in _OF.finditer(phrase):
        words = [w for w in re.findall(r"[\w'’-]+", phrase[m.end():]) if w.lower() not in _SMALL]
        if words and "".join(w[0] for w in words).upper() == acr.replace("-", "").upper():
            return True
    return False


def acronym_named(actor: Actor, sentence: str, start: int, end: int) -> Actor | None:
    """The claimant ``actor`` (caught at ``sentence[start:end]``) renamed after the acronym the
    story gives it in brackets right after its noun phrase, or None when there is none."""
    if start < 0 or end <= start or "(" not in sentence[end:end + 90]:
        return None
    m = _TAIL.match(sentence, end)
    if m is None:
        return None
    gap = m.group("gap")
    if any(ch.isdigit() for ch in gap) or _VERBISH.search(gap):
        return None
    acr = m.group("acr")
    if actor.name == acr or _names_tail(sentence[start:m.start("acr") - 1], acr):
        return None
    known = canonical_actor(acr)
    if known is None or known.kind == "media" or known.name == actor.name:
        return None  # an unknown acronym keeps the name spelled out before it; "(AP)": an agency's byline
    return Actor(name=known.name, text=actor.text, kind=known.kind,  # type: ignore[arg-type]
                 identified=actor.identified)


# a body of the town the story is about, by the town's possessive: "a doctor at the town's central
# hospital", "the city's National Hospital", "according to the village's local council"
_TOWNS_BODY = re.compile(r"\b(?:the\s+)?(?:town|city|village)['’]s\s+(?P<inst>(?:[A-Za-z]+\s+){0,2}?"
                         r"(?:hospital|clinic|council))$", re.IGNORECASE)
# the place a story names last before a speaker: "in Kafr Harim", "the town of Saraqib"
_PLACE = re.compile(r"\b(?:in|of|near|at)\s+(?P<p>[A-Z][a-z'’]+(?:[ -](?:al-|el-|ad-|as-)?[A-Z][a-z'’]+){0,2})\b")
_NO_PLACE = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                       "Saturday", "Sunday", "The", "This", "That", "Its", "His", "Her", "Their"})


def towns_body(actor: Actor, sentence: str, start: int, document: str | None) -> Actor | None:
    """A hospital or council of the town named before the speaker ("Shells hit the market in Kafr
    Harim. A surgeon at the town's central hospital reported ..." -> "Kafr Harim central hospital"), or
    None when ``actor`` is no such body or no town is named in the sentence or the 800 characters
    before it."""
    m = _TOWNS_BODY.search(actor.text or "")
    if m is None or start < 0:
        return None
    before = sentence[:start]
    if document:
        at = document.find(sentence[:120], 0, 40_000)
        if at > 0:
            before = document[max(0, at - 800):at] + " " + before
    places = [p.group("p") for p in _PLACE.finditer(before) if p.group("p").split()[0] not in _NO_PLACE]
    if not places:
        return None
    inst = m.group("inst")
    inst = inst if inst[:1].isupper() else inst.lower()  # "the city's National Hospital" keeps its name
    hospital = re.search(r"hospital|clinic", inst, re.IGNORECASE) is not None
    return Actor(name=f"{places[-1]} {inst}", text=actor.text, kind="medical" if hospital else actor.kind,
                 identified=actor.identified)


# a titled person "of" a body, left whole by the name rules: "Deputy Chief Ana Ruiz of the Tulsa Police
# Department", "Sgt. Paul Reed with the Marion County Sheriff's Office" -> the body speaks
_PERSON_OF_BODY = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\.?\s+){1,2}(?:[A-Z][a-z'’-]+\.?\s+){1,3}(?:of|with|from)\s+"
                             r"(?P<body>" + BODY_NAME + r")$")


def person_of_body(actor: Actor) -> str | None:
    """The body a titled person "of" it speaks for, when the claimant's name is still the whole
    phrase ("Deputy Chief Ana Ruiz of the Tulsa Police Department" -> "the Tulsa Police Department"),
    or None."""
    text = (actor.text or "").strip()
    if actor.name.lower() not in (text.lower(), re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).lower()):
        return None  # the name rules resolved it already
    m = _PERSON_OF_BODY.match(text)
    return m.group("body") if m is not None else None
