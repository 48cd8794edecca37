"""Bare plurals: victims named by a plural noun with no number ("others were injured",
"civilians were killed", "the strike killed her children").

A plural says at least two.  Airwars codes such a report as a range starting at 2 (injured civilians
mentioned only in the plural, with no number), and a plural is the weakest
claim a monitor can record; ACLED's "several"/"many" = 10 is a guess we do not make.  So a bare
plural gives ``low = 2``, ``high = None``, qualifier ``vague`` (see the vague-number table in
docs/extraction.md), and only when both the group and the outcome are explicit: the noun is in
``[plurals]`` of the lexicon (civilians, children, women, others...: never fighters, victims or
"the dead") and a trigger goes with it in the usual way ("were injured", "killing ..."); the
elliptical "and others were wounded" takes the group of the count before it.

Nouns after a determiner that refers back ("the civilians", "these children", "of whom"), inside
a number's noun phrase, or after "among"/"of"/"other than" are not bare plurals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

PLURAL_LOW = 2  # a plural means at least two

# words before the noun that make it a reference or a non-victim, not a new bare plural
_BLOCK_BEFORE = frozenset({"the", "these", "those", "this", "that", "of", "among", "amongst", "than",
                           "all", "both", "no", "any", "some", "most", "such", "our", "your", "its",
                           "whose", "which", "many", "few", "other", "more", "displaced", "injured", "wounded",
                           "dead", "killed", "with", "for", "to", "against", "on", "at", "by", "from",
                           "like", "help", "protect", "evacuate", "evacuated", "treat", "treated"})
# before the noun, a status said of people counted earlier, not new victims ("as well as" still lists)
_COPULA = frozenset({"be", "being", "been", "are", "were", "was", "is"})
_BLOCK_AFTER = frozenset({"who", "whom", "whose", "'s", "’s", "of", "'", "’"})  # "a girls' school"


def bare_plural(lows: list[str], i: int, lex: Lexicon) -> Mention | None:
    """A bare-plural mention at token ``i`` (its noun), or None."""
    from civcas.extract.counts import Mention

    if lows[i] not in lex.plurals:
        return None
    prev = lows[i - 1] if i > 0 else ""
    if prev in _BLOCK_BEFORE or prev[:1].isdigit() or prev in lex.units or prev in lex.tens:
        return None
    if prev in _COPULA or (prev == "as" and i > 1 and lows[i - 2] != "well"):
        return None  # "five people said to be civilians", "identified as civilians": a status
    for q in range(max(1, i - 5), i):
        if lows[q] == "of" and (lows[q - 1] in lex.units or lows[q - 1][:1].isdigit()
                                or lows[q - 1] in ("each", "none", "some", "most", "all")):
            return None  # "one of the ambassador's daughters was shot": a count of its own
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in _BLOCK_AFTER:
        return None
    pm = lex.persons.match_at(lows, i)
    if pm is None:
        return None
    end, (group, sub) = pm
    if group == "combatants" or (sub is not None and sub != "family"):
        return None
    m = Mention(Count(PLURAL_LOW, None, "vague", i, i, "plural"), end, head=True)
    m.group, m.subgroup = group, sub
    m.generic = group == "people"
    return m
