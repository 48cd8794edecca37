"""A parent's children spelled out as grown persons are offspring, not minors.

"Children" is also a kinship word: "she was killed with her four children: her 24-year-old son
Karim, a 19-year-old daughter Lina, ..." counts four of her offspring, some of them adults, and
says nothing of how many minors died.  When a possessive count of children (``[offspring]`` of
``data/extract/victimlist.toml``) is spelled out right after it by a list naming at least one grown
person (an age of 18 or more, a grown person's noun), the sentence's children figure of that
number is dropped; the persons listed are still counted, by their ages, by the victim lists
(:mod:`civcas.extract.victimlist`) and the document's roster (:mod:`civcas.extract.victimdoc`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.victimages import NUMBER_WORDS
from civcas.extract.victimlist import read_list
from civcas.models import Figure


class _State(Protocol):
    text: str
    capitals: bool


@lru_cache(maxsize=1)
def _offspring_rx() -> re.Pattern[str]:
    raw = load_toml("extract", "victimlist.toml")
    try:
        return re.compile(raw["offspring"]["pattern"])
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid offspring pattern: {exc!r}",
                        hint="check [offspring] in src/civcas/data/extract/victimlist.toml") from exc


def grown_offspring(st: _State, figures: list[Figure]) -> list[Figure]:
    """``figures`` without the children counts that a list of grown offspring spells out."""
    if st.capitals or not any(f.group == "children" for f in figures):
        return figures
    drop: set[str] = set()
    for m in _offspring_rx().finditer(st.text):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if n is None:
            continue
        persons, _end, _partial = read_list(st.text, m.end())
        if not any(p.age == "adult" for p in persons[:n]):
            continue  # all minors, or ages not given: the children may well be minors
        for f in figures:
            if (f.group == "children" and f.low == n and f.high in (n, None)
                    and f.evidence.start <= m.start() < f.evidence.end):
                drop.add(f.id)
    return [f for f in figures if f.id not in drop] if drop else figures
