"""Reading one list of named victims (moved unchanged from :mod:`civcas.extract.victimlist`, which
finds the lists and makes their figures): :func:`read_list` reads the persons of a list after its
cue, item by item, up to its end (the sentence end; a numbered or bulleted list goes on over lines),
with asides and relative clauses giving ages read as such; :func:`subject_persons` reads the named
victims of a subject backwards from its verb ("A, his wife B and their son were killed"); a
:class:`VictimList` tallies the persons read.  Items are read in :mod:`civcas.extract.victimitems`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from civcas.extract.givennames import kunya_words
from civcas.extract.regex_speed import first_char_guard
from civcas.extract.victimitems import (
    WORD,
    Person,
    Reader,
    Tables,
    age_of,
    segments,
    tables,
)

# a list marker: "1." / "2)" or a bullet at a line start, a space after it; a bullet other than a
# hyphen may touch its item ("–Omar Haddad" on a line of its own)
_MARK = re.compile(r"(?:(?:^|(?<=[\s:]))\d{1,2}[.)]|(?:^|(?<=\n)|(?<=:))[ \t]*[•·▪◦*\-–])\s+"
                   r"|(?:^|(?<=\n))[ \t]*[•·▪◦–—](?=[A-Z“\"])")
# the first item of a numbered or bulleted list (and each next one)
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[•·▪◦*\-–])\s|[•·▪◦–—](?=[A-Z“\"])")
_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-Z0-9])|[.!?]\s*$|\n\s*\n")
_END = first_char_guard(_END)  # (speed: the same matches)
_APPOSITION = re.compile(r"\s*(?:an?|the|of|from)\s+[\w\-’']+(?:\s+[\w\-’']+){0,11}\s*$", re.IGNORECASE)
# a parenthesis without digits, an aside unless it is an age in words ("(age unknown)", "(Abu Omar)")
_ASIDE = re.compile(r"\([^()\d\n]{1,40}\)|\((?=[a-z])[^()\n]{30,300}\)")
# a parent's byname and an age in one parenthesis: "Huda Saleh (Umm Karim, 60)" is aged 60, the
# byname no part of her name


@lru_cache(maxsize=1)
def _kunya_age() -> re.Pattern[str]:
    """A parent's byname with an age in one bracket, "(Umm Karim, 60)", from ``[kunya]`` of
    ``givennames.toml`` (:func:`civcas.extract.givennames.kunya_words`)."""
    words = "|".join(sorted(map(re.escape, kunya_words()), key=len, reverse=True))
    return re.compile(r"\((?i:" + words + r")\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?,\s*(\d{1,3})\)")


def _asides(t: Tables, text: str) -> str:
    """``text`` with its asides blanked (:func:`_aside`) and a byname beside an age dropped
    ("(Umm Karim, 60)" -> "(60)"); the same length."""
    if "(" not in text:
        return text
    text = _kunya_age().sub(lambda m: " " * (len(m.group()) - len(m.group(1)) - 2) + f"({m.group(1)})", text)
    return _ASIDE.sub(partial(_aside, t), text)
# "who was 48 years old" / "who was aged 9" after a person: their age
_WHO_AGED = re.compile(
    r"(?<=[,\w])\s*who\s+(?:was|is|had\s+been)\s+(?:only\s+|just\s+)?((?:aged\s+)?\d{1,3}(?:[\s-]*years?[\s-]*old)?"
    r"|(?:\d{1,2}|a|an|one|two|four|six|eight|ten|three|five|seven|nine|eleven)\s+(?:years?|months?)"
    r"(?:\s+and\s+\w+\s+months?)?\s+old)(?=\s*,|\s+when\b|\s*\.|\s*$)", re.IGNORECASE)
# a short relative clause between commas in a list is an aside: "his wife, who remains unnamed, and
# their children: ...", "Rami, whose body was found later, and ..."
_RELATIVE = re.compile(r"(?<=,)\s*(?:who|whose)\s+(?!(?:was|were)\s+(?:also\s+)?(?:killed|injured|wounded)\b)"
                       r"[^,;:()\d\n]{3,60}(?=,)", re.IGNORECASE)
_ALONG = re.compile(r"^\s*(?:along(?:side)?\s+with|together\s+with|alongside)\s+", re.IGNORECASE)
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "st", "mt", "gen", "col", "lt", "sgt", "capt",
                     "rev", "prof"})


@dataclass(frozen=True, slots=True)
class VictimList:
    """A list of named victims found in a text: counts and the span it covers."""

    start: int  # the cue (or the subject) start
    end: int  # the end of the list
    outcome: str
    qualifier: str
    total: int
    children: int
    women: int
    men: int
    classified: bool  # every person's age class is known
    persons: tuple[Person, ...] = ()


def _list_end(text: str, start: int) -> int:
    """Where a list starting at ``start`` ends: the sentence end, but a numbered or bulleted list
    goes on over lines and "1." markers."""
    window = text[start:start + 3000]
    lead = window[:200].lstrip(" \t\n:")
    numbered = bool(re.match(r"1[.)]\s", lead) or (_ITEM.match(lead) and not lead[:1].isdigit()))
    for m in _END.finditer(window):
        if numbered:
            nxt = window[m.end():m.end() + 8].lstrip()
            if _ITEM.match(nxt):
                continue  # the next item of a numbered or bulleted list
            if window[m.start()] == "." and re.search(r"(?:^|[\s:])\d{1,2}$", window[:m.start()]):
                continue  # "1." is a marker
        if window[m.start()] == ".":
            prev = window[:m.start()].rsplit(None, 1)
            last = prev[-1].lower() if prev else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        return start + m.start()
    return start + len(window)


def _relative_ages(text: str) -> str:
    """``text`` with "who was 48 years old" read as the age alone, written as an item of its own
    (the same length: "who was one year and two months old" is " (1 years old)")."""
    if "who" not in text:
        return text

    def age(m: re.Match[str]) -> str:
        words = m.group(1).split()
        years = age_of(m.group(1)) if len(words) < 4 else age_of(" ".join(words[:2]) + " old")
        if years is None:
            return m.group()
        for item in (f" ({int(years)} years old)", " " + m.group(1)):
            if len(item) <= len(m.group()):
                return " " * (len(m.group()) - len(item)) + item
        return m.group()
    return _WHO_AGED.sub(age, text)


def _co_owners(text: str, t: Tables) -> str:
    """``text`` with the first of two owners of a kinship noun blanked (the same length): "Omar and
    Lina's son Adam", "Karim and Huda's three daughters" (the first name is no person of the list;
    ``Tables.co_owner``)."""
    if ("’s " not in text and "'s " not in text) or t.co_owner is None:
        return text
    def blank(m: re.Match[str]) -> str:
        return m.group()[:m.start("first") - m.start()] + " " * len(m.group("first"))
    return t.co_owner.sub(blank, text)


def _aside(t: Tables, m: re.Match[str]) -> str:
    """A parenthesis read as an aside is blanked: one without digits, unless it is an age in words
    ("(age unknown)", "(Abu Omar)"), and a long remark in lower case that names no kin ("(some
    sources give her age as 9)"); "(less than a year old)" and "(son, 14 years old)" are kept."""
    inside = m.group()
    if age_of(inside) is not None or (inside[1:2].islower() and any(
            w.lower() in t.kin for w in WORD.findall(inside))):
        return inside
    return " " * len(inside)


# the lists read in the last text: the list finder and victimdoc read the same cues of one document
_READ: tuple[str, Tables, dict[tuple[int, bool], tuple[list[Person], int, bool]]] | None = None


def read_list(text: str, start: int, *, t: Tables | None = None,
              named_only: bool = False) -> tuple[list[Person], int, bool]:
    """The persons of the list that starts at ``start``, the end of the last one, and whether the
    list leaves a count unsaid ("her children"). ``named_only``: the caller counts only lists
    naming someone, so a list without a capital letter (a name is capitalised) is not read: no
    persons (speed; what such a caller reads is the same). Remembered for the last text read (the
    persons are not changed after reading; each caller gets its own list)."""
    global _READ
    t = t or tables()
    if _READ is None or _READ[0] is not text or _READ[1] is not t:
        _READ = (text, t, {})
    got = _READ[2].get((start, named_only))
    if got is None:
        got = _READ[2][start, named_only] = _read_list(text, start, t=t, named_only=named_only)
    return list(got[0]), got[1], got[2]


def _read_list(text: str, start: int, *, t: Tables, named_only: bool) -> tuple[list[Person], int, bool]:
    end = _list_end(text, start)
    if named_only and text[start:end].islower():
        return [], start, False
    # (asides first: the age of "(Umm Karim, 60)" is no list number "60)")
    body = _MARK.sub(lambda m: "\n" + " " * (len(m.group()) - 1), _asides(t, text[start:end]))
    body = _relative_ages(body)
    body = _co_owners(body, t)
    if "who" in body:
        body = _RELATIVE.sub(lambda m: " " * len(m.group()), body)
    reader = Reader(t)
    stop = start
    for seg, seg_end, sep in segments(body):
        if not reader.item(seg, sep):
            break
        if seg.strip():
            stop = start + seg_end
        if reader.ended:
            break
    return reader.finish(), stop, reader.partial


def subject_ok(before: str, prev_sentence: str, t: Tables) -> bool:
    words = [w.lower() for w in WORD.findall(before)]
    if any(w in t.agent for w in words):
        return False
    if any(w in t.victim for w in words):
        return True
    low = " " + " ".join(words[:3]) + " " + " ".join(words[-2:]) + " "  # "Through posts, they"
    if any(f" {p} " in low for p in t.pronoun):
        return any(w.lower() in t.victim for w in WORD.findall(prev_sentence))
    return False


def persons_tally(persons: list[Person], *, start: int, end: int, outcome: str, qualifier: str,
           partial: bool) -> VictimList:
    return VictimList(
        start=start, end=end, outcome=outcome, qualifier="at_least" if partial else qualifier,
        total=len(persons), children=sum(p.age == "child" for p in persons),
        women=sum(p.age == "adult" and p.gender == "f" for p in persons),
        men=sum(p.age == "adult" and p.gender == "m" for p in persons),
        classified=all(p.age != "-" for p in persons), persons=tuple(persons))


def subject_persons(text: str, a: int, b: int, t: Tables) -> tuple[list[Person], int] | None:
    """Persons of the subject ``text[a:b]`` read backwards from the verb, and where it starts.
    A dash ends it: what stands before is a dateline or a station's tag ("(WXYZ) — A man and his
    two sons were found dead")."""
    dash = max(text.rfind(d, a, b) for d in ("—", "–", " -- ", ": "))
    if dash >= 0:
        a = dash + 1  # (and a colon: "killed across three generations: grandfather A and ...")
    if t.speech_rx is not None:  # "relatives wrote that A, his brother B and ... were killed": from A
        a = max((m.end() for m in t.speech_rx.finditer(text, a, b)), default=a)
    # a parenthesis without digits is an aside unless it is an age in words (as in read_list); a
    # relative clause giving an age is that age ("Samer, who was 61, ...")
    items = segments(_co_owners(_relative_ages(_asides(t, text[a:b])), t))
    reader = Reader(t)
    kept: list[tuple[str, str]] = []
    first = b
    offs = [0] + [e for _s, e, _p in items[:-1]]
    appos = 0  # appositions read so far that still wait for their person ("Omar, a teacher, died")
    plural = text[b:b + 5].lower() == "were "
    for (raw, _e, sep), off in zip(reversed(items), reversed(offs), strict=True):
        probe = Reader(t)
        if not raw.strip():
            continue
        # "A and B, along with their three children, were found dead" (a plural verb: the
        # companions are of the subject)
        seg = _ALONG.sub("", raw) if plural else raw
        if (not probe.item(seg, sep) or probe.ended) and age_of(seg.strip(" ()")) is None:
            if sep in (",", "and") and _APPOSITION.match(seg) and appos < 2:
                kept.insert(0, (seg, sep))
                appos += 1
                continue
            break
        kept.insert(0, (seg, sep))
        appos = 0
        first = a + off
    kept = kept[appos:]  # appositions of no person
    for seg, sep in kept:
        if not reader.item(seg, sep):
            return None
    reader.finish()
    if not reader.persons or not any(p.named for p in reader.persons):
        return None
    return reader.persons, first + (len(text[first:b]) - len(text[first:b].lstrip(" ,;")))
