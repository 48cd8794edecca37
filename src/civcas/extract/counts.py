"""Casualty counts inside one sentence: which numbers count people, which outcome, which group.

A count becomes a casualty figure only when it goes with a person noun or a casualty word *and* a
casualty trigger stands next to it in the grammatical sense the trigger allows:

* a trigger after the counted noun phrase, separated only by auxiliaries/adverbs
  ("12 civilians were reportedly killed", "five died", "three dead");
* a trigger before it, separated only by toll verbs and determiners
  ("killing at least 12", "the toll rose to 30", "claimed the lives of nine people");
* a noun that is itself the outcome ("12 deaths", "11 bodies");
* a breakdown of a total ("15 civilians, including four women", "12 people, four of them
  children", "among the dead were two girls"): outcome and ``parent`` from the total.

Active-voice subjects are not victims ("two gunmen killed three people" gives only the three).
Ages, years, times, distances, percentages, money and counted objects never become counts.

This module reads the counts (:func:`find_counts`); :mod:`civcas.extract.count_triggers` holds the
trigger and breakdown tests around a count and :mod:`civcas.extract.count_resolve` decides each
count's outcome, breakdown and parent (:func:`~civcas.extract.count_resolve.resolve`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from civcas.datafiles import load_toml
from civcas.extract.deadparts import found_verb_at, identity_noun_at, modified_person
from civcas.extract.forms import possessive_kin as _possessive_kin
from civcas.extract.forms import valid_count as _valid_count
from civcas.extract.heads import aged_noun as _aged_noun
from civcas.extract.heads import head_phrase as _head
from civcas.extract.kinloss import owner_end
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, parse_count
from civcas.extract.plurals import bare_plural
from civcas.extract.roleforms import possessive_role
from civcas.extract.shootings import another_count, pair_noun, parent_of_count, shares_article
from civcas.extract.shotforms import relative_of
from civcas.extract.text import Token
from civcas.extract.tollforms import minors_by_age

# the people of a party by their role ("two of the bodyguards were wounded"): a count of its own; a
# partitive over the victims, the men or the people ("two of the victims", "one of the men") is a
# part of a toll already told and is read elsewhere (extract/furtherparts)
_ROLE_PARTS = frozenset({"bodyguards", "escorts", "guards", "policemen", "soldiers", "passengers", "agents",
                         "crew", "employees", "workers", "officers", "troops", "peasants", "students",
                         "journalists", "members", "patrolmen", "militiamen", "security"})
# the attackers' own dead, two or more: "troops shot dead three of the raiders", "three of the bandits
# died" (not "troops killed one of the gunmen who attacked": who "one" is stays open)
_ATTACKER_PARTS = frozenset({"attackers", "assailants", "gunmen", "kidnappers", "abductors", "robbers",
                             "raiders", "hijackers", "bandits"})
_AUX = frozenset(["were", "was", "been", "being", "are", "is", "got", "get", "be"])
# "a sixth died later", "a third was wounded", "a fourth with serious injuries": one more person
_ORDINAL_ONE = frozenset(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                          "eleventh", "twelfth"])
_AFTER_ORDINAL = _AUX | frozenset(["died", "dies", "later", "also", "with", "has", "had", "remains", "remained",
                                   "succumbed", "suffered", "sustained"])
_ACTIVE_NEXT = frozenset(
    ["a", "an", "the", "his", "her", "him", "them", "us", "me", "their", "its", "at", "more", "some", "dozens", "scores", "hundreds", "several", "many", "up", "nearly", "about", "around", "over", "almost", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
_ACTIVE_VERBS = frozenset(
    ["killed", "wounded", "injured", "hurt", "slain", "murdered", "executed", "detained", "arrested", "abducted", "kidnapped", "captured", "seized", "massacred", "assassinated", "beheaded", "maimed", "buried"]
)
# first words of multi-word triggers that are also active verbs: "a gunman shot and killed a woman"
_ACTIVE_FIRST = frozenset(["shot", "fatally", "gunned", "stabbed", "beat", "beaten", "mortally"])
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_COORD = frozenset({"and", ",", "plus", "&"})
# words after a reduced passive ("two teens fatally shot outside a store"), never an object
_PLACE_WORDS = frozenset({"outside", "inside", "near", "behind", "across", "during", "while", "after",
                          "before", "along", "around", "early", "late", "last", "overnight", "tonight"})
_DASHES = frozenset({"–", "—", "--"})  # a parenthetical aside: "19 members – including four women – were"
_PUNCT_STOP = frozenset({".", ";", ":", "!", "?", "\"", "“", "”"})
_POSSESSIVE = frozenset({"her", "his", "their", "its", "the", "also"})
_KIN_DET = frozenset({"her", "his", "their"})  # "including a mother and her four children"
_INTENT = frozenset({"dropped", "intended", "meant", "aimed", "sought", "tried", "trying", "attempted",
                     "planned", "plan", "plans", "ordered", "designed", "fired", "launched", "wanted",
                     "threatened", "vowed", "seeking", "attempting", "aiming", "threaten", "threatens",
                     "threatening", "warned", "promised", "pledged", "swore", "vow", "vows"})
_AGE_WORDS = frozenset({"year-old", "years-old", "month-old", "week-old", "day-old"})
_TOLL_WORDS = frozenset({"toll", "count", "tally", "total", "number"})
_TOLL_VERBS = frozenset({"rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches",
                         "stood", "stands", "jumped", "increased", "hit", "grew", "put", "be", "is",
                         "was", "at", "to", "reach", "mounted", "soared"})


@dataclass(slots=True)
class Mention:
    """A count in a sentence with what was learned about it."""

    count: Count
    np_end: int  # token index after the counted noun phrase
    group: str = "people"
    subgroup: str | None = None
    head: bool = False  # a person noun (or casualty noun) goes with the count
    outcome: str | None = None
    breakdown: bool = False
    parent: int | None = None  # index into the sentence's mention list
    casualty_word: bool = False
    family: tuple[int, int] | None = None  # token span of "the X family"
    zero: bool = False  # "no civilians were killed"
    named: bool = False  # one named or pronoun victim: "Judge X was murdered"
    generic: bool = False  # no person noun of its own: "56 dead", "the toll rose to 30", "relatives"
    apposed: bool = False  # "one civilian, a child, was killed": "a child" describes the one
    hit: bool = False  # a count of people hit: "three men were shot" (extract/hitcounts)
    hit_dead: int = 0  # of them dead, told in the same sentence ("three were shot, one fatally")
    condition: bool = False  # counted by a hospital condition ("one man is in critical condition")
    kin_list: bool = False  # a list total of relatives named by kinship alone ("his wife and son", lists.py)
    split: bool = False  # a part of the toll the sentence before told ("nine of them were soldiers", partitions.py)
    toll_noun: str | None = None  # the person noun of its toll ("the number of students killed")
    details: list[str] = field(default_factory=list)


def _is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


_STARTERS: dict[int, frozenset[str]] = {}


def _starters(lex: Lexicon) -> frozenset[str]:
    """Tokens that can begin a count (a cheap filter before parsing), cached per lexicon."""
    got = _STARTERS.get(id(lex))
    if got is None:
        out = set(lex.units) | set(lex.tens) | set(lex.articles) | {"between", "from"} | _POSSESSIVE_DET
        for table in (lex.qualifiers, lex.vague, lex.zero):
            out |= set(table.by_first)
        got = _STARTERS[id(lex)] = frozenset(out)
    return got


_LOOKED: dict[int, frozenset[str]] = {}


def _looked(lex: Lexicon) -> frozenset[str]:
    """Words at which :func:`find_counts` does more than step to the next token: count starters,
    bare plurals, "another" and the person nouns an article count may share ("a man and woman");
    tokens with a digit first or a hyphen are looked at too. Cached per lexicon."""
    got = _LOOKED.get(id(lex))
    if got is None:
        kin = load_toml("extract", "shootings.toml")["kinship"]
        shared = kin["shared_article"] + kin["shared_modifiers"]
        got = _LOOKED[id(lex)] = _starters(lex) | lex.plurals | frozenset(shared) | {"another"}
    return got


@lru_cache(maxsize=1)
def _that_verbs() -> frozenset[str]:
    """Verbs whose "that" opens a clause ("confirmed that one is dead"; ``[reports]``)."""
    return frozenset(load_toml("extract", "shootings.toml")["reports"]["that_verbs"])


def find_counts(tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """Candidate counts with their noun phrase (no outcome decided yet, except head nouns)."""
    lows = [t.low for t in tokens]
    n = len(lows)
    looked = _looked(lex)
    # the tokens the loop below does anything at (every other token only moves it on by one)
    at = [k for k, w in enumerate(lows) if w in looked or w[0].isdigit() or "-" in w or w.endswith(_S)]
    if not at:
        return []
    spaces = [a.end + 1 == b.start for a, b in pairwise(tokens)] + [False]
    out: list[Mention] = []
    starters = _starters(lex)
    plurals = lex.plurals
    i = related = 0
    while i < n:
        nxt = bisect_left(at, i)  # on to the next token looked at
        if nxt == len(at):
            break
        i = at[nxt]
        tok = lows[i]
        shared = bool(out) and shares_article(lows, i, out[-1])  # "a man and woman"
        owner = tok.endswith(_S) and i > 0 and lows[i - 1] == "the" and possessive_role(lows, i - 1) is not None
        if not (tok[:1].isdigit() or tok in starters or ("-" in tok and tok.split("-", 1)[0] in lex.tens)
                or shared or tok == "another" or owner):
            bp = bare_plural(lows, i, lex) if tok in plurals and not (out and out[-1].np_end == i) else None
            if bp is not None:  # "others were injured": at least two (see plurals.py)
                out.append(bp)
                i = bp.np_end
                continue
            i += 1
            continue
        z = lex.zero.match_at(lows, i)
        if z is not None:
            m = Mention(Count(None, None, "exact", i, z[0], "zero"), z[0], zero=True)
            end = _head(lows, z[0], m.count, lex, m)
            if lows[i] in ("no", "not") and not m.head and lows[i + 1] not in ("one",):
                # "no casualties" style phrases carry their own noun
                m.head = lows[z[0] - 1] in lex.casualty_words or lows[z[0] - 1] in (
                    "deaths", "fatalities", "injuries")
                if lows[z[0] - 1] in ("deaths", "fatalities"):
                    m.outcome = "killed"
                if lows[z[0] - 1] == "injuries":
                    m.outcome = "injured"
            m.np_end = max(end, z[0])
            if lows[z[0] - 1] in ("civilians", "civilian"):
                m.group = "civilians"
            elif lows[z[0] - 1] == "children":
                m.group = "children"
            out.append(m)
            i = m.np_end
            continue
        if tok in _OBJECT_PRONOUNS and i > 0 and lows[i + 1:i + 2] == ["and"] and i + 3 < n \
                and (lows[i + 2] in starters or lows[i + 2][:1].isdigit()) \
                and lows[i + 3] not in ("others", "other", "more") \
                and (t := lex.triggers_before.match_ending_at(lows, i - 1)) is not None and t[1] == "killed":
            # "opened fire, killing her and a 7-year-old pupil": the pronoun is one of the dead (not
            # "killing him and nine more people": one and others, lists.py)
            m = Mention(Count(1, 1, "exact", i, i + 1, "word"), i + 1, head=True,
                        group=_OBJECT_PRONOUNS[tok])
            out.append(m)
            i += 1
            continue
        role = False
        if tok in _POSSESSIVE_DET:
            c = _possessive_kin(lows, i, lex)
            if c is None:
                c = possessive_role(lows, i)  # "killing her chauffeur and two of her guards"
                role = c is not None
            if c is None:
                i += 1
                continue
        elif owner:
            c, role = possessive_role(lows, i - 1), True  # "THE VICTIMS INCLUDED THE SENATOR'S CHAUFFEUR"
        elif i > 0 and lows[i - 1] == "and" and out and out[-1].count.kind == "article" \
                and out[-1].np_end == i - 1 and _aged_noun(lows, i, lex):
            # "killed a 52-year-old man and 14-year-old boy": the article is shared
            c = Count(1, 1, "exact", i, i, "article")
        elif shared:  # "a man and woman were found dead", "her father and daughter"
            c = Count(1, 1, "exact", i, i, "article")
        elif tok == "another":  # "three were killed and another critically injured"
            c = another_count(lows, i, lex)
        elif tok in ("a", "an") and i + 2 < n and lows[i + 1] in _ORDINAL_ONE and (
                lows[i + 2] in _AFTER_ORDINAL or (
                    i > 0 and lex.persons.match_at(lows, i + 2) is None
                    and lex.triggers_before.match_ending_at(lows, i - 1) is not None)):
            # "five were killed and a sixth died later"; "shot dead six people and wounded a seventh"
            c = Count(1, 1, "exact", i, i + 2, "word")
        elif tok in ("a", "an") and (rel := relative_of(lows, i, lex)) is not None:
            # "Tom Reed, the teenage son of a local pastor, was killed": the son, not the pastor
            c, related = Count(1, 1, "exact", rel, rel, "article"), i
        else:
            c = parse_count(lows, i, lex, spaces)
        if c is None or not _valid_count(lows, c, lex):
            # a range is no count as a whole: "four victims, ages 19 to 24, were shot" has no 24
            i = c.end if c is not None and c.qualifier in ("range", "up_to") and c.end > i else i + 1
            continue
        if c.kind == "word" and lows[i] == "one" and i > 0 and (
                lows[i - 1] in ("the", "this")
                or (lows[i - 1] == "that" and (i + 1 >= n or lows[i + 1] in _REFERRING_ONE)
                    and not (i >= 2 and lows[i - 2] in _that_verbs()))):
            i += 1
            continue  # "the one who was injured" is a reference, not a count ("said that one
            # person was killed" is a count: "that" opens the clause)
        m = Mention(c, c.end)
        if tok in _POSSESSIVE_DET or role:
            # like a named victim: counts only where the document gives no number (a role coordinated
            # with a count is one of the harmed beside it: roleforms.coordinated_roles)
            m.named = True
        elif shared and out[-1].named:
            m.named = True  # "her father and daughter": both relatives of one person
        if parent_of_count(lows, c.start) and c.kind in ("digit", "word"):
            i = max(c.end, _head(lows, c.end, c, lex, Mention(c, c.end)))
            continue  # "a father of two (young children)": his children, not victims
        k = c.end
        skip_to = 0  # the end of the whole in "one of the three": never a count of its own
        if k + 1 < n and lows[k] == "of" and c.kind not in ("vague",):
            if lows[k + 1] in ("his", "her", "their", "our", "its") and \
                    lex.persons.match_at(lows, k + 2) is not None:
                k += 2  # "ten of his family members"
            elif (c.low or 0) > 1 and (own := owner_end(lows, k + 1)) is not None \
                    and lex.persons.match_at(lows, own) is not None \
                    and lex.heads.match_at(lows, own) is None and lows[own] not in lex.casualty_words:
                k = own - 1  # "three of Samira's daughters", "two of the Odeh family's children"
            elif lows[k + 1] == "the" and c.kind in ("digit", "word") and k + 2 < n \
                    and (lows[k + 2] in _ROLE_PARTS or (lows[k + 2] in _ATTACKER_PARTS and (c.low or 0) > 1)) \
                    and lex.persons.match_at(lows, k + 2) is not None \
                    and not (c.start > 0 and lows[c.start - 1] in _AUX | {"as", "become", "became"}):
                # "wounded two of the bodyguards": a count of them (not "two of the victims", nor who a
                # person was: "A and B were two of the gunmen, detectives said")
                k += 2
            elif lows[k + 1] in ("them", "whom") or (lows[k + 1] == "those" and not (
                    (tb := lex.breakdown.match_at(lows, k)) is not None and tb[1])):
                # "six of those killed were children" is read below, with its outcome
                m.breakdown = True
                k += 2
                while k < n and lows[k] in _AUX:
                    k += 1
                if minors_by_age(lows, k, lex):
                    m.head, m.group = True, "children"  # "nine of them were younger than ten"
            elif (v := _victims_harmed(lows, k, lex)) is not None:
                # "one of the victims died", "three of the gunshot victims were treated and
                # released": the verb tells the outcome of the partitive, a count of its own
                # (a part of a larger toll told before it: extract/furtherparts)
                m.breakdown, m.head, m.generic = True, True, True
                if lows[v - 1] == "patients":
                    m.group = "civilians"  # a hospital's patients, as its intake counts them
                k = v
            else:
                b = lex.breakdown.match_at(lows, k)
                if b is not None and b[1]:
                    m.breakdown = True
                    m.outcome = b[1]
                    k = b[0]
                    while k < n and lows[k] in _AUX:
                        k += 1
                    if minors_by_age(lows, k, lex):  # "nine of the dead were under the age of five"
                        m.head, m.group, m.np_end = True, "children", k
                        out.append(m)
                        i = k
                        continue
                    if lex.persons.match_at(lows, k) is None and (j := modified_person(lows, k, lex)) is not None:
                        k = j  # "three of the dead were Akron police officers"
                    if lex.persons.match_at(lows, k) is None:
                        if b[1] == "killed" and lows[b[0] - 1] != "victims" and found_verb_at(lows, b[0]):
                            # "six of the dead were found in the loading bay": a part of the toll
                            # (not "one of the victims was shot in the leg": the victims may be hurt)
                            m.head, m.generic, m.np_end = True, True, b[0]
                            out.append(m)
                            i = k
                            continue
                        died = _died_later(lows, k, lex) if b[1] == "injured" else None
                        if died is not None:  # "two of the wounded had died": killed, not injured
                            m.breakdown, m.outcome, m.head, m.generic = False, "killed", True, True
                            m.np_end = k
                            out.append(m)
                            i = died
                            continue
                        if (c.low or 0) > 1 and c.start > 0 \
                                and (lex.triggers_before.match_ending_at(lows, c.start - 1) is not None
                                     or lows[max(0, c.start - 2):c.start] == ["names", "of"]):
                            # "the burial of 43 of the victims", "posted the names of 17 of the
                            # victims": a count of its own
                            m.breakdown, m.head, m.generic = False, True, True
                            m.named = lows[max(0, c.start - 2):c.start] == ["names", "of"]  # see _identified
                            m.np_end = k
                            out.append(m)
                            i = k
                            continue
                        i = k
                        continue  # "one of the injured, a man named ..." is not a new count
                elif lows[k + 1] == "the" and c.kind in ("digit", "word") \
                        and (whole := _partitive_whole(lows, k + 2, c, lex, spaces)) is not None:
                    k = skip_to = whole  # "one of the three leaders was found dead": one, not three
                elif lows[k + 1] not in lex.units and not _is_number_token(lows[k + 1]):
                    i = c.end
                    continue  # "one of the", "two of his sons" is handled below
        if k + 1 < n and lows[k] in ("were", "are") and lex.persons.match_at(lows, k + 1) is not None \
                and c.kind in ("digit", "word"):
            k += 1  # "of the wounded, 16 were children"
        elif k == c.end and c.kind == "word" and c.low == 1 and out and out[-1].breakdown \
                and (j := identity_noun_at(lows, k, lex)) is not None:
            k = j  # "three of the dead were reporters and one was a cashier"
        if tok == "another" and c.kind == "word":  # "and another critically injured": a verb follows
            out.append(m)
            i = c.end
            continue
        end = _head(lows, k, c, lex, m)
        m.np_end = max(end, c.end) if end > k else (k if m.breakdown else c.end)
        if related:  # the relative's phrase runs on over "of a local pastor"
            m.np_end = max(m.np_end, _head(lows, related + 1, Count(1, 1, "exact", related, related + 1, "article"),
                                           lex, Mention(Count(1, 1, "exact", related, related + 1, "article"),
                                                        related + 1)))
            related = 0
        if skip_to:
            m.np_end = max(m.np_end, skip_to)
            m.outcome = None  # "one of the two wounded soldiers later died": the verb decides
        if c.kind == "article" and (not m.head or (m.np_end < n and lows[m.np_end] in ("'", "’"))
                                    or lows[m.np_end - 1].endswith(("'s", "’s"))
                                    or (tok in ("a", "an") and lows[m.np_end - 1] in lex.possessive_only)):
            i += 1  # "a girls' school", "a children's hospital": a modifier, not one person; "a friend"
            continue
        if c.year_like and not m.head:
            i = c.end
            continue
        if c.start >= 2 and lows[c.start - 2] == "family" and lows[c.start - 1] == "of" \
                and c.kind in ("digit", "word"):  # "a family of five", not "the family of a boy"
            m.head, m.group, m.subgroup = True, "people", "family"
        if m.group == "people" and m.subgroup is None and c.kind in ("digit", "word") \
                and (status := _status_apposition(lows, m.np_end, lex)) is not None:
            # "five people, all civilians,", "12 people said to be civilians"; the words of the
            # apposition are read no further (no bare plural "children" in "all women and children")
            m.group, skip_to = status
        if c.kind in ("digit", "word") and (_none_of(lows, c.start) or (
                out and out[-1].zero and out[-1].count.kind == "zero" and _none_of(lows, out[-1].count.start)
                and out[-1].np_end == c.start - 1 and lows[c.start - 1] == "and")) and not (
                m.np_end < n and lows[m.np_end] not in _AUX and lex.triggers_after.match_at(lows, m.np_end)):
            # "none of the four priests was hurt": no one of them, a zero like "no civilians"
            # (but "none of the 12 people killed were fighters" keeps its toll of 12)
            m.count, m.zero = Count(None, None, "exact", c.start, c.end, "zero"), True
        if pair_noun(lows, m):  # "a couple": two people
            m.count = Count(2, 2, "exact", c.start, c.end, "word")
        out.append(m)
        i = max(m.np_end, skip_to)
    return out


def _partitive_whole(lows: list[str], k: int, c: Count, lex: Lexicon, spaces: list[bool]) -> int | None:
    """The end of the larger number of "one of the three leaders" (``k`` after "of the"), whose
    people are counted by ``c``; None when there is none or when that phrase states a toll of its
    own ("six of the 40 people killed were children")."""
    whole = parse_count(lows, k, lex, spaces)
    if whole is None or whole.kind not in ("digit", "word") or (whole.low or 0) <= (c.low or 0):
        return None
    head = Mention(whole, whole.end)
    end = _head(lows, whole.end, whole, lex, head)
    if head.outcome is not None or (end < len(lows) and lows[end] in ("who", "that", "which")) \
            or not lex.trigger_words.isdisjoint(lows[whole.end:end]):
        return None  # "two of the 12 wounded were children", "one of the two who died": the whole's toll
    if end > whole.end and end < len(lows) and lows[end] not in _AUX and lows[end] not in ("died", "dies") \
            and lex.triggers_after.match_at(lows, end) is not None:
        return None  # "the 40 people killed": a toll (but "one of the three victims died")
    return whole.end


# "five people, all civilians", "all of them civilians", "said to be civilians", "identified as
# civilians": the status of everyone counted (not "mostly civilians", not "including civilians")
_STATUS_ALL = (("all", "of", "them"), ("all", "of", "whom", "were"), ("all",), ("said", "to", "be"),
               ("believed", "to", "be"), ("thought", "to", "be"), ("reported", "to", "be"),
               ("understood", "to", "be"), ("described", "as"), ("identified", "as"))
_STATUS_GROUPS = frozenset({"civilians", "children", "women", "men", "combatants"})
_CIVILIAN_GROUPS = frozenset({"civilians", "children", "women"})


def _status_apposition(lows: list[str], k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The group an apposition after a count of people at ``k`` gives all of them ("12 people,
    all civilians, were killed" -> civilians) and the end of the apposition, or None."""
    comma = k < len(lows) and lows[k] == ","
    if comma:
        k += 1
    for words in _STATUS_ALL:
        if tuple(lows[k:k + len(words)]) == words:
            pm = lex.persons.match_at(lows, k + len(words))
            if pm is None:
                return None
            end, (group, sub) = pm
            plural = lows[end - 1].endswith("s") or lows[end - 1] in ("men", "women", "children")
            if group not in _STATUS_GROUPS or sub is not None or not plural:
                return None
            other = lex.persons.match_at(lows, end + 1) if lows[end:end + 1] == ["and"] else None
            if other is not None and other[1][0] != group:
                # "all of whom were women and children": civilians, when every part is one
                both = {group, other[1][0]}
                return ("civilians", other[0]) if both <= _CIVILIAN_GROUPS else None
            return group, end
    return None


_NONE = frozenset({"none", "neither"})


def _none_of(lows: list[str], start: int) -> bool:
    """The count at ``start`` follows "none of (the|his|...)" or "neither of (the)"."""
    k = start - 1
    if k >= 0 and lows[k] in ("the", "his", "her", "their", "its", "our"):
        k -= 1
    return k >= 1 and lows[k] == "of" and lows[k - 1] in _NONE


_POSSESSIVE_DET = frozenset({"his", "her", "their"})
_S = ("'s", "’s")  # a possessive token: "governor's"
# an object pronoun coordinated with a count after a killing verb ("killing her and a pupil")
_OBJECT_PRONOUNS = {"her": "women", "him": "men"}
# after "that one": a reference ("that one who was hurt", "that one, not this"), not a count
_REFERRING_ONE = frozenset({"who", "whom", "which", "that", ",", ".", ";", ":", "of", "is", "was"})
_LATER = frozenset({"had", "have", "has", "later", "since", "subsequently", "also", "then"})


def _died_later(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The end of a death trigger at ``k`` (after auxiliaries and "later"): "two of the wounded had
    died", "one of the injured later died in hospital"; else None."""
    while k < len(lows) and (lows[k] in _AUX or lows[k] in _LATER):
        k += 1
    t = lex.triggers_after.match_at(lows, k)
    return t[0] if t is not None and t[1] == "killed" else None


_VICTIMS = frozenset({"victims", "patients"})  # "three of the patients died there"
_FINITE_DEATH = frozenset({"died", "dies", "succumbed", "perished"})


def _victims_harmed(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The end of "of the (gunshot|shooting) victims" at ``k`` (on "of") when a killing or
    injuring verb follows it (after auxiliaries and "later": "one of the victims has since died",
    "two of the victims were treated and released"); else None.  A hit ("one of the victims was
    shot in the leg") or a description ("one of the victims was a nurse") is no count."""
    n = len(lows)
    if k + 2 >= n or lows[k + 1] not in ("the", "those", "these"):
        return None
    v = next((q for q in range(k + 2, min(n, k + 5)) if lows[q] in _VICTIMS), None)
    if v is None or any(not w.isalpha() for w in lows[k + 2:v]):
        return None
    q = v + 1
    while q < n and q < v + 5:
        t = lex.triggers_after.match_at(lows, q)
        if t is not None:
            if q == v + 1 and lows[q] not in _AUX and lows[q] not in _FINITE_DEATH:
                return None  # "two of the victims killed, A and B, were ...": a reduced relative
            return v + 1 if t[1] in ("killed", "injured") else None
        if lows[q] not in _AUX and lows[q] not in _LATER and lows[q] != "pronounced" \
                and not (lows[q].endswith("ly") and len(lows[q]) > 4):
            return None
        q += 1
    return None

