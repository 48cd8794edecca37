"""A count compared with another of the same sentence: "58 homicides this year, up from 44 in the
same period of 2016", "160 homicides in 2022, down from a record 188 in 2021", "40 people were
killed, compared with 52 the year before".  The bare number after the comparison word counts what
the count before it counts (same outcome and group); it shares the sentence's scope (a city's
yearly count is a tally).  Phrases in ``[compared]`` of ``data/extract/lexicon.toml``.
"""

from __future__ import annotations

from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.counts import Mention
from civcas.extract.lexicon import PhraseTable, make_table

__all__ = ["compared_counts"]


@lru_cache(maxsize=1)
def _phrases() -> tuple[PhraseTable, frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["compared"]
    return make_table([(p, True) for p in raw["before"]]), frozenset(raw["fillers"])


def compared_counts(lows: list[str], mentions: list[Mention]) -> None:
    """Give each bare number after a comparison phrase the outcome and group of the count it is
    compared with (in place; see the module doc)."""
    if "from" not in lows and "compared" not in lows:
        return  # the common case
    phrases, fillers = _phrases()
    for i, m in enumerate(mentions):
        if m.head or m.outcome is not None or m.zero or m.count.kind not in ("digit", "word") or i == 0:
            continue
        if m.np_end < len(lows) and lows[m.np_end].isalpha() and lows[m.np_end] not in fillers:
            continue  # "up from 98 cases": another noun
        j = m.count.start - 1
        while j >= 0 and lows[j] in fillers:
            j -= 1  # "down from a record 188"
        if j < 0 or phrases.match_ending_at(lows, j) is None:
            continue
        ref = next((x for x in reversed(mentions[:i]) if x.outcome in ("killed", "injured")
                    and not x.breakdown and not x.zero and x.count.kind in ("digit", "word")), None)
        if ref is None:
            continue
        m.outcome, m.group, m.subgroup = ref.outcome, ref.group, ref.subgroup
        m.head, m.generic = True, ref.generic
