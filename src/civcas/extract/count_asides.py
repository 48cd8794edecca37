"""The trigger right after a counted phrase and the asides a count may stand behind (split from
:mod:`civcas.extract.count_triggers`, which reads a count's trigger with them).

* :func:`match_after`: a casualty trigger at a position after a counted noun phrase ("were
  reportedly killed", "was also shot"; not an active verb with its object: "two gunmen killed the
  driver");
* :func:`closes_apposition`, :func:`aside_end`, :func:`listed_breakdown_end`: the comma that closes an
  apposition ("The guard, a 40-year-old man, died"), an aside of names ("two officers, Sgt. Kim
  Park and Lee Ortiz, were hurt") or a breakdown listed with commas, when a trigger follows it.
"""

from __future__ import annotations

from functools import cache

from civcas.datafiles import load_toml
from civcas.extract.counts import (
    ACTIVE_FIRST,
    ACTIVE_NEXT,
    ACTIVE_VERBS,
    AUX,
    DASHES,
    MONTHS,
    PLACE_WORDS,
    PUNCT_STOP,
    Mention,
    is_number_token,
)
from civcas.extract.forms import injury_verb
from civcas.extract.hitcounts import also_at
from civcas.extract.lexicon import Lexicon
from civcas.extract.text import ABBREVIATIONS

# time words between an acting subject and its verb ("gunmen today wounded ...", "gunmen last night killed")
_WHEN_WORDS = frozenset({"today", "yesterday", "tonight", "night", "last", "early", "late", "this", "morning",
                         "afternoon", "evening", "reportedly", "allegedly", "also", "then", "later"})
# a place after "shot at": "was shot at a party", "shot at his home" (not "they were shot at")
_PLACE_DET = frozenset({"a", "an", "the", "his", "her", "their", "its", "home", "school", "work"})


def match_after(lows: list[str], p: int, lex: Lexicon, zero: bool = False) -> tuple[int, str] | None:
    """A trigger that follows a counted phrase at ``p`` (passive or intransitive use)."""
    t = lex.triggers_after.match_at(lows, p)
    if t is None and lows[p] in AUX and p + 2 < len(lows) and (lows[p + 1].endswith("ly") or also_at(lows, p + 1, p + 2) >= 0) \
            and lows[p + 1] not in lex.trigger_words:
        # "a girl was accidentally shot", "a woman was also shot": the adverb between the auxiliary and the verb
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
                and (lows[end + 1] in _PLACE_DET or is_number_token(lows[end + 1]))):
            # "two others were shot down", "they were shot at": no one hit ("was shot at a
            # party", "shot at his home", "shot at 1200 Main St" name the place)
            return None
    if end + 1 < len(lows) and lows[end] == "or" and lex.triggers_after.match_at(lows, end + 1) \
            and not zero:
        return None  # "killed or wounded": no single outcome
    if (lows[p] in ACTIVE_VERBS and end == p + 1) or (lows[p] in ACTIVE_FIRST and end > p + 1):
        prev = lows[p - 1] if p > 0 else ""
        nxt = lows[end] if end < len(lows) else ""
        place_at = nxt == "at" and end + 1 < len(lows) and lows[end + 1] not in ("least", "most", "about")
        if prev not in AUX and (nxt in ACTIVE_NEXT or is_number_token(nxt)) and not place_at:
            # "two gunmen killed three people", "killed at least 12": the gunmen are not victims
            # (but "three people shot to death at a home" is a reduced passive before its place)
            return None
        if prev not in AUX and lows[p] in ACTIVE_FIRST and end > p + 1 and nxt[:1].isalpha() \
                and nxt not in lex.stopwords and nxt not in lex.links_after \
                and nxt not in MONTHS and not nxt.endswith("day") and nxt not in lex.trigger_words \
                and nxt not in PLACE_WORDS:
            return None  # "a 19-year-old man shot and killed Delgado": an object follows
        q = p - 1  # "TWO GUNMEN TODAY SERIOUSLY WOUNDED GENERAL X": adverbs and times before the verb
        while q > 0 and p - q <= 3 and (lows[q] in _WHEN_WORDS or (lows[q].endswith("ly") and lows[q] not in lex.stopwords)):
            q -= 1
        if prev not in AUX and p > 0 and lows[q] in _attackers() and nxt[:1].isalpha() \
                and nxt not in lex.stopwords and nxt not in lex.links_after and nxt not in MONTHS \
                and not nxt.endswith("day") and nxt not in lex.trigger_words and nxt not in PLACE_WORDS:
            return None  # "SEVERAL GUNMEN KILLED ROBERTO SARASTY" (capitals: no name to see)
        if prev not in AUX and p > 0 and lows[p] in ACTIVE_VERBS and _titled_object(lows, end):
            return None  # "TWO MEN KILLED JUDGE ANA RIOS": a titled object, the men are no victims
    return end, outcome


def _titled_object(lows: list[str], k: int) -> bool:
    """A title of ``titles.toml`` opens the words at ``k`` ("judge", "mayor", "union leader"), as an
    object does after an active verb; a reduced passive goes on with a place, a time or a clause."""
    from civcas.extract.titled import is_title

    return k < len(lows) and lows[k].isalpha() and (
        is_title(lows[k]) or (k + 1 < len(lows) and is_title(lows[k] + " " + lows[k + 1])))


@cache
def _attackers() -> frozenset[str]:
    """Nouns for attackers (``[attackers] subject_nouns`` in the lexicon): acting before a killing
    verb and a word that is no place or time, they are its subject ("three gunmen killed Judge
    Ortiz"), not victims ("two gunmen killed overnight" stays one)."""
    return frozenset(load_toml("extract", "lexicon.toml")["attackers"]["subject_nouns"])


@cache
def _apposition_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("extract", "lexicon.toml")
    raw, parts = data["links"], data["partitions"]
    return frozenset(raw["apposition_verbs"]), frozenset(raw["apposition_not_after"]) | frozenset(
        parts["ordinals"]) | frozenset(parts["rest"]) | {"another"}


def closes_apposition(lows: list[str], m: Mention, p: int) -> bool:
    """The comma at ``p`` closes an apposition that holds the single count ``m`` and a verb of
    ``[links] apposition_verbs`` follows it ("The victim, a 23-year-old woman, died"): the verb is
    the apposed person's (see the data file).  Not after an attacker noun, an ordinal or "other":
    "the third person, a woman, died" is one of a partition (``[partitions]``)."""
    verbs, not_after = _apposition_words()
    a = m.count.start
    if m.apposed or m.count.low != 1 or m.count.high != 1 or a < 2 or lows[a - 1] != "," \
            or not lows[a - 2].isalpha() or not not_after.isdisjoint(lows[max(0, a - 4):a - 1]) \
            or p + 1 >= len(lows):
        return False
    q = p + 1
    while q < len(lows) - 1 and lows[q] in ("later", "then", "also", "eventually", "subsequently"):
        q += 1
    return lows[q] in verbs


def trigger_next(lows: list[str], p: int, lex: Lexicon) -> bool:
    """True when a trigger follows at ``p`` after at most three auxiliaries or adverbs."""
    for q in range(p, min(len(lows), p + 4)):
        if match_after(lows, q, lex) is not None:
            return True
        if lows[q] not in lex.links_after and not (lows[q].endswith("ly") and len(lows[q]) > 4):
            return False
    return False


def abbreviation_dot(lows: list[str], q: int) -> bool:
    """The "." at ``q`` ends an abbreviation inside an aside ("officers, Sgt. Ann Lee and ..."),
    not the clause."""
    return lows[q] == "." and q > 0 and lows[q - 1] in ABBREVIATIONS


def aside_end(lows: list[str], p: int, starts: dict[int, int], mentions: list[Mention],
               lex: Lexicon) -> int | None:
    """The comma that closes an aside of names or words opened by the comma at ``p``, when a
    trigger follows it: "three officers, Sgt. Ann Lee, Tom Ray and Joe Bell, were wounded". The
    aside holds no count, trigger or sentence stop and at most 20 tokens; None when there is none."""
    for r in range(p + 1, min(len(lows), p + 22)):
        tok = lows[r]
        if (tok in PUNCT_STOP and not abbreviation_dot(lows, r)) or tok in ("(", ")") \
                or (r in starts and not mentions[starts[r]].apposed) or match_after(lows, r, lex) is not None:
            return None
        if tok == "," and r > p + 1 and trigger_next(lows, r + 1, lex):
            return r
    return None


def listed_breakdown_end(lows: list[str], q: int, lex: Lexicon) -> int:
    """The comma or dash that closes a breakdown whose items are themselves separated by commas
    ("nine civilians, including two men, three women, one of whom was pregnant, and four
    children, were killed"): the first one followed by a trigger, within 40 tokens and with no
    trigger or sentence stop among the items.  ``q`` (the first comma) when there is none."""
    for r in range(q + 1, min(len(lows), q + 40)):
        tok = lows[r]
        if tok in PUNCT_STOP or tok == "(":
            return q
        if tok == "," or tok in DASHES:
            if trigger_next(lows, r + 1, lex):
                return r
        elif match_after(lows, r, lex) is not None:
            return q  # a trigger among the items: "including two women who were injured"
    return q
