"""Partitions of the dead: "N of the dead" with a verb of where or how they were found.

A story that has stated its toll often splits it: "Six of the dead were found in the loading bay,
two lay in the yard and one died in an ambulance", "Three of the dead were county deputies and one
was a state trooper".  Each count is a part of the toll (a breakdown; :mod:`furtherparts` makes it
a part of the larger toll told before).  Without the verb ("Six of the dead, a man named ...") or
with another one ("Two of the dead have been identified as brothers": an identification; "Four of
the wounded were taken to a hospital": a treatment subset) there is no count.  Word lists:
``data/extract/deadparts.toml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

__all__ = ["dead_parts", "found_verb_at", "gapped_places", "identity_noun_at", "modified_person",
           "spelled_out"]

_AUX = frozenset({"were", "was", "been", "being", "are", "is", "had", "have", "has", "later", "also"})
_COORD = frozenset({",", "and", ";"})


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "deadparts.toml")
    return frozenset(raw["found_verbs"]), frozenset(raw["finite_verbs"]), frozenset(raw["identity_links"])


@lru_cache(maxsize=1)
def _gap_data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "deadparts.toml")["gapped"]
    return (frozenset(raw["places"]), frozenset(raw["stops"]), frozenset(raw["verbs_after"]),
            frozenset(raw["body_parts"]))


def gapped_places(lows: list[str], mentions: list[Mention]) -> None:
    """A bare count coordinated after a count of the dead or wounded and a place, with its verb
    left out ("Two were killed in the kitchen and two in the hall", "Four of the dead were found
    inside and two outside"): the same outcome and group, a part of the same toll when that
    count is one."""
    places, stops, verbs_after, body = _gap_data()
    for j, m in enumerate(mentions[1:], start=1):
        s, e = m.count.start, m.np_end
        if m.outcome is not None or m.head or m.count.kind not in ("word", "digit") or s == 0 \
                or lows[s - 1] not in ("and", ",") or e >= len(lows) or lows[e] not in places:
            continue
        nxt = lows[e + 1] if e + 1 < len(lows) else ""
        if nxt[:1].isdigit() or nxt in ("a", "every", "each", "one", "ten", "five", "four", "three"):
            continue  # "one in five", "two at a time": a ratio, not a place
        if not body.isdisjoint(lows[e + 1:e + 4]):
            continue  # "two officers were wounded, one in the shoulder": where the bullet hit
        prev = mentions[j - 1]
        gap = lows[prev.np_end:s]
        if prev.outcome not in ("killed", "injured") or len(gap) > 14 or places.isdisjoint(gap) \
                or not stops.isdisjoint(gap):
            continue
        end = next((k for k in range(e, len(lows)) if lows[k] in (",", ".", ";", "and", "but")), len(lows))
        if not verbs_after.isdisjoint(lows[e:end]):
            continue  # "and one in the crowd said ...": a clause of its own
        m.outcome, m.group, m.subgroup = prev.outcome, prev.group, prev.subgroup
        if prev.breakdown:
            m.breakdown, m.parent = True, prev.parent


def found_verb_at(lows: list[str], k: int) -> bool:
    """A verb of finding or dying at ``k``: "were found in", "had been shot in", "died at"."""
    verbs, finite, _links = _data()
    aux = k
    while k < len(lows) and lows[k] in _AUX:
        k += 1
    return k < len(lows) and (lows[k] in finite or (lows[k] in verbs and k > aux))


def modified_person(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The start of a person noun after up to two modifiers at ``k`` ("Dallas police officers",
    "county sheriff's deputies"), else None."""
    for j in (k + 1, k + 2):
        if j >= len(lows) or not all(w.isalpha() and w not in lex.stopwords and w not in _AUX
                                     for w in lows[k:j]):
            return None
        if lex.persons.match_at(lows, j) is not None:
            return j
    return None


def identity_noun_at(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """ "was a sales assistant", "was an officer of ...": the start of the person noun after "was a"
    at ``k`` (up to one modifier between), else None."""
    _verbs, _finite, links = _data()
    if k + 2 >= len(lows) or lows[k] not in links or lows[k + 1] not in ("a", "an"):
        return None
    if lex.persons.match_at(lows, k + 2) is not None:
        return k + 2
    j = modified_person(lows, k + 2, lex)
    return j if j == k + 3 else None


def dead_parts(lows: list[str], mentions: list[Mention]) -> None:
    """The bare counts coordinated after a partition of the dead ("Six of the dead were found in
    the bay, two lay in the yard and one died in an ambulance"): killed, parts of the same toll."""
    first = next((k for k, m in enumerate(mentions)
                  if m.breakdown and m.outcome == "killed" and found_verb_at(lows, m.np_end)), None)
    if first is None:
        return
    parent = mentions[first].parent
    for m in mentions[first + 1:]:
        s = m.count.start
        if s == 0 or lows[s - 1] not in _COORD or m.head or m.count.kind not in ("word", "digit"):
            continue
        if m.outcome == "killed" or (m.outcome is None and found_verb_at(lows, m.np_end)):
            m.outcome, m.breakdown = "killed", True
            m.parent = parent if m.parent is None else m.parent


def spelled_out(lows: list[str], mentions: list[Mention]) -> None:
    """Counts after a comma that spell out the count before it, to the end of the clause ("a woman and
    three children, two boys and a girl": the boys and the girl are the three children; "a guard and
    two children, a toddler and a baby"): parts of that count, not more victims."""
    for j, item in enumerate(mentions[:-2]):
        if item.count.kind not in ("word", "digit") or (item.count.low or 0) < 2 or not item.head:
            continue
        tail: list[Mention] = []
        for m in mentions[j + 1:]:
            if m.count.kind not in ("article", "word", "digit") or m.group != item.group \
                    or m.parent not in (None, item.parent):
                break
            tail.append(m)
            if sum(t.count.low or 0 for t in tail) >= (item.count.low or 0):
                break
        end = tail[-1].np_end if tail else 0
        if (len(tail) < 2 or sum(t.count.low or 0 for t in tail) != item.count.low
                or lows[item.np_end:tail[0].count.start] != [","]
                or "and" not in lows[tail[-2].np_end:tail[-1].count.start]  # a closed list: "a boy and a girl"
                or not (end >= len(lows) or lows[end] in (".", ";") or (
                    lows[end] == "," and not any(m.count.start in (end + 1, end + 2) for m in mentions)))):
            continue
        outcome = item.outcome or next((m.outcome for m in tail if m.outcome is not None), None)
        item.outcome = outcome  # ("a woman and three children, two boys and a girl, were found dead")
        for m in tail:
            m.breakdown, m.parent = True, j
            m.outcome = outcome
