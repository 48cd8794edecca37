"""Bare tolls of one side of a fight are combatants.

Military communiqués and radio bulletins give each side's losses as bare tolls with no person noun:
"the army sustained 7 dead and 15 wounded", "the rebels have suffered 126 casualties (80 dead and
46 wounded)", "among the terrorists there are 420 dead", "there are 31 dead among the army ranks",
"the guerrillas inflicted two dead and three wounded". Such a toll counts fighters (or police), not
people at large: :func:`side_toll` tells when the words around a count make it one side's losses.
A toll with a person noun keeps its own group ("the army sustained losses: five soldiers and two
civilians were killed").  :func:`death_of_others` undoes the reading of "N casualties" as dead when
the sentence's death word belongs to another count or is denied.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civcas.extract.counts import Mention
    from civcas.extract.lexicon import Lexicon

# a fighting side, as wire reports name it
_SIDE = (r"(?:army|armed\s+forces|troops|soldiers|military|rebels|guerrillas|guerrilla\s+forces|insurgents|"
         r"militants|terrorists|subversives|enemy|fmln|government\s+forces|security\s+forces|police|"
         r"national\s+guard|army\s+ranks|ranks)")
# the other toll of a pair: "7 dead and [15 wounded]", "[31 dead] and 48 wounded among the army"
_TOLL = r"(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\s+(?:dead|deaths|killed|wounded|injured|casualties)"
_PAIR = r"(?:" + _TOLL + r"\s*(?:,\s*|\s+and\s+|\(\s*)){0,2}"  # "60 casualties (41 dead and [19 wounded]"
# before the count, in its clause: "the army sustained", "the FMLN suffered over", "among the
# terrorists there are", "the guerrillas inflicted", "we inflicted"
_BEFORE = re.compile(
    r"(?:\b" + _SIDE + r"\b(?:[^.;:()]|\([^.;:()]{1,30}\)){0,60}?\b(?:sustained|suffered|lost|reported\s+losses\s+of)"
    r"(?:\s+the\s+following)?[\s:,]*(?:(?:at\s+least|over|more\s+than|some|about|nearly|almost)\s+)?"
    r"|\bamong\s+(?:the\s+|its\s+|their\s+|our\s+)?" + _SIDE + r"\b[\s,]*(?:there\s+(?:are|were|have\s+been)\s+)?"
    r"(?:(?:at\s+least|over|more\s+than|some|about|nearly|almost)\s+)?"
    r"|\binflicted\s+(?:(?:at\s+least|over|more\s+than|some|about|nearly|almost)\s+)?)" + _PAIR + r"$",
    re.IGNORECASE)
# after the count, before any other count: "31 dead and 48 wounded among the army ranks",
# "casualties inflicted on the enemy"
_AFTER = re.compile(r"^(?:\s*(?:,\s*|\s+and\s+)" + _TOLL + r")?[^.;:()0-9]{0,40}?\b(?:among\s+(?:the\s+|its\s+|their\s+|our\s+)?|"
                    r"(?:inflicted\s+)?on\s+(?:the\s+)?)" + _SIDE + r"\b", re.IGNORECASE)


def side_toll(sentence: str, start: int, end: int) -> bool:
    """Whether the bare toll spanning ``start``..``end`` of ``sentence`` counts one side's losses
    ("the army sustained 9 dead"; see the module doc)."""
    return bool(_BEFORE.search(sentence[max(0, start - 130):start])) or bool(_AFTER.match(sentence[end:end + 60]))


_CASUALTY_NOUNS = frozenset({"casualties", "casualty"})
_MIXED = frozenset({"dead", "killed", "deaths"}), frozenset({"wounded", "injured", "injuries"})


def mixed_casualties(lows: list[str], mentions: list[Mention]) -> None:
    """Casualties that count the dead and the wounded together have no single outcome: "60
    casualties (41 dead, 19 wounded)", "a dozen casualties, five of them wounded soldiers", "23
    casualties, including dead and wounded". Their total gets none (in place); the parts keep theirs. (A total
    with dead parts only keeps its outcome: monitors write "52 casualties, including 47 fatalities"
    of a toll they count as deaths.)"""
    for k, m in enumerate(mentions):
        if m.breakdown or m.outcome not in ("killed", "injured") or lows[m.np_end - 1] not in _CASUALTY_NOUNS:
            continue
        parts = [p for p in mentions if p.parent == k and p.breakdown]
        after = set(lows[m.np_end:m.np_end + 6])
        said_both = "including" in after and not after.isdisjoint(_MIXED[0]) and not after.isdisjoint(_MIXED[1])
        if any(p.outcome == "injured" for p in parts) or said_both:
            m.outcome = None


# every word that makes a sentence's casualties dead (docstate.DEATH, the sentence's death word) and more
_DEATH_WORDS = frozenset({"dead", "killed", "deaths", "death", "died", "slain", "murdered", "fatalities", "fatality",
                          "martyrs", "martyred", "die", "dies", "dying", "lives", "bodies", "deceased", "killing",
                          "fatal", "fatally", "mortally"})
_NEGATORS = frozenset({"none", "no", "nobody", "not", "neither", "nor", "without"})


def death_of_others(lows: list[str], mentions: list[Mention], read: list[int]) -> None:
    """Casualties read as dead only because the sentence holds a death word (``read``: their
    indexes) lose that outcome when the word is another count's or denied: "the insurgents took 12
    casualties, though not one soldier was killed", "reported four more police casualties
    and the death of a rebel" (the casualties may be wounded; nothing says they died). A part
    of the casualties themselves keeps the reading ("40 casualties, 12 of them killed")."""
    if not read:
        return
    told = any(w in _DEATH_WORDS and _NEGATORS.isdisjoint(lows[max(0, q - 8):q]) for q, w in enumerate(lows))
    for k in read:
        if not told or any(j != k and x.outcome == "killed" and not x.casualty_word and not x.breakdown
                           for j, x in enumerate(mentions)):
            mentions[k].outcome = None


def parts_of_a_side(mentions: list[Mention], *, lows: list[str] | None = None, lex: Lexicon | None = None) -> None:
    """A part with no person noun of its own counts from its whole's group: "fifteen soldiers were
    wounded, four of them seriously", "about 20 terrorists, 4 of whom died" (fighters, not people
    at large). Sets the group in place.  With the sentence's ``lows`` and ``lex``, a plural person
    noun without a count between the whole and "of them" is the antecedent instead: "a man ambushed
    police officers, killing two of them" (two officers), "a gunman fired on a crowd of shoppers,
    killing two of them" (two shoppers, not two of the gunman's side)."""
    for i, m in enumerate(mentions):
        if not m.breakdown or m.group != "people" or (m.head and not m.generic):
            continue
        whole = mentions[m.parent] if m.parent is not None else next(
            (x for x in reversed(mentions[:i]) if x.head and not x.breakdown), None)
        if m.parent is None and lows is not None and lex is not None:
            noun = _plural_between(lows, lex, whole.np_end if whole is not None else 0, m.count.start, m.count.end)
            if noun is not None:
                m.group, m.subgroup = noun
                # "killing two of them and wounding four others": the others are of the same noun
                nxt = mentions[i + 1] if i + 1 < len(mentions) else None
                if nxt is not None and nxt.group == "people" and lows[nxt.np_end - 1:nxt.np_end] == ["others"] \
                        and "and" in lows[m.count.end:nxt.count.start] and nxt.count.start - m.count.end <= 6:
                    nxt.group, nxt.subgroup = noun
                continue
        if whole is not None and whole.group == "combatants":
            m.group, m.subgroup = whole.group, whole.subgroup
        elif whole is not None and m.parent is not None and whole.group in _PERSON_PARTS and lows is not None \
                and lows[m.count.end:m.count.end + 2] in (["of", "them"], ["of", "whom"]) \
                and lows[m.count.end + 2:m.count.end + 3] not in ([w] for w in _APPOSED):
            m.group, m.subgroup = whole.group, None  # "three children were hurt, two of them seriously"


# wholes whose group a bare part keeps (not "two cousins, one of them a boy": the apposed noun
# tells the part's own group)
_PERSON_PARTS = frozenset({"children", "women", "men"})
_APPOSED = frozenset({"a", "an", "was", "were", "is", "are", "being", "aged", "the"})
_PLURALS = frozenset({"people", "men", "women", "children", "police", "policemen", "gunmen", "fishermen"})


def _plural_between(lows: list[str], lex: Lexicon, start: int, end: int, part_end: int,
                    ) -> tuple[str, str | None] | None:
    """(group, subgroup) of the last plural person noun in ``lows[start:end]`` when the part at
    ``end`` is "N of them" / "N of whom" (the pronoun's antecedent), else None."""
    if lows[part_end:part_end + 2] not in (["of", "them"], ["of", "whom"]):
        return None
    found = None
    for k in range(max(0, start), end):
        got = lex.persons.match_at(lows, k)
        last = lows[got[0] - 1] if got is not None else ""
        if got is not None and got[0] <= end and (last in _PLURALS or (last.endswith("s") and not last.endswith("'s"))):
            found = got[1]
    return found
