"""Claimant context: the readers :mod:`civcas.extract.claims` uses around a reporting verb.

A cited source ("Reuters, citing the Lebanese health ministry"), an apposition or a role after a
name ("Ahmed Saleh, a doctor at the hospital"), the earlier segment or first conjunct of a sentence
that holds the speaker, an organisation named only by its capitalised words, and an antecedent
("the head of the X" -> the X). Split from :mod:`civcas.extract.claims`.
"""

from __future__ import annotations

import re

from civcas.extract.actors import actor_of, find_actors
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_people import PEOPLE_NAMES, counted_people
from civcas.extract.claim_resolve import Claim, LastClaimant, resolve_claim
from civcas.extract.claim_shapes import BODY_NOUNS
from civcas.extract.claim_wire import victim_list_after
from civcas.models import Actor

# a cited source is followed when it is an institution ("Reuters, citing the Lebanese health ministry"),
# not unnamed people ("citing local officials", "citing a police source", "citing eyewitnesses")
_VAGUE_SOURCE = re.compile(r"\b(?:officials?|sources?|witnesses|eyewitnesses|residents|activists|medics|doctors|"
                           r"people|relatives|journalists|reports?|media)$", re.IGNORECASE)


def cited_source(x: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
           document: str | None) -> Claim | None:
    """The source a chain cites when it is no known actor: an institution, not unnamed people."""
    if _VAGUE_SOURCE.search(x.strip()):
        return None
    c = resolve_claim(x, start, last_of, theatre, document)
    return c if c is not None and c.actor.kind not in ("local", "media", "unattributed") else None


EVENT_WORDS = re.compile(r"\d|\b(?:killed|killing|wounded|wounding|injured|died|struck|hit)\b", re.IGNORECASE)


# a phrase led by a preposition is no role in apposition (a vehicle, a place or a time)
_PREPOSITION_LED = re.compile(r"\s*(?:in|on|at|from|via|through|during|after|before|over)\s", re.IGNORECASE)


def apposition(sentence: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                document: str | None) -> Claim | None:
    """"The director of the Indonesian Hospital, Atef al-Kahlout, told reporters": the role before
    a name in apposition says who speaks."""
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return None
    seg_start = max(head.rfind(",", 0, len(head) - 1) + 1, 0)
    seg = head[seg_start:-1]
    if not seg.strip() or len(seg.split()) > 12 or EVENT_WORDS.search(seg):
        return None  # "Israeli strikes killed 12 people in Rafah, Residents said": a clause, no role
    if _PREPOSITION_LED.match(seg):
        return None  # "IN A MESSAGE BROADCAST BY A LOCAL STATION, THE XRBT SAID": the vehicle, no role
    if seg_start > 0 and victim_list_after(head[max(head.rfind(",", 0, seg_start - 1) + 1, 0):seg_start - 1]):
        return None  # "... WOUNDED TWO PEOPLE, A COOK AND A DRIVER, THE WARDENS SAID": the victims, no role
    c = resolve_claim(seg, seg_start, last_of, theatre, document)
    return c if c is not None and (c.actor.kind != "local" or c.actor.name in PEOPLE_NAMES) else None


# an apposition describing what was named before it, no speaker: "the city's main hospital", "a
# town near the border", "about 20 km from the camp"
DESCRIPTION = re.compile(r"^(?:(?:the|a|an)\s+(?:(?:city|town|country|capital|region|province|district|area|"
                          r"nation|state)['’]s\s|(?:\w+\s+)?(?:town|village|city|capital|suburb|district|province|"
                          r"region)\b)|(?:about|some|nearly|around|near|roughly)\s|\d|"
                          # what kind of body the name before is: "(the Lesotho Centre for Justice,) a
                          # nongovernmental group(, said)", "(Forum Sud,) an independent monitoring organisation"
                          r"an?\s+(?:[\w-]+\s+){0,3}" + BODY_NOUNS + r"$)",
                          re.IGNORECASE)

# what a body is charged with, set off after its name: "(The Ninth Brigade,) the army unit charged with
# guarding the border(, said)" -- the name before it speaks
CHARGED_WITH = re.compile(r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,4}(?:unit|force|forces|body|agency|command|group|"
                          r"organi[sz]ation|office)\s+(?:charged\s+with|in\s+charge\s+of|responsible\s+for|"
                          r"tasked\s+with)\s", re.IGNORECASE)


def charged_subject(sentence: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                    document: str | None) -> Claim | None:
    """The name before a segment telling what it is charged with (``CHARGED_WITH``), or None."""
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return None
    a = head.rfind(",", 0, len(head) - 1) + 1
    seg = head[a:-1]
    return resolve_claim(seg, a, last_of, theatre, document) if len(seg.split()) <= 8 else None


def earlier_segment(sentence: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                     document: str | None) -> Claim | None:
    """The speaker in an earlier comma segment of the subject, last to first, when the segment just
    before the verb only describes what was named before it; a personal name is skipped for its role."""
    head = sentence[:start]
    cuts = [k for k, ch in enumerate(head) if ch == ","]
    bounds = [0, *(k + 1 for k in cuts)]
    for n, (a, b) in reversed(list(enumerate(zip(bounds[:-1], cuts, strict=True)))):
        seg = head[a:b]
        if n > 0 and victim_list_after(head[bounds[n - 1]:cuts[n - 1]]):
            return None  # "... WOUNDED TWO PEOPLE, A COOK AND A DRIVER, X SAID": the victims, no speaker
        if not seg.strip() or len(seg.split()) > 12 or DESCRIPTION.match(seg.strip()) \
                or PERSON_NAME.fullmatch(seg.strip()):
            continue
        if EVENT_WORDS.search(seg) and counted_people(seg) is None:
            return None  # a clause of the event: no subject before
        c = resolve_claim(seg, a, last_of, theatre, document)
        if c is not None:
            return c
    return None


def first_conjunct(sentence: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                    document: str | None) -> Claim | None:
    """The first of two joined speakers ("UNICEF and local officials said") when it
    is a known actor (the named source before unnamed ones)."""
    head = re.sub(r"\s+and\s+$", "", sentence[:start])
    a = max(head.rfind(","), head.rfind(";"), head.rfind(" - "), head.rfind("--")) + 1
    seg = head[a:]
    if not seg.strip() or len(seg.split()) > 8 or EVENT_WORDS.search(seg):
        return None
    found = [f for f in find_actors(seg, theatre=theatre) if f.entry.role in ("claimant", "both")]
    if len(found) != 1 or seg[found[0].end:].strip():
        return None
    return Claim(actor_of(found[0]), a + found[0].start, a + found[0].end)


# '"...," said Mohammed Hassan, a doctor at the Kamal Adwan hospital.': the role after the name
_ROLE_AFTER = re.compile(r"\s*,\s+(?P<r>(?:the|a|an|[A-Z][\w'’-]*['’]s)\s[^,.;:()\"“”]{2,90}?)\s*(?:[,.;:]|$)")


def role_after(sentence: str, end: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                document: str | None) -> Claim | None:
    """The role in apposition after a speaker's name: "said Ihor Klymenko, Ukraine's interior minister"."""
    m = _ROLE_AFTER.match(sentence, end)
    if m is None or len(m.group("r").split()) > 12:
        return None
    c = resolve_claim(m.group("r"), m.start("r"), last_of, theatre, document)
    return c if c is not None and (c.actor.kind != "local" or c.actor.name in PEOPLE_NAMES) else None


# a personal name: capitalised words ("Atef al-Kahlout", "Dr. Ahmed Saleh"), not "residents"
PERSON_NAME = re.compile(r"(?:(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|ibn|de|van|von)\s*){1,6}")


# an organisation's name as written: capitalised words, with function words inside ("Collective
# Against Impunity and Stigmatisation of Communities"); it must hold a word for an organisation
_ORG_NAME = re.compile(r"^(?:[Tt]he\s+)?(?P<n>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|against|on|in|the|de|al|to)\s+)*"
                       r"[A-Z][\w'’\-]*){1,9})$")
_ORG_WORDS = frozenset({
    "center", "centre", "network", "committee", "council", "collective", "observatory", "union", "alliance",
    "coalition", "federation", "league", "association", "foundation", "institute", "commission", "society",
    "organisation", "organization", "group", "movement", "initiative", "project", "watch", "monitor", "agency",
    "service", "services", "office", "directorate", "board", "mission", "trust", "fund", "syndicate", "ambulance",
    "hospital", "clinic", "crescent", "cross", "campaign", "forum", "unit", "team", "documentation", "force",
    "army", "front",
})


def unknown_organisation(seg: str, offset: int, aside: str) -> Claim | None:
    """"The Tamarind Valley Documentation Center, a local monitoring group, said": an organisation
    ``actors.toml`` does not know speaks under its own name; its kind is the aside's ("a rights
    group": ngo) or its name's."""
    seg = re.sub(r"\s+\([A-Z][A-Za-z.\-]{1,12}\)\s*$", "", seg)  # "... Defence Force (KDF)": without its acronym
    m = _ORG_NAME.match(seg.strip()) if not seg.isupper() else None
    if m is None or _ORG_WORDS.isdisjoint(w.lower() for w in m.group("n").split()):
        return None
    name = m.group("n")
    kind = guess_kind(aside.split(",", 1)[0])
    if kind == "local":
        kind = guess_kind(name)
    start = offset + seg.find(name)
    return Claim(Actor(name=name, text=name, kind=kind), start, start + len(name))  # type: ignore[arg-type]


# an owner or sponsor after an institution, no speaker: "the Emergency hospital run by an Italian charity"
OWNER_TAIL = re.compile(r"\s+(?:run|operated|funded|backed|supported|managed|owned|founded)\s+by\b", re.IGNORECASE)


# a phrase that goes on after "of/for/on" with another article: a person of a body, a body named for its subject
_OF_HEAD = re.compile(r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:head|director|chief|spokes\w+|members?|leaders?|president|"
                      r"chairman|chairwoman|secretary|officials?|commission|committee|council|office|institute|"
                      r"cent(?:er|re)|association|union)\s+(?:of|for|on|at)\s+", re.IGNORECASE)


def antecedent(sentence: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                document: str | None) -> Claim | None:
    """The noun phrase a relative pronoun ("which", "who") that reports a count refers to: the last
    phrase with an article before the comma ("... the report of the National Truth Commission, which
    documented ...", "The town's residents, who have accused the army of ...")."""
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return None
    a = max((k + len(sep) for sep in (",", ";", ":", "--", "]") if (k := head.rfind(sep, 0, len(head) - 1)) >= 0),
            default=0)
    seg = head[a:-1]
    arts = list(re.finditer(r"\b(?:the|a|an)\s", seg, re.IGNORECASE))
    if not arts:
        return None
    k = len(arts) - 1
    while k > 0 and _OF_HEAD.fullmatch(seg[arts[k - 1].start():arts[k].start()]):
        k -= 1  # "the head of the committee", "the Commission on the Disappeared": one phrase
    np_start = arts[k].start()
    np = seg[np_start:]
    if len(np.split()) > 9 or EVENT_WORDS.search(np):
        return None
    return resolve_claim(np, a + np_start, last_of, theatre, document)
