"""Named victims across a whole document: one counted figure for every person the document names
as killed (or injured), wherever it names them.

Narratives spread the names over many sentences: "Omar Haddad was killed with his son Karim",
"also among the dead was Lina Aziz", "Salim Odeh, 52, a taxi driver, died when ...", "the strike
took the lives of Rania Saleh and her nephew Adel, 9".  A person is collected from

* a list of named victims (:func:`civcas.extract.victimlist.victim_lists`, lists of one included),
* the subject of a death predicate (``[single]`` in ``victimlist.toml``), read backwards over
  ages, appositions and a relative clause ("X, who was the wife of Y, was killed"),
* the object of a killing (``[object]``: "killing ...", "took the lives of ...", "the death of ..."),
  a companion ("[companions]": "... lost her life together with her son Adam"), or a list a
  speaker gives "as killed" (``[listed]``).

Repeated mentions are one person: two names match when their first names agree and every word of
the shorter one is in the longer one (words compared without "al-"/"el-" and with one letter of
spelling slack, "Hamid"/"Hamed"), so "Omar Haddad", "Omar" and "Omar Ali Haddad" are one.  A
match errs towards merging: the count is a floor.  Never counted: a name placed next to a
combatant or agent noun anywhere in the document ("commander Fares Odeh", "Fares Odeh, a
militant"), a subject with an agent noun in its clause ("the gunman, John Roe, died"), mentions in
sentences about an earlier event ("... was killed in a similar attack last year"), and unnamed
persons ("his wife", "their three children").  A person both injured and killed counts killed.

Output (:func:`document_named_figures`): per outcome one figure, subgroup ``named``, qualifier
``at_least`` (the document may name only some of its dead), emitted only when the number of named
persons exceeds every toll the document states for that outcome (civilians/people, incident
scope, not denied; earlier named lists included).  Its evidence is the span from the sentence of
the first mention to the end of the last one (the count can be checked on it); its statement is
the first mention's sentence.  Children/women/men parts (ages, kinship and gender words merged
over the mentions) likewise when they exceed the stated parts (or, as a range, reach above them); ``part_of`` is the named total, or
the largest stated toll when no total was emitted.  Outside US stories a part is a range the way
Airwars gives its own (a victim of unknown age may be a child; :mod:`civcas.extract.victimroster`).
Also collected: persons mourned ("mourned the loss of ...") and named between dashes after their
count ("two women – A and B – were killed", the count noun's sex and age given to them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.regex_speed import (
    first_char_guard,
    folded_finditer,
    literal_alternation,
    may_match,
)
from civcas.extract.sentindex import sentence_index
from civcas.extract.text import Sentence, literal_view
from civcas.extract.victimitems import WORD, Person, Tables, tables
from civcas.extract.victimlist import (
    DocState,
    read_list,
    subject_persons,
    victim_lists,
)
from civcas.extract.victimnames import name_key, same_person, similar
from civcas.extract.victimroster import (
    described_as,
    grown_keys,
    roster_parts,
    sex,
    starred_children,
)
from civcas.models import UNATTRIBUTED, Figure, Span, stable_id


class _NamedState(DocState, Protocol):
    theatre: tuple[str, ...]  # countries the story is about (a US story names its dead without sexes)

_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got|gets)\s+(?:[a-z]+\s+){0,2}$")
# one to six capitalised words; each word is atomic (whole, with the spaces after it), so that a
# failing match gives back whole words only and never tries splitting "McDonald" or "JOHN" into pieces
_NAME_RUN = r"((?>(?:[A-Z][\w’'\-]+|(?:al|el)-[A-Z][\w\-]*)\s*){1,6})"
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)
# between a subject and its death verb: "who", "was (also) badly wounded and later", "had"
_LATER = re.compile(
    r",?\s*(?:who\s*)?(?:(?:was|were|had\s+been)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:wounded|injured|hurt)"
    r"(?:\s+[a-z]+){0,5}?,?\s+and\s+)?(?:(?:had|has|later|subsequently|eventually|then|also)\s*){0,3}$")
# a relative clause between a subject and its death verb: "X, who was the wife of Y, was killed"
_WHO_WAS = re.compile(r",\s*who\s+(?:was|is|had\s+been)\s+(?:the|a|an|his|her|their)\s+[^,;:.()]{1,80}?,\s*$")
# the same clause set off by no commas: "Samir Odeh (Abu Karim) who was the uncle of the mayor was
# killed", "A 60-year old Huda Saleh who was described by neighbours as a midwife was killed"
_WHO_BARE = re.compile(r"(?<=[\w)])\s+who\s+(?:was|is|had\s+been)\s+(?:(?:the|a|an|his|her|their)\s+|"
                       r"(?:[a-z]+ly\s+)?(?:mentioned|described|known|referred\s+to|called|remembered)\s+)"
                       r"(?:(?!\b(?:said|says|wrote|writes|reported|stated|posted|told|added|confirmed|that|and)\b)"
                       r"[^,;:.()“”\"]){1,100}?\s*$")  # (not "Lina who is a nurse said her son Adam was killed")
_TOTAL_GROUPS = ("civilians", "people")

# a speech verb before the subject of a death predicate ("relatives said that X had died")
_SAID = re.compile(r"(?:\bthat|\b(?:said|says|wrote|writes|added|stated|reported|confirmed|posted|announced)(?:\s+that)?)\s+")
# a mention tying a person to the story's own event: "was also killed in the strike"
_SAME_EVENT = re.compile(r"\b(?:also|as\s+well)\b[^.;]{0,60}?\b(?:killed|died|dead|lost\s+(?:his|her)\s+life)\b"
                         r"[^.;]{0,20}?\b(?:in|by|during)\s+the\s+(?:same\s+)?(?:strike|airstrike|air\s+strike|attack|"
                         r"bombing|bombardment|shelling|raid|blast|explosion|shooting)\b", re.IGNORECASE)
# the named persons must be at least this share of the median stated toll for their parts to be
# given (a roster of 4 names in a story of 20 dead says little about how many men died; one claim of
# 60 beside a count of 12 does not make 6 names too few)
_COMPLETE = 0.45
_MEMBERS = re.compile(r"(?:the\s+)?(?:[\w\-]+\s+)?(?:members|relatives)\s+of\s+(?:the|his|her|their)\s+"
                      r"[^,.;:]{1,40}?\bfamily,?\s+(?:including|namely|among\s+them)(?:,?\s+in\s+particular)?,?\s+",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Rules:
    single: re.Pattern[str]
    obj: re.Pattern[str]
    companions: re.Pattern[str]
    listed: re.Pattern[str]
    dashed: re.Pattern[str]  # "two men – A and B – were killed"
    combatant: frozenset[str]
    near_combatant: re.Pattern[str]  # "commander Ali Nasser", "a commander ... named Ali Nasser"
    combatant_after: re.Pattern[str]  # "Ali Nasser, a militant"
    combatant_as: re.Pattern[str]  # "identified Ali and Omar as militants"
    background: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_toml("extract", "victimlist.toml")
    try:
        combatant = frozenset(raw["words"]["combatant"])
        # the nouns tried longest first, as a character trie (same matches, many times faster)
        alt = literal_alternation(combatant, flags=re.IGNORECASE).pattern
        return _Rules(
            # (speed: the same matches, behind a lookahead for the characters a match can start with)
            single=first_char_guard(re.compile(raw["single"]["pattern"], re.IGNORECASE)),
            obj=first_char_guard(re.compile(raw["object"]["pattern"])),
            companions=first_char_guard(re.compile(raw["companions"]["pattern"], re.IGNORECASE)),  # (speed: the
            listed=first_char_guard(re.compile(raw["listed"]["pattern"], re.IGNORECASE)),  # same matches)
            dashed=first_char_guard(re.compile(raw["dashed"]["pattern"], re.IGNORECASE)),  # same matches)
            combatant=combatant,
            near_combatant=re.compile(
                rf"\b(?i:{alt})\b(?:\s+|[^.;:\n]{{0,60}}?\b(?:named|called|identified\s+as)\s+){_NAME_RUN}"),
            combatant_after=re.compile(
                rf"{_NAME_RUN},\s+(?:(?i:an?|the)\s+)(?:[\w’'\-]+\s+){{0,4}}?(?i:{alt})\b"),
            combatant_as=re.compile(
                rf"\b(?i:identified|described|named|listed|claimed|counted)\s+"
                rf"((?:[A-Z][\w’'\-]+(?:\s+|,\s*|\s+and\s+)){{1,12}}?)(?i:as)\s+(?:(?i:an?|the)\s+)?"
                rf"[\"“‘']?(?i:{alt})\b"),
            background=first_char_guard(re.compile("|".join(re.escape(w) for w in raw["words"]["background"]),
                                                   re.IGNORECASE)),  # (speed: the same matches)
        )
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid victim-list table: {exc!r}",
                        hint="check [single], [object] and [words] in src/civcas/data/extract/victimlist.toml"
                        ) from exc


@dataclass(slots=True)
class Victim:
    key: tuple[str, ...]
    outcome: str
    gender: str
    age: str
    start: int  # the first mention's sentence start
    end: int  # the last mention's end
    sentence: int  # the first mention's sentence index
    together: bool  # named in a mention of two or more persons ("A and his son B", "A, B and C")
    young: str = ""  # a kinship noun of a mention that may be a child's ("son": "his son B")
    given: str = "-"  # the gender of the given name (``gender``: that of kinship and person words)


def _conflict(v: Victim, p: Person) -> bool:
    """``v`` and ``p`` cannot be one person: a child and an adult, or a man and a woman (a grandmother
    and the granddaughter named after her: "his wife Hayat Odeh" and "their child Hayat Karim Odeh, 4")."""
    return ("-" not in (v.age, p.age) and v.age != p.age) or ("-" not in (sex(v), sex(p)) and sex(v) != sex(p))


@dataclass(slots=True)
class _Collection:
    victims: list[Victim] = field(default_factory=list)

    def add(self, p: Person, outcome: str, *, i: int, start: int, end: int, together: bool) -> None:
        key = name_key(p.name)
        if not p.named or not key:
            return
        for v in self.victims:
            if same_person(v.key, key) and not _conflict(v, p):
                if outcome == "killed":
                    v.outcome = "killed"
                v.key = key if len(key) > len(v.key) else v.key
                v.gender = v.gender if v.gender != "-" else p.gender
                v.given = v.given if v.given != "-" else p.given
                v.age = v.age if v.age != "-" else p.age
                v.end = max(v.end, end)
                v.together = v.together or together
                v.young = v.young or p.young
                return
        self.victims.append(Victim(key, outcome, p.gender, p.age, start, end, i, together, p.young, p.given))


@lru_cache(maxsize=8)
def _after_name_run(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The part of a pattern after a leading name run (every match contains a match of it), or
    the empty pattern. A cheap pre-test: in all-capitals text a name run that cannot be followed
    by it backtracks through every split of the capitals before failing (tens of ms a document)."""
    if rx.pattern.startswith(_NAME_RUN):
        return re.compile(rx.pattern[len(_NAME_RUN):], rx.flags)
    return re.compile("")


def _excluded(text: str, r: _Rules) -> tuple[list[tuple[str, ...]], set[str]]:
    """Name keys placed next to a combatant or agent noun anywhere in ``text``, and the first
    names alone called combatants ("identified Ali and Omar as fighters")."""
    out = []
    low = literal_view(text)
    for rx in (r.near_combatant, r.combatant_after):
        if not may_match(rx, text, low) or not _after_name_run(rx).search(text):
            continue  # exact pre-tests: no combatant noun, or what must follow the name run is nowhere
        for m in rx.finditer(text):
            key = name_key(m.group(1))
            if key:
                out.append(key)
    firsts: set[str] = set()
    for m in (r.combatant_as.finditer(text) if may_match(r.combatant_as, text, low) else ()):
        for part in re.split(r",\s*|\s+and\s+", m.group(1)):
            k = name_key(part)
            if len(k) > 1:
                out.append(k)
            elif len(k) == 1:
                firsts.add(k[0])
    return out, firsts


_SINGULAR = {"men": "man", "women": "woman", "boys": "boy", "girls": "girl", "males": "male", "females": "female"}


def collect(text: str, sents: list[Sentence], *, t: Tables | None = None) -> list[Victim]:
    """Every distinct person ``text`` names as killed or injured (see the module doc)."""
    t = t or tables()
    r = _rules()
    col = _Collection()
    agents = r.combatant  # not t.agent: "a taxi driver" or "a journalist" may be a victim
    mentions: list[tuple[int, int, int, str, list[Person]]] = []  # (sentence, start, end, outcome, persons)
    for i, v in victim_lists(text, sents, single=True, overlapping=True):
        mentions.append((i, sents[i].start, v.end, v.outcome, list(v.persons)))
    # exact pre-tests: a pattern is tried only on the sentences holding one of its required words
    index = sentence_index(text, sents)
    single, obj, companions, listed, dashed = map(index.matching, (r.single, r.obj, r.companions, r.listed,
                                                                   r.dashed))
    for i, s in enumerate(sents):
        for m in (folded_finditer(r.single, s.text) if i in single else ()):  # (spans only)
            b = m.start()
            before = s.text[:b].rstrip()
            dateline = max(before.rfind(" — "), before.rfind(" – "), before.rfind(" -- "), before.rfind(".- "),
                           before.rfind(" - "))
            who = _WHO_WAS.search(before) or _WHO_BARE.search(before) or _LATER.search(before)
            if who and who.group(0).strip(" ,"):  # "Omar Haddad, 34, who was killed ...",
                b = who.start()  # "X was badly wounded and later died", "X had succumbed to ..."
            # "relatives said (that) X had died", "a neighbour wrote that X ...": the subject follows
            said = max((m.end() for m in _SAID.finditer(before, max(0, b - 200), b)), default=-1)
            a = max(dateline + 3 if dateline >= 0 else 0, said)
            subj = subject_persons(s.text, a, b, t)  # not "ADRIAN, Mich. — ..."
            if subj is None:
                continue
            clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", s.text[:b])[-1]
            if any(w.lower() in agents for w in WORD.findall(clause)):
                continue  # "the gunman, John Roe, 31, died at the scene"
            mentions.append((i, s.start, s.start + m.end(), "killed", subj[0]))
        for m in (folded_finditer(r.obj, s.text) if i in obj else ()):
            if _PASSIVE.search(s.text[max(0, m.start() - 40):m.start()]):
                continue  # "was killed Ali ..." is no object
            head = re.split(r"[,;]", s.text[m.end():m.end() + 80])[0]
            if any(w.lower() in agents for w in WORD.findall(head)):
                continue  # "killed Hamas commander Fares Odeh"
            group = _MEMBERS.match(s.text, m.end())  # "killed the six members of the X family, including A"
            persons, end, _partial = read_list(text, s.start + (group.end() if group else m.end()), t=t,
                                               named_only=True)  # (only named persons are counted)
            mentions.append((i, s.start, end, "killed", persons))
        for rx, at in ((r.companions, companions), (r.listed, listed), (r.dashed, dashed)):
            for m in (folded_finditer(rx, s.text) if i in at else ()):  # (spans; the noun is lower-cased)
                persons, end, _partial = read_list(text, s.start + m.end(), t=t, named_only=True)
                if rx is r.dashed:  # "two women – A and B – were killed": the count noun's sex and age
                    noun = m.group("noun").lower()
                    persons = described_as(persons, *t.kin.get(_SINGULAR.get(noun, noun), ("-", "-")))
                mentions.append((i, s.start, end, "killed", persons))
    if not any(p.named for *_m, persons in mentions for p in persons):
        return []  # nobody named: the combatant names of the document do not matter
    excluded, firsts = _excluded(text, r)
    for i, start, end, outcome, persons in sorted(mentions, key=lambda x: (x[1], x[2])):
        if r.background.search(sents[i].text):
            continue  # an earlier event
        for p in persons:
            if p.named and not any(same_person(name_key(p.name), k)
                                   and len(name_key(p.name)) <= len(k) for k in excluded):
                col.add(p, outcome, i=i, start=start, end=end, together=len(persons) >= 2)
    # the one victim of a first name alone called a combatant is the combatant
    return [v for v in col.victims
            if v.key[0] not in firsts or sum(w.key[0] == v.key[0] for w in col.victims) > 1]


def connected(victims: list[Victim], *, lead: Callable[[Victim], bool] | None = None,
              same_event: Callable[[Victim], bool] | None = None) -> list[Victim]:
    """The victims named together with another person, the first one named when the story's lead
    names them (``lead``; by default: named in its first two sentences), and those sharing a family
    name with one of them or whose mention ties them to the story's event (``same_event``: "X was
    also killed in the strike"): any other person named alone, related to no other, may belong to
    another story ("her cousin died in a crash last spring")."""
    kept = [v for v in victims if v.together]
    if kept:
        return victims  # a story of several victims: those named alone belong to it too
    in_lead = lead or (lambda v: v.sentence < 2)
    first = min(victims, key=lambda v: v.start, default=None)
    kept = [first] if first is not None and in_lead(first) else []  # the lead's victim
    rest = [v for v in victims if v is not first or not kept]
    for v in list(rest):
        if same_event is not None and same_event(v):
            kept.append(v)
            rest.remove(v)
    grew = True
    while grew and rest:
        grew = False
        for v in list(rest):
            others = kept + [x for x in rest if x is not v]
            if any(set(v.key[1:]) & set(o.key[1:]) for o in others):
                kept.append(v)
                rest.remove(v)
                grew = True
    return sorted(kept, key=lambda v: v.start)


def _signed(keys: list[tuple[str, ...]]) -> Callable[[Victim], bool]:
    """Whether a victim is one of the persons of ``keys`` (a first name alone: the first name)."""
    def signed(v: Victim) -> bool:
        return any(same_person(v.key, k) if len(k) > 1 else similar(v.key[0], k[0]) for k in keys)
    return signed


def _aged(sentence: str, key: tuple[str, ...]) -> bool:
    """The sentence gives the named person an apposed age: "X, 52, died"."""
    return bool(key) and re.search(re.escape(key[-1]) + r"\s*,\s*\d{1,3}\s*,", sentence, re.IGNORECASE) is not None


def _stated(pool: list[Figure], outcome: str, groups: tuple[str, ...]) -> tuple[int, Figure | None]:
    best: tuple[int, Figure | None] = (0, None)
    for f in pool:
        if f.outcome == outcome and f.group in groups:
            n = max(f.low or 0, f.high or 0)
            if n > best[0]:
                best = (n, f)
    return best


def _middle_toll(pool: list[Figure], outcome: str) -> int:
    """The median of the tolls stated for ``outcome`` (civilians/people; the lower middle one of an
    even number): narratives quote conflicting tolls, and one claim far above the others ("as
    many as 60 died" beside a count of 12) does not make a roster of six names too few."""
    tolls = sorted(max(f.low or 0, f.high or 0) for f in pool if f.outcome == outcome and f.group in _TOTAL_GROUPS)
    return tolls[(len(tolls) - 1) // 2] if tolls else 0


def document_named_figures(st: _NamedState, figures: list[Figure]) -> list[Figure]:
    """``figures`` plus the document's named count per outcome (and its parts) where it exceeds
    every toll the document states.  All-capitals wire copy is skipped: without letter case a name
    cannot be told from a common word ("THE BISHOP SAID").  A US story names its dead with their
    ages ("identified as Dana Ruiz, 31; Tom Avery, 45"), counting no one by sex: there only the
    children among them are a part (by age), not women or men guessed from given names."""
    if st.capitals:
        return figures
    lead_words = set(name_key(" ".join(s.text for s in st.sents[:2])))

    def in_lead(v: Victim) -> bool:  # named in the first two sentences, maybe not as a victim there
        return v.sentence < 2 or (len(v.key) > 1 and v.key[0] in lead_words and v.key[-1] in lead_words)

    def same_event(v: Victim) -> bool:  # "X was also killed in the strike"
        return _SAME_EVENT.search(st.sents[v.sentence].text) is not None

    victims = connected(collect(st.text, st.sents), lead=in_lead, same_event=same_event)
    starred = starred_children(st.text, key=name_key)  # "sons Karim Odeh* and Sami Odeh*" (see the
    if starred:  # footnote rule of victimroster); never a person a sign shows grown ("Omar Odeh (Abu
        grown_sign = _signed(grown_keys(st.text, key=name_key))  # Sami)" and his grandson "Omar Odeh*")
        for v in victims:
            if v.age == "-" and not grown_sign(v) and any(same_person(v.key, k) for k in starred):
                v.age = "child"
    if len(victims) < 2 and not (victims and in_lead(victims[0])):
        return figures  # one named person counts only when the story's lead names them
    pool = [f for f in figures if f.scope == "incident" and f.stance != "denied"]
    civilian_doc = len(_CIVILIAN.findall(st.text[:100_000])) >= 2
    us_story = bool(st.theatre) and st.theatre[0] == "US"
    signed: Callable[[Victim], bool] | None = None  # (read once, when a part is first needed)
    added: list[Figure] = []
    for outcome in ("killed", "injured"):
        vs = [v for v in victims if v.outcome == outcome]
        if not vs:
            continue
        first = min(vs, key=lambda v: v.start)
        if len(vs) == 1 and (any(f.outcome == outcome and (f.low or 0) >= 1 and f.group not in _TOTAL_GROUPS
                                 and f.evidence.start <= first.start < f.evidence.end for f in pool)
                             or _aged(st.sents[first.sentence].text, first.key)):
            # a lone person counted in a group of its own where named ("Sergeant X was shot"), or
            # named with an apposed age as US copy names its dead ("X, 52, died"): no part by sex
            continue
        start, end = first.start, max(v.end for v in vs)
        i = first.sentence
        s = st.sents[i]
        before = [f for f in figures if f.evidence.start <= s.start + len(s.text)]
        model = before[-1] if before else (figures[0] if figures else None)
        base = Figure(
            id="", doc=st.doc.id, statement=stable_id("s", st.doc.id, s.start), outcome=outcome,
            group="people", low=len(vs), high=None, qualifier="at_least", scope="incident",
            stance="asserted", evidence=Span(st.text[start:end], start, end), source=st.doc.source,
            subgroup="named", number_text=f"{len(vs)} named",
            claimant=model.claimant if model is not None else UNATTRIBUTED,
            perpetrator=model.perpetrator if model is not None else None,
            place=(model.place if model is not None else None) or st.back_place(i),
            date=(model.date if model is not None else None) or st.back_date(i),
            published=st.published, publisher=st.doc.publisher, near_group=st.doc.near_group,
            details=model.details if model is not None else (), event=model.event if model else None)
        stated, largest = _stated(pool, outcome, _TOTAL_GROUPS)
        civilian = civilian_doc or bool(_CIVILIAN.search(st.text[start:end])) or (
            largest is not None and largest.group == "civilians")
        base = replace(base, group="civilians" if civilian else "people")
        parent = largest.id if largest is not None else None
        total_id = stable_id("f", st.doc.id, "named-doc", outcome, len(vs))
        lone = len(vs) == 1 and any(_stated(pool, outcome, (p,))[0] for p in ("children", "women", "men"))
        if len(vs) > stated and not lone:  # a lone victim stated as "a boy, 15" is that figure
            added.append(replace(base, id=total_id))
            parent = total_id
        if len(vs) < _COMPLETE * _middle_toll(pool, outcome):
            continue  # names for fewer than 45% of the median toll: their parts would say little
        said = {p: _stated(pool, outcome, (p,))[0] for p in ("children", "women", "men")}
        if not us_story and signed is None:  # outside US stories parts are ranges as Airwars gives them
            signed = _signed(grown_keys(st.text, key=name_key))
        # (a US story: only its children part is used; a person is signed grown by no kinship noun)
        parts = roster_parts(vs, signed=signed if signed is not None else (lambda v: not v.young))
        for part, (n, more) in parts.items():
            if part != "children" and us_story:
                continue  # a US story names its dead with ages, no count by sex: none is reported
            if more > n + (0 if us_story else 1):
                continue  # more named persons may be in the part than certainly are: it says little
            if parent != total_id and sum(said.values()) - said[part] + n > stated:
                continue  # the stated parts would no longer fit the stated toll ("five men", one 17)
            if n and (n > said[part] or (more and n == said[part])):  # (or the roster's range reaches above it)
                added.append(replace(base, id=stable_id("f", st.doc.id, "named-doc", outcome, part, n),
                                     group=part, low=n, high=n + more if more else None,
                                     qualifier="range" if more else "at_least", part_of=parent,
                                     number_text=f"{n} named" if not more else f"{n} to {n + more} named"))
    return sorted(figures + added, key=lambda f: f.evidence.start) if added else figures
