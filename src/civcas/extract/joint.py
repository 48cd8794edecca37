"""One count with two outcomes: "dozens were killed and injured", "12 people were killed and wounded".

The number counts the killed and the injured together (casualties), so it is neither toll alone:

* a vague number ("dozens", "scores", "hundreds", "many") gives two figures, each qualifier
  ``vague``: killed at least two (low 2, the plural convention of ``plurals.py``, high None) and
  injured with the quantity itself ("dozens" 12 to 24). In a blast the wounded are the bulk of the
  casualties, and casualty recorders read the quantity so: Airwars' assessments range the injured
  12 to 24 "given the references to 'dozens'" where sources wrote only "dozens were killed and
  injured", and count the dead in the plural as at least two;
* an exact number ("12 people were killed and wounded") gives no figure, like "killed or wounded".

The participles may also stand before the person noun: "at least eight killed and injured children
were carried in" (a joint count of casualties, the same rule), and the two casualty nouns may
follow the count: "dozens of martyrs and wounded", "a large number of dead and injured".

Active verbs with their own objects are not this form: "the strike killed 12 and injured 30".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import parse_count
from civcas.extract.plurals import PLURAL_LOW

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

_AUX = frozenset({"were", "was", "been", "being", "are", "is", "have", "has", "had", "reportedly",
                  "allegedly", "also", "all", "both", "either"})
# a reported passive: "scores were said to have been killed and wounded"
_REPORTED = _AUX | frozenset({"reported", "said", "believed", "thought", "feared", "to"})
_CLAUSE_VERBS = frozenset({"were", "was", "are", "is", "have", "has", "had"})
_BOTH = frozenset({"killed", "injured"})


def _second_outcome(lows: list[str], m: Mention, lex: Lexicon) -> str | None:
    """The other outcome when "<count> were <killed> and <injured>" follows the mention."""
    n = len(lows)
    p = m.np_end
    while p < n and p < m.np_end + 6 and lows[p] in _REPORTED:
        p += 1
    t = lex.triggers_after.match_at(lows, p)
    if t is None or t[1] != m.outcome or t[0] + 1 >= n or lows[t[0]] != "and":
        return None
    q = t[0] + 1
    while q < n and q < t[0] + 3 and lows[q] in _AUX:
        q += 1
    if p == m.np_end and m.count.kind == "vague" and lows[m.count.end - 1] == "of" and m.outcome in _NOUNS \
            and q < n and lows[q] in _NOUNS["injured" if m.outcome == "killed" else "killed"] \
            and lows[q + 1:q + 2] not in ([v] for v in _CLAUSE_VERBS):
        return "injured" if m.outcome == "killed" else "killed"  # "dozens of killed and injuries"
    t2 = lex.triggers_after.match_at(lows, q)
    if t2 is None or t2[1] not in _BOTH or t2[1] == m.outcome:
        return None
    if p == m.np_end and lex.persons.match_at(lows, t2[0]) is None \
            and not (m.head and m.count.kind == "vague"):
        return None  # passive only, or the participles before a person noun: "six killed and injured
        # children", or a reduced passive after a vague count's noun: "scores of people killed and injured"
    if t2[0] < n and (parse_count(lows, t2[0], lex) is not None or lows[t2[0]] in lex.units):
        return None  # "... killed and injured 30 others": an object of its own
    return t2[1]


_NOUNS = {"killed": frozenset({"martyrs", "martyred", "dead", "deceased", "killed", "deaths", "fatalities", "bodies"}),
          "injured": frozenset({"wounded", "injured", "injuries", "wounds", "injury"})}


def _noun_pair(lows: list[str], m: Mention, lex: Lexicon) -> str | None:
    """The other outcome when the counted noun is one of a pair of casualty nouns: "dozens of
    martyrs and wounded", "a large number of dead and injured" (a count of casualties)."""
    e = m.np_end
    if not m.head or e < 1 or e + 1 >= len(lows) or lows[e] != "and" or m.outcome not in _NOUNS \
            or lows[e - 1] not in _NOUNS[m.outcome]:
        return None
    other = "injured" if m.outcome == "killed" else "killed"
    if e + 2 < len(lows) and (parse_count(lows, e + 2, lex) is not None or lows[e + 2] in ("the", "a", "an")):
        return None  # "recovered 12 bodies and injured 30 others": a verb with its own object
    return other if lows[e + 1] in _NOUNS[other] else None


def joint_outcomes(lows: list[str], mentions: list[Mention], out: list[Mention],
                   lex: Lexicon) -> list[Mention]:
    """Apply the two-outcome rule to the resolved mentions ``out``; a second figure is appended to
    ``mentions`` too (the caller indexes figures by their place in that list)."""
    if "and" not in lows:
        return out
    result: list[Mention] = []
    for m in out:
        if m.outcome not in _BOTH or m.breakdown or m.zero or m.named:
            result.append(m)
            continue
        other = _second_outcome(lows, m, lex) or _noun_pair(lows, m, lex)
        if other is None:
            result.append(m)
            continue
        if m.count.kind not in ("vague", "plural"):
            m.outcome = None  # "12 people were killed and wounded": casualties, no single toll
            continue
        whole = m.count
        m.count = replace(m.count, low=PLURAL_LOW, high=None, qualifier="vague")
        twin = replace(m, outcome=other, details=list(m.details))
        (twin if other == "injured" else m).count = whole  # the wounded keep the quantity
        mentions.append(twin)
        result.extend((m, twin))
    return result
