"""A toll split by status in the sentence after it: "Officials said 30 people died in the raid. They
said nine of them were soldiers and 15 were civilians, while the identity of the remaining six was unclear."

The parts say who the dead (or the wounded) of the sentence before were; each is a figure of that
sentence's outcome: combatants 9, civilians 15, people 6.  A sentence is read so when

* a count of people by their status right before "of them" / "of those" / "of whom" (or a sentence
  opening "Of those,", "Of them,") has no total of its own in the sentence and no verb of harm, and
  at least one more part follows (one of them described, "one of them was a nurse", is a single
  person among the toll, read as before);
* the sentence before it, in the same paragraph, told a toll of one outcome (``antecedent``).

A sentence that opens on a count and its status noun after a copula ("Five were men and three were
women", "Three were shoppers; two were guards") is read the same way, and so is one whose subject is
a pronoun and whose verb is "included" ("They included two nurses and a security guard"): each
count of a person there is a part of the toll before.  In the sentence of the toll's own partitive,
a copular count after "and" or ";" goes on with it ("Four of the dead were employees of the plant
and three were contractors": :func:`copular_part`, :func:`short_gap`, read by count_resolve).

Its other counts with no outcome of their own join the partition: a count and its status noun ("15
were civilians", "NINE WERE PEASANTS"), and the rest of the whole ("the other four", "the remaining
six", "the rest, 13,").  The parts become breakdowns of the earlier toll in the document pass
(:mod:`civcas.extract.furtherparts`, ``of_them``) where that toll is larger.  Lexical data:
``[partitions]`` in ``data/extract/lexicon.toml``.

A sentence that opens on a counted whole ("Of the 20 people killed, 12 were children") makes the
smaller counts after it its parts (:func:`partitive_lead`).
"""

from __future__ import annotations

from functools import cache

from civcas.extract.counts import Mention
from civcas.extract.lexicon import lexicon
from civcas.extract.numbers import Count

_PARTITIVE = (("of", "them"), ("of", "those"), ("of", "whom"), ("of", "these"))


@cache
def _rest_words() -> frozenset[str]:
    """Words right before a count that make it the rest of a partitioned whole ("the other four")."""
    return frozenset(lexicon().raw["partitions"]["rest"])


def _partitive_at(lows: list[str], k: int) -> bool:
    return tuple(lows[k:k + 2]) in _PARTITIVE


def partition_parts(lows: list[str], mentions: list[Mention], antecedent: str | None) -> None:
    """Give the parts of a partition (see the module doc) the outcome ``antecedent`` of the toll told
    in the sentence before; nothing when the sentence is no partition or there is no such toll."""
    if antecedent not in ("killed", "injured") or not mentions:
        return
    if any(m.outcome is not None and not m.breakdown and not m.zero for m in mentions):
        return  # the sentence tells a toll of its own: its parts are its own
    lead = tuple(lows[:2]) in _PARTITIVE and len(lows) > 2 and lows[2] == ","  # "Of those, nine were soldiers"
    included = _pronoun_included(lows)
    started = lead or included or (mentions[0].count.start == 0 and copular_part(lows, mentions[0]))
    rest = _rest_words()
    parts: list[Mention] = []
    for m in mentions:
        if m.zero or m.outcome is not None or m.count.low is None:
            continue
        whole = _rest_of_whole(lows, m.count.start, rest)
        if not started and _partitive_at(lows, m.count.end) and m.parent is None and m.head:
            started = True  # "nine of them were soldiers" (a status noun: not "180 of them unfounded")
        elif not started or not (m.head or whole) or (included and not m.head):
            continue  # a bare number that is no part ("in 2019", "for two hours")
        parts.append(m)
    if len(parts) < 2 and not (included and parts):
        return  # one of them described ("one of them was a nurse"): a single among the toll, read as before
    for m in parts:
        m.outcome, m.breakdown, m.split = antecedent, True, True
        if not m.head:
            m.head = True  # "the remaining six": people of the whole, whose status is left open


_COPULAS = frozenset({"were", "are", "was", "is"})


def copular_part(lows: list[str], m: Mention) -> bool:
    """The count ``m`` is followed by a copula and its person noun: "three were contractors"."""
    e = m.count.end
    return m.head and not m.zero and m.count.kind in ("digit", "word") and e < len(lows) and lows[e] in _COPULAS \
        and m.np_end > e + 1


def short_gap(gap: list[str]) -> bool:
    """The words between a partitive's noun phrase and the next copular part: a short modifier or a
    speaker's aside, with no number ("of the plant", ", a spokesman said,")."""
    return len(gap) <= 8 and all(w.isalpha() or w == "," for w in gap)


def _pronoun_included(lows: list[str]) -> bool:
    """The sentence opens "They included", "Those included" (``[partitions] included``)."""
    return tuple(lows[:2]) in _included()


@cache
def _included() -> frozenset[tuple[str, ...]]:
    raw = lexicon().raw["partitions"]
    return frozenset((a, b) for a in raw["included_subjects"] for b in raw["included_verbs"])


def _rest_of_whole(lows: list[str], s: int, rest: frozenset[str]) -> bool:
    """The count at ``s`` follows "other", "remaining" or "the rest," ("the other four", "the rest, 13")."""
    return (s > 0 and lows[s - 1] in rest) or (s > 1 and lows[s - 1] == "," and lows[s - 2] in rest)


@cache
def _ordinal_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    raw = lexicon().raw["partitions"]
    return (frozenset(raw.get("ordinals", [])), tuple(tuple(p.split()) for p in raw.get("ordinal_died", [])),
            tuple(tuple(p.split()) for p in raw.get("ordinal_harm", [])))


def ordinal_rest(lows: list[str], mentions: list[Mention]) -> None:
    """ "Three of them were dead on the sidewalk, and the fourth died in surgery": after a partitive
    count ("N of them", "N of the dead") with an outcome, "and the <ordinal>" followed by a death or
    a harm is one more person (see ``[partitions] ordinals`` in the lexicon). Appends the mention (in place)."""
    ordinals, died, harm = _ordinal_words()
    if ordinals.isdisjoint(lows):
        return
    parts = [m for m in mentions if m.outcome in ("killed", "injured") and lows[m.count.end:m.count.end + 1] == ["of"]]
    if not parts:
        return
    taken = {k for m in mentions for k in range(m.count.start, max(m.np_end, m.count.end))}
    for i in range(max(1, parts[0].np_end), len(lows) - 2):
        if lows[i] != "the" or lows[i + 1] not in ordinals or lows[i - 1] not in ("and", ",", ";") or i in taken:
            continue
        after = tuple(lows[i + 2:i + 6])
        outcome = ("killed" if any(after[:len(p)] == p for p in died)
                   else "injured" if any(after[:len(p)] == p for p in harm) else None)
        if outcome is None:
            continue
        m = Mention(Count(1, 1, "exact", i, i + 2, "word"), i + 2, head=True, outcome=outcome)
        mentions.append(m)
        return


def ordinal_total(lows: list[str], mentions: list[Mention]) -> list[int]:
    """ "Two brothers were declared dead on the porch, and the third person, a cousin, died overnight": a
    count N of the dead (not a partitive: see :func:`ordinal_rest`) followed in its sentence by "and
    the <ordinal N+1>" (a person noun and an apposition may follow, ``ordinal_nouns``) and a death
    verb states N + 1 dead; the total is appended with the count as its part (in place). Returns
    the indices of the totals appended."""
    ordinals, died, _harm = _ordinal_words()
    if ordinals.isdisjoint(lows):
        return []
    raw = lexicon().raw["partitions"]
    rank = {w: k + 2 for k, w in enumerate(raw.get("ordinals", []))}
    nouns = frozenset(raw.get("ordinal_nouns", []))
    n = len(lows)
    for m in list(mentions):
        c = m.count
        if m.outcome != "killed" or m.breakdown or m.zero or c.kind not in ("digit", "word") \
                or c.low is None or c.low != c.high or lows[c.end:c.end + 1] == ["of"]:
            continue
        for i in range(m.np_end, min(n - 2, m.np_end + 30)):
            if lows[i] in (".", ";", "?", "!"):
                break
            if lows[i] != "the" or lows[i - 1] not in ("and", ",") or rank.get(lows[i + 1]) != c.low + 1:
                continue
            j = i + 2
            if j < n and lows[j] in nouns:
                j += 1
            if j < n and lows[j] == "," and "," in lows[j + 1:j + 8]:
                j = lows.index(",", j + 1) + 1  # "the third person, a woman, died"
            if not any(tuple(lows[j:j + len(d)]) == d for d in died):
                break
            total = Mention(Count(c.low + 1, c.low + 1, "exact", c.start, c.end, "digit"), m.np_end,
                            head=True, outcome="killed")
            total.group = "people"
            mentions.append(total)
            m.breakdown, m.parent = True, len(mentions) - 1
            return [len(mentions) - 1]
    return []


_PARTITIVE_LEAD = (["out", "of"], ["of", "the"], ["out", "of", "the"])


def partitive_lead(lows: list[str], mentions: list[Mention]) -> None:
    """A sentence that opens on a counted whole ("Out of 30 martyrs, we pulled out 18 and 12 are
    still under the rubble"; "Of the 20 people killed, 12 were children"): every smaller count after
    the comma that closes the whole is a part of it, of its outcome (in place; read by
    :mod:`civcas.extract.count_resolve`)."""
    if len(mentions) < 2 or not mentions[0].head or mentions[0].outcome is None:
        return
    whole = mentions[0]
    if lows[:whole.count.start] not in _PARTITIVE_LEAD:
        return
    comma = next((q for q in range(whole.np_end, min(len(lows), whole.np_end + 8)) if lows[q] == ","), None)
    if comma is None:
        return
    for m in mentions[1:]:
        if m.count.start > comma and not m.zero and m.count.low is not None and whole.count.low is not None \
                and m.count.low < whole.count.low and m.outcome in (None, whole.outcome, "missing"):
            m.breakdown, m.parent, m.outcome = True, 0, whole.outcome
