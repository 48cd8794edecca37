"""Forms of US local crime reporting (``data/extract/shootings.toml``, with example sentences).

* A killer who kills himself is one of the dead: "a man shot and killed his wife and two children
  before killing himself" states 4 killed (the victims + the killer), as monitors such as the Gun
  Violence Archive count a murder-suicide.  :func:`self_kill_totals` adds that total, with the
  victims' counts and the killer as its breakdown; "... then turned the weapon on himself in an
  attempted suicide" adds no one.
* "a father of two" counts his children, not victims (:func:`parent_of_count`).
* "a man and woman", "a mother, father and toddler": later list members share the article of the
  first (:func:`shares_article`); "a couple" is two people (:func:`pair_noun`).
* Ages of named people anywhere in the story ("17-year-old Devin Anderson", "Stephen Brumby, 14,")
  make a single named victim ("Anderson, who died at the scene") a child (:func:`named_ages`).
* The object of a verb whose result follows it: "shot his son to death" (killed), "sent four people
  to the hospital" (a hit) (:func:`object_outcome`); a hit person who is not one of the dead ("two
  others are in critical condition", :func:`survivor_after_death`); a list of one-person counts that
  were shot ("a man and a woman were shot", :func:`listed_pair`).
* A modifier between a counted person and the verb ("a boy in Port Richey died", "three people
  inside the home were killed", :func:`modifier_end`); ages listed after a count ("his sons, ages 3 and
  4", :func:`aged_count`); "taken to the hospital with gunshot wounds" (:func:`taken_with_wounds`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count
from civcas.extract.shootdata import data_table, data_words
from civcas.extract.shotforms import object_outcome
from civcas.models import Figure

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

_REFLEXIVE = frozenset({"himself", "herself"})
_THEN = frozenset({"then", "and", "before", "after", "later", "also", ","})
_INCLUDING = frozenset({"including", "among", "included", "includes"})
_CUES = frozenset({"himself", "herself", "suicide", "own"})
_SHOT = frozenset({"shot", "shooting", "shoots"})
_KIN_DET = frozenset({"his", "her", "their"})  # "killed his wife", "her two sons"


def self_kill_at(lows: list[str], *, murder: bool = False) -> int | None:
    """The token that names the killer killing himself ("himself" of "killing himself", "then
    himself"; "committed" of "committed suicide"), or None; None when the sentence says the killer
    survived ("in an attempted suicide").  ``murder``: the document calls it a murder-suicide."""
    if _CUES.isdisjoint(lows):
        return None  # the common case: no reflexive, no suicide
    verbs, own = data_table("verbs"), data_table("own_life")
    survived = data_words("survived")
    n = len(lows)
    shot = murder or murder_suicide(lows)  # "shot his son and then himself in a murder-suicide"
    for i, w in enumerate(lows):
        at: int | None = None
        if w in _REFLEXIVE and i > 0:
            if verbs.match_ending_at(lows, i - 1) is not None or (shot and lows[i - 1] in _SHOT):
                at = i  # "killing himself", "turned the gun on herself"
            elif lows[i - 1] in _THEN and any(
                    verbs.match_ending_at(lows, j) is not None or (shot and lows[j] in _SHOT)
                    for j in range(max(0, i - 12), i - 1)):
                at = i  # "killed his two children and then himself"
        elif own.match_at(lows, i) is not None:
            at = i
        if at is not None:
            if any(t in survived for t in lows[max(0, at - 3):min(n, at + 7)]):
                return None
            return at
    return None


_MURDER_SUICIDE = re.compile(r"\bmurder[- ]suicide", re.IGNORECASE)


@lru_cache(maxsize=8)
def murder_suicide_document(text: str) -> bool:
    """True when the document calls the shooting a murder-suicide ("police are investigating the deaths
    as a murder-suicide"): then "X shot his wife and son and then killed himself" says they were
    killed, as in a sentence that says it itself."""
    return "suicide" in text and _MURDER_SUICIDE.search(text[:100_000]) is not None


def murder_suicide(lows: list[str]) -> bool:
    """True when the sentence calls the shooting a murder-suicide (then "shot" means killed)."""
    return "murder-suicide" in lows or any(
        w == "murder" and lows[i + 1:i + 3] in (["-", "suicide"], ["suicide"]) for i, w in enumerate(lows))


def _object_of_killing(lows: list[str], m: Mention, lex: Lexicon, *, shot: bool = False) -> bool:
    """True when a killing verb stands just before count ``m`` ("killed his wife", "shot and killed
    three people", "shot his son to death"): the victims of the killer.  "A boy fatally shot himself"
    has no victim before."""
    if m.outcome == "killed" and object_outcome(lows, m) == "killed":
        return True
    for j in range(m.count.start - 1, max(-1, m.count.start - 5), -1):
        if shot and lows[j] in _SHOT:
            return True  # "shot his son and then himself in a murder-suicide"
        t = lex.triggers_before.match_ending_at(lows, j)
        if t is not None:
            return t[1] == "killed"
        if lows[j] in (".", ";", ":"):
            return False
    return False


def self_kill_totals(lows: list[str], mentions: list[Mention], lex: Lexicon, *,
                     murder: bool = False) -> list[int]:
    """Add (in place) the total of a sentence that counts the victims of a killing and then says the
    killer killed himself: victims + 1, with the victims and the killer as its breakdown.  Returns
    the indices of the mentions added (the total first)."""
    from civcas.extract.counts import Mention

    at = self_kill_at(lows, murder=murder)
    if at is None or not _INCLUDING.isdisjoint(lows[:at]):
        return []  # "three were killed, including the gunman, who killed himself": already counted
    shot = murder or murder_suicide(lows)
    victims = [i for i, m in enumerate(mentions)
               if (m.outcome == "killed" or (shot and m.outcome in (None, "injured", "shot")))
               and not m.breakdown and not m.zero and m.np_end <= at
               and m.count.low is not None and m.count.low == m.count.high
               and m.count.qualifier == "exact" and m.count.kind in ("digit", "word", "article")
               and m.head and m.group != "combatants" and _object_of_killing(lows, m, lex, shot=shot)]
    if not victims or _uncounted_victim(lows, mentions, victims, at):
        return []
    if not shot and not any(_kin_victim(lows, mentions[i]) for i in victims):
        # a gunman's attack on people outside his family: his death is his own figure, not part of
        # the victims' toll (attackerdeaths.py)
        return []
    total = sum(mentions[i].count.low or 0 for i in victims) + 1
    first = mentions[victims[0]]
    t = Mention(Count(total, total, "exact", first.count.start, first.count.end, "digit"),
                first.np_end, head=True, outcome="killed")
    subject = _killer_subject(lows, mentions, first)
    young = _definite_child_subject(lows, first.count.start, lex) or (
        subject is not None and subject.group == "children")
    # the killer is an adult or a child the victims do not say, unless the subject of the killing
    # verb is counted ("A 14-year-old girl shot her 5-year-old sister to death and then herself")
    t.group = "children" if young and all(mentions[i].group == "children" for i in victims) else "people"
    mentions.append(t)
    k = len(mentions) - 1
    killer = Mention(Count(1, 1, "exact", at, at + 1, "article"), at + 1, head=True, outcome="killed",
                     breakdown=True, parent=k)
    killer.group = "children" if young else "combatants"
    mentions.append(killer)
    for i in victims:
        mentions[i].breakdown, mentions[i].parent = True, k
        mentions[i].named = False  # a part of a counted total: kept like any breakdown
        mentions[i].outcome = "killed"
    return [k]


def _kin_victim(lows: list[str], m: Mention) -> bool:
    """A victim counted as a relative: "his wife" (a possessive count), "her two sons"."""
    k = m.count.start
    if lows[k] == "her" and lows[k + 1:k + 2] in (["and"], [","]):
        return False  # the object pronoun of "killing her and a pupil" (counts.py): no possessive
    return lows[k] in _KIN_DET or (k > 0 and lows[k - 1] in _KIN_DET)


def _killer_subject(lows: list[str], mentions: list[Mention], victim: Mention) -> Mention | None:
    """The counted person right before the killing verb of the first victim ("A 13-year-old boy shot
    his brother"; "A 13-year-old boy then fatally shot ..."), a single person with no outcome of his
    own, or None."""
    for m in mentions:
        if m.np_end >= victim.count.start:
            return None
        gap = lows[m.np_end:victim.count.start]
        if (m.head and m.outcome is None and not m.breakdown and m.count.low == 1 and m.count.high == 1
                and 1 <= len(gap) <= 4 and all(w.isalpha() for w in gap)):
            return m
    return None


_OBJECT_PRONOUNS = frozenset({"her", "him", "them"})


def _definite_child_subject(lows: list[str], start: int, lex: Lexicon) -> bool:
    """A definite child noun is the subject of the killing verb before the victim at ``start``
    ("... and the girl shot her 5-year-old sister to death and killed herself", "the 11-year-old
    boy shot his brother"): the story has already counted the boy."""
    for j in range(max(1, start - 8), start - 1):
        hit = lex.persons.match_at(lows, j)
        if hit is None or hit[1][0] != "children" or lows[j].endswith("s"):
            continue
        gap = lows[hit[0]:start]
        if not (1 <= len(gap) <= 3 and all(w.isalpha() for w in gap)):
            continue
        k = j - 1
        while k > 0 and (lows[k][:1].isdigit() or lows[k] == "-" or lows[k].endswith("-old")):
            k -= 1  # "the 12-year-old boy"
        if lows[k] == "the":
            return True
    return False


def _uncounted_victim(lows: list[str], mentions: list[Mention], victims: list[int], at: int) -> bool:
    """True when the killer's victims before ``at`` include one the counts do not: a pronoun ("killing
    her and a 9-year-old pupil before he turned the gun on himself"), a plural ("shot his wife and
    children before killing himself") or a relative the count finder did not read ("his wife Ann, his
    11-year old stepdaughter and himself").  The total is then unknown."""
    v0 = mentions[victims[0]].count.start
    if v0 >= 2 and lows[v0 - 1] in ("and", ",") and lows[v0 - 2] in _OBJECT_PRONOUNS:
        return True
    if any(v0 <= m.count.start and m.np_end <= at and m.count.kind in ("plural", "vague") for m in mentions):
        return True
    covered = {k for i in victims for k in range(mentions[i].count.start - 1, mentions[i].np_end)}
    return any(lows[j] in (",", "and") and lows[j + 1] in ("his", "her", "their") and j + 1 not in covered
               for j in range(v0, at - 1))  # "and his two sons" (the count at "two") is counted


def parent_of_count(lows: list[str], start: int) -> bool:
    """True when the count at ``start`` follows "father of" / "mother of" ("a father of two")."""
    return start >= 2 and lows[start - 1] == "of" and lows[start - 2] in data_words("parent_of")


def shares_article(lows: list[str], i: int, prev: Mention | None) -> bool:
    """ "a man and woman", "a mother, father, and toddler", "his mother and younger brother": a
    singular person noun at ``i`` (or after a kin modifier there) right after a one-person list member
    (an article or "his/her" count), joined by "and" or a comma."""
    if prev is None or prev.count.kind != "article" or prev.count.low != 1 or prev.zero:
        return False
    k = i + 1 if lows[i] in data_words("shared_modifiers") and lows[i + 1:i + 2] and \
        lows[i + 1] in data_words("shared") else i  # "and younger brother" ("and baby": the noun itself)
    if lows[k] not in data_words("shared") or lows[k + 1:k + 2] == ["of"]:
        return False  # "a husband and father of two"
    gap = lows[prev.np_end:i]
    if gap in (["and"], [",", "and"], ["&"]):
        return True
    # a comma alone only inside a list that goes on: "a mother, father, and toddler"
    return gap == [","] and k + 1 < len(lows) and lows[k + 1] in (",", "and")


def pair_noun(lows: list[str], m: Mention) -> bool:
    """ "a couple", "a young couple": an article count whose noun counts two people."""
    return m.count.kind == "article" and m.head and 0 < m.np_end <= len(lows) \
        and lows[m.np_end - 1] in data_words("pairs") and lows[m.np_end:m.np_end + 1] != ["of"]  # "a couple of"


# "17-year-old Devin Anderson", "a 15-year-old boy, Matt Anderson"; "Stephen J. Brumby, 14,";
# "Christopher Garcia was 17 years old"
_NAME = r"((?:[A-Z][a-z'’-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’-]+|[A-Z]\.)){0,3})"
_AGE_BEFORE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old,? (?:(?:boy|girl|teen|teenager|son|daughter|"
                         r"victim|student|child),? )?" + _NAME)
_AGE_AFTER = re.compile(_NAME + r",? (?:\(|)(\d{1,2})(?:\)|)(?:,|\.| was| of| and)")
_AGE_WAS = re.compile(_NAME + r" (?:was|is) (\d{1,2}) years? old")


def named_ages(text: str) -> dict[str, float]:
    """Lower-cased name words -> the age the story gives that person.  A word given both a child's
    and an adult's age (two people of one family) is left out."""
    found: dict[str, set[bool]] = {}
    ages: dict[str, float] = {}
    not_names = frozenset(load_toml("extract", "shootings.toml")["ages"]["not_names"])
    for rx, name_group, age_group in ((_AGE_BEFORE, 2, 1), (_AGE_AFTER, 1, 2), (_AGE_WAS, 1, 2)):
        for m in rx.finditer(text[:100_000]):
            age = float(m.group(age_group))
            for word in m.group(name_group).split():
                if word in not_names or len(word) < 2 or word.endswith("."):
                    continue
                key = word.lower()
                found.setdefault(key, set()).add(age < 18)
                ages[key] = age
    return {k: a for k, a in ages.items() if len(found[k]) == 1}


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def children_by_age(figures: list[Figure], named: set[str], text: str) -> list[Figure]:
    """Single named victims (ids in ``named``) read as people whose name the story gives a child's
    age elsewhere ("Deputies say Marcus and his friend, 16-year-old Kyle Porter, were
    handling a rifle. ... hitting Porter, who died at the scene") are children."""
    todo = [f for f in figures if f.id in named and f.group == "people" and f.subgroup is None
            and f.low == 1 and f.high == 1 and (f.number_text or "")[:1].isupper()]
    if not todo:
        return figures
    ages = named_ages(text)
    young = {f.id for f in todo
             if any(ages.get(_unpossessed(w.lower()), 99) < 18 for w in (f.number_text or "").split())}
    return [replace(f, group="children") if f.id in young else f for f in figures]


_OBJECT_VERBS = frozenset({"killing", "wounding", "injuring"})
_OBJECT_ENDS = frozenset({",", "and", ".", ";", "in", "at", "near", "outside", "inside", "during", "before",
                          "after", "when", "while"})


def another_count(lows: list[str], i: int, lex: Lexicon) -> Count | None:
    """ "Two men were killed and another seriously injured", "two died and another was hurt":
    a bare "another" as the subject of a casualty verb counts one more person (like a bare "one"),
    and so does one as the object of a killing or wounding verb before a clause break or a place
    ("killing three people and seriously wounding another in an attack").  "another 12 were
    injured" and "another man" are read as usual."""
    from civcas.extract.counts import AUX

    if i > 0 and lows[i - 1] in _OBJECT_VERBS and (i + 1 >= len(lows) or lows[i + 1] in _OBJECT_ENDS):
        return Count(1, 1, "exact", i, i + 1, "word")
    j = i + 1
    while j < len(lows) and j <= i + 3 and (lows[j] in AUX or lows[j] in ("has", "have", "had")
                                            or (lows[j].endswith("ly") and lows[j] not in lex.trigger_words)):
        j += 1
    t = lex.triggers_after.match_at(lows, j)
    if t is None or t[1] not in ("killed", "injured"):
        return None
    return Count(1, 1, "exact", i, i + 1, "word")

