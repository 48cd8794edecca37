"""Who acts: the force nouns and the act verbs of ``data/extract/acts.toml`` as patterns (split from
:mod:`civcas.extract.perpetrators`).

One list each, read by :func:`civcas.extract.perpetrators.perpetrator_score` (a force noun or an act
verb right after an actor's name: "Navy jets strafed the pier", "the Kestrel Front had ambushed a
convoy") and by the story's main-author vote (:mod:`civcas.extract.mainvote`: a force noun with no
word of an act in its clause is a presence, not an act: "Navy helicopters were patrolling the bay").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from civcas.datafiles import load_toml
from civcas.errors import DataError

__all__ = ["OWN_STRIKE", "ActWords", "act_words"]

# the attacker's own strike and what it aimed at: "the strike had targeted a militant", "its raid hit a
# cell", "the air strike was aimed at a commander" (the target's party is no author: actor_context.py)
OWN_STRIKE = (r"(?:the|its|their)\s+(?:air\s*|drone\s+|missile\s+)?(?:strikes?|raids?|operations?)\s+"
              r"(?:(?:had|has|have)\s+(?:been\s+)?|was\s+|were\s+)?(?:targeted|targeting|hit|struck|aimed\s+at|"
              r"directed\s+at)\b")

# an event or a force right after the name: "X strikes", "X's shelling", "a Kestrel Front column";
# the force nouns are ``[forces] nouns`` of ``acts.toml`` (see :func:`act_words`), the rest are weapons
# and acts, agents whose mere presence is an attack ("snipers", "death squads") and a single unit ("the
# Kestrel Front detachment", often a garrison's name: not read by the main-author vote's idle check)
_EVENTISH_WORDS = (r"air\s*strikes?|strikes?|raids?|air\s+raids?|shelling|drones?|artillery|bombardment|missiles?|"
                   r"rockets?|attack|bombing|shells?|snipers?|hit\s+men|death\s+squads?|detachment|platoon|"
                   # "came under Israeli fire", "Israeli tank fire hit the car"
                   r"(?:tank\s+|sniper\s+|gun)?fire(?!\s+(?:services?|brigades?|department|crews?|stations?|engines?|fighters))")

# the actor as the acting subject: "coalition aircraft hit the market", "the Pentagon says it struck",
# "the coalition has acknowledged that its strikes killed"
# (after the verbs of ``[acts] after_name`` in ``acts.toml``, which :func:`act_words` puts first: "the
# Kestrel Front had reportedly ambushed ...") the other ways of acting:
_ACTS_AFTER_MORE = (
    # a campaign of acts begun: "the militia began a string of murderous raids", "X unleashed a wave of bombings"
    r"|^\s*(?:(?:had|has|have|then|later)\s+)?(?:began|begun|unleashed|started|launched)\s+(?:to\s+(?:implement|carry\s+out|"
    r"conduct|commit)\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:series|wave|campaign|spate|string|number)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:actions|attacks|bombings|killings|massacres|murders|assassinations|raids|operations|crimes|reprisals)\b"
    # a coordinated subject: "government troops and foreign mercenaries thought to be Russian killed ..."
    r"|^\s+and\s+(?!(?:the\s+)?(?:civilians?|residents|villagers|people|children|women)\b)(?:[\w'’-]+\s+){1,6}?"
    r"(?:killed|massacred|executed|murdered|attacked|shot|bombed|shelled)\b"
    r"|^[\s,]*(?:[\w'’-]+[\s,]+){0,6}?(?:has\s+|have\s+|had\s+)?(?:acknowledged|acknowledges|admitted|admits|"
    r"conceded|concedes)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:said|says|stated|states|confirmed|confirms|announced|announces)\s+(?:that\s+)?"
    r"(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:hit|struck|targeted|targeting|"
    r"bombed|shelled|carried\s+out|conducted|killed|launched)\b"
    # its own strike told by the attacker: "the army confirmed the strike", "confirmed carrying out an
    # air strike", "the military said the raid had targeted a militant", "said its strike hit a cell"
    r"|^\s*(?:\w+\s+){0,2}?(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits)\s+(?:(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+|has\s+)?)?(?:(?:carrying|carried|conducting|conducted|launching|launched)\s+(?:out\s+)?)?"
    r"(?:the|an?|its|their)\s+(?:air\s*|drone\s+|missile\s+)?(?:strikes?|raids?|operations?)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:said|says|stated|states|confirmed|confirms|added)\s+(?:that\s+)?" + OWN_STRIKE +
    # blamed or tried for it: "the armed forces are to blame for the massacre", "army officers
    # are to be brought to trial over the massacre"
    r"|^\s*(?:(?!not\b|never\b)\w+\s+){0,2}?(?:is|are|was|were)\s+(?:(?:also|allegedly|reportedly|believed\s+to\s+be)\s+)?"
    r"(?:(?:directly\s+)?responsible\s+for|to\s+blame\s+for|(?:to\s+be\s+|being\s+)?(?:brought\s+to\s+trial|tried|"
    r"charged|convicted|indicted|prosecuted)\s+(?:for|with|over))\b")


class ActWords(NamedTuple):
    """The patterns made of ``acts.toml`` (see :func:`act_words`)."""

    eventish: re.Pattern[str]  # an event or a force right after the name: "X strikes", "X troops"
    acts_after: re.Pattern[str]  # the name's own act after it: "X had ambushed", "X has acknowledged"
    force_after: re.Pattern[str]  # a force noun after the name, a word between: "X elite troops"
    act_in_clause: re.Pattern[str]  # any word of an act (``after_name`` and ``in_clause``)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def act_words() -> ActWords:
    """The force nouns and act verbs of ``acts.toml`` as patterns: read by
    :func:`civcas.extract.perpetrators.perpetrator_score` (the actor acts) and by the main-author vote (a force noun that does nothing in its clause)."""
    raw = load_toml("extract", "acts.toml")
    try:
        nouns, acts = _alt(raw["forces"]["nouns"]), raw["acts"]
        return ActWords(
            eventish=re.compile(r"^\s*(?:-led\s+)?(?:(?:cruise|ballistic|guided|heavy|artillery|air|naval|rocket|drone|"
                                r"mortar|tank|fighter|special|ground|government|security|armed|urban)\s+)?(?:"
                                + _EVENTISH_WORDS + "|" + nouns + r")\b", re.IGNORECASE),
            acts_after=re.compile(r"^\s*(?:,\s*(?:who|which)\s+)?(?:(?:had|has|have|also|reportedly|allegedly|then|"
                                  r"later)\s+){0,2}(?:[a-z]+ly\s+)?(?:" + _alt(acts["after_name"]) + r")\b"
                                  + _ACTS_AFTER_MORE, re.IGNORECASE),
            force_after=re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + nouns + r")\b", re.IGNORECASE),
            act_in_clause=re.compile(r"\b(?:" + _alt(acts["after_name"] + acts["in_clause"]) + r")\b", re.IGNORECASE))
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid acts table: {exc!r}", hint="check src/civcas/data/extract/acts.toml") from exc
