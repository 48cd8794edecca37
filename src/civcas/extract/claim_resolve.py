"""Resolving a claimant phrase to an actor (used by :mod:`civcas.extract.claims`).

:func:`_resolve` turns the text a reporting pattern caught ("the head of the Nineveh health
directorate", "he", "a monitoring group", "Information Minister Abdirahman Osman") into a
:class:`Claim`: pronouns and generic anaphora resolve to the document's last claimant
(:data:`LastClaimant`), a role noun with no name to the document's known claimant of that kind
(:func:`known_claimants`), and unknown claimants keep cleaned text with a stable name
(:func:`_stable_name`, :mod:`civcas.extract.claim_names`, state, police, sheriff and coroner names in
:mod:`civcas.extract.claim_state`). Times ("on Sunday") and non-speakers are
no claimant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from civcas.extract.actors import ActorEntry, canonical_actor, exact_actor, find_actors
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_names import (
    OWN_DOCUMENT,
    counted_people,
    head_claimant,
    institution_of_people,
    local_hospital,
    local_institution,
    office_name,
    owner_only,
    parent_institution,
    person_role,
    readable,
    short_form,
    state_office,
    unnamed_person,
    without_allegiance,
)
from civcas.extract.claim_places import (
    named_hospital,
    placed_office,
    provincial_office,
    regional_name,
    spelled_out,
)
from civcas.extract.claim_state import state_name
from civcas.extract.newgroups import new_group
from civcas.extract.theatre import country_of, demonym
from civcas.models import Actor

_ANAPHORA = frozenset({
    "he", "she", "they", "it", "the monitor", "the group", "the watchdog", "the spokesman",
    "the spokeswoman", "the spokesperson", "the official", "officials", "the organisation",
    "the organization", "the agency", "the ministry", "the source", "the sources", "the observatory",
    "the network", "the statement", "the report", "a spokesman", "a spokeswoman", "the war monitor",
    "the britain-based monitor", "the uk-based monitor", "the rights group", "the body", "the office",
    "its spokesman", "its spokeswoman", "the group's spokesman", "the charity", "the command",
    "the committee", "the panel", "the communique", "the communiqué", "the release", "the document",
})
# what is no speaker alone: a bare document ("the communique", "a report") or place ("the city", "church")
_NO_SPEAKER = frozenset({"communique", "communiqué", "statement", "report", "release", "document", "letter",
                         "city", "town", "village", "area", "church", "country", "house", "building"})
# the time of unnamed reports, left after their noun: "Initial reports noted", "Early reports said"
_REPORT_TIME = frozenset({"initial", "early", "earlier", "later", "first", "preliminary", "subsequent",
                          "latest", "unconfirmed"})
# a sentence adverb before the subject: "HOWEVER, THE ARMY SAID", "Meanwhile the ministry said"
_ADVERB_LEAD = re.compile(r"^(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|additionally|"
                          r"also|still|instead|indeed|then|thus|therefore|likewise|similarly|besides)\b[\s,]*",
                          re.IGNORECASE)
# a bracketed acronym after a name, and the members after it: "United Left [IU] deputies" -> "United Left"
_BRACKET_TAIL = re.compile(r"\s*[\[(][A-Z][A-Za-z.\-]{1,12}[\])](?:\s+(?:deputies|members|leaders|officials|sources|"
                           r"spokes(?:man|woman|person)|representatives|legislators|congressmen|senators|militants))?$",
                           re.IGNORECASE)
# a role noun with no name: the document's known claimant of this kind ("a monitoring group said")
_DESCRIPTORS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rx, re.IGNORECASE), kinds) for rx, kinds in (
        (r"^(?:the\s+|a\s+|an\s+)?(?:\w+-based\s+|britain-based\s+|uk-based\s+|war\s+|syrian\s+)?"
         r"(?:monitoring\s+group|monitor|watchdog|monitoring\s+network|observatory)$", ("monitor",)),
        (r"^(?:the\s+|a\s+)?(?:international\s+|medical\s+|humanitarian\s+)?(?:medical\s+charity|"
         r"medical\s+aid\s+(?:group|organi[sz]ation)|aid\s+group|charity|humanitarian\s+group)$", ("medical", "ngo")),
        (r"^(?:the\s+|a\s+)?(?:\w+\s+)?(?:rights\s+group|human\s+rights\s+group|rights\s+organi[sz]ation)$",
         ("ngo", "monitor")),
        (r"^(?:the\s+)?(?:world\s+body|un\s+agency|u\.n\.\s+agency|un\s+body|un\s+mission|mission)$", ("un",)),
        (r"^(?:the\s+)?(?:news\s+agency|state\s+news\s+agency|state\s+media|broadcaster|state\s+television)$",
         ("media",)),
        (r"^(?:the\s+)?(?:command|military\s+command)$", ("belligerent",)),
    ))
_BARE_INSTITUTIONS = frozenset({"police", "the police", "prosecutors", "the prosecutors"})
_LEAD_WORDS = frozenset({"earlier", "later", "in", "on", "at", "by", "after", "meanwhile", "separately",
                         "yesterday", "today", "overnight", "before", "during", "since"})
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                 r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|"
                 r"thousands?|dozens?|scores")
_NOT_CLAIMANT = re.compile(
    r"\d|\b(?:killed|wounded|injured|died|dead|strikes?|struck|attack|people(?!['’]s)|civilians|i|we|you|"
    r"which|who|what|there|this|that|when|where|while|if|as|" + _NUMBER_WORDS + r")\b"
    r"|^(?:using|carrying|firing|targeting|hitting|striking|shelling|bombing|having|being|any|all|not|no|nor|"
    r"than|because|after|before|since|until|unless|although|denied|denies|said|says|told|reported|citing|quoting|"
    r"claimed|accused|blamed|rejected|added|confirmed|saying|adding)\b",
    re.IGNORECASE)
_TIME_ONLY = re.compile(r"^(?:(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|evening|night|week)|"
                        r"(?:on|in|at|late|early|last|this|that)?\s*(?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|yesterday|today|tonight|night|morning|evening|week|month|"
                        r"january|february|march|april|may|june|july|august|september|october|november|"
                        r"december))\b", re.IGNORECASE)


_JUNK_LEAD = re.compile(r"^(?:(?:the|a|an|another|other|some|several|many|two|three|few|one|of|group|"
                        r"groups|number|couple)\s+)+(?=\w)", re.IGNORECASE)
_JUNK_TAIL = re.compile(r"\s+(?:on|in|late|early|last|this|that|yesterday|today|tonight|reached|contacted|"
                        r"was|were|had|has|have|is|are|would|will|could|"
                        r"interviewed|speaking|who|which|quoted|cited|citing|familiar|involved|close|released|"
                        r"issued|published|seen)\b.*$", re.IGNORECASE)
_DOC_TAIL = re.compile(r"(?<=\w)\s+(?:assessment|report|statement|figures|data|tally|count|communiqu[eé]|statistics)s?$",
                       re.IGNORECASE)
# common head words of claimants written at the start of a sentence ("Residents said", "Local media
# reported"): lower-cased so that the name does not depend on the position in the sentence
_COMMON_HEADS = frozenset({
    "local", "residents", "resident", "witnesses", "witness", "hospital", "officials", "official",
    "investigators", "medics", "medical", "doctors", "doctor", "rescuers", "police", "activists",
    "sources", "security", "military", "health", "government", "authorities", "regional", "state",
    "relatives", "villagers", "survivors", "paramedics", "nurses", "prosecutors", "emergency", "rescue",
    "civil", "independent", "opposition", "rebel", "tribal", "district", "provincial", "municipal",
    "city", "family", "families", "eyewitnesses", "journalists", "reporters", "citizen", "citizens",
    "hospitals", "morgue", "aid", "humanitarian", "rights", "monitors", "people",
})


def _clean(x: str) -> str:
    x = re.sub(r"\s+", " ", x).strip(" '\"“”’‘-")
    if re.match(r"^(?:another|some|several|other|a\s+group\s+of|a\s+number\s+of|one\s+of\s+the)\s", x,
                re.IGNORECASE):
        x = _JUNK_LEAD.sub("", x)  # "Another group of citizen journalists" -> "citizen journalists"
    x = without_allegiance(re.sub(r"^(?:the|a|an)\s+", "", x, flags=re.IGNORECASE))  # "the army-aligned ..."
    inst = local_institution(x)
    if inst is not None:
        return inst  # "head of the health department in Saada province" -> "Saada health department"
    hosp = local_hospital(x)
    if hosp is not None and unnamed_person(x) is None:
        return hosp  # "health workers at the regional hospital in Kaya" (one doctor: "medical sources")
    x = _JUNK_TAIL.sub("", x)
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
    r"^(?:(?:the|a|an|its|deputy|acting|senior|local)\s+)*(?:(?:medical|health|hospital|aid|rescue|emergency)\s+)?"
    r"(?:head|director|chief|member|members|spokes(?:man|woman|person)|sources?|personnel|"
    r"official|officials|representative|representatives|manager|secretary|president|commander|"
    r"doctor|doctors|medic|medics|surgeon|nurse|staff|employee|worker|workers|founder|co-founder|chairman|"
    r"chairwoman|chairperson|coordinator|leaders?|owner)\s+(?:of|at|for|from|with)\s+"
    r"(?:the\s+)?(?:nearby\s+|local\s+|main\s+|city's\s+)?(?P<inst>.+)$", re.IGNORECASE)
# "Information Minister Abdirahman Osman", "Kramatorsk mayor Oleksandr Honcharenko": role + name
_ROLE_NAME = re.compile(r"^(?P<role>.*?\b(?:minister|president|premier|mayor|governor|spokes(?:man|woman|person)|"
                        r"chief|commander|general|director|head|secretary|prosecutor|official|adviser|advisor|"
                        r"envoy|coordinator|ambassador|sheriff|ombudsman|coroner|commissioner|superintendent|inspector|"
                        r"Minister|President|Premier|Mayor|Governor|Commissioner|Superintendent|Inspector|"
                        r"Spokes(?:man|woman|person)|Chief|Commander|Director|Secretary|Prosecutor|Sheriff|Ombudsman|Coroner))\s+"
                        # a rank and name particles: "Police Commander Colonel X", "Health Minister Hassan al-Tamimi"
                        r"(?:(?:Dr|Col|Colonel|Gen|Maj|Major|Capt|Captain|Lt|Lieutenant|Sgt|Sergeant|Brig|Brigadier)\.?\s+)?"
                        r"(?P<name>(?:(?:[A-Z][\w'’\-]+|al-[\w'’\-]+|el-[\w'’\-]+|bin|ibn|de|del|da|van|von)\s*){1,4})$")
# a title before a personal name may carry a rank of its own: "Assistant Police Chief X" is the police
# a generic lower-case word after a capitalised name: "the Harsa Relief Ambulance service"
_SERVICE_TAIL = re.compile(r"^((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s+(?:ambulance|rescue|emergency))?)\s+services?$")
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


@lru_cache(maxsize=4096)  # pure; the same claimant words recur
def _stable_name(name: str, theatre: tuple[str, ...] | None) -> tuple[str, str | None]:
    """A stable name (and kind, if it tells one) for an unknown claimant's cleaned text."""
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
    if name.isupper() and " " in name:  # a wire name: "HUMAN RIGHTS OMBUDSMAN RAMIRO DE LEON CARPIO"
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
        inst = local_hospital(inst) or inst  # "health workers at the regional hospital in Kaya"
        known = canonical_actor(inst, theatre=theatre)
        if known is not None and known.role != "perpetrator":
            return known.name, known.kind
        return _stable_name(inst, theatre) if inst != name else (inst, None)
    m2 = _ROLE_NAME.match(name)
    if m2 is not None and not name.isupper() and m2.group("name").split()[-1].lower() not in _INSTITUTION_WORDS:
        name, titled = m2.group("role").strip(), True
        name = _TITLE_RANK.sub("", name) or name  # "Assistant Police Chief" -> "Police Chief"
        if " " not in name:
            name = name.lower()  # "Mayor Nan Whaley" -> "mayor"
        spoke = institution_of_people(name)  # "Interior Ministry spokesman Saad Maan": the ministry's own name
        if spoke != name and dem and re.fullmatch(r"interior\s+ministry", spoke, re.IGNORECASE):
            known = exact_actor(f"{dem} interior ministry")
            return (known.name, known.kind) if known is not None else (f"{dem} interior ministry", "government")
        name = spoke
        cm = _COMMISSIONER.match(name)
        if cm is not None:  # "Maine Public Safety Commissioner X" -> "Maine Department of Public Safety"
            return f"{cm.group('pre') or ''}Department of {cm.group('f')}", "government"
        health = _HEALTH_MINISTER.match(name)
        if health is not None:  # "Health Minister Salih Hassan" -> the health ministry (not "Lebanon's health minister")
            office = state_office(name[:health.end("w")] + " ministry", dem)
            if office is not None:
                return office
    return state_name(name, titled=titled, dem=dem, top=top) or (name, None)


@dataclass(frozen=True, slots=True)
class Claim:
    actor: Actor
    start: int  # span of the claimant text inside the sentence
    end: int


@lru_cache(maxsize=32)
def known_claimants(document: str, theatre: tuple[str, ...] | None = None) -> tuple[ActorEntry, ...]:
    """Known claimants (role claimant or both) a document names, in order of first mention."""
    seen: dict[str, ActorEntry] = {}
    for f in find_actors(document[:20_000], theatre=theatre):
        if f.entry.role != "perpetrator":
            seen.setdefault(f.entry.name, f.entry)
    return tuple(seen.values())


# the document's last claimant before the sentence, asked for only when a sentence needs it
LastClaimant = Callable[[], Actor | None]


def _descriptor(low: str, last_of: LastClaimant, document: str | None,
                theatre: tuple[str, ...] | None) -> Actor | None:
    """The actor a role noun with no name stands for: the last claimant if of its kind, else the
    document's first known claimant of its kind."""
    for rx, kinds in _DESCRIPTORS:
        if rx.match(low):
            last = last_of()
            if last is not None and last.kind in kinds:
                return last
            if document:
                for e in known_claimants(document, theatre):
                    if e.kind in kinds:
                        return Actor(name=e.name, text="", kind=e.kind)  # type: ignore[arg-type]
            return None
    return None


# a person of an armed wing of the group just named: "a spokesman for the group's armed wing"
_WING = re.compile(r"^(?:(?:the|a|an)\s+)?(?:spokes(?:man|woman|person)|commander|official|member|leader)s?\s+"
                   r"(?:for|of|from)\s+(?:the\s+(?:group|movement|organi[sz]ation)['’]s|its|their)\s+"
                   r"(?:armed|military)\s+wing$")


# a subject with a restrictive relative clause: "A UN team that visited the hospital the next day"
_REL_HEAD = re.compile(r"^((?:the|a|an)\s+[^,]{1,50}?)\s+(?:that|who|which)\s+\w+", re.IGNORECASE)


def _resolve(x: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
             document: str | None) -> Claim | None:
    raw = x.strip()
    end = start + len(x)
    adv = _ADVERB_LEAD.match(raw)
    if adv is not None and adv.end() < len(raw):  # "HOWEVER, THE COMMUNIQUE": the subject after it
        start, raw = start + len(x) - len(x.lstrip()) + adv.end(), raw[adv.end():]
    low = re.sub(r"\s+", " ", raw.lower())
    low = re.sub(r"^(?:but|and)\s+", "", low)
    tm = _TIME_ONLY.match(low)
    if tm is not None:
        rest = raw[tm.end():].lstrip(" ,")
        if not re.match(r"(?:the|a|an)\s+\w", rest, re.IGNORECASE) or _TIME_ONLY.match(rest.lower()):
            return None  # "..., the UN said on Sunday": "on Sunday" is no speaker
        start, raw = start + len(raw) - len(rest), rest  # "On Friday the ministry raised the toll"
        low = re.sub(r"\s+", " ", raw.lower())
    rel = _REL_HEAD.match(raw)
    if rel is not None and find_actors(rel.group(1), theatre=theatre):
        raw = rel.group(1)  # "A UN team that visited the site the next day said": the team
        low, end = raw.lower(), start + len(rel.group(1))
    people = counted_people(raw)  # "two relatives", "one of the activists"
    if people is not None:
        return Claim(Actor(name=people[0], text=raw, kind=people[1]), start, end)  # type: ignore[arg-type]
    group = new_group(raw)  # "a group calling itself the X claimed ...": the group speaks
    if group is not None:
        return Claim(group, start, end)
    found = find_actors(raw, theatre=theatre) if _NOT_CLAIMANT.search(raw) else None
    if found == []:
        return None
    words = raw.split()
    if len(words) > 9 or (words and words[0].lower() in _LEAD_WORDS):
        # "Earlier in the day the head of the railway company": keep the subject
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in ("the", "a", "an") and not _TIME_ONLY.match(" ".join(words[k:])):
                cut = raw.find(" ".join(words[k:]))
                start, raw = start + cut, " ".join(words[k:])
                low = raw.lower()
                found = None  # (read again below)
                break
    if found is None:
        found = find_actors(raw, theatre=theatre)
    if found:  # not a country named as the owner of the speaker: "Israel's Magen David Adom service"
        # (an actor's own body speaks for it: "the coalition's Joint Incidents Assessment Team")
        found = [f for f in found if not (f.entry.kind == "belligerent" and owner_only(raw, f.end)
                                          and country_of(re.sub(r"['’]s$", "", f.text)) is not None)]
    if found:
        claimants = [f for f in found if f.entry.role in ("claimant", "both")] or found
        f = claimants[0]
        if f.entry.kind == "belligerent" and re.search(
                r"health|ministry|officials|authorities|governor", raw, re.IGNORECASE) \
                and not re.search(r"defen[cs]e", raw, re.IGNORECASE):
            # "Houthi health officials": the administration speaks; its health ministry if known
            runs = [canonical_actor(f"{f.text}{sep} health ministry") for sep in ("", "-run")] \
                if re.search(r"health", raw, re.IGNORECASE) else []
            run = next((r for r in runs if r is not None and r.kind == "government"), None)
            if run is not None:
                return Claim(Actor(name=run.name, text=raw, kind=run.kind), start, start + len(raw))  # type: ignore[arg-type]
            name = _clean(raw)
            return Claim(Actor(name=name, text=raw, kind="government"), start, start + len(raw))
        return Claim(Actor(name=f.entry.name, text=f.text, kind=f.entry.kind),  # type: ignore[arg-type]
                     start + f.start, start + f.end)
    d = _descriptor(re.sub(r"^(?:the|a|an)\s+(?=the\s)", "", low), last_of, document, theatre)
    if d is not None:
        return Claim(Actor(name=d.name, text=raw, kind=d.kind), start, end)
    if document and _HOSPITAL_ROLE.match(low):
        h = named_hospital(document)
        if h is not None:  # "a hospital spokesman said" in a story naming "Vanderbilt University Medical Center"
            return Claim(Actor(name=h, text=raw, kind="medical"), start, end)
    if _WING.match(low):  # "a spokesman for the group's armed wing": the group named before speaks
        last = last_of()
        if last is not None and last.kind == "belligerent":
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        for g in known_claimants(document or "", theatre):
            if g.kind == "belligerent":
                return Claim(Actor(name=g.name, text=raw, kind=g.kind), start, end)  # type: ignore[arg-type]
    short = short_form(low, partial(known_claimants, document, theatre)) if document else None
    if short is not None:  # "the emergency service said" after "Ukraine's State Emergency Service"
        return Claim(Actor(name=short.name, text=raw, kind=short.kind), start, end)  # type: ignore[arg-type]
    if re.match(r"(?:not|nor|as|than)\b", low):
        return None  # "... and not an IS militant as it had claimed"
    if document and (low in _ANAPHORA or low in _BARE_INSTITUTIONS):
        head = low.split()[-1].rstrip("s")
        last = last_of()
        if last is None or head not in last.name.lower():
            e = head_claimant(low, known_claimants(document, theatre))
            if e is not None:  # "The office also said" -> the Prosecutor General's Office
                return Claim(Actor(name=e.name, text=raw, kind=e.kind), start, end)  # type: ignore[arg-type]
        elif low in _BARE_INSTITUTIONS:
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)  # "police said" again
        if low == "the ministry" and (last is None or not re.search(r"minist|government", last.name, re.IGNORECASE)):
            named = _MINISTRY_NAMED.search(document)
            if named is not None:  # "Lebanon's health minister said ... the ministry raised the toll"
                c = _resolve(named.group(0), start, last_of, theatre, None)
                if c is not None and c.actor.kind == "government":
                    return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    if low in _ANAPHORA or low.split(" ", 1)[0] in ("he", "she", "they", "it") or OWN_DOCUMENT.match(low):
        last = last_of()
        if last is not None:
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        if low in ("he", "she", "they", "it") or OWN_DOCUMENT.match(low):
            return None
    if len(raw.split()) > 9 or _NOT_CLAIMANT.search(raw):
        return None
    name = _clean(raw)
    if len(name) < 2 or not re.search(r"[A-Za-z]", name) or name.lower() in _NO_SPEAKER | _REPORT_TIME:
        return None  # (a bare document or place: "COMMUNIQUE", "city was"; "Initial reports noted")
    if document and re.fullmatch(r"[A-Z][a-z][\w'’-]+", name):
        role = person_role(name, document)  # "Kallon said" -> "the UN coordinator ..., Edward Kallon"
        c = _resolve(role, start, last_of, theatre, None) if role is not None else None
        if c is not None and c.actor.kind != "local":
            return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    full = spelled_out(name, document)
    if full is not None:  # "NEMA said" after "the National Emergency Management Agency (NEMA)"
        c = _resolve(full, start, last_of, theatre, None)
        if c is not None:
            return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    regional = regional_name(name, theatre, document) or placed_office(name, theatre, document) \
        or provincial_office(name, document)
    name, kind = (regional, "government") if regional is not None else _stable_name(name, theatre)
    if name == "mayor":
        city = placed_office(name, theatre, document)
        name, kind = (city, "government") if city is not None else (name, kind)
    if name in ("spokesman", "spokeswoman", "spokesperson") and last_of() is not None:
        return Claim(Actor(name=last_of().name, text=raw, kind=last_of().kind), start, end)  # type: ignore[union-attr]
    if name in _PLACELESS or (name.isalpha() and name.islower() and low.startswith("the ")):
        # "the sheriff's department said" after "Los Angeles County Sheriff X said"; "the administrator
        # said" after "a school administrator said"
        last = last_of()
        if last is not None and (last.name.lower().endswith(" " + name.lower())  # "the leaders" after "leaders of X"
                                 or (last.text or "").lower().startswith(name.lower() + " of ")):
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
    return Claim(Actor(name=name, text=raw, kind=kind or guess_kind(name)), start, end)  # type: ignore[arg-type]


# the first ministry or minister a document names as a speaker
_MINISTRY_NAMED = re.compile(r"(?:\b[A-Z][\w'’\-]*\s+){0,3}(?:[Hh]ealth\s+|[Ii]nterior\s+)?[Mm]inist(?:er|ry)"
                             r"(?:\s+of\s+[A-Z][\w]*)?(?=,?\s+(?:[A-Z][\w'’\-]*\s+){0,3}(?:said|says|told|reported))")


# the officials of an unnamed hospital speak for the hospital the story names
_HOSPITAL_ROLE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:hospital|hospital's)\s+(?:officials?|spokes(?:man|woman|person)|"
                            r"director|administrators?|authorities|management|staff)$|^the\s+hospital$")


_PLACELESS = frozenset({"sheriff's office", "coroner", "medical examiner"})
# an unnamed local body a person speaks for: "the head of the local health zone" -> "local health zone"
_LOCAL_BODY = re.compile(r"(?<=\s)(?:local|provincial|district|regional|municipal)\s+(?:\w+\s+)?"
                         r"(?:zone|district|department|directorate|office|council|committee|bureau)$", re.IGNORECASE)


