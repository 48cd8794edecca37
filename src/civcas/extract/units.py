"""A state's military unit acting in a sentence ("military patrols killed three journalists", "the
killing carried out by the 6th Military Detachment"): its words as written, for the figure's
perpetrator text under the theatre's armed forces (``[military_units]`` in ``lexicon.toml``).

A unit named as a target or a place ("rebels ambushed an army patrol", "the commander of the 4th
Infantry Brigade") is no author: only a unit after "by" or before an act verb counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import may_match


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "lexicon.toml")["military_units"]
    ordinal = r"\d+(?:st|nd|rd|th|d)\s+"
    unit = (r"(?P<u>(?:(?:the|an?|two|three|several)\s+)?(?:" + ordinal + r")?(?:(?:brigade|infantry)\s+)?"
            r"(?:" + _alt(raw["services"]) + r")\s+(?:" + _alt(raw["nouns"]) + r")(?:\s+no\.?\s*\d+)?"
            r"|(?:the\s+)?" + ordinal + r"(?:infantry\s+)?(?:" + _alt(raw["numbered"]) + r"))\b")
    acts = r"(?:" + _alt(raw["acts"]) + r")\b"
    by = re.compile(r"\bby\s+(?:(?:members|soldiers|troops|men)\s+(?:of|from)\s+)?" + unit, re.IGNORECASE)
    subject = re.compile(r"(?:^|[,;:]\s*|\b(?:after|when|as|and|that|where|said|says|reported|reports|claimed|charged)\s+)" + unit
                         + r"(?:\s+(?:had|has|have|reportedly|allegedly|then|also)){0,2}\s+" + acts, re.IGNORECASE)
    victim = re.compile(r"\b(?:ambushed|attacked|against|on|at|of|with|killing|killed|wounding)\s+$", re.IGNORECASE)
    return by, subject, victim


def acting_unit(sentence: str) -> str | None:
    """The words of a military unit the sentence makes the author ("AN ARMY PATROL" of "after an
    army patrol opened fire on the bus"), or None."""
    by, subject, victim = _patterns()
    s = sentence[:2000]
    low = s.lower() if s.isascii() else None  # exact literal pre-tests (regex_speed.may_match)
    for rx in (by, subject):
        for m in rx.finditer(s) if may_match(rx, s, low) else ():
            if rx is subject and victim.search(s[max(0, m.start("u") - 12):m.start("u")]):
                continue
            return re.sub(r"\s+", " ", m.group("u")).strip()
    return None
