"""A killing noun whose "of" comes after a time phrase: "THE MURDER ON 27 FEBRUARY OF SIX MORE
UNION MEMBERS", "the assassination on 22 March of Senator X", "the killing last week of four
farmers", "THE MURDER ON THE EVENING OF 3 MAY OF TOWN COUNCILOR X".  Wire copy puts the date
between the noun and its victims; the victims are read as after "the murder of" (counts by
``count_triggers``, a single named victim by ``named``).

The phrase between the noun and "of" must open with a preposition or time adverb ("on", "in",
"last", ...) and hold a time anchor (a month, a weekday, a day number, "night", "week", ...); at
most eight words, none of them a verb or a noun other than a time word, so "the murder in the
village of Tiquisate" (a place, no time) and "the killing of civilians" (no phrase) are left to
the other readers.
"""

from __future__ import annotations

from civcas.extract.when import MONTH_NUMBERS, WEEKDAYS

# killing nouns that take their victims after "of" (singular and plural)
DEATH_OF_NOUNS = frozenset({"murder", "murders", "assassination", "assassinations", "killing", "killings",
                            "execution", "executions", "slaying", "slayings", "massacre", "death", "deaths"})
_OPENERS = frozenset({"on", "in", "at", "during", "last", "this", "early", "late", "earlier", "yesterday",
                      "today", "overnight"})
_MONTHS = frozenset(MONTH_NUMBERS)  # "may", "sept", "december"
_DAYS = frozenset(WEEKDAYS)
_ANCHORS = _MONTHS | _DAYS | frozenset({"night", "nights", "evening", "morning", "afternoon", "dawn", "week",
                                        "weekend", "month", "year", "yesterday", "today", "overnight", "midnight"})
_FILLERS = _OPENERS | frozenset({"the", "of", "a", ",", "same", "previous", "following", "past", "that"})
_SPAN = 8


def _time_word(w: str) -> bool:
    return w in _ANCHORS or w in _FILLERS or (w.isdigit() and len(w) <= 4)


def _anchored(words: list[str]) -> bool:
    return bool(words) and words[0] in _OPENERS and any(w in _ANCHORS or w.isdigit() for w in words)


def _time_after_of(lows: list[str], q: int) -> bool:
    """The words after the "of" at ``q`` go on with the time phrase: "the night of [2 June]", "the
    evening of [Sunday]", "in May of [1989]" (a day number before a month, or a year), not a count
    ("of [11 farmers]")."""
    w = lows[q + 1]
    if w.isdigit():
        return (len(w) == 4 and w[:2] in ("19", "20")) or (q + 2 < len(lows) and lows[q + 2] in _MONTHS)
    return _time_word(w)


def dated_of_after(lows: list[str], p: int) -> int:
    """The index of the "of" that takes the victims of the killing noun at ``p`` across a time
    phrase ("the murder [on 27 February] of ..."), else -1."""
    if lows[p] not in DEATH_OF_NOUNS:
        return -1
    for q in range(p + 2, min(len(lows), p + 2 + _SPAN)):
        if lows[q] == "of" and _anchored(lows[p + 1:q]) and q + 1 < len(lows) \
                and not _time_after_of(lows, q):
            return q
        if not _time_word(lows[q]):
            return -1
    return -1


def dated_noun_before(lows: list[str], p: int) -> int:
    """The index of the killing noun whose victims follow the "of" at ``p`` across a time phrase
    (see :func:`dated_of_after`), else -1."""
    if lows[p] != "of":
        return -1
    for q in range(p - 1, max(-1, p - 2 - _SPAN), -1):
        if lows[q] in DEATH_OF_NOUNS and q + 1 < p:
            return q if dated_of_after(lows, q) == p else -1
        if not _time_word(lows[q]):
            return -1
    return -1
