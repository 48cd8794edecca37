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

This module reads the counts (:func:`find_counts`); :mod:`civcas.extract.count_partitives` reads
the "of" phrase after a count ("two of the bodyguards", "three of the dead were children"),
:mod:`civcas.extract.count_triggers` holds the trigger and breakdown tests around a count and
:mod:`civcas.extract.count_resolve` decides each count's outcome, breakdown and parent
(:func:`~civcas.extract.count_resolve.resolve`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from civcas.datafiles import load_toml
from civcas.extract.count_partitives import none_of, of_phrase, status_apposition
from civcas.extract.deadparts import identity_noun_at
from civcas.extract.forms import possessive_kin as _possessive_kin
from civcas.extract.forms import valid_count as _valid_count
from civcas.extract.heads import AUX
from civcas.extract.heads import aged_noun as _aged_noun
from civcas.extract.heads import head_phrase as _head
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, parse_count
from civcas.extract.plurals import bare_plural
from civcas.extract.roleforms import office_end, office_words, possessive_role
from civcas.extract.shootings import another_count, pair_noun, parent_of_count, shares_article
from civcas.extract.shotforms import relative_of
from civcas.extract.text import Token

# "a sixth died later", "a third was wounded", "a fourth with serious injuries": one more person
ORDINAL_ONE = frozenset(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                          "eleventh", "twelfth"])
_AFTER_ORDINAL = AUX | frozenset(["died", "dies", "later", "also", "with", "has", "had", "remains", "remained",
                                   "succumbed", "suffered", "sustained"])
ACTIVE_NEXT = frozenset(
    ["a", "an", "the", "his", "her", "him", "them", "us", "me", "their", "its", "at", "more", "some", "dozens", "scores", "hundreds", "several", "many", "up", "nearly", "about", "around", "over", "almost", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
ACTIVE_VERBS = frozenset(
    ["killed", "wounded", "injured", "hurt", "slain", "murdered", "executed", "detained", "arrested", "abducted", "kidnapped", "captured", "seized", "massacred", "assassinated", "beheaded", "maimed", "buried"]
)
# first words of multi-word triggers that are also active verbs: "a gunman shot and killed a woman"
ACTIVE_FIRST = frozenset(["shot", "fatally", "gunned", "stabbed", "beat", "beaten", "mortally"])
MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
COORD = frozenset({"and", ",", "plus", "&"})
# words after a reduced passive ("two teens fatally shot outside a store"), never an object
PLACE_WORDS = frozenset({"outside", "inside", "near", "behind", "across", "during", "while", "after",
                          "before", "along", "around", "early", "late", "last", "overnight", "tonight"})
DASHES = frozenset({"–", "—", "--"})  # a parenthetical aside: "19 members – including four women – were"
PUNCT_STOP = frozenset({".", ";", ":", "!", "?", "\"", "“", "”"})
POSSESSIVE = frozenset({"her", "his", "their", "its", "the", "also"})
KIN_DET = frozenset({"her", "his", "their"})  # "including a mother and her four children"
INTENT = frozenset({"dropped", "intended", "meant", "aimed", "sought", "tried", "trying", "attempted",
                     "planned", "plan", "plans", "ordered", "designed", "fired", "launched", "wanted",
                     "threatened", "vowed", "seeking", "attempting", "aiming", "threaten", "threatens",
                     "threatening", "warned", "promised", "pledged", "swore", "vow", "vows"})
_AGE_WORDS = frozenset({"year-old", "years-old", "month-old", "week-old", "day-old"})
TOLL_WORDS = frozenset({"toll", "count", "tally", "total", "number"})
TOLL_VERBS = frozenset({"rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches",
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


def is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


_STARTERS: dict[int, frozenset[str]] = {}


def _starters(lex: Lexicon) -> frozenset[str]:
    """Tokens that can begin a count (a cheap filter before parsing), cached per lexicon."""
    got = _STARTERS.get(id(lex))
    if got is None:
        out = set(lex.units) | set(lex.tens) | set(lex.articles) | {"between", "from"} | _POSSESSIVE_DET
        out |= {t + u for t in lex.tens for u, v in lex.units.items() if 0 < v < 10}  # "thirtythree"
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
        got = _LOOKED[id(lex)] = _starters(lex) | lex.plurals | frozenset(shared) | {"another"} | office_words()
    return got


@lru_cache(maxsize=1)
def _that_verbs() -> frozenset[str]:
    """Verbs whose "that" opens a clause ("confirmed that one is dead"; ``[reports]``)."""
    return frozenset(load_toml("extract", "shootings.toml")["reports"]["that_verbs"])



def find_counts(tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """Candidate counts with their noun phrase (no outcome decided yet, except head nouns): at each
    token looked at a bare plural, a zero or pronoun (:func:`_word_mention`), the count itself
    (:func:`_count_at`), its "of" phrase (:func:`~civcas.extract.count_partitives.of_phrase`) and
    the rest of its noun phrase (:func:`_subject_noun`, :func:`_close_phrase`, :func:`_settle`)."""
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
        owner = (tok.endswith(_S) or tok in office_words()) and i > 0 and lows[i - 1] == "the" \
            and possessive_role(lows, i - 1) is not None  # "the senator's chauffeur", "the mayor of X"
        kin_owner = -1 if owner else _kin_of_named(lows, i, lex)  # "GUNMEN WOUNDED CASTRO'S SON"
        if not (tok[:1].isdigit() or tok in starters or ("-" in tok and tok.split("-", 1)[0] in lex.tens)
                or shared or tok == "another" or owner or kin_owner >= 0):
            bp = bare_plural(lows, i, lex) if tok in plurals and not (out and out[-1].np_end == i) else None
            if bp is not None:  # "others were injured": at least two (see plurals.py)
                out.append(bp)
                i = bp.np_end
                continue
            i += 1
            continue
        if (wm := _word_mention(lows, i, lex, starters)) is not None:  # "no civilians", "killing her and"
            out.append(wm)
            i = wm.np_end
            continue
        if (span := extent_end(lows, i)) is not None:
            i = span  # "25 people, from a baby of eight months to a man of 81, died": no one counted
            continue
        c: Count | None
        if kin_owner >= 0:  # the name and its relative: one person
            c, role, rel = Count(1, 1, "exact", kin_owner, i + 1, "article"), True, None
        else:
            c, role, rel = _count_at(lows, i, lex, out, spaces, shared=shared, owner=owner)
        if rel is not None:
            related = rel
        if c is None or not _valid_count(lows, c, lex):
            # a range is no count as a whole: "four victims, ages 19 to 24, were shot" has no 24
            i = c.end if c is not None and c.qualifier in ("range", "up_to") and c.end > i else i + 1
            continue
        if _referring_one(lows, i, c):
            i += 1
            continue  # "the one who was injured" is a reference, not a count ("said that one
            # person was killed" is a count: "that" opens the clause)
        # a kin or role is like a named victim: counts only where the document gives no number (a role
        # coordinated with a count is one of the harmed beside it: roleforms.coordinated_roles); "her
        # father and daughter": both relatives of one person
        m = Mention(c, c.end, named=bool(tok in _POSSESSIVE_DET or role or (shared and out[-1].named)))
        if parent_of_count(lows, c.start) and c.kind in ("digit", "word"):
            i = max(c.end, _head(lows, c.end, c, lex, Mention(c, c.end)))
            continue  # "a father of two (young children)": his children, not victims
        k = c.end
        skip_to = 0  # the end of the whole in "one of the three": never a count of its own
        if k + 1 < n and lows[k] == "of" and c.kind not in ("vague",):
            k, skip_to, moved = of_phrase(lows, m, out, lex, spaces)
            if moved is not None:
                i = moved
                continue
        k = _subject_noun(lows, k, c, out, lex)
        if tok == "another" and c.kind == "word":  # "and another critically injured": a verb follows
            out.append(m)
            i = c.end
            continue
        _close_phrase(lows, m, k, related, skip_to, lex)
        related = 0
        if _modifier(lows, m, tok, lex):
            i += 1  # "a girls' school", "a children's hospital": a modifier, not one person; "a friend"
            continue
        if c.year_like and not m.head:
            i = c.end
            continue
        skip_to = _settle(lows, m, skip_to, out, lex)
        if owner:
            m.np_end = max(m.np_end, office_end(lows, c.end))  # "the police chief": both words
        out.append(m)
        i = max(m.np_end, skip_to)
    return out


def _word_mention(lows: list[str], i: int, lex: Lexicon, starters: frozenset[str]) -> Mention | None:
    """A count its words give at ``i`` without a number: a zero ("no civilians") or an object
    pronoun among the dead ("killing her and a pupil"), else None."""
    z = lex.zero.match_at(lows, i)
    if z is not None:
        return _zero_mention(lows, i, z[0], lex)
    if _pronoun_victim(lows, i, lex, starters):
        # "opened fire, killing her and a 7-year-old pupil": the pronoun is one of the dead (not
        # "killing him and nine more people": one and others, lists.py)
        return Mention(Count(1, 1, "exact", i, i + 1, "word"), i + 1, head=True,
                       group=_OBJECT_PRONOUNS[lows[i]])
    return None


def _zero_mention(lows: list[str], i: int, end: int, lex: Lexicon) -> Mention:
    """The zero count of "no civilians", "no one", "not a single person" at ``i`` (its zero phrase
    ending at ``end``), with the outcome and group its own words give ("no deaths")."""
    m = Mention(Count(None, None, "exact", i, end, "zero"), end, zero=True)
    np_end = _head(lows, end, m.count, lex, m)
    if lows[i] in ("no", "not") and not m.head and lows[i + 1] not in ("one",):
        # "no casualties" style phrases carry their own noun
        m.head = lows[end - 1] in lex.casualty_words or lows[end - 1] in (
            "deaths", "fatalities", "injuries")
        if lows[end - 1] in ("deaths", "fatalities"):
            m.outcome = "killed"
        if lows[end - 1] == "injuries":
            m.outcome = "injured"
    m.np_end = max(np_end, end)
    if lows[end - 1] in ("civilians", "civilian"):
        m.group = "civilians"
    elif lows[end - 1] == "children":
        m.group = "children"
    return m


def _pronoun_victim(lows: list[str], i: int, lex: Lexicon, starters: frozenset[str]) -> bool:
    """An object pronoun at ``i`` coordinated with a count after a killing verb ("killing her and
    two pupils"), not one coordinated with others ("killing him and nine more")."""
    n = len(lows)
    return lows[i] in _OBJECT_PRONOUNS and i > 0 and lows[i + 1:i + 2] == ["and"] and i + 3 < n \
        and (lows[i + 2] in starters or lows[i + 2][:1].isdigit()) \
        and lows[i + 3] not in ("others", "other", "more") \
        and (t := lex.triggers_before.match_ending_at(lows, i - 1)) is not None and t[1] == "killed"


_NOT_OWNER = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})


def _kin_of_named(lows: list[str], i: int, lex: Lexicon) -> int:
    """The start of a named person whose relative follows a killing or wounding verb: "the gunmen
    also wounded Castro's son", "rebels killed Ana Ruiz's husband" (one person, counted like "his
    son"); -1 for "the mayor's son" (a role's, read by :func:`possessive_role`) or no such verb."""
    tok = lows[i]
    if not tok.endswith(_S) or not tok[:-2].isalpha() or tok[:-2] in lex.kin or i + 1 >= len(lows) \
            or lows[i + 1] not in lex.kin:
        return -1
    k = i - 1  # the name: one to three words back to the verb
    while k > 0 and i - k <= 3 and lows[k].isalpha() and lows[k] not in _NOT_OWNER \
            and lex.triggers_before.match_ending_at(lows, k) is None:
        k -= 1
    t = lex.triggers_before.match_ending_at(lows, k)
    return k + 1 if k < i and t is not None and t[1] in ("killed", "injured") else -1


def _count_at(lows: list[str], i: int, lex: Lexicon, out: list[Mention], spaces: list[bool], *,
              shared: bool, owner: bool) -> tuple[Count | None, bool, int | None]:
    """The count that starts at ``i``: ``(count or None, by a role, related)``.  A role is a person
    by their place to another ("her chauffeur", "the senator's chauffeur"); ``related`` is the start
    of "a/an" in "the son of a local pastor" (the son is counted, the pastor's phrase is read on),
    else None."""
    n = len(lows)
    tok = lows[i]
    if tok in _POSSESSIVE_DET:
        c = _possessive_kin(lows, i, lex)
        if c is None:
            c = possessive_role(lows, i)  # "killing her chauffeur and two of her guards"
            return c, c is not None, None
        return c, False, None
    if owner:
        return possessive_role(lows, i - 1), True, None  # "THE VICTIMS INCLUDED THE SENATOR'S CHAUFFEUR"
    if i > 0 and lows[i - 1] == "and" and out and out[-1].count.kind == "article" \
            and out[-1].np_end == i - 1 and _aged_noun(lows, i, lex):
        # "killed a 52-year-old man and 14-year-old boy": the article is shared
        return Count(1, 1, "exact", i, i, "article"), False, None
    if shared:  # "a man and woman were found dead", "her father and daughter"
        return Count(1, 1, "exact", i, i, "article"), False, None
    if tok == "another":  # "three were killed and another critically injured"
        return another_count(lows, i, lex), False, None
    if tok in ("a", "an") and i + 2 < n and lows[i + 1] in ORDINAL_ONE and (
            lows[i + 2] in _AFTER_ORDINAL or (
                i > 0 and lex.persons.match_at(lows, i + 2) is None
                and lex.triggers_before.match_ending_at(lows, i - 1) is not None)):
        # "five were killed and a sixth died later"; "shot dead six people and wounded a seventh"
        return Count(1, 1, "exact", i, i + 2, "word"), False, None
    if tok in ("a", "an") and (rel := relative_of(lows, i, lex)) is not None:
        # "Tom Reed, the teenage son of a local pastor, was killed": the son, not the pastor
        return Count(1, 1, "exact", rel, rel, "article"), False, i
    return parse_count(lows, i, lex, spaces), False, None


_EXTENT_STOP = frozenset({",", ";", ".", ":", "(", ")", "–", "—", "and", "or"})


def extent_end(lows: list[str], i: int) -> int | None:
    """Where "from a/an X to a/an Y" that starts with the article at ``i`` ends (the token after
    "to a/an"), or None: an extent of ages or kinds, not two people ("killed 12 people, from a
    newborn to an 80-year-old", "ranging from a baby girl to a grandfather")."""
    if lows[i] not in ("a", "an") or i == 0 or lows[i - 1] != "from":
        return None
    for j in range(i + 2, min(i + 9, len(lows) - 1)):
        if lows[j] in _EXTENT_STOP:
            return None
        if lows[j] == "to" and lows[j + 1] in ("a", "an"):
            return j + 2
    return None


def _referring_one(lows: list[str], i: int, c: Count) -> bool:
    """A bare "one" at ``i`` that refers back ("the one who", "this one", "that one, not ...")
    rather than counts; "said that one person was killed" counts ("that" opens the clause)."""
    return c.kind == "word" and lows[i] == "one" and i > 0 and (
        lows[i - 1] in ("the", "this")
        or (lows[i - 1] == "that" and (i + 1 >= len(lows) or lows[i + 1] in _REFERRING_ONE)
            and not (i >= 2 and lows[i - 2] in _that_verbs())))


def _subject_noun(lows: list[str], k: int, c: Count, out: list[Mention], lex: Lexicon) -> int:
    """Where the noun of the count at ``c`` is read from: after "were" in "of the wounded, 16 were
    children", after the identity noun of "three of the dead were reporters and one was a cashier",
    else ``k``."""
    if k + 1 < len(lows) and lows[k] in ("were", "are") and lex.persons.match_at(lows, k + 1) is not None \
            and c.kind in ("digit", "word"):
        return k + 1  # "of the wounded, 16 were children"
    if k == c.end and c.kind == "word" and c.low == 1 and out and out[-1].breakdown \
            and (j := identity_noun_at(lows, k, lex)) is not None:
        return j  # "three of the dead were reporters and one was a cashier"
    return k


def _close_phrase(lows: list[str], m: Mention, k: int, related: int, skip_to: int, lex: Lexicon) -> None:
    """Read the noun phrase of ``m`` from ``k`` and set where it ends (``related``: the start of the
    phrase of a relative, "of a local pastor"; ``skip_to``: the end of a larger whole)."""
    c = m.count
    end = _head(lows, k, c, lex, m)
    m.np_end = max(end, c.end) if end > k else (k if m.breakdown else c.end)
    if related:  # the relative's phrase runs on over "of a local pastor"
        m.np_end = max(m.np_end, _head(lows, related + 1, Count(1, 1, "exact", related, related + 1, "article"),
                                       lex, Mention(Count(1, 1, "exact", related, related + 1, "article"),
                                                    related + 1)))
    if skip_to:
        m.np_end = max(m.np_end, skip_to)
        m.outcome = None  # "one of the two wounded soldiers later died": the verb decides


def _modifier(lows: list[str], m: Mention, tok: str, lex: Lexicon) -> bool:
    """An article count that is no person: no person noun, or a possessive modifier ("a girls'
    school", "a children's hospital"), or a noun only said of someone ("a friend of")."""
    return m.count.kind == "article" and (
        not m.head or (m.np_end < len(lows) and lows[m.np_end] in ("'", "’"))
        or lows[m.np_end - 1].endswith(("'s", "’s"))
        or (tok in ("a", "an") and lows[m.np_end - 1] in lex.possessive_only))


def _settle(lows: list[str], m: Mention, skip_to: int, out: list[Mention], lex: Lexicon) -> int:
    """The last words on a count before it is kept: "a family of five", a status apposition ("five
    people, all civilians"), "none of the four" (a zero) and "a couple" (two).  Returns where the
    reading moves on to at least (the end of an apposition, or ``skip_to``)."""
    c = m.count
    n = len(lows)
    if c.start >= 2 and lows[c.start - 2] == "family" and lows[c.start - 1] == "of" \
            and c.kind in ("digit", "word"):  # "a family of five", not "the family of a boy"
        m.head, m.group, m.subgroup = True, "people", "family"
    if m.group == "people" and m.subgroup is None and c.kind in ("digit", "word") \
            and (status := status_apposition(lows, m.np_end, lex)) is not None:
        # "five people, all civilians,", "12 people said to be civilians"; the words of the
        # apposition are read no further (no bare plural "children" in "all women and children")
        m.group, skip_to = status
    if c.kind in ("digit", "word") and (none_of(lows, c.start) or (
            out and out[-1].zero and out[-1].count.kind == "zero" and none_of(lows, out[-1].count.start)
            and out[-1].np_end == c.start - 1 and lows[c.start - 1] == "and")) and not (
            m.np_end < n and lows[m.np_end] not in AUX and lex.triggers_after.match_at(lows, m.np_end)):
        # "none of the four priests was hurt": no one of them, a zero like "no civilians"
        # (but "none of the 12 people killed were fighters" keeps its toll of 12)
        m.count, m.zero = Count(None, None, "exact", c.start, c.end, "zero"), True
    if pair_noun(lows, m):  # "a couple": two people
        m.count = Count(2, 2, "exact", c.start, c.end, "word")
    return skip_to


_POSSESSIVE_DET = frozenset({"his", "her", "their"})
_S = ("'s", "’s")  # a possessive token: "governor's"
# an object pronoun coordinated with a count after a killing verb ("killing her and a pupil")
_OBJECT_PRONOUNS = {"her": "women", "him": "men"}
# after "that one": a reference ("that one who was hurt", "that one, not this"), not a count
_REFERRING_ONE = frozenset({"who", "whom", "which", "that", ",", ".", ";", ":", "of", "is", "was"})
