"""State, police, sheriff and coroner names for an unknown claimant (used by :mod:`civcas.extract.claim_resolve`).

:func:`state_name` gives the stable name of a claimant that speaks for a state: a government role
("Prime Minister X", "Somalia's president" -> "<demonym> government"), a ministry
(:func:`~civcas.extract.claim_names.state_office`), the police ("Cauca police", US stories "police"),
a sheriff's office, a coroner or medical examiner, and unnamed "officials"/"authorities" of the
theatre's state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actors import canonical_actor, exact_actor
from civcas.extract.claim_names import country_name, state_office
from civcas.extract.theatre import country_of, demonym

_STATE_ROLE = re.compile(r"\b(?:(?:prime\s+)?minister|president|premier|government\s+spokes\w+|government|"
                         r"presidency|cabinet)\b", re.IGNORECASE)
_DEMONYM_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|i|ish|ch|ni))\b")
_POLICE = re.compile(r"^(?P<pre>(?:[A-Z][\w.'’\-]*\s+){0,3}?)(?:(?:national|state|city|county|local|metropolitan|"
                     r"metro|regional|provincial|departmental|municipal)\s+)?(?:police(?:\s+department|\s+service|\s+force|\s+officials?|\s+officers?|"
                     r"\s+spokes\w+|\s+chief|\s+sources|\s+commissioner|\s+commander|\s+superintendent|\s+inspector|\s+director|"
                     r"\s+captain|\s+lieutenant|\s+sergeant|\s+command|\s+headquarters|"
                     # "a police report from Huaraz stated": the police of the story's country
                     r"\s+(?:report|statement|communiqu[eé]|bulletin)(?:\s+(?:from|in|issued\s+in)\s+[\w'’\- ]+)?)?|"
                     r"officers|detectives)$", re.IGNORECASE)
_COUNTY_CORONER = re.compile(r"^(?P<pre>(?:[A-Z][\w.'’\-]*\s+){1,3})(?P<role>coroner|medical\s+examiner)"
                             r"(?:['’]s\s+office)?$", re.IGNORECASE)
# "Lebanon's health minister", "Somalia's president": the country's own state role
_COUNTRY_ROLE = re.compile(r"^[A-Z][a-z]+['’]s\s+(?:(?:health|interior|foreign|information|prime|home|chief)\s+)?(?:minister|"
                           r"president|prime\s+minister|government|presidency|president's\s+office)$")
_SHERIFF = re.compile(r"^(?P<pre>(?:[A-Z][\w.'’\-]*\s+){0,3}?(?:county\s+)?)(?:under)?sheriff(?:'s|’s)?(?:\s+office|"
                      r"\s+department|\s+deputies|\s+spokes\w+)?$", re.IGNORECASE)


# a rank within a title: "Anne Arundel County Police Acting Chief", "Assistant Sheriff"
_RANKS = re.compile(r"\b(?:assistant|deputy|acting|interim|associate)\s+(?=\S)", re.IGNORECASE)


# unnamed officials of a state speak for its government: "Afghan officials", "government officials"
_NATIONAL_OFFICIALS = re.compile(r"^(?:(?P<d>[A-Z][a-z]+)\s+)?(?:government\s+)?officials$")


def national_government(name: str, dem: str | None) -> tuple[str, str] | None:
    """Unnamed officials of a state speak for its government: "Afghan officials" (or "officials" in
    a story whose theatre's demonym is ``dem``) -> "Afghan government"; None for other names."""
    m = _NATIONAL_OFFICIALS.match(name)
    if m is None:
        return None
    cc = country_of(m.group("d")) if m.group("d") else None
    d = (demonym(cc) if cc is not None else None) if m.group("d") else dem
    if not d or (m.group("d") and d.lower() != m.group("d").lower()):
        return None  # ("local officials", "health officials": not a state's demonym)
    known = exact_actor(f"{d} officials") or exact_actor(f"{d} government")
    return (known.name, known.kind) if known is not None else (f"{d} government", "government")


def owner_demonym(name: str) -> str | None:
    """The demonym of the country owning a role: "Eritrea's information minister" -> "Eritrean"."""
    m = re.match(r"([A-Z][a-z]+)['’]s\s", name)
    cc = country_of(m.group(1)) if m is not None else None
    return demonym(cc) if cc is not None else None


_US_SERVICE = re.compile(r"(?:the\s+)?(navy|army|marine\s+corps|air\s+force|coast\s+guard)", re.IGNORECASE)


def regional_government(name: str, document: str | None) -> str | None:
    """"Sindh's home minister" -> "Sindh government" when ``name`` is a role of a place that is no country
    and the document calls a province, state or region; None otherwise."""
    m = _COUNTRY_ROLE.match(name)
    if m is None or not document:
        return None
    region = re.split(r"['’]", name, maxsplit=1)[0]
    return f"{region} government" if country_of(region) is None and _is_region(region, document) else None


def _is_region(place: str, document: str) -> bool:
    """The document calls ``place`` a province, state or region ("Sindh province", "the province of
    Sindh", "Sindh, the country's second-largest province")."""
    p = re.escape(place)
    return re.search(r"\b" + p + r"(?:['’]s)?\s+(?:province|provincial|state\b|region\b)|\b(?:province|state|region)\s+of\s+"
                     + p + r"\b|\b" + p + r",\s+(?:(?:the|a)\s+|[A-Z][a-z]+['’]s\s+)(?:[\w'’-]+\s+){0,3}(?:province|state|region)\b",
                     document[:20_000]) is not None


@lru_cache(maxsize=1)
def _police_kinds() -> frozenset[str]:
    """Words naming a police force of its own kind, not a region's command (``police_kinds`` in
    ``data/extract/claimants.toml``): "TREASURY POLICE" keeps its name in wire copy."""
    return frozenset(load_toml("extract", "claimants.toml").get("police_kinds", []))


def _regional_command(pre: str) -> bool:
    """``pre`` (the words before "police") names a place's command, not a force of its own kind or a
    country: "Cauca", "Huila Department", not "Treasury" or "Salvadoran"."""
    words = [w.lower() for w in pre.split()]
    return bool(words) and not any(w in _police_kinds() or w == "national" for w in words) \
        and country_name(pre.split()[0]) is None


# "Khyber Pakhtunkhwa provincial government" -> "Khyber Pakhtunkhwa government"
_PROVINCIAL_GOV = re.compile(r"^(?P<p>(?:[A-Z][\w'’-]+\s+){1,3})provincial\s+government$")


def state_name(name: str, *, titled: bool, dem: str | None, top: str | None,
               wire: bool = False) -> tuple[str, str | None] | None:
    """The stable name and kind of a claimant speaking for a state, or None.

    ``titled``: the name was a title with its holder's name dropped ("Health Minister X" -> "Health
    Minister"); ``dem``: the theatre's demonym (None in US stories); ``top``: the theatre's first country;
    ``wire``: the name was written in capitals (wire copy).
    """
    name = _RANKS.sub("", name) or name  # "Police Acting Chief", "Assistant Sheriff": the office
    service = _US_SERVICE.fullmatch(name) if top == "US" else None
    if service is not None:  # "the Navy said" in a US story: the US Navy (a belligerent, like an army)
        return f"US {service.group(1).title()}", "belligerent"
    pg = _PROVINCIAL_GOV.match(name)
    if pg is not None:
        return f"{pg.group('p').strip()} government", "government"
    minister = titled and re.search(r"\bminister$", name, re.IGNORECASE) is not None \
        and re.search(r"defen[cs]e|military|army|war\b", name, re.IGNORECASE) is None  # "Health Minister X"
    if _STATE_ROLE.search(name) and (minister or not re.search(r"defen[cs]e|military|army|health|interior\s+ministry|local|"
                                                               r"provincial|regional|municipal|city|district|county|state\s",
                                                               name, re.IGNORECASE)):
        own = _DEMONYM_WORD.match(name)
        d = own.group(0) if own is not None else owner_demonym(name) or dem
        if d:
            return f"{d} government", "government"
    if titled and wire and re.fullmatch(r"(?:[\w'’-]+\s+){0,2}defen[cs]e\s+minister", name, re.IGNORECASE):
        # "DEFENSE MINISTER GENERAL X" in wire copy speaks as his ministry: the armed forces (in mixed
        # case a defence minister is often another state's: "Defence Minister X told parliament")
        name = name[:-len("minister")] + "ministry"
    office = state_office(name, dem)
    if office is not None:  # "Lebanon's health ministry", "the interior ministry", "Kharkiv Mayor"
        return office
    m3 = _POLICE.match(name)
    if m3 is not None:
        pre = m3.group("pre").strip()
        if pre and re.match(r"(?:City|County)\s", name[len(m3.group("pre")):]):
            pre += " " + name[len(m3.group("pre")):].split()[0]  # "Mexico City police", not "Mexico police"
        national = "national " if re.search(r"\bnational\s+police", name, re.IGNORECASE) else ""
        if top == "US" and pre and re.search(r"\bState\s+Police\b", name):
            out = f"{pre} State Police"  # a state's own force keeps its name: "Kentucky State Police"
        elif top == "US" and not national:
            out = "police"  # US stories name police claimants "police" (see docs/extraction.md)
        elif wire and dem and not national and _regional_command(pre):
            out = f"{dem} police"  # wire copy: "THE CAUCA POLICE DEPARTMENT" -> the country's police
        elif pre and not pre.isupper() and not (titled and dem):
            out = f"{pre} {national}police"  # (a titled officer of a region: "Cauca Police Commander X" -> the country's)
        elif dem:
            out = f"{dem} {national}police"
        else:
            out = f"{national}police"
        known = canonical_actor(out)
        if known is not None and known.kind == "belligerent":
            known = None  # "Israeli police" is no loose alias of the Israeli military
        if known is None and national:  # "the national police" -> "Colombian police" (not a known service)
            out = out.replace("national ", "")
        return (known.name, known.kind) if known is not None else (out, "government")
    if top == "US" and re.fullmatch(r"(?:county\s+)?deputies", name, re.IGNORECASE):
        return "sheriff's office", "government"  # US deputies serve the county sheriff
    m4 = _SHERIFF.match(name)
    if m4 is not None:
        pre = m4.group("pre").strip()
        pre = pre if pre.lower() != "county" else ""
        return (f"{pre} sheriff's office" if pre else "sheriff's office"), "government"
    # a county's coroner or medical examiner is a public office (government): "the coroner said" ->
    # "coroner", "Lake County Coroner" (its holder's name dropped above) -> "Lake County coroner"
    if re.fullmatch(r"(?:the\s+)?(?:county\s+)?(?:coroner|medical\s+examiner)(?:['’]s\s+office)?", name, re.IGNORECASE):
        return ("medical examiner" if "examiner" in name.lower() else "coroner"), "government"
    m5 = _COUNTY_CORONER.match(name)
    if m5 is not None:
        return f"{m5.group('pre').strip()} {' '.join(m5.group('role').lower().split())}", "government"
    m6 = _COUNTRY_ROLE.match(name)
    if m6 is not None:  # "Lebanon's health minister" -> a minister of that state (not the theatre's)
        owner = owner_demonym(name) or dem
        if owner:
            return f"{owner} government", "government"
    gov = national_government(name, dem)
    if gov is not None:
        return gov
    if dem and re.fullmatch(r"(?:government\s+)?(?:officials|authorities)|government", name, re.IGNORECASE):
        out = f"{dem} {name.split()[-1].lower()}"
        known = canonical_actor(out)
        return (known.name, known.kind) if known is not None else (out, "government")
    return None


def wire_president(name: str, document: str | None, dem: str | None) -> str | None:
    """"<Demonym> government" for a surname in wire copy ("ORTEGA SAID") that the document first gave
    as its president's ("PRESIDENT DANIEL ORTEGA", "SALVADORAN PRESIDENT ALFREDO CRISTIANI"): a head
    of state speaks for the government; None for any other word."""
    if not document or not re.fullmatch(r"[A-Z][A-Z'’-]{2,}", name) or document.find(name, 0, 20_000) < 0 \
            or document.find("PRESIDENT", 0, 20_000) < 0:
        return None  # (the literal pre-tests)
    m = re.search(r"\b(?:(?P<d>[A-Z]+)\s+)?PRESIDENT\s+(?:[A-Z][A-Z.'’-]*\s+){0,2}" + re.escape(name) + r"\b",
                  document[:20_000])
    if m is None:
        return None
    before = m.group("d")
    if before is not None and before not in ("THE", "VICE", "AND"):
        own = country_name(before)  # "VENEZUELAN PRESIDENT X" (a state with no theatre), "FORMER PRESIDENT X": none
        return f"{demonym(own)} government" if own is not None else None
    return f"{dem} government" if dem else None
