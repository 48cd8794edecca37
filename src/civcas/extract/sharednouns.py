"""A bare count sharing the person noun of a count beside it in a series of harms (used by
``count_resolve``; words in ``data/extract/sharednouns.toml``).

* a comma series: "45 GUERRILLAS HAVE BEEN KILLED, 30 WOUNDED, AND 12 CAPTURED" (30 guerrillas;
  ``count_resolve`` already reads the count after "and");
* a noun shared after two harms: "KILLING FIVE AND WOUNDING SEVEN GOVERNMENT SOLDIERS" (five
  soldiers).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

__all__ = ["shared_nouns"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "sharednouns.toml")
    return frozenset(raw["harm"]), frozenset(raw["aux"])


def _bare(m: Mention) -> bool:
    return m.outcome is not None and not m.breakdown and (not m.head or (m.generic and m.group == "people")) \
        and m.count.kind in ("digit", "word")


def _headed(m: Mention) -> bool:
    """A count of two or more with a person noun of its own ("one child was killed, six injured"
    says nothing of six children)."""
    return m.outcome is not None and not m.breakdown and m.head and not m.generic and not m.zero \
        and m.count.kind in ("digit", "word") and (m.count.low or 0) > 1


def shared_nouns(lows: list[str], mentions: list[Mention]) -> None:
    """Give a bare count the group of the count whose noun it shares (see the module doc); in place."""
    harm, aux = _words()
    for i, m in enumerate(mentions):
        if not _bare(m):
            continue
        prev = mentions[i - 1] if i > 0 else None
        if prev is not None and _headed(prev):
            gap = lows[prev.np_end:m.count.start]
            if len(gap) >= 2 and gap[-1] == "," and all(t in harm or t in aux for t in gap[:-1]) \
                    and not harm.isdisjoint(gap) and not harm.isdisjoint(lows[m.count.end:m.np_end + 1]):
                m.group, m.subgroup = prev.group, prev.subgroup  # "45 GUERRILLAS KILLED, 30 WOUNDED"
                continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _headed(nxt) and nxt.outcome != m.outcome \
                and len(lows[m.np_end:nxt.count.start]) == 2 and lows[m.np_end] == "and" \
                and lows[m.np_end + 1] in harm:
            m.group, m.subgroup = nxt.group, nxt.subgroup  # "KILLING FIVE AND WOUNDING SEVEN SOLDIERS"
