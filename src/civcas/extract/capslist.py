"""Lists of named victims in wire copy in capitals (MUC-4): "THE FOLLOWING POLICEMEN DIED IN
COMBAT: MAJOR A B, CAPTAIN C D, ...", "JESUITS A B, C D, AND E F WERE KILLED", "THE MURDERS OF A B,
COLONEL C D, AND SENATOR E F" (see :mod:`civcas.extract.victimlist`, which turns them into figures).

Letter case cannot tell a name from a word, so an item is read by its words: a name is one to five
words none of which is a known word (stopwords, triggers, person and role nouns, the ``[caps]``
words of ``victimlist.toml``); a role word (a title of ``titles.toml``, a kinship or person noun,
"MRS") before it says a person is meant ("CORPORAL A B", "HIS SON", "ANOTHER JUDGE").  A one-word
name needs a role word of its own or of the list's head ("COMRADES A, B, AND C"); a name opening
with a place word ("SAN", "EL", "LAS") is a place.  An item with a known word after a person is an
apposition ("A B, RECTOR OF THE UCA, ..."), two role items joined by "AND" are one person ("SENATOR
AND PRESIDENTIAL HOPEFUL A B"), and ages and asides in parentheses describe the person before.  The
list ends at the first item that is not a person.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.lexicon import lexicon
from civcas.extract.regex_speed import first_char_guard
from civcas.extract.victimitems import WORD, Person, age_of, tables

_SEP = first_char_guard(re.compile(r"\s*(?:[,;]|\s--\s|\band\s+also\b|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|"
                                   r"\btogether\s+with\b)\s*", re.IGNORECASE))  # (the guard: speed only)
_ASIDE = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]|\"[^\"]{0,40}\"")
_MAX_NAME = 5
# words of the lexicon's trigger phrases that say nothing alone ("the dead", "along with")
_TRIGGER_FILLER = frozenset({"a", "an", "the", "along", "alongside", "together", "away", "own", "got", "went",
                             "put", "left", "number", "count", "total", "himself", "herself", "life"})


@dataclass(frozen=True, slots=True)
class CapsRules:
    known: frozenset[str]  # words that are never part of a name
    place: frozenset[str]  # words that open a place name, not a person's
    particles: frozenset[str]  # name particles ("DE", "DEL", "Y")
    female: frozenset[str]  # role words of a woman ("MRS")
    male: frozenset[str]
    roles: frozenset[str]  # one-word titles and person nouns (singular)
    plural_roles: frozenset[str]  # plural ones ("JESUITS", "CORPORALS", "COMRADES")
    cues: tuple[tuple[re.Pattern[str], str], ...]  # cues a list follows: (pattern, outcome)
    subject: tuple[tuple[re.Pattern[str], str], ...]  # verbs a subject list precedes
    background: re.Pattern[str]  # a sentence recalling an earlier killing
    not_done: frozenset[str]  # words before a cue that make it no killing ("THE MISSION OF KILLING")
    triggers: frozenset[str]  # casualty trigger words: an item holding one is no person


@lru_cache(maxsize=1)
def rules() -> CapsRules:
    raw = load_toml("extract", "victimlist.toml")
    titles = load_toml("extract", "titles.toml")
    lex = lexicon()
    try:
        c = raw["caps"]
        t = tables()
        title_list = [x.lower() for g in titles["titles"].values() for x in g]
        title_words = {w for x in title_list for w in x.split()}
        heads = {x.split()[-1] for x in title_list}  # "presidential hopeful": the hopeful
        persons = set(lex.persons.singles)
        singular = {w for w in persons | heads | set(t.kin) | set(c["roles"]) if not _plural(w)}
        plural = {w for w in persons | set(t.kin) | set(c["plural_roles"]) if _plural(w)} | {
            w + "s" for w in heads | set(c["roles"])}
        known = (set(lex.stopwords) | set(lex.trigger_words) | set(t.not_name) | set(titles["words"]["not_name"])
                 | set(c["known"]) | singular | plural | title_words | set(t.filler) - set(c["particles"]))
        return CapsRules(
            known=frozenset(known), place=frozenset(c["place"]), particles=frozenset(c["particles"]),
            female=frozenset(c["female"]), male=frozenset(c["male"]),
            roles=frozenset(singular), plural_roles=frozenset(plural),
            cues=tuple((re.compile(x["pattern"], re.IGNORECASE), x["outcome"]) for x in c["cue"]),
            subject=tuple((re.compile(x["pattern"], re.IGNORECASE), x["outcome"]) for x in c["subject"]),
            background=re.compile(r"\b(?:" + "|".join(re.escape(b) for b in [
                *raw["words"]["background"], *titles["words"]["recalled"]]) + r")\b", re.IGNORECASE),
            not_done=frozenset([*titles["words"]["not_done"], *c["not_done"]]),
            triggers=frozenset(lex.trigger_words) - _TRIGGER_FILLER - set(lex.stopwords),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid victim-list table: {exc!r}",
                        hint="check the [caps] section of src/civcas/data/extract/victimlist.toml") from exc


def _plural(word: str) -> bool:
    return word.endswith(("s", "men", "children", "people", "police", "personnel"))


def _segments(body: str) -> list[tuple[str, int, str]]:
    """(item, end offset in ``body``, separator before it)."""
    out: list[tuple[str, int, str]] = []
    pos = 0
    sep = ""
    for m in _SEP.finditer(body):
        out.append((body[pos:m.start()], m.start(), sep))
        sep = m.group().strip().lower()
        pos = m.end()
    out.append((body[pos:], len(body), sep))
    return out


@dataclass(slots=True)
class _Item:
    kind: str  # person | role (role words only, no determiner) | appos | age | other
    person: Person | None = None
    plural_head: bool = False
    stop: bool = False  # words after the person end the list


class CapsReader:
    """Reads the items of a list in capitals into persons."""

    def __init__(self) -> None:
        self.r = rules()
        self.persons: list[Person] = []
        self.cur: Person | None = None
        self.head = False  # a plural role word heads the list: one-word names count
        self.appos = 0

    def classify(self, seg: str) -> _Item:
        """What one item is: a person (named or by a role word), role words alone, an apposition,
        an age or something else (the list ends)."""
        words = WORD.findall(seg.strip(" .:'"))
        if not words:
            return _Item("other")
        if age_of(seg.strip(" .:'")) is not None:
            return _Item("age")
        if words[0].lower() == "of" and len(words) > 1 and self._role(words[1].lower()):
            words = words[1:]  # "..., AND OF COLONEL A B"
        lows = [w.lower() for w in words]
        if lows[0] in _CLAUSE:
            return _Item("other")  # "A B, WHO WAS ...": the list is over
        det = bool(lows) and lows[0] in _DETERMINERS
        head = next((k for k, w in enumerate(lows) if w in _STOPS), len(lows))
        role = max((k for k in range(head) if self._role(lows[k])), default=-1)
        if any(w in self.r.triggers for w in lows[:max(role, 0) + 1]):
            return _Item("other")  # "AND WOUNDING YOUTH A B": another outcome
        j = role + 1
        name: list[str] = []
        while j < len(words) and self._name_word(words[j]) and len(name) < _MAX_NAME:
            name.append(words[j])
            j += 1
        while name and name[-1].lower() in self.r.particles:
            name.pop()
            j -= 1
        if name and (name[0].lower() in self.r.place or name[0].lower() in self.r.particles):
            return _Item("other")  # "SAN SALVADOR", "EL PAISNAL": a place
        if role < 0:
            if not name or det:  # "A B, THE FIRST OF THEM, ...", not "A B, CLAIMED RESPONSIBILITY"
                return _Item("appos" if self.cur is not None and (det or "of" in lows) else "other")
            if len(name) == 1 and not self.head:
                return _Item("name1" if self.cur is not None else "other", stop=j < len(words))
            p = Person(named=True, name=" ".join(name))
            return _Item("person", p, stop=j < len(words))
        lr = lows[role]
        p = Person()
        kin = tables().kin.get(lr)
        if kin is not None:
            p.gender, p.age = kin
        if lr in self.r.female:
            p.gender, p.age = "f", "adult"
        elif lr in self.r.male:
            p.gender, p.age = "m", "adult"
        if name:
            plural = lr in self.r.plural_roles
            if plural and self.cur is not None:
                return _Item("other")  # "A B, NEWSMEN WAITED": a head noun opens a list only
            p.named = True
            p.name = " ".join(name)
            return _Item("person", p, plural_head=plural, stop=j < len(words))
        if lr in self.r.plural_roles:
            return _Item("other")  # "THE JESUIT PRIESTS": no count
        if j < len(words) and lows[j] != "of":
            return _Item("appos" if self.cur is not None else "other")
        if det and lows[0] in ("the", "a", "an"):
            return _Item("det_role", p)  # "THE GOVERNOR OF X": a person, or the one before
        return _Item("role", p) if not det else _Item("person", p)

    def _role(self, low: str) -> bool:
        r = self.r
        return low in r.roles or low in r.plural_roles or low in r.female or low in r.male

    def _name_word(self, w: str) -> bool:
        low = w.lower()
        if len(low) > 4 and low.endswith(("ed", "ing")):
            return False  # a verb form ("WAITED", "DETONATING"), not a name
        return (w.isalpha() and low not in self.r.known) or low in self.r.particles


_DETERMINERS = frozenset({"the", "a", "an", "another", "his", "her", "their", "its"})
_CLAUSE = frozenset({"who", "whom", "whose", "which", "that", "when", "where", "while", "after", "before", "but",
                     "according", "because", "since", "although", "though", "if", "as", "was", "were", "is",
                     "are", "had", "has", "have", "said", "says", "in", "at", "on", "by", "for", "from", "with",
                     "during", "near", "to", "into", "he", "she", "they", "it", "we", "this", "these", "those"})
_STOPS = frozenset({"of", "in", "from", "at", "by", "on", "for", "who", "whom", "which", "was", "were", "is",
                    "are", "that", "with", "when", "while", "after", "during", "whose"})


def read_caps(body: str, *, whole: bool = False) -> tuple[list[Person], int] | None:
    """The persons of the list in capitals ``body`` and the end of the last one; ``whole``: every
    item must be read (a subject list up to its verb), else None."""
    reader = CapsReader()
    colon = body.find(":")
    body = body[:colon] if colon >= 0 else body  # "THE MURDER OF A: B AND C" (B and C are others)
    members = _members(body)
    segs = _segments(_ASIDE.sub(lambda m: m.group() if age_of(m.group().strip("()")) is not None
                                else " " * len(m.group()), body))
    stop = 0
    last = ""  # the kind of the item before
    for n, (seg, end, sep) in enumerate(segs):
        if not seg.strip(" .:'"):
            continue
        item = reader.classify(seg)
        kind = item.kind
        nxt = next((x for x in segs[n + 1:] if x[0].strip(" .:'")), None)
        if kind == "age" and reader.cur is not None:
            years = age_of(seg.strip(" .:'"))
            if years is not None and years <= 120:
                reader.cur.age = "child" if years < 18 else "adult"
            stop, last = end, kind
            continue
        if kind == "name1" and reader.cur is not None and not reader.cur.named:
            reader.cur.named = True  # "HIS SON, WILLIAM": the son's name
            reader.cur.name = seg.strip(" .:'")
            stop, last = end, kind
            if item.stop:
                break
            continue
        if kind == "person" and item.person is not None and item.person.named and reader.cur is not None \
                and not reader.cur.named and sep == "," and last in ("person", "role", "det_role"):
            reader.cur.named = True  # "THEIR COOK, ELBA RAMOS": the cook's name
            reader.cur.name = item.person.name
            stop, last = end, "name1"
            if item.stop:
                break
            continue
        if kind == "role" and nxt is not None and nxt[2] == "and" and last != "role" \
                and reader.classify(nxt[0]).kind == "person":
            last = kind  # "SENATOR AND PRESIDENTIAL HOPEFUL A B": one person
            continue
        if kind in ("role", "det_role"):
            joined = sep in _JOINS and last != "appos"  # not "A B, PRESIDENT OF X AND MAYOR OF Y"
            member = reader.cur is None or (kind == "det_role" and members) or last == "role" or (
                kind == "det_role" and sep == "," and last == "person" and not reader.cur.named
                and not reader.cur.name)  # "A COLONEL, A JUDGE, ...": no apposition of a nameless one
            kind = "person" if member or joined else "appos"
        if kind == "appos" and reader.cur is not None and reader.appos < 2 and (
                sep not in _JOINS or last == "appos"):
            reader.appos += 1
            stop, last = end, kind
            continue
        if kind != "person" or item.person is None:
            return None if whole else _done(reader, stop)
        reader.appos = 0
        reader.head = reader.head or item.plural_head
        reader.persons.append(item.person)
        reader.cur = item.person
        stop, last = end, kind
        if item.stop:
            if whole and nxt is not None:
                return None
            break
    return _done(reader, stop)


def _members(body: str) -> bool:
    """``body`` joins role nouns with articles as members ("A B, A POLICE OFFICER, AND A JUDGE"): its
    last item is an article and a role noun after "and", as is the item before it."""
    segs = [x for x in _segments(body) if x[0].strip(" .:'")]
    if len(segs) < 3:
        return False
    reader = CapsReader()
    reader.cur = Person()
    last, before = segs[-1], segs[-2]
    return last[2] == "and" and before[2] == "," and all(
        reader.classify(x[0]).kind == "det_role" for x in (last, before))


_JOINS = ("and", "along with", "together with", "as well as", "and also", "")


def _done(reader: CapsReader, stop: int) -> tuple[list[Person], int] | None:
    return (reader.persons, stop) if reader.persons else None


# where a subject list may start: after a clause mark, "that" or a conjunction opening a clause
# ("THE TALKS ENDED AFTER A MAYOR, A JUDGE, AND SENATOR LUIS VERA WERE KILLED"; "A RAID IN WHICH
# MAYOR ANA RUIZ AND HER DRIVER WERE KILLED")
_STARTS = re.compile(r"[,;:]\s*|\s--\s*|\b(?:that|which|after|when|since|because|while|until|before)\s+",
                     re.IGNORECASE)


def sentence_lists(text: str, *, may: Container[re.Pattern[str]] | None = None,
                   ) -> list[tuple[int, int, str, list[Person]]]:
    """The lists of named victims of one sentence in capitals: (start, end, outcome, persons),
    offsets in ``text``; a subject list is read whole up to its verb, from the leftmost clause
    start that reads. ``may``: the patterns of :func:`rules` (cues, subject verbs, background)
    that may match ``text`` (an exact pre-test of the caller's, e.g. ``SentenceIndex.matching``);
    the others are not tried. None: all are."""
    r = rules()
    if (may is None or r.background in may) and r.background.search(text) is not None:
        return []  # "WE MUST NOT FORGET THE MURDERS OF A, B, AND C"
    out: list[tuple[int, int, str, list[Person]]] = []
    for rx, outcome in r.cues:
        if may is not None and rx not in may:
            continue
        for m in rx.finditer(text):
            if not r.not_done.isdisjoint(w.lower() for w in WORD.findall(text[max(0, m.start() - 60):m.start()])[-4:]):
                continue  # "THE MISSION OF ASSASSINATING A AND B"
            got = read_caps(text[m.end():])
            if got is not None and not (m.group().endswith(":") and _sized(text, m.end())):
                out.append((m.start(), m.end() + got[1], outcome, got[0]))
    for rx, outcome in r.subject:
        if may is not None and rx not in may:
            continue
        for m in rx.finditer(text):
            starts = [0] + [x.end() for x in _STARTS.finditer(text, 0, m.start())]
            tail = _RELATIVE_TAIL.search(text, 0, m.start())
            verb = tail.start() if tail is not None else m.start()
            for a in starts:
                got = read_caps(text[a:verb], whole=True)
                if got is not None and len(got[0]) >= 2:
                    if not _sized(text, a):
                        out.append((a, m.end(), outcome, got[0]))
                    break
    return out


# a relative clause between a subject list and its verb ("A B AND C D, BOTH OF WHOM WERE TEACHERS,
# WERE KILLED"): the list ends before it
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whom|whose|(?:both|all|each|two|three)\s+of\s+whom)\b[^,;:()\[\]]{1,80},\s*$",
                            re.IGNORECASE)
_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    r"fifteen|twenty|dozens?|several|both)\b", re.IGNORECASE)


def _sized(text: str, start: int) -> bool:
    """The words right before a list say its size ("SIX JESUITS: A, B, ...", "THE TWO MURDERED
    WOMEN, A AND B"): the counts read that number, the list adds nothing."""
    words = WORD.findall(text[max(0, start - 80):start])[-6:]
    return any(_COUNT.fullmatch(w) is not None and not (k + 1 < len(words) and words[k + 1].lower() in _MONTHS)
               and not (k and words[k - 1].lower() in _MONTHS)
               for k, w in enumerate(words))  # (not a dateline's day or year: "QUITO, 4 MAY 90 -- A, B AND C DIED")


_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "january", "february", "march", "april", "june", "july", "august", "september", "october",
                     "november", "december"})
