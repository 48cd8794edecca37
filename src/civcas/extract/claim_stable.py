"""Stable names for unknown claimants (used by :mod:`civcas.extract.claim_resolve`).

:func:`clean` trims a claimant phrase ("Another group of citizen journalists" -> "citizen
journalists", "US intelligence assessment" -> "US intelligence"); :func:`stable_name` gives the
stable name and kind of a claimant no actor list knows: an unnamed person by their sort ("a farmer
from a nearby village" -> witness), a person speaking for an institution by the institution ("head
of the Nineveh health directorate"), a title with a personal name by the title's office ("Health
Minister X" -> the health ministry), one unnamed source by its sort's plural ("a security source"
-> security sources), and state, police, sheriff and coroner names by :mod:`civcas.extract.claim_state`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.extract.actors import canonical_actor, exact_actor
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_names import (
    institution_of_people,
    local_hospital,
    local_institution,
    office_name,
    parent_institution,
    readable,
    state_office,
    without_allegiance,
)
from civcas.extract.claim_people import unnamed_person
from civcas.extract.claim_state import state_name
from civcas.extract.theatre import country_of, demonym

__all__ = ["clean", "stable_name"]

# a bracketed acronym after a name, and the members after it: "United Left [IU] deputies" -> "United Left"
_BRACKET_TAIL = re.compile(r"\s*[\[(][A-Z][A-Za-z.\-]{1,12}[\])](?:\s+(?:deputies|members|leaders|officials|sources|"
                           r"spokes(?:man|woman|person)|representatives|legislators|congressmen|senators|militants))?$",
                           re.IGNORECASE)

# an unnamed local body a person speaks for: "a director of the local health zone" -> "local health zone"
_LOCAL_BODY = re.compile(r"(?<=\s)(?:local|provincial|district|regional|municipal)\s+(?:\w+\s+)?"
                         r"(?:zone|district|department|directorate|office|council|committee|bureau)$", re.IGNORECASE)


_JUNK_LEAD = re.compile(r"^(?:(?:the|a|an|another|other|some|several|many|two|three|few|one|of|group|"
                        r"groups|number|couple)\s+)+(?=\w)", re.IGNORECASE)
_JUNK_TAIL = re.compile(r"\s+(?:on|in|late|early|last|this|that|yesterday|today|tonight|reached|contacted|"
                        r"was|were|had|has|have|is|are|would|will|could|"
                        r"interviewed|speaking|who|which|quoted|cited|citing|familiar|involved|close|released|"
                        r"issued|published|seen)\b.*$", re.IGNORECASE)
# an institution named for its subject: "Commission on Violence", "COMMITTEE ON HUMAN RIGHTS" (its "on"
# is no time phrase: the mark keeps _JUNK_TAIL off it)
_NAMED_ON = re.compile(r"(\b(?:commission|committee|council|court|institute|cent(?:er|re)|office|conference)\s+)"
                       r"(?=on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"the\s+(?:same|next|following|previous|day|morning|evening|night|weekend|eve))\b))", re.IGNORECASE)
_DOC_TAIL = re.compile(r"(?<=\w)\s+(?:assessment|report|statement|figures|data|tally|count|communiqu[eé]|statistics)s?$",
                       re.IGNORECASE)
# the site a body of people belongs to, no part of its name: "the school's parents' association"
_SITE_OWNER = re.compile(r"^(?:school|camp|village|university|college|church|mosque|parish|factory|mine)['’]s\s+(?=[a-z])")
# common head words of claimants written at the start of a sentence ("Residents said", "Local media
# reported"): lower-cased so that the name does not depend on the position in the sentence
_COMMON_HEADS = frozenset({
    "local", "residents", "resident", "witnesses", "witness", "hospital", "officials", "official",
    "investigators", "medics", "medical", "doctors", "doctor", "rescuers", "police", "activists",
    "sources", "security", "military", "health", "government", "authorities", "regional", "state",
    "relatives", "villagers", "survivors", "paramedics", "nurses", "prosecutors", "emergency", "rescue",
    "civil", "independent", "opposition", "rebel", "tribal", "district", "provincial", "municipal",
    "city", "family", "families", "eyewitnesses", "journalists", "reporters", "citizen", "citizens",
    "hospitals", "morgue", "aid", "humanitarian", "rights", "monitors", "people", "peasant", "peasants",
    "community", "student", "students", "party", "union", "religious",
})


# (patterns of clean, compiled once)
_SPACES = re.compile(r"\s+")
_JUNK_TEST = re.compile(r"^(?:another|some|several|other|a\s+group\s+of|a\s+number\s+of|one\s+of\s+the)\s",
                        re.IGNORECASE)
_ARTICLE_LEAD = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def clean(x: str) -> str:
    """A claimant phrase without its leading article, junk words, trailing documents and times."""
    x = _SPACES.sub(" ", x).strip(" '\"“”’‘-")
    if _JUNK_TEST.match(x):
        x = _JUNK_LEAD.sub("", x)  # "Another group of citizen journalists" -> "citizen journalists"
    x = without_allegiance(_ARTICLE_LEAD.sub("", x))  # "the army-aligned ..."
    x = _SITE_OWNER.sub("", x)  # "the school's parents' association" -> "parents' association"
    inst = local_institution(x)
    if inst is not None:
        return inst  # "chief of the health department in Dhamar province" -> "Dhamar health department"
    hosp = local_hospital(x)
    if hosp is not None and unnamed_person(x) is None:
        return hosp  # "nurses at the district hospital in Dori" (one doctor: "medical sources")
    x = _JUNK_TAIL.sub("", _NAMED_ON.sub("\\1\x00", x)).replace("\x00", "")  # (not "Commission on Violence")
    x = _BRACKET_TAIL.sub("", x)  # "Regional Indigenous Council of Cauca [CRIC]" -> without its acronym
    x = _DOC_TAIL.sub("", x)  # "US intelligence assessment" -> "US intelligence"
    x = _AND_OTHERS.sub("", x)  # "security sources and residents" -> "security sources"
    first, _sp, rest = x.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_HEADS \
            and not rest[:1].isupper():  # not "Medical Center Hospital"
        x = first.lower() + x[len(first):]
    return x.strip()


# a second source joined to an unknown first one: the first speaks ("security sources and residents",
# "a school administrator and aid workers"); not a name ("Ministry of Labour and Social Affairs")
_AND_OTHERS = re.compile(r"(?<=[a-z])\s+and\s+(?:(?:the|a|an|other|local|some)\s+)?(?-i:[a-z])[\w\s'’-]*$")


# "head of the Nineveh health directorate", "director of the nearby Indonesian Hospital": a person
# speaking for a named institution -> the institution (stable across spokespeople)
_ROLE_OF = re.compile(
    r"^(?:(?:the|a|an|its|deputy|acting|senior|local)\s+)*(?:(?:medical|health|hospital|aid|rescue|emergency|trauma|surgical)\s+)?"
    r"(?:chief\s+(?:medical|executive|operating|nursing)\s+officer|"  # "chief medical officer of X Hospital"
    r"head|director|chief|member|members|spokes(?:man|woman|person)|sources?|personnel|"
    r"official|officials|representative|representatives|manager|secretary|president|commander|"
    r"doctor|doctors|medic|medics|surgeon|nurse|staff|employee|worker|workers|founder|co-founder|chairman|"
    r"chairwoman|chairperson|coordinator|leaders?|owner)\s+(?:of|at|for|from|with)\s+"
    r"(?:the\s+)?(?:nearby\s+|local\s+|main\s+|city's\s+)?(?P<inst>.+)$", re.IGNORECASE)
# "Information Minister Abdirahman Osman", "Kramatorsk mayor Oleksandr Honcharenko": role + name
_ROLE_NAME = re.compile(r"^(?P<role>.*?\b(?:minister|president|premier|mayor|governor|spokes(?:man|woman|person)|"
                        r"chief|commander|general|director|head|secretary|prosecutor|official|adviser|advisor|"
                        r"envoy|coordinator|ambassador|sheriff|undersheriff|Undersheriff|ombudsman|coroner|commissioner|superintendent|inspector|"
                        # an unnamed person's trade before the name: "local journalist X", "activist X"
                        r"journalist|reporter|photographer|activist|Journalist|Activist|"
                        r"Minister|President|Premier|Mayor|Governor|Gov[.\u2024]|Attorney\s+General|Commissioner|Superintendent|Inspector|"
                        r"Spokes(?:man|woman|person)|Chief|Commander|Director|Secretary|Prosecutor|Sheriff|Ombudsman|Coroner))\s+"
                        # a rank and name particles: "Police Commander Colonel X", "Health Minister Hassan al-Tamimi"
                        r"(?:(?:Dr|Col|Colonel|Gen|Maj|Major|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant|Brig|Brigadier)\.?\s+)?"
                        r"(?P<name>(?:(?:[A-Z][\w'’\-]+|[A-Z][.\u2024]|al-[\w'’\-]+|el-[\w'’\-]+|bin|ibn|de|del|da|van|von)\s*){1,4})$")
# a title before a personal name may carry a rank of its own: "Assistant Police Chief X" is the police
# a generic lower-case word after a capitalised name: "the Harsa Relief Ambulance service"
_SERVICE_TAIL = re.compile(r"^((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s+(?:ambulance|rescue|emergency))?)\s+services?$")
# the head of a named service, hospital or society before a personal name speaks for it: "Aamin
# Ambulance service director", "Red Crescent Society head" (not "Police Chief", "Defence Minister")
_NAMED_BODY_HEAD = re.compile(r"^(?P<inst>(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:ambulance|rescue|emergency)\s+)?"
                              r"(?:services?|hospital|society|foundation|network|agency|organi[sz]ation|"
                              # "Kenya Defence Forces spokesman Colonel X": the forces
                              r"forces?|army|navy|command|front|movement|militia|brigades?))\s+"
                              r"(?:director|head|chief|founder|chairman|chairwoman|manager|coordinator|"
                              r"spokes(?:man|woman|person))$", re.IGNORECASE)
# a US state or city commissioner speaks for the department: "Maine Public Safety Commissioner" (not police)
_COMMISSIONER = re.compile(r"^(?P<pre>(?:[A-Z][a-z]+\s+){1,2}?)?(?P<f>(?!Police\b)(?:[A-Z][a-z]+\s+){0,2}(?!Police\b)"
                           r"[A-Z][a-z]+)\s+Commissioner$")
_HEALTH_MINISTER = re.compile(r"^(?P<w>(?:[A-Z][a-z]+\s+)?(?:public\s+)?health)\s+minister$", re.IGNORECASE)
_TITLE_RANK = re.compile(r"^(?:(?:assistant|deputy|acting|interim|associate)\s+)+(?=\S)", re.IGNORECASE)
# capitalised words that end an institution, not a personal name ("Massachusetts General Hospital")
_INSTITUTION_WORDS = frozenset({"hospital", "center", "centre", "department", "office", "ministry", "council",
                                "committee", "agency", "service", "network", "association", "university",
                                "school", "church", "command", "court", "force", "forces", "army", "police",
                                "unit", "bureau", "team", "commission", "institute", "foundation", "group",
                                "news", "radio", "television", "times", "post", "clinic", "administration"})
def _top(theatre: tuple[str, ...] | None) -> str | None:
    return theatre[0] if theatre else None


# "Mariupol's city council" -> "Mariupol city council"
_PLACE_POSSESSIVE = re.compile(r"^([A-Z][\w\-]+)['’]s\s+(?=(?:city|municipal|regional|provincial|district|local|town)\s)")


_LOCAL_SOURCES = re.compile(r"^local\s+(?=(?:hospital|medical|health|security|police|military)\s+sources?$)",
                            re.IGNORECASE)


# one unnamed source of a sort keeps its words without its nationality: "a Lebanese security source"
# -> "security source", "a hospital source" -> "hospital source" (a police source: "police sources", the
# police of a US story)
_ONE_SOURCE = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?P<sort>security|military|army|hospital|medical|local|police|diplomatic|"
                         r"intelligence|government|tribal|humanitarian|rescue)\s+source$")


# a named body's spokesman or spokesmen, the body capitalised: the body ("ATLANTIC COMMAND SPOKESMAN")
_SPOKES_TAIL = re.compile(r"^(?P<b>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s+"
                          r"(?:SPOKES(?:MAN|MEN|WOMAN|WOMEN|PERSONS?|PEOPLE)|"
                          r"[Ss]pokes(?:man|men|woman|women|persons?|people))$")


@lru_cache(maxsize=4096)  # pure; the same claimant words recur
def stable_name(name: str, theatre: tuple[str, ...] | None) -> tuple[str, str | None]:
    """A stable name (and kind, if it tells one) for an unknown claimant's cleaned text."""
    one = _ONE_SOURCE.match(name)
    if one is not None and (name[:1].islower() or country_of(name.split()[0]) is not None
                            or re.fullmatch(r"[A-Z][a-z]+(?:an|ese|i|ish|ch)", name.split()[0])):  # a demonym
        name = f"{one.group('sort')} source{'s' if one.group('sort') == 'police' else ''}"
    body = _SPOKES_TAIL.match(name)
    if body is not None:  # "SOUTHERN COMMAND SPOKESMAN", "the Kivu Relief Fund spokesmen": the body speaks
        known = canonical_actor(body.group("b"), theatre=theatre)
        if known is not None and known.role != "perpetrator":
            return known.name, known.kind
        return stable_name(body.group("b"), theatre)
    person = unnamed_person(name)
    if person is not None:
        return person  # "a farmer from a nearby village" -> witness; "a doctor at a hospital"
    name = parent_institution(name) or name  # "emergency department at Nasser Hospital"
    top = _top(theatre)
    dem = demonym(top) if top is not None and top != "US" else None
    office = office_name(name)
    if office is not None:  # "French intelligence", "health ministry of Gedaref state", "FENASTRAS LEADERS"
        return office[0], office[1] or None
    if name.isupper() and " " not in name:
        name = readable(name)  # "RELATIVES" -> "relatives" (not "FMLN", "AVIANCA": names as written)
    name = _LOCAL_SOURCES.sub("", institution_of_people(name))  # "local hospital sources" -> "hospital sources"
    titled = False  # a title with a personal name: "Health Minister Viktor Liashko"
    wire = name.isupper() and " " in name
    if wire:  # a wire name: "HUMAN RIGHTS OMBUDSMAN JUAN PEREZ MOLINA"
        cap = " ".join(w[:1] + w[1:].lower() for w in name.split())
        mu = _ROLE_NAME.match(cap)
        if mu is not None and mu.group("name").split()[-1].lower() not in _INSTITUTION_WORDS:
            name, titled = name[:len(mu.group("role"))], True  # the title without its holder's name
        name = readable(name)
    name = _PLACE_POSSESSIVE.sub(r"\1 ", name)
    m = _ROLE_OF.match(name)
    body = _LOCAL_BODY.search(name) if m is not None and not re.search(r"\b[A-Z]", m.group("inst")) else None
    if m is not None and not name.isupper() and (re.search(r"\b[A-Z]", m.group("inst")) or body is not None):
        inst = body.group(0) if body is not None else m.group("inst")  # "head of the local health zone"
        inst = without_allegiance(re.sub(r"^(?:the\s+)", "", inst, flags=re.IGNORECASE))
        inst = _SERVICE_TAIL.sub(lambda t: t.group(1).title(), inst)  # "the Aamin ambulance service" -> "Aamin Ambulance"
        inst = local_hospital(inst) or inst  # "nurses at the district hospital in Dori"
        known = canonical_actor(inst, theatre=theatre)
        if known is not None and known.role != "perpetrator":
            return known.name, known.kind
        return stable_name(inst, theatre) if inst != name else (inst, None)
    m2 = _ROLE_NAME.match(name)
    if m2 is not None and not name.isupper() and m2.group("name").split()[-1].lower() not in _INSTITUTION_WORDS:
        name, titled = m2.group("role").strip(), True
        name = _TITLE_RANK.sub("", name) or name  # "Assistant Police Chief" -> "Police Chief"
        if " " not in name:
            name = name.lower()  # "Mayor Nan Whaley" -> "mayor"
        trade = unnamed_person(name)
        if trade is not None and trade[1] in ("media", "local"):
            return trade  # "Local journalist Samir Haddad" -> journalist, "Activist Rami Odeh" -> local activists
        spoke = institution_of_people(name)  # "Interior Ministry spokesman Saad Maan": the ministry's own name
        if spoke != name and dem and re.fullmatch(r"interior\s+ministry", spoke, re.IGNORECASE):
            known = exact_actor(f"{dem} interior ministry")
            return (known.name, known.kind) if known is not None else (f"{dem} interior ministry", "government")
        name = spoke
        head = _NAMED_BODY_HEAD.match(name)
        if head is not None:  # "Aamin Ambulance service director X" -> the service ("Aamin Ambulance")
            inst = _SERVICE_TAIL.sub(lambda t: t.group(1), head.group("inst"))
            known = canonical_actor(inst, theatre=theatre)
            if known is not None and known.role != "perpetrator":
                return known.name, known.kind
            return inst, guess_kind(head.group("inst"))
        cm = _COMMISSIONER.match(name)
        if cm is not None:  # "Maine Public Safety Commissioner X" -> "Maine Department of Public Safety"
            return f"{cm.group('pre') or ''}Department of {cm.group('f')}", "government"
        health = _HEALTH_MINISTER.match(name)
        if health is not None:  # "Health Minister Salih Hassan" -> the health ministry (not "Lebanon's health minister")
            office = state_office(name[:health.end("w")] + " ministry", dem)
            if office is not None:
                return office
    return state_name(name, titled=titled, dem=dem, top=top, wire=wire) or (name, None)
