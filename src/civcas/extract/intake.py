"""A hospital's intake after an attack: "the hospital received 16 patients", "it treated five
patients from the club", "received three gunshot patients", "received eight gunshot victims",
"said it was treating two patients", "it treated 11 people, none of them for gunshot wounds"
(``[intake]`` in ``data/extract/lexicon.toml``).  Read as injured; never a hospital's usual load
("treated 300 patients a day", "had treated 22,000 patients in 2014").
"""

from __future__ import annotations

from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.counts import Mention
from civcas.extract.lexicon import Lexicon

__all__ = ["intake_count"]


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["intake"]
    return (frozenset(raw["own_verbs"]), frozenset(raw["own_subjects"]), frozenset(raw["people_heads"]),
            frozenset(raw["hospital_words"]), frozenset(raw["victim_heads"]))


def _usual_load(lows: list[str], end: int, lex: Lexicon) -> bool:
    """A hospital's patients counted over a period, not an attack's wounded: "treated 300 patients a
    day", "had treated 22,000 patients in 2014"."""
    if end >= len(lows):
        return False
    nxt = lows[end + 1] if end + 1 < len(lows) else ""
    return lows[end] in lex.intake_rate or (lows[end] in ("in", "since", "during") and len(nxt) == 4 and nxt.isdigit())


def intake_count(lows: list[str], m: Mention, lex: Lexicon) -> bool:
    """True when count ``m`` (a head with no outcome yet) is a hospital's intake of wounded (see
    the module doc); a count of "victims" so taken in is of civilians, like patients."""
    c = m.count.start
    if not m.head or c == 0 or _usual_load(lows, m.np_end, lex):
        return False
    own_verbs, own_subjects, people, hospital, victims = _words()
    head = lows[m.np_end - 1]
    verb = lows[c - 1]
    if verb in own_verbs:
        # "Garvey Medical Center said it was treating two patients": the hospital speaks of its own
        if not (c >= 3 and lows[c - 2] in ("was", "were", "is", "are") and lows[c - 3] in own_subjects):
            return False
    elif verb not in lex.intake:
        return False
    if head in lex.intake_heads:
        return True
    if head in victims:
        m.group = "civilians" if m.group == "people" else m.group
        return True
    # "it treated 11 people, none of them for gunshot wounds": only where a hospital speaks
    return head in people and not hospital.isdisjoint(lows)
