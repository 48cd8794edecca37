"""Resolving the counts of one sentence: outcome, breakdown and parent of every mention.

:func:`resolve` takes the mentions :func:`civcas.extract.counts.find_counts` read and decides, in
order, whether each is a part of a total ("15 civilians, including four women"; "up to 64
civilians: at least 12 women, 30 children"), which total it belongs to (``parent``), and which
outcome (killed / injured) the trigger next to it gives (:mod:`civcas.extract.count_triggers`).
It returns the casualty mentions only.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from civcas.extract.compared import compared_counts
from civcas.extract.count_parts import (
    apposition_parts,
    identified_victims,
    leading_parts,
    nested_part,
    restated_parts,
    subject_of_passive,
)
from civcas.extract.count_triggers import (
    INJURY_HEADS,
    NOT_A_COUNT,
    NOT_PLURAL_HEADS,
    exceeds,
    trigger_after,
    trigger_before,
)
from civcas.extract.counts import (
    AUX,
    COORD,
    KIN_DET,
    ORDINAL_ONE,
    POSSESSIVE,
    Mention,
)
from civcas.extract.deadparts import dead_parts, gapped_places, spelled_out
from civcas.extract.forms import identity_part, non_violent_cause
from civcas.extract.hitcounts import (
    also_hit,
    condition_clause_totals,
    hit_survivors,
    survivor_before_death,
    survivor_parts,
)
from civcas.extract.intake import intake_count, taken_alone
from civcas.extract.joint import joint_outcomes
from civcas.extract.lexicon import Lexicon
from civcas.extract.lists import list_totals, relative_then_and
from civcas.extract.numbers import Count
from civcas.extract.partitions import (
    copular_part,
    ordinal_rest,
    ordinal_total,
    partition_parts,
    partitive_lead,
    short_gap,
)
from civcas.extract.plurals import PLURAL_LOW
from civcas.extract.roleforms import rest_of_whole
from civcas.extract.sharednouns import shared_nouns
from civcas.extract.shootings import self_kill_totals
from civcas.extract.shotforms import (
    aged_count,
    aged_pair,
    hit_then_died,
    listed_pair,
    modifier_end,
    object_outcome,
    relative_death,
    shot_and_died,
    survivor_after_death,
    taken_with_wounds,
)
from civcas.extract.sides import death_of_others, mixed_casualties, parts_of_a_side
from civcas.extract.text import Token

_RELATIVE = (["who"], ["that"], ["which"])
# killings counted as cases, which a definite article refers back to (not "homicides": a city's
# "the 41 homicides recorded this year" is a tally it keeps)
_CASES = frozenset({"killings", "murders", "executions", "assassinations"})
_INCLUDED = frozenset({"included", "include", "includes"})
# words that end a speaker's clause before the subject of what is said
_SPEAKER_ENDS = frozenset({"that", "said", "says", "reported", "stated", "added", "announced", "confirmed"})
_HURT = ("injur", "wound", "hurt", "hospital", "treat")
# "..., as were three children" / "..., as was a 5-year-old boy": the count shares the clause's outcome
_AS_WAS = ([",", "as", "were"], [",", "as", "was"])


def _dead_subject(lows: list[str], p: int, lex: Lexicon) -> bool:
    """The verb "included" at ``p`` has the dead as its subject: the sentence opens with one of
    ``[breakdown] killed_subjects`` and holds no number before the verb."""
    if lows[p] not in _INCLUDED or p > 25:
        return False
    # the subject after a speaker: "THE POLICE SAID THAT THE DEAD INCLUDED ...", "police said the
    # victims included ...", "according to the army, those killed included ..."
    k = next((k + 1 for k in range(p - 1, -1, -1) if lows[k] in _SPEAKER_ENDS
              or (lows[k] == "," and "according" in lows[:k])), 0)
    head = " ".join(lows[k:p])
    if any(t[:1].isdigit() or t.startswith(_HURT) for t in lows[k:p]):
        return False  # a number, or "the victims, who were taken to hospital with wounds, included"
    return any(head == w or head.startswith(w + " ") for w in lex.raw["breakdown"].get("killed_subjects", ()))


_ONE_VERBS = frozenset({"killing", "killed", "wounding", "wounded", "injuring", "injured"})
# a place or time after the one: "seriously wounding another in a shooting outside Salem"
_ONE_ENDS = frozenset({",", "and", ".", ";", "person", "other", "in", "on", "at", "near", "outside", "inside",
                       "during", "before", "after", "when", "while"})


def _object_one(lows: list[str], m: Mention) -> bool:
    """A bare "one" right after a killing or wounding verb and before a clause break or a place:
    "killing one and wounding four", "shot three people, killing one.", "killing two and wounding
    another in a shooting", "wounded a ninth before ..." (not "killed one of the gunmen")."""
    k, e = m.count.start, m.count.end
    return k > 0 and lows[k - 1] in _ONE_VERBS and (e >= len(lows) or lows[e] in _ONE_ENDS)


_SELF_BLAST = frozenset({"blew", "blown"})
_WOUND_NOUNS = frozenset({"injuries", "injury", "wounds", "wound"})
# a condition after a listed part: "among them a deputy in critical condition and a 70-year-old man"
_CONDITION_WORDS = frozenset({"in", "critical", "serious", "stable", "fair", "good", "grave", "condition"})


# nouns of age or status that say no sex: a part so named is of its total's sex
_AGE_STATUS = frozenset({"elderly", "adult", "adults", "youth", "youths"})


def _new_clause(lows: list[str], m: Mention, mentions: list[Mention], parent: int | None,
                starts: dict[int, int], lex: Lexicon) -> bool:
    """ "20 civilians were killed, including five children, and a large number were injured": after
    ", and" a count with its own verb of another outcome starts a clause of its own, not a part."""
    s = m.count.start
    if parent is None or s < 2 or lows[s - 1] != "and" or lows[s - 2] != "," \
            or (m.count.kind in ("vague", "plural") and m.count.low == PLURAL_LOW):
        return False  # (a bare plural there stays a word without a count: "and many others were injured")
    a = trigger_after(lows, m, starts, mentions, lex)
    return a is not None and a[1] != mentions[parent].outcome


def resolve(tokens: list[Token], mentions: list[Mention], lex: Lexicon, *,
            sentence_has_death: bool, sentence_has_injury: bool,
            document_shot_injured: bool = False, document_murder_suicide: bool = False,
            raw: list[str] | None = None, us_story: bool = False,
            antecedent: str | None = None) -> list[Mention]:
    """Decide outcome, breakdown and parent of every mention; return the casualty ones.

    ``document_shot_injured``: the document tells no death and says someone was hurt
    (``forms.shot_means_injured``), so "a man was shot" is one injured, counted like a named victim.
    ``document_murder_suicide``: the document calls the shooting a murder-suicide, so "shot his wife
    and child before killing himself" means killed (``shootings.self_kill_totals``).  ``raw``: the
    tokens as written (letter case tells a place name: "a boy in Port Richey died").  ``us_story``:
    a US story, where worshippers, students and passengers are people (``[groups_us]``).
    ``antecedent``: the outcome of the toll the sentence before told, which a partition of it in this
    sentence takes ("They said nine of them were soldiers and 15 were civilians", ``partitions``)."""
    lows = [t.low for t in tokens]
    if us_story:
        us_people = lex.us_people
        for m in mentions:
            if m.group == "civilians" and m.np_end > 0 and lows[m.np_end - 1] in us_people:
                m.group = "people"  # "killing 11 worshippers" in a US story
    aged_ends: dict[int, int] = {}
    for m in mentions:
        if m.head and not m.zero and (aged := aged_count(lows, m, lex)) is not None:
            # "killed his sons, ages 3 and 4": two, both children; the ages are no counts
            if m.count.kind == "plural":
                m.count = Count(aged[0], aged[0], "exact", m.count.start, m.count.end, "word")
            if aged[1] and m.group in ("people", "men", "women"):
                m.group = "children"
            aged_ends[m.np_end] = aged[2]
    if aged_ends:
        mentions[:] = [m for m in mentions if not any(e <= m.count.start < f for e, f in aged_ends.items())]
    for m1, m2 in pairwise(mentions):  # "her sister and brother, 14-year-old X and 9-year-old Y"
        if (pair := aged_pair(lows, m1, m2, lex)) is not None:
            for m, age in ((m1, pair[0]), (m2, pair[1])):
                if age < 18 and m.group in ("people", "men", "women"):
                    m.group = "children"
    apposition_parts(lows, mentions)  # may drop the name of an apposed person: before indexing
    starts = {m.count.start: i for i, m in enumerate(mentions)}
    ends = {m.np_end: i for i, m in enumerate(mentions)}
    last_total: int | None = None
    lead = lex.breakdown.match_at(lows, 0)
    lead_outcome = lead[1] if lead is not None and lead[1] else None  # "Of the wounded, 16 were ..."
    lead_from = 0
    if lead_outcome is None:  # "The victims of the attack included four children and two women"
        q = next((q for q, t in enumerate(lows[:26]) if t in _INCLUDED), None)
        if q is not None and _dead_subject(lows, q, lex):
            lead_outcome, lead_from = "killed", q
    by_death_word: list[int] = []  # casualties read as dead from the sentence's death word alone
    for i, m in enumerate(mentions):
        if lead_outcome is not None and m.outcome is None and m.head and m.count.start > lead_from:
            m.outcome = lead_outcome
            m.breakdown = True
        s = m.count.start
        # breakdown marker before: "including four women", "among the dead were two girls"
        p = s - 1
        while p >= 0 and lows[p] in AUX:
            p -= 1
        b = lex.breakdown.match_ending_at(lows, p)
        if b is not None and not m.zero and not (not b[1] and (
                exceeds(m, mentions, last_total) or (b[0] > 0 and lows[b[0] - 1] == "up"))):
            # (not "an attacker blew himself up among dozens of worshippers": a place, and a part is
            # never larger than its total)
            m.breakdown = True
            if b[1]:
                m.outcome = b[1]
        elif p >= 0 and lows[p] == "(" and last_total is not None:
            m.breakdown = True
        elif p > 0 and lows[p] == ":" and i > 0 and mentions[i - 1].head and m.head \
                and not mentions[i - 1].zero and not (mentions[i - 1].breakdown and mentions[i - 1].parent is not None) \
                and (mentions[i - 1].np_end == p or (
                    mentions[i - 1].outcome is not None and p - mentions[i - 1].np_end <= 4
                    and all(t[:1].isalpha() for t in lows[mentions[i - 1].np_end:p]))):
            # "up to 64 civilians: at least 12 women, 38 children and a paramedic" lists parts
            m.breakdown, m.parent = True, i - 1
        elif (c := p - 1 if p > 0 and lows[p] in KIN_DET else p) >= 0 and i > 0 \
                and (lows[c] in COORD or (lows[c] == ";" and copular_part(lows, m))) \
                and mentions[i - 1].breakdown and (mentions[i - 1].np_end >= c - 1 or all(
                    w in _CONDITION_WORDS for w in lows[mentions[i - 1].np_end:c])
                    or (copular_part(lows, m) and short_gap(lows[mentions[i - 1].np_end:c]))) \
                and not exceeds(m, mentions, mentions[i - 1].parent) \
                and not _new_clause(lows, m, mentions, mentions[i - 1].parent, starts, lex):
            # "... including four women and three children", "including a mother and her four
            # children"; not "two died, among them a nurse, and 14 people were injured": a part
            # is never larger than its total
            m.breakdown = True
            m.parent = mentions[i - 1].parent
            if m.parent is None and m.outcome is None and mentions[i - 1].outcome is not None \
                    and (lows[s + 1:s + 3] in (["was", "a"], ["was", "an"], ["is", "a"], ["is", "an"])
                         or copular_part(lows, m)):
                # "three of the dead were reporters and one was a cashier": one of the dead
                m.outcome, m.split = mentions[i - 1].outcome, mentions[i - 1].outcome in ("killed", "injured")
        if m.breakdown and m.parent is None and last_total is not None:
            m.parent = last_total
        if m.outcome is None and not m.breakdown and intake_count(lows, m, lex):
            # "the hospital received 16 patients" after the attack (before a condition told after
            # it: "received four patients, among them a man in critical condition")
            m.outcome = "injured"
        if m.outcome is None:
            a = trigger_after(lows, m, starts, mentions, lex)
            if a is None and m.np_end in aged_ends:  # "three men, ages 25, 34 and 23, were shot"
                a = trigger_after(lows, replace(m, np_end=aged_ends[m.np_end]), starts, mentions, lex)
            if a is None and m.head and m.count.qualifier == "exact" \
                    and (q := modifier_end(lows, raw, m.np_end, lex, starts)) is not None:
                # "a boy in Port Richey died", "three people inside the home were killed"
                a = trigger_after(lows, replace(m, np_end=q), starts, mentions, lex)
                a = a if a is not None and a[1] in ("killed", "injured", "shot", "condition") else None
            bf = trigger_before(lows, m, ends, mentions, lex)
            if not m.head and m.count.kind == "word" and m.count.low == 1 and not _object_one(lows, m):
                bf = None  # a bare "one" counts only as a subject: "one was killed", "one died"
            own = lows[m.np_end:m.np_end + 1] in _RELATIVE and (
                lows[m.count.start - 1:m.count.start] == ["and"]
                or lows[max(0, m.count.start - 3):m.count.start] == ["as", "well", "as"])
            if a is not None and (bf is None or a[0] <= bf[0] or own):
                # a coordinated count's own relative clause wins over the trigger it would share:
                # "20 wounded and seven who had been killed"
                m.outcome = a[1]
            elif bf is not None:
                m.outcome = bf[1]
        if m.outcome is None and m.head and not m.breakdown and not m.zero and i > 0 \
                and lows[max(0, m.count.start - 3):m.count.start] in _AS_WAS \
                and (shared := next((k.outcome for k in reversed(mentions[:i])
                                   if k.outcome in ("killed", "injured")), None)) is not None:
            m.outcome = shared  # "two adults were found dead, as were three children"
        if m.outcome is None and m.head and not m.breakdown and not m.zero:
            m.outcome = object_outcome(lows, m)  # "shot his son to death", "sent four people to the hospital"
        if m.outcome is None and m.head and not m.breakdown and not m.zero and "with" in lows:
            m.outcome = taken_with_wounds(lows, m)  # "two others were taken to the hospital with gunshot wounds"
        if m.outcome is None and m.count.end - m.count.start == 2 and lows[m.count.start + 1] in ORDINAL_ONE \
                and lows[m.np_end:m.np_end + 1] == ["with"] \
                and not _WOUND_NOUNS.isdisjoint(lows[m.np_end + 1:m.np_end + 5]):
            m.outcome = "injured"  # "three were found dead, a fourth with serious injuries"
        if m.outcome is None and m.head and not m.breakdown and i > 0:
            m.outcome = rest_of_whole(lows, m, mentions[:i])  # "..., AND THE THIRD WAS A FRUIT SELLER"
        if m.outcome is None and m.head and not m.zero and not (m.breakdown and m.parent is not None):
            # also a count after "including" with no count before it: "the entire X family,
            # including up to 40 civilians, were killed"
            m.outcome = subject_of_passive(lows, m, mentions, lex)
        if m.outcome in (None, "shot", "injured") and m.head and not m.breakdown and not m.zero:
            m.outcome = relative_death(lows, m) or m.outcome  # "a boy who shot himself ... has died"
        if m.outcome in ("shot", "injured") and m.head and not m.breakdown and not m.zero:
            m.outcome = shot_and_died(lows, m) or m.outcome  # "a boy was shot ... and later died"
        if m.outcome in (None, "shot", "injured") and m.head and not m.breakdown and not m.zero:
            m.outcome = hit_then_died(lows, m) or m.outcome  # "two students shot in the gym died"
        if m.outcome is None and m.breakdown and m.np_end < len(lows) and lows[m.np_end] in ("fatally", "mortally") \
                and lex.triggers_after.match_at(lows, m.np_end) is None:
            m.outcome = "killed"  # "wounded four people, one of them fatally": not the total's outcome
        if m.outcome is None and m.breakdown and m.parent is not None:
            m.outcome = mentions[m.parent].outcome
        if m.outcome is None and m.head and identified_victims(lows, m):
            m.outcome = "killed"  # "94 victims had been identified so far": the identified dead
            # a list of names is part of the toll: it counts only where the document gives no number
            m.named = m.named or lows[max(0, m.count.start - 2):m.count.start] == ["names", "of"]
        if m.outcome == "killed" and m.head and lows[m.np_end - 1] in lex.case_heads and m.count.start > 1 \
                and lows[m.count.start - 1] in ("to", "with", "of", "for") \
                and not lex.case_links.isdisjoint(lows[max(0, m.count.start - 5):m.count.start - 1]):
            m.outcome = None  # "a pistol tied to three homicides", "charged with two murders": cases
        if m.outcome == "killed" and m.head and lows[m.np_end - 1] in _CASES and m.count.start > 0 \
                and lows[m.count.start - 1] in ("the", "these", "those", "both"):
            m.outcome = None  # "THE TWO KILLINGS ARE NOT CONNECTED", "THESE TWO MURDERS": cases told before
        if m.outcome is None and m.zero and m.casualty_word:
            m.outcome = "killed"  # "found no civilian casualties"
        if (m.outcome is None and m.casualty_word and lows[m.count.start:m.np_end][-1:] != ["victims"]
                and sentence_has_death and not sentence_has_injury):
            m.outcome = "killed"
            by_death_word.append(i)
        if m.outcome is None and (m.breakdown or (s > 0 and lows[s - 1] == ",")) and m.np_end < len(lows) \
                and lows[m.np_end] in ("fatally", "mortally") \
                and lex.triggers_after.match_at(lows, m.np_end) is None:
            m.outcome = "killed"  # "five people were shot, two of them fatally"
        condition = m.condition = m.outcome == "condition"
        if condition and m.breakdown and m.parent is not None and mentions[m.parent].outcome == "injured" \
                and m.head and m.count.kind == "article":
            # "received four patients, among them a 40-year-old officer in critical condition": a
            # member of the injured named by who he is (not "two of them in critical condition")
            m.outcome, condition = "injured", False
        elif condition and not sentence_has_death and taken_alone(lows, m):
            m.outcome = None  # "three people were taken to hospital": the dead are taken there too
        elif condition:  # "two men are in stable condition" (see [outcomes.condition])
            m.outcome = None if m.breakdown or m.count.kind in ("vague", "plural") else "shot"
            m.named = m.named or m.outcome is not None  # only where no other number of injured
        if m.outcome == "shot":  # "three men were shot": hit, so injured unless a death is told
            m.hit = not condition
            # ("a child was shot" is too often a death told later to count as an injury, unless the
            # document tells no death at all)
            if m.count.kind == "article" and document_shot_injured and not sentence_has_death:
                m.outcome, m.named = "injured", True
            elif m.count.kind == "article" and not sentence_has_death and listed_pair(lows, mentions, i):
                m.outcome = "injured"  # "a 22-year-old man and a 19-year-old woman were shot": two
            elif not sentence_has_death and also_hit(lows, m):
                m.outcome, m.named = "injured", True  # "a woman was also shot": beside the dead
            elif sentence_has_death and survivor_before_death(lows, mentions, i):
                m.outcome, m.named = "injured", True  # "a woman who had been shot and a man who died"
            elif sentence_has_death and not m.breakdown and survivor_after_death(lows, mentions, i,
                                                                                 condition=condition):
                # "three were killed and two others are in critical condition", "a boy has died and
                # his father is still hospitalised": the death is another's
                m.outcome = "injured"
                m.named = m.named or m.count.kind == "article"
            else:
                m.outcome = None if sentence_has_death or m.count.kind == "article" else "injured"
        if m.outcome is not None and not m.breakdown:
            last_total = i
        if m.outcome is not None and not m.head and m.count.kind == "article":
            m.outcome = None
    partition_parts(lows, mentions, antecedent)  # "nine of them were soldiers and 15 were civilians"
    ordinal_rest(lows, mentions)  # "three of them were dead, and the fourth died in surgery": one more
    ordinals = ordinal_total(lows, mentions)  # "two men were pronounced dead, and the third person died later": 3
    if us_story:
        for m in mentions:
            if m.group == "civilians" and m.toll_noun in lex.us_people:
                m.group = "people"  # "the number of students killed rose to three" in a US story
    for m in mentions:
        if m.breakdown and m.parent is not None and m.group == "people" and m.np_end > 0 \
                and lows[m.np_end - 1] in _AGE_STATUS and mentions[m.parent].group in ("men", "women"):
            m.group = mentions[m.parent].group  # "three men, one of them elderly": one of the men
    hit_survivors(lows, mentions)  # "three people were shot, one fatally": two wounded
    survivor_parts(lows, mentions)  # "hit five people, two of whom lived": two wounded, no five
    for i in range(1, len(mentions)):
        if nested_part(lows, mentions[i], mentions[i - 1]):
            mentions[i].outcome = None  # "... and four children, one of them an infant": inside the four
            if i + 1 < len(mentions) and all(
                    t in AUX for t in lows[mentions[i].count.end + 2:mentions[i + 1].count.start]):
                mentions[i + 1].outcome = None  # "one of them (was) an infant": the infant is the one
    # elliptical coordination: "five peasants were killed and 12 wounded" -> 12 peasants;
    # "40 men were killed and 600 others are missing" -> 600 men
    for i in range(1, len(mentions)):
        m = mentions[i]
        before_m = [x for x in reversed(mentions[:i]) if not x.breakdown and x.head and not x.generic
                    and not x.zero and not (x.count.kind == "article" and x.outcome is None)]
        prev = next(iter(before_m), None)  # not the unharmed "a gunman" of "a gunman opened fire, ... wounding four"
        if prev is None or m.breakdown or m.outcome is None:
            continue
        if not _SELF_BLAST.isdisjoint(lows[prev.np_end:m.count.start]):
            continue  # "a suicide bomber blew himself up, killing three": not three bombers
        if prev.count.kind == "article" and prev.group in ("men", "women", "children"):
            # "one civilian, a young man X, was killed and others were wounded": not all men; the
            # count the article restates gives the group ("two civilians, both women, ... and others")
            prev = next((x for x in before_m[1:] if x.count.kind != "article" and x.group == "civilians"
                         and x.np_end <= prev.count.start), None)
            if prev is None:
                continue
        others = lows[m.count.end:m.np_end] in (["others"], ["other"], ["more"])
        bare = not m.head or (m.generic and m.group == "people")
        before = lows[m.count.start - 1] if m.count.start > 0 else ""
        if (others or bare) and (before == "and" or "and" in lows[prev.np_end:m.count.start][-3:]) \
                and not (prev.count.kind == "article" and lows[prev.count.start] == "the"):  # not "the police chief and two workers"
            m.group, m.subgroup = prev.group, prev.subgroup
    shared_nouns(lows, mentions)  # "45 GUERRILLAS KILLED, 30 WOUNDED"; "KILLING FIVE AND WOUNDING SEVEN SOLDIERS"
    # an apposition restating the count: "two civilians, both women, were killed" -> two civilians,
    # and the two women a part of them
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if (m.outcome is None and nxt.outcome is not None and m.head and not nxt.breakdown
                and m.count.kind != "article" and nxt.count.kind == "article" and nxt.count.low == m.count.low
                and m.group in ("civilians", "people") and lows[m.np_end:nxt.count.start] == [","]
                and lows[nxt.np_end:nxt.np_end + 1] == [","]):
            m.outcome = nxt.outcome
            nxt.breakdown, nxt.parent = True, i
    # coordination backwards: "a woman and her three children were killed"
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.outcome is None and nxt.outcome is not None and not nxt.breakdown and m.head:
            gap = lows[m.np_end:nxt.count.start]
            if gap and all(t in COORD or t in POSSESSIVE for t in gap) and "and" in gap:
                m.outcome = nxt.outcome
            elif relative_then_and(gap):
                # "two policemen who were escorting him and a passer-by were wounded": three
                m.outcome = nxt.outcome
    for m in mentions:
        if m.breakdown and identity_part(lows, m.count.end):
            m.outcome = None  # "six Jesuits, five of them Spanish": where five came from, not a toll
    dead_parts(lows, mentions)  # "six of the dead were found inside, two lay in the yard"
    gapped_places(lows, mentions)  # "two were killed in the kitchen and two in the hall"
    spelled_out(lows, mentions)  # "three children, two boys and a girl": parts of the three
    compared_counts(lows, mentions)  # "58 homicides this year, up from 44 in the same period of 2016"
    partitive_lead(lows, mentions)  # "Out of 30 martyrs, 18 were pulled out ...": parts of the 30
    mixed_casualties(lows, mentions)  # "60 casualties (41 dead, 19 wounded)": no one outcome
    death_of_others(lows, mentions, by_death_word)  # "12 casualties, though not one soldier was killed"
    parts_of_a_side(mentions, lows=lows, lex=lex)  # "15 soldiers were wounded, four of them seriously": four soldiers
    restated_parts(lows, mentions)  # "two cousins, one of them a boy": the child is the one
    leading_parts(lows, mentions, lex)  # "9 of the 21 people killed were children": 9 children of the 21
    totals = ordinals + list_totals(lows, mentions)  # "a woman, two men and a child were killed": 4
    totals += self_kill_totals(lows, mentions, lex, murder=document_murder_suicide)  # "killed his wife and then himself": 2
    totals += condition_clause_totals(lows, mentions)  # "one is in critical condition and four were treated": 5
    out = [m for m in mentions if m.outcome is not None and (m.head or m.count.kind != "article")
           and not (m.count.low == PLURAL_LOW and m.count.kind in ("vague", "plural")
                    and (not m.head or m.breakdown or m.outcome not in ("killed", "injured")
                         or (m.count.start > 0 and lows[m.count.start - 1] in NOT_A_COUNT) or lows[m.np_end - 1] in NOT_PLURAL_HEADS
                         or (lex.persons.match_ending_at(lows, m.np_end - 1) is None
                             and lows[m.np_end - 1] not in INJURY_HEADS)))]
    # a plural needs its own person noun and must not be a part of a counted total:
    # "several died", "many deaths", "several wounded" and "15 killed, including children" give none
    # a bare plural beside a counted toll of the same outcome is not a toll of its own
    # ("Relatives buried 18 civilians who were killed": the 18 were killed, not the relatives)
    counted = {m.outcome for m in out if m.count.kind != "plural"}
    out = [m for m in out if m.count.kind != "plural" or m.outcome not in counted]
    for k in totals:  # a total goes before its parts (they refer to it)
        t = mentions[k]
        out.remove(t)
        out.insert(min(j for j, m in enumerate(out) if m.parent == k), t)
    out = joint_outcomes(lows, mentions, out, lex)  # "dozens were killed and injured"
    if out and non_violent_cause(lows):  # "the pilot died in the emergency landing": not harm from violence
        out = [m for m in out if m.outcome not in ("killed", "injured")]
    return out
