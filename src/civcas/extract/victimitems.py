"""Reading the items of a list of named victims (see :mod:`civcas.extract.victimlist`).

An item is a name ("Omar Haddad"), a kinship noun with or without a name ("his wife Lina", "her
mother"), a counted kinship noun filled by the names that follow ("their three children, Rami,
Lina and Omar", or by a noun per member: "her three children: the eldest son Karim, 24, a
daughter Lina, 15, ..."; ``[members]`` of ``victimlist.toml``), an age describing the item before
("34", "(7)", "aged 5", "six years old") or an apposition ("Rami, a 12-year-old boy").  A child is
under 18; women and men are adults of known gender (from kinship and person nouns, see
``victimlist.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.givennames import is_given_name, is_title, name_gender
from civcas.extract.regex_speed import first_char_guard
from civcas.extract.victimages import NUMBER_WORDS, age_of, ages_in, set_age
from civcas.extract.victimroster import sex

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:-[a-z\-]+)?", re.UNICODE)
_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|abu|bin|ibn|bint|ben)[-‑][A-Z]")  # "al-Araj"
_OWNERS = frozenset({"his", "her", "their", "the"})
_PARENS = re.compile(r"\([^()]*\)")
_ANY_WORD = re.compile(r"\w")
_OWNER = re.compile(r"[^\W\d_]['’]s?(?=\s)")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Ali's wife": the possessor is not the person
# "son of Yasin", "the eldest daughter of Omar Odeh", "wife of Abu Karim": a relative of a named person
_KIN_OF = re.compile(r"(?:the\s+)?(?:(?:eldest|oldest|youngest|only|second|first)\s+)?([a-z\-]+)\s+of\s+"
                     r"(?:the\s+late\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|(?:al|el|abu|bin)[-‑ ]\S+)){0,5}\s*$")
_SEP = re.compile(r"\s*(?:[,;\n]|\s[–—:]\s|\band\b|&|\bas\s+well\s+as\b|\bplus\b"
                  r"|\b(?:along(?:side)?|together)\s+with\b|\balongside\b)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    rx: re.Pattern[str]
    outcome: str
    qualifier: str
    subject: bool


@dataclass(frozen=True, slots=True)
class Tables:
    cues: tuple[Cue, ...]
    with_rx: re.Pattern[str]
    subject_rx: re.Pattern[str]
    victim: frozenset[str]
    agent: frozenset[str]
    pronoun: tuple[str, ...]
    not_name: frozenset[str]
    filler: frozenset[str]
    kin: dict[str, tuple[str, str]]
    members: dict[str, frozenset[str]]  # counted plural -> the singular nouns that spell it out
    surnames: frozenset[str] = frozenset()  # place nouns that are family names too ("Lee Park")
    young: frozenset[str] = frozenset()  # kinship nouns that may well name a child ("son", "niece")
    occupation: frozenset[str] = frozenset()  # a grown person's occupation ("the lawyer Omar Haddad")
    speech_rx: re.Pattern[str] | None = None  # a speaker's clause before a subject ("relatives said that")
    co_owner: re.Pattern[str] | None = None  # the first of two owners of a kin noun: "Omar and Lina's son"


def _co_owner_rx(kin: dict[str, list[str]]) -> re.Pattern[str]:
    """A given name alone before "and" and a second owner of a kinship noun: "Omar and Lina's son
    Adam", "Karim and Huda's three daughters" (read by ``victimread``: the first name is no person)."""
    nouns = "|".join(sorted((re.escape(k) for k in kin), key=len, reverse=True))
    # (after a line or clause start or a lower-case word: not the last word of a longer name)
    return re.compile(r"(?:^|(?<=[,;:(–—]\s)|(?<![\w’'\-])[a-z]+\s)(?P<first>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+and\s+)"
                      r"(?=[A-Z][\w\-]*['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:" + nouns + r")\b)")


@lru_cache(maxsize=1)
def tables() -> Tables:
    raw = load_toml("extract", "victimlist.toml")
    try:
        w = raw["words"]
        return Tables(
            # (speed: the cues and the subject verbs behind a lookahead for the characters a match
            # can start with; the same matches)
            cues=tuple(Cue(first_char_guard(re.compile(c["pattern"], re.IGNORECASE)), c["outcome"], c["qualifier"],
                            bool(c["subject"])) for c in raw["cue"]),
            with_rx=first_char_guard(re.compile(raw["with"]["pattern"], re.IGNORECASE)),  # (speed: the same matches)
            subject_rx=first_char_guard(re.compile(raw["subject"]["pattern"], re.IGNORECASE)),
            victim=frozenset(w["victim"]), agent=frozenset(w["agent"]), pronoun=tuple(w["pronoun"]),
            not_name=frozenset(w["not_name"]) | frozenset(w.get("not_name_clause", ())), filler=frozenset(w["filler"]),
            kin={k: (v[0], v[1]) for k, v in raw["kin"].items()},
            members={k: frozenset(v) for k, v in raw["members"].items()},
            surnames=frozenset(w.get("surnames", ())),
            young=frozenset(w.get("young_kin", ())),
            occupation=frozenset(w.get("occupation", ())),
            speech_rx=re.compile(raw["speech"]["pattern"], re.IGNORECASE),
            co_owner=_co_owner_rx(raw["kin"]),
        )
    except (KeyError, TypeError, IndexError, re.error) as exc:
        raise DataError(f"invalid victim-list table: {exc!r}",
                        hint="check src/civcas/data/extract/victimlist.toml") from exc


@dataclass(slots=True)
class Person:
    gender: str = "-"  # f | m | -
    age: str = "-"  # adult | child | -
    named: bool = False
    name: str = ""  # the name as written ("Lina", "Omar Haddad"), for matching repeated mentions
    young: str = ""  # the kinship noun naming them when it may well be a child's ("son": "their son Omar")
    given: str = "-"  # the gender the given name says (f | m | -; ``gender`` is that of kinship words)


class Reader:
    """Reads list items into persons."""

    def __init__(self, t: Tables) -> None:
        self.t = t
        self.persons: list[Person] = []
        self.cur: Person | None = None  # the person the next age or apposition describes
        self.group: list[Person] = []  # unnamed members of "their three children" still to name
        self.group_kin = ""  # the plural noun of that group ("children")
        self.pending: Person | None = None  # a member spelled out by a noun, its name to follow
        self.plural: tuple[str, str] | None = None  # "her children": names follow, count unsaid
        self.plural_young = ""  # that plural noun when it may name children ("sons": "her sons")
        self.plural_named = 0
        self.partial = False
        self.ended = False  # the last item ended the list
        self.cur_aged = False  # the current person has an age item of its own ("Ana Ruiz, 19")
        self.described = False  # the last item was an apposition describing the current person

    def _name(self, p: Person, names: list[str], words: list[str]) -> None:
        """``p`` is named by ``names``; ``p.given`` is the gender of the name (the item's ``words``
        without kinship nouns: honorifics, kunya, given name; see
        :func:`civcas.extract.givennames.name_gender`)."""
        k = 0
        while k < len(names) - 1 and (is_title(names[k]) or names[k].lower() in self.t.occupation):
            k += 1  # "Professor Omar Haddad", "Judge Lina Aziz": the name without the title
        p.named = True
        p.name = " ".join(names[k:])
        if p.age == "-" and any(w.lower() in self.t.occupation for w in words):
            p.age = "adult"  # "the 32-year-old lawyer", "journalist Omar Haddad"
        p.given = name_gender([w for w in words if w.lower() not in self.t.kin
                               and (w.lower() not in self.t.not_name or is_title(w))])

    def _kin(self, words: list[str]) -> tuple[str, tuple[str, str], int | None] | None:
        for i, w in enumerate(words):
            lw = w.lower()
            if lw in self.t.kin:
                n = NUMBER_WORDS.get(words[i - 1].lower()) if i else None
                if n is None and i >= 3 and words[i - 2].lower() == "of" and words[i - 1].lower() in _OWNERS:
                    n = {"one": 1, **NUMBER_WORDS}.get(words[i - 3].lower())  # "two of her grandchildren"
                if n is None and i and words[i - 1].isdigit() and int(words[i - 1]) < 30:
                    n = int(words[i - 1])
                g, a = self.t.kin[lw]
                nxt = words[i + 1].lower() if i + 1 < len(words) else ""
                if g == "-" and nxt in self.t.kin and a != "-":
                    # a noun of age used as an adjective: "her infant daughters", "his baby son"
                    g2, a2 = self.t.kin[nxt]
                    return nxt, (g2, a2 if a2 != "-" else a), n
                return lw, (g, a), n
        return None

    def _named_after_kin(self, seg: str) -> bool:
        words = WORD.findall(seg)
        at = next((k for k, w in enumerate(words) if w.lower() in self.t.kin), None)
        return at is not None and any(w[:1].isupper() and w.lower() not in self.t.not_name
                                      for w in words[at + 1:])

    def _ends(self, w: str) -> bool:
        """A lower-case word ``w`` is no part of a person phrase (it ends the item)."""
        low = w.lower()
        return not (low in self.t.filler or low in self.t.kin or low in NUMBER_WORDS or low == "one" or w.isdigit()
                    or low in self.t.occupation or _PARTICLE.match(w))

    def _gives_name(self, seg: str) -> bool:
        """``seg`` (an item after "a"/"an") holds a person's name: its first capitalised word is a
        given name ("a 29-year-old Lina Odeh"; not "a Gaza-based nurse")."""
        w = next((w for w in WORD.findall(seg) if w[:1].isupper() and w.lower() not in self.t.not_name), None)
        return w is not None and is_given_name(w)

    def _close_plural(self) -> None:
        if self.plural is not None and self.plural_named == 0:
            self.partial = True  # "her children" and no names: at least two
            self.persons.extend(Person(*self.plural) for _ in range(2))
        self.plural = None
        self.plural_named = 0

    def finish(self) -> list[Person]:
        self._close_plural()
        return self.persons

    def _age_item(self, seg: str) -> bool | None:
        years = age_of(seg)
        if years is None:
            return None
        if self.cur is None:
            return False
        set_age(self.cur, years)
        self.cur_aged = True
        return True

    def _name_unnamed(self, words: list[str]) -> None:
        """An apposition naming the unnamed person before it ("his wife, a 30-year-old Huda Odeh")."""
        if self.cur is None or self.cur.named:
            return
        if not all(w[:1].isupper() or _PARTICLE.match(w) or w.lower() in self.t.filler
                   or w.lower() in self.t.kin for w in words):
            return  # a description ("a teacher at the school"), not a name
        names = [w for w in words if (w[:1].isupper() or _PARTICLE.match(w)) and w.lower() not in self.t.not_name
                 and w.lower() not in self.t.kin]
        if names:
            self._name(self.cur, names, words)

    def item(self, seg: str, sep: str = ",") -> bool:
        """Read one item (``sep``: the separator before it); False when it is not part of the
        list (the list ends)."""
        seg = seg.strip(" .:\"“”'")
        if seg.startswith("(") and seg.endswith(")"):
            seg = seg[1:-1].strip()
        if not seg:
            return True
        if sep in ("–", "—", ":") and self.plural is not None:
            self.plural_named += 1  # "her children – her two daughters A and B ...": spelled out
        aged = self._age_item(seg)
        if aged is not None:
            return aged
        first = seg.split()[0].lower()
        if first in ("of", "from") and self.cur is not None and sep == ",":
            return True  # "Liesel Odom, 12, of Traer": where the person lived
        if first in ("a", "an") and self.cur is not None and sep == "," and self.cur_aged \
                and not self._named_after_kin(seg):
            # "Ana Ruiz, 19, an unidentified 2-year-old girl, and ...": the one before has its
            # age already, so an aged description is one more (unnamed) person
            probe = Person()
            kin = self._kin(WORD.findall(ages_in(seg, probe)))
            if kin is not None and probe.age != "-":
                g, a = kin[1]
                p0 = Person(g if g != "-" else "-", probe.age)
                self.persons.append(p0)
                self.cur, self.cur_aged, self.group = p0, True, []
                return True
        if self._kin_of(seg, sep):
            return True
        chained = sep == "and" and self.described and self._kin(WORD.findall(seg)) is None
        self.described = False
        if (first in ("a", "an") and self.cur is not None and (sep == "," or chained)  # "Rami, a 12-year-old boy"
                and not self._named_after_kin(seg)  # not "..., a 21-year-old son Omar"
                and not (self.cur.named and self._gives_name(seg))):  # not "A, a 29-year-old Lina B"
            # ("chained": "Omar, a member of the union and a reporter for a paper, ...")
            self.described = True
            probe = Person()
            kin = self._kin(WORD.findall(ages_in(seg, probe)))
            if kin is not None:
                g, a = kin[1]
                self.cur.gender = g if g != "-" else self.cur.gender
                self.cur.age = a if a != "-" else self.cur.age
            if probe.age != "-":
                self.cur.age = probe.age
            self._name_unnamed(WORD.findall(ages_in(seg, Person())))  # "her sister, a 28-year-old Dalia"
            if self.cur.named and self.group and self.group[0] is self.cur:
                self.group.pop(0)  # the next member is named by the next apposition ("..., a 20-year-old Rima B")
            else:
                self.group = []
            return True
        p = Person()
        bare = _PARENS.sub(lambda m: " " * len(m.group()), seg)  # not "(Abu Omar's wife)"
        owner = list(_OWNER.finditer(bare))
        if owner and _ANY_WORD.search(bare[owner[-1].end():]) and all(
                w[:1].isupper() or w.lower() in self.t.filler or w.lower() in self.t.kin or _PARTICLE.match(w)
                for w in WORD.findall(seg[:owner[-1].start() + 1])):
            seg = seg[owner[-1].end():]  # "Rep. Dan Reyes' grandson": the grandson
        words = WORD.findall(ages_in(seg, p))
        cut = next((k for k, w in enumerate(words) if not w[:1].isupper() and self._ends(w)), None)
        if cut is not None:  # "their two daughters in the strike": the person, then the list ends
            words = words[:cut]
            self.ended = True
        of = next((k for k, w in enumerate(words) if w == "of"), None)
        if of is not None and of and words[of - 1].lower() in self.t.kin:
            words = words[:of]  # "the wife of Nabil Odeh": the wife, unnamed
        words = [w for w in words if not _POSSESSIVE.search(w)]  # "(Abu Omar's wife)": not a name
        words = _drop_places(words, self.t.surnames)
        names = [w for w in words if (w[:1].isupper() or _PARTICLE.match(w))
                 and w.lower() not in self.t.not_name and w.lower() not in self.t.kin]
        kin = self._kin(words)
        if not names and kin is None:
            return False
        if kin is None:  # a name: it may fill an announced group
            if self.pending is not None and sep == ",":  # "... children: the eldest son, Karim, 24"
                target, self.pending = self.pending, None
                self._name(target, names, words)
                target.age = p.age if p.age != "-" else target.age
                self.cur, self.cur_aged = target, False
                return True
            self.pending = None
            if self.group:
                target = self.group.pop(0)
                self._name(target, names, words)
                target.age = p.age if p.age != "-" else target.age
                self.cur, self.cur_aged = target, False
                return True
            if self.plural is not None:
                p.gender, p.age = self.plural[0], p.age if p.age != "-" else self.plural[1]
                p.young = self.plural_young
                self.plural_named += 1
            self._name(p, names, words)
            self.persons.append(p)
            self.cur, self.cur_aged = p, False
            return True
        word, (g, a), n = kin
        young = word if word in self.t.young else ""
        self.pending = None
        if self.group and n is None and self._spells_out(word):
            # "her three children: the eldest son Karim, 24, a daughter Lina, 15, ...":
            # each noun is the next member of the counted group, not one more person
            target = self.group.pop(0)
            target.gender = g if g != "-" else target.gender
            age = p.age if p.age != "-" else a
            target.age = age if age != "-" else target.age
            target.young = young or target.young
            if names:
                self._name(target, names, words)
            else:
                self.pending = target
            self.cur, self.cur_aged = target, False
            return True
        self._close_plural()
        self.group = []
        p.gender, p.age = g, p.age if p.age != "-" else a
        p.young = young
        plural = word.endswith(("s", "ren"))
        if plural and n is None and word in ("parents", "twins"):
            n = 2
        if plural and n is None:
            if names:
                self._name(p, names, words)
                self.persons.append(p)
                self.cur, self.cur_aged = p, False
            self.plural = (g, a)
            self.plural_young = young
            self.plural_named = len(names) > 0
            return True
        # an age in an item that also names the first member is that member's ("their three sons:
        # 25-year-old Karim Odeh, ..."); else every member's ("their two 12-year-old twins")
        members = [Person(g, p.age if p.age != "-" and (k == 0 or not names) else a, young=young)
                   for k in range(n or 1)]
        self.persons.extend(members)
        self.cur, self.cur_aged = members[0], False
        if names:
            self._name(members[0], names, words)
        self.group = members[1:] if names else members
        self.group_kin = word
        if self.ended and n and self.group:
            self.ended = False  # "two of his children in the strike, A (4) and B (2)": names follow
        return True

    def _kin_of(self, seg: str, sep: str) -> bool:
        """``seg`` ("son of Yasin", "the wife of Omar Odeh") after a named person describes that
        person ("Rami Haddad, son of Yasin; Nabil Odeh"): their sex (and an age class the noun
        gives) is the noun's, and neither the relative nor one more person is counted. Not when
        the noun's sex is not the person's ("Omar Odeh, the wife of Sami": his wife, one more)."""
        m = _KIN_OF.match(seg)
        if m is None or sep != "," or self.cur is None or not self.cur.named or self.group:
            return False
        kin = self.t.kin.get(m.group(1).lower())
        if kin is None:
            return False
        g, a = kin
        if g != "-" and g != sex(self.cur) != "-":
            return False
        self.cur.gender = g if self.cur.gender == "-" else self.cur.gender
        self.cur.age = a if self.cur.age == "-" else self.cur.age
        self.cur.young = self.cur.young or (m.group(1).lower() if m.group(1).lower() in self.t.young else "")
        self.described = True
        return True

    def _spells_out(self, word: str) -> bool:
        """``word`` names one member of the counted group ("son" of "four children")."""
        return word + "s" == self.group_kin or word in self.t.members.get(self.group_kin, frozenset())


_PLACE_NOUNS = frozenset({"county", "city", "street", "camp", "township", "parish", "park", "road", "avenue",
                          "district", "neighborhood", "neighbourhood", "village", "town", "province",
                          "governorate", "hospital", "school", "university", "mosque", "church"})


def _drop_places(words: list[str], surnames: frozenset[str] = frozenset()) -> list[str]:
    """Without the capitalised words naming a place ("a Lenawee County boy"); a place noun that is
    also a family name and ends an item of a given name and itself is a name ("Lee Park")."""
    out: list[str] = []
    skip = False  # "Town of Shelby": the words after "of" name the place too
    for k, w in enumerate(words):
        if w.lower() in surnames and k == len(words) - 1 and len(out) == 1 and out[0][:1].isupper() \
                and w[:1].isupper():
            out.append(w)  # "Lee Park, 34, and Ana Cruz, 29": a person
            continue
        if w.lower() in _PLACE_NOUNS:
            while out and out[-1][:1].isupper():
                out.pop()
            skip = k + 1 < len(words) and words[k + 1] == "of"
            continue
        if skip and (w == "of" or w[:1].isupper()):
            continue
        skip = False
        out.append(w)
    return out


def segments(text: str) -> list[tuple[str, int, str]]:
    """Items of a list, their end offsets in ``text`` and the separator before each (no split
    inside parentheses)."""
    out: list[tuple[str, int, str]] = []
    depth = 0
    pos = 0
    sep = ""
    i = 0
    while True:  # from bracket to bracket, and at depth 0 to the next separator, left to right
        m = (_BRACKET if depth else _BRACKET_OR_SEP).search(text, i)
        if m is None:
            break
        ch = text[m.start()]
        if ch == "(":
            depth += 1
            i = m.end()
        elif ch == ")":
            depth = max(0, depth - 1)
            i = m.end()
        else:
            out.append((text[pos:m.start()], m.start(), sep))
            sep = m.group().strip().lower() or " "
            pos = i = m.end()
    out.append((text[pos:], len(text), sep))
    return out


_BRACKET = re.compile(r"[()]")
# a separator is tried only where one of these characters starts it (a plain ``\s*`` before it
# starts at a space, a tab or a line break)
_BRACKET_OR_SEP = re.compile(r"[()]|(?-i:(?=[,;\n&aApPtT \t]))(?:" + _SEP.pattern + ")", re.IGNORECASE)
