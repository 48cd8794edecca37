"""Lists of named victims become counted figures: "The dead were identified as Omar Haddad, 34,
his wife Lina, 29, and their sons Karim, 7, and Sami, 4." counts four killed.

Monitors count the dead by their names.  A list is introduced by a cue (``victimlist.toml``):
"were identified as", "named as", "the victims were", "among the dead were", "the dead included",
"also killed were", "among them were" (after a sentence naming victims), a numbered or bulleted
list after a colon, a named victim "killed along with his wife Y and their two children", or two or
more named victims as the subject of "were killed".
The list is read item by item (commas, semicolons, "and", line breaks, bullets, "1." markers);
each item is a name, a kinship noun with or without a name ("his wife Huda", "her mother"), or a
counted kinship noun ("their three children", filled by the names that follow); ages ("34",
"(7)", "21-year-old", "aged 5") and appositions ("a 12-year-old boy") describe the item before.
The list ends at the first item that is not a person (a clause, a place, "who ...").

One figure per list: subgroup ``named`` (a named count, for reconciliation and review), outcome
from the cue, qualifier ``exact`` for a list presented as complete and ``at_least`` for a partial
one ("among the dead were"), group ``civilians`` when the sentence or the document says civilians
and ``people`` otherwise; plus children/women/men parts (``part_of`` = the total) where ages or
kinship words make them certain (child = under 18).  No figure when the document already states
a toll of that outcome as large or larger (the list is part of it: "five were killed ... among
the dead were A and B"; "A was killed with his wife" in a story of twenty dead); a part likewise.
A cue that says only "victims" takes its outcome from the sentences before it (a shooting with
only wounded counts injured).  Items are read in :mod:`victimitems`.  Perpetrators, officials and spokespeople are never counted: an
"identified as" cue needs a victim subject ("the dead", "the two men killed", "they" after a
sentence reporting deaths) and no agent noun ("the gunman was identified as ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Protocol

from civcas.extract.capslist import read_caps
from civcas.extract.capslist import rules as caps_rules
from civcas.extract.capslist import sentence_lists as caps_lists
from civcas.extract.docstate import _GATE_WORDS, _words
from civcas.extract.lexicon import first_char_guard, may_match
from civcas.extract.sentindex import sentence_index
from civcas.extract.text import CAPITALS_HEAD, Sentence, mostly_capitals
from civcas.extract.victimitems import (
    WORD,
    Person,
    Reader,
    Tables,
    age_of,
    segments,
    tables,
)
from civcas.models import UNATTRIBUTED, DateSpan, Document, Figure, Place, Span, stable_id

_MARK = re.compile(r"(?:(?:^|(?<=[\s:]))\d{1,2}[.)]|(?:^|(?<=\n)|(?<=:))[ \t]*[•·▪◦*\-–])\s+")
_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-Z0-9])|[.!?]\s*$|\n\s*\n")
_END = first_char_guard(_END)  # (speed: the same matches)
_APPOSITION = re.compile(r"\s*(?:an?|the|of|from)\s+[\w\-’']+(?:\s+[\w\-’']+){0,11}\s*$", re.IGNORECASE)
# a parenthesis without digits, an aside unless it is an age in words ("(age unknown)", "(Abu Omar)")
_ASIDE = re.compile(r"\([^()\d\n]{1,40}\)|\((?=[a-z])[^()\n]{30,300}\)")
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
    numbered = bool(re.match(r"[\s:]*(?:1[.)]|[•·▪◦*\-–])\s", window))
    for m in _END.finditer(window):
        if numbered:
            nxt = window[m.end():m.end() + 8].lstrip()
            if re.match(r"(?:\d{1,2}[.)]|[•·▪◦*\-–])\s", nxt):
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
    body = _MARK.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text[start:end])
    body = _relative_ages(_ASIDE.sub(partial(_aside, t), body) if "(" in body else body)
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


def _subject_ok(before: str, prev_sentence: str, t: Tables) -> bool:
    words = [w.lower() for w in WORD.findall(before)]
    if any(w in t.agent for w in words):
        return False
    if any(w in t.victim for w in words):
        return True
    low = " " + " ".join(words[:3]) + " " + " ".join(words[-2:]) + " "  # "Through posts, they"
    if any(f" {p} " in low for p in t.pronoun):
        return any(w.lower() in t.victim for w in WORD.findall(prev_sentence))
    return False


def _tally(persons: list[Person], *, start: int, end: int, outcome: str, qualifier: str,
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
    # a parenthesis without digits is an aside unless it is an age in words (as in read_list); a
    # relative clause giving an age is that age ("Samer, who was 61, ...")
    items = segments(_relative_ages(_ASIDE.sub(partial(_aside, t), text[a:b])))
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




def victim_lists(text: str, sents: list[Sentence], *, single: bool = False, overlapping: bool = False,
                 words: Callable[[int], set[str]] | None = None,
                 capitals: bool | None = None) -> list[tuple[int, VictimList]]:
    """Every list of named victims in ``text``, with the index of the sentence holding its cue
    (``single``: a cue or a subject naming one victim counts as a list of one; ``overlapping``:
    lists overlapping one taken before are kept too, for a reader that merges persons by name:
    "A and B were killed, as were C and D"). ``words`` and ``capitals``: the caller's cached
    ``docstate._words`` of sentence i and ``mostly_capitals`` of the head of ``text``, if it has
    them (computed here otherwise)."""
    least = 1 if single else 2
    out: list[tuple[int, VictimList]] = []
    taken: list[tuple[int, int]] = []
    for i, cands in enumerate(_candidates(text, sents, words=words, capitals=capitals)):
        found = [v for need, v in cands if need >= least]
        for v in sorted(found, key=lambda v: (v.start, -v.total)):
            if not overlapping and any(a < v.end and v.start < b for a, b in taken):
                continue  # one list, one count
            taken.append((v.start, v.end))
            out.append((i, v))
    return out


# the candidates of the last document read: the assembler asks twice (lists of two or more for
# named_list_figures, lists of one too for victimdoc); keyed by the text and sentence objects
_LAST: tuple[str, tuple[Sentence, ...], list[list[tuple[int, VictimList]]]] | None = None


def _candidates(text: str, sents: list[Sentence], *, words: Callable[[int], set[str]] | None = None,
                capitals: bool | None = None) -> list[list[tuple[int, VictimList]]]:
    """Per sentence, every list found in it, in order, with the number of persons a list needs
    at least (``least`` of :func:`victim_lists`) to count (lists after "with" count always)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is text and last[1] == tuple(sents):
        return last[2]
    got = _find_candidates(text, sents, words=words, capitals=capitals)
    _LAST = (text, tuple(sents), got)
    return got


def _find_candidates(text: str, sents: list[Sentence], *, words: Callable[[int], set[str]] | None = None,
                     capitals: bool | None = None) -> list[list[tuple[int, VictimList]]]:
    t = tables()
    if capitals is None:
        capitals = mostly_capitals(text[:CAPITALS_HEAD])
    if capitals:  # wire copy: names read by their words (capslist)
        return _caps_candidates(text, sents, t, words=words or (lambda i: _words(sents[i].text)))
    per: list[list[tuple[int, VictimList]]] = []
    # exact pre-tests: a pattern is tried only on the sentences holding one of its required words
    index = sentence_index(text, sents)
    cues = [(cue, index.matching(cue.rx)) for cue in t.cues]
    with_at = index.matching(t.with_rx)
    subject_at = index.matching(t.subject_rx)
    for i, s in enumerate(sents):
        found: list[tuple[int, VictimList]] = []
        for cue, at in cues:
            if i not in at:
                continue
            for m in cue.rx.finditer(s.text):
                clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", s.text[:m.start()])[-1]
                if cue.subject and not _subject_ok(clause, sents[i - 1].text if i else "", t):
                    continue
                outcome = cue.outcome if cue.outcome not in _CONTEXT else _outcome(
                    clause + " " + m.group(), " ".join(x.text for x in sents[max(0, i - 3):i + 1]))
                if outcome is None and cue.outcome == "lead":  # the story's lead says what happened
                    outcome = _outcome("", " ".join(x.text for x in sents[:2]))
                if outcome is None:
                    continue
                persons, end, partial = read_list(text, s.start + m.end(), t=t, named_only=True)
                if persons and any(p.named for p in persons):
                    found.append((len(persons), _tally(persons, start=s.start + m.start(), end=end,
                                                       outcome=outcome, qualifier=cue.qualifier,
                                                       partial=partial)))
        for m in (t.with_rx.finditer(s.text) if i in with_at else ()):
            subj = subject_persons(s.text, 0, m.start(), t)
            if subj is None:
                continue
            persons, end, partial = read_list(text, s.start + m.end(), t=t)
            if persons and any(p.named for p in persons + subj[0]):
                found.append((2, _tally(subj[0] + persons, start=s.start + subj[1], end=end,
                                        outcome="killed", qualifier="exact", partial=partial)))
        for m in (t.subject_rx.finditer(s.text) if i in subject_at else ()):
            subj = subject_persons(s.text, 0, m.start(), t)
            if subj is not None and subj[0]:
                found.append((len(subj[0]), _tally(subj[0], start=s.start + subj[1], end=s.start + m.end(),
                                                   outcome="killed", qualifier="exact", partial=False)))
        per.append(found)
    return per


def _caps_candidates(text: str, sents: list[Sentence], t: Tables, *,
                     words: Callable[[int], set[str]]) -> list[list[tuple[int, VictimList]]]:
    """:func:`_find_candidates` for wire copy in capitals: the cues of ``victimlist.toml`` and its
    ``[caps]`` cues and subject verbs, items read by :mod:`capslist`."""
    r = caps_rules()
    caps = (*(rx for rx, _o in (*r.cues, *r.subject)), r.background)
    cues = [cue for cue in t.cues if not cue.subject]
    per: list[list[tuple[int, VictimList]]] = [[] for _ in sents]
    for i, s in enumerate(sents):
        # every cue and subject verb is a casualty word of the sentence gate ("MURDERS OF", "WERE
        # KILLED"); then each pattern is tried only where its literals are (exact pre-tests)
        if _GATE_WORDS.isdisjoint(words(i)):
            continue
        low = s.text.lower() if s.text.isascii() else None
        may = {rx for rx in caps if may_match(rx, s.text, low)}
        hits = [cue for cue in cues if may_match(cue.rx, s.text, low)]
        if not hits and not (may - {r.background}):
            continue
        found: list[tuple[int, VictimList]] = []
        lists = [(*x, "exact") for x in caps_lists(s.text, may=may)]
        for cue in hits:
            if cue.outcome not in ("killed", "injured"):
                continue  # "the dead were identified as A, B and C"
            for m in cue.rx.finditer(s.text):
                got = read_caps(s.text[m.end():])
                if got is not None:
                    lists.append((m.start(), m.end() + got[1], cue.outcome, got[0], cue.qualifier))
        for a, b, outcome, persons, qualifier in lists:
            if len(persons) >= 2 and any(p.named for p in persons):
                found.append((len(persons), _tally(persons, start=s.start + a, end=s.start + b,
                                                   outcome=outcome, qualifier=qualifier, partial=False)))
        per[i] = found
    return per


class DocState(Protocol):
    """What :func:`named_list_figures` needs of the assembler's per-document state."""

    doc: Document
    text: str
    sents: list[Sentence]
    capitals: bool  # wire copy in capitals (``text.mostly_capitals`` of its head)

    def words(self, i: int) -> set[str]: ...

    @property
    def published(self) -> date | None: ...

    def back_place(self, i: int) -> Place | None: ...

    def back_date(self, i: int) -> DateSpan | None: ...


_CONTEXT = frozenset({"context", "lead"})
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)
_CIVILIAN = first_char_guard(_CIVILIAN)  # (speed: the same matches)
_DEATH = re.compile(r"\b(?:killed|dead|died|deaths?|deceased|slain|fatal(?:ly)?|murdered|bodies|martyr(?:ed|s)?|"
                    r"killing|lives)\b", re.IGNORECASE)
_HURT = re.compile(r"\b(?:injured|wounded|wounds?|hurt|injur(?:y|ies)|hospitali[sz]ed)\b", re.IGNORECASE)


def _outcome(cue_text: str, context: str) -> str | None:
    """The outcome of a cue that says only "victims" or "identified": its own words first, then
    the context (the sentence and the ones before it)."""
    for text in (cue_text, context):
        if _DEATH.search(text):
            return "killed"
        if _HURT.search(text):
            return "injured"
    return None


_TOTAL_GROUPS = ("civilians", "people")
_ALL_GROUPS = ("civilians", "people", "combatants", "children", "women", "men")


def _covered(pool: list[Figure], outcome: str, groups: tuple[str, ...], n: int) -> bool:
    """A figure of ``pool`` already counts ``n`` or more of ``groups`` for ``outcome``."""
    return any(f.outcome == outcome and f.group in groups
               and max(f.low or 0, f.high or 0) >= n for f in pool)


def named_list_figures(st: DocState, figures: list[Figure]) -> list[Figure]:
    """``figures`` plus one counted figure (and its certain parts) per list of named victims."""
    lists = victim_lists(st.text, st.sents, words=st.words, capitals=st.capitals)
    if not lists:
        return figures
    civilian_doc = len(_CIVILIAN.findall(st.text[:100_000])) >= 2
    by_statement: dict[str, list[Figure]] = {}
    for f in figures:
        by_statement.setdefault(f.statement, []).append(f)
    pool = [f for f in figures if f.scope == "incident" and f.stance != "denied"]
    added: list[Figure] = []
    for i, v in lists:
        s = st.sents[i]
        if _covered(pool, v.outcome, _TOTAL_GROUPS, v.total):
            continue  # the document already states this toll or a larger one: the list is part of it
        here = by_statement.get(stable_id("s", st.doc.id, s.start), [])
        if _covered(here, v.outcome, _ALL_GROUPS, v.total):
            continue  # "KILLED THREE JOURNALISTS: A, B, AND C": the sentence counts them
        prev = by_statement.get(stable_id("s", st.doc.id, st.sents[i - 1].start), []) \
            if i and st.sents[i - 1].paragraph == s.paragraph else []
        near = here or prev or [f for f in figures if f.evidence.start < s.start][-1:]
        model = near[0] if near else None
        group = "civilians" if _CIVILIAN.search(st.text[s.start:v.end]) or civilian_doc else "people"
        evidence = Span(st.text[min(s.start, v.start):v.end], min(s.start, v.start), v.end)
        statement = stable_id("s", st.doc.id, s.start)
        fid = stable_id("f", st.doc.id, v.start, v.outcome, "named", v.total)
        total = Figure(
            id=fid, doc=st.doc.id, statement=statement, outcome=v.outcome, group=group,
            low=v.total, high=v.total if v.qualifier == "exact" else None, qualifier=v.qualifier,
            scope="incident", stance="asserted", evidence=evidence, source=st.doc.source,
            subgroup="named", number_text=f"{v.total} named",
            claimant=model.claimant if model is not None else UNATTRIBUTED,
            perpetrator=model.perpetrator if model is not None else None,
            place=(model.place if model is not None else None) or st.back_place(i),
            date=(model.date if model is not None else None) or st.back_date(i),
            published=st.published,
            publisher=st.doc.publisher, near_group=st.doc.near_group,
            details=model.details if model is not None else (), event=model.event if model else None)
        added.append(total)
        pool.append(total)
        for part, n in (("children", v.children), ("women", v.women), ("men", v.men)):
            if n and not _covered(pool, v.outcome, (part,), n):
                q = "exact" if v.classified and v.qualifier == "exact" else "at_least"
                added.append(replace(total, id=stable_id("f", fid, part), group=part, low=n,
                                     high=n if q == "exact" else None, qualifier=q, part_of=fid,
                                     number_text=f"{n} named"))
                pool.append(added[-1])
    return sorted(figures + added, key=lambda f: f.evidence.start) if added else figures
