"""The noun phrase after a count: which person noun (or casualty noun) goes with it, its group,
subgroup and age ("a 12-year-old boy", "30 wounded people", "16 members of the X family"), and
casualty nouns used as modifiers ("four body bags"). Split out of ``counts``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import Count, age_span
from civcas.extract.shootdata import single_words_of

if TYPE_CHECKING:
    from civcas.extract.counts import Mention

AUX = frozenset(["were", "was", "been", "being", "are", "is", "got", "get", "be"])
_BARE_HEADS = {"wounded": "injured", "injured": "injured", "dead": "killed", "missing": "missing",
               "hurt": "injured", "deceased": "killed"}
_PARTICIPLES = frozenset({"killed", "martyred", "slain"})
_PUNCT_STOP = frozenset({".", ";", ":", "!", "?", "\"", "“", "”"})
_QUOTES = frozenset({"\"", "“", "”"})
_OPEN_QUOTES = frozenset({"\"", "“"})
_CLOSE_QUOTES = frozenset({"\"", "”"})
_ARMED = frozenset({"taliban", "hamas", "hezbollah", "is", "isis", "isil", "militia", "shabaab",
                    "al-shabaab", "houthi", "rebel", "guerrilla", "army", "military", "police", "jihadist"})
# person nouns that are also adjectives of an injury ("three minor injuries", "minor wounds")
_ADJECTIVE_PERSONS = frozenset({"minor"})
# "suffered several injuries", "sustained multiple wounds": the injuries of one person
_SUFFER = frozenset({"suffered", "sustained", "suffering", "sustaining", "received", "receiving", "with",
                     "had", "has", "have", "having"})  # "both victims had multiple injuries"
_BODY_HARM = frozenset({"injuries", "wounds"})
_ING_OK = frozenset({"young", "fleeing", "missing", "remaining", "following", "visiting", "working"})


@cache
def _no_longer() -> frozenset[str]:
    """Modifiers of someone who no longer serves ("retired", "former": ``[modifiers] no_longer``)."""
    return frozenset(load_toml("extract", "lexicon.toml")["modifiers"].get("no_longer", ()))


def _fighters_at(lows: list[str], i: int, lex: Lexicon) -> bool:
    """A fighters' noun at ``i`` or one word later ("Shining Path guerrillas", "Rising Sun rebels")."""
    for j in (i, i + 1):
        pm = lex.persons.match_at(lows, j) if j < len(lows) else None
        if pm is not None:
            return pm[1][0] == "combatants" and pm[1][1] is None
    return False


def _armed_group_after(lows: list[str], end: int, lex: Lexicon) -> bool:
    """ "members of the FMLN", "members of a guerrilla column": "of" and an armed group (an armed
    word, or the whole name of an armed actor of ``actors.toml``) before the verb or a comma."""
    from civcas.extract.actors import exact_actor

    if end >= len(lows) or lows[end] != "of":
        return False
    q = end + 1
    if q < len(lows) and lows[q] in ("the", "a", "an"):
        q += 1
    words: list[str] = []
    while q < len(lows) and len(words) < 6 and lows[q] not in _PUNCT_STOP and lows[q] not in (",", "(") \
            and lows[q] not in AUX and lex.triggers_after.match_at(lows, q) is None:
        words.append(lows[q])
        q += 1
    if not words:
        return False
    if any(w in _ARMED for w in words if w not in ("is", "police", "army", "military")):
        return True
    e = exact_actor(" ".join(words))
    return e is not None and e.kind == "belligerent"


def _is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


# a wound or an attack named before a person noun: "three gunshot patients", "eight shooting victims"
_WOUND_MODIFIERS = frozenset({"gunshot", "shooting", "trauma", "gunfire", "stabbing"})
# words that may follow a singular count of cases ("one homicide in 2016", "one homicide so far")
_AFTER_CASE = frozenset({"in", "so", "this", "last", "since", "during", "all", "was", "has", "had", "by",
                         "through", "until", "for", "that", "and", "or", "per", "a"})


def head_phrase(lows: list[str], k: int, c: Count, lex: Lexicon, m: Mention) -> int:
    """Find the person noun after the count; fill ``m``; return the end of the noun phrase."""
    p = k
    mods = 0
    hint: str | None = None
    young = False
    limit = 2 if c.kind == "article" else lex.max_modifiers
    n = len(lows)
    if p + 1 < n and lows[p] == "”" and c.start > 0 and lows[c.start - 1] == "“" and c.kind != "article":
        p = k = p + 1  # "“about 30” people were killed", "lost “at least seven” relatives": a source's
        # own number in quotes still counts the noun after it
    if p + 2 < n and lows[p] in _BARE_HEADS and lows[p + 1] == "or" and lows[p + 2] in _BARE_HEADS:
        return k  # "more than 100 dead or wounded": no single outcome
    if p < n and lows[p] in _BARE_HEADS and c.kind != "article":
        # "12 wounded", "dozens of injured", "three dead": the participle is the noun
        m.outcome = _BARE_HEADS[lows[p]]
        m.head = True
        m.generic = not (p + 1 < n and lows[p + 1] in ("people", "persons", "civilians"))
        if p + 1 < n and lex.persons.match_at(lows, p + 1) is not None:
            end, (group, sub) = lex.persons.match_at(lows, p + 1)  # type: ignore[misc]
            m.group, m.subgroup = group, sub
            return end  # "30 wounded people", "two dead soldiers"
        return p + 1
    if p + 2 < n and lows[p] in _OPEN_QUOTES and lows[p + 2] in _CLOSE_QUOTES and c.kind != "article" \
            and lex.heads.match_at(lows, p + 1) is not None:
        p += 1  # "more than 45 “martyrs”": a source's own casualty noun in quotes
    if p + 2 < n and lows[p] == "names" and lows[p + 1] == "of" and c.kind in ("digit", "word") \
            and lex.persons.match_at(lows, p + 2) is not None:
        p += 2  # "a page listed 31 names of women killed": the named people are counted
    while p < n and mods <= limit:
        h = lex.heads.match_at(lows, p)
        if h is not None and h[0] < n and lows[h[0]] in lex.compounds:
            return k  # "four body bags", "three body cameras"
        if h is not None and lows[p] in lex.case_heads and not lows[p].endswith("s") and h[0] < n \
                and lows[h[0]].isalpha() and lows[h[0]] not in _AFTER_CASE:
            h = None  # "one homicide suspect": a modifier (not "one homicide in 2016")
        if h is not None and c.kind == "vague" and lows[p] in _BODY_HARM and c.start > 0 \
                and lows[c.start - 1] in _SUFFER:
            return k  # "he suffered multiple injuries": one person's, not a plural of injured
        if h is not None and c.kind != "article":
            m.outcome = h[1]
            m.head = True
            m.group = hint or "people"
            m.generic = lows[p] in ("deaths", "dead", "fatalities", "death", "fatality")
            return h[0]
        pm = lex.persons.match_at(lows, p)
        if pm is not None and lows[p] in ("other", "more") and lex.persons.match_at(lows, p + 1) is not None \
                and (lows[p] == "other" or (lex.heads.match_at(lows, p + 1) is None
                                            and lows[p + 1] not in _BARE_HEADS
                                            and not (c.kind == "vague" and c.high is None))):
            pm = None  # "seven other people", "50 more civilians": a modifier here (not "dozens
            # more injured": more of the people just counted; not "many more people died": no count)
            mods += 1
            p += 1
            continue
        if pm is not None:
            end, (group, sub) = pm
            if sub == "students" and not single_words_of("young", "school_levels").isdisjoint(lows[max(k, p - 3):p]):
                young = True  # "two Lincoln High School students": minors
            if end < n and lows[end] in lex.speakers:
                return k  # "a police spokesman said": the noun names the speaker's side
            if group == "combatants" and end < n and (rank := lex.persons.match_at(lows, end)) is not None \
                    and rank[1][0] == "combatants":
                end = rank[0]  # "a police colonel", "two army officers": the rank is the noun's end
            # a noun used as modifier: "civilian deaths", "child casualties"
            nh = lex.heads.match_at(lows, end)
            if nh is not None and c.kind != "article":
                m.outcome = nh[1]
                m.head = True
                # "three minor injuries": slight ones, not children's
                m.group = "people" if lows[p] in _ADJECTIVE_PERSONS and nh[1] == "injured" else group
                m.subgroup = sub
                return nh[0]
            m.head = True
            m.group, m.subgroup = group, sub
            if group == "combatants" and not _no_longer().isdisjoint(lows[k:p]):
                m.group, m.subgroup = "people", None  # "a retired army colonel", "a former commander"
            if lows[p] in single_words_of("young", "kin_nouns") \
                    and not single_words_of("young", "kin_modifiers").isdisjoint(lows[k:p]):
                young = True  # "her young son", "his baby daughter": a minor
            if young and group in ("people", "men", "women"):
                m.group, m.subgroup = "children", None
            elif young and group == "civilians" and sub is not None:
                m.group = "children"  # "a 17-year-old high school student": a child, still a student
            m.generic = lows[p] in ("relatives", "victims", "members", "family", "martyrs")
            if lows[p] in ("members", "member") and (any(w in _ARMED for w in lows[k:p])
                                                     or _armed_group_after(lows, end, lex)):
                m.group, m.generic = "combatants", False  # "28 Taliban members", "members of the FMLN"
            if lows[p] in lex.casualty_words:
                m.casualty_word = True
            if lows[p] in ("members", "member", "relatives") and end < n and lows[end] == "of":
                q = end + 1
                while q < min(n, end + 7):
                    if lows[q] in ("family", "family's", "families", "families'"):
                        m.subgroup = "family"
                        m.family = (end + 1, q + 1)
                        return q + 1
                    if lows[q] in _PUNCT_STOP or lows[q] == ",":
                        break
                    q += 1
                # "16 members of the peasant defence patrol died": the noun phrase goes on
                q = end + 1
                while q < min(n, end + 9) and (lows[q] not in _PUNCT_STOP or lows[q] in _QUOTES) \
                        and lows[q] not in (",", "(") \
                        and lows[q] not in AUX and lex.triggers_after.match_at(lows, q) is None:
                    q += 1
                if q < n and (lows[q] in AUX or lows[q] == "(" or lex.triggers_after.match_at(lows, q)):
                    return q
            return end
        tok = lows[p]
        age = age_span(lows, p, lex)
        if age is not None:
            q, years = age
            for r in (q + 1, q + 2, q + 3):  # "a 9-year-old Vista boy", "a 16-year-old Detroit
                # boy", "a 17-year-old Lincoln high school student"
                if r < n and lex.persons.match_at(lows, q) is None and all(
                        w[:1].isalpha() and w not in lex.stopwords and w not in lex.trigger_words
                        and w not in AUX for w in lows[q:r]) and lex.persons.match_at(lows, r) is not None:
                    q = r
                    break
            if q >= n or lex.persons.match_at(lows, q) is None:
                # "a 12-year-old was killed", "one 6 year old was found": the age is the noun
                m.head = True
                m.group = "children" if years < 18 else "people"
                return q
            young = young or years < 18  # "a 12-year-old son" is a child
            p = q  # "a 12-year-old boy"
            mods += 1
            continue
        if _is_number_token(tok) and p + 1 < n and lows[p + 1] == "-":
            p += 3
            mods += 1
            continue
        if tok.isalpha() and len(tok) <= 3 and p + 2 < n and lows[p + 1] == "-" \
                and _is_number_token(lows[p + 2]) and tok not in lex.stopwords:
            p += 3  # "two M-19 guerrillas": a name-number is a modifier
            mods += 1
            continue
        if tok in _PARTICIPLES and c.kind != "article" and (pm := lex.persons.match_at(lows, p + 1)) is not None:
            m.outcome = "killed"  # "five killed men", "four martyred children": the participle before its noun
            m.head = True
            m.group, m.subgroup = pm[1]
            return pm[0]
        if tok in _WOUND_MODIFIERS and lex.persons.match_at(lows, p + 1) is not None:
            mods += 1  # "three gunshot patients", "eight shooting victims": the noun that follows
            p += 1
            continue
        if (tok in lex.stopwords or tok in lex.trigger_words or not tok[:1].isalpha()
                or _is_number_token(tok) or tok in lex.unit_after):
            if tok == "-" and mods > 0:
                p += 1
                continue
            break
        if tok.endswith("ing") and tok not in _ING_OK and not _fighters_at(lows, p + 1, lex):
            break  # not "two Shining Path guerrillas": a name before a fighters' noun
        young = young or tok in single_words_of("young", "modifiers")  # "two teenage brothers"
        mods += 1
        p += 1
    return k


def aged_noun(lows: list[str], i: int, lex: Lexicon) -> bool:
    """An age and a person noun at ``i`` ("12-year-old girl"; not "26-year-old John Smith")."""
    age = age_span(lows, i, lex)
    return age is not None and lex.persons.match_at(lows, age[0]) is not None
