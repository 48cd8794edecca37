"""Forms of hit, wounded and killed victims in US local crime reporting (``data/extract/shootings.toml``,
with example sentences); the murder-suicide, kinship and age rules are in :mod:`civcas.extract.shootings`.

* The object of a verb whose result follows it: "shot his son to death" (killed), "sent four people
  to the hospital" (a hit) (:func:`object_outcome`); a hit person who is not one of the dead ("two
  others are in critical condition", :func:`survivor_after_death`); a list of one-person counts that
  were shot ("a man and a woman were shot", :func:`listed_pair`).
* A modifier between a counted person and the verb ("a boy in Port Richey died", "three people
  inside the home were killed", :func:`modifier_end`); ages listed after a count ("his sons, ages 3 and
  4", :func:`aged_count`); "taken to the hospital with gunshot wounds" (:func:`taken_with_wounds`);
  "the 2-year-old who was shot has died" (:func:`relative_death`); house numbers are no counts
  (:func:`street_number`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import age_span
from civcas.extract.shootdata import data_words, single_words_of

if TYPE_CHECKING:
    from civcas.extract.counts import Mention


_PLACE_PREPS = frozenset({"in", "from", "of", "at", "near"})


def placed_np_end(lows: list[str], raw: list[str] | None, p: int, lex: Lexicon) -> int | None:
    """ "A 3-year-old girl in Palm Springs died", "a 16-year-old from Gary was shot": the token after a
    place name (one to four capitalised words after in/from/of/at/near at ``p``) that stands between
    a counted noun phrase and its verb, else None.  Mixed case only (``raw``: the tokens as written);
    a word of a trigger or a possessive ends the name ("a man in Tuesday's shooting" is no place)."""
    n = len(lows)
    if raw is None or p + 2 >= n or lows[p] not in _PLACE_PREPS:
        return None
    k = p + 1
    while k < n and k - p <= 4 and raw[k][:1].isupper() and raw[k].isalpha() \
            and (len(raw[k]) == 1 or not raw[k].isupper()) and lows[k] not in lex.trigger_words:
        k += 1
    return k if p + 1 < k < n and k - p <= 4 and lows[k] not in ("'s", "’s", "'", "’") else None


# a modifier after a counted noun phrase, before its verb: "three people inside the home were killed",
# "a child riding in the backseat died", "a resident of the complex was shot"
_MOD_PREPS = frozenset({"in", "inside", "outside", "at", "near", "from", "on", "aboard", "of"})


_MOD_STOP = frozenset({",", ".", ";", ":", "and", "or", "but", "who", "whom", "that", "which", "where", "when",
                       "after", "before", "while", "because", "as", "than", "if", "(", ")", "\"", "“", "”"})


_MOD_VERB = frozenset({"was", "were", "is", "are", "has", "have", "had"})


_NOT_BEFORE_VERB = _MOD_PREPS | frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                           "through", "under", "with", "by", "for", "to", "over"})


_NOT_PARTICIPLES = frozenset({"during", "including", "following", "according", "morning", "evening", "building",
                              "being", "nothing", "something", "anything", "everything", "spring", "wedding",
                              "bring", "ceiling", "sibling", "thing", "king", "shooting", "shootings"})


def modifier_end(lows: list[str], raw: list[str] | None, p: int, lex: Lexicon, starts: dict[int, int]) -> int | None:
    """The token after a modifier that stands between a counted noun phrase ending at ``p`` and its verb:
    a place name ("a 3-year-old girl in Palm Springs died", :func:`placed_np_end`), a prepositional
    phrase ("three people inside the home were killed") or a participle phrase ("a child riding in
    the backseat of a car died"), up to nine words with no clause break or count in them, else None.
    The caller reads the trigger from there (``count_triggers.trigger_after``)."""
    q = placed_np_end(lows, raw, p, lex)
    if q is not None:
        return q
    n = len(lows)
    w = lows[p] if p < n else ""
    if not (w in _MOD_PREPS or (w.endswith("ing") and len(w) > 4 and w.isalpha() and w not in _NOT_PARTICIPLES
                                and w not in lex.trigger_words)):
        return None
    for q in range(p + 1, min(n, p + 10)):
        t = lows[q]
        if t in _MOD_STOP or q in starts:
            return None
        if t in _MOD_VERB:
            return q
        if t in lex.trigger_words and lex.triggers_after.match_at(lows, q) is not None:
            # a verb ("... in the backseat died"), not a noun of the modifier ("a neighbour of the
            # deceased", "weeping beside the dead body of her son", "searching through rubble")
            return q if lows[q - 1] not in _NOT_BEFORE_VERB else None
    return None


_TO_DEATH = (["to", "death"], ["dead"])


def object_outcome(lows: list[str], m: Mention) -> str | None:
    """The outcome of a count that is the object of a verb whose result follows it: "shot his
    6-year-old brother to death", "shot two neighbors dead" (killed); "sent four people to the
    hospital", "put three men in the hospital" (shot: a hit, injured unless a death is told).
    None otherwise (``[object]`` in ``shootings.toml``)."""
    s, e = m.count.start, m.np_end
    if s == 0 or e >= len(lows):
        return None
    verb = lows[s - 1]
    if verb in data_words("to_death") and (lows[e:e + 2] == _TO_DEATH[0] or lows[e] == "dead"):
        return "killed"
    if verb in data_words("hospital") and lows[e] in ("to", "in", "into") \
            and not data_words("hospital_nouns").isdisjoint(lows[e + 1:e + 4]):
        return "shot"
    if verb in data_words("shot_object") and m.head and m.count.kind in ("digit", "word") \
            and not m.generic:
        return "shot"  # "a man opened fire and shot four people": hit, like "three people were shot"
    if verb in data_words("shot_one") and m.head and m.count.kind == "article" and m.count.low == 1 \
            and not m.generic and _wound_place(lows, e):
        return "shot"  # "shot his 9-year-old nephew in the arm": hit, like "a boy was shot in the arm"
    return None


_WOUND_DETS = frozenset({"the", "his", "her", "their"})
_ASIDE_STOP = frozenset({".", ";", ":", "and", "but", "who", "which", "that", "after", "before", "when", "killing",
                         "wounding", "in"})


def _wound_place(lows: list[str], e: int) -> bool:
    """A wound's place follows the object ending at ``e``: "in the arm", "in his left leg", also after
    an aside of the person's name or age ("his brother, Dan Hale, in the head")."""
    n = len(lows)
    if e < n and lows[e] == ",":
        k = e + 1
        while k < n and k - e <= 6 and lows[k] != "," and lows[k] not in _ASIDE_STOP:
            k += 1
        if k >= n or lows[k] != "," or k == e + 1:
            return False
        e = k + 1
    if e + 2 >= n or lows[e] != "in" or lows[e + 1] not in _WOUND_DETS:
        return False
    k = e + 2
    if lows[k] in data_words("body_sides"):
        k += 1
    return k < n and lows[k] in data_words("body_parts")


_AGE_DASHES = frozenset({"-", "–", "—", "--"})


def _aside_open(lows: list[str], e: int) -> int | None:
    """The token after the opening of an aside at ``e`` (a comma, a bracket or a dash), or None."""
    n = len(lows)
    if e < n and lows[e] in (",", "("):
        return e + 1
    k = e
    while k < n and k - e < 2 and lows[k] in _AGE_DASHES:
        k += 1
    return k if k > e else None


def aged_count(lows: list[str], m: Mention, lex: Lexicon) -> tuple[int, bool, int] | None:
    """ "his sons, ages 3 and 4", "their three sons, ages five, nine and 12", "two small
    children -- 4 and 1 years old -- died": (the number of ages listed after the counted noun
    phrase, whether all are under 18, the token after the list and its closing comma, bracket or
    dash), else None.  Only a list of two or more ages that fits the count (a bare plural, or the
    same number)."""
    e, n = m.np_end, len(lows)
    j = _aside_open(lows, e)
    if j is None or j + 2 >= n:
        return None
    named = lows[j] in ("ages", "aged")  # "ages 3 and 4"; else "3 and 4 years old"
    if named:
        j += 1
    elif lows[e] == ",":
        return None  # "two children, 4 and 6," is no list of ages without its words
    ages: list[int] = []
    end = j
    while j < n:
        w = lows[j]
        value = int(w) if w.isdigit() and len(w) <= 3 else lex.units.get(w)
        if value is None:
            break
        ages.append(value)
        end = j = j + 1
        if j < n and lows[j] == ",":
            j += 1
        if j < n and lows[j] == "and":
            j += 1
    if len(ages) < 2 or lows[end - 2] not in (",", "and") \
            or (m.count.kind != "plural" and m.count.low != len(ages)):
        return None
    if lows[end:end + 2] in (["years", "old"], ["year", "old"]):
        end += 2
    elif lows[end:end + 3] == ["years", "of", "age"]:
        end += 3
    elif not named:
        return None
    if end < n and lows[end] in (",", ")"):
        return len(ages), all(a < 18 for a in ages), end + 1
    k = end
    while k < n and k - end < 2 and lows[k] in _AGE_DASHES:
        k += 1
    return len(ages), all(a < 18 for a in ages), k


_ARRIVE_AUX = frozenset({"were", "was", "are", "is", "been", "being", "later", "also", "both", "all", "then"})


def taken_with_wounds(lows: list[str], m: Mention) -> str | None:
    """ "Two others were taken to the hospital with gunshot wounds", "a man arrived at a hospital with
    a gunshot wound": a hit person ("condition", read like a hospital condition), else None
    (``[arrival]`` in ``shootings.toml``; "taken to the hospital" alone is nothing: the dead are
    taken there too)."""
    p, n = m.np_end, len(lows)
    while p < n and p - m.np_end < 3 and (lows[p] in _ARRIVE_AUX or (lows[p].endswith("ly") and len(lows[p]) > 4)):
        p += 1
    if p >= n or lows[p] not in data_words("arrival_verbs"):
        return None
    wounds = data_words("arrival_wounds")
    for j in range(p + 1, min(n - 1, p + 12)):
        if lows[j] in (".", ";", ":", ",", "and", "but", "where", "after", "when"):
            return None
        if lows[j] == "with":
            return "condition" if not wounds.isdisjoint(lows[j + 1:j + 5]) else None
    return None


def listed_pair(lows: list[str], mentions: list[Mention], i: int) -> bool:
    """True when one-person count ``i`` closes a list of one-person counts ("a 22-year-old man and a
    19-year-old woman were shot", "a man, a woman and a teenager"): together they are a number, read
    like "three people were shot" (the list total, ``lists.py``), not like a lone "a man was shot"."""
    if i == 0:
        return False
    prev, m = mentions[i - 1], mentions[i]
    return (prev.head and not prev.breakdown and prev.outcome is None and prev.count.low == 1
            and prev.count.kind in ("article", "word")
            and lows[prev.np_end:m.count.start] in (["and"], [",", "and"]))


def survivor_after_death(lows: list[str], mentions: list[Mention], i: int, *, condition: bool) -> bool:
    """True when hit person ``i`` of a sentence that tells a death is not one of the dead: "N others"
    ("three were killed and two others were shot"), or a person in a hospital condition joined by
    "and" or a comma to a count of the dead before it ("a 9-year-old boy has died and his mother
    remains hospitalized"; ``condition``: the trigger was a condition).  "Two men were in critical
    condition; one of them later died" is not (the dead are among them)."""
    m = mentions[i]
    if m.count.kind in ("vague", "plural"):
        return False
    if m.count.kind in ("digit", "word") and lows[m.np_end - 1] in ("others", "other"):
        return True
    if not condition:
        return False
    for x in reversed(mentions[:i]):
        if x.outcome == "killed" and not x.breakdown and x.head:
            gap = lows[x.np_end:m.count.start]
            # joined by "and", or listed after a comma: "one man is dead, another is in
            # critical condition and three are receiving treatment"
            return ("and" in gap or gap[-1:] == [","]) and len(gap) <= 20 \
                and not any(w in (".", ";", ":") for w in gap)
    return False


_HAS_DIED = (["has", "died"], ["have", "died"], ["had", "died"], ["is", "dead"], ["are", "dead"])


#: the main verb "died" of a simple past after a relative clause on being hit ("who was critically
#: wounded on Friday died on Saturday"; "died of/from his injuries")
_DIED = frozenset({"died", "succumbed"})


def relative_death(lows: list[str], m: Mention) -> str | None:
    """ "A 5-year-old girl who shot herself at her aunt's house has died": the main verb after
    a relative clause on the counted person ("killed"), else None.  A reduced relative on a hit
    person ("a 34-year-old woman wounded in a shooting on Monday has died") and a simple past after a
    relative clause on being hit ("a boy who was critically wounded Friday died Saturday") are the
    same statement: the person is one of the dead, not one of the wounded."""
    p = m.np_end
    if p >= len(lows):
        return None
    hits, stops = single_words_of("hit_relative", "participles"), single_words_of("hit_relative", "stops")
    if lows[p] in ("who", "that"):
        hit = not hits.isdisjoint(lows[p + 1:p + 5])  # "who was (critically) wounded"
    elif lows[p] in hits and m.count.low == 1:
        hit = True  # "a man injured in a shooting last week has died"
    else:
        return None
    joined = False  # an "and" or "but" may open another clause with its own subject ("and a third died")
    for j in range(p + 2, min(len(lows) - 1, p + 30)):
        if lows[j] in (".", ";", ":") or (lows[j] in ("when", "after", "because") and not hit):
            return None  # "who was injured after accidentally shooting himself ... has died": one clause
        if hit and lows[j] in stops:
            return None  # "who was shot in the leg said her husband died": another person
        if hit and lows[j] == "while" and lows[j + 1].endswith("ing"):
            continue  # "a woman who was shot while riding in a car ... died": when she was hit
        if lows[j] in ("but", "while", "and"):
            if not hit or lows[j] != "and":
                return None
            joined = True
        if lows[j:j + 2] in _HAS_DIED or lows[j:j + 3] in (["has", "since", "died"], ["has", "now", "died"]):
            return None if joined else "killed"
        if hit and not joined and lows[j] in _DIED and lows[j - 1] not in ("who", "that", ",", "or"):
            return "killed"
    return None


def _hit_end(lows: list[str], p: int) -> int:
    """The index after the hit verb of the clause of a counted person ending at ``p`` ("was shot",
    "were critically wounded", "suffered a gunshot wound"; an age apposition ", 15," and a short
    modifier may come between), else -1."""
    aux, hits = single_words_of("shot_and_died", "aux"), single_words_of("shot_and_died", "hits")
    suffered, wounds = single_words_of("shot_and_died", "suffered"), single_words_of("shot_and_died", "wounds")
    n = len(lows)
    k = p
    if lows[k:k + 1] == [","] and k + 2 < n and lows[k + 1].isdigit() and lows[k + 2] == ",":
        k += 3  # "a man, 24, was shot"
    for j in range(k, min(n - 1, k + 9)):
        w = lows[j]
        if w in aux:
            q = j + 1
            if q < n and lows[q].endswith("ly") and lows[q] not in hits:
                q += 1  # "was fatally shot" is a trigger itself; "was critically wounded"
            return q + 1 if q < n and lows[q] in hits else -1
        if w in suffered:
            return j + 1 if not wounds.isdisjoint(lows[j + 1:j + 4]) else -1
        if w in _MOD_STOP:
            return -1
    return -1


def shot_and_died(lows: list[str], m: Mention) -> str | None:
    """ "The 16-year-old was hit in the back on Friday and later died at a hospital": a counted person
    whose hit clause is joined by "and" to a death ("died", "succumbed", "was pronounced dead",
    "passed away") with no other subject between is one of the dead ("killed"), else None.  Not
    "three people were shot and one later died" (a count of its own) nor "a man was shot and his
    brother died"."""
    q = _hit_end(lows, m.np_end)
    if q < 0:
        return None
    table = "shot_and_died"
    stops, subjects = single_words_of(table, "stops"), single_words_of(table, "subjects")
    adverbs, died = single_words_of(table, "adverbs"), single_words_of(table, "died")
    n = len(lows)
    for j in range(q, min(n - 1, q + 20)):
        if lows[j] in stops or (lows[j] == "," and lows[j + 1] != "and"):
            return None
        if lows[j] != "and":
            continue
        r = j + 1
        while r < n and lows[r] in adverbs:
            r += 1
        if r < n and lows[r] in died:
            return "killed"
        if lows[r:r + 2] == ["passed", "away"]:
            return "killed"
        if r < n and lows[r] in ("was", "were"):
            r += 1
            while r < n and lows[r] in adverbs:
                r += 1
            if lows[r:r + 2] == ["pronounced", "dead"]:
                return "killed"
        if lows[j + 1] in subjects or lows[j + 1].isdigit():
            return None  # "and his brother died": another subject
    return None


def hit_then_died(lows: list[str], m: Mention) -> str | None:
    """ "Two students shot in the cafeteria, aged 15 and 16, died on Tuesday": a counted person
    whose reduced relative tells the hit ("shot", "wounded in the attack", no auxiliary) and whose
    own verb is a death ("died", "has died", "succumbed", "passed away"): one of the dead
    ("killed"), else None.  Not "three people shot in the leg were released" (no death) nor "two
    men wounded in the attack said one of them died" (another clause)."""
    p = m.np_end
    n = len(lows)
    hits = single_words_of("shot_and_died", "hits")
    if p >= n or lows[p] not in hits:
        return None
    stops = single_words_of("hit_then_died", "stops")
    adverbs, died = single_words_of("shot_and_died", "adverbs"), single_words_of("shot_and_died", "died")
    for j in range(p + 1, min(n - 1, p + 20)):
        w = lows[j]
        if w in died and lows[j - 1] in adverbs | {","}:
            return "killed"
        if w in died and j > p + 1 and lows[j - 1] not in ("and", "or"):
            return "killed"
        if lows[j:j + 2] == ["passed", "away"]:
            return "killed"
        if w in stops or (w == "and" and not (lows[j + 1][:1].isdigit() or lows[j - 1][:1].isdigit())):
            return None  # "and": another clause unless between ages ("aged 15 and 16")
    return None


def street_number(lows: list[str], k: int, lex: Lexicon) -> bool:
    """True when the number ending before ``k`` is a house number: a street word is the next or
    the next-but-one word ("at 4120 County Road 9", "at 2215 Maple Lane") and no person noun
    follows the number."""
    streets = single_words_of("addresses", "streets")
    if streets.isdisjoint(lows[k:k + 2]):
        return False  # the common case: no street word right after
    return all(lex.persons.match_at(lows, j) is None for j in range(k, min(len(lows), k + 3)))


_RELATIVE_DETS = frozenset({"the", "a", "an"})
_RELATIVE_STOPS = frozenset({",", ".", ";", ":", "and", "or", "of", "was", "were", "is", "who", "that"})
_SUBJECT_OPENERS = frozenset({"said", "say", "says", "that", "police", "deputies"})
_VERB_AFTER = frozenset({"was", "were", "is", "has", "had", "died", "dies"})


def relative_of(lows: list[str], i: int, lex: Lexicon) -> int | None:
    """ "Tom Reed, the teenage son of a local pastor, was killed": at the article ``i`` of the
    related person ("a local pastor"), the index of the first word after the determiner of the
    relative's phrase ("teenage son"), who is the one the sentence counts; else None.  Only for an
    apposition closed by a comma or a subject followed by its verb, so that "the son of a man who
    was killed last year" keeps its man."""
    if i < 3 or lows[i - 1] != "of" or lows[i - 2] not in lex.kin:
        return None
    d = i - 3
    while d >= 0 and i - 3 - d < 3 and lows[d] not in _RELATIVE_DETS and lows[d] not in _RELATIVE_STOPS:
        d -= 1  # back over "teenage", "16-year-old", "eldest"
    if d < 0 or lows[d] not in _RELATIVE_DETS:
        return None
    n = len(lows)
    e = i + 1
    while e < n and e - i <= 6 and lows[e] not in _RELATIVE_STOPS:
        e += 1  # to the end of "a local pastor"
    if e >= n:
        return None
    apposed = d >= 1 and lows[d - 1] == "," and lows[e] == ","
    subject = (d == 0 or lows[d - 1] in _SUBJECT_OPENERS) and lows[e] in _VERB_AFTER
    return d + 1 if apposed or subject else None


def aged_pair(lows: list[str], first: Mention, second: Mention, lex: Lexicon) -> tuple[float, float] | None:
    """ "her sister and brother, 14-year-old Rana and 9-year-old Sami": the ages of two one-person
    counts joined by "and" given by an aged apposition right after them, in order; else None."""
    n = len(lows)
    if first.count.low != 1 or second.count.low != 1 or second.count.start != first.np_end + 1 \
            or lows[first.np_end] != "and" or second.np_end + 1 >= n or lows[second.np_end] != ",":
        return None
    a = age_span(lows, second.np_end + 1, lex)
    if a is None:
        return None
    j = a[0]
    while j < n and j - a[0] <= 5 and lows[j] not in ("and", ",", "."):
        j += 1  # over the first name
    b = age_span(lows, j + 1, lex) if j + 1 < n and lows[j] == "and" else None
    return (a[1], b[1]) if b is not None else None
