"""One count with two outcomes: "dozens were killed and injured", "12 people were killed and wounded".

The number counts the killed and the injured together (casualties), so it is neither toll alone:

* a vague number ("dozens", "scores", "hundreds", "many") says only that more than one was killed
  and more than one injured: two figures, killed and injured, each qualifier ``vague``, low 2
  (the plural convention of ``plurals.py``), high None;
* an exact number ("12 people were killed and wounded") gives no figure, like "killed or wounded".

The participles may also stand before the person noun: "at least eight killed and injured children
were carried in" (a joint count of casualties, the same rule).

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
_BOTH = frozenset({"killed", "injured"})


def _second_outcome(lows: list[str], m: Mention, lex: Lexicon) -> str | None:
    """The other outcome when "<count> were <killed> and <injured>" follows the mention."""
    n = len(lows)
    p = m.np_end
    while p < n and p < m.np_end + 4 and lows[p] in _AUX:
        p += 1
    t = lex.triggers_after.match_at(lows, p)
    if t is None or t[1] != m.outcome or t[0] + 1 >= n or lows[t[0]] != "and":
        return None
    q = t[0] + 1
    while q < n and q < t[0] + 3 and lows[q] in _AUX:
        q += 1
    t2 = lex.triggers_after.match_at(lows, q)
    if t2 is None or t2[1] not in _BOTH or t2[1] == m.outcome:
        return None
    if p == m.np_end and lex.persons.match_at(lows, t2[0]) is None:
        return None  # passive only, or the participles before a person noun: "six killed and injured children"
    if t2[0] < n and (parse_count(lows, t2[0], lex) is not None or lows[t2[0]] in lex.units):
        return None  # "... killed and injured 30 others": an object of its own
    return t2[1]


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
        other = _second_outcome(lows, m, lex)
        if other is None:
            result.append(m)
            continue
        if m.count.kind not in ("vague", "plural"):
            m.outcome = None  # "12 people were killed and wounded": casualties, no single toll
            continue
        m.count = replace(m.count, low=PLURAL_LOW, high=None, qualifier="vague")
        twin = replace(m, outcome=other, details=list(m.details))
        mentions.append(twin)
        result.extend((m, twin))
    return result
