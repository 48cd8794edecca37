"""Coordinated victim lists: "a woman, two men and a young boy were killed".

News often counts the dead of one event as a list of groups instead of one number.  Each group
is a figure of its own; the list also states a total, which is what a reader (and a monitor's
incident record) takes from the sentence.  :func:`list_totals` finds such lists among the
mentions of a sentence, gives the earlier members the outcome of the trigger that closes the
list ("... and three civilians were killed"), and adds one total mention with the members as its
breakdown (``parent`` = the total), like "12 people, including four women" read backwards.

A list is two or more exact counts with a person noun, separated only by commas, "and" and
possessives ("a woman and her three children"), whose last gap holds "and" (a named victim only
as the first member before "and" and a relative of theirs: "killing Ana Ruiz and her 3-year-old
son" is two); every member has
the same outcome (after the propagation).  A member's relative clause may stand before the
closing "and" ("two policemen who were escorting the judge and a passer-by were killed": three).  Counts with a qualifier ("at least"), vague counts,
zero counts and breakdowns never form a list.  A list with fighters or soldiers in it gets no total:
"six guerrillas and one soldier were killed" counts two sides of a clash, and a monitor keeps them
apart (police and civilians do sum: "a policeman and two passers-by were killed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civcas.extract.hitcounts import also_at
from civcas.extract.numbers import Count

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

_SEP = frozenset({",", "and", "&", "plus", "her", "his", "their", "also", "the"})
_CLOSE = frozenset({"and", "&", "plus"})


_HARM_WORDS = frozenset({"killed", "died", "dead", "wounded", "injured", "hurt", "shot", "murdered", "slain"})


# -ing words that open no modifier of the count before them: a harm of its own, a breakdown
_NOT_PARTICIPLE = frozenset({"killing", "wounding", "injuring", "hurting", "shooting", "leaving", "including",
                             "according", "bringing", "raising", "during", "following", "excluding"})


def relative_then_and(gap: list[str]) -> bool:
    """The words between two coordinated counts are the first one's relative clause or participle
    phrase and "and": "who were acting as escorts and", "guarding the judge and"; the phrase tells
    no harm of its own and holds no break."""
    opens = gap[0] in ("who", "that") if gap else False
    if not opens and gap and len(gap[0]) > 5 and gap[0].endswith("ing") and gap[0] not in _NOT_PARTICIPLE:
        opens = len(gap) <= 8  # "two policemen guarding the court and a passer-by were hurt"
    return 3 <= len(gap) <= 12 and opens and gap[-1] == "and" \
        and all(t.isalpha() and t not in _HARM_WORDS and t != "and" for t in gap[1:-1])


_MIXED_HARM = frozenset({"casualties", "casualty"})  # the dead and the wounded together


def _member(m: Mention, lows: list[str]) -> bool:
    c = m.count
    if m.np_end > 0 and lows[m.np_end - 1] in _MIXED_HARM:
        return False  # "9 casualties, and two peasants were killed": no one outcome to sum under
    # a relative after "his/her" is a member ("a woman and her son"); a named person is not
    return (m.head and not m.breakdown and not m.zero and (not m.named or c.kind == "article")
            and c.low is not None and c.low == c.high and c.qualifier == "exact"
            and c.kind in ("digit", "word", "article"))


_KIN_POSSESSIVE = frozenset({"his", "her", "their"})
_LIST_GOES_ON = frozenset({"and", "as", "along", "plus", "together", "&"})


def _named_with_relative(lows: list[str], mentions: list[Mention], i: int) -> bool:
    """Mention ``i`` is a named victim followed by "and" and a relative of theirs ("killing Ana Ruiz
    and her 3-year-old son", "Omar Haddad and his wife were wounded"): the two make a list."""
    m = mentions[i]
    if m.count.kind != "named" or m.breakdown or m.zero or i + 1 >= len(mentions):
        return False
    nxt = mentions[i + 1]
    tail = lows[nxt.np_end:nxt.np_end + 8]
    if "." in tail:
        tail = tail[:tail.index(".")]
    if not _LIST_GOES_ON.isdisjoint(tail) or any(nxt.np_end <= o.count.start < nxt.np_end + len(tail)
                                                 for o in mentions[i + 2:]):
        return False  # "X and his wife, children and grandchildren": more victims than the two
    return (lows[m.np_end:nxt.count.start] == ["and"] and nxt.count.kind == "article" and nxt.named
            and lows[nxt.count.start] in _KIN_POSSESSIVE and _member(nxt, lows))


def _in_brackets(lows: list[str], end: int, m: Mention) -> bool:
    """``m`` lies in a parenthesis that opens right after the noun phrase ending at ``end``."""
    if end >= len(lows) or lows[end] != "(":
        return False
    close = lows.index(")", end) if ")" in lows[end:] else len(lows)
    return m.np_end <= close


def _after_brackets(gap: list[str]) -> list[str]:
    """The gap between two list members without a parenthesis that opens it: "(four Italians and
    two Peruvians) and" -> "and" (the parenthesis breaks the first member down)."""
    if gap[:1] == ["("] and ")" in gap:
        return gap[gap.index(")") + 1:]
    return gap


def _runs(lows: list[str], mentions: list[Mention]) -> list[list[int]]:
    runs: list[list[int]] = []
    cur: list[int] = []
    bracketed = -1  # the member whose parenthesised breakdown was skipped
    for i, m in enumerate(mentions):
        if _named_with_relative(lows, mentions, i):
            if len(cur) > 1:
                runs.append(cur)
            cur = [i]  # a named person opens a list only with their own relative
            continue
        if cur and _in_brackets(lows, mentions[cur[-1]].np_end, m):
            bracketed = cur[-1]
            continue  # "six nuns (four Italians and two Peruvians) and two drivers": the list goes on
        if not _member(m, lows):
            if len(cur) > 1:
                runs.append(cur)
            cur = []
            continue
        if cur:
            prev = mentions[cur[-1]]
            gap = lows[prev.np_end:m.count.start]
            if bracketed == cur[-1]:
                gap = _after_brackets(gap)
            if gap and ((all(t in _SEP for t in gap) and (set(gap) & {",", "and", "&", "plus"}))
                        or relative_then_and(gap)):  # "two policemen who escorted him and a boy"
                cur.append(i)
                continue
            if len(cur) > 1:
                runs.append(cur)
        cur = [i]
    if len(cur) > 1:
        runs.append(cur)
    out: list[list[int]] = []
    for run in runs:
        # the list must be closed by "and": "two women and a child", not "two women, a child"
        last_gap = lows[mentions[run[-2]].np_end:mentions[run[-1]].count.start]
        if set(last_gap) & _CLOSE:
            out.append(run)
    return out


def list_totals(lows: list[str], mentions: list[Mention]) -> list[int]:
    """Propagate the closing outcome over each list and append a total mention per list to
    ``mentions`` (in place); return the indices of the totals added."""
    from civcas.extract.counts import Mention

    added: list[int] = []
    for run in _runs(lows, mentions):
        members = [mentions[i] for i in run]
        head = members[0]
        if len(run) > 2 and lows[head.np_end:members[1].count.start] == [","] \
                and sum(m.count.low or 0 for m in members[1:]) == head.count.low \
                and (_closed_apposition(lows, members[-1].np_end)
                     or (head.group in ("people", "civilians") and head.subgroup is None
                         and all(m.group != head.group for m in members[1:]))):
            # "two people, a man and a woman, were killed", "two soldiers, a sergeant and a private,
            # were wounded": the list spells out the count before it
            outcome = head.outcome or members[-1].outcome
            for i in run[1:]:
                mentions[i].breakdown, mentions[i].parent = True, run[0]
                mentions[i].outcome = mentions[i].outcome or outcome
            head.outcome = outcome
            continue
        outcome = members[-1].outcome
        if outcome is None:
            outcome = members[0].outcome  # "killing a man, two women and a child"
        if outcome is None or any(m.outcome not in (None, outcome) for m in members):
            continue
        for m in members:
            m.outcome = outcome
        if any(m.group == "combatants" and m.subgroup != "police" for m in members):
            continue  # "six guerrillas and one soldier were killed": two sides, no one total
        if any(m.count.kind == "word" and lows[m.count.start] in ("her", "him") for m in members):
            continue  # "killing her and a 6-year-old boy": the pronoun may be counted elsewhere; no total
        total = sum(m.count.low or 0 for m in members)
        groups = {m.group for m in members}
        subs = {m.subgroup for m in members}
        first, last = members[0], members[-1]
        t = Mention(Count(total, total, "exact", first.count.start, last.count.end, "digit"),
                 last.np_end)
        t.group = groups.pop() if len(groups) == 1 else "people"
        t.subgroup = subs.pop() if len(subs) == 1 else None
        t.head = True
        t.outcome = outcome
        # relatives named by kinship alone, no count among them ("his wife and son", "her husband and
        # his brother"): counted like named victims, where the story gives no number for the outcome
        kin_only = all(m.named and m.count.kind != "named" for m in members)
        t.named = t.kin_list = kin_only
        mentions.append(t)
        k = len(mentions) - 1
        for i in run:
            mentions[i].breakdown = True
            mentions[i].parent = k
            mentions[i].named = kin_only  # "a woman and her son": the son is a part, not a lone victim
        added.append(k)
    added += _one_with_party(lows, mentions)  # "Judge X was killed along with two of his guards": 3
    added += _as_were(lows, mentions)  # "a man and a woman were found dead, as were two children": 4
    if "others" not in lows and "other" not in lows and "more" not in lows:
        return added
    in_runs = {i for run in _runs(lows, mentions) for i in run} | {i for i, m in enumerate(mentions)
                                                                  if m.parent is not None or m.breakdown}
    for i, one in enumerate(list(mentions)):
        if i not in in_runs and (both := _one_and_others(lows, mentions, one)) is not None:
            mentions.append(both)
            one.breakdown, one.parent = True, len(mentions) - 1
            added.append(len(mentions) - 1)
    return added


def _as_were(lows: list[str], mentions: list[Mention]) -> list[int]:
    """A count added after the clause of another with ", as were" / ", as was" ("two men were
    killed, as were three children"; "a woman died, as did her son" is not this form): both are
    parts of a total of the two, under the first one's outcome. Only numbers (a list's total
    included), not single victims ("X was killed, as was his son": a narrative naming its dead one
    by one, whose sums are no toll); not with fighters (two sides, like a list: :func:`list_totals`). Appends the totals to ``mentions``; returns their indices."""

    added: list[int] = []
    for m in list(mentions):
        s = m.count.start
        if s < 3 or lows[s - 3:s] not in ([",", "as", "were"], [",", "as", "was"]) or not _member(m, lows) \
                or m.parent is not None or m.breakdown:
            continue
        before = [x for x in mentions if x.np_end <= s - 3 and x.parent is None and not x.breakdown
                  and x.outcome in ("killed", "injured") and x.head]
        if not before:
            continue
        p = max(before, key=lambda x: (x.np_end, x.count.end - x.count.start))  # a list's total over its last member
        if m.outcome not in (None, p.outcome) or ";" in lows[p.np_end:s] or "." in lows[p.np_end:s] \
                or p.count.qualifier != "exact" or p.count.low is None or p.count.low != p.count.high \
                or any(x.group == "combatants" and x.subgroup != "police" for x in (p, m)) \
                or any(x.count.kind not in ("digit", "word") and (x.count.low or 0) < 2 for x in (p, m)):
            continue
        m.outcome = p.outcome
        n = p.count.low + (m.count.low or 0)
        added.append(_total_of(mentions, p, m, n, p.group if p.group == m.group else "people"))
    return added


def _closed_apposition(lows: list[str], end: int) -> bool:
    """The list ending at ``end`` is closed by a comma before its verb ("Three people, a woman and
    her two sons, were killed"): an apposition to the count before it, not more victims."""
    return end < len(lows) and lows[end] == "," and (end + 1 == len(lows) or lows[end + 1] not in _SEP)


_OTHERS = frozenset({"other", "others", "more"})


def _titled(lows: list[str], k: int) -> bool:
    """A titled name ends at ``k``: a title (``titles.toml``) up to three words before it
    ("JUDGE ANA RIOS and two others"), or a title of two words ending there ("UNION LEADER ANA
    MARIA RIOS and two others")."""
    from civcas.extract.titled import is_title

    return any(is_title(w) for w in lows[max(0, k - 3):k]) or any(
        is_title(" ".join(lows[j:j + 2])) for j in range(max(0, k - 5), k - 1))


def _one_and_others(lows: list[str], mentions: list[Mention], m: Mention) -> Mention | None:
    """ "Judge X and seven other people were killed", "he and two others were wounded", "killing him
    and nine more people": one person
    before "and" plus the others, a total of one more (with the others as its part); None when the
    word before "and" ends a count or is a trigger ("one was killed and two others wounded")."""
    s = m.count.start
    if s < 2 or lows[s - 1] != "and" or m.count.end >= len(lows) or lows[m.count.end] not in _OTHERS \
            or not _member(m, lows) or m.count.kind not in ("digit", "word") or m.outcome not in ("killed", "injured"):
        return None
    from civcas.extract.counts import Mention
    from civcas.extract.lexicon import lexicon

    x = lows[s - 2]
    if lows[m.count.end] == "more" and x not in ("he", "she", "him", "her"):
        return None  # "killing him and nine more people"; not "a guard died and four more were hurt"
    lex = lexicon()
    if x in lex.trigger_words:
        return None  # "two were shot dead and 14 others wounded", "one had died and four others": a verb, no person
    if any(o.np_end == s - 1 for o in mentions) or not (x in ("he", "she", "him", "her") or (
            not x.endswith("s") and lex.persons.match_at(lows, s - 2) is not None) or _titled(lows, s - 2)):
        return None  # a person: "he", "the driver", "Mayor X" (not "the attack and two other soldiers")
    n = (m.count.low or 0) + 1
    t = Mention(Count(n, n, "exact", s - 2, m.count.end, "digit"), m.np_end)
    t.group, t.head, t.outcome = "people", True, m.outcome
    return t


_WITH = (["along", "with"], ["together", "with"])
_IRREGULAR = frozenset({"guerrillas", "guerrilla", "rebels", "rebel", "terrorists", "terrorist",
                        "gunmen", "gunman", "attackers", "assailants", "subversives", "militants",
                        "insurgents", "fighters", "suspects", "kidnappers"})


def _one_with_party(lows: list[str], mentions: list[Mention]) -> list[int]:
    """One harmed person and a counted party of theirs: "Minister X was killed near his home,
    along with two of his bodyguards", "the murder of Judge X and three of her escorts". The party
    takes the person's outcome; both are parts of a total of one more (not with fighters: "the
    commander was killed along with six guerrillas" counts two sides; not across another verb:
    "rebels killed a teacher, and the army arrested the mayor as well as two peasants"). Appends the totals to
    ``mentions``; returns their indices."""

    added: list[int] = []
    for i, m in enumerate(list(mentions)):
        s = m.count.start
        if not _member(m, lows) or m.count.kind not in ("digit", "word") or m.parent is not None or s < 2:
            continue
        along = lows[s - 2:s] in _WITH or lows[s - 3:s] == ["as", "well", "as"]
        if along and m.outcome is None:
            m.outcome = _verb_before(lows, mentions, s)  # "killed the mayor of X, as well as two peasants"
        party = along or (lows[s - 1] == "and" and lows[m.count.end:m.count.end + 1] == ["of"]
                          and lows[m.count.end + 1:m.count.end + 2] in (["his"], ["her"], ["their"]))
        owned = not party and _owned_party(lows, m)  # "... AN AMBUSH WHERE THREE OF HER GUARDS ALSO DIED"
        if not (party or owned):
            continue
        prev = [j for j in range(i) if mentions[j].outcome in ("killed", "injured") and not mentions[j].breakdown]
        if not prev:
            continue
        p = mentions[prev[-1]]
        gap = lows[p.np_end:s]
        if p.count.low != 1 or not p.head or p.parent is not None or "." in gap or ";" in gap \
                or any(w.endswith("ed") and w not in _HARM_VERBS for w in gap) \
                or (not along and not owned and p.np_end != s - 1) or m.outcome not in (None, p.outcome) \
                or (owned and (m.outcome is None or also_at(lows, m.np_end, m.np_end + 8) < 0)) \
                or any(p.np_end <= o.count.start < s for o in mentions if o is not m):
            continue
        m.outcome = p.outcome
        if lows[m.np_end - 1] in _IRREGULAR:
            continue
        added.append(_total_of(mentions, p, m, (m.count.low or 0) + 1, "people"))
    return added


def _total_of(mentions: list[Mention], p: Mention, m: Mention, n: int, group: str) -> int:
    """Append the exact total ``n`` of the two parts ``p`` and ``m`` (from ``p``'s count to ``m``'s
    noun), make them its breakdown and return its index."""
    from civcas.extract.counts import Mention

    t = Mention(Count(n, n, "exact", p.count.start, m.count.end, "digit"), m.np_end)
    t.group, t.head, t.outcome = group, True, p.outcome
    mentions.append(t)
    k = len(mentions) - 1
    for part in (p, m):
        part.breakdown, part.parent, part.named = True, k, False
    return k


_OWNERS = frozenset({"his", "her"})


def _owned_party(lows: list[str], m: Mention) -> bool:
    """The count at ``m`` is a party of one person named before it, by a possessive: "his two
    bodyguards", "two of her escorts", "three members of his family" (the harm must be "also"
    theirs: see :func:`_one_with_party`)."""
    s, e = m.count.start, m.count.end
    return (s >= 1 and lows[s - 1] in _OWNERS) or any(
        lows[i] == "of" and lows[i + 1] in _OWNERS for i in range(e, min(m.np_end + 1, len(lows) - 1)))


_HARM_VERBS = {"killed": "killed", "murdered": "killed", "assassinated": "killed", "slain": "killed",
               "killing": "killed", "murdering": "killed", "massacred": "killed", "died": "killed",
               "wounded": "injured", "injured": "injured", "wounding": "injured", "injuring": "injured"}


def _verb_before(lows: list[str], mentions: list[Mention], s: int) -> str | None:
    """The outcome of the harm verb of the clause before ``s`` ("guerrillas killed the mayor of the
    town, as well as [two peasants]"): the nearest one within 20 words, with no count or sentence
    break between."""
    starts = {o.count.start for o in mentions}
    for q in range(s - 1, max(-1, s - 21), -1):
        if lows[q] in (".", ";", ":") or (q in starts and q != s):
            return None
        if lows[q] in _HARM_VERBS:
            return _HARM_VERBS[lows[q]]
    return None
