"""Small toll forms of monitors' narratives that the count readers ask about: a toll noun before
"as" ("the injury toll as 12-24"), the words that make a toll noun a death toll ("the number of
martyrs rose to 12"), a clause that tells the fate of only some of the counted ("40 people, some of
whom were killed"), the people a toll noun counts ("the number of civilians killed") and an age
below 18 after a partitive ("nine of them were younger than ten").
"""

from __future__ import annotations

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import parse_count

# words by a toll noun that make it a death toll ("the number of martyrs rose to 12")
TOLL_KILLED = frozenset({"dead", "deaths", "death", "killed", "fatalities", "toll", "casualties", "martyrs",
                         "martyred"})
_TOLL_NOUN_OF = frozenset({"deaths", "dead", "killed", "martyrs", "fatalities", "injured", "wounded", "injuries"})
_SOME = frozenset({"some", "many", "several", "few", "one", "two", "three", "four", "five"})
_AUX_WORDS = frozenset({"were", "was", "had", "have", "has", "been", "are", "is", "reportedly", "later"})


def toll_noun_before(lows: list[str], p: int) -> bool:
    """A toll noun ends right before "as" at ``p``: "the injury toll as", "the number of deaths as"."""
    w = lows[p - 1]
    return w in ("toll", "count", "tally") or (w in _TOLL_NOUN_OF and "number" in lows[max(0, p - 5):p - 1])


def some_of_whom(lows: list[str], p: int, lex: Lexicon) -> bool:
    """ ", some of whom were martyred" at ``p``: a verb that tells the fate of only some of the counted."""
    if lows[p:p + 1] != [","] or p + 3 >= len(lows) or lows[p + 1] not in _SOME or lows[p + 2] != "of" \
            or lows[p + 3] not in ("whom", "them"):
        return False
    q = p + 4
    while q < len(lows) and lows[q] in _AUX_WORDS:
        q += 1
    return lex.triggers_after.match_at(lows, q) is not None


def minors_by_age(lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "younger than ten", "under the age of 12", "under 18": an age below 18 at ``k``."""
    q = k
    if lows[q:q + 2] in (["younger", "than"], ["less", "than"]):
        q += 2
    elif q < len(lows) and lows[q] in ("under", "below"):
        q += 1
        if lows[q:q + 3] == ["the", "age", "of"]:
            q += 3
    else:
        return False
    age = parse_count(lows, q, lex)
    return age is not None and age.kind in ("digit", "word") and age.low is not None and age.low <= 18


def toll_group(lows: list[str], q: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """The people a toll noun at ``q`` counts: "the number of civilians killed" -> civilians,
    "the number of children killed" -> children (None: no person noun right after "of")."""
    p = q + 1
    if lows[p:p + 1] != ["of"]:
        return None
    p += 1
    if p < len(lows) and lows[p] in ("the", "those"):
        p += 1
    got = lex.persons.match_at(lows, p)
    if got is None or lows[p] in ("victims", "people", "persons"):
        return None
    group, sub = got[1]
    return (group, sub) if group != "combatants" or sub is not None else None
