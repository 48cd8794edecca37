"""Generic tolls: counts that sum up a war, a regime or a group's record rather than report one event.

Speeches, communiques and commentary quote such counts ("the army has murdered 70,000 of our
people", "a war that is taking the lives of hundreds", "thousands of workers have been murdered");
they are tallies (see ``[rhetoric]`` in the lexicon):

* a count of ten thousand or more, or a vague "thousands" / "tens of thousands": no single violent
  event of the reporting this project reads kills that many;
* a vague "hundreds" with a perfect or progressive toll verb ("have been murdered", "has left",
  "is taking the lives of") or counted as lives ("hundreds of lives on his conscience").

Never when the sentence dates an event (today, yesterday, on Sunday, on 12 May) or names one
(the caller checks its incident cues first): "hundreds were wounded in the blast on Friday".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.numbers import Count


@lru_cache(maxsize=1)
def _words() -> tuple[int, int, int, re.Pattern[str], frozenset[str], re.Pattern[str]]:
    raw = load_toml("extract", "lexicon.toml")["rhetoric"]
    verbs = "|".join(re.escape(v) for v in raw["perfect_verbs"])
    perfect = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|so\s+far\s+)?(?:been\s+)?(?:"
                         + verbs + r")\b|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:taking|claiming|costing)\b")
    months = "|".join(raw["months"])
    dated = re.compile(r"\b(?:\d{1,2}\s+(?:" + months + r")|(?:" + months + r")\s+\d{1,2})\b")
    return (int(raw["huge"]), int(raw["vague_many"]), int(raw["vague_some"]), perfect,
            frozenset(raw["day_words"]), dated)


def generic_toll(lows: list[str], counts: Sequence[tuple[Count, int]]) -> bool:
    """True when a count of the sentence (``(count, end of its noun phrase)``) is a generic toll
    (see the module doc) and the sentence dates no event."""
    huge, many, some, perfect, days, dated = _words()
    joined = " ".join(lows)
    if not days.isdisjoint(lows) or dated.search(joined):
        return False
    for c, np_end in counts:
        if c.low is None:
            continue
        if c.kind == "vague":
            if c.low >= many:
                return True
            if c.low >= some and ("lives" in lows[c.start:np_end + 1] or perfect.search(joined)):
                return True
        elif c.low >= huge:
            return True
    return False
