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
"""

from __future__ import annotations

from dataclasses import dataclass, field

from civcas.extract.forms import injury_verb, non_violent_cause
from civcas.extract.forms import possessive_kin as _possessive_kin
from civcas.extract.forms import valid_count as _valid_count
from civcas.extract.heads import aged_noun as _aged_noun
from civcas.extract.heads import head_phrase as _head
from civcas.extract.joint import joint_outcomes
from civcas.extract.lexicon import Lexicon
from civcas.extract.lists import list_totals
from civcas.extract.numbers import Count, parse_count
from civcas.extract.plurals import PLURAL_LOW, bare_plural
from civcas.extract.shootings import (
    another_count,
    pair_noun,
    parent_of_count,
    relative_death,
    self_kill_totals,
    shares_article,
)
from civcas.extract.text import Token

_AUX = frozenset(["were", "was", "been", "being", "are", "is", "got", "get", "be"])
_ACTIVE_NEXT = frozenset(
    ["a", "an", "the", "his", "her", "him", "them", "us", "me", "their", "its", "at", "more", "some", "dozens", "scores", "hundreds", "several", "many", "up", "nearly", "about", "around", "over", "almost", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)
_ACTIVE_VERBS = frozenset(
    ["killed", "wounded", "injured", "hurt", "slain", "murdered", "executed", "detained", "arrested", "abducted", "kidnapped", "captured", "seized", "massacred", "assassinated", "beheaded", "maimed"]
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
                     "threatened", "vowed", "seeking", "attempting", "aiming"})
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


def find_counts(tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """Candidate counts with their noun phrase (no outcome decided yet, except head nouns)."""
    lows = [t.low for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end + 1
              for i in range(len(tokens))]
    out: list[Mention] = []
    i = 0
    n = len(lows)
    starters = _starters(lex)
    plurals = lex.plurals
    while i < n:
        tok = lows[i]
        shared = bool(out) and shares_article(lows, i, out[-1])  # "a man and woman"
        if not (tok[:1].isdigit() or tok in starters or ("-" in tok and tok.split("-", 1)[0] in lex.tens)
                or shared or tok == "another"):
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
        if tok in _POSSESSIVE_DET:
            c = _possessive_kin(lows, i, lex)
            if c is None:
                i += 1
                continue
        elif i > 0 and lows[i - 1] == "and" and out and out[-1].count.kind == "article" \
                and out[-1].np_end == i - 1 and _aged_noun(lows, i, lex):
            # "killed a 47-year-old woman and 12-year-old girl": the article is shared
            c = Count(1, 1, "exact", i, i, "article")
        elif shared:  # "a man and woman were found dead", "her father and daughter"
            c = Count(1, 1, "exact", i, i, "article")
        elif tok == "another":  # "three were killed and another critically injured"
            c = another_count(lows, i, lex)
        else:
            c = parse_count(lows, i, lex, spaces)
        if c is None or not _valid_count(lows, c, lex):
            i += 1
            continue
        if c.kind == "word" and lows[i] == "one" and i > 0 and lows[i - 1] in ("the", "this", "that"):
            i += 1
            continue  # "the one who was injured" is a reference, not a count
        m = Mention(c, c.end)
        if tok in _POSSESSIVE_DET:
            m.named = True  # like a named victim: counts only where the document gives no number
        elif shared and out[-1].named:
            m.named = True  # "her father and daughter": both relatives of one person
        if parent_of_count(lows, c.start) and c.kind in ("digit", "word"):
            i = max(c.end, _head(lows, c.end, c, lex, Mention(c, c.end)))
            continue  # "a father of two (young children)": his children, not victims
        k = c.end
        if k + 1 < n and lows[k] == "of" and c.kind not in ("vague",):
            if lows[k + 1] in ("his", "her", "their", "our", "its") and \
                    lex.persons.match_at(lows, k + 2) is not None:
                k += 2  # "ten of his family members"
            elif lows[k + 1] in ("them", "whom", "those"):
                m.breakdown = True
                k += 2
                while k < n and lows[k] in _AUX:
                    k += 1
            else:
                b = lex.breakdown.match_at(lows, k)
                if b is not None and b[1]:
                    m.breakdown = True
                    m.outcome = b[1]
                    k = b[0]
                    while k < n and lows[k] in _AUX:
                        k += 1
                    if lex.persons.match_at(lows, k) is None:
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
                elif lows[k + 1] not in lex.units and not _is_number_token(lows[k + 1]):
                    i = c.end
                    continue  # "one of the", "two of his sons" is handled below
        if k + 1 < n and lows[k] in ("were", "are") and lex.persons.match_at(lows, k + 1) is not None \
                and c.kind in ("digit", "word"):
            k += 1  # "of the wounded, 16 were children"
        if tok == "another" and c.kind == "word":  # "and another critically injured": a verb follows
            out.append(m)
            i = c.end
            continue
        end = _head(lows, k, c, lex, m)
        m.np_end = max(end, c.end) if end > k else (k if m.breakdown else c.end)
        if c.kind == "article" and (not m.head or (m.np_end < n and lows[m.np_end] in ("'", "’"))
                                    or lows[m.np_end - 1].endswith(("'s", "’s"))):
            i += 1  # "a girls' school", "a children's hospital": a modifier, not one person
            continue
        if c.year_like and not m.head:
            i = c.end
            continue
        if c.start >= 2 and lows[c.start - 2] == "family" and lows[c.start - 1] == "of" \
                and c.kind in ("digit", "word"):  # "a family of five", not "the family of a boy"
            m.head, m.group, m.subgroup = True, "people", "family"
        if pair_noun(lows, m):  # "a couple": two people
            m.count = Count(2, 2, "exact", c.start, c.end, "word")
        out.append(m)
        i = m.np_end
    return out


_POSSESSIVE_DET = frozenset({"his", "her", "their"})
_LATER = frozenset({"had", "have", "has", "later", "since", "subsequently", "also", "then"})


# where the first count of a coordination stood: "killing 107 people aboard and three people on the
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


def _exceeds(m: Mention, mentions: list[Mention], parent: int | None) -> bool:
    """True when count ``m`` is larger than the total at index ``parent`` (so it cannot be a part)."""
    if parent is None or m.count.low is None:
        return False
    total = mentions[parent].count
    top = total.high if total.high is not None else total.low
    return top is not None and total.kind in ("digit", "word") and m.count.low > top


def _died_later(lows: list[str], k: int, lex: Lexicon) -> int | None:
    """The end of a death trigger at ``k`` (after auxiliaries and "later"): "two of the wounded had
    died", "one of the injured later died in hospital"; else None."""
    while k < len(lows) and (lows[k] in _AUX or lows[k] in _LATER):
        k += 1
    t = lex.triggers_after.match_at(lows, k)
    return t[0] if t is not None and t[1] == "killed" else None


# "a number of injuries", "several wounded": a plural of injured people (Airwars codes them 2)
_INJURY_HEADS = frozenset({"injuries", "wounded", "injured"})
# "how many fighters died", "so many children": a question or an exclamation, not a count
_NOT_A_COUNT = frozenset({"how", "so", "too", "as"})
# nouns that do not make a plural count ("many deaths", "several martyrs", "a number of victims")
_PLACE_DET = frozenset({"a", "an", "the", "his", "her", "their", "its", "home", "school", "work"})
_NOT_PLURAL_HEADS = frozenset({"deaths", "dead", "bodies", "fatalities", "martyrs",
                               "victims", "casualties", "lives", "corpses", "souls"})


def _match_after(lows: list[str], p: int, lex: Lexicon, zero: bool = False) -> tuple[int, str] | None:
    """A trigger that follows a counted phrase at ``p`` (passive or intransitive use)."""
    t = lex.triggers_after.match_at(lows, p)
    if t is None and lows[p] in _AUX and p + 2 < len(lows) and lows[p + 1].endswith("ly") \
            and lows[p + 1] not in lex.trigger_words:
        # "a girl was accidentally shot": the adverb between the auxiliary and the verb
        t2 = lex.triggers_after.match_at([lows[p], *lows[p + 2:p + 8]], 0)
        if t2 is not None and t2[0] > 1:
            t = (t2[0] + p + 1, t2[1])
    if t is None:
        return injury_verb(lows, p, lex)
    end, outcome = t
    if outcome == "shot":  # "were shot to death", "was shot dead": the longer trigger decides
        t2 = lex.triggers_after.match_at(lows, end - 1)
        if t2 is not None and t2[0] > end:
            end, outcome = t2
        elif end < len(lows) and lows[end] in ("down", "at", "up", "off", "out", "back") and not (
                lows[end] == "at" and end + 1 < len(lows)
                and (lows[end + 1] in _PLACE_DET or _is_number_token(lows[end + 1]))):
            # "two others were shot down", "they were shot at": no one hit ("was shot at a
            # party", "shot at his home", "shot at 1200 Main St" name the place)
            return None
    if end + 1 < len(lows) and lows[end] == "or" and lex.triggers_after.match_at(lows, end + 1) \
            and not zero:
        return None  # "killed or wounded": no single outcome
    if (lows[p] in _ACTIVE_VERBS and end == p + 1) or (lows[p] in _ACTIVE_FIRST and end > p + 1):
        prev = lows[p - 1] if p > 0 else ""
        nxt = lows[end] if end < len(lows) else ""
        if prev not in _AUX and (nxt in _ACTIVE_NEXT or _is_number_token(nxt)):
            return None  # "two gunmen killed three people": the gunmen are not victims
        if prev not in _AUX and lows[p] in _ACTIVE_FIRST and end > p + 1 and nxt[:1].isalpha() \
                and nxt not in lex.stopwords and nxt not in lex.links_after \
                and nxt not in _MONTHS and not nxt.endswith("day") and nxt not in lex.trigger_words \
                and nxt not in _PLACE_WORDS:
            return None  # "a 19-year-old man shot and killed Delgado": an object follows
    return end, outcome


def _trigger_next(lows: list[str], p: int, lex: Lexicon) -> bool:
    """True when a trigger follows at ``p`` after at most three auxiliaries or adverbs."""
    for q in range(p, min(len(lows), p + 4)):
        if _match_after(lows, q, lex) is not None:
            return True
        if lows[q] not in lex.links_after and not (lows[q].endswith("ly") and len(lows[q]) > 4):
            return False
    return False


def _listed_breakdown_end(lows: list[str], q: int, lex: Lexicon) -> int:
    """The comma or dash that closes a breakdown whose items are themselves separated by commas
    ("nine civilians, including two men, three women, one of whom was pregnant, and four
    children, were killed"): the first one followed by a trigger, within 40 tokens and with no
    trigger or sentence stop among the items.  ``q`` (the first comma) when there is none."""
    for r in range(q + 1, min(len(lows), q + 40)):
        tok = lows[r]
        if tok in _PUNCT_STOP or tok == "(":
            return q
        if tok == "," or tok in _DASHES:
            if _trigger_next(lows, r + 1, lex):
                return r
        elif _match_after(lows, r, lex) is not None:
            return q  # a trigger among the items: "including two women who were injured"
    return q


def _after(lows: list[str], m: Mention, starts: dict[int, int], mentions: list[Mention],
           lex: Lexicon) -> tuple[int, str] | None:
    p = m.np_end
    n = len(lows)
    steps = 0
    while p < n and steps < 14:
        if m.zero and lows[p] in ("harmed", "hurt", "affected"):
            return p - m.np_end, "killed"  # "no civilians were harmed"
        t = _match_after(lows, p, lex, m.zero)
        if t is not None:
            if m.zero and t[1] == "injured" and p + 2 < n and lows[t[0]] == "or":
                return p - m.np_end, "killed"  # "no civilians had been injured or killed"
            if not m.zero and ("not" in lows[m.np_end:p] or "never" in lows[m.np_end:p]):
                return None  # "his children were not injured"
            return max(p - m.np_end, steps), t[1]
        tok = lows[p]
        if p in starts:
            return None
        b = lex.breakdown.match_at(lows, p + 1 if tok in (",", "(") or tok in _DASHES else p)
        if tok == "(" or b is not None:
            # skip the breakdown: the marker, its counts and their coordination
            q = b[0] if b is not None else p + 1
            stop = min(n, q + 16)
            while q < stop and lows[q] not in (",", ")", ";", ".") and lows[q] not in _DASHES:
                if _match_after(lows, q, lex) is not None and q not in starts:
                    break
                q += 1
            if q < n and lows[q] == "," and not _trigger_next(lows, q + 1, lex):
                q = _listed_breakdown_end(lows, q, lex)  # "including two men, three women, and a boy, were"
            if q < n and (lows[q] in (",", ")") or lows[q] in _DASHES):
                q += 1
            p = q
            steps += 4  # a trigger found beyond a breakdown is weaker evidence
            continue
        if tok == "," or tok in _DASHES:
            q = p + 1
            while q < min(n, p + 8) and lows[q] not in (",", ".", ";") and lows[q] not in _DASHES \
                    and (q not in starts or mentions[starts[q]].apposed) \
                    and lex.triggers_after.match_at(lows, q) is None:
                q += 1
            if q < n and (lows[q] == "," or lows[q] in _DASHES) and q - p <= 7:
                p = q + 1
                steps += 1
                continue
            return None
        if tok in lex.links_after or (tok.endswith("ly") and len(tok) > 4 and tok not in lex.trigger_words):
            p += 1
            steps += 1
            continue
        return None
    return None


def _before(lows: list[str], m: Mention, ends: dict[int, int], mentions: list[Mention],
            lex: Lexicon) -> tuple[int, str] | None:
    p = m.count.start - 1
    dist = 0
    while p >= 0 and dist < 12:
        t = lex.triggers_before.match_ending_at(lows, p)
        if t is not None:
            if t[0] > 1 and lows[t[0] - 1] == "to" and lows[t[0]] in ("kill", "wound", "injure") \
                    and lows[t[0] - 2] in _INTENT:
                return None  # "a bomb dropped to kill two snipers": the intended target
            return dist, t[1]
        tok = lows[p]
        if tok in _COORD or tok == "as" or tok == "well":
            # coordination with a previous count: "killing 5 civilians and 10 children"
            q = p
            while q >= 0 and lows[q] in _COORD | {"as", "well"}:
                q -= 1
            placed = _placed_end(lows, q, ends)  # "killing 107 people aboard and three on the ground"
            if placed is not None:
                q = placed - 1
            if q + 1 in ends:
                j = ends[q + 1]
                prev = mentions[j]
                nxt = lows[m.np_end] if m.np_end < len(lows) else "."
                own_predicate = nxt[:1].isalpha() and nxt not in lex.stopwords
                if m.casualty_word or prev.casualty_word or own_predicate or prev.count.kind == "named":
                    return None  # "hundreds wounded and thousands homeless"
                if prev.outcome is not None and not prev.breakdown:
                    return dist, prev.outcome
                p = prev.count.start - 1
                dist += 1
                continue
            return None
        if tok in lex.links_before or (tok.endswith("ly") and len(tok) > 4):
            p -= 1
            dist += 1
            continue
        break
    # tolls may stand further away: "the number of people killed in last Thursday's strike on a
    # bus has risen to 51", "the death toll from the attack on the town rose to at least 72"
    p = m.count.start - 1
    while p >= 0 and lows[p] in ("at", "to", "of", "reach", "reached", "be"):
        p -= 1
    if p < 0 or (lows[p] not in _TOLL_VERBS and lows[p + 1:p + 2] not in (["at"], ["to"])):
        return None
    lo = max(0, m.count.start - 24)
    q = p
    while q >= lo:
        if q + 1 in ends or lows[q] in (";", ".") or (_is_number_token(lows[q]) and q < p):
            return None
        if lows[q] in _TOLL_WORDS:
            window = lows[max(0, q - 4):q + 4]
            kind: str | None = None
            for w in window:
                if w in ("dead", "deaths", "death", "killed", "fatalities", "toll", "casualties"):
                    kind = "killed"
                elif w in ("wounded", "injured", "injuries") and kind is None:
                    kind = "injured"
            if kind is not None:
                return m.count.start - q, kind
        q -= 1
    return None


def _later_part(lows: list[str], m: Mention, p: int, head: Mention, lex: Lexicon) -> bool:
    """True when the counted head at ``p`` is a further part of a breakdown of ``m`` ("seven
    civilians, including a mother with her five children, were killed"): a breakdown marker stands
    between them and no new clause ("..., and six others were wounded") starts at ``p``."""
    if lows[head.np_end - 1] in ("others", "other", "more") or lows[p - 2:p] == [",", "and"]:
        return False
    return any(lex.breakdown.match_at(lows, q) is not None for q in range(m.np_end, p))


def _subject_of_passive(lows: list[str], m: Mention, mentions: list[Mention],
                        lex: Lexicon) -> str | None:
    """Long subjects: "two civilians, 40-year-old A and 41-year-old B, were reportedly killed";
    "at least 10 people from three generations of the X family were killed"."""
    n = len(lows)
    heads_between = {x.count.start: x for x in mentions if x.head and not x.breakdown and x is not m}
    for p in range(m.np_end, min(n, m.np_end + 40)):
        if p in heads_between and not _in_breakdown(lows, p, lex) \
                and not _later_part(lows, m, p, heads_between[p], lex):
            return None
        if lows[p] in (";", ".", "when", "after", "before", "while", "because", "but") \
                or (lows[p] == "that" and p > m.np_end + 1):
            return None  # "94 were identified, and warned that households were buried": a new clause
        if lows[p] in ("remain", "remained", "are") and lex.triggers_after.match_at(lows, p):
            return lex.triggers_after.match_at(lows, p)[1]  # type: ignore[index]
        if lows[p] in ("were", "was", "been") and p + 1 < n:
            r = p + 1
            while r < n and r < p + 3 and (lows[r] in lex.links_after or lows[r].endswith("ly")) \
                    and lows[r] not in _AUX:
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


def _identified(lows: list[str], m: Mention) -> bool:
    """ "N victims have been identified", "the bodies of 30 were identified" (not "identified as",
    a list of names, nor "identified the gunmen")."""
    if m.np_end < 1 or lows[m.np_end - 1] not in ("victims", "bodies", "dead"):
        return False
    if lows[max(0, m.count.start - 2):m.count.start] == ["names", "of"]:
        return True  # "gave the names of more than 240 victims": the named dead
    p = m.np_end
    while p < len(lows) and p < m.np_end + 4 and (lows[p] in _AUX or lows[p] in ("had", "have", "has", "so")
                                                 or lows[p].endswith("ly")):
        p += 1
    return (p > m.np_end and p < len(lows) and lows[p] == "identified"
            and (p + 1 >= len(lows) or lows[p + 1] != "as"))


def _apposition(lows: list[str], mentions: list[Mention]) -> None:
    """ "At least one civilian, a child, was killed": the apposed "a child" is a breakdown of the
    count before it (children 1 as part of civilians >= 1), not a figure of its own."""
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if (m.head and nxt.head and not m.zero and nxt.count.kind == "article" and nxt.count.low == 1
                and m.count.low is not None and m.count.low <= 1 and m.count.kind in ("word", "digit")
                and lows[m.np_end:nxt.count.start] == [","]
                and nxt.np_end < len(lows) and lows[nxt.np_end] == ","):
            nxt.apposed = nxt.breakdown = True
            nxt.parent = i


def _in_breakdown(lows: list[str], p: int, lex: Lexicon) -> bool:
    """True when a breakdown marker ("including", "among them") stands just before token p."""
    return any(lex.breakdown.match_at(lows, q) is not None for q in range(max(0, p - 4), p))


def _nested_part(lows: list[str], m: Mention, prev: Mention) -> bool:
    """True for "one of them"/"two of whom" right after an item of a breakdown: a part of that
    item ("including two women, one of whom was pregnant"), not a further part of the total."""
    s, e = m.count.start, m.count.end
    return (prev.breakdown and prev.parent is not None and s > 0 and lows[s - 1] == ","
            and prev.np_end == s - 1 and lows[e:e + 2] in (["of", "them"], ["of", "whom"]))


def resolve(tokens: list[Token], mentions: list[Mention], lex: Lexicon, *,
            sentence_has_death: bool, sentence_has_injury: bool,
            document_shot_injured: bool = False) -> list[Mention]:
    """Decide outcome, breakdown and parent of every mention; return the casualty ones.

    ``document_shot_injured``: the document tells no death and says someone was hurt
    (``forms.shot_means_injured``), so "a man was shot" is one injured, counted like a named victim."""
    lows = [t.low for t in tokens]
    starts = {m.count.start: i for i, m in enumerate(mentions)}
    ends = {m.np_end: i for i, m in enumerate(mentions)}
    last_total: int | None = None
    lead = lex.breakdown.match_at(lows, 0)
    lead_outcome = lead[1] if lead is not None and lead[1] else None  # "Of the wounded, 16 were ..."
    _apposition(lows, mentions)
    for i, m in enumerate(mentions):
        if lead_outcome is not None and m.outcome is None and m.head:
            m.outcome = lead_outcome
            m.breakdown = True
        s = m.count.start
        # breakdown marker before: "including four women", "among the dead were two girls"
        p = s - 1
        while p >= 0 and lows[p] in _AUX:
            p -= 1
        b = lex.breakdown.match_ending_at(lows, p)
        if b is not None and not m.zero:
            m.breakdown = True
            if b[1]:
                m.outcome = b[1]
        elif p >= 0 and lows[p] == "(" and last_total is not None:
            m.breakdown = True
        elif p > 0 and lows[p] == ":" and i > 0 and mentions[i - 1].head and m.head \
                and not mentions[i - 1].zero and not mentions[i - 1].breakdown \
                and (mentions[i - 1].np_end == p or (
                    mentions[i - 1].outcome is not None and p - mentions[i - 1].np_end <= 4
                    and all(t[:1].isalpha() for t in lows[mentions[i - 1].np_end:p]))):
            # "up to 81 civilians: at least 17 women, 49 children and an aid worker" lists parts
            m.breakdown, m.parent = True, i - 1
        elif (c := p - 1 if p > 0 and lows[p] in _KIN_DET else p) >= 0 and lows[c] in _COORD and i > 0 \
                and mentions[i - 1].breakdown and mentions[i - 1].np_end >= c - 1 \
                and not _exceeds(m, mentions, mentions[i - 1].parent):
            # "... including four women and three children", "including a mother and her four
            # children"; not "two were killed, among them a doctor, and 16 people were hurt": a part
            # is never larger than its total
            m.breakdown = True
            m.parent = mentions[i - 1].parent
        if m.breakdown and m.parent is None and last_total is not None:
            m.parent = last_total
        if m.outcome is None:
            a = _after(lows, m, starts, mentions, lex)
            bf = _before(lows, m, ends, mentions, lex)
            if not m.head and m.count.kind == "word" and m.count.low == 1:
                bf = None  # a bare "one" counts only as a subject: "one was killed", "one died"
            if a is not None and (bf is None or a[0] <= bf[0]):
                m.outcome = a[1]
            elif bf is not None:
                m.outcome = bf[1]
        if m.outcome is None and m.head and not m.breakdown and not m.zero:
            m.outcome = _subject_of_passive(lows, m, mentions, lex)
        if m.outcome in (None, "shot") and m.head and not m.breakdown and not m.zero:
            m.outcome = relative_death(lows, m) or m.outcome  # "a boy who shot himself ... has died"
        if m.outcome is None and m.breakdown and m.parent is not None:
            m.outcome = mentions[m.parent].outcome
        if m.outcome is None and m.head and _identified(lows, m):
            m.outcome = "killed"  # "94 victims had been identified so far": the identified dead
            # a list of names is part of the toll: it counts only where the document gives no number
            m.named = m.named or lows[max(0, m.count.start - 2):m.count.start] == ["names", "of"]
        if m.outcome is None and m.head and lows[m.np_end - 1] in lex.intake_heads and m.count.start > 0 \
                and lows[m.count.start - 1] in lex.intake:
            m.outcome = "injured"  # "the hospital received 16 patients" after the attack
        if m.outcome is None and m.zero and m.casualty_word:
            m.outcome = "killed"  # "found no civilian casualties"
        if (m.outcome is None and m.casualty_word and lows[m.count.start:m.np_end][-1:] != ["victims"]
                and sentence_has_death and not sentence_has_injury):
            m.outcome = "killed"
        if m.outcome is None and (m.breakdown or (s > 0 and lows[s - 1] == ",")) and m.np_end < len(lows) \
                and lows[m.np_end] in ("fatally", "mortally") \
                and lex.triggers_after.match_at(lows, m.np_end) is None:
            m.outcome = "killed"  # "five people were shot, two of them fatally"
        if m.outcome == "shot":  # "three men were shot": hit, so injured unless a death is told
            # ("a child was shot" is too often a death told later to count as an injury, unless the
            # document tells no death at all)
            if m.count.kind == "article" and document_shot_injured and not sentence_has_death:
                m.outcome, m.named = "injured", True
            else:
                m.outcome = None if sentence_has_death or m.count.kind == "article" else "injured"
        if m.outcome is not None and not m.breakdown:
            last_total = i
        if m.outcome is not None and not m.head and m.count.kind == "article":
            m.outcome = None
    for i in range(1, len(mentions)):
        if _nested_part(lows, mentions[i], mentions[i - 1]):
            mentions[i].outcome = None  # "... and four children, one of them an infant": inside the four
            if i + 1 < len(mentions) and all(
                    t in _AUX for t in lows[mentions[i].count.end + 2:mentions[i + 1].count.start]):
                mentions[i + 1].outcome = None  # "one of them (was) an infant": the infant is the one
    # elliptical coordination: "five peasants were killed and 12 wounded" -> 12 peasants;
    # "40 men were killed and 600 others are missing" -> 600 men
    for i in range(1, len(mentions)):
        m = mentions[i]
        prev = next((x for x in reversed(mentions[:i]) if not x.breakdown and x.head and not x.generic
                     and not x.zero), None)
        if prev is None or m.breakdown or m.outcome is None:
            continue
        if prev.count.kind == "article" and prev.group in ("men", "women", "children"):
            continue  # "one civilian, a young man X, was killed and others were wounded": not all men
        others = lows[m.count.end:m.np_end] in (["others"], ["other"], ["more"])
        bare = not m.head or (m.generic and m.group == "people")
        before = lows[m.count.start - 1] if m.count.start > 0 else ""
        if (others or bare) and (before == "and" or "and" in lows[prev.np_end:m.count.start][-3:]):
            m.group, m.subgroup = prev.group, prev.subgroup
    # coordination backwards: "a woman and her three children were killed"
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.outcome is None and nxt.outcome is not None and not nxt.breakdown and m.head:
            gap = lows[m.np_end:nxt.count.start]
            if gap and all(t in _COORD or t in _POSSESSIVE for t in gap) and "and" in gap:
                m.outcome = nxt.outcome
    totals = list_totals(lows, mentions)  # "a man, two women and a child were killed": 4
    totals += self_kill_totals(lows, mentions, lex)  # "killed his wife and then himself": 2
    out = [m for m in mentions if m.outcome is not None and (m.head or m.count.kind != "article")
           and not (m.count.low == PLURAL_LOW and m.count.kind in ("vague", "plural")
                    and (not m.head or m.breakdown or m.outcome not in ("killed", "injured")
                         or (m.count.start > 0 and lows[m.count.start - 1] in _NOT_A_COUNT) or lows[m.np_end - 1] in _NOT_PLURAL_HEADS
                         or (lex.persons.match_ending_at(lows, m.np_end - 1) is None
                             and lows[m.np_end - 1] not in _INJURY_HEADS)))]
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
