"""Single victims without a number: "Judge X was murdered", "he was shot dead", "the
assassination of X", "X's murder", "the boy has died".

They count one person, and only where the document gives no number for that outcome (see
``assemble``), so that a list of named dead in a multi-victim report does not produce conflicting
"1 killed" tolls.  An age in apposition makes the victim a child ("Carl Jones, 14, died").
"""

from __future__ import annotations

from civcas.extract.counts import _AUX, Mention
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count


def _is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


_NAMED_BLOCK = frozenset(
    ["it", "this", "that", "which", "what", "there", "one", "who", "whom", "they", "we", "you", "i", "attack", "bomb", "car", "building", "house", "area", "town", "city", "village", "strike", "raid", "plan", "vehicle", "bus", "office", "incident", "operation"])
_DIED_AUX = frozenset({"has", "have", "had", "later", "then", "eventually", "subsequently", "since",
                       "also", "reportedly"})
_DEATH_NOUNS = frozenset({"murder", "assassination", "killing", "death", "execution", "slaying"})


def named_victims(lows: list[str], lex: Lexicon, taken: set[int]) -> list[Mention]:
    """Single victims without a number: "Judge X was murdered", "he was shot dead",
    "the assassination of X", "X's murder".  Used only when a document has no counted figure."""
    out: list[Mention] = []
    n = len(lows)
    for p in range(1, n - 1):
        tok = lows[p]
        subject_end = -1
        age = 99  # an age in apposition: "Carl Jones, 14, died" is a child
        was_outcome = "killed"
        if tok == "died" or (tok == "was" and lows[p + 1] in ("pronounced", "found")):
            if tok == "was" and not (p + 2 < n and lows[p + 2] == "dead"):
                continue
            q = p - 1
            while q > 0 and lows[q] in _DIED_AUX and tok == "died":
                q -= 1  # "the boy has died", "Smith later died"
            if q >= 2 and lows[q] == "," and _is_number_token(lows[q - 1]) and lows[q - 2] == ",":
                age = int(lows[q - 1]) if lows[q - 1].isdigit() else 99
                q -= 3  # "John Smith, 17, died"
            if q < 0 or q in taken:
                continue
            w = lows[q]
            if w in ("he", "she") or (w[:1].isalpha() and w not in lex.stopwords
                                      and w not in _NAMED_BLOCK and w not in lex.trigger_words
                                      and (not w.endswith("s") or age < 99)):
                subject_end = q
        elif tok == "was" or (tok == "been" and lows[p - 1] in ("has", "had")):
            r = p + 1
            while r < n and r < p + 3 and lows[r] in lex.links_after and lows[r] not in _AUX:
                r += 1
            t = lex.triggers_after.match_at(lows, r)
            if t is None or t[1] not in ("killed", "injured"):
                continue
            q = p - 1 if tok == "was" else p - 2
            if q >= 0 and lows[q] == "who":
                q -= 1
            if q >= 2 and lows[q] == "," and _is_number_token(lows[q - 1]) and lows[q - 2] == ",":
                age = int(lows[q - 1]) if lows[q - 1].isdigit() else 99
                q -= 3  # "Carl Jones, 14, was shot dead"
            if q >= 0 and lows[q] == ",":
                q -= 1
            if q < 0 or q in taken:
                continue
            w = lows[q]
            if w in ("he", "she") or ((w[:1].isalpha() and w not in lex.stopwords
                                      and w not in _NAMED_BLOCK and w not in lex.trigger_words
                                      and (not w.endswith("s") or age < 99))
                                      or w.endswith("'s") or w.endswith("’s")):
                subject_end = q
                was_outcome = t[1]
        elif tok in _DEATH_NOUNS and (lows[p - 1].endswith("'s") or lows[p - 1].endswith("’s")) \
                and p - 1 not in taken and lows[p - 1][:-2] not in _NAMED_BLOCK:
            subject_end = p - 1
        if subject_end < 0:
            continue
        if subject_end >= 2 and lows[subject_end - 1] in ("the", "a", "an", "his", "her", "their") \
                and lows[subject_end - 2] == "of":
            continue  # "a 16-year-old son of the shopkeeper was killed": the son is the victim
        c = Count(1, 1, "exact", subject_end, subject_end + 1, "named")
        m = Mention(c, subject_end + 1, head=True, named=True)
        k = max(0, subject_end - 3)
        for j in range(k, subject_end + 1):
            pm = lex.persons.match_at(lows, j)
            if pm is not None and pm[0] == j + 1 and lows[j] not in ("others", "other", "more"):
                m.group, m.subgroup = pm[1]
        if age < 18 and m.group in ("people", "men", "women"):
            m.group, m.subgroup = "children", None
        if tok in _DEATH_NOUNS or tok == "died":
            m.outcome = "killed"
        elif tok in ("was", "been"):
            m.outcome = was_outcome
        out.append(m)
    return out
