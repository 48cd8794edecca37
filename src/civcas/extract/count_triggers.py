"""The trigger and breakdown tests around one count (used by :mod:`civcas.extract.count_resolve`).

* :func:`trigger_after` / :func:`trigger_before`: a casualty trigger after the counted noun phrase ("12 civilians
  were reportedly killed") or before it ("killing at least 12", "the toll rose to 30");
* :func:`exceeds` (a part cannot exceed its total); the rest of the breakdown structure is in
  :mod:`civcas.extract.count_parts`, the trigger right after a counted phrase and the asides before
  it in :mod:`civcas.extract.count_asides`.
"""

from __future__ import annotations

from civcas.extract.count_asides import (
    abbreviation_dot,
    aside_end,
    closes_apposition,
    listed_breakdown_end,
    match_after,
    trigger_next,
)
from civcas.extract.count_parts import AS_BOUND, restated_parts_end, revises_count, toll_group_of
from civcas.extract.counts import (
    AUX,
    COORD,
    DASHES,
    INTENT,
    TOLL_VERBS,
    TOLL_WORDS,
    Mention,
    is_number_token,
)
from civcas.extract.datedof import dated_noun_before
from civcas.extract.kinloss import kin_lost, side_lost
from civcas.extract.lexicon import Lexicon
from civcas.extract.roleforms import apposed_object, bare_object
from civcas.extract.speech import opens_speech as _opens_speech
from civcas.extract.tollforms import (
    TOLL_KILLED,
    dated_number,
    some_of_whom,
    toll_ahead,
    toll_group,
    toll_noun_before,
)

# where the first count of a coordination stood: "killing 88 passengers on board and two people on the
# ground", "five people died in the house and two in the street"
_PLACED = frozenset({"aboard", "onboard", "inside", "outside", "nearby", "in", "on", "at", "near"})


def _placed_end(lows: list[str], q: int, ends: dict[int, int]) -> int | None:
    """The end of a counted noun phrase followed by a short place phrase ending at token ``q``
    (at most five plain words, the first a place word), or None."""
    for k in range(q, max(-1, q - 5), -1):
        if not lows[k].isalpha():
            return None
        if k in ends and lows[k] in _PLACED:
            return k
    return None


# a definite object without a count between a trigger and a coordinated count: "killed the mayor of
# the town and three farmers", "wounded his driver as well as two bodyguards"
_OBJECT_DET = frozenset({"the", "his", "her", "their", "its"})


def _object_before(lows: list[str], q: int, lex: Lexicon) -> str | None:
    """The outcome of a trigger right before a definite noun phrase of at most ten plain words
    ending at token ``q`` ("killed [the mayor of the town], and three farmers"), or of a pronoun there
    ("killing [her] and a 7-year-old pupil"), or None."""
    if q >= 1 and lows[q] in ("her", "him", "them"):
        t = lex.triggers_before.match_ending_at(lows, q - 1)
        return t[1] if t is not None and t[1] in ("killed", "injured") else None
    for r in range(q, max(0, q - 10), -1):
        w = lows[r]
        if not w.isalpha() or w in AUX or w in ("and", "or", "who", "which", "that", "as"):
            return None
        if w in _OBJECT_DET and r < q:
            t = lex.triggers_before.match_ending_at(lows, r - 1)
            if t is not None:
                return t[1] if t[1] in ("killed", "injured") else None
    return None


def exceeds(m: Mention, mentions: list[Mention], parent: int | None) -> bool:
    """True when count ``m`` is larger than the total at index ``parent`` (so it cannot be a part)."""
    if parent is None or m.count.low is None:
        return False
    total = mentions[parent].count
    top = total.high if total.high is not None else total.low
    # "an attacker blew himself up among dozens of worshippers": one person has no parts
    one = total.kind == "article" and mentions[parent].subgroup != "family"
    return top is not None and (total.kind in ("digit", "word") or one) and m.count.low > top

# "a number of injuries", "several wounded": a plural of injured people (Airwars codes them 2)
INJURY_HEADS = frozenset({"injuries", "wounded", "injured"})
# "how many fighters died", "so many children": a question or an exclamation, not a count
NOT_A_COUNT = frozenset({"how", "so", "too", "as"})
# nouns that do not make a plural count ("many deaths", "several martyrs", "a number of victims")
NOT_PLURAL_HEADS = frozenset({"deaths", "dead", "bodies", "fatalities", "martyrs",
                               "victims", "casualties", "lives", "corpses", "souls"})


# modals of a threat or a hypothesis: "will kill", "could kill", "shall be executed" (not "would",
# whose past-future narrates: "a bomb that would kill 30 people went off at noon")
_MODALS = frozenset({"will", "shall", "could", "might", "may", "can", "must", "'ll"})


_ACTIVE = frozenset({"killed", "wounded", "injured", "murdered", "massacred", "shot", "executed",
                     "assassinated", "slaughtered"})


def _future(words: list[str]) -> bool:
    """A modal then "be" just before the verb of a count: "will be killed" (not a state: "three
    may be dead" and "a suspect may be among those killed" are hedges)."""
    while words and words[-1].endswith("ly") and len(words[-1]) > 4:
        words = words[:-1]  # "will be summarily executed"
    # (also a bare "be" right after the counted noun: a scene imagined, "it hurts to see a child be killed")
    return (len(words) >= 2 and words[-1] == "be" and words[-2] in _MODALS) or words == ["be"]


def trigger_after(lows: list[str], m: Mention, starts: dict[int, int], mentions: list[Mention],
           lex: Lexicon) -> tuple[int, str] | None:
    p = m.np_end
    n = len(lows)
    steps = 0
    clause = p  # where the words between the count and its verb resume after a skipped aside
    if some_of_whom(lows, p, lex):
        return None  # "about 40 people, some of whom were killed and some still alive": not all of them
    while p < n and steps < 14:
        if m.zero and lows[p] in ("harmed", "hurt", "affected"):
            return p - m.np_end, "killed"  # "no civilians were harmed"
        t = match_after(lows, p, lex, m.zero)
        if t is not None:
            if m.zero and t[1] == "injured" and p + 2 < n and lows[t[0]] == "or":
                return p - m.np_end, "killed"  # "no civilians had been injured or killed"
            if not m.zero and ("not" in lows[clause:p] or "never" in lows[clause:p]):
                return None  # "his children were not injured"
            if not m.zero and lows[p] != "dead" and _future(lows[clause:p]):
                return None  # "ten judges will be killed for every one extradited": a threat
            if lows[p] in _ACTIVE and p - 2 >= clause and lows[p - 1] in ("has", "have", "had") \
                    and lows[p - 2] in ("who", "that"):
                return None  # "a man who has killed many peasants": the killer, not a victim
            return max(p - m.np_end, steps), t[1]
        tok = lows[p]
        if p in starts:
            return None
        b = lex.breakdown.match_at(lows, p + 1 if tok in (",", "(") or tok in DASHES else p)
        if tok == "(" or b is not None:
            # skip the breakdown: the marker, its counts and their coordination
            q = b[0] if b is not None else p + 1
            stop = min(n, q + 16)
            while q < stop and lows[q] not in (",", ")", ";", ".") and lows[q] not in DASHES:
                if match_after(lows, q, lex) is not None and q not in starts:
                    break
                q += 1
            if q < n and lows[q] == "," and not trigger_next(lows, q + 1, lex):
                q = listed_breakdown_end(lows, q, lex)  # "including two men, three women, and a boy, were"
            if q < n and (lows[q] in (",", ")") or lows[q] in DASHES):
                q += 1
            p = clause = q
            steps += 4  # a trigger found beyond a breakdown is weaker evidence
            continue
        if tok == "," and steps == 0 and closes_apposition(lows, m, p):
            p = clause = p + 1  # "The victim, a 23-year-old woman, died at a hospital"
            steps += 1
            continue
        if (tok == "," or tok in DASHES) and steps == 0 \
                and (r := restated_parts_end(lows, m, p, starts, mentions)) is not None:
            p = clause = r + 1  # "found five people — four adults and a boy — dead"
            steps += 2
            continue
        if tok == "," or tok in DASHES:
            r = aside_end(lows, p, starts, mentions, lex)
            if r is not None:  # "three officers, Sgt. A, B and C, were wounded"
                p = clause = r + 1
                steps += 2
                continue
            q = p + 1
            while q < min(n, p + 8) and (lows[q] not in (",", ".", ";") or abbreviation_dot(lows, q)) \
                    and lows[q] not in DASHES \
                    and (q not in starts or mentions[starts[q]].apposed) \
                    and lex.triggers_after.match_at(lows, q) is None:
                q += 1
            if q < n and (lows[q] == "," or lows[q] in DASHES) and q - p <= 7:
                p = clause = q + 1  # "three officers, whose names were not released, were hurt"
                steps += 1
                continue
            return None
        if _opens_speech(lows, p):
            return None  # "relatives said the victims were buried": a speaker, not the counted dead
        if tok in lex.links_after or (tok.endswith("ly") and len(tok) > 4 and tok not in lex.trigger_words):
            p += 1
            steps += 1
            continue
        return None
    return None


def trigger_before(lows: list[str], m: Mention, ends: dict[int, int], mentions: list[Mention],
            lex: Lexicon) -> tuple[int, str] | None:
    ahead = toll_ahead(lows, m.count.start, m.np_end, lex) if not m.head else None
    if ahead is not None:  # "brings to three the number of people killed"
        if ahead[1] is not None:
            m.group, m.subgroup, m.toll_noun = ahead[1]
        return 0, ahead[0]
    p = m.count.start - 1
    dist = 0
    while p >= 0 and dist < 12:
        t = lex.triggers_before.match_ending_at(lows, p)
        if t is not None:
            if t[0] > 1 and lows[t[0] - 1] == "to" and lows[t[0]] in ("kill", "wound", "injure") \
                    and lows[t[0] - 2] in INTENT:
                return None  # "a bomb dropped to kill two snipers": the intended target
            if t[0] > 0 and lows[t[0] - 1] in _MODALS and not lows[t[0]].endswith(("ed", "ing")):
                return None  # "it will kill ten judges for every ...": a threat, not a toll
            toll_group_of(lows, m, lex)
            return dist, t[1]
        tok = lows[p]
        if kin_lost(lows, p, m):
            return dist, "killed"  # "he had lost three nephews", "was killed with her two grandsons"
        if (side := side_lost(lows, p, m)) is not None:
            if side != m.group:
                m.group, m.subgroup = side, None
            return dist, "killed"  # "the army lost four soldiers", "with the loss of one fighter"
        if tok == "as" and p > 0 and toll_noun_before(lows, p):
            p -= 1  # "gave the injury toll as 30-40", "estimated the number of deaths as nine"
            dist += 1
            continue
        if tok == "as" and p > 0 and lows[p - 1] in lex.recorded_as:
            break  # "the number of civilians killed has been recorded as 14": a toll (read below)
        if tok in COORD or tok == "as" or tok == "well":
            # coordination with a previous count: "killing 5 civilians and 10 children"
            q = p
            while q >= 0 and lows[q] in COORD | {"as", "well"}:
                q -= 1
            placed = _placed_end(lows, q, ends)  # "killing 107 people aboard and three on the ground"
            if placed is not None:
                q = placed - 1
            if q + 1 not in ends and not {"and", "well"}.isdisjoint(lows[q + 1:p + 1]) and (obj := _object_before(lows, q, lex)) is not None:
                return dist + 1, obj  # "killed the mayor, as well as two peasants"
            if q + 1 not in ends and m.count.kind == "article" and lows[q + 1:p + 1] == [",", "and"] \
                    and (obj := apposed_object(lows, q, lex)) is not None:
                return dist + 1, obj  # "KILLED X, LEADER OF THE FARMERS' UNION, AND A NURSE"
            if q + 1 not in ends and m.count.kind in ("article", "digit", "word") and lows[q + 1:p + 1] == ["and"] \
                    and (obj := bare_object(lows, q, lex)) is not None:
                return dist + 1, obj  # "WOUNDED COLONEL MARIO VEGA AND A SECRETARY", "KILLED MAYOR X AND TWO PEASANTS"
            if q + 1 in ends and m.count.kind == "article" and lows[q + 1:p + 1] == [",", "and"] \
                    and mentions[ends[q + 1]].count.kind == "article" \
                    and lows[mentions[ends[q + 1]].count.start - 1:mentions[ends[q + 1]].count.start] == [","] \
                    and (obj := apposed_object(lows, q, lex)) is not None:
                return dist + 1, obj  # "WOUNDED ADMIRAL X, A FORMER CABINET MEMBER, AND A RETIRED MAJOR"
            if q + 1 in ends:
                j = ends[q + 1]
                prev = mentions[j]
                nxt = lows[m.np_end] if m.np_end < len(lows) else "."
                own_predicate = nxt[:1].isalpha() and nxt not in lex.stopwords
                if m.casualty_word or prev.casualty_word or own_predicate or (
                        prev.count.kind == "named" and not (lows[q + 1:p + 1] == ["and"] and prev.outcome is not None)):
                    return None  # "hundreds wounded and thousands homeless"; "KILLED JUAN PAZ AND TWO PEASANTS"
                if prev.outcome is not None and not prev.breakdown:
                    return dist, prev.outcome
                p = prev.count.start - 1
                dist += 1
                continue
            return None
        if tok == "of" and dated_noun_before(lows, p) >= 0:
            return dist, "killed"  # "THE MURDER ON 27 FEBRUARY OF SIX MORE UNION MEMBERS"
        if tok in lex.links_before or (tok.endswith("ly") and len(tok) > 4):
            p -= 1
            dist += 1
            continue
        break
    # tolls may stand further away: "the number killed in Monday's strike on a
    # market has risen to 43", "the toll from the raid on the village climbed to at least 65"
    p = m.count.start - 1
    if p >= 2 and lows[p] == "as" and lows[p - 1] in AS_BOUND and lows[p - 2] == "as":
        p -= 3  # "a medic put the number of wounded as high as 40"
    while p >= 0 and lows[p] in ("at", "to", "of", "reach", "reached", "be"):
        p -= 1
    if m.count.kind == "vague" and p >= 2 and lows[p - 1:p + 1] == ["in", "the"]:
        p -= 2  # "the number of injured was in the dozens"
    # the verb may itself be stripped: "the number of those killed at the market reached 11", "the
    # estimated toll, which might be as many as 13"
    recorded = p >= 1 and lows[p] == "as" and lows[p - 1] in lex.recorded_as
    if recorded:
        p -= 1  # "the minimum number of civilians killed has been recorded as 14"
    if recorded or (p >= 0 and m.count.qualifier == "range" and lows[p] in lex.range_verbs):
        pass  # "the count of the wounded ranged from 18 to 27"
    elif p < 0 or (lows[p] not in TOLL_VERBS and lows[p + 1:p + 2] not in (["at"], ["to"], ["reached"], ["reach"],
                                                                          ["be"])):
        return None
    lo = max(0, m.count.start - 24)
    q = p
    while q >= lo:
        if q + 1 in ends or lows[q] in (";", ".") or (is_number_token(lows[q]) and q < p and not dated_number(lows, q)):
            if not revises_count(lows, q, p):
                return None
            p = q  # "the toll was first put at 12 but later rose to 19": the same toll, revised
        if lows[q] in TOLL_WORDS:
            # "the number of the people killed ... reached 14"; a killing verb further on before the count's
            # own verb counts too: "put the number of civilians its raids have killed since 2016 at 820"
            window = lows[max(0, q - 4):max(q + 6, p)]
            kind: str | None = None
            for w in window:
                if w in TOLL_KILLED:
                    kind = "killed"
                elif w in ("wounded", "injured", "injuries", "injury") and kind is None:
                    kind = "injured"
            if kind is not None:
                if not m.head and (g := toll_group(lows, q, lex)) is not None:
                    m.group, m.subgroup, m.toll_noun = g  # "the number of civilians killed ... has reached 4,500"
                else:
                    toll_group_of(lows, m, lex)  # "raising the number of service members killed to five"
                return m.count.start - q, kind
        q -= 1
    return None
