"""Small toll forms of monitors' narratives that the count readers ask about: a toll noun before
"as" ("the injury toll as 12-24"), the words that make a toll noun a death toll ("the number of
martyrs rose to 12"), a clause that tells the fate of only some of the counted ("40 people, some of
whom were killed"), the people a toll noun counts ("the number of civilians killed") and an age
below 18 after a partitive ("nine of them were younger than ten"), a number that dates a toll's
period between its noun and its count ("put the toll since October 7th at 1,900") and a toll named
after its number ("brings to three the number of people killed").
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


def toll_group(lows: list[str], q: int, lex: Lexicon) -> tuple[str, str | None, str] | None:
    """The people a toll noun at ``q`` counts and their noun: "the number of civilians killed" ->
    civilians, "the number of children killed" -> children (None: no person noun right after "of")."""
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
    return (group, sub, lows[got[0] - 1]) if group != "combatants" or sub is not None else None


# a number that dates: a year after these words, a day before "th"/"st"/... or next to a month
_DATE_LEADS = frozenset({"since", "in", "of", "from", "until", "till", "by", "before", "after", "during"})
_ORDINAL_ENDS = frozenset({"th", "st", "nd", "rd"})
_MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def dated_number(lows: list[str], q: int) -> bool:
    """The number at ``q`` is a date, no count: "since October 7th", "on 12 March", "since 2014" (a
    toll's period between its noun and its count: "put the toll since October 7th at 1,900")."""
    w = lows[q]
    if q + 1 < len(lows) and lows[q + 1] in _ORDINAL_ENDS:
        return True  # "October 7th"
    if (q > 0 and lows[q - 1] in _MONTH_WORDS) or (q + 1 < len(lows) and lows[q + 1] in _MONTH_WORDS):
        return True  # "October 7", "7 October"
    return len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100 and q > 0 and lows[q - 1] in _DATE_LEADS


# verbs that carry a toll up to a number named before the toll: "brings to three the number of ..."
_BRING = frozenset({"brings", "brought", "bringing", "bring", "raises", "raised", "raising", "raise",
                    "takes", "took", "taking", "pushes", "pushed", "pushing", "lifts", "lifted", "lifting",
                    "puts", "putting"})
_TOLL_INJURED = frozenset({"wounded", "injured", "injuries", "hurt"})


def toll_ahead(lows: list[str], start: int, end: int,
               lex: Lexicon) -> tuple[str, tuple[str, str | None, str] | None] | None:
    """A toll named after the number it reaches: "brings to three the number of students killed",
    "raised to 11 the death toll", "took to five the number of dead" (the count at ``start:end``,
    right after "<verb> to").  Its outcome and the group of its "number of <persons>" (as
    :func:`toll_group`), else None."""
    if start < 2 or lows[start - 1] != "to" or lows[start - 2] not in _BRING or lows[end:end + 1] != ["the"]:
        return None
    for q in range(end + 1, min(len(lows), end + 12)):
        w = lows[q]
        if w in (".", ";", ","):
            break
        outcome = "killed" if w in TOLL_KILLED else "injured" if w in _TOLL_INJURED else None
        if outcome is not None:
            group = next((g for p in range(end + 1, q) if lows[p] == "number"
                          and (g := toll_group(lows, p, lex)) is not None), None)
            return outcome, group
    return None
