"""Claimant shapes common in upper-case wire copy (language data in ``data/extract/wireclaims.toml``).

* a document of a source names its owner after "by", "of" or "from": "A PRELIMINARY REPORT BY THE
  NATIONAL POLICE", "A COMMUNIQUE SIGNED BY X AND SENT TO A RADIO STATION" -> the owner (a station
  that only carried it is no claimant);
* a comma segment right after a count of casualties is the list of those victims, no speaker: "...
  WOUNDED TWO PEOPLE, A COOK AND A DRIVER, THE GENDARMERIE SAID";
* an anonymous voice speaking for a group is the group: "A CALLER WHO IDENTIFIED HIMSELF AS A MEMBER
  OF X";
* a bare unit of a force ("THE BRIGADE") is the force named before it;
* an acronym with a speaking role ("APU SPOKESMEN") is the acronym, read as its spelled-out name;
* a national force bare of its country ("THE GENDARMERIE") is the theatre's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml

__all__ = ["acronym_of_role", "anaphoric_opening", "clause_subject", "national_force", "owned_phrase", "spoken_for", "unit_of_force",
           "victim_list_after"]


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return load_toml("extract", "wireclaims.toml")


def _alt(key: str) -> str:
    words = sorted(_data().get(key, []), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _doc_owner() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:(?:an?|the|its|their)\s+)?(?:(?:" + _alt("document_modifiers") + r"|[a-z]+['’]s)\s+){0,2}"
                      r"(?:" + _alt("document_nouns") + r")\s+(?:(?:" + _alt("document_participles") + r")\s+"
                      r"(?:(?:today|yesterday|this\s+\w+|last\s+\w+|on\s+\w+)\s+)?)?(?:by|of|from)\s+"
                      r"(?P<o>(?:the\s+|an?\s+)?[^,;]{2,80}?)"
                      r"(?:\s+(?:and\s+)?(?:" + _alt("document_participles") + r")\b.*|\s+to\s+.*)?\s*$",
                      re.IGNORECASE)


def owned_phrase(x: str, document: str | None = None) -> tuple[int, str] | None:
    """The offset and text of the party behind a phrase: the owner of a document ("A PRELIMINARY
    REPORT BY THE NATIONAL POLICE") or the group an anonymous voice speaks for ("A CALLER WHO
    IDENTIFIED HIMSELF AS A MEMBER OF THE ELN"); None for any other phrase."""
    m = _doc_owner().match(x)
    if m is not None and re.search(r"[A-Za-z]{2}", m.group("o")):
        return m.start("o"), m.group("o")
    k = spoken_for(x)
    if k is not None:
        return k, x[k:].strip()
    r = _acronym_role().fullmatch(x.strip())
    if r is not None and _acronym(r.group("a"), document):  # "THE APU LEADERSHIP", "APU SPOKESMEN": the APU
        lead = len(x) - len(x.lstrip())
        return lead + r.start("a"), r.group("a")
    b = _BRACKETED.match(x)
    if b is not None:  # "THE ASSOCIATION OF UNIVERSITY TEACHERS [APU] OF THE NATIONAL UNIVERSITY": the association
        return b.start("n"), b.group("n")
    return None


# an organisation's name with its acronym in brackets, and more words after: the name itself
_BRACKETED = re.compile(r"^\s*(?P<n>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,9}?)\s*[\[(][A-Z]{2,8}[\])]\s+\S", re.IGNORECASE)


def clause_subject(x: str) -> bool:
    """``x`` (read as a speaker after an inverted verb) ends on an auxiliary: the subject of a clause
    ('..., SAID THE GUERRILLAS HAD "NOTHING TO DO" WITH IT'), no speaker."""
    return _AUX_END.search(x) is not None


_AUX_END = re.compile(r"\s(?:had|has|have|was|were|is|are|would|will|could|did|does|do)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _count_tail() -> re.Pattern[str]:
    stems = _alt("casualty_stems")
    return re.compile(r"\b(?:" + stems + r")\w*\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than)\s+)?"
                      r"(?:\d[\d,]*|[a-z]+)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*$", re.IGNORECASE)


def victim_list_after(previous: str) -> bool:
    """The comma segment ``previous`` ends on a count of casualties ("... WOUNDED TWO PEOPLE"): the
    segment after it lists those victims and names no speaker."""
    m = _count_tail().search(previous)
    if m is None:
        return False
    from civcas.extract.lexicon import lexicon

    words = m.group(0).split()
    number = next((w for w in words[1:] if w.lower() not in ("at", "least", "about", "some", "nearly", "almost",
                                                              "more", "than")), "")
    return number[:1].isdigit() or number.lower() in lexicon().units


@lru_cache(maxsize=1)
def _spoken_for() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:an?|the)\s+(?:(?:anonymous|unidentified|unnamed|masked|hooded|young)\s+)?"
                      r"(?:" + _alt("anonymous_voices") + r")\s+(?:who|that)\s+(?:(?:identified|described|introduced)\s+"
                      r"(?:himself|herself|themselves|itself)\s+as|claimed\s+to\s+(?:be|speak\s+for|represent)|"
                      r"said\s+(?:he|she)\s+(?:was|spoke\s+for|represented))\s+"
                      r"(?:(?:an?|the)\s+)?(?:(?:" + _alt("membership_roles") + r")\s+(?:of|for|from)\s+)?"
                      r"(?P<o>(?:the\s+)?[^,;]{2,60}?)\s*$"
                      r"|^\s*(?:an?|the)\s+(?:(?:anonymous|unidentified|unnamed)\s+)?(?:" + _alt("anonymous_voices") + r")\s+"
                      r"(?:claiming|purporting)\s+to\s+(?:speak\s+for|represent|be\s+(?:from|with))\s+(?P<o2>(?:the\s+)?[^,;]{2,60}?)\s*$",
                      re.IGNORECASE)


def spoken_for(x: str) -> int | None:
    """The offset in ``x`` of the group an anonymous voice speaks for ("A CALLER WHO IDENTIFIED HIMSELF
    AS A MEMBER OF THE ELN" -> the offset of "THE ELN"), or None."""
    m = _spoken_for().match(x)
    if m is None:
        return None
    return m.start("o") if m.group("o") is not None else m.start("o2")


@lru_cache(maxsize=1)
def _unit() -> re.Pattern[str]:
    return re.compile(r"(?:the\s+)?(?:(?:\d+\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
                      r"(?:" + _alt("unit_words") + r")", re.IGNORECASE)


def unit_of_force(low: str) -> bool:
    """``low`` is only a unit of a force, with no owner named: "the brigade", "the 7th battalion"."""
    return _unit().fullmatch(low.strip()) is not None


@lru_cache(maxsize=1)
def _acronym_role() -> re.Pattern[str]:
    return re.compile(r"(?:the\s+)?(?P<a>[A-Z]{2,8})\s+(?:" + _alt("acronym_roles") + r")", re.IGNORECASE)


def _acronym(a: str, document: str | None) -> bool:
    """``a`` is an organisation's acronym: the document spells it out ("... [APU]", "... (APU)") or
    it is a known actor's name."""
    from civcas.extract.actors import find_actors

    return a.isupper() and ((document is not None and (f"[{a}]" in document or f"({a})" in document))
                            or any(f.start == 0 and f.end == len(a) for f in find_actors(a)))


def acronym_of_role(raw: str) -> str | None:
    """The acronym of an organisation's speaking role ("AEU SPOKESMEN", "THE UP LEADERSHIP" -> "AEU",
    "UP"), or None."""
    m = _acronym_role().fullmatch(raw.strip())
    return m.group("a") if m is not None and m.group("a").isupper() else None


def national_force(name: str, dem: str | None) -> str | None:
    """A national force named bare ("GENDARMERIE", "the national guard") as the theatre's
    ("Chilean Gendarmerie"), or None."""
    forces = _data().get("national_forces", [])
    low = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip().lower()))
    own = re.match(r"([a-z]+(?:an|ian|ean|ese|ish))\s+", low)  # "THE CHILEAN GENDARMERIE": its own country
    if own is not None and low[own.end():] in forces:
        dem, low = own.group(1).capitalize(), low[own.end():]
    low = low if low in forces else low.removeprefix("national ")
    if not dem or low not in forces:
        return None
    return f"{dem} {' '.join(w.capitalize() for w in low.split())}"


@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    return re.compile(r"\s*(?:(?:the|this|that|its|their)\s+(?:same\s+)?(?:" + _alt("anaphoric_nouns") + r")|"
                      r"(?:" + _alt("anaphoric_pronouns") + r"))\b", re.IGNORECASE)


def anaphoric_opening(sentence: str) -> bool:
    """A sentence opens on an anaphor of the source before ("THE COMMUNIQUE ...", "HE ...", "THE
    SPOKESMAN ..."): in wire copy only such a sentence goes on reporting the paragraph's source."""
    return _anaphor().match(sentence) is not None
