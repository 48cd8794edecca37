"""Who a single victim is: the subject or name around a death cue ("Judge X was murdered",
"the murder of X", "Anderson, who died at the scene", "the 16-year-old boy killed in ..."), its age
and whether it can be a person at all. Split from :mod:`civcas.extract.named`, which reads the
clauses."""

from __future__ import annotations

from functools import cached_property

from civcas.extract.givennames import is_given_name
from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import age_span
from civcas.extract.shootdata import single_words, single_words_of


def is_number_token(tok: str) -> bool:
    return tok[:1].isdigit()


NAMED_BLOCK = frozenset(
    ["it", "this", "that", "which", "what", "there", "one", "who", "whom", "they", "we", "you", "i", "attack", "bomb", "car", "building", "house", "area", "town", "city", "village", "strike", "raid", "plan", "vehicle", "bus", "office", "incident", "operation",
     "plans", "orders", "program", "project", "policy", "decree", "agreement", "strategy",
     # things carried out: "the execution of the rebel offensive", "of these criminal actions"
     "offensive", "campaign", "mission", "missions", "action", "actions", "scheme", "plot"])
DIED_AUX = frozenset({"has", "have", "had", "later", "then", "eventually", "subsequently", "since",
                       "also", "reportedly"})
DEATH_NOUNS = frozenset({"murder", "assassination", "killing", "death", "execution", "slaying"})
# "X's death squads", "the regime's death penalty": a compound, no death
DEATH_COMPOUNDS = frozenset({"squad", "squads", "squadron", "squadrons", "penalty", "penalties", "threat",
                              "threats", "toll", "row", "sentence", "sentences", "certificate", "camp", "camps"})
# plural person nouns without -s: "the murder of Antioquia people" names no one
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children"})
# "the murder of X", "the fatal shooting of X", "the shooting death of X": the victim follows "of"
OF_NOUNS = frozenset({"murder", "assassination", "killing", "death", "execution", "slaying"})
# (plurals are not single victims: "the shooting deaths of a woman and her daughter")
FATAL_NOUNS = frozenset({"shooting", "stabbing", "beating"})  # only after "fatal" or "deadly"
FATAL = frozenset({"fatal", "deadly"})
_DETS = frozenset({"the", "his", "her", "their", "its"})
_TITLE_STOP = frozenset({",", ".", ";", ":", "(", ")", "\"", "“", "”", "'", "—", "–", "-"})
PLANNED = frozenset({"planning", "planned", "plan", "plans", "plot", "plotting", "plotted", "calling",
                      "called", "calls", "ordering", "ordered", "orders", "threatened", "threatening",
                      "attempted", "attempting", "prevent", "prevented", "avenge", "for"})
OWN_LIFE = frozenset({"took", "taken", "taking", "takes", "take"})
# every token a single-victim clause of :func:`named_victims` turns on
class Subject:
    """Checks a token as the subject of a single-victim clause."""

    def __init__(self, lows: list[str], raw: list[str] | None, lex: Lexicon) -> None:
        self.lows = lows
        self.raw = raw
        self.lex = lex

    @cached_property
    def upper(self) -> bool:
        """All-capitals text: no letter case to tell names by."""
        raw = self.raw
        return raw is None or sum(t.isupper() for t in raw) > 0.6 * max(1, sum(t[:1].isalpha() for t in raw))

    def capitalised(self, q: int) -> bool:
        return self.raw is not None and not self.upper and self.raw[q][:1].isupper()

    def age_noun(self, q: int) -> float | None:
        """The age when token ``q`` ends an age used as a noun ("2-year-old", "two-year-old"), else None."""
        for j in (q, q - 1, q - 2):
            a = age_span(self.lows, j, self.lex) if j >= 0 else None
            if a is not None and a[0] == q + 1:
                return a[1]
        return None

    def ok(self, q: int, age: float) -> bool:
        w = self.lows[q]
        if w in ("he", "she") or (w.endswith("-old") and self.age_noun(q) is not None):
            return True  # "the 2-year-old who was shot ... has died": an age noun
        if not w[:1].isalpha() or w in self.lex.stopwords or w in NAMED_BLOCK \
                or w in self.lex.trigger_words:
            return False
        if not self.upper and self.raw is not None and not self.raw[q][:1].isupper() \
                and self.lex.persons.match_ending_at(self.lows, q) is None:
            return False  # mixed case: a name or a person noun ("no one in the car was hurt")
        if self.upper and q > 0 and self.lows[q - 1] in ("was", "were", "is", "are", "been") and w.endswith("ing"):
            return False  # "HIS ESCORT, WHO WAS STANDING GUARD, WAS HURT": a verb, not a name
        if not w.endswith("s") or age < 99:
            return True
        # "Jones died": a capitalised surname, not a plural noun ("Palestinians died")
        return self.capitalised(q) and self.lex.persons.match_at(self.lows, q) is None


def _of_place(lows: list[str], q: int) -> int:
    """ "Marcus Seichter, 17, of Beloit, was killed": the comma before "of <place>" when ``q`` is the
    comma after it (else ``q``), so that the age before the place is read."""
    if q < 3 or lows[q] != ",":
        return q
    j = q - 1
    while j > 0 and q - j <= 4 and lows[j][:1].isalpha() and lows[j] != "of":
        j -= 1
    return j - 1 if lows[j] == "of" and lows[j - 1] == "," and j < q - 1 else q




def name_after(lows: list[str], q: int, subj: Subject, lex: Lexicon,
                taken: set[int]) -> tuple[int, int, float] | None:
    """A person's name (mixed case) right after a killing verb: "shot and killed Regula", "fatally
    shooting 24-year-old Angela Hernandez": (first, last, age); not a day, a plural or a group
    ("killed Israeli soldiers")."""
    n = len(lows)
    first, age = q, 99.0
    a = age_span(lows, q, lex) if q < n else None
    if a is not None:
        q, age = a[0], a[1]
    k = q
    while k < n and k - q < 4 and subj.capitalised(k) and lows[k][:1].isalpha() \
            and lows[k] not in lex.stopwords and not lows[k].endswith(("'s", "’s")):
        k += 1
    if k == q or q in taken or lows[q] in single_words("not_names") or lows[q] in NAMED_BLOCK \
            or lex.persons.match_at(lows, q) is not None or (k < n and (
                lex.persons.match_at(lows, k) is not None or lows[k] in ("'s", "’s", "'", "’"))):
        return None
    return first, k - 1, age


# particles inside a Spanish or Portuguese full name: "ANGELA DE LA CRUZ", "JOSE DOS SANTOS"
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos"})


def caps_name_after(lows: list[str], q: int, lex: Lexicon, taken: set[int]) -> tuple[int, int, float] | None:
    """A person's full name in all-capitals wire copy right after a killing verb: "GUNMEN KILLED ROSA
    ELENA MARQUEZ, A TEACHER", "ACCUSED THE REBELS OF MURDERING TOMAS ECHEVERRIA": (first, last, 99).
    With no letter case, a name is known by its first word, a given name of ``givennames.toml``, and
    has at least one more word; a person noun or a plural after it ("KILLED ROSA'S TWO SONS") is none."""
    n = len(lows)
    if q >= n or q in taken or not is_given_name(lows[q]) or lows[q] in lex.stopwords \
            or lows[q] in NAMED_BLOCK or lex.persons.match_at(lows, q) is not None:
        return None
    k = q + 1
    while k < n and k - q < 6 and lows[k][:1].isalpha() and lows[k] not in lex.trigger_words \
            and (lows[k] not in lex.stopwords or (lows[k] in _NAME_PARTICLES and k + 1 < n and lows[k + 1][:1].isalpha())) \
            and lex.persons.match_at(lows, k) is None and k not in taken:
        k += 1
    if k - q < 2 or k - q >= 6 or lows[k - 1] in _NAME_PARTICLES or (k < n and lows[k] in ("'s", "’s", "'", "’")):
        return None
    return q, k - 1, 99.0


def relative_subject(lows: list[str], q: int, lex: Lexicon) -> int:
    """The person before "who"/"that" of a relative clause ending at ``q`` ("The student that
    accidentally shot himself while cleaning a rifle has died"), else -1."""
    for j in range(q, max(0, q - 25), -1):
        if lows[j] in (".", ";", ":", ","):
            return -1
        if lows[j] in ("who", "that") and (lows[j - 1] in single_words("relative") or lows[j - 1] in lex.kin
                                           or lows[j - 1].endswith("-old")):
            return j - 1  # "the 2-year-old who was shot ... has died"
        if lows[j] in single_words_of("hit_relative", "participles") and (
                lows[j - 1] in single_words("relative") or lows[j - 1] in lex.kin or lows[j - 1].endswith("-old")):
            return j - 1  # "the 23-year-old woman wounded in a shooting on Monday has died"
    return -1


def reduced_killed(lows: list[str], p: int, lex: Lexicon) -> tuple[int, float] | None:
    """ "identified the 2-year-old killed in the drive-by", "a 4-year-old boy slain on Tuesday": one
    person (an age noun, or a person noun after the article) followed by the participle of a
    passive killing, which a preposition or time word follows (not an object: "the boy killed his
    sister"): (the person's index, age), else None."""
    q = p - 1
    if q < 1 or p + 1 >= len(lows) or lows[p + 1] not in single_words_of("hit_relative", "after_participle"):
        return None
    age = 99.0
    if lows[q].endswith("-old") or lows[q] in single_words("relative") or lows[q] in lex.kin:
        for j in range(max(0, q - 6), q + 1):
            a = age_span(lows, j, lex)
            if a is not None and a[0] >= q - 1:
                age = a[1]  # "the 2-year-old", "a 4-year-old boy"
        k = q - 1 if not lows[q].endswith("-old") else q
        while k > 0 and (lows[k].endswith("-old") or lows[k] in ("-", "year", "old") or lows[k][:1].isdigit()):
            k -= 1  # back over the age to its article
        if lows[k] in ("the", "a", "an") and (k == 0 or lows[k - 1] not in ("of", "and", "or")):
            return q, age
    return None


def hit_relative_died(lows: list[str], p: int, lex: Lexicon) -> bool:
    """True when "died" at ``p`` is the main verb after a relative clause on being hit: "the man
    who was wounded Friday died Saturday", "the woman injured in the crash died of her injuries"."""
    if lows[p - 1] in ("who", "that", "and", "or", ",") or lows[p] != "died":
        return False
    hits, stops = single_words_of("hit_relative", "participles"), single_words_of("hit_relative", "stops")
    for j in range(p - 1, max(0, p - 25), -1):
        if lows[j] in (".", ";", ":", "and", "but", "while") or lows[j] in stops:
            return False
        if lows[j] in hits and (lows[j - 1] in single_words("relative") or lows[j - 1] in lex.kin
                                            or lows[j - 1].endswith("-old")
                                            or (lows[j - 1] in ("who", "that") and j >= 2)
                                            or lows[j - 1] in ("was", "been")):
            return True
    return False


# capitalised words of the calendar, no subject: "The two were shot Friday morning and died"
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})


def clause_subject(lows: list[str], q: int, subj: Subject, taken: set[int]) -> int:
    """The subject of the clause before "and died" ("Jones was rushed to a hospital ... and later
    died", "he shot himself and died"): the nearest "he"/"she" or word before "was"/"is", else -1."""
    for j in range(q - 1, max(-1, q - 26), -1):
        if lows[j] in (".", ";", ":"):
            return -1
        if j in taken:
            continue
        aged = j + 4 < q and lows[j + 1] == "," and lows[j + 2].isdigit() and lows[j + 3] == "," \
            and lows[j + 4].isalpha()  # "Marcus Lee, 15, was shot ... and later died"
        if lows[j] in ("he", "she") or (j + 1 < q and lows[j + 1] in ("was", "is") and subj.ok(j, 99.0)) or (
                aged and subj.capitalised(j) and subj.ok(j, float(lows[j + 2]))) or (
                j + 1 < q and subj.capitalised(j) and lows[j] not in ("i",) and lows[j] not in _CALENDAR
                and lows[j + 1][:1].isalpha()
                and not subj.capitalised(j + 1) and subj.ok(j, 99.0)):  # "Gavin Stiles got ..."
            return j
    return -1


_PLACE_PREPS = frozenset({"in", "from", "at", "near"})


def before_place(lows: list[str], q: int, subj: Subject) -> int:
    """ "The boy in Port Richey died": the word before "in <Place>" when ``q`` ends a capitalised
    place name after in/from/at/near (mixed case only), else ``q``."""
    if q < 2 or not subj.capitalised(q):
        return q
    j = q
    while j > 0 and q - j < 4 and subj.capitalised(j):
        j -= 1
    return j - 1 if j < q and lows[j] in _PLACE_PREPS and subj.raw is not None and subj.raw[j].islower() else q


def pronounced_dead(lows: list[str], p: int, subj: Subject) -> int:
    """The person pronounced dead by "pronounced" at ``p`` ("pronounced him dead", "pronounced the boy
    dead", "pronounced the 4-year-old dead"): the index of the pronoun or noun, else -1."""
    n = len(lows)
    if p + 2 >= n:
        return -1
    if lows[p + 1] in ("him", "her") and lows[p + 2] == "dead":
        return p + 1
    if lows[p + 1] not in ("the", "a", "an"):
        return -1
    for j in range(p + 3, min(n, p + 7)):
        if lows[j] == "dead":
            noun = j - 1
            ok = subj.lex.persons.match_ending_at(lows, noun) is not None or subj.age_noun(noun) is not None
            return noun if ok and not lows[noun].endswith("s") else -1
        if not lows[j][:1].isalnum() and lows[j] != "-":
            return -1
    return -1


def past_relative(lows: list[str], q: int, subj: Subject, lex: Lexicon) -> tuple[int, float]:
    """ "Javon Reed, the teenage grandson of Rep. Ann Lee, was shot": the name before the apposition
    (Reed), not the relative the apposition names (Lee), with the apposition's age ("the
    15-year-old nephew of ...") or 99; else (``q``, 99)."""
    j = q
    while j > 0 and (subj.capitalised(j) or lows[j] == "."):
        j -= 1  # back over "Rep. Ann Lee"
    if j < q and j >= 3 and lows[j] != "of" and lows[j - 1] == "of":
        j -= 1  # "of state Sen. Ann Lee", "of former Mayor Ed Ray"
    if j == q or j < 2 or lows[j] != "of" or lows[j - 1] not in lex.kin:
        return q, 99.0
    d = j - 2
    while d > 0 and j - 2 - d < 3 and lows[d] not in ("the", "a", "an", ","):
        d -= 1  # back over "teenage", "16-year-old"
    if d < 2 or lows[d] not in ("the", "a", "an") or lows[d - 1] != "," or not subj.ok(d - 2, 99.0):
        return q, 99.0
    a = age_span(lows, d + 1, lex)
    return d - 2, a[1] if a is not None and a[0] < j else 99.0


def apposed_age(lows: list[str], q: int) -> tuple[int, float]:
    """ "John Smith, 17, died": (index before the age, the age), else (q, 99)."""
    q = _of_place(lows, q)
    if q >= 2 and lows[q] == "," and is_number_token(lows[q - 1]) and lows[q - 2] == ",":
        return q - 3, float(lows[q - 1]) if lows[q - 1].isdigit() else 99.0
    return q, 99.0


def victim_after_of(lows: list[str], q: int, subj: Subject, lex: Lexicon,
                     taken: set[int]) -> tuple[int, int, float] | None:
    """The single victim after "the murder of": (first, end, age) or None.  "the death of
    16-year-old X", "the assassination of Judge X", "the murder of the wife of ..."; plurals
    ("the murder of the Jesuit priests"), counts ("the death of 5 people", "of a boy": counted
    elsewhere) and pronouns give None."""
    n = len(lows)
    age = 99.0
    the = q < n and lows[q] == "the"
    if q < n and lows[q] in _DETS:
        q += 1
    if the and lows[q:q + 4] in (["u", ".", "s", "."], ["u", ".", "n", "."]):
        q += 4  # "the U.S. missionaries": a modifier, not a name
    if q >= n or q in taken or lows[q] in ("a", "an", "one") or (is_number_token(lows[q]) \
            and age_span(lows, q, lex) is None) or lows[q] in lex.units or lows[q] in lex.tens:
        return None
    first = q
    a = age_span(lows, q, lex)
    if a is not None:
        q, age = a[0], a[1]
    words = 0
    end = q
    while end < n and words < 6 and lows[end] not in _TITLE_STOP and lows[end] not in lex.stopwords \
            and lows[end][:1].isalpha() and lows[end] not in lex.trigger_words:
        pm = lex.persons.match_at(lows, end)
        last = lows[max(end, pm[0] - 1)] if pm is not None else ""  # "human beings": the phrase's last word
        if pm is not None and (last.endswith("s") or last in _IRREGULAR_PLURALS) \
                and not subj.capitalised(end) and lows[end] not in ("boss",):
            return None  # a plural: "the killing of civilians", "the murder of the Jesuits"
        words += 1
        end += 1
        if end + 1 < n and lows[end] == "-" and lows[end + 1][:1].isalnum():
            end += 2  # "the murder of M-19 members": one word
    if end + 2 < n + 1 and lows[end:end + 1] == [","] and end + 1 < n and lows[end + 1].isdigit() \
            and (end + 2 >= n or lows[end + 2] in (",", ".", ";", ")")):
        age = float(lows[end + 1])  # "the death of Christopher Moore, 20."
    if words == 0 or lows[first] in NAMED_BLOCK or lows[first] in ("him", "her", "them"):
        return None
    after = end
    if after < n and lows[after] == "(" and ")" in lows[after:after + 8]:
        after = lows.index(")", after) + 1  # "the execution of the alleged ... Front (FMLN) plan"
    if lows[end - 1] in NAMED_BLOCK or (after > end and after < n and lows[after] in NAMED_BLOCK):
        return None  # "the execution of the rebel plan": a thing carried out, no victim
    if the and subj.upper and lows[end - 1].endswith("s") and not lows[end - 1].endswith("ss"):
        return None  # capitals: "THE MURDER OF THE U.S. MISSIONARIES" is a plural, not a name
    if not subj.upper and subj.raw is not None and age >= 99 and not any(
            subj.capitalised(k) or lex.persons.match_at(lows, k) is not None for k in range(first, end)):
        return None  # "the death of democracy": no name and no person noun
    return first, end, age


def bodies_found(lows: list[str], p: int, subj: Subject, lex: Lexicon,
                 taken: set[int]) -> tuple[int, int, float, int] | None:
    """ "The body of Ana Ruiz, 19, a nurse, was found ...", "THE BODIES OF A AND B WERE FOUND":
    the victims named after "the body of" / "the bodies of" (at ``p``) when the clause's own verb
    is a finding (``found_verbs``): (first, end, age, one per name), else None.  A count ("the
    bodies of four students") or a plural noun is no name (``victim_after_of``)."""
    n = len(lows)
    tok = lows[p]
    if p < 1 or p + 2 >= n or lows[p - 1] != "the" or lows[p + 1] != "of":
        return None
    q = p + 2
    if lows[q:q + 4] in (["u", ".", "s", "."], ["u", ".", "n", "."]):
        q += 4  # "the body of U.S. citizen X": a modifier of the name
    first, end, age, names = q, q, 99.0, 0
    if tok == "body" and lows[q] in ("a", "an"):  # "the body of an unidentified man": one person
        k = next((k for k in range(q + 1, min(n, q + 4)) if lex.persons.match_ending_at(lows, k) is not None), -1)
        if k < 0 or lows[k].endswith("s") or any(not lows[j][:1].isalpha() for j in range(q + 1, k)):
            return None
        q, end, names = k + 1, k + 1, 1
    more = names == 0
    while more:
        v = victim_after_of(lows, q, subj, lex, taken)
        if v is None:
            return None
        names += 1
        end, age = v[1], v[2] if names == 1 else 99.0
        more = tok == "bodies" and end + 1 < n and lows[end] in (",", "and") and lows[end + 1] != "who"
        q = end + 2 if lows[end:end + 2] == [",", "and"] else end + 1
    if (tok == "body") != (names == 1):
        return None  # "the bodies of X": a family or a group, not one named person
    be = "was" if tok == "body" else "were"
    finds = single_words("found_verbs")
    for k in range(end, min(n - 1, end + 45)):
        if lows[k] in (";", ":") or (lows[k] in ("was", "were") and lows[k - 1] not in ("who", "which", "that")):
            r = k + 1
            while r < n - 1 and lows[r] in ("later", "also", "finally", "eventually"):
                r += 1
            return (first, end - 1, age, names) if lows[k] == be and lows[r] in finds else None
    return None


def role_of_thing(lows: list[str], of: int, lex: Lexicon) -> int:
    """ "the civilian driver of the truck", "the owner of the shop": the index of the singular
    person noun (or ``of_heads`` word) before "of" at ``of`` that "the" and at most two modifiers
    open, else -1."""
    h = of - 1
    w = lows[h] if h >= 1 else ""
    person = lex.persons.match_ending_at(lows, h) is not None if w else False
    if not (person or w in single_words("of_heads") or w in lex.kin) or (w.endswith("s") and not w.endswith("ss")):
        return -1
    for d in range(h - 1, max(-1, h - 4), -1):
        if lows[d] == "the":
            return h if d == 0 or lows[d - 1] not in ("of", "by", "with", "to") else -1
        if not lows[d][:1].isalpha() or lows[d] in lex.stopwords:
            return -1
    return -1


_APPOSITION_ENDS = frozenset({".", ";", ":", "who", "whom", "which", "that", "was", "were", "is", "are", "has",
                              "had", "have", "said", "says"})


def long_apposition(lows: list[str], q: int, subj: Subject) -> tuple[int, float]:
    """ "Tomas Rivas, 52, brother of the governor of the province and a partner in the family's
    bank, was abducted": the name before the age that opens an apposition closed by the comma at
    ``q`` (no verb or relative inside), and the age; else (``q``, 99)."""
    if q < 4 or lows[q] != ",":
        return q, 99.0
    for j in range(q - 1, max(2, q - 40), -1):
        if lows[j] in _APPOSITION_ENDS:
            break
        if lows[j] == "," and lows[j - 1].isdigit() and lows[j - 2] == "," and int(lows[j - 1]) < 110 \
                and subj.ok(j - 3, float(lows[j - 1])):
            return j - 3, float(lows[j - 1])
    return q, 99.0


def relative_subject_before(lows: list[str], q: int, subj: Subject) -> tuple[int, float]:
    """ "JOSE RAMOS, 72, WHO WAS WORKING AT THE STATION AT THE TIME OF THE BLAST, WAS KILLED": the
    name (and its age) before a relative clause "who ..." closed by the comma at ``q`` (the clause
    holds no comma or sentence stop, at most 30 tokens); else (``q``, 99)."""
    if q < 4 or lows[q] != ",":
        return q, 99.0
    for j in range(q - 1, max(2, q - 30), -1):
        if lows[j] in (",", ".", ";", ":"):
            return q, 99.0
        if lows[j] != "who":
            continue
        if lows[j - 1] != ",":
            return q, 99.0
        if j >= 4 and lows[j - 2].isdigit() and lows[j - 3] == "," and int(lows[j - 2]) < 110 \
                and subj.ok(j - 4, float(lows[j - 2])):
            return j - 4, float(lows[j - 2])
        if subj.ok(j - 2, 99.0):
            return j - 2, 99.0
        return q, 99.0
    return q, 99.0
