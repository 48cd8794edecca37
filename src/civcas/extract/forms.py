"""Small phrase forms the count finder asks about: whether a number can be a head count at all
(ages, times, dates, addresses, serial numbers never are), one relative after a possessive ("killing
his wife"), and injury verbs ("suffered life-threatening injuries").  Split out of ``counts``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, age_span, clock_time, parse_number
from civcas.extract.regex_speed import first_char_guard, literal_alternation
from civcas.extract.shotforms import street_number

_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_AGE_WORDS = frozenset({"year-old", "years-old", "month-old", "week-old", "day-old"})
_BE_AGED = frozenset({"were", "was", "are", "is", "aged", "all"})


def _is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


_SINGULAR_VERBS = frozenset({"was", "is", "has", "remains", "remained", "died", "dies"})
def valid_count(lows: list[str], c: Count, lex: Lexicon) -> bool:
    """Reject units, ages, times, dates, years, money, ordinals, serial numbers."""
    if c.kind == "vague":
        return not (c.end < len(lows) and lows[c.end] in lex.unit_after)
    if c.qualifier == "up_to" and lows[c.start] in ("under", "below") and c.start > 0 \
            and lows[c.start - 1] in _BE_AGED and lex.persons.match_at(lows, c.end) is None:
        return False  # "nine of them were under five": an age, not a count
    if c.kind == "article":
        return True
    k = c.end
    nxt = lows[k] if k < len(lows) else ""
    if nxt in lex.unit_after and not (k + 2 < len(lows) and lows[k + 1] == "-" and _is_number_token(lows[k + 2])):
        return False  # "two m", not "two M-19 guerrillas" (a name-number)
    if nxt in ("-", "–") and k + 1 < len(lows) and lows[k + 1] in lex.unit_after:
        return False
    if nxt.isalpha() and nxt not in lex.stopwords and nxt not in lex.trigger_words \
            and lex.persons.match_at(lows, k) is None and lex.heads.match_at(lows, k) is None and any(
            lows[q] in lex.unit_after and lows[q].endswith("s") for q in range(k + 1, min(len(lows), k + 3))) \
            and not any(lex.persons.match_at(lows, q) is not None for q in range(k + 1, min(len(lows), k + 3))):
        return False  # "FOUR SUBMACHINE GUNS", "TWO GRENADE LAUNCHERS": counted objects after a modifier
    if nxt in (":", "/", "%") and k + 1 < len(lows):
        return False
    if c.year_like and (_is_number_token(nxt) or nxt in lex.units or nxt in lex.tens):
        return False  # "on June 7th 2024 two people were killed": a year before the count
    if nxt in ("a", "an") and c.kind == "digit":
        return False  # "Image 1 of 9 A teen was shot": a caption counter before a new sentence
    if c.kind == "digit" and _is_number_token(nxt) and c.start > 1 and lows[c.start - 1] == "of" \
            and _is_number_token(lows[c.start - 2]):
        return False  # "Image 9 of 9 5-year-old who shot himself dies": the caption's counter
    if c.kind == "digit" and street_number(lows, k, lex):
        return False  # "killed by a gunshot wound at 13915 County Road 3": a house number
    if nxt == "." and k + 1 < len(lows) and _is_number_token(lows[k + 1]):
        return False
    # the count proper (after its qualifier)
    first = c.start
    while first < c.end and not (_is_number_token(lows[first]) or lows[first] in lex.units
                                 or lows[first] in lex.tens or "-" in lows[first]
                                 or parse_number(lows, first, lex) is not None):
        first += 1
    if first == c.start and c.start > 0:
        prev = lows[c.start - 1]
        if prev in _MONTHS and (lex.persons.match_at(lows, k) is not None
                                or lex.heads.match_at(lows, k) is not None):
            pass  # "on 23 September 28 bodies were found": a count after a date
        elif prev in lex.unit_before or prev in ("/", "#", "$", "£", "€"):
            return False
        if prev == ":" and c.start > 1 and _is_number_token(lows[c.start - 2]):
            return False  # "10:30"
        if prev == "." and c.start > 1 and lows[c.start - 2] in _MONTHS:
            return False
        if prev in ("-", "–") and c.start > 1 and _is_number_token(lows[c.start - 2]):
            return False
        if prev == "-" and c.kind == "digit" and c.start > 1 and lows[c.start - 2].isalpha() \
                and len(lows[c.start - 2]) <= 3 and lows[c.start - 2] not in lex.stopwords:
            return False  # "M-19 guerrillas", "an AK-47 rifle": part of a name
    if c.start > 0 and lows[c.start - 1] == "(" and nxt == ")":
        return False  # "Elham Ashour (45)": an age after a name
    if c.kind == "digit" and clock_time(lows, c):
        return False  # "murdered at 1620", "at approximately 0815 (1415 GMT)"
    if c.kind == "digit" and c.start > 1 and lows[c.start - 1] == "," and nxt in _SINGULAR_VERBS \
            and lows[c.start - 2][:1].isalpha() and lows[c.start - 2] not in lex.stopwords \
            and lows[c.start - 2] not in lex.trigger_words \
            and lex.persons.match_at(lows, c.start - 2) is None:
        return False  # "Calvin Jones, 24 was shot": an age after a name, with a singular verb
    w = c.start - 3 if c.start > 2 and lows[c.start - 2:c.start] == [",", "also"] else c.start - 2
    if c.kind == "digit" and w >= 0 and lows[w + 1] == "," and nxt in ("", ".", ";", ")") \
            and lows[w][:1].isalpha() and lows[w] not in lex.trigger_words and lows[w] not in lex.stopwords \
            and lex.persons.match_at(lows, w) is None:
        return False  # "in the death of Chris Moore, 20." / "Dave Cole, also 18.": an age at the end
    if nxt == "," and c.start > 1 and lows[c.start - 1] == "," and lows[c.start - 2][:1].isalpha() \
            and lows[c.start - 2] not in lex.trigger_words and lows[c.start - 2] not in lex.stopwords:
        return False  # "John Smith, 17, of Gary": an age in apposition
    # "007" and other zero-led serial numbers are not counts
    return not (c.kind == "digit" and lows[c.end - 1].startswith("0") and len(lows[c.end - 1]) > 1)


def possessive_kin(lows: list[str], i: int, lex: Lexicon) -> Count | None:
    """ "his wife", "her 8-year-old son": one relative, counted like "a" when a trigger goes with
    it ("killing his wife", "her mother was found dead"); plural nouns never ("her children").
    Like a named victim, it is kept only when the document gives no number for its outcome."""
    p = i + 1
    n = len(lows)
    if p < n and lows[p] in lex.kin_pairs:
        q = p + 1
        while q < min(n, p + 3) and (lows[q] in ("later", "also", "have", "had", "has") or lows[q].endswith("ly")):
            q += 1  # "their parents later told", "her parents have said"
        if q < n and lows[q] in lex.pair_speech:
            return None  # "after the boys were killed their parents told reporters": the pair speaks
        return Count(2, 2, "exact", i, i + 1, "word")  # "his parents": two
    for _ in range(4):  # skip an age or an adjective: "her 8-year-old son", "his elderly father"
        if p < n and lows[p] in lex.kin:
            return Count(1, 1, "exact", i, i + 1, "article")
        if p < n and (age := age_span(lows, p, lex)) is not None and age[0] > p:
            p = age[0]  # "her 8-year-old son", "her five-year-old son", "his 6 year old brother"
        elif p < n and lows[p] in lex.kin_modifiers:
            p += 1
        else:
            return None
    return None


SUFFER = frozenset({"suffered", "sustained", "sustaining", "suffering", "received", "receiving",
                     "sustain", "suffer", "suffers", "sustains",
                     # "four passengers have bullet wounds" (not "had": the dead had wounds too)
                     "have", "has"})
_INJURY_NOUNS = frozenset({"injuries", "injury", "wounds", "wound", "burns"})


@lru_cache(maxsize=1)
def _survive() -> frozenset[str]:
    """Verbs of living through a wound ("survived a gunshot wound to the head"): hurt, not dead."""
    return frozenset(load_toml("extract", "shootings.toml")["survived"]["verbs"])


def injury_verb(lows: list[str], p: int, lex: Lexicon) -> tuple[int, str] | None:
    """ "suffered life-threatening injuries", "sustaining serious wounds", "suffered a gunshot
    wound", "have bullet wounds": (end, "injured"), else None.  Up to three modifiers; "fatal"/"mortal" make it killed."""
    if p >= len(lows) or (lows[p] not in SUFFER and lows[p] not in _survive()):
        return None
    survived = lows[p] in _survive()
    q = p + 1
    if q < len(lows) and lows[q] == "from" and lows[p] in ("suffering", "suffered"):
        q += 1  # "four victims were suffering from gunshot wounds"
    stop = min(len(lows), q + 4)
    fatal = False
    while q < stop:
        w = lows[q]
        if w in _INJURY_NOUNS:
            return q + 1, "killed" if fatal else "injured"
        if (not w[:1].isalpha() and w != "-") or w in ("and", "or", "no", "not", "from", "to", "in", "by",
                                                        "without"):
            return None
        fatal = fatal or (w in ("fatal", "mortal", "deadly", "lethal") and not survived)
        q += 1
    return None


@lru_cache(maxsize=1)
def _shot_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern finding a ``death`` word as a whole ``[a-z]+`` run of lower-cased text (the same
    test as looking it up among the runs, but stopping at the first), and the ``hurt`` pattern."""
    raw = load_toml("extract", "lexicon.toml")["shot_document"]
    hurt = "|".join(re.escape(p) for p in sorted(raw["hurt"], key=len, reverse=True))
    # a word holding any other character is never one run: it can never be found
    death = [w for w in raw["death"] if re.fullmatch(r"[a-z]+", w)]
    never = re.compile(r"(?!)")
    return (literal_alternation(death, before=r"(?<![a-z])", after=r"(?![a-z])") if death else never,
            first_char_guard(re.compile(r"\b(?:" + hurt + r")\b", re.IGNORECASE)))  # (speed: the same matches)


@lru_cache(maxsize=8)
def shot_means_injured(text: str) -> bool:
    """True when a lone "was shot" in ``text`` can only mean wounded: the document tells no death
    at all and says someone was hurt ("is in stable condition", "shot in the leg", "taken to a
    hospital"). See ``[shot_document]`` in the lexicon."""
    death, hurt = _shot_words()
    low = text[:100_000].lower()
    if death.search(low) is not None:
        return False
    return bool(hurt.search(low))


@lru_cache(maxsize=1)
def _cause_words() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The non-violent cue phrases (token tuples) by first token, and the violent words."""
    raw = load_toml("extract", "lexicon.toml")["causes"]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in raw["non_violent"]:
        cue = tuple(p.split())
        if cue:
            by_first.setdefault(cue[0], []).append(cue)
    return {k: tuple(v) for k, v in by_first.items()}, frozenset(raw["violent"])


def non_violent_cause(lows: list[str]) -> bool:
    """True when the sentence puts its deaths or injuries down to an accident, a disaster or illness
    and names no violence at all ("the pilot died in the emergency landing"; see ``[causes]``).
    "heart attack" is a cause, not an attack."""
    cues, violent = _cause_words()
    if not any(tuple(lows[i:i + len(cue)]) == cue
               for i in range(len(lows)) if lows[i] in cues for cue in cues[lows[i]]):
        return False
    return not any(w in violent and not (w == "attack" and i > 0 and lows[i - 1] == "heart")
                   for i, w in enumerate(lows))


@lru_cache(maxsize=1)
def _identity_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["breakdown"]
    return frozenset(raw["nationalities"]), frozenset(raw["origin_nouns"])


_IDENTITY_END = frozenset({",", ".", ";", ")", "--", "–", "—", "and", "were", "was", "who", "nationals",
                           "citizens", ""})


def identity_part(lows: list[str], end: int) -> bool:
    """True when the words after a part's count (``end``: the token after it) give only where some
    of the counted come from: "five of them Spanish,", "three of whom were Spaniards", "four of
    them of Italian origin" (``nationalities``, ``origin_nouns`` in the lexicon's ``[breakdown]``).
    A part with a noun of its own stays: "three of them French journalists"."""
    nat, origin = _identity_words()
    n = len(lows)
    q = end
    if lows[q:q + 2] in (["of", "them"], ["of", "whom"]):
        q += 2
    while q < n and lows[q] in ("were", "are", "was", "is", "being", "all"):
        q += 1
    if q < n and lows[q] == "of" and any(w in origin for w in lows[q + 2:q + 4]):
        return True  # "of Spanish origin", "of Italian background"
    for k in (2, 1):
        if " ".join(lows[q:q + k]) in nat and (lows[q + k] if q + k < n else "") in _IDENTITY_END:
            return True
    return False


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(load_toml("extract", "lexicon.toml")["proper_names"]["place_nouns"])


def in_place_name(raw: list[str], c: Count) -> bool:
    """A number word with a capital inside a place's name: "the Six Martyrs Junction" (``raw``: the
    sentence's tokens as written). The capitalised run must end in a place noun ("Two School Girls
    Killed" is a headline's count) and the text must not be all capitals."""
    k = c.start
    if c.kind != "word" or c.end != k + 1 or k == 0 or not raw[k][:1].isupper() or raw[k].isupper() \
            or not raw[k - 1][:1].isalpha():
        return False  # a sentence's or a quote's first word is capitalised anyway
    q = k + 1
    while q < len(raw) and raw[q][:1].isupper() and not raw[q].isupper() and q < k + 4:
        q += 1
    return q > k + 1 and raw[q - 1].lower() in _place_nouns()
