"""Where an actor stands in a sentence besides acting (used by :func:`civcas.extract.perpetrators.perpetrator_score`):
among the victims ("killed seven al-Shabaab militants", "IS fighters were killed") or inside a time
phrase that dates the figure ("civilian deaths since Russia's full-scale invasion"). Split from
:mod:`civcas.extract.actors`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import first_char_guard, folded

__all__ = ["as_origin", "as_victim", "in_time_phrase"]

# the actor among the victims: "killed seven al-Shabaab militants", "killing two senior Hamas
# officials", "the deaths of 13 American service members"; "IS fighters were killed"
_VICTIM_BEFORE = re.compile(
    r"\b(?P<verb>killed|killing|kills|kill|wounded|wounding|injured|injuring|captured|capturing|executed|"
    r"targeted|targeting|hit|hitting|struck|striking|against|bombed|bombing|attacked|attacking|"
    # the foe of a fight: "unable to defeat, dislodge or contain the X fighters", "troops repelled X rebels"
    r"(?P<foe>defeat|defeated|defeating|dislodge|dislodged|dislodging|repel|repelled|repelling|contain|containing|"
    r"crush|crushed|crushing|rout|routed|routing|annihilate|annihilated|wipe\s+out|wiped\s+out)|"
    # the target of the act: "air strikes on IS positions", "a raid on a Hamas compound"
    r"(?:air\s*|drone\s+|missile\s+)?(?:strikes|raids|attacks|assaults?|offensive)\s+(?:on|against)|"
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
# the foe's own push, defeated: "the army defeated the X offensive" (X launched it: not its victim)
_OWN_PUSH_AFTER = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?(?:offensives?|attacks?|assaults?|advances?|incursions?|push|uprising|"
                             r"raids?|ambush(?:es)?)\b", re.IGNORECASE)
# an actor inside a time phrase: "since Russia's full-scale invasion", "since the RSF takeover"
_SINCE_BEFORE = re.compile(r"\b(?:since|before|after|during)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"(?:['’]s)?\s+(?:full[\s-]scale\s+|military\s+|\d{4}\s+)?(?:invasion|offensive|takeover|coup|"
                          r"seizure\s+of\s+power|withdrawal)\b", re.IGNORECASE)


def as_victim(sentence: str, start: int, end: int) -> bool:
    """True when the actor named at ``start``..``end`` of ``sentence`` is among the victims."""
    before = sentence[max(0, start - 60):start]
    victim_before, low = folded(_VICTIM_BEFORE, before)  # (speed: the same spans)
    m = victim_before.search(low)
    while m is not None:  # (the nearest verb may be the one: "were killed when jets struck X positions")
        if not _NOT_VICTIM_WORDS.search(before[m.end("verb"):] + " ") and not (
                m.group("foe") and _OWN_PUSH_AFTER.match(sentence, end, end + 30)):
            return True
        m = victim_before.search(low, m.start() + 1)
    return _VICTIM_AFTER.match(sentence[end:end + 60]) is not None


def in_time_phrase(sentence: str, start: int, end: int) -> bool:
    """True when the actor named at ``start``..``end`` only dates the figure ("deaths since Russia's
    full-scale invasion"): it is not made the author of the deaths."""
    return _SINCE_BEFORE.search(sentence[max(0, start - 20):start]) is not None \
        and _SINCE_AFTER.match(sentence[end:end + 40]) is not None


@lru_cache(maxsize=1)
def _origins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after): ``[origins]`` of ``lexicon.toml`` as the words before and after a country."""
    raw = load_toml("extract", "lexicon.toml")["origins"]
    came = "|".join(re.escape(w) for w in sorted(raw["came"], key=len, reverse=True))
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(raw["before"], key=len, reverse=True))
    arrived = "|".join(re.escape(w) for w in sorted(raw["arrived"], key=len, reverse=True))
    before = re.compile(r"(?:\b(?:" + came + r")\b(?:\s+[\w.'’-]+){0,6}?\s+from|\b(?:" + arrived +
                        r")\s+(?:to|in)\s+(?:[\w.'’-]+\s+){1,4}?from|\b(?:" + lead + r"))\s+(?:the\s+)?$",
                        re.IGNORECASE)
    tail = "|".join(re.escape(w) for w in sorted(raw["after"], key=len, reverse=True))
    # ("a Syrian National Army unit" is a force, not a person's origin)
    after = re.compile(r"^(?:\s+|(?=-))(?:" + tail + r")\b(?!\s+(?:army|guard|police|forces|defen[cs]e|security))",
                       re.IGNORECASE)
    return before, after


def as_origin(sentence: str, start: int, end: int) -> bool:
    """True when the country or demonym at ``start``..``end`` of ``sentence`` only tells where a person
    comes from ("came to the US from Iraq as a boy", "a Somali-born taxi driver", "of Syrian
    descent"): it names no state force as the author."""
    before, after = _origins()
    (rx, head), (rx2, tail) = folded(before, sentence[max(0, start - 80):start]), folded(after, sentence[end:end + 40])
    return rx.search(head) is not None or rx2.match(tail) is not None  # (speed: regex_speed.folded)
