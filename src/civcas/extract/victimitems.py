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
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.givennames import is_given_name, is_title, name_gender
from civcas.extract.lexicon import first_char_guard, may_match, requirement_of
from civcas.extract.text import Sentence, ascii_lower, literal_view

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "twin": 2}
_WORD_AGES = {**_NUMBERS, "one": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:-[a-z\-]+)?", re.UNICODE)
_AGE = re.compile(r"^\(?\s*(?:aged?\s+|age:?\s*)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*|-)(?:(years?|months?)"
                  r"(?:\s*|-)old|yrs?\.?|(years?|months?))?\s*\)?$", re.IGNORECASE)
_AGE_IN = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]*(years?|months?|weeks?|days?)[\s-]*old\b"
                     r"|\(\s*(\d{1,3})\s*(years?|months?|weeks?|days?)?(?:[\s-]*old)?\s*\)|\baged?\s+(\d{1,3})\b",
                     re.IGNORECASE)  # "34 years old", "(7)", "(3 months)", "aged 5"
# ages written in words: a baby or a child ("less than a year old", "not yet a year old", "a few
# months old", "a month old", "(infant)", "(a child)") or a grown person ("in his sixties", "in her
# 40s", "(adult)"); group 1 a baby or child, group 2 one year, group 3 an adult
_AGE_PHRASE = re.compile(
    r"(?:\b|(?=\())(?:((?:less\s+than|under|not\s+yet|barely)\s+(?:a|one)\s+(?:year|month)(?:[\s-]+old)?"
    r"|(?:a\s+)?(?:few|several|couple\s+of)[\s-]+(?:months?|weeks?|days?)[\s-]+old"
    r"|(?:a|one)[\s-]+(?:month|week|day)[\s-]+old|(?:just\s+)?(?:\d{1,2}\s+)?(?:days?|weeks?)[\s-]+old"
    r"|\(\s*(?:an?\s+)?(?:infant|baby|newborn|toddler|child|minor)\s*\))"
    r"|(a[\s-]+year[\s-]+old)"
    r"|(in\s+(?:his|her|their)\s+(?:early\s+|mid[\s-]+|late\s+)?(?:[2-9]0s|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties)\b|\(\s*(?:an?\s+)?adult\s*\)))", re.IGNORECASE)
# an age given as a range ("16 or 17 years old", "aged between 38 and 40", "(59 to 63)", "between 4
# months and 2 years old"): a child when the upper bound is under 18, grown when the lower one is 18
# or more, else unknown; a unit or "aged" is needed outside brackets
_AGE_RANGE = re.compile(
    r"(?:\baged?\s+)?(?:\bbetween\s+)?\b(\d{1,3}|less\s+than\s+(?:a|one)\s+year|(?:a\s+)?few\s+months)"
    r"(?:\s*(months?|years?))?\s*(?:or|to|and|-|–)\s*(\d{1,3})"
    r"(?:[\s-]*(years?|months?)(?:[\s-]*old)?)?\b", re.IGNORECASE)
_RANGE_GATE = re.compile(r"\d\D{1,20}?\d")  # (cheap pre-tests of the two patterns above)
_PHRASE_WORDS = re.compile(r"infant|baby|newborn|toddler|child|minor|adult")
_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|abu|bin|ibn|bint|ben)[-‑][A-Z]")  # "al-Araj"
_OWNERS = frozenset({"his", "her", "their", "the"})
_PARENS = re.compile(r"\([^()]*\)")
_ANY_WORD = re.compile(r"\w")
_OWNER = re.compile(r"[^\W\d_]['’]s?(?=\s)")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Ali's wife": the possessor is not the person
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
            with_rx=re.compile(raw["with"]["pattern"], re.IGNORECASE),
            subject_rx=first_char_guard(re.compile(raw["subject"]["pattern"], re.IGNORECASE)),
            victim=frozenset(w["victim"]), agent=frozenset(w["agent"]), pronoun=tuple(w["pronoun"]),
            not_name=frozenset(w["not_name"]) | frozenset(w.get("not_name_clause", ())), filler=frozenset(w["filler"]),
            kin={k: (v[0], v[1]) for k, v in raw["kin"].items()},
            members={k: frozenset(v) for k, v in raw["members"].items()},
            surnames=frozenset(w.get("surnames", ())),
            young=frozenset(w.get("young_kin", ())),
            occupation=frozenset(w.get("occupation", ())),
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


def _age_value(tok: str) -> float | None:
    tok = tok.lower()
    if tok.isdigit():
        return float(tok)
    parts = tok.split("-")
    if all(p in _WORD_AGES for p in parts) and parts:
        return float(sum(_WORD_AGES[p] for p in parts))
    return None


def age_of(seg: str) -> float | None:
    """The age in years when ``seg`` is only an age ("34", "(7)", "aged 5", "six years old")."""
    seg = seg.strip()
    m = _AGE.match(seg)
    v = _age_value(m.group(1)) if m is not None else None
    if (m is None or v is None or m.end() < len(seg)) and _RANGE_GATE.search(seg):
        inner = seg.strip("()").strip()
        r = _AGE_RANGE.fullmatch(inner)
        if r is not None:
            return _range_years(r, bracketed=seg.startswith("("))
    if m is None or v is None:
        w = _AGE_PHRASE.fullmatch(seg.strip())  # "(less than a year old)", "in his sixties", "(infant)"
        w = w or _AGE_PHRASE.fullmatch(seg.strip(" ()"))
        return _phrase_years(w) if w is not None else None
    unit = (m.group(2) or m.group(3) or "").lower()
    if v > 120 or (not m.group(1).isdigit() and not unit):
        return None
    return v if not unit or unit.startswith("year") else 0.0


def _set_age(p: Person, years: float) -> None:
    if years < 0 or years > 120:
        return
    p.age = "child" if years < 18 else "adult"


def _range_years(m: re.Match[str], *, bracketed: bool) -> float | None:
    """The age class an :data:`_AGE_RANGE` match gives, as years (None: a number range, or one
    that spans 18)."""
    text = m.group(0).lower()
    if not (m.group(2) or m.group(4) or "age" in text or bracketed):
        return None  # "between 2 and 3": not an age
    if m.group(4) and m.group(4).lower().startswith("month"):
        return 0.0
    low = int(m.group(1)) if m.group(1).isdigit() and not (m.group(2) or "y").lower().startswith("m") else 0
    high = int(m.group(3))
    if low > high or high > 120:
        return None
    return float(high) if high < 18 else float(low) if low >= 18 else None


def _phrase_years(m: re.Match[str]) -> float:
    """The age in years an :data:`_AGE_PHRASE` match stands for (a grown person: 30)."""
    return 0.0 if m.group(1) else 1.0 if m.group(2) else 30.0


def _ages_in(text: str, p: Person) -> str:
    """Apply the ages written in ``text`` to ``p``; return the text without them."""
    low = text.lower()
    if _RANGE_GATE.search(text) and _AGE_RANGE.search(text):  # two numbers: "16 or 17", "38 and 40"
        def span(m: re.Match[str]) -> str:
            years = _range_years(m, bracketed=m.start() > 0 and text[m.start() - 1] == "(")
            if years is None:
                return m.group(0)
            _set_age(p, years)
            return " "
        text = _AGE_RANGE.sub(span, text)
    if ("old" in low or ("(" in text and _PHRASE_WORDS.search(low)) or "in h" in low or "in their" in low) \
            and _AGE_PHRASE.search(text):
        def phrase(m: re.Match[str]) -> str:
            _set_age(p, _phrase_years(m))
            return " "
        text = _AGE_PHRASE.sub(phrase, text)
    def sub(m: re.Match[str]) -> str:
        tok = m.group(1) or m.group(3) or m.group(5)
        v = _age_value(tok) if tok else None
        if v is not None:
            unit = (m.group(2) or m.group(4) or "year").lower()
            _set_age(p, v if unit.startswith("year") else 0.0)
            return " "
        return m.group(0)
    if not may_match(_AGE_IN, text, text.lower() if text.isascii() else None):
        return text  # (the exact literal pre-test: "old", "age" or a bracket)
    return _AGE_IN.sub(sub, text)


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
                n = _NUMBERS.get(words[i - 1].lower()) if i else None
                if n is None and i >= 3 and words[i - 2].lower() == "of" and words[i - 1].lower() in _OWNERS:
                    n = {"one": 1, **_NUMBERS}.get(words[i - 3].lower())  # "two of her grandchildren"
                if n is None and i and words[i - 1].isdigit() and int(words[i - 1]) < 30:
                    n = int(words[i - 1])
                return lw, self.t.kin[lw], n
        return None

    def _named_after_kin(self, seg: str) -> bool:
        words = WORD.findall(seg)
        at = next((k for k, w in enumerate(words) if w.lower() in self.t.kin), None)
        return at is not None and any(w[:1].isupper() and w.lower() not in self.t.not_name
                                      for w in words[at + 1:])

    def _ends(self, w: str) -> bool:
        """A lower-case word ``w`` is no part of a person phrase (it ends the item)."""
        low = w.lower()
        return not (low in self.t.filler or low in self.t.kin or low in _NUMBERS or low == "one" or w.isdigit()
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
        _set_age(self.cur, years)
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
            kin = self._kin(WORD.findall(_ages_in(seg, probe)))
            if kin is not None and probe.age != "-":
                g, a = kin[1]
                p0 = Person(g if g != "-" else "-", probe.age)
                self.persons.append(p0)
                self.cur, self.cur_aged, self.group = p0, True, []
                return True
        chained = sep == "and" and self.described and self._kin(WORD.findall(seg)) is None
        self.described = False
        if (first in ("a", "an") and self.cur is not None and (sep == "," or chained)  # "Rami, a 12-year-old boy"
                and not self._named_after_kin(seg)  # not "..., a 21-year-old son Omar"
                and not (self.cur.named and self._gives_name(seg))):  # not "A, a 29-year-old Lina B"
            # ("chained": "Omar, a member of the union and a reporter for a paper, ...")
            self.described = True
            probe = Person()
            kin = self._kin(WORD.findall(_ages_in(seg, probe)))
            if kin is not None:
                g, a = kin[1]
                self.cur.gender = g if g != "-" else self.cur.gender
                self.cur.age = a if a != "-" else self.cur.age
            if probe.age != "-":
                self.cur.age = probe.age
            self._name_unnamed(WORD.findall(_ages_in(seg, Person())))  # "her sister, a 28-year-old Dalia"
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
        words = WORD.findall(_ages_in(seg, p))
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


class SentenceIndex:
    """The sentences of one text, for finding those a pattern may match in (an exact pre-test:
    :func:`civcas.extract.lexicon.may_match` on each sentence, computed once for the text)."""

    def __init__(self, text: str, sents: Sequence[Sentence]) -> None:
        self.sents = sents
        view = literal_view(text)
        # sentence i is low[start:end] (:func:`civcas.extract.text.literal_view` of the text, without
        # its NUL test); a sentence holding a character that folds to ASCII is never pre-tested
        self.low = view if view is not None else ascii_lower(text)
        self.other = set() if view is not None else {i for i, s in enumerate(sents) if literal_view(s.text) is None}
        self.starts = [s.start for s in sents]
        self._held: dict[str, frozenset[int]] = {}

    def matching(self, rx: re.Pattern[str]) -> set[int] | range:
        """The indices of the sentences in which ``rx`` may match: those holding one of the
        literals every match of ``rx`` holds (all of them when none is known), and those that
        cannot be pre-tested."""
        need = requirement_of(rx)
        if need is None or any("\0" in w for w in need):
            return range(len(self.sents))
        out = set(self.other)
        for w in need:
            out |= self._holding(w)
        return out

    def _holding(self, w: str) -> frozenset[int]:
        """The sentences whose lower case holds ``w`` (cached: many patterns need the same words)."""
        got = self._held.get(w)
        if got is not None:
            return got
        sents, low = self.sents, self.low
        found: set[int] = set()
        p = low.find(w)
        while p >= 0:
            k = bisect_right(self.starts, p) - 1
            if k >= 0 and p + len(w) <= sents[k].end:  # within sentence k (sentences do not overlap)
                found.add(k)
                p = low.find(w, sents[k].end)  # the next sentence holding it
            else:
                p = low.find(w, p + 1)
        got = self._held[w] = frozenset(found)
        return got


# the index of the last text read: the list finder and victimdoc read the same document in turn
_LAST: tuple[str, tuple[Sentence, ...], SentenceIndex] | None = None


def sentence_index(text: str, sents: Sequence[Sentence]) -> SentenceIndex:
    """The :class:`SentenceIndex` of ``text`` and its sentences (the last one is kept)."""
    global _LAST
    last, key = _LAST, tuple(sents)
    if last is not None and last[0] is text and last[1] == key:
        return last[2]
    index = SentenceIndex(text, sents)
    _LAST = (text, key, index)
    return index
