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
only wounded counts injured).  A list is read in :mod:`victimread`, its items in :mod:`victimitems`.
Perpetrators, officials and spokespeople are never counted: an "identified as" cue needs a victim
subject ("the dead", "the two men killed", "they" after a sentence reporting deaths) and no agent
noun ("the gunman was identified as ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Protocol

from civcas.extract.capslist import read_caps
from civcas.extract.capslist import rules as caps_rules
from civcas.extract.capslist import sentence_lists as caps_lists
from civcas.extract.docstate import GATE_WORDS, sentence_words
from civcas.extract.regex_speed import first_char_guard, folded, folded_finditer, may_match
from civcas.extract.sentindex import sentence_index
from civcas.extract.text import CAPITALS_HEAD, Sentence, mostly_capitals
from civcas.extract.victimitems import Person, Tables, tables
from civcas.extract.victimread import (
    VictimList,
    persons_tally,
    read_list,
    subject_ok,
    subject_persons,
)
from civcas.extract.victimroster import described_as
from civcas.models import UNATTRIBUTED, DateSpan, Document, Figure, Place, Span, stable_id


def victim_lists(text: str, sents: list[Sentence], *, single: bool = False, overlapping: bool = False,
                 words: Callable[[int], set[str]] | None = None,
                 capitals: bool | None = None) -> list[tuple[int, VictimList]]:
    """Every list of named victims in ``text``, with the index of the sentence holding its cue
    (``single``: a cue or a subject naming one victim counts as a list of one; ``overlapping``:
    lists overlapping one taken before are kept too, for a reader that merges persons by name:
    "A and B were killed, as were C and D"). ``words`` and ``capitals``: the caller's cached
    ``docstate.sentence_words`` of sentence i and ``mostly_capitals`` of the head of ``text``, if it has
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


_BEFORE_VERB = frozenset({"were", "was", "also", "all", "both", "reportedly", "have", "had", "been", "among", "those"})
_OWNED = re.compile(r"^(?:his|her|their|[^\W\d_][\w\-]*['’]s?)$", re.IGNORECASE)


def _owned_plural(clause: str, persons: list[Person], t: Tables) -> list[Person]:
    """``persons`` with the sex of the owned plural kinship noun that is the subject before the cue
    where their own words give none: "Her seven daughters were all killed: A, B and C", "three of
    Omar's sons were also killed, A and B" (A, B and C are daughters or sons)."""
    words = clause.split()
    while words and words[-1].lower() in _BEFORE_VERB:
        words.pop()
    if len(words) < 2:
        return persons
    noun = words[-1].lower()
    sex_, age = t.kin.get(noun, ("-", "-"))
    if sex_ == "-" or not noun.endswith(("s", "ren")) or not any(
            _OWNED.match(w) and w.lower() not in t.kin for w in words[-4:-1]):
        return persons
    return described_as(persons, sex_, age, keep_sexed=True)


def _find_candidates(text: str, sents: list[Sentence], *, words: Callable[[int], set[str]] | None = None,
                     capitals: bool | None = None) -> list[list[tuple[int, VictimList]]]:
    t = tables()
    if capitals is None:
        capitals = mostly_capitals(text[:CAPITALS_HEAD])
    if capitals:  # wire copy: names read by their words (capslist)
        return _caps_candidates(text, sents, t, words=words or (lambda i: sentence_words(sents[i].text)))
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
            rx, low = folded(cue.rx, s.text)  # (speed: the same spans, read in s.text)
            for m in rx.finditer(low):
                clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", s.text[:m.start()])[-1]
                if cue.subject and not subject_ok(clause, sents[i - 1].text if i else "", t):
                    continue
                outcome = cue.outcome if cue.outcome not in _CONTEXT else _outcome(
                    clause + " " + s.text[m.start():m.end()], " ".join(x.text for x in sents[max(0, i - 3):i + 1]))
                if outcome is None and cue.outcome == "lead":  # the story's lead says what happened
                    outcome = _outcome("", " ".join(x.text for x in sents[:2]))
                if outcome is None:
                    continue
                persons, end, partial = read_list(text, s.start + m.end(), t=t, named_only=True)
                persons = _owned_plural(clause, persons, t)
                if persons and any(p.named for p in persons):
                    found.append((len(persons), persons_tally(persons, start=s.start + m.start(), end=end,
                                                       outcome=outcome, qualifier=cue.qualifier,
                                                       partial=partial)))
        for m in (folded_finditer(t.with_rx, s.text) if i in with_at else ()):
            subj = subject_persons(s.text, 0, m.start(), t)
            if subj is None:
                continue
            persons, end, partial = read_list(text, s.start + m.end(), t=t)
            if persons and any(p.named for p in persons + subj[0]):
                found.append((2, persons_tally(subj[0] + persons, start=s.start + subj[1], end=end,
                                        outcome="killed", qualifier="exact", partial=partial)))
        for m in (folded_finditer(t.subject_rx, s.text) if i in subject_at else ()):
            subj = subject_persons(s.text, 0, m.start(), t)
            if subj is not None and subj[0]:
                found.append((len(subj[0]), persons_tally(subj[0], start=s.start + subj[1], end=s.start + m.end(),
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
        k = _semicolon_chain(sents, i)
        if k > i:  # "A B, 42; C D, 19; AND E F WERE KILLED.": one list over the pieces
            s = replace(s, text=text[s.start:sents[k].end], end=sents[k].end)
        # every cue and subject verb is a casualty word of the sentence gate ("MURDERS OF", "WERE
        # KILLED"); then each pattern is tried only where its literals are (exact pre-tests)
        if all(GATE_WORDS.isdisjoint(words(j)) for j in range(i, k + 1)):
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
                found.append((len(persons), persons_tally(persons, start=s.start + a, end=s.start + b,
                                                   outcome=outcome, qualifier=qualifier, partial=False)))
        per[i] = found
    return per


_CHAIN = 12  # pieces of one list at most


def _semicolon_chain(sents: list[Sentence], i: int) -> int:
    """The last sentence of the list that sentence ``i`` opens when the sentence splitter cut it at
    semicolons (wire copy in capitals separates list items with them: "THE BLAST KILLED ANA RUIZ,
    40; LUIS PAZ, 18; AND A GUARD."); ``i`` when it ends with no semicolon or continues one before."""
    if i and sents[i - 1].text.rstrip().endswith(";") and sents[i - 1].paragraph == sents[i].paragraph:
        return i  # a piece of the list before
    k = i
    while (k + 1 < len(sents) and k - i < _CHAIN and sents[k].text.rstrip().endswith(";")
           and sents[k + 1].paragraph == sents[i].paragraph):
        k += 1
    return k


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
