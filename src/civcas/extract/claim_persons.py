"""Claimants that are people named with a title, and US local officials by role.

* A surname that is also a country's or a group's name ("Sheriff Scott Israel", "Chief Ann Jordan")
  is the person, not the actor: :func:`titled_before` (the title and first name right before the
  name in the claimant phrase) and :func:`titled_surname` (a bare "Israel said" in a story that
  named "Sheriff Scott Israel").  The person's role then resolves as for any surname.
* A US mayor is named by the place's office: "Mayor Ann Cole said" under a DENTON dateline ->
  "Denton mayor", "Broward County Mayor X" -> "Broward County mayor" (:func:`mayor_government`;
  Washington's is the District of Columbia's).
* A US governor is named by the state's office and an attorney general by the state attorney
  general's office: "Gov. Rick Perry" under an AUSTIN, Texas dateline -> "Texas governor", "Ohio
  Attorney General X" -> "Ohio Attorney General's office" (:func:`state_government`; states in
  ``data/extract/usstates.toml``); "the chief" in a story that names a police chief is the police
  (:func:`us_office`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import first_char_guard

__all__ = ["mayor_government", "state_government", "titled_before", "titled_surname", "us_office"]

_TITLES = (r"(?:Sheriff|Chief|Mayor|Officer|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Detective|Deputy|"
           r"Commissioner|Superintendent|Director|Dr\.|Mr\.|Mrs\.|Ms\.|Gov\.|Governor|Sen\.|Senator|Rep\.|"
           r"Judge|Attorney|Coroner|Agent|Trooper|Spokesman|Spokeswoman|Prosecutor|Councilman|Councilwoman)")
_FIRST = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?"
_TITLED_END = re.compile(r"\b" + _TITLES + r"\s+" + _FIRST + r"\s+$")


def titled_before(text: str, start: int) -> bool:
    """True when a title and a first name stand right before ``start`` in ``text`` ("Broward County
    Sheriff Scott |Israel"): the name there is a person's surname."""
    return _TITLED_END.search(text[max(0, start - 60):start]) is not None


@lru_cache(maxsize=1024)
def _titled(surname: str) -> re.Pattern[str]:
    # (speed: behind a first-character guard, the same matches: the story is searched whole)
    return first_char_guard(re.compile(r"\b" + _TITLES + r"\s+" + _FIRST + r"\s+" + re.escape(surname) + r"\b"))


def titled_surname(name: str, document: str) -> bool:
    """True when ``name`` (one capitalised word) is the surname of a person the story named with a
    title ("Sheriff Scott Israel")."""
    return re.fullmatch(r"[A-Z][a-z][\w'’-]*", name) is not None and name in document[:20_000] \
        and _titled(name).search(document[:20_000]) is not None


_DATELINE_CITY = re.compile(r"^\s*(?:[^\n]{0,200}\n\s*){0,3}?(?P<c>[A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+)?)"
                            r"(?:,[^\n(]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[-–—])")
_COUNTY_MAYOR = re.compile(r"^(?P<p>(?:[A-Z][a-z'’-]+\s+){1,3}(?:County|City|Parish))\s+[Mm]ayor$")
# a city whose government is not called after it
_CITY_GOVERNMENTS = {"Washington": "District of Columbia mayor"}


def mayor_government(name: str, document: str | None) -> str | None:
    """The office of a US mayor ("Denton mayor"; see the module doc), or None."""
    m = _COUNTY_MAYOR.match(name)
    if m is not None:
        return f"{m.group('p')} mayor"
    if name.lower() != "mayor" or not document:
        return None
    d = _DATELINE_CITY.match(document)
    if d is None:
        return None
    city = " ".join(w.capitalize() for w in d.group("c").split())
    return _CITY_GOVERNMENTS.get(city, f"{city} mayor")


@lru_cache(maxsize=1)
def _states() -> tuple[dict[str, str], frozenset[str]]:
    raw = load_toml("extract", "usstates.toml")
    return dict(raw["abbreviations"]), frozenset(raw["names"]["states"])


_DATELINE_STATE = re.compile(r"^\s*(?:[^\n]{0,200}\n\s*){0,3}?[A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+){0,2},\s+"
                             r"(?P<s>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)\s*(?:\([^)]{1,30}\)\s*)?(?:--|[-–—])")
_STATE_ROLE = re.compile(r"^(?:(?P<st>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?P<r>gov[.\u2024]?|governor|"
                         r"attorney\s+general(?:['’]s\s+office)?)$", re.IGNORECASE)


def _story_state(document: str) -> str | None:
    """The state of the story's dateline ("TOPEKA, Kan. --" -> "Kansas")."""
    d = _DATELINE_STATE.match(document)
    if d is None:
        return None
    abbreviations, states = _states()
    st = d.group("s").strip()
    st = abbreviations.get(st, st)
    return st if st in states else None


def state_government(name: str, document: str | None) -> str | None:
    """The state office a US governor or attorney general speaks for (see the module doc), or None."""
    m = _STATE_ROLE.match(name)
    if m is None:
        return None
    _abbreviations, states = _states()
    st = m.group("st")
    if st is not None and st not in states:
        return None
    st = st or (_story_state(document) if document else None)
    if st is None:
        return None
    return f"{st} governor" if m.group("r").lower().startswith("gov") else f"{st} Attorney General's office"


_POLICE_CHIEF = re.compile(r"\b[Pp]olice\s+(?:(?:[Aa]cting|[Ii]nterim|[Aa]ssistant|[Dd]eputy)\s+)?[Cc]hief\b")


# a police title or the officers themselves in a story about the police: "Superintendent X said" (not a
# schools superintendent), "officers at the scene put the number at"
_POLICE_ROLE = re.compile(r"^(?:the\s+)?(?:(?:police|deputy|acting|interim)\s+)?(?:superintendent|"
                          r"(?:responding\s+|arriving\s+)?officers(?:\s+(?:at|on)\s+the\s+scene)?)$", re.IGNORECASE)
_SCHOOL_HEAD = re.compile(r"\b(?:[Ss]chools?|[Dd]istrict|[Ee]ducation)\s+[Ss]uperintendent|"
                          r"\b[Ss]uperintendent\s+of\s+(?:[Ss]chools|(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:[Ss]chool\s+)?[Dd]istrict)")


def us_office(name: str, document: str | None) -> str | None:
    """The office a US official of a cleaned claimant ``name`` speaks for: a governor's or an attorney
    general's (:func:`state_government`), or the police for "the chief" after "Police Chief X", a
    superintendent (not of schools) or "officers at the scene" in a story about the police."""
    state = state_government(name, document)
    if state is not None:
        return state
    if name.lower() in ("chief", "police chief") and document and _POLICE_CHIEF.search(document[:20_000]):
        return "police"
    if _POLICE_ROLE.match(name) and document and re.search(r"\b[Pp]olice\b", document[:20_000]) \
            and not (name.lower().endswith("superintendent") and _SCHOOL_HEAD.search(document[:20_000])):
        return "police"
    return None
