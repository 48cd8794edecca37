"""Claimants named by what the document says about places and names (used by
:mod:`civcas.extract.claim_resolve`): a regional governor or administration by the story's region
(:func:`regional_name`), "the city's military administration" by the dateline's city and "the
regional prosecutor's office" by the story's region (:func:`placed_office`), a provincial
governor's office or council by the province the story names (:func:`provincial_office`), the
officials of "the hospital" by the hospital the story names (:func:`named_hospital`), and an
acronym by the name the document spells out for it (:func:`spelled_out`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.datelines import dateline_city
from civcas.extract.theatre import regional_authority

# a regional governor or administration: one stable name per region ("Donetsk regional military
# administration"), see civcas.extract.theatre.regional_authority
_REGIONAL = re.compile(r"\b(?:governor|governorate|regional\s+(?:military\s+)?administration|regional\s+(?:military\s+)?"
                       r"authorit(?:y|ies)|oblast\s+(?:military\s+)?administration|regional\s+(?:head|chief|leader))\b",
                       re.IGNORECASE)


# a governor or the region's officials, not its administration named as such
_GOVERNOR = re.compile(r"\b(?:governor|regional\s+(?:head|chief|leader|officials))\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _governors() -> dict[str, str]:
    """ISO2 -> the claimant a regional governor of that theatre speaks for, where the theatre's
    table names one (``governor`` in ``[theatre.XX.regions]`` of ``civcas/data/actors.toml``)."""
    raw = load_toml("actors.toml").get("theatre", {})
    return {cc: e["regions"]["governor"] for cc, e in raw.items() if e.get("regions", {}).get("governor")}


def regional_name(name: str, theatre: tuple[str, ...] | None, document: str | None) -> str | None:
    """The stable name of a regional governor or administration speaking as ``name`` ("the regional
    governor" in a story about the Donetsk region -> "Donetsk regional military administration"; in
    a theatre whose governors speak for the state, "Ukrainian government"), or None when ``name``
    is none or the theatre has no regions."""
    if re.search(r"\b(?:deputy|former)\b", name, re.IGNORECASE):
        return None
    if theatre and theatre[0] in _governors() and _GOVERNOR.search(name) and "administration" not in name.lower():
        return _governors()[theatre[0]]
    if not _REGIONAL.search(name):
        return None
    return regional_authority(name, theatre, context=document or "")


# "the city's military administration" (a city named by the dateline or "In Kyiv, ..."), "the regional
# prosecutor's office" (the story's region): the office under its place's name
_CITY_OFFICE = re.compile(r"^city['’]s\s+(?P<o>(?:military\s+|civil[\s-]+military\s+)?administration|council|"
                          r"police|prosecutor['’]s\s+office|mayor['’]s\s+office|emergency\s+services?)$", re.IGNORECASE)


_REGION_OFFICE = re.compile(r"^regional\s+(?P<o>prosecutor['’]s\s+office|police|health\s+department|"
                            r"emergency\s+services?|council)$", re.IGNORECASE)


_IN_CITY = re.compile(r"(?:^|[.!?]\s+)In\s+(?P<c>[A-Z][\w'’\-]+),")


def placed_office(name: str, theatre: tuple[str, ...] | None, document: str | None) -> str | None:
    """"city's military administration" -> "Kyiv city military administration" (the dateline's or the
    first "In <City>," city), "regional prosecutor's office" -> "Kharkiv regional prosecutor's office"
    (the story's region); None for other names or when no place is known."""
    if not document or not (name.startswith(("city", "City", "regional", "Regional")) or name == "mayor"):
        return None
    if name == "mayor":  # "Mayor Ihor Terekhov said" under a KHARKIV dateline -> "Kharkiv city council"
        d = dateline_city(document)
        return f"{d.title()} city council" if d is not None and theatre and theatre[0] != "US" else None
    m = _CITY_OFFICE.match(name)
    if m is not None:
        d = dateline_city(document)
        city = d.title() if d is not None else None
        if city is None:
            c = _IN_CITY.search(document[:5_000])
            city = c.group("c") if c is not None else None
        return f"{city} city {m.group('o').lower()}" if city else None
    m = _REGION_OFFICE.match(name)
    if m is not None:
        auth = regional_authority("regional governor", theatre, context=document)
        if auth is not None and " regional " in auth:
            return f"{auth.split(' regional ')[0]} regional {m.group('o').lower()}"
    return None


# the governor of an unnamed province, his office or spokesman, and the provincial council or its
# members: "a member of the provincial council", "the provincial governor's office"
_PROVINCIAL = re.compile(
    r"^(?:(?:spokes\w+|office|media\s+office|press\s+office)\s+(?:for|of)\s+(?:the\s+)?)?(?:provincial\s+)?governor"
    r"(?P<gov>(?:['’]s\s+(?:spokes\w+|office|media\s+office|press\s+office))?)$"
    r"|^(?:(?:an?\s+|the\s+)?(?:members?|head|chief|chairman|chairwoman|deputy\s+head|officials?)\s+of\s+(?:the\s+)?)?"
    r"provincial\s+council(?:\s+(?:members?|head|chief|chairman|officials?|spokes\w+))?$", re.IGNORECASE)


# the province a story names: "in Nangarhar province", "the province of Nangarhar"
_PROVINCE = re.compile(r"\b(?P<p>[A-Z][\w'’-]+)\s+province\b|\bprovince\s+of\s+(?P<q>[A-Z][\w'’-]+)")


def provincial_office(name: str, document: str | None) -> str | None:
    """"provincial governor's spokesman" -> "Nangarhar governor's office", "member of the provincial
    council" -> "Nangarhar provincial council" (the first province the story names); None otherwise."""
    if not document or "rovinc" not in document or ("overnor" not in name and "rovincial" not in name):
        return None  # (the literal pre-tests: every match holds them)
    m = _PROVINCIAL.match(name)
    if m is None or (m.group("gov") is not None and "provincial" not in name.lower() and not m.group("gov")):
        return None  # a bare "governor" is left to the regional tables
    p = _PROVINCE.search(document[:5_000])
    if p is None:
        return None
    place = p.group("p") or p.group("q")
    if place in ("The", "A", "This", "That", "Each", "Every"):
        return None
    return f"{place} governor's office" if "council" not in name.lower() else f"{place} provincial council"


_HOSPITAL_NAME = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|Its|Their|His|Her|At|In|To|From|By|On|Of|And)\s)((?:[Aa]l-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,5}\s+(?:Hospital|hospital|Medical\s+Cent(?:er|re)|Health\s*System|"
    r"Health\s+Network))\b")


@lru_cache(maxsize=32)
def named_hospital(document: str) -> str | None:
    """The first hospital a document names ("Miami Valley Hospital", "al-Thawra hospital"), or None."""
    if "ospital" not in document and "Medical Cent" not in document and "Health" not in document:
        return None  # (the literal pre-test: every name holds one)
    m = _HOSPITAL_NAME.search(document[:20_000])
    return re.sub(r"^[\w-]+['’]s\s+", "", m.group(1)) if m is not None else None  # not "Gaza's Nasser Hospital"


def hospital_called(short: str, document: str) -> str | None:
    """The hospital the document names whose name starts with ``short`` ("Ayder" -> "Ayder Referral
    Hospital"), or None."""
    if short not in document:
        return None  # (the literal pre-test: every match holds it)
    m = re.search(r"(?<![\w-])" + re.escape(short) + r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Hospital|Medical\s+Cent(?:er|re))\b",
                  document[:20_000])
    return m.group(0) if m is not None and m.group(0) != short else None


# words before a body's head noun that are no part of its name ("the ruling Christian Democratic Party",
# "figures from the Senate Commission"): the name starts after the last of them
_NOT_OF_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "to", "from", "by", "in", "at", "on",
                          "for", "and", "with", "that", "said", "says", "ruling", "governing", "opposition", "leftist",
                          "rightist", "banned", "outlawed", "main", "former", "powerful", "influential", "according"})
_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*|[^\sA-Za-z]")


def named_body(head: str, document: str) -> str | None:
    """The first body the document names with capitals and ``head`` as its head noun ("party" ->
    "CHRISTIAN DEMOCRATIC PARTY" in "the ruling Christian Democratic Party", "commission" -> "Senate
    Commission on Violence"), or None."""
    if head not in document.lower()[:20_000]:
        return None  # (the literal pre-test: every name holds the head)
    toks = _TOKEN.findall(document[:20_000])
    for k, t in enumerate(toks):
        if t.lower() != head or not t[:1].isupper():
            continue
        a = k
        while a > 0 and k - a < 5 and toks[a - 1][:1].isupper() and toks[a - 1].lower() not in _NOT_OF_NAME:
            a -= 1
        b = k + 1
        if b + 1 < len(toks) and toks[b].lower() in ("on", "of", "for"):
            c = b + 1 + (toks[b + 1].lower() == "the")
            e = c
            while e < len(toks) and e - c < 3 and toks[e][:1].isupper() and toks[e].lower() not in _NOT_OF_NAME:
                e += 1
            b = e if e > c else b
        if a < k or b > k + 1:
            return " ".join(toks[a:b])
    return None


def spelled_out(name: str, document: str | None) -> str | None:
    """The full name an acronym stands for where the document spells it out: "NEMA" after "the
    National Emergency Management Agency (NEMA)" (or "[NEMA]" in wire copy), else the capitalised
    words whose initials it is ("MDA" after "Israel's Magen David Adom emergency service")."""
    if not document or not re.fullmatch(r"[A-Z]{2,8}", name):
        return None
    if f"({name})" in document or f"[{name}]" in document:  # (the literal pre-test of a spelling-out)
        m = re.search(r"((?:[A-Z][\w'’\-]*\s+(?:(?i:of|for|and|the|on)\s+)*){1,8})[(\[]" + name + r"[)\]]", document)
        if m is not None:
            return m.group(1).strip()
    return _initials(name, document) if len(name) >= 3 and not document[:2000].isupper() else None


def _initials(acronym: str, document: str) -> str | None:
    """The one run of capitalised words (small words between them skipped) whose initials spell
    ``acronym``, if the document has exactly one."""
    word = r"[A-Z][a-z][\w'’\-]*"
    rx = r"\b" + r"\s+(?:(?:of|for|and|the|on)\s+)*".join(word.replace("[A-Z]", c, 1) for c in acronym) + r"\b"
    found = {m.group(0) for m in re.finditer(rx, document[:20_000])}
    return found.pop() if len(found) == 1 else None


# a county's sheriff or coroner as a US story names it: "the Shelby County Sheriff's Office", "Lake County
# Coroner Jane Doe", "the Cook County medical examiner's office"
_COUNTY_OFFICE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}County)\s+(?:(?P<s>[Ss]heriff)|(?P<c>[Cc]oroner)|"
                            r"(?P<m>[Mm]edical\s+[Ee]xaminer))")


def county_office(name: str, document: str | None) -> str | None:
    """The county office a bare "sheriff's office", "coroner" or "medical examiner" (``name``) is, by
    the first such office of its kind the document names ("Shelby County sheriff's office"); None
    when it names none."""
    if not document or "County" not in document:
        return None  # (the literal pre-test: every name holds it)
    group = {"sheriff's office": "s", "coroner": "c", "medical examiner": "m"}.get(name)
    for m in _COUNTY_OFFICE.finditer(document[:20_000]):
        if group is not None and m.group(group):
            return f"{m.group(1)} {name}"
    return None

