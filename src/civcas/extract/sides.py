"""Bare tolls of one side of a fight are combatants.

Military communiqués and radio bulletins give each side's losses as bare tolls with no person noun:
"the army sustained 7 dead and 15 wounded", "the rebels have suffered 126 casualties (80 dead and
46 wounded)", "among the terrorists there are 420 dead", "there are 31 dead among the army ranks",
"the guerrillas inflicted two dead and three wounded". Such a toll counts fighters (or police), not
people at large: :func:`side_toll` tells when the words around a count make it one side's losses.
A toll with a person noun keeps its own group ("the army sustained losses: five soldiers and two
civilians were killed").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

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


def parts_of_a_side(mentions: list[Mention]) -> None:
    """A part with no person noun of its own counts from its whole's group: "fifteen soldiers were
    wounded, four of them seriously", "about 20 terrorists, 4 of whom died" (fighters, not people
    at large). Sets the group in place."""
    for i, m in enumerate(mentions):
        if not m.breakdown or m.group != "people" or (m.head and not m.generic):
            continue
        whole = mentions[m.parent] if m.parent is not None else next(
            (x for x in reversed(mentions[:i]) if x.head and not x.breakdown), None)
        if whole is not None and whole.group == "combatants":
            m.group, m.subgroup = whole.group, whole.subgroup
