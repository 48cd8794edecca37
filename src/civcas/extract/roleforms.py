"""Single persons named by their role in wire and news copy (used by the count readers).

* :func:`apposed_object`: a person set off by an apposition as the object of a killing or wounding
  verb gives its outcome to a single person coordinated after it ("UNIDENTIFIED GUNMEN KILLED X,
  LEADER OF THE FARMERS' UNION, AND A NURSE WHO RODE WITH HIM": the teacher was killed);
* :func:`apposed_roles`: a role noun in apposition to a named or related person is that person, no
  victim of its own ("killed were Omar Haddad, an engineer, and ...", "his nephew, a technician");
* :func:`rest_of_whole`: "TWO OF THE DEAD WERE GUARDS ..., AND THE THIRD WAS A FRUIT SELLER";
* :func:`possessive_role`: "his driver", "THE SENATOR'S CHAUFFEUR" count one person like "a driver",
  a named victim unless joined by "and" to a count (:func:`coordinated_roles`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

_AUX = frozenset(["were", "was", "been", "being", "are", "is", "got", "get", "be"])

_NOT_IN_OBJECT = frozenset({"who", "whom", "which", "that", "when", "while", "after", "before", "as", "and", "or",
                            "but", ";", ".", ":"})
_MAX_APPOSITION = 24
_MAX_OBJECT = 8


def apposed_object(lows: list[str], q: int, lex: Lexicon) -> str | None:
    """The outcome of a trigger before an object set off by an apposition that ends at token ``q``:
    "KILLED MIGUEL PAZ, PRESIDENT OF THE REGIONAL HUMAN RIGHTS COMMITTEE, [and a teacher]",
    "WOUNDED RETIRED GENERAL X, A FORMER MEMBER OF THE JUNTA, [and a retired colonel]" (the person
    before the apposition at most eight words, the apposition at most 24, with no clause in either)."""
    comma = next((c for c in range(q, max(-1, q - _MAX_APPOSITION - 1), -1) if lows[c] in (",", "(")), None)
    if comma is None or comma == q or any(lows[c] in _NOT_IN_OBJECT or lows[c] in _AUX
                                          or lex.triggers_before.match_ending_at(lows, c) is not None
                                          for c in range(comma + 1, q + 1)):
        return None
    for r in range(comma - 1, max(-1, comma - _MAX_OBJECT - 1), -1):
        w = lows[r]
        if not w.isalpha() or w in _NOT_IN_OBJECT or w in _AUX:
            return None
        t = lex.triggers_before.match_ending_at(lows, r - 1)
        if t is not None and r - 1 > 0 and lows[r - 1] != "to":
            return t[1] if t[1] in ("killed", "injured") else None
    return None


def bare_object(lows: list[str], q: int, lex: Lexicon) -> str | None:
    """The outcome of a trigger right before a titled or named object of at most six plain words
    ending at token ``q``, with no article: "WOUNDED COLONEL MARIO VEGA [and a secretary]" (an
    article or a possessive before the object is read by ``count_triggers._object_before``)."""
    for r in range(q, max(-1, q - 6), -1):
        w = lows[r]
        if not w.isalpha() or w in _NOT_IN_OBJECT or w in _AUX or w in lex.stopwords or w in lex.trigger_words:
            return None
        t = lex.triggers_before.match_ending_at(lows, r - 1)
        if t is not None and r - 1 > 0 and lows[r - 1] != "to":
            return t[1] if t[1] in ("killed", "injured") else None
    return None


# words before a person's name that make the name a victim's in a list ("among those killed was X",
# "the dead were X, ...", "killing X")
_LIST_LEAD = frozenset({"was", "were", "including", "include", "included", "includes", "named",
                        "identified", "as", "killing", "killed"})
_NAME_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "de", "del", "la", "da", "van", "von", "-"})


def _name_before(raw: list[str], lows: list[str], comma: int) -> bool:
    """A person's name (capitalised words, mixed-case text only) ends at the comma ``comma`` and is
    led by a victim-list word or an age ("Among the dead was 52-year-old Omar Haddad, ...")."""
    k = comma - 1
    words = 0
    while k >= 0 and words < 6 and ((not raw[k].islower() and raw[k][:1].isalpha()) or lows[k] in _NAME_PARTICLES):
        words += not raw[k].islower()  # "Omar", "al-Ahl", "McKay"
        k -= 1
    if words < 2 or k < 0:
        return False
    return lows[k] in _LIST_LEAD or lows[k] in ("year-old", "old") or (lows[k] == "-" and k > 0 and lows[k - 1] == "old")


def apposed_roles(lows: list[str], raw: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the single role nouns set off after a named or related person: "Omar
    Haddad, an engineer, and his brother were killed" (the engineer is Omar Haddad), "his nephew, a
    laboratory technician" (the nephew); not in capitals (no names to see), and never a count
    after a count ("one civilian, a child": :func:`civcas.extract.count_triggers._apposition`)."""
    if not any(m.count.kind == "article" for m in mentions) or all(w.isupper() or not w[:1].isalpha() for w in raw):
        return mentions
    # a relative after a possessive ("his nephew"), not an article count: "a mother, a father and a
    # child" lists three people
    ends = {m.np_end for m in mentions if m.named and m.count.kind == "article" and m.count.end > m.count.start
            and lows[m.count.start] in ("his", "her", "their")}
    out = []
    for m in mentions:
        s = m.count.start
        if m.count.kind == "article" and lows[s] in ("a", "an") and s >= 2 and lows[s - 1] == "," and (
                s - 1 in ends or _name_before(raw, lows, s - 1)):
            continue  # an apposition: the person before the comma
        out.append(m)
    return out


def coordinated_roles(lows: list[str], mentions: list[Mention]) -> list[Mention]:
    """A person named by a role ("his driver", "the governor's driver", "the mayor of X") joined by
    "and", "as well as", "along with" or "together with" to a count is one of the harmed beside it,
    counted even where the sentence gives a number: "KILLING HER CHAUFFEUR AND TWO OF HER GUARDS",
    "THE VICTIMS INCLUDED THE SENATOR'S CHAUFFEUR AND TWO POLICE AGENTS", "KILLED THE MAYOR OF
    THE VILLAGE OF X, AS WELL AS THREE FARMERS" (the office's "of" phrase is part of the person:
    the list reads on after it); not joined, beside a count, it is covered by the count and read
    no further ("A BOMB KILLED FOUR PEOPLE, AND HIS BODYGUARD DIED": no list of five). Returns the
    mentions kept."""
    out = []
    for i, m in enumerate(mentions):
        if not m.named or possessive_role(lows, m.count.start) is None:
            out.append(m)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i > 0 else None
        end = _of_phrase_end(lows, m.np_end)  # "the police chief of the village and two nurses"
        join = _join_end(lows, end)
        if nxt is not None and join > end and nxt.count.start == join:
            m.named = False
            m.np_end = end  # (the "of" phrase belongs to the person: a list or a party reads on after it)
        elif prev is not None and prev.np_end == m.count.start - 1 and lows[prev.np_end] == "and":
            m.named = False
        elif any(x is not m and x.count.kind in ("digit", "word") for x in mentions):
            continue
        out.append(m)
    return out


# the words that join a person to a count after them: "and", "as well as", "along with", "together
# with" (a comma before any but "and")
_JOINS = (("and",), ("as", "well", "as"), ("along", "with"), ("together", "with"))
_MAX_OF = 8


def _join_end(lows: list[str], e: int) -> int:
    """The token after a joining phrase that starts at ``e`` (a comma first allowed, except before
    "and"), else -1."""
    k = e + 1 if e < len(lows) and lows[e] == "," else e
    for j in _JOINS:
        if tuple(lows[k:k + len(j)]) == j and not (k > e and j == ("and",)):
            return k + len(j)
    return -1


def _of_phrase_end(lows: list[str], e: int) -> int:
    """The end of a short "of" phrase of plain words that starts at ``e`` ("of the village", "of
    the small town of X"), up to a joining word or a comma; else ``e``."""
    if e >= len(lows) or lows[e] != "of":
        return e
    for r in range(e + 1, min(len(lows), e + _MAX_OF + 1)):
        if lows[r] == "," or _join_end(lows, r) > r:
            return r if r > e + 1 else e
        if not lows[r].isalpha():
            return e
    return e


# "the fourth", "the other", "the last", "the remaining one": the rest of a counted whole
_REST = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "other",
                   "last", "remaining", "eleventh", "twelfth"})


def rest_of_whole(lows: list[str], m: Mention, earlier: list[Mention]) -> str | None:
    """The outcome of a single person named as the rest of a whole told before in the sentence:
    "TWO OF THE DEAD WERE GUARDS ..., AND THE THIRD WAS A FRUIT SELLER", "two were soldiers
    and the other was a farmer", "the last one was a nurse": the outcome of the count before it."""
    s = m.count.start
    if m.count.kind != "article" or s < 3 or lows[s - 1] not in ("was", "is"):
        return None
    k = s - 2
    if lows[k] == "one":
        k -= 1
    if k < 1 or lows[k] not in _REST or lows[k - 1] != "the":
        return None
    prev = next((x for x in reversed(earlier) if x.outcome in ("killed", "injured", "missing")), None)
    return prev.outcome if prev is not None else None


@cache
def _roles() -> frozenset[str]:
    return frozenset(load_toml("extract", "lexicon.toml")["possessive"].get("roles", ()))


@cache
def _offices() -> tuple[tuple[str, ...], ...]:
    """The offices of ``[possessive] offices`` as token tuples, longest first."""
    raw = load_toml("extract", "lexicon.toml")["possessive"].get("offices", ())
    return tuple(sorted((tuple(o.split()) for o in raw), key=len, reverse=True))


@cache
def office_words() -> frozenset[str]:
    """The first words of the offices (where the count reader looks for "the mayor of")."""
    return frozenset(o[0] for o in _offices())


def office_end(lows: list[str], i: int) -> int:
    """The end of the office that starts at token ``i`` ("police chief"), else -1."""
    for o in _offices():
        if tuple(lows[i:i + len(o)]) == o:
            return i + len(o)
    return -1


def possessive_role(lows: list[str], i: int) -> Count | None:
    """ "his driver", "her bodyguard", "THE SENATOR'S CHAUFFEUR": one person named by a role in a
    person's service (``[possessive] roles``), counted like "a driver" when a trigger goes with
    it ("killing her chauffeur and two of her guards", "the victims included the senator's chauffeur");
    and one holder of an office of a place or body (``[possessive] offices``): "the town's mayor",
    "the police chief of the village", "KILLED THE GOVERNOR" (after a harm verb of ``[possessive]
    office_verbs``)."""
    n = len(lows)
    if lows[i] in ("his", "her", "their") and i + 1 < n and lows[i + 1] in _roles():
        return Count(1, 1, "exact", i, i + 1, "article")
    if lows[i] == "the" and i + 2 < n and lows[i + 1].endswith(("'s", "’s")) and lows[i + 1][:-2].isalpha() \
            and (lows[i + 2] in _roles() or office_end(lows, i + 2) > 0):
        return Count(1, 1, "exact", i, i + 2, "article")
    if lows[i] == "the" and i + 1 < n and (e := office_end(lows, i + 1)) > 0 and (
            (e + 1 < n and lows[e] == "of") or (i > 0 and lows[i - 1] in _office_verbs())):
        return Count(1, 1, "exact", i, i + 1, "article")  # "the mayor of X", "KILLED THE GOVERNOR"
    return None


@cache
def _office_verbs() -> frozenset[str]:
    return frozenset(load_toml("extract", "lexicon.toml")["possessive"].get("office_verbs", ()))
