"""Stable names for claimants with no name of their own (used by :mod:`civcas.extract.claims`).

* (Unnamed people, "a farmer from a nearby village", "two relatives", are named by
  :mod:`civcas.extract.claim_people`.)
* A local institution with its place after it ("the health department in Saada province") ->
  "Saada health department", as a monitor names it.
* A surname alone ("Kallon said") -> the role the document gave that person when it named them in
  full ("the UN humanitarian coordinator in Nigeria, Edward Kallon").
* "the office said", "the prosecutors said" -> the document's known claimant whose name carries
  that head word ("the Prosecutor General's Office").
* A national ministry, mayor or governor -> the stable name of its state office (:func:`state_office`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actors import ActorEntry, exact_actor
from civcas.extract.theatre import demonym

__all__ = [
    "OWN_DOCUMENT",
    "country_name",
    "full_name_of",
    "head_claimant",
    "institution_of_people",
    "local_hospital",
    "local_institution",
    "office_name",
    "owner_only",
    "parent_institution",
    "person_role",
    "readable",
    "short_form",
    "state_office",
    "without_allegiance",
]

# a claimant's own document after a possessive: "Its report put the toll at ..." (the last claimant's)
OWN_DOCUMENT = re.compile(r"^(?:its|their)\s+(?:\w+\s+)?(?:report|assessment|count|tally|statement|figures|data|"
                          r"review|investigation|estimate|list|records?|update|bulletin)$", re.IGNORECASE)


# a qualifier of an institution's allegiance, no part of its name: "the army-aligned Darfur regional
# governor", "the Russian-backed Luhansk People's Republic"
_ALLEGIANCE = re.compile(r"^(?:[\w'’]+-(?:backed|aligned|allied|supported|installed|appointed|controlled)\s+)+(?=\w)",
                         re.IGNORECASE)


def without_allegiance(name: str) -> str:
    """``name`` without a leading allegiance qualifier ("Russian-backed Luhansk People's Republic" ->
    "Luhansk People's Republic"); a name made of the qualifier is kept ("Houthi-run health ministry")."""
    return _ALLEGIANCE.sub("", name)



_PLACE = r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"  # case-sensitive: a name, not "province"
_LOCAL_INST = re.compile(
    r"(?i:(?:^|\b(?:of|at|for|from)\s+)(?:the\s+)?(?P<inst>health\s+(?:department|directorate|office|bureau)|"
    r"civil\s+defen[cs]e|morgue|provincial\s+council|city\s+council|municipality)\s+(?:in|of)\s+(?:the\s+)?)" + _PLACE
    + r"(?i:\s+(?:province|governorate|region|district|city|county|oblast))?$")


def local_institution(text: str) -> str | None:
    """"director of the health department in Hajjah province" -> "Hajjah health department"; None when
    ``text`` names no local institution with its place after it."""
    m = _LOCAL_INST.search(text.strip())
    if m is None:
        return None
    return f"{m.group('place')} {m.group('inst').lower()}"


# an unnamed hospital of a place, its staff speaking: "(staff at) the district hospital in Djibo"
_LOCAL_HOSPITAL = re.compile(r"(?:^|\b(?:at|of|from|for)\s+)(?:the\s+)?(?P<adj>(?:(?!an?\s|the\s)[a-z]+\s+){0,2})hospital\s+(?:in|of)\s+(?:the\s+)?"
                             + _PLACE + r"(?i:\s+(?:province|governorate|region|district|city|county|town))?$")


def local_hospital(text: str) -> str | None:
    """"the regional hospital in Kaya" -> "Kaya regional hospital"; None for anything else."""
    m = _LOCAL_HOSPITAL.search(text.strip())
    return f"{m.group('place')} {m.group('adj')}hospital" if m is not None else None


# a police rank before a name: "Sgt." and "Detective" always; "Capt." and "Lt." in a story about police
_POLICE_RANK = re.compile(r"(?:\b(?P<sure>Officer|Detective|Det\.|Sgt\.|Sergeant|Patrolman)|\b(?:Capt\.|Lt\.|Captain|"
                          r"Lieutenant))\s*$")


def police_ranked(name: str, document: str | None) -> bool:
    """A police rank and a personal name ("Lt. Marcus Webb", "Detective Jane Roe") in a story about
    police (``_POLICE_RANK``)."""
    m = re.match(r"(?P<rank>.+?)\s+[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){0,2}$", name)
    rank = _POLICE_RANK.search(m.group("rank")) if m is not None else None
    return rank is not None and rank.start() == 0 and (rank.group("sure") is not None or re.search(
        r"\b(?:police|officers)\b", (document or "")[:20_000], re.IGNORECASE) is not None)


@lru_cache(maxsize=1024)  # compiled once per surname
def _named_as(surname: str) -> re.Pattern[str]:
    return re.compile(r"[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b")


# words before a capitalised word that make no given name ("northern Israel", "State of Israel")
_NOT_GIVEN = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "greater", "the", "of", "in", "and", "state", "republic", "southeast", "northeast", "southwest",
                        "northwest", "occupied", "new", "old", "upper", "lower", "inside", "across", "from", "to",
                        "by", "with", "for", "on", "at", "said", "told", "but", "when", "while"})


_INSTITUTIONS = frozenset({"police", "army", "military", "government", "ministry", "council", "committee", "office",
                           "hospital", "agency", "command", "forces", "coalition", "department", "court", "navy",
                           "university", "school", "church", "mission", "embassy", "observatory", "commission"})


def full_name_of(surname: str, document: str) -> bool:
    """The document names a person with this surname: a given name (or initial) before it after a
    title or at an apposition ("Sheriff Scott Israel", "Basim Razzo, an engineer")."""
    if surname.lower() in _GENERIC or surname.lower() in _INSTITUTIONS:
        return False  # "Police raised the toll" after "Colorado Springs Police Chief X"
    for m in _named_as(surname).finditer(document[:20_000]):
        given = m.group(0).split()[0]
        if given.lower() not in _NOT_GIVEN and given.lower() not in _GENERIC:
            return True
    return False


def person_role(surname: str, document: str) -> str | None:
    """The role the document gave a person first named in full: "..., the UN humanitarian
    coordinator in Nigeria, Edward Kallon, said" -> "the UN humanitarian coordinator in Nigeria"
    for "Kallon"; "Information Minister Abdirahman Osman" -> "Information Minister"."""
    if not re.fullmatch(r"[A-Z][\w'’-]+", surname) or document.find(surname, 0, 20_000) < 0:
        return None  # (the literal pre-test: every match holds the surname)
    for m in _named_as(surname).finditer(document[:20_000]):
        a = m.start()
        if _TITLE_INITIAL.match(m.group(0)):
            a = m.start() + m.group(0).index(" ") + 1  # "Sheriff T. Walton": the title is no given name
        before = document[max(0, a - 120):a]
        rank = _POLICE_RANK.search(before)
        if rank is not None and (rank.group("sure") or re.search(r"\b(?:police|officers)\b", document[:20_000],
                                                                re.IGNORECASE)):
            return "police officer"  # "Capt. Richard Doe said", "Detective Jane Roe said" (a police story)
        if before.rstrip().endswith(","):  # apposition: "the coordinator in Nigeria, Edward Kallon"
            seg = re.split(r"[,.;:\"“”()]", before.rstrip()[:-1])[-1].strip()
        else:  # a title before the name: "Information Minister Abdirahman Osman"
            seg = re.split(r"[,.;:\"“”()]", before)[-1].strip()
            title = _TRAILING_TITLE.search(before) if _CLAUSE_SEGMENT.search(seg) else None
            if title is not None:  # "... found dead in what Attorney General Dave Yost called": the title
                seg = title.group(0).strip()
        seg = re.sub(r"^(?:and|but|said|says|told|according\s+to)\s+", "", seg, flags=re.IGNORECASE)
        if 1 <= len(seg.split()) <= 12 and re.search(r"[a-z]", seg) and not _NO_TITLE_END.search(seg) \
                and not _CLAUSE_SEGMENT.search(seg):
            body = _BODY_AFTER_NAME.match(document, m.end())
            # "Deputy Chief Ana Ruiz of the Tulsa Police Department": the title of that body
            return f"{seg} of {body.group('b')}" if body is not None else seg
        after = _ROLE_AFTER_NAME.match(document, m.end())
        if after is not None:  # "Basim Razzo, an engineer, ...": the role after the name
            return after.group("r")
    return None


# the body a titled person was introduced with: "Deputy Chief Ana Ruiz| of the Tulsa Police Department"
BODY_NAME = (r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))*"
             r"\s+(?:Department|Office|Police|Service|Agency|Patrol|Bureau|Ministry|Directorate)")
_BODY_AFTER_NAME = re.compile(r"\s+(?:of|with|from)\s+(?P<b>" + BODY_NAME + r")\b")
# a title before an initial: "Sheriff T. Walton", "Chief J. Ray"
_TITLE_INITIAL = re.compile(r"(?:Sheriff|Undersheriff|Chief|Mayor|Officer|Detective|Deputy|Commissioner|Superintendent|"
                            r"Director|Governor|General|Coroner|Trooper|Prosecutor|Judge|Captain|Sergeant|Lieutenant)"
                            r"\s+[A-Z]\.\s")
# the capitalised title words right before a name: "in what Attorney General |Dave Yost called"
_TRAILING_TITLE = re.compile(r"(?<![\w.])(?:(?-i:[A-Z][a-z]+)\.?\s+){1,4}$")
# a clause before the name's comma, no title: "Three people were killed, Pat Ruiz, a director of ..., said"
_CLAUSE_SEGMENT = re.compile(r"\b(?:were|was|is|are|had|have|has|been|killed|wounded|injured|died|said|says)\b|\d",
                             re.IGNORECASE)
# a clause before a name, no title: "The houses belonged to Basim Razzo"
_NO_TITLE_END = re.compile(r"\b(?:to|by|of|for|with|from|and|at|in|on|that|as|is|was|were|had|has|have|when|after|"
                           r"before|named|called|identified)$", re.IGNORECASE)
# a role in apposition after a full name: ", an engineer,", ", the head of the clinic."
_ROLE_AFTER_NAME = re.compile(r",\s+(?P<r>(?:an?|the)\s+[^,.;:()\"“”]{2,90}?)\s*[,.;]")


_HEADS = {"office": "office", "offices": "office", "prosecutors": "prosecutor", "prosecutor": "prosecutor",
          "ministry": "ministry", "police": "police", "council": "council", "agency": "agency",
          "mission": "mission", "administration": "administration", "command": "command"}


def head_claimant(low: str, claimants: tuple[ActorEntry, ...]) -> ActorEntry | None:
    """The known claimant of the document a bare institutional noun ("the office", "prosecutors",
    "the ministry") stands for: the one whose name or alias carries that head word, if exactly one."""
    words = re.sub(r"^(?:the|a|an)\s+", "", low).split()
    if len(words) != 1 or words[0] not in _HEADS:
        return None
    head = _HEADS[words[0]]
    hits = [e for e in claimants if any(re.search(r"\b" + head, a, re.IGNORECASE) for a in e.aliases)]
    return hits[0] if len(hits) == 1 else None


def owner_only(text: str, end: int) -> bool:
    """True when the actor named up to ``end`` of ``text`` is a possessive before a capitalised name,
    the owner of the speaker, not the speaker ("Israel's Magen David Adom service")."""
    return re.match(r"(?:['’]s)?\s+[A-Z]", text[end:]) is not None and (
        text[:end].endswith(("'s", "’s")) or text[end:end + 2] in ("'s", "’s"))


# the head nouns of an institution's short form ("the emergency service", "the press office")
_SHORT_HEADS = ("service", "services", "ministry", "council", "office", "agency", "committee", "mission",
                "administration", "command", "department", "directorate", "commission", "authority")


def short_form(low: str, claimants: tuple[ActorEntry, ...] | Callable[[], tuple[ActorEntry, ...]]
               ) -> ActorEntry | None:
    """The known claimant of the document whose name a definite short form ends ("the emergency
    service" -> the actor of "State Emergency Service"), if exactly one; None otherwise.
    ``claimants`` may be a function giving them, called only for a short form (they cost a scan of
    the document)."""
    if low[:3] != "the" or not low[3:4].isspace() or not low.endswith(_SHORT_HEADS):
        return None  # (the exact pre-test of the pattern below)
    m = re.fullmatch(r"the\s+((?:[a-z'’-]+\s+){1,2}[a-z]+)", low)
    if m is None or not m.group(1).endswith(_SHORT_HEADS):
        return None
    tail = " " + m.group(1)
    pool = claimants() if callable(claimants) else claimants
    hits = {e.name: e for e in pool if any((" " + a.lower()).endswith(tail) for a in e.aliases)}
    return next(iter(hits.values())) if len(hits) == 1 else None


# words an upper-case wire name keeps in lower case when made readable ("ARCHDIOCESE OF GUATEMALA")
_SMALL = frozenset({"of", "the", "and", "for", "in", "at", "on", "to", "de", "del", "la", "las", "los", "y", "e"})
# generic words: a name made of these alone is no proper name ("LOCAL HOSPITAL SOURCES")
_GENERIC = frozenset({
    "local", "hospital", "hospitals", "sources", "source", "officials", "official", "police", "military",
    "neighbours", "neighbors", "families", "eyewitnesses", "activists", "medics", "nurses", "paramedics",
    "army", "government", "health", "security", "residents", "witnesses", "relatives", "survivors",
    "doctors", "medical", "rescue", "rescuers", "authorities", "spokesman", "spokeswoman", "spokesperson",
    "leaders", "leader", "members", "union", "church", "reports", "report", "press", "radio", "television",
    "unofficial", "reliable", "informed", "well-informed", "preliminary", "the", "of",
    "and", "a", "an", "peasants", "villagers", "unidentified", "some", "other", "investigators", "firemen",
    "red", "cross", "rural", "urban", "national", "municipal", "regional", "provincial", "department",
    "peasant", "student", "students", "worker", "workers", "labor", "labour", "community", "indigenous", "tribal",
    "village", "party", "opposition", "human", "rights", "religious", "civic", "trade", "station", "stations",
    "newspaper", "newspapers", "news", "media", "agency", "agencies", "broadcasters", "channels",
})


def readable(name: str) -> str:
    """An upper-case wire name in a readable case: a proper name in title case with its small words
    lower ("ARCHDIOCESE OF GUATEMALA" -> "Archdiocese of Guatemala"), a name of generic words in
    lower case ("LOCAL HOSPITAL SOURCES" -> "local hospital sources"). Other names are returned as
    they are, and so is one word that is no generic word ("FMLN", "AVIANCA")."""
    if not name.isupper() or (" " not in name and name.lower() not in _GENERIC):
        return name  # (one word in capitals is a name as written: "FMLN", "AVIANCA"; not "RELATIVES")
    words = name.split()
    if all(w.lower().strip(",.'’") in _GENERIC for w in words):
        return name.lower()
    out = [w.lower() if i and w.lower() in _SMALL else _cap(w) for i, w in enumerate(words)]
    return " ".join(out)


def _cap(word: str) -> str:
    """"PRESS" -> "Press", "O'BRIEN" -> "O'Brien", "PRO-GOVERNMENT" -> "Pro-Government"."""
    out = re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)
    return re.sub(r"(?<=\w)(['’])S\b", r"\1s", out)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """A country's name or demonym (lower case) -> ISO2: the demonym and first cue (the name) of
    every ``[theatre.XX]`` of ``actors.toml`` but the US."""
    out: dict[str, str] = {}
    for cc, entry in load_toml("actors.toml").get("theatre", {}).items():
        if cc == "US":
            continue
        for word in (entry.get("demonym", ""), *entry.get("cues", [])[:1]):
            if word:
                out.setdefault(word.lower(), cc)
    return out


def country_name(word: str) -> str | None:
    """ISO2 of a country's name or demonym as written ("Kenya", "Sudanese"); None for other words
    (also for a region or group cue: "Kachin", "Houthi")."""
    return _countries().get(word.lower())


# a national ministry: "Lebanon's health ministry", "the Sudanese foreign ministry", "the Ministry of
# Health", "INTERIOR MINISTRY" (its country from the phrase, else the story's)
_MINISTRY = re.compile(
    r"^(?:(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+)??(?P<w>(?:public\s+)?health|interior|foreign|"
    r"(?:foreign|internal|home)\s+affairs|information|home|defen[cs]e|justice)\s+ministry$"
    r"|^ministry\s+of\s+(?:the\s+)?(?P<w2>(?:public\s+)?health|interior|(?:foreign|internal|home)\s+affairs|"
    r"information|defen[cs]e|justice)(?:\s+(?:of|in)\s+(?P<c2>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?$", re.IGNORECASE)
# a city's mayor speaks for its council, a governor (where the theatre has no regional table) for the
# province's government: "Kharkiv Mayor" -> "Kharkiv city council", "Antioquia Governor" -> "Antioquia government"
_LOCAL_HEAD = re.compile(r"^(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?i:city\s+)?(?P<q>(?i:regional|provincial|state)\s+)?"
                         r"(?P<r>(?i:mayor|governor))$"
                         r"|^(?P<r2>(?i:mayor|governor))\s+(?i:of)\s+(?:the\s+)?(?P<p2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                         r"(?:\s+(?i:state|province|department|region))?$")
_OMBUDSMAN = re.compile(r"(?:(?:human\s+rights|national|people's)\s+)?ombuds(?:man|woman|person)", re.IGNORECASE)


def state_office(name: str, dem: str | None) -> tuple[str, str] | None:
    """The stable (name, kind) of a state office speaking as ``name`` in a story about the country
    of demonym ``dem`` (None: the US or unknown): a national health ministry -> "<Demonym> health
    ministry" (or the known actor, "Palestinian health ministry" -> Gaza Ministry of Health), another
    ministry by its portfolio ("<Demonym> interior ministry"), a defence ministry -> the country's armed
    forces when known;
    a mayor -> "<City> city council", a governor -> "<Province> government"; "the human rights
    ombudsman" -> "<Demonym> human rights ombudsman". None for anything else."""
    m = _MINISTRY.match(name)
    if m is not None:
        c = m.group("c") or m.group("c2")
        if c is not None:
            cc = _countries().get(c.lower())
            if cc is None:
                return None  # "Khartoum state health ministry": a regional one, kept as written
            dem = demonym(cc)
        if not dem:
            return None
        what = (m.group("w") or m.group("w2")).lower()
        if what.startswith("defen"):
            for cand in (f"{dem} armed forces", f"{dem} military", f"{dem} army"):
                known = exact_actor(cand)
                if known is not None:
                    return known.name, known.kind
            return f"{dem} defence ministry", "belligerent"
        # a ministry keeps its portfolio's name ("Colombian justice ministry", "the foreign ministry" ->
        # "Mexican foreign ministry", "Ministry of Internal Affairs" -> "<Demonym> interior ministry");
        # a minister speaking in person is the government's (state_name)
        own = "health" if "health" in what else "interior" if what.startswith("internal") \
            else what.split()[0]
        out = f"{dem} {own} ministry"
        known = exact_actor(out)
        return (known.name, known.kind) if known is not None else (out, "government")
    if dem is None:
        return None
    m2 = _LOCAL_HEAD.match(name)
    if m2 is not None:
        place = m2.group("p") or m2.group("p2")
        role = (m2.group("r") or m2.group("r2")).lower()
        if place.lower() not in _GENERIC and place.lower() not in ("city", "the", "deputy", "former", "acting"):
            qual = (m2.group("q") or "").lower()  # "the Darfur regional governor" -> "Darfur regional government"
            return (f"{place} city council" if role == "mayor" else f"{place} {qual}government"), "government"
    if _OMBUDSMAN.fullmatch(name):
        return dem + " " + " ".join(name.lower().split()), "government"
    return None


# "<Demonym> intelligence|security" (what is left of "a French intelligence assessment") -> the government
_STATE_SERVICE = re.compile(r"(?P<d>[A-Z][a-z]+(?:an|ian|ese|i|ish|ch))\s+(?:intelligence|security)(?:\s+services?)?")
# an office of a region named after it: "the health ministry of Gedaref state" -> "Gedaref state health ministry"
_OFFICE_OF_REGION = re.compile(r"(?P<inst>(?:[a-z]+\s+)?(?:ministry|department|directorate|council|authorities|office))\s+"
                               r"of\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                               r"(?P<unit>state|province|region|governorate|county|district)")
# a spokesman, leaders or sources of an institution speak for it: "health ministry sources" -> the
# ministry; in capitals an acronym's: "FENASTRAS LEADERS" -> "FENASTRAS" (not "UNION LEADERS")
_MINISTRY_PEOPLE = re.compile(r"(?<=ministry)\s+(?:sources?|officials?|spokes(?:man|woman|person))$", re.IGNORECASE)
_CAPS_PEOPLE = re.compile(r"(?P<org>[A-Z][A-Z-]{2,})\s+(?:LEADERS?|OFFICIALS?|SOURCES?|SPOKES(?:MAN|WOMAN|PERSON))")


def office_name(name: str) -> tuple[str, str] | None:
    """The stable (name, kind) of a state service or regional office written another way round
    ("French intelligence" -> "French government"; "health ministry of Gedaref state" -> "Gedaref
    state health ministry"; "FENASTRAS LEADERS" -> "FENASTRAS"), or None."""
    m = _STATE_SERVICE.fullmatch(name)
    if m is not None:
        return f"{m.group('d')} government", "government"
    m = _OFFICE_OF_REGION.fullmatch(name)
    if m is not None:
        return f"{m.group('place')} {m.group('unit')} {m.group('inst')}", "government"
    m = _CAPS_PEOPLE.fullmatch(name)
    if m is not None and m.group("org").lower() not in _GENERIC:
        return m.group("org"), ""
    return None


def institution_of_people(name: str) -> str:
    """"health ministry sources" -> "health ministry"; other names unchanged."""
    return _MINISTRY_PEOPLE.sub("", name)


# a unit of a named institution speaks for it: "emergency department at Nasser Hospital" -> "Nasser Hospital"
_SUBUNIT = re.compile(r"^(?:[\w-]+\s+){0,2}(?:department|ward|unit|wing|section|room|team)\s+(?:at|of|in)\s+"
                      r"(?:the\s+)?(?P<inst>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})$")


def parent_institution(name: str) -> str | None:
    """The named institution a unit belongs to ("emergency department at Nasser Hospital"), or None."""
    m = _SUBUNIT.match(name)
    return m.group("inst") if m is not None else None
