"""One more victim told after a single victim in wire copy in capitals (``data/extract/alsototals.toml``).

Wire items tell a killing one victim at a time: "FORMER GOVERNOR X WAS MURDERED TODAY ... HIS
DRIVER WAS ALSO KILLED IN THE ATTACK" never states "two were killed", yet that is the toll a reader
takes. :func:`also_totals` adds the sum as a figure of its own, with the single victim and the
victims told "also" as its parts, when:

* the document is in capitals (wire copy: mixed-case stories are read by ``furtherparts.py``);
* a sentence's predicate adds its subject with "also" ("WERE ALSO KILLED", "ALSO DIED") and the
  sentence states exactly one top-level incident figure of that outcome;
* the closest earlier figure of that outcome (incident scope, top level) stands at most
  :data:`_BACK` sentences before it, in the same incident of the item
  (no paragraph between opens another incident: ``wireitems.opens_incident``), and is a single
  person (1);
* no toll told earlier in the document already counts as many ("THREE PEOPLE DIED ... THE MAYOR
  WAS KILLED ... HIS DRIVER WAS ALSO KILLED");
* the single victim is no soldier or fighter, and the victims told "also" are no fighters
  (``fighters`` words: "FIVE REBELS WERE ALSO KILLED" tells the other side of a clash; "HER
  BODYGUARD WAS ALSO KILLED" is the victim's party).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import Doc
from civcas.extract.wireitems import opens_incident
from civcas.models import Figure, Span, stable_id

__all__ = ["also_totals"]

_BACK = 3  # the single victim stands at most this many sentences before the "also" sentence


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    raw = load_toml("extract", "alsototals.toml")
    out = {}
    for outcome, words in raw["harm"].items():
        harm = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
        pats = [p.replace("{HARM}", harm) for p in raw["also"] if "{HARM}" in p or outcome == "killed"]
        out[outcome] = re.compile(r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in pats) + r")\b", re.IGNORECASE)
    return out


@lru_cache(maxsize=1)
def _fighter_words() -> frozenset[str]:
    return frozenset(load_toml("extract", "alsototals.toml")["fighters"])


def _fighters(f: Figure, sentence: str) -> bool:
    """A figure of fighters: combatants in a sentence that names fighters ("FIVE REBELS WERE ALSO
    KILLED"), or a single combatant first victim; a guard or escort of the victim is none ("HER
    BODYGUARD WAS ALSO KILLED")."""
    if f.group != "combatants" or f.subgroup == "police":
        return False
    return not _fighter_words().isdisjoint(re.findall(r"[a-z\-]+", sentence.lower()))


def _top(figures: list[Figure], outcome: str) -> list[Figure]:
    """The top-level incident figures of one outcome stated in the text."""
    return [f for f in figures if f.outcome == outcome and f.part_of is None and f.scope == "incident"
            and f.low is not None and f.evidence.part == "text"]


def _new_incident(st: Doc, j: int, i: int) -> bool:
    """A paragraph that opens another incident of the item starts after sentence ``j``, up to ``i``."""
    return any(st.sents[k].paragraph != st.sents[k - 1].paragraph and opens_incident(st.sents[k].text)
               for k in range(j + 1, i + 1))


def also_totals(st: Doc, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the sum of a single victim and the victims a later sentence adds with
    "also" (see the module doc); the two become its parts."""
    if not st.capitals or "ALSO" not in st.text:
        return figures
    cues = _cues()
    parent: dict[str, str] = {}
    added: list[Figure] = []
    for s in st.sents:
        if "ALSO" not in s.text:
            continue
        for outcome, cue in cues.items():
            m = cue.search(s.text)
            if m is None:
                continue
            at = s.start + m.start()  # (the subject may stand in sentences of its own: "X; Y; AND Z, WERE ALSO KILLED")
            later = [f for f in _top(figures, outcome) if f.evidence.start <= at < f.evidence.end]
            if len(later) != 1 or later[0].id in parent or _fighters(later[0], s.text):
                continue
            i = st.sentence_at(later[0].evidence.start)
            tops = _top(figures, outcome)
            back = next(((j, fs) for j in range(i - 1, max(-1, i - _BACK - 1), -1)
                         if (fs := [f for f in tops if st.sentence_at(f.evidence.start) == j])), None)
            if back is None or len(back[1]) != 1 or _new_incident(st, back[0], i):
                continue
            first, extra = back[1][0], later[0]
            if first.low != 1 or first.high != 1 or first.id in parent \
                    or (first.group == "combatants" and first.subgroup != "police") \
                    or extra.high is None or extra.low != extra.high:
                continue
            n = 1 + extra.low
            if any(f.evidence.start < first.evidence.start and (f.low or 0) >= n for f in tops):
                continue  # a toll told before already counts them ("THREE DIED ... X WAS KILLED ... Y WAS ALSO KILLED")
            start, end = first.evidence.start, extra.evidence.end
            total = replace(
                extra, id=stable_id("f", st.doc.id, start, end, outcome, "also"), low=n, high=n, qualifier="exact",
                group=first.group if first.group == extra.group else "people", subgroup=None, number_text=None,
                part_of=None, evidence=Span(st.text[start:end], start, end))
            added.append(total)
            parent[first.id] = parent[extra.id] = total.id
    if not added:
        return figures
    return [replace(f, part_of=parent[f.id]) if f.id in parent else f for f in figures] + added
