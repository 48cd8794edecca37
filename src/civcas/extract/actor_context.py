"""Where an actor stands in a sentence besides acting (used by :func:`civcas.extract.perpetrators.perpetrator_score`):
among the victims ("killed seven al-Shabaab militants", "IS fighters were killed") or inside a time
phrase that dates the figure ("civilian deaths since Russia's full-scale invasion"). Split from
:mod:`civcas.extract.actors`.
"""

from __future__ import annotations

import re

from civcas.extract.lexicon import first_char_guard

__all__ = ["as_victim", "in_time_phrase"]

# the actor among the victims: "killed seven al-Shabaab militants", "killing two senior Hamas
# officials", "the deaths of 13 American service members"; "IS fighters were killed"
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|kill|wounded|wounding|injured|injuring|captured|capturing|executed|"
    r"targeted|targeting|hit|hitting|struck|striking|against|bombed|bombing|attacked|attacking|"
    r"deaths?\s+of|bodies\s+of|among\s+(?:the\s+)?(?:dead|killed|victims|wounded)\s+(?:were|are)|"
    r"(?:dead|killed|wounded|injured)\s+(?:were|included))\s+"
    r"(?:(?:at\s+least|more\s+than|as\s+many\s+as|up\s+to|some|about|around|nearly|over|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|several|many|[\d,]+|[a-z]+-?[a-z]*|the|a|an|two|three|senior|top|"
    r"suspected|alleged)\s+){0,4}"
    # "killed about 300 members of the army": the army's own members are the victims
    r"(?:(?:members|ranks|soldiers|fighters|officers|personnel|units?)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_VICTIM_BEFORE = first_char_guard(_VICTIM_BEFORE)  # (speed: the same matches)
_NOT_VICTIM_WORDS = re.compile(r"\b(?:by|in|during|from|after|with|when|as|on)\s", re.IGNORECASE)
_VICTIM_AFTER = re.compile(
    # (one describing word may stand before the noun: "Hamas terrorist operatives", "IS senior commanders")
    r"^\s*(?:(?:(?:senior|top|local|field|military|terrorist|armed|suspected|alleged|militant|regional)\s+)?"
    r"(?:fighters?|militants?|members?|soldiers?|troops|commanders?|officials?|leaders?|"
    r"service\s*(?:members|men)|servicemen|personnel|guerrillas?|rebels?|policemen|officers?|"
    r"operatives?|jihadists?|cells?|chiefs?|figures?|positions?|targets?)\s+)?"
    r"(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+"
    r"(?:also\s+|reportedly\s+|(?:believed|said|thought|reported)\s+to\s+(?:be|have(?:\s+been)?)\s+)?"
    r"(?:killed|wounded|injured|captured|slain|dead|died|perished|"
    # the target: "X operatives were among those killed", "an X commander was the target of the strike",
    # "X positions were targeted"
    r"among\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|casualties|targeted)|"
    r"(?:the\s+)?(?:intended\s+|main\s+|apparent\s+|likely\s+)?targets?\s+of|targeted|"
    # "50 army troops were reported dead", "two soldiers were found dead"
    r"(?:reported|found|left|confirmed)\s+(?:dead|killed|wounded|injured))\b", re.IGNORECASE)
# an actor inside a time phrase: "since Russia's full-scale invasion", "since the RSF takeover"
_SINCE_BEFORE = re.compile(r"\b(?:since|before|after|during)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:full[\s-]scale\s+|military\s+|\d{4}\s+)?(?:invasion|offensive|takeover|coup|"
                          r"seizure\s+of\s+power|withdrawal)\b", re.IGNORECASE)


def as_victim(sentence: str, start: int, end: int) -> bool:
    """True when the actor named at ``start``..``end`` of ``sentence`` is among the victims."""
    before = sentence[max(0, start - 60):start]
    m = _VICTIM_BEFORE.search(before)
    if m is not None and not _NOT_VICTIM_WORDS.search(before[m.start():] + " "):
        return True
    return _VICTIM_AFTER.match(sentence[end:end + 60]) is not None


def in_time_phrase(sentence: str, start: int, end: int) -> bool:
    """True when the actor named at ``start``..``end`` only dates the figure ("deaths since Russia's
    full-scale invasion"): it is not made the author of the deaths."""
    return _SINCE_BEFORE.search(sentence[max(0, start - 20):start]) is not None \
        and _SINCE_AFTER.match(sentence[end:end + 40]) is not None
