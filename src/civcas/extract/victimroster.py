"""Children, women and men over a roster of named victims (:func:`roster_parts`; a US story uses
only its children part, with no sign of adulthood read).

Airwars' incident assessments name the victims they could identify and give the civilian toll a
breakdown line "(x-y children, x-y women, x-y men)".  A named victim whose age the sources do not
give may be a child or grown: Airwars counts such a victim as possibly a child, so each part is a
range (airwars.org civilian-casualty assessments, the "Victims" list and the breakdown line of each
incident).  :func:`roster_parts` reads a roster that way:

* children: from the victims known to be under 18 to those plus every victim of unknown age that
  no sign shows grown;
* women (men): from the victims known or presumed grown of that sex to those plus the victims of
  that sex whom a kinship noun leaves possibly a child ("their son Karim") and those of no known
  sex.

Grown: an age of 18 or more, a grown person's noun ("his wife", "the lawyer"), a sign of
:func:`grown_keys` ("Karim Saleh, his wife Nour", "Salma Odeh died with her three daughters",
"Hadi's wife", "the wife of Tarek Bishara", a parent's byname "Fathi Jaber (Abu Samir)": ``[kunya]``
of ``givennames.toml``), or presumed (:func:`grown`: named with no age and by no kinship noun that
may be a child's; Airwars' rosters call most such victims adults).  See ``data/extract/roster.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.givennames import kunya_words

if TYPE_CHECKING:
    from civcas.extract.victimdoc import Victim
    from civcas.extract.victimitems import Person

# a name of one to six capitalised words ("al-"/"el-" parts too), from a word's start; each word
# atomic (no re-splitting)
_NAME = r"(?<![\w\-’'])((?>(?:[A-Z][\w\-]*\w|(?:al|el)-[A-Z][\w\-]*)(?:\s+|(?=[’'\s,(“\"]))){1,6})"


@dataclass(frozen=True, slots=True)
class _Signs:
    possessive: re.Pattern[str]  # "Omar Haddad's wife", "Lina's two sons"
    apposed: re.Pattern[str]  # "Omar Haddad, his wife", "Omar Haddad was killed alongside his wife"
    of_name: re.Pattern[str]  # "the wife of Omar Haddad"
    kunya: re.Pattern[str]  # "Omar Haddad (Abu Karim)"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _signs() -> _Signs:
    raw = load_toml("extract", "roster.toml")
    try:
        g = raw["grown"]
        kin, between, kunya = _alt(g["spouse_or_offspring"]), _alt(g["between"]), _alt(sorted(kunya_words()))
        noun = rf"(?:(?:{between})[\s-]+){{0,2}}(?:{kin})\b"
        return _Signs(
            possessive=re.compile(rf"{_NAME}[’']s\s+(?i:{noun})"),
            apposed=re.compile(
                rf"{_NAME}(?:\([^()]{{1,40}}\)\s*|[“\"][^”\"]{{1,30}}[”\"]\s*)?(?:,\s*\d{{1,3}}\s*)?"
                rf"(?:,\s*|\s*)(?:(?:was|were|had\s+been)\s+(?:also\s+|reportedly\s+){{0,2}}(?:killed|martyred)\s+|"
                rf"(?:also\s+|reportedly\s+)?(?:died|perished)\s+)?"
                rf"(?i:(?:along\s*side|together\s+with|with|and)\s+)?(?i:his|her)\s+(?i:{noun})"),
            of_name=re.compile(rf"\b(?i:wife|husband|widow|son|daughter|child)\s+of\s+{_NAME}"),
            kunya=re.compile(rf"{_NAME}\s*[(“\"]\s*(?i:{kunya})\s+[A-Z]"),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid roster table: {exc!r}",
                        hint="check [grown] in src/civcas/data/extract/roster.toml") from exc


def grown_keys(text: str, *, key: Callable[[str], tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The name keys (``key``: :func:`civcas.extract.victimdoc.name_key`) of the persons ``text``
    shows grown by a spouse, a child of their own or a parent's byname (see the module doc)."""
    s = _signs()
    out = []
    for rx in (s.possessive, s.apposed, s.of_name, s.kunya):
        for m in rx.finditer(text):
            k = key(m.group(1))
            if k:
                out.append(k)
    return out


# a footnote line opened by an asterisk that says the starred victims were counted as children
# ("*We counted the starred victims as children from their photos and their parents' ages.")
_STAR_NOTE = re.compile(r"^[ \t]*\*[^\n]{0,200}?\bas\s+(?:minors|children)\b", re.MULTILINE | re.IGNORECASE)
_STARRED = re.compile(r"(?<![\w\-’'])((?:[A-Z][\w’'\-]*\w|(?:al|el)-[A-Z][\w\-]*)"
                      r"(?:\s+(?:[A-Z][\w’'\-]*\w|(?:al|el)-[A-Z][\w\-]*)){0,5})\*")


def starred_children(text: str, *, key: Callable[[str], tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The name keys of the persons marked with an asterisk ("their sons Karim Odeh* and Sami
    Odeh*") when a footnote of ``text`` says starred victims were counted as children; none without
    the footnote (an asterisk may mark anything else)."""
    if "*" not in text or not _STAR_NOTE.search(text):
        return []
    return [k for m in _STARRED.finditer(text) if (k := key(m.group(1)))]


class _Sexed(Protocol):
    @property
    def gender(self) -> str: ...
    @property
    def given(self) -> str: ...


def sex(v: _Sexed) -> str:
    """f, m or - of a victim or a mention (:class:`civcas.extract.victimitems.Person`): from kinship
    and person words, else from the given name."""
    return v.gender if v.gender != "-" else v.given


def described_as(persons: list[Person], sex_: str, age: str, *, keep_sexed: bool = False) -> list[Person]:
    """``persons`` with the sex ``sex_`` and the age class ``age`` of a noun that describes them all,
    where their own words give none ("two women – A and B –", "her seven daughters were killed: A, B
    and C"); with ``keep_sexed``, a person whose own words give a sex is left as they are."""
    return [p if keep_sexed and p.gender != "-" else
            replace(p, gender=p.gender if p.gender != "-" else sex_, age=p.age if p.age != "-" else age)
            for p in persons]


def grown(v: Victim) -> bool:
    """``v`` counts among the men or women: an adult by age or person noun ("his wife", "a 40-year-old
    man"), or named with no age and by no kinship noun that may be a child's ("Samer Odeh was
    killed": narratives give the ages of children; "their son Karim" stays unknown)."""
    return v.age == "adult" or (v.age == "-" and not v.young)


def roster_parts(vs: list[Victim], *, signed: Callable[[Victim], bool]) -> dict[str, tuple[int, int]]:
    """Per part (children, women, men): the named persons certainly in it and how many more may be,
    read as Airwars reads its rosters (see the module doc); ``signed`` tells a person of no stated
    age whom a sign of :func:`grown_keys` shows grown."""
    adult = [v for v in vs if grown(v) or (v.age == "-" and signed(v))]
    unsure = [v for v in vs if v.age == "-" and v not in adult]  # "their son Karim"
    no_sex = sum(sex(v) == "-" for v in adult + unsure)
    return {"children": (sum(v.age == "child" for v in vs), sum(v.age == "-" and not signed(v) for v in vs)),
            "women": (sum(sex(v) == "f" for v in adult), sum(sex(v) == "f" for v in unsure) + no_sex),
            "men": (sum(sex(v) == "m" for v in adult), sum(sex(v) == "m" for v in unsure) + no_sex)}
