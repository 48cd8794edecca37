"""The quantified phrases around a count (moved from :mod:`civcas.extract.counts`, whose
:func:`~civcas.extract.counts.find_counts` calls them): the "of" phrase after a count
("two of the bodyguards", "six of them", "three of the dead were children", "one of the victims
died", "one of the three leaders"), "none of the four" before it (:func:`none_of`) and an
apposition that gives everyone counted one status ("five people, all civilians":
:func:`status_apposition`).

:func:`of_phrase` tells where the counted noun phrase goes on, marks a breakdown of a toll and
its outcome on the mention, and reads the partitives that make a finished count of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civcas.extract.deadparts import found_verb_at, modified_person
from civcas.extract.heads import AUX
from civcas.extract.heads import head_phrase as _head
from civcas.extract.kinloss import own_count, owner_end
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, parse_count
from civcas.extract.tollforms import minors_by_age

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

# the people of a party by their role ("two of the bodyguards were wounded"): a count of its own; a
# partitive over the victims, the men or the people ("two of the victims", "one of the men") is a
# part of a toll already told and is read elsewhere (extract/furtherparts)
_ROLE_PARTS = frozenset({"bodyguards", "escorts", "guards", "policemen", "soldiers", "passengers", "agents",
                         "crew", "employees", "workers", "officers", "troops", "peasants", "students",
                         "journalists", "members", "patrolmen", "militiamen", "security"})
# the attackers' own dead, two or more: "troops shot dead three of the raiders", "three of the bandits
# died" (not "troops killed one of the gunmen who attacked": who "one" is stays open)
_ATTACKER_PARTS = frozenset({"attackers", "assailants", "gunmen", "kidnappers", "abductors", "robbers",
                             "raiders", "hijackers", "bandits"})
_LATER = frozenset({"had", "have", "has", "later", "since", "subsequently", "also", "then"})
_VICTIMS = frozenset({"victims", "patients"})  # "three of the patients died there"
_FINITE_DEATH = frozenset({"died", "dies", "succumbed", "perished"})


def of_phrase(lows: list[str], m: Mention, out: list[Mention], lex: Lexicon,
              spaces: list[bool]) -> tuple[int, int, int | None]:
    """Read the "of" phrase at ``m.count.end`` of the count ``m``.

    Returns ``(k, skip_to, moved)``: ``k`` where the counted noun phrase goes on, ``skip_to`` the
    end of a larger whole ("one of the three leaders": never a count of its own) or 0, and
    ``moved`` the token the reading moves on to when the phrase settled the count (``m`` is then
    in ``out`` when it is a count), else None."""

    c = m.count
    n = len(lows)
    k = c.end
    skip_to = 0
    if c.kind in ("digit", "word") and (c.low or 0) > 1 and own_count(lows, k):
        # "lost two of their own": people of the side (a side's loss: kinloss.side_lost; not "mourning
        # the loss of one of their own", a colleague whose death the story tells itself)
        m.head, m.np_end = True, k + 3
        out.append(m)
        return k + 3, skip_to, k + 3
    if lows[k + 1] in ("his", "her", "their", "our", "its") and \
            lex.persons.match_at(lows, k + 2) is not None:
        k += 2  # "ten of his family members"
    elif (c.low or 0) > 1 and (own := owner_end(lows, k + 1)) is not None \
            and lex.persons.match_at(lows, own) is not None \
            and lex.heads.match_at(lows, own) is None and lows[own] not in lex.casualty_words:
        k = own - 1  # "three of Samira's daughters", "two of the Odeh family's children"
    elif lows[k + 1] == "the" and c.kind in ("digit", "word") and k + 2 < n \
            and (lows[k + 2] in _ROLE_PARTS or (lows[k + 2] in _ATTACKER_PARTS and (c.low or 0) > 1)) \
            and lex.persons.match_at(lows, k + 2) is not None \
            and not (c.start > 0 and lows[c.start - 1] in AUX | {"as", "become", "became"}):
        # "wounded two of the bodyguards": a count of them (not "two of the victims", nor who a
        # person was: "A and B were two of the gunmen, detectives said")
        k += 2
    elif lows[k + 1] in ("them", "whom") or (lows[k + 1] == "those" and not (
            (tb := lex.breakdown.match_at(lows, k)) is not None and tb[1])):
        # "six of those killed were children" is read below, with its outcome
        m.breakdown = True
        k += 2
        while k < n and lows[k] in AUX:
            k += 1
        if minors_by_age(lows, k, lex):
            m.head, m.group = True, "children"  # "nine of them were younger than ten"
    elif (v := _victims_harmed(lows, k, lex)) is not None:
        # "one of the victims died", "three of the gunshot victims were treated and
        # released": the verb tells the outcome of the partitive, a count of its own
        # (a part of a larger toll told before it: extract/furtherparts)
        m.breakdown, m.head, m.generic = True, True, True
        if lows[v - 1] == "patients":
            m.group = "civilians"  # a hospital's patients, as its intake counts them
        k = v
    else:
        b = lex.breakdown.match_at(lows, k)
        if b is not None and b[1]:
            k, moved = _breakdown_part(lows, m, b, out, lex)
            if moved is not None:
                return k, skip_to, moved
        elif lows[k + 1] == "the" and c.kind in ("digit", "word") \
                and (whole := _partitive_whole(lows, k + 2, c, lex, spaces)) is not None:
            k = skip_to = whole  # "one of the three leaders was found dead": one, not three
        elif lows[k + 1] not in lex.units and not lows[k + 1][:1].isdigit():
            return k, skip_to, c.end  # "one of the", "two of his sons" is handled below
    return k, skip_to, None


def _breakdown_part(lows: list[str], m: Mention, b: tuple[int, str], out: list[Mention],
                    lex: Lexicon) -> tuple[int, int | None]:
    """A part of a toll by its outcome ("three of the dead were children", ``b`` the breakdown
    phrase after the count): where its noun phrase goes on and, when the part settles the count
    (or is no count: "one of the injured, a man named ..."), the token the reading moves on to."""

    c = m.count
    n = len(lows)
    m.breakdown = True
    m.outcome = b[1]
    k = b[0]
    while k < n and lows[k] in AUX:
        k += 1
    if minors_by_age(lows, k, lex):  # "nine of the dead were under the age of five"
        m.head, m.group, m.np_end = True, "children", k
        out.append(m)
        return k, k
    if lex.persons.match_at(lows, k) is None and (j := modified_person(lows, k, lex)) is not None:
        k = j  # "three of the dead were Akron police officers"
    if lex.persons.match_at(lows, k) is not None:
        return k, None
    if (c.low or 0) >= 1 and c.kind in ("digit", "word") and (got := _affiliation(lows, k, lex)) is not None:
        # "eleven of the dead worked for the county", "two of the dead belonged to the city police"
        m.head, m.np_end = True, k
        m.group, m.subgroup = got
        m.generic = got == ("people", None)
        out.append(m)
        return k, k
    if b[1] == "killed" and lows[b[0] - 1] != "victims" and found_verb_at(lows, b[0]):
        # "six of the dead were found in the loading bay": a part of the toll
        # (not "one of the victims was shot in the leg": the victims may be hurt)
        m.head, m.generic, m.np_end = True, True, b[0]
        out.append(m)
        return k, k
    died = _died_later(lows, k, lex) if b[1] == "injured" else None
    if died is not None:  # "two of the wounded had died": killed, not injured
        m.breakdown, m.outcome, m.head, m.generic = False, "killed", True, True
        m.np_end = k
        out.append(m)
        return k, died
    if (c.low or 0) > 1 and c.start > 0 \
            and (lex.triggers_before.match_ending_at(lows, c.start - 1) is not None
                 or lows[max(0, c.start - 2):c.start] == ["names", "of"]):
        # a killing word before the partitive (the burial of N of them) or a list of names (it
        # gave the names of N of them): a count of its own
        m.breakdown, m.head, m.generic = False, True, True
        m.named = lows[max(0, c.start - 2):c.start] == ["names", "of"]  # see _identified
        m.np_end = k
        out.append(m)
        return k, k
    return k, k  # "one of the injured, a man named ..." is not a new count


_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "and", "but", "who", "which", "while"})


def _affiliation(lows: list[str], k: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """(group, subgroup) of a part of a toll told by where its people worked or belonged (``[partitions]
    part_verbs`` at ``k``): a person noun in the predicate ("belonged to the city police"), else people."""
    if k >= len(lows) or lows[k] not in lex.raw["partitions"]["part_verbs"]:
        return None
    for q in range(k + 1, min(len(lows), k + 9)):
        if lows[q] in _CLAUSE_ENDS:
            break
        pm = lex.persons.match_at(lows, q)
        if pm is not None:
            return pm[1]
    return "people", None


def _partitive_whole(lows: list[str], k: int, c: Count, lex: Lexicon, spaces: list[bool]) -> int | None:
    """The end of the larger number of "one of the three leaders" (``k`` after "of the"), whose
    people are counted by ``c``; None when there is none or when that phrase states a toll of its
    own ("six of the 40 people killed were children")."""
    from civcas.extract.counts import Mention

    whole = parse_count(lows, k, lex, spaces)
    if whole is None or whole.kind not in ("digit", "word") or (whole.low or 0) <= (c.low or 0):
        return None
    head = Mention(whole, whole.end)
    end = _head(lows, whole.end, whole, lex, head)
    if head.outcome is not None or (end < len(lows) and lows[end] in ("who", "that", "which")) \
            or not lex.trigger_words.isdisjoint(lows[whole.end:end]):
        return None  # "two of the 12 wounded were children", "one of the two who died": the whole's toll
    if end > whole.end and end < len(lows) and lows[end] not in AUX and lows[end] not in ("died", "dies") \
            and lex.triggers_after.match_at(lows, end) is not None:
        return None  # "the 40 people killed": a toll (but "one of the three victims died")
    return whole.end


def _died_later(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The end of a death trigger at ``k`` (after auxiliaries and "later"): "two of the wounded had
    died", "one of the injured later died in hospital"; else None."""

    while k < len(lows) and (lows[k] in AUX or lows[k] in _LATER):
        k += 1
    t = lex.triggers_after.match_at(lows, k)
    return t[0] if t is not None and t[1] == "killed" else None


def _victims_harmed(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The end of "of the (gunshot|shooting) victims" at ``k`` (on "of") when a killing or
    injuring verb follows it (after auxiliaries and "later": "one of the victims has since died",
    "two of the victims were treated and released"); else None.  A hit ("one of the victims was
    shot in the leg") or a description ("one of the victims was a nurse") is no count."""

    n = len(lows)
    if k + 2 >= n or lows[k + 1] not in ("the", "those", "these"):
        return None
    v = next((q for q in range(k + 2, min(n, k + 5)) if lows[q] in _VICTIMS), None)
    if v is None or any(not w.isalpha() for w in lows[k + 2:v]):
        return None
    q = v + 1
    while q < n and q < v + 5:
        t = lex.triggers_after.match_at(lows, q)
        if t is not None:
            if q == v + 1 and lows[q] not in AUX and lows[q] not in _FINITE_DEATH:
                return None  # "two of the victims killed, A and B, were ...": a reduced relative
            return v + 1 if t[1] in ("killed", "injured") else None
        if lows[q] not in AUX and lows[q] not in _LATER and lows[q] != "pronounced" \
                and not (lows[q].endswith("ly") and len(lows[q]) > 4):
            return None
        q += 1
    return None


# "five people, all civilians", "all of them civilians", "said to be civilians", "identified as
# civilians": the status of everyone counted (not "mostly civilians", not "including civilians")
_STATUS_ALL = (("all", "of", "them"), ("all", "of", "whom", "were"), ("all",), ("said", "to", "be"),
               ("believed", "to", "be"), ("thought", "to", "be"), ("reported", "to", "be"),
               ("understood", "to", "be"), ("described", "as"), ("identified", "as"))
_STATUS_GROUPS = frozenset({"civilians", "children", "women", "men", "combatants"})
_CIVILIAN_GROUPS = frozenset({"civilians", "children", "women"})


def status_apposition(lows: list[str], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The group an apposition after a count of people at ``k`` gives all of them ("12 people,
    all civilians, were killed" -> civilians) and the end of the apposition, or None."""
    comma = k < len(lows) and lows[k] == ","
    if comma:
        k += 1
    for words in _STATUS_ALL:
        if tuple(lows[k:k + len(words)]) == words:
            pm = lex.persons.match_at(lows, k + len(words))
            if pm is None:
                return None
            end, (group, sub) = pm
            plural = lows[end - 1].endswith("s") or lows[end - 1] in ("men", "women", "children")
            if group not in _STATUS_GROUPS or sub is not None or not plural:
                return None
            other = lex.persons.match_at(lows, end + 1) if lows[end:end + 1] == ["and"] else None
            if other is not None and other[1][0] != group:
                # "all of whom were girls and women": civilians, when each part is a civilian group
                both = {group, other[1][0]}
                return ("civilians", other[0]) if both <= _CIVILIAN_GROUPS else None
            return group, end
    return None


_NONE = frozenset({"none", "neither"})


def none_of(lows: list[str], start: int) -> bool:
    """The count at ``start`` follows "none of (the|his|...)" or "neither of (the)"."""
    k = start - 1
    if k >= 0 and lows[k] in ("the", "his", "her", "their", "its", "our"):
        k -= 1
    return k >= 1 and lows[k] == "of" and lows[k - 1] in _NONE
