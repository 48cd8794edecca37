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

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, parse_count
from civcas.extract.text import Token

_AUX = frozenset("were was been being are is got get be".split())
_ACTIVE_NEXT = frozenset(
    "a an the his her their its at more some dozens scores hundreds several many up nearly about "
    "around over almost two three four five six seven eight nine ten".split()
)
_ACTIVE_VERBS = frozenset(
    "killed wounded injured hurt slain murdered executed detained arrested abducted kidnapped "
    "captured seized massacred assassinated beheaded maimed".split()
)
_MONTHS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july "
    "august september october november december".split()
)
_ING_OK = frozenset({"young", "fleeing", "missing", "remaining", "following", "visiting", "working"})
_COORD = frozenset({"and", ",", "plus", "&"})
_PUNCT_STOP = frozenset({".", ";", ":", "!", "?", "\"", "“", "”"})
_POSSESSIVE = frozenset({"her", "his", "their", "its", "the", "also"})
_BARE_HEADS = {"wounded": "injured", "injured": "injured", "dead": "killed", "missing": "missing",
               "hurt": "injured"}
_TOLL_LAST = frozenset({"toll", "count", "dead", "deaths", "killed", "fatalities"})


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
    details: list[str] = field(default_factory=list)


def _is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


def _valid_count(lows: list[str], c: Count, lex: Lexicon) -> bool:
    """Reject units, ages, times, dates, years, money, ordinals, serial numbers."""
    if c.kind == "vague":
        return not (c.end < len(lows) and lows[c.end] in lex.unit_after)
    if c.kind == "article":
        return True
    k = c.end
    nxt = lows[k] if k < len(lows) else ""
    if nxt in lex.unit_after:
        return False
    if nxt in ("-", "–") and k + 1 < len(lows) and lows[k + 1] in lex.unit_after:
        return False
    if nxt in (":", "/", "%") and k + 1 < len(lows):
        return False
    if nxt == "." and k + 1 < len(lows) and _is_number_token(lows[k + 1]):
        return False
    # the count proper (after its qualifier)
    first = c.start
    while first < c.end and not (_is_number_token(lows[first]) or lows[first] in lex.units
                                 or lows[first] in lex.tens or "-" in lows[first]):
        first += 1
    if first == c.start and c.start > 0:
        prev = lows[c.start - 1]
        if prev in lex.unit_before or prev in ("/", ":", "#", "$", "£", "€"):
            return False
        if prev == "." and c.start > 1 and lows[c.start - 2] in _MONTHS:
            return False
        if prev in ("-", "–") and c.start > 1 and _is_number_token(lows[c.start - 2]):
            return False
    if c.kind == "digit" and c.end - 1 >= 0 and lows[c.end - 1].startswith("0") \
            and len(lows[c.end - 1]) > 1:
        return False  # "007", serial numbers
    return True


def _head(lows: list[str], k: int, c: Count, lex: Lexicon, m: Mention) -> int:
    """Find the person noun after the count; fill ``m``; return the end of the noun phrase."""
    p = k
    mods = 0
    hint: str | None = None
    limit = 2 if c.kind == "article" else lex.max_modifiers
    n = len(lows)
    if p < n and lows[p] in _BARE_HEADS and c.kind != "article":
        # "12 wounded", "dozens of injured", "three dead": the participle is the noun
        m.outcome = _BARE_HEADS[lows[p]]
        m.head = True
        return p + 1
    while p < n and mods <= limit:
        h = lex.heads.match_at(lows, p)
        if h is not None and c.kind != "article":
            m.outcome = h[1]
            m.head = True
            m.group = hint or "people"
            return h[0]
        pm = lex.persons.match_at(lows, p)
        if pm is not None:
            end, (group, sub) = pm
            # a noun used as modifier: "civilian deaths", "child casualties"
            nh = lex.heads.match_at(lows, end)
            if nh is not None and c.kind != "article":
                m.outcome = nh[1]
                m.head = True
                m.group = group if group != "people" else "people"
                m.subgroup = sub
                return nh[0]
            m.head = True
            m.group, m.subgroup = group, sub
            if lows[p] in lex.casualty_words:
                m.casualty_word = True
            if lows[p] in ("members", "member", "relatives") and end < n and lows[end] == "of":
                q = end + 1
                while q < min(n, end + 7):
                    if lows[q] == "family" or lows[q] == "family's":
                        m.subgroup = "family"
                        m.family = (end + 1, q + 1)
                        return q + 1
                    if lows[q] in _PUNCT_STOP or lows[q] == ",":
                        break
                    q += 1
            return end
        tok = lows[p]
        if _is_number_token(tok) and p + 1 < n and lows[p + 1] == "-":
            p += 3  # "a 12-year-old boy"
            mods += 1
            continue
        if (tok in lex.stopwords or tok in lex.trigger_words or not tok[:1].isalpha()
                or _is_number_token(tok) or tok in lex.unit_after):
            if tok == "-" and mods > 0:
                p += 1
                continue
            break
        if tok.endswith("ing") and tok not in _ING_OK:
            break
        mods += 1
        p += 1
    return k


def find_counts(tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """Candidate counts with their noun phrase (no outcome decided yet, except head nouns)."""
    lows = [t.low for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end + 1
              for i in range(len(tokens))]
    out: list[Mention] = []
    i = 0
    n = len(lows)
    while i < n:
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
        c = parse_count(lows, i, lex, spaces)
        if c is None or not _valid_count(lows, c, lex):
            i += 1
            continue
        m = Mention(c, c.end)
        k = c.end
        if k + 1 < n and lows[k] == "of" and c.kind not in ("vague",):
            if lows[k + 1] in ("them", "whom", "those"):
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
                        i = k
                        continue  # "one of the injured, a man named ..." is not a new count
                elif lows[k + 1] not in lex.units and not _is_number_token(lows[k + 1]):
                    i = c.end
                    continue  # "one of the", "two of his sons" is handled below
        end = _head(lows, k, c, lex, m)
        m.np_end = max(end, c.end) if end > k else (k if m.breakdown else c.end)
        if c.kind == "article" and not m.head:
            i += 1
            continue
        if c.year_like and not m.head:
            i = c.end
            continue
        if c.start >= 2 and lows[c.start - 2] == "family" and lows[c.start - 1] == "of":
            m.head, m.group, m.subgroup = True, "people", "family"
        out.append(m)
        i = m.np_end
    return out


def _match_after(lows: list[str], p: int, lex: Lexicon) -> tuple[int, str] | None:
    """A trigger that follows a counted phrase at ``p`` (passive or intransitive use)."""
    t = lex.triggers_after.match_at(lows, p)
    if t is None:
        return None
    end, outcome = t
    if lows[p] in _ACTIVE_VERBS and end == p + 1:
        prev = lows[p - 1] if p > 0 else ""
        nxt = lows[end] if end < len(lows) else ""
        if prev not in _AUX and (nxt in _ACTIVE_NEXT or _is_number_token(nxt)):
            return None  # "two gunmen killed three people": the gunmen are not victims
    return end, outcome


def _after(lows: list[str], m: Mention, starts: dict[int, int], mentions: list[Mention],
           lex: Lexicon) -> tuple[int, str] | None:
    p = m.np_end
    n = len(lows)
    steps = 0
    while p < n and steps < 14:
        t = _match_after(lows, p, lex)
        if t is not None:
            return p - m.np_end, t[1]
        tok = lows[p]
        if p in starts:
            return None
        b = lex.breakdown.match_at(lows, p + 1 if tok in (",", "(") else p)
        if tok == "(" or b is not None:
            # skip the breakdown: the marker, its counts and their coordination
            q = b[0] if b is not None else p + 1
            stop = min(n, q + 16)
            while q < stop and lows[q] not in (",", ")", ";", "."):
                if _match_after(lows, q, lex) is not None and q not in starts:
                    break
                q += 1
            if q < n and lows[q] in (",", ")"):
                q += 1
            p = q
            steps += 1
            continue
        if tok == ",":
            q = p + 1
            while q < min(n, p + 8) and lows[q] not in (",", ".", ";") and q not in starts \
                    and lex.triggers_after.match_at(lows, q) is None:
                q += 1
            if q < n and lows[q] == "," and q - p <= 7:
                p = q + 1
                steps += 1
                continue
            return None
        if tok in lex.links_after:
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
            return dist, t[1]
        tok = lows[p]
        if tok in _COORD or tok == "as" or tok == "well":
            # coordination with a previous count: "killing 5 civilians and 10 children"
            q = p
            while q >= 0 and lows[q] in _COORD | {"as", "well"}:
                q -= 1
            if q + 1 in ends:
                j = ends[q + 1]
                prev = mentions[j]
                if prev.outcome is not None and not prev.breakdown:
                    return dist, prev.outcome
                p = prev.count.start - 1
                dist += 1
                continue
            return None
        if tok in lex.links_before:
            p -= 1
            dist += 1
            continue
        break
    # tolls may stand further away: "the death toll from Tuesday's raid on the market rose to 30"
    q = m.count.start - 1
    lo = max(0, m.count.start - lex.toll_window)
    while q >= lo:
        if q + 1 in ends or lows[q] in (";", ".") or _is_number_token(lows[q]):
            return None
        if lows[q] in _TOLL_LAST:
            t = lex.triggers_before.match_ending_at(lows, q)
            if t is not None and ("toll" in lows[t[0]:q + 1] or "number" in lows[t[0]:q + 1]
                                  or "count" in lows[t[0]:q + 1]):
                return m.count.start - q, t[1]
            if lows[q] == "toll":
                return m.count.start - q, "killed"
        q -= 1
    return None


def resolve(tokens: list[Token], mentions: list[Mention], lex: Lexicon, *,
            sentence_has_death: bool, sentence_has_injury: bool) -> list[Mention]:
    """Decide outcome, breakdown and parent of every mention; return the casualty ones."""
    lows = [t.low for t in tokens]
    starts = {m.count.start: i for i, m in enumerate(mentions)}
    ends = {m.np_end: i for i, m in enumerate(mentions)}
    last_total: int | None = None
    for i, m in enumerate(mentions):
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
        elif p >= 0 and lows[p] in _COORD and i > 0 and mentions[i - 1].breakdown \
                and mentions[i - 1].np_end >= p - 1:
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
        if m.outcome is None and m.breakdown and m.parent is not None:
            m.outcome = mentions[m.parent].outcome
        if m.outcome is None and m.casualty_word and lows[m.count.start:m.np_end][-1:] != ["victims"]:
            if sentence_has_death and not sentence_has_injury:
                m.outcome = "killed"
        if m.outcome is not None and not m.breakdown:
            last_total = i
        if m.outcome is not None and not m.head and m.count.kind == "article":
            m.outcome = None
    # coordination backwards: "a woman and her three children were killed"
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.outcome is None and nxt.outcome is not None and not nxt.breakdown and m.head:
            gap = lows[m.np_end:nxt.count.start]
            if gap and all(t in _COORD or t in _POSSESSIVE for t in gap) and "and" in gap:
                m.outcome = nxt.outcome
    return [m for m in mentions if m.outcome is not None and (m.head or m.count.kind != "article")]
