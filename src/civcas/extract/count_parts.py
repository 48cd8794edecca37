"""The structure around a count that tells a part from a total (moved unchanged from
:mod:`civcas.extract.count_triggers`; used there and by :mod:`civcas.extract.count_resolve`):
the group of a toll ("the toll of civilians rose to 30"), a revised toll ("12, later raised to
15"), a later part of a breakdown, long passive subjects ("two civilians, 40-year-old A and
41-year-old B, were killed"), "N victims have been identified", appositions ("one civilian, a
child") and nested parts.
"""

from __future__ import annotations

from functools import lru_cache

from civcas.extract.counts import (
    AUX,
    DASHES,
    TOLL_VERBS,
    Mention,
)
from civcas.extract.lexicon import Lexicon, lexicon
from civcas.extract.numbers import Count, parse_count
from civcas.extract.speech import opens_speech as _opens_speech
from civcas.extract.tollforms import (
    some_of_whom,
)


def toll_group_of(lows: list[str], m: Mention, lex: Lexicon) -> None:
    """A bare toll count takes the group of "the number of <persons>" before it ("raising the number
    of service members killed to five": combatants)."""
    if m.head:
        return
    for q in range(m.count.start - 2, max(0, m.count.start - 12), -1):
        if lows[q] in (".", ";"):
            return
        if lows[q] == "number" and lows[q + 1] == "of" and (pm := lex.persons.match_at(lows, q + 2)) is not None:
            m.group, m.subgroup = pm[1]
            m.toll_noun = lows[pm[0] - 1]
            return


AS_BOUND = frozenset({"high", "many", "much", "low", "few"})
# a toll told twice in one clause: "was first put at 12 but later rose to 19"
_REVISION = frozenset({"but", "later", "then", "subsequently", "eventually", "since"})
_REVISION_FILL = _REVISION | TOLL_VERBS | frozenset({",", "and", "has", "had", "have", "risen", "raised",
                                                      "revised", "updated", "up", "further", "sharply"})


def revises_count(lows: list[str], q: int, p: int) -> bool:
    """The words after the earlier count at ``q`` up to the toll verb at ``p`` only revise it
    ("12 but later rose to"): a revision word and nothing that opens another clause."""
    between = lows[q + 1:p + 1]
    return 0 < len(between) <= 6 and not _REVISION.isdisjoint(between) \
        and all(w in _REVISION_FILL for w in between)


def _later_part(lows: list[str], m: Mention, p: int, head: Mention, lex: Lexicon) -> bool:
    """True when the counted head at ``p`` is a further part of a breakdown of ``m`` ("six
    villagers, including a farmer and his three daughters, died"): a breakdown marker stands
    between them and no new clause ("..., and six others were wounded") starts at ``p``."""
    if lows[head.np_end - 1] in ("others", "other", "more") or lows[p - 2:p] == [",", "and"]:
        return False
    return any(lex.breakdown.match_at(lows, q) is not None for q in range(m.np_end, p))


@lru_cache(maxsize=1)
def _publishing() -> frozenset[str]:
    """Verbs of a speaker publishing or naming the dead (lexicon ``[links] publishing``)."""
    return frozenset(lexicon().raw["links"].get("publishing", ()))



def subject_of_passive(lows: list[str], m: Mention, mentions: list[Mention],
                        lex: Lexicon) -> str | None:
    """Long subjects: "two civilians, 40-year-old A and 41-year-old B, were reportedly killed";
    "at least 9 people from three generations of the X family were killed"."""
    n = len(lows)
    if some_of_whom(lows, m.np_end, lex):
        return None  # "40 people, some of whom were killed": the verb is theirs, not all 40's
    heads_between = {x.count.start: x for x in mentions if x.head and not x.breakdown and x is not m}
    for p in range(m.np_end, min(n, m.np_end + 40)):
        if p in heads_between and not _in_breakdown(lows, p, lex) and lows[m.np_end:m.np_end + 1] != [":"] \
                and not _later_part(lows, m, p, heads_between[p], lex) \
                and not (lows[m.np_end] == "," and _co_subject(lows, p, heads_between[p])
                         and not any(lex.breakdown.match_at(lows, q) is not None and lows[q] != "of"
                                     for q in range(m.np_end, p))):
            return None
        if lows[p] in (";", ".", "when", "after", "before", "while", "because", "but") \
                or (lows[p] == "that" and p > m.np_end + 1):
            return None  # "94 were identified, and warned that households were buried": a new clause
        if _opens_speech(lows, p):
            return None  # "relatives said the victims were buried": the speaker's own clause
        if (p > m.np_end and lows[p] in _publishing() and lows[p - 1] not in AUX
                and lows[p + 1:p + 2] != ["as"]  # not "two civilians, listed as missing, were killed"
                and lows[m.np_end:p].count("(") <= lows[m.np_end:p].count(")")):  # nor "(listed above)"
            return None  # "her uncle, Rami Aziz, read out the names of the people killed": a speaker
        if lows[p] in ("remain", "remained", "are") and lex.triggers_after.match_at(lows, p):
            return lex.triggers_after.match_at(lows, p)[1]  # type: ignore[index]
        if lows[p] in ("were", "was", "been") and p + 1 < n:
            r = p + 1
            while r < n and r < p + 3 and (lows[r] in lex.links_after or lows[r].endswith("ly")) \
                    and lows[r] not in AUX:
                r += 1
            if "not" in lows[p:r] or "never" in lows[p:r]:
                return None  # "were not injured"
            t = lex.triggers_after.match_at(lows, r)
            if t is not None and t[0] + 1 < n and lows[t[0]] == "or" \
                    and lex.triggers_after.match_at(lows, t[0] + 1) is not None:
                return None  # "were either killed or wounded"
            if t is not None and lows[r] not in ("among",):
                return t[1] if lows[p] != "was" or m.count.low == 1 else None
    return None


def _co_subject(lows: list[str], p: int, other: Mention) -> bool:
    """The count at ``p`` is coordinated with the subject before it, after an aside: "twelve
    civilians, three of them children, and two fighters were killed"; "..., as well as two fighters,
    were killed". The predicate that follows is both counts'. Not "..., and six others were
    wounded" nor a bare "..., and four were killed": those open a clause of their own; nor the last
    item of a breakdown ("12 residents, including two women and a man, ...": the caller checks)."""
    if lows[other.np_end - 1] in ("others", "other", "more") or other.np_end <= other.count.end:
        return False  # "and six others were wounded", "and four were killed": a clause of their own
    return (p >= 2 and lows[p - 1] == "and" and lows[p - 2] == ",") \
        or (p >= 4 and lows[p - 3:p] == ["as", "well", "as"] and lows[p - 4] == ",")


def identified_victims(lows: list[str], m: Mention) -> bool:
    """ "N victims have been identified", "the bodies of 30 were identified" (not "identified as",
    a list of names, nor "identified the gunmen")."""
    if m.np_end < 1 or lows[m.np_end - 1] not in ("victims", "bodies", "dead"):
        return False
    if lows[max(0, m.count.start - 2):m.count.start] == ["names", "of"]:
        return True  # "released the names of 85 victims": the named dead
    p = m.np_end
    while p < len(lows) and p < m.np_end + 4 and (lows[p] in AUX or lows[p] in ("had", "have", "has", "so")
                                                 or lows[p].endswith("ly")):
        p += 1
    return (p > m.np_end and p < len(lows) and lows[p] == "identified"
            and (p + 1 >= len(lows) or lows[p + 1] != "as"))


def apposition_parts(lows: list[str], mentions: list[Mention]) -> None:
    """ "At least one civilian, a child, died": the apposed "a child" is a breakdown of the
    count before it (children 1 as part of civilians >= 1), not a figure of its own."""
    named = {x.count.start: x for x in mentions if x.count.kind == "named"}
    starts = {x.count.start for x in mentions} - set(named)
    dropped: list[Mention] = []
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if (m.head and nxt.head and not m.zero and nxt.count.kind == "article" and nxt.count.low == 1
                and m.count.low is not None and m.count.low <= 1 and m.count.kind in ("word", "digit")
                and lows[m.np_end:nxt.count.start] == [","]
                and (q := _apposition_end(lows, nxt.np_end, starts)) is not None):
            nxt.apposed = nxt.breakdown = True
            nxt.parent = i
            # "a young man Omar Haddad (31), was killed": the name is the apposed one's, no victim of its own
            dropped += [x for k, x in named.items() if nxt.np_end <= k < q]
    if dropped:
        mentions[:] = [x for x in mentions if all(x is not d for d in dropped)]


# words that make the rest of an apposition a clause of its own ("a man who was ...")
_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "who", "whom", "which", "that", "and", "or", "had",
                           "has", "when", "while", "after", "killed", "died", "wounded", "injured"})


def _apposition_end(lows: list[str], e: int, starts: set[int]) -> int | None:
    """The comma closing the apposed noun phrase that ends at ``e``, after at most a name and an
    aside ("a young man, was killed"; "a young man Omar Haddad (31 years old), was killed")."""
    q = e
    while q < len(lows) and q - e <= 14 and lows[q] != ",":
        if lows[q] in _CLAUSE_WORDS or lows[q] in (".", ";", ":", "!", "?") or (q > e and q in starts):
            return None
        q += 1
    return q if q < len(lows) and lows[q] == "," else None


def _in_breakdown(lows: list[str], p: int, lex: Lexicon) -> bool:
    """True when a breakdown marker ("including", "among them") stands just before token p."""
    return any(lex.breakdown.match_at(lows, q) is not None for q in range(max(0, p - 4), p))


def nested_part(lows: list[str], m: Mention, prev: Mention) -> bool:
    """True for "one of them"/"two of whom" right after an item of a breakdown: a part of that
    item ("including three women, one of whom was elderly"), not a further part of the total; also
    in a breakdown with no total ("the dead were a nurse and her two sons, at least one of them
    a baby")."""
    s, e = m.count.start, m.count.end
    if prev.breakdown and s > 1 and lows[s - 2:s] == ["of", "whom"] and prev.np_end == s - 2:
        return True  # "including five children of whom one was an infant": inside the five
    return (prev.breakdown and s > 0 and lows[s - 1] == ","
            and prev.np_end == s - 1 and lows[e:e + 2] in (["of", "them"], ["of", "whom"]))


_RESTATE = frozenset({"was", "were", "is", "are"})


def restated_parts(lows: list[str], mentions: list[Mention]) -> None:
    """A bare part that the next count restates with a noun is that count ("two brothers, one of
    them a child": the child is the one; "six boys were hurt, one of whom was a 9-year-old"): the
    bare part gets no outcome (in place), the noun's count stays the part."""
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        e = m.count.end
        if not m.breakdown or m.parent is None or m.group != "people" or (m.head and not m.generic) \
                or lows[e:e + 2] not in (["of", "them"], ["of", "whom"]):
            continue
        if nxt.head and nxt.count.low == m.count.low and nxt.count.high == m.count.high \
                and all(t in _RESTATE for t in lows[e + 2:nxt.count.start]) and nxt.outcome is not None:
            m.outcome = None
            if not nxt.breakdown:
                nxt.breakdown, nxt.parent = True, m.parent


_LEAD_AUX = frozenset({"were", "was"})
_LEAD_PLACE = frozenset({"in", "at", "on", "during", "by", "since"})


def leading_parts(lows: list[str], mentions: list[Mention], lex: Lexicon) -> None:
    """The part before a toll told as "N of the M <people> killed were <noun>" ("17 of the 26
    people killed were children"): a count of the noun, a part of the toll (appended to
    ``mentions``, in place; the partitive reader leaves the N, whose whole is a toll of its own)."""
    for k in range(len(mentions)):
        m = mentions[k]
        s = m.count.start
        if m.outcome not in ("killed", "injured") or m.breakdown or m.count.kind not in ("digit", "word") \
                or s < 3 or lows[s - 2:s] != ["of", "the"]:
            continue
        lead = next((x for x in mentions if x.count.end == s - 2 and x is not m), None)
        c = lead.count if lead is not None else _lead_count(lows, s - 2, lex)
        if c is None or c.kind not in ("digit", "word") or c.low is None or c.low >= (m.count.low or 0):
            continue
        q = m.np_end
        if (t := lex.triggers_after.match_at(lows, q)) is not None and t[1] == m.outcome:
            q = t[0]
        if q < len(lows) and lows[q] in _LEAD_PLACE:  # "killed in the raid were women"
            q = next((j for j in range(q + 1, min(q + 7, len(lows))) if lows[j] in _LEAD_AUX
                      or not lows[j].isalpha()), q)
        if q >= len(lows) or lows[q] not in _LEAD_AUX or (got := lex.persons.match_at(lows, q + 1)) is None \
                or got[1][0] == "people":
            continue
        part = lead if lead is not None else Mention(c, c.end)
        part.group, part.subgroup, part.head, part.generic = got[1][0], got[1][1], True, False
        part.outcome, part.breakdown, part.parent = m.outcome, True, k
        for x in mentions:
            if x.breakdown and x.parent == k and x is not part and x.count.start > q and x.group == part.group \
                    and lows[x.count.end:x.count.end + 2] in (["of", "them"], ["of", "whom"]):
                x.outcome = None  # "..., and 11 of them were under twelve": inside the 17
        if lead is None:
            mentions.append(part)
        return


def _lead_count(lows: list[str], end: int, lex: Lexicon) -> Count | None:
    """The count that ends at ``end`` ("17" of "17 of the 26 killed"), read back one or two tokens."""
    for start in (end - 1, end - 2):
        if start >= 0 and (c := parse_count(lows, start, lex)) is not None and c.end == end:
            return c
    return None


_PART_JOINS = (["and"], [","], [",", "and"])


def restated_parts_end(lows: list[str], m: Mention, p: int, starts: dict[int, int],
                       mentions: list[Mention]) -> int | None:
    """The closing comma or dash of an aside at ``p`` (a comma or dash right after the noun phrase
    of ``m``) that restates the count of ``m`` as its parts: "found four people — three adults and
    a child — dead", "three men, two brothers and a cousin, were shot".  The aside holds only
    exact counts with a person noun joined by "and" or commas, at least two of them, whose sum is
    the count of ``m``; it closes with the mark that opened it.  None otherwise."""
    c = m.count
    parent = starts.get(c.start)  # the index of ``m`` (``m`` may be a copy of it)
    if c.low is None or c.low != c.high or p + 1 not in starts or parent is None:
        return None
    k = starts[p + 1]
    total, parts, q = 0, 0, p + 1
    while k < len(mentions) and mentions[k].count.start == q:
        x = mentions[k]
        if not x.head or x.zero or x.count.low is None or x.count.low != x.count.high:
            return None
        total, parts, q = total + x.count.low, parts + 1, x.np_end
        nxt = k + 1
        if nxt < len(mentions) and lows[q:mentions[nxt].count.start] in _PART_JOINS:
            k, q = nxt, mentions[nxt].count.start
            continue
        break
    closes = q < len(lows) and (lows[q] == lows[p] or (lows[q] in DASHES and lows[p] in DASHES))
    if parts < 2 or total != c.low or not closes:
        return None
    for x in mentions[starts[p + 1]:k + 1]:
        x.breakdown, x.parent = True, parent
    return q
