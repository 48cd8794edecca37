"""The wounded that a count of people hit implies (``data/extract/hitcounts.toml``).

"Three people were shot, one fatally", "a gunman shot four people, killing one", "Six people were
wounded, two of them fatally": the text states N people hit and X of them dead, so N - X were
wounded.  Gun-violence tallies (GVA) and readers record that number; the bare N would claim N
injured, which the text contradicts.  The survivors' figure (outcome injured, ``low = high = N -
X``, qualifier exact, ``number_text`` "3 shot, 1 killed") is derived

* in the sentence of the count (:func:`hit_survivors`): a count of people hit (a "shot" count,
  or one of wounded/injured people) followed in the same sentence by killed counts that are its
  parts ("two of them fatally", ", one fatally", "killing one", "one of whom died"), with no
  other count of injured people in the sentence, no word that sets people apart ("another", "a
  third", ``apart``) and 0 < X < N;
* across the page (:func:`hit_survivors_in_document`): an injured figure read from a "shot"
  count ("Four people were shot in the park") in an event (segment) where other sentences state
  X killed (the largest killed figure of the event) with X < N, where no sentence of the hit
  count or of the death sets the dead apart (``apart``) or may tell the shooter's death
  (``shooter``), not in a murder-suicide story.  Where the event states its own number of
  injured, no figure is derived: the hit count is dropped when that number is N - X ("Three of
  the victims were treated and released"), else left as it is.  A figure derived in a sentence
  is dropped likewise where another sentence of its event states a larger or smaller number of injured
  ("Five were shot outside, and two of them died" in a story of 13 shot and 3 wounded).

Never from a tally, a part, a denied or inexact figure, or wire copy in capitals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.extract.counts import Mention
from civcas.extract.numbers import Count
from civcas.extract.text import Sentence
from civcas.models import Figure

_NUMBERED = ("digit", "word")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = load_toml("extract", "hitcounts.toml")
    return {k: frozenset(v) for k, v in raw.items()}


def also_at(lows: list[str], start: int, end: int) -> int:
    """The index of the first word of ``also`` (``hitcounts.toml``) in ``lows[start:end]``, or -1: the
    one place the "also" of "a woman was also shot" is read (here, by ``named`` and by
    ``count_triggers``)."""
    also = _words()["also"]
    return next((k for k in range(start, min(end, len(lows))) if lows[k] in also), -1)


def also_hit(lows: list[str], m: Mention) -> bool:
    """Single person ``m`` (an article count) is hit "also": "a woman was also shot" (see
    ``also`` in ``hitcounts.toml``): a survivor beside the dead told elsewhere."""
    if m.count.kind != "article" or m.count.low != 1:
        return False
    k = also_at(lows, m.np_end, m.np_end + 3)
    return k >= 0 and all(t in _words()["also_between"] for t in lows[m.np_end:k])


def survivor_before_death(lows: list[str], mentions: list[Mention], i: int) -> bool:
    """Single person ``i`` (an article count) hit in a relative clause of its own, then joined by
    "and" to a person whose own relative clause tells a death ("found a woman who had been shot in
    the arm and a man who was dead"): the one hit is a survivor (see ``relative`` in
    ``hitcounts.toml``)."""
    w = _words()
    m = mentions[i]
    if m.count.kind != "article" or i + 1 >= len(mentions) or lows[m.np_end:m.np_end + 1] == [] \
            or lows[m.np_end] not in w["relative"]:
        return False
    nxt = mentions[i + 1]
    gap = lows[m.np_end:nxt.count.start]
    if "and" not in gap[-2:] or any(t in (".", ";", ":") for t in gap) or not w["died"].isdisjoint(gap):
        return False
    return lows[nxt.np_end:nxt.np_end + 1] != [] and lows[nxt.np_end] in w["relative"] \
        and not w["died"].isdisjoint(lows[nxt.np_end + 1:nxt.np_end + 5])


def hit_label(n: int, dead: int, *, hit: bool) -> str:
    """The ``number_text`` of a derived survivors' figure: "3 shot, 1 killed"."""
    return f"{n} {'shot' if hit else 'wounded'}, {dead} killed"


def _exact(m: Mention) -> bool:
    c = m.count
    return c.qualifier == "exact" and c.low is not None and c.low == c.high


def _is_part(lows: list[str], x: Mention, i: int, killing: frozenset[str]) -> bool:
    """Killed mention ``x`` counts some of the people hit of mention ``i``."""
    if x.breakdown and x.parent in (i, None):
        return True  # "two of them fatally", "one of whom died"
    if x.count.kind in _NUMBERED and not x.head:
        return True  # ", one fatally", "killing one", "and one died"
    return x.count.kind == "article" and x.count.start > 0 and lows[x.count.start - 1] in killing


def hit_survivors(lows: list[str], mentions: list[Mention]) -> None:
    """Mark each count of people hit whose killed parts the same sentence states (see the module
    doc): outcome injured, ``hit_dead`` = the dead among them; the parts no longer point at it."""
    words = _words()
    if not words["apart"].isdisjoint(lows):
        return
    for i, m in enumerate(mentions):
        hit = m.hit and m.outcome is None
        if not (hit or m.outcome == "injured") or not m.head or m.breakdown or m.named \
                or m.count.kind not in _NUMBERED or not _exact(m) or (m.count.low or 0) < 2:
            continue
        if any(x.outcome == "killed" for x in mentions[:i]) \
                or any(x.outcome == "injured" for k, x in enumerate(mentions) if k != i):
            return  # a death told before the hit count, or the sentence's own number of injured
        parts = [x for x in mentions[i + 1:] if x.outcome == "killed"]
        if not parts or not all(_exact(x) and _is_part(lows, x, i, words["killing"]) for x in parts):
            return
        dead = sum(x.count.low or 0 for x in parts)
        if not 0 < dead < (m.count.low or 0):
            return
        m.outcome, m.hit_dead = "injured", dead
        for x in parts:
            x.parent = None  # the dead are no part of the wounded
            if not x.head:  # "five teenagers were shot, one fatally": the one is a teenager
                x.group, x.subgroup = m.group, m.subgroup
        return


def survivor_parts(lows: list[str], mentions: list[Mention]) -> None:
    """A count of people hit with a part said to have lived ("shot six people, four of whom
    survived"): the part is the injured, the count is the dead and the injured together and no
    figure of its own (outcome None)."""
    words = _words()
    for i, m in enumerate(mentions):
        if not m.hit or m.outcome != "injured" or m.breakdown or m.hit_dead:
            continue
        for x in mentions[i + 1:]:
            if not (x.breakdown and x.parent == i and x.outcome == "injured"):
                continue
            k = x.np_end
            while k < len(lows) and lows[k] in words["survived_aux"]:
                k += 1
            if k < len(lows) and (lows[k] in words["survived"] or " ".join(lows[k:k + 2]) in words["survived"]):
                m.outcome = None
                x.parent = None  # the survivors are a count of their own
                break


_ADULT = frozenset({"men", "women"})


def groups_clash(hit: str, dead: str) -> bool:
    """The dead cannot be among the people hit (or be the wounded person of ``diedlater``): children
    among men, a woman among men; ``people`` and ``civilians`` clash with nothing."""
    if hit == dead or hit in ("people", "civilians"):
        return False
    return (hit in _ADULT and (dead in _ADULT or dead == "children")) or (hit == "children" and dead in _ADULT)


def condition_clause_totals(lows: list[str], mentions: list[Mention]) -> list[int]:
    """Coordinated clauses that count the injured apart, one by a hospital condition: "one person
    is in critical condition and three are receiving treatment for other wounds" is four injured.
    Appends (in place) a total with the two counts as its parts and returns its index; nothing when
    the sentence has any other injured count (a total they would break down: "five were wounded:
    two are in critical condition and three were treated") or any killed count among them."""
    hurt = [i for i, m in enumerate(mentions) if m.outcome == "injured"]
    if len(hurt) != 2:
        return []
    a, b = (mentions[i] for i in hurt)
    if a.condition == b.condition or a.breakdown or b.breakdown or a.parent is not None or b.parent is not None:
        return []
    if not all(_exact(m) and (m.count.kind in _NUMBERED or m.count.kind == "article") for m in (a, b)):
        return []
    gap = lows[a.np_end:b.count.start]
    if "and" not in gap or len(gap) > 14 or any(w in (";", ":", ".") for w in gap) \
            or any(m.outcome == "killed" for m in mentions[hurt[0] + 1:hurt[1]]):
        return []
    if b.condition and not b.head and (b.count.low or 0) < (a.count.low or 0):
        # "received three gunshot patients, and two were in critical condition": the condition of
        # some of the three, not more people
        b.outcome = None
        return []
    n = (a.count.low or 0) + (b.count.low or 0)
    t = Mention(Count(n, n, "exact", a.count.start, b.count.end, "digit"), b.np_end, head=True,
                outcome="injured")
    groups = {m.group for m in (a, b) if m.head}
    t.group = groups.pop() if len(groups) == 1 and a.head and b.head else "people"
    mentions.append(t)
    k = len(mentions) - 1
    for m in (a, b):
        m.breakdown, m.parent, m.named = True, k, False
    return [k]


class DocState(Protocol):
    """What :func:`hit_survivors_in_document` needs of the assembler's per-document state."""

    sents: list[Sentence]
    hits: set[str]
    derived: set[str]
    capitals: bool
    text: str

    def sentence_at(self, offset: int) -> int: ...


def _sentence_words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'()“”’").lower() for w in text.split()}


def _told_otherwise(d: Figure, figures: list[Figure], st: DocState, sent_of: Callable[[Figure], int]) -> bool:
    """The event of derived figure ``d`` states its own number of injured in another sentence and
    the largest such number is not ``d``'s: the text gives the injured, so nothing is derived."""
    told = [f.low for f in figures if f.outcome == "injured" and f.id not in st.hits and f.id not in st.derived
            and f.part_of is None and f.scope == "incident" and f.stance != "denied" and f.qualifier == "exact"
            and f.low is not None and f.segment == d.segment and sent_of(f) != sent_of(d)]
    return bool(told) and max(told) != d.low


def hit_survivors_in_document(st: DocState, figures: list[Figure], *, murder_suicide: bool) -> list[Figure]:
    """Replace each injured figure read from a "shot" count by the survivors the page implies
    (see the module doc)."""
    if (not st.hits and not st.derived) or not st.sents:
        return figures
    def sent_of(f: Figure) -> int:
        return st.sentence_at(f.evidence.start)

    if st.derived:  # "four were shot outside, three of them fatally" in a story of 13 hit and 3 hurt
        figures = [f for f in figures if f.id not in st.derived or not _told_otherwise(f, figures, st, sent_of)]
    if not st.hits or st.capitals or murder_suicide:
        return figures
    hits = [f for f in figures if f.id in st.hits and f.scope == "incident" and f.part_of is None
            and f.qualifier == "exact" and f.stance != "denied" and f.low is not None and f.low == f.high
            and f.low >= 2]
    if not hits:
        return figures
    words = _words()

    def apart(f: Figure, *, dead: bool) -> bool:
        w = _sentence_words(f.evidence.text)
        return not w.isdisjoint(words["apart"]) or (dead and not w.isdisjoint(words["shooter"]))

    changed: dict[str, Figure] = {}
    drop: set[str] = set()
    for h in hits:
        n = h.low or 0
        if apart(h, dead=True):
            continue
        same = [f for f in figures if f.id != h.id and f.scope == "incident" and f.stance != "denied"
                and f.segment == h.segment and f.low is not None and sent_of(f) != sent_of(h)]
        dead = [f for f in same if f.outcome == "killed" and f.part_of is None and f.qualifier == "exact"
                and f.low == f.high and not groups_clash(h.group, f.group)]
        x = max((f.low or 0 for f in dead), default=0)
        if not 0 < x < n:
            continue
        told = [f for f in same if f.outcome == "injured" and f.id not in st.hits]
        if told:
            if any(f.low == n - x for f in told):
                drop.add(h.id)  # "Three of the victims were treated and released"
            continue
        if any(apart(f, dead=True) for f in dead):
            continue
        changed[h.id] = replace(h, low=n - x, high=n - x, number_text=hit_label(n, x, hit=True))
    if not changed and not drop:
        return figures
    return [changed.get(f.id, f) for f in figures if f.id not in drop]
