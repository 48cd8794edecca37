"""Titled single victims: "THE ATTACK THAT KILLED JUDGE X", "ATTORNEY GENERAL X WAS
ASSASSINATED", "THE MURDER OF PRIEST X", "Mayor Pedro Salas died".

Wire copy in capitals (MUC-4) cannot tell a name from a word, so the named-victim readers skip it.
A title or role word before a name (``titles.toml``) says that one person is meant.  A titled name
counts one person when a killing or wounding word is next to it:

* after it, with at most one apposition between: "MAYOR X, OF THE RULING PARTY, WAS MURDERED",
  "INSPECTOR X DIED IN THE EXPLOSION";
* after a title in apposition to a name before it: "X, THE LEFTIST TRADE UNION LEADER, DIED";
* before it, with at most three modifiers between: "KILLED SALVADORAN ATTORNEY GENERAL X", "THE
  MURDER OF FORMER DEFENSE MINISTER X".

Never counted: an attempt, plan or threat ("the attempted murder of", ``not_done`` words before
the killing word), a negated or hedged passive ("was not hurt"), a titled name that a stated count
covers ("six people, including judge X"), a name followed by "and" ("judge X and his driver were
killed": a list that the counts read), a possessive ("judge X's bodyguard"), a sentence about an
earlier event (``victimlist.toml``'s background words), a person already counted one in the same
sentence or anywhere in the document by another reader, and the same person twice (names
compared as in :mod:`civcas.extract.victimdoc`).  A person both wounded and killed counts killed.
Also never counted: a person harmed together with others ("killed alongside his wife", "the
killing of journalist X and his family": ``together`` words), whom the counts and the named-list
readers count.  In mixed-case text, where the named-victim readers read names, a titled person
counts only where the document gives no number for that outcome (as :mod:`named` figures); in
wire copy in capitals, where no other reader reads names, only a count in the same sentence
stops it.

Output (:func:`titled_figures`): one figure per person, low = high = 1, qualifier exact, scope
incident, group by the title (civilians, officials and politicians included; combatants for
soldiers and police; people for a title after "retired" or "former"), ``number_text`` the titled name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.claim_resolve import Claim
from civcas.extract.claims import claimant_in
from civcas.extract.forms import non_violent_cause
from civcas.extract.lexicon import Lexicon, lexicon
from civcas.extract.regex_speed import first_char_guard, found_in, literal_requirement
from civcas.extract.text import Sentence, literal_view
from civcas.extract.victimlist import DocState
from civcas.extract.victimnames import name_key, same_person
from civcas.models import UNATTRIBUTED, Actor, Figure, Span, stable_id

_GROUPS = ("civilians", "people", "combatants")
_NAME_WORD = re.compile(r"\s+([^\s,.;:()\[\]\"“”]+)")
_MAX_NAME = 4
# ", the 36-year-old" before a title in apposition; " for the party," after it
_APPOS_LEAD = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w’'\-()]+\s+){0,4}$", re.IGNORECASE)
_APPOS_TAIL = re.compile(r"(?:\s+(?:of|for|in|to|at)\s[^,.;:]{0,80})?\s*,", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_ADVERBS = r"(?:(?:also|reportedly|later|seriously|badly|critically|gravely|slightly|fatally|mortally|" \
           r"allegedly|brutally|apparently|then|subsequently)\s+){0,2}"
_APPOSITION = r"(?:\s*,[^,.;:]{1,90},)?\s*"


class TitledState(DocState, Protocol):
    """What :func:`titled_figures` needs of the assembler's per-document state: what the list
    reader needs, and the document's main perpetrator and the event segment of a sentence."""

    def main_perpetrator(self) -> Actor | None: ...

    def segment(self, i: int) -> int: ...


@dataclass(frozen=True, slots=True)
class _Rules:
    title: re.Pattern[str]
    group: dict[str, str]  # title (lower, single spaces) -> group
    not_before: frozenset[str]
    no_longer: frozenset[str]
    not_name: frozenset[str]
    not_done: frozenset[str]
    in_count: frozenset[str]
    together: re.Pattern[str]
    other_side: re.Pattern[str]  # "X, ..., AND TWO OF HIS CAPTORS WERE SHOT DEAD": the person's outcome
    after: tuple[tuple[re.Pattern[str], str], ...]  # anchored after the name: (pattern, outcome)
    before: tuple[tuple[re.Pattern[str], str], ...]  # anchored at the end of the text before the title
    background: re.Pattern[str]
    recalled: re.Pattern[str]
    dated: re.Pattern[str]  # a killing noun next to a year (see dated_earlier)


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_toml("extract", "titles.toml")
    background = load_toml("extract", "victimlist.toml")["words"]["background"]
    try:
        group = {" ".join(t.lower().split()): g for g in _GROUPS for t in raw["titles"][g]}
        w, v = raw["words"], raw["verbs"]
        filler = r"(?:(?:the|a|an)\s+)?((?:[^\s,.;:()\[\]\"“”]+\s+){0,3}?)$"
        return _Rules(
            title=re.compile(rf"(?<![\w’'\-])({_alt(list(group))})(?![\w’'\-])", re.IGNORECASE),
            group=group,
            not_before=frozenset(w["not_before"]),
            no_longer=frozenset(w.get("no_longer", ())),
            not_name=frozenset(w["not_name"]),
            not_done=frozenset(w["not_done"]),
            in_count=frozenset(w["in_count"]),
            together=re.compile(rf"\s*,?\s*(?:{_alt(w['together'])})\b", re.IGNORECASE),
            other_side=re.compile(
                rf"(?:\s*,[^,.;:]{{1,200}},)?\s*,?\s*and\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_alt(w['other_side'])})\s+"
                rf"(?:were|have\s+been|had\s+been)\s+{_ADVERBS}(?:(?P<k>{_alt(v['passive_killed'])})|"
                rf"{_alt(v['passive_injured'])})\b", re.IGNORECASE),
            after=(
                (re.compile(rf"{_APPOSITION}(?:(?:has|had)\s+been|was|is)\s+{_ADVERBS}"
                            rf"(?:{_alt(v['passive_killed'])})\b", re.IGNORECASE), "killed"),
                (re.compile(rf"{_APPOSITION}(?:(?:has|had)\s+been|was|is)\s+{_ADVERBS}"
                            rf"(?:{_alt(v['passive_injured'])})\b", re.IGNORECASE), "injured"),
                (re.compile(rf"{_APPOSITION}{_ADVERBS}(?:{_alt(v['intransitive_killed'])})\b",
                            re.IGNORECASE), "killed"),
            ),
            before=(
                (re.compile(rf"\b(?:{_alt(v['active_killed'])})\s+{filler}", re.IGNORECASE), "killed"),
                (re.compile(rf"\b(?:{_alt(v['active_injured'])})\s+{filler}", re.IGNORECASE), "injured"),
                (re.compile(rf"\b(?:{_alt(v['noun_killed'])})\s+of\s+{filler}", re.IGNORECASE), "killed"),
                (re.compile(rf"\b(?:{_alt(v['noun_injured'])})\s+of\s+{filler}", re.IGNORECASE), "injured"),
            ),
            # (speed: first-character guards, the same matches)
            background=first_char_guard(re.compile(r"\b(?:" + "|".join(re.escape(b) for b in [*background, *w["recalled"]])
                                                   + r")\b", re.IGNORECASE)),
            recalled=first_char_guard(re.compile(r"\b(?:" + "|".join(re.escape(b) for b in w["recalled"]) + r")\b",
                                                 re.IGNORECASE)),
            dated=re.compile(
                rf"\b((?:19|20)\d\d)\s+(?:{_alt(v['noun_killed'])})\b"
                rf"|\bin\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b[^.;:]{{0,30}}?\b(?:{_alt(v['noun_killed'])})\b"
                rf"|\b(?:{_alt(v['noun_killed'])})\b[^.;:,]{{0,40}}?\bin\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b",
                re.IGNORECASE),
        )
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise DataError(f"invalid titles table: {exc!r}",
                        hint="check src/civcas/data/extract/titles.toml") from exc


@lru_cache(maxsize=1)
def _lex() -> Lexicon:
    return lexicon()


@dataclass(frozen=True, slots=True)
class Titled:
    """One titled person harmed in a sentence: the titled name's span in the sentence."""

    name: str
    title: str
    group: str
    outcome: str
    start: int
    end: int


def _words_before(text: str, k: int, n: int) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w’'\-]+", text[max(0, k - 80):k])[-n:]]


def _name(text: str, k: int, *, upper: bool, r: _Rules, lex: Lexicon) -> tuple[str, int] | None:
    """The name right after a title ending at ``k``: (name, end), or None (no name, a possessive,
    a plural person noun)."""
    words: list[str] = []
    end = k
    while len(words) < _MAX_NAME:
        m = _NAME_WORD.match(text, end)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        if low in r.not_name or low in lex.stopwords or low in lex.trigger_words or not w[:1].isalpha() \
                or (not upper and not w[:1].isupper()) or low in r.group or low[:-1] in r.group:
            break
        if lex.persons.match_at([low], 0) is not None:
            return None  # "the peasant family", "the jesuit priests": not a name
        if low.endswith(("'s", "’s", "'", "’")):
            return None  # "judge X's bodyguard"
        words.append(w)
        end = m.end()
    if not words:
        return None
    return " ".join(words), end


def recalls_earlier(text: str, year: int | None) -> bool:
    """A sentence about an earlier event: a background or recalling word ("last year", "we
    remember the assassination of X") or a year before ``year`` (the document's year of
    publication: "the March 1980 assassination of X")."""
    return _rules().background.search(text) is not None or names_earlier_year(text, year)


def names_earlier_year(text: str, year: int | None) -> bool:
    """``text`` names a year before ``year`` (the document's year of publication)."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def dated_earlier(text: str, year: int | None) -> bool:
    """``text`` dates a killing to a year before ``year`` (the document's year of publication) next
    to its killing noun: "the March 1980 assassination of X", "began in 1984 with the murder of
    X", "the killing of X in 1985" (not "the killing of X, mayor of the city in 1984")."""
    if year is None:
        return False
    return any(int(y) < year for m in _rules().dated.finditer(text) for y in m.groups() if y)


def is_title(word: str) -> bool:
    """``word`` (lower case) is a one-word title of ``titles.toml`` ("judge", "mayor")."""
    return word in _rules().group


def recalls(text: str) -> bool:
    """A sentence recalling a killing long past: a recalling word ("we must not forget the murder
    of X", "X was killed 10 years ago"); narrower than :func:`recalls_earlier` ("was shot dead
    last month" reports an incident)."""
    return _rules().recalled.search(text) is not None


def sentence_titled(text: str, *, upper: bool, year: int | None = None) -> list[Titled]:
    """The titled persons a sentence reports killed or wounded (see the module doc); ``year``
    is the document's year of publication (a sentence naming an earlier year is about an
    earlier event)."""
    r = _rules()
    lex = _lex()
    if recalls_earlier(text, year) or non_violent_cause([w.lower() for w in re.findall(r"[\w’'\-]+", text)]):
        return []  # an earlier event; "FORMER PRESIDENT X HAS DIED OF CANCER"
    out: list[Titled] = []
    for m in r.title.finditer(text):
        title = " ".join(m.group(1).lower().split())
        if not upper and not (m.group(1)[:1].isupper() or m.group(1).islower()):
            continue
        prev = _words_before(text, m.start(), 2)
        if prev and (prev[-1] in r.not_before or " ".join(prev) in r.not_before):
            continue
        group = r.group[title]
        if not r.no_longer.isdisjoint(_words_before(text, m.start(), 3)):
            group = "people"  # "RETIRED AIR FORCE GENERAL X", "FORMER COMMANDER X": no longer serves
        got = _name(text, m.end(), upper=upper, r=r, lex=lex)
        if got is None:
            appos = _apposition(text, m.start(), m.end(), upper=upper, r=r, lex=lex)
            if appos is not None:
                out.append(Titled(name=appos[0], title=title, group=group, outcome=appos[1],
                                  start=appos[2], end=m.end()))
            continue
        name, end = got
        outcome = _outcome(text, m.start(), end, r, lex)
        if outcome is None:
            continue
        out.append(Titled(name=name, title=title, group=group, outcome=outcome,
                          start=m.start(), end=end))
    return out


def _apposition(text: str, start: int, end: int, *, upper: bool, r: _Rules,
                lex: Lexicon) -> tuple[str, str, int] | None:
    """A name before a title in apposition and a killing or wounding word after it: "X, THE
    LEFTIST TRADE UNION LEADER, DIED", "Ana Ruiz, a journalist for a local radio, was shot dead":
    (name, outcome, start of the name), or None."""
    lead = _APPOS_LEAD.search(text, max(0, start - 60), start)
    if lead is None:
        return None
    words: list[str] = re.findall(r"[^\s,.;:()\[\]\"“”]+", text[max(0, lead.start() - 60):lead.start()])[-_MAX_NAME:]
    name: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if low in r.not_name or low in lex.stopwords or low in lex.trigger_words or low in r.group \
                or not w[:1].isalpha() or (not upper and not w[:1].isupper()) \
                or lex.persons.match_at([low], 0) is not None:
            break
        name.insert(0, w)
    if not name or name[-1].lower().endswith(("'s", "’s")):
        return None
    tail = _APPOS_TAIL.match(text, end)
    if tail is None:
        return None
    for rx, outcome in r.after:
        if (a := rx.match(text, tail.end())) is not None and not r.together.match(text, a.end()):
            return " ".join(name), outcome, text.rfind(name[0], 0, lead.start())
    return None


def _outcome(text: str, start: int, end: int, r: _Rules, lex: Lexicon) -> str | None:
    """The outcome a killing or wounding word next to the titled name ``text[start:end]`` gives."""
    if set(_words_before(text, start, 3)) & r.in_count:
        return None  # "six people, including judge X": the count covers the judge
    side = r.other_side.match(text, end)
    if side is not None:  # "RANCHER X, WHO ..., AND TWO OF HIS CAPTORS WERE SHOT DEAD"
        return "killed" if side.group("k") else "injured"
    if r.together.match(text, end):
        return None  # "the killing of journalist X and his family"
    for rx, outcome in r.after:
        if (a := rx.match(text, end)) is not None:
            return None if r.together.match(text, a.end()) else outcome
    head = text[max(0, start - 160):start]
    for rx, outcome in r.before:
        b = rx.search(head)
        if b is None:
            continue
        filler = b.group(1).split()
        if any(f.lower() in r.not_name or f.lower() in r.in_count or not f[:1].isalpha()
               or (f.lower().endswith("s") and lex.persons.match_at([f.lower()], 0) is not None)
               for f in filler):
            continue
        if set(_words_before(head, b.start(), 4)) & r.not_done:
            return None  # "the attempted murder of", "a plan for the murder of"
        return outcome
    return None


# the words of a one-person count that name no one ("AND A RETIRED COLONEL" beside "GENERAL X" is
# another person)
_ANY_ONE = frozenset({"a", "an", "one", "another"})


def _known(figures: list[Figure], s: Sentence, t: Titled) -> bool:
    """Another reader already counts this person one (in the same sentence, or by name; not a
    count of "a"/"one" person in the same sentence, who is someone else)."""
    last = t.name.split()[-1].lower()
    for f in figures:
        if f.outcome != t.outcome or f.low != 1 or f.high not in (1, None):
            continue
        if f.evidence.start == s.start:
            if (f.number_text or "").lower() not in _ANY_ONE:
                return True
        elif re.search(rf"\b{re.escape(last)}\b", f.evidence.text, re.IGNORECASE):
            return True
    return False


@lru_cache(maxsize=1)
def _gates() -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """Exact literal pre-tests (:func:`civcas.extract.regex_speed.literal_requirement`): one of the
    first literals is in every sentence with a title, one of the second in every sentence with a
    killing or wounding word that :func:`sentence_titled` reads (None: nothing can be required)."""
    r = _rules()
    harm = [literal_requirement(rx) for rx, _outcome in (*r.after, *r.before)]
    return literal_requirement(r.title), \
        None if any(h is None for h in harm) else tuple(sorted({w for h in harm if h for w in h}))


@lru_cache(maxsize=1)
def _outcomes() -> frozenset[str]:
    """Every outcome a titled person can be given (those of the killing and wounding patterns)."""
    r = _rules()
    return frozenset(outcome for _rx, outcome in (*r.after, *r.before))


def _counted(figures: list[Figure]) -> set[str]:
    """The outcomes the document gives a number for (a titled name adds no person to them)."""
    return {f.outcome for f in figures if f.low is not None and f.stance != "denied"}


def _present(req: tuple[str, ...] | None, low: str) -> tuple[str, ...] | None:
    """The literals of ``req`` that occur in ``low`` (None: no pre-test)."""
    return None if req is None else tuple(w for w in req if w in low)


def _has(req: tuple[str, ...] | None, low: str) -> bool:
    return req is None or any(map(low.__contains__, req))


def titled_figures(st: TitledState, figures: list[Figure], *,
                   claim_of: Callable[[int], Claim | None] | None = None) -> list[Figure]:
    """``figures`` plus one figure of one person for every titled person the document reports
    killed or wounded and no other figure counts (see the module doc).
    ``claim_of(i)`` gives sentence i's claimant (the assembler passes its document reader);
    without it the sentence is read on its own."""
    if not st.capitals and _counted(figures) >= _outcomes():
        return figures  # mixed case: every outcome is numbered already, no titled name can add one
    low = literal_view(st.text)  # sentence i is low[start:end]
    titles, harm = _gates()
    if low is not None:
        # the killing words of the sentences read (few: the document-wide test); the many titles
        # are tested only in the sentences holding one of them
        harm = _present(harm, low[:st.sents[min(len(st.sents), 400) - 1].end] if st.sents else "")
        if harm == ():
            return figures  # no killing or wounding word: no titled victim
    upper = st.capitals
    year = st.published.year if st.published is not None else None
    found: list[tuple[int, Titled, tuple[str, ...]]] = []
    for i, s in enumerate(st.sents[:400]):
        if low is not None and not (_has(harm, part := low[s.start:s.end]) and _has(titles, part)):
            continue
        if not found_in(_rules().title, s.text):  # (speed: regex_speed.folded)
            continue
        for t in sentence_titled(s.text[:4000], upper=upper, year=year):
            key = name_key(t.name)
            same = next((k for k, (_i, u, kk) in enumerate(found) if same_person(kk, key)), None)
            if same is not None:
                if t.outcome == "killed" and found[same][1].outcome == "injured":
                    del found[same]  # wounded, then died: counted killed (here or by another reader)
                    if not _known(figures, s, t):
                        found.append((i, t, key))
                continue
            if not _known(figures, s, t):
                found.append((i, t, key))
    if not upper:
        # mixed case: the named-victim readers count names; a titled name adds a person only
        # where the document gives no number for that outcome
        counted = _counted(figures)
        found = [x for x in found if x[1].outcome not in counted]
    if not found:
        return figures
    out = list(figures)
    for i, t, _key in found:
        s = st.sents[i]
        before = [f for f in figures if f.evidence.start <= s.start]
        model = before[-1] if before else None
        claim = claim_of(i) if claim_of is not None else claimant_in(s.text, document=st.text)
        out.append(Figure(
            id=stable_id("f", st.doc.id, s.start, t.outcome, "titled", t.start), doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome=t.outcome, group=t.group, low=1, high=1,
            qualifier="exact", scope="incident", stance="asserted", evidence=Span(s.text, s.start, s.end),
            source=st.doc.source, number_text=s.text[t.start:t.end],
            claimant=claim.actor if claim is not None else UNATTRIBUTED,
            perpetrator=model.perpetrator if model is not None else st.main_perpetrator(),
            place=st.back_place(i), date=st.back_date(i), published=st.published,
            publisher=st.doc.publisher, near_group=st.doc.near_group,
            event=model.event if model is not None else None, segment=st.segment(i)))
    return sorted(out, key=lambda f: f.evidence.start)
