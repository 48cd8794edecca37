"""Turning a document into :class:`~civcas.models.Figure` records (the ``extract`` entry point).

Per sentence: a cheap precompiled trigger gate; then counts (:mod:`counts`), then the claimant,
perpetrator, date, place, stance, scope, event and details of the sentence, with fallbacks to the
same paragraph and the document where reporting style puts them there.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache, partial
from itertools import islice

from civcas.extract.actors import (
    ActorMatch,
    actor_of,
    as_perpetrator,
    claims_responsibility,
    continues_denial,
    find_actors,
    generic_perpetrator,
    is_speaker,
    may_name_actor,
    perpetrator_score,
    perpetrators_in,
    says_it_did,
)
from civcas.extract.agents import event_author, figure_agent, sentence_agents
from civcas.extract.claimants import DocClaims
from civcas.extract.claims import Claim
from civcas.extract.counts import Mention, find_counts, resolve
from civcas.extract.events import Segmenter, mask_places
from civcas.extract.forms import shot_means_injured
from civcas.extract.lexicon import Lexicon, all_matches, any_match, lexicon, may_match
from civcas.extract.named import named_victims
from civcas.extract.pluraldeaths import plural_death_figures
from civcas.extract.scope import comparison_mask, event_tally, lead_tally, near_tally
from civcas.extract.shootings import children_by_age
from civcas.extract.sides import side_toll
from civcas.extract.text import Sentence, Token, sentences, tokenize
from civcas.extract.theatre import document_theatre
from civcas.extract.titled import titled_figures
from civcas.extract.typed import terrorist_act
from civcas.extract.victimdoc import document_named_figures
from civcas.extract.victimlist import named_list_figures
from civcas.extract.victims import lead_victim_group, regroup_named
from civcas.extract.when import incident_date, tally_period
from civcas.extract.where import place_in
from civcas.models import Actor, DateSpan, Document, Figure, Place, Span, stable_id

log = logging.getLogger(__name__)

UNATTRIBUTED = Actor(name="unattributed", text="", kind="unattributed")

_WORDS = re.compile(r"[a-z]+")
# the trigger gate: a sentence is looked at only if one of these words (or word beginnings) occurs
_GATE_WORDS = frozenset(
    ["kill", "kills", "killed", "killing", "killings", "dead", "death", "deaths", "die", "died", "dies", "dying", "wounded", "wounding", "wounds", "wound", "injured", "injuring", "injuries", "injury", "hurt", "toll", "tolls", "bodies", "body", "fatalities", "fatality", "fatal", "fatally", "casualties", "casualty", "martyr", "martyrs", "martyred", "martyrdom", "missing", "lives", "life", "slain", "murder", "murdered", "murders", "murdering", "massacre", "massacred", "massacres", "executed", "execution", "executions", "executing", "detained", "detaining", "detention", "arrested", "arrest", "arrests", "abducted", "abduction", "kidnapped", "kidnapping", "kidnappings", "captured", "hostage", "hostages", "perished", "maimed", "gunned", "beheaded", "succumbed", "unaccounted", "rubble", "hospitalised", "hospitalized", "treated", "treatment", "corpse", "corpses", "seized", "shot", "assassinated", "assassination", "lynched", "slaughtered", "slaughter", "stabbed", "strikes", "carry", "conduct", "harmed", "buried", "remains", "deceased", "fatally", "mortally", "burial", "burials", "funeral", "funerals", "patients", "names", "neutralised", "neutralized", "struck", "grazed"]
)


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


_DEATH = re.compile(r"\b(?:dead|died|death|deaths|deceased|killed|killing|fatal|fatally|mortally|fatalities|"
                    r"bodies|lives)\b",
                    re.IGNORECASE)
_INJURY = re.compile(r"\b(?:wounded|injured|injuries|hurt|injuring|wounding)\b", re.IGNORECASE)
_NO_STRIKE = re.compile(r"\b(?:did not carry out|did not conduct|no strikes were|had not carried out)\b",
                        re.IGNORECASE)
# a denial with no number: "denied the reports", "not aware of any civilian casualties",
# "found no sign the building had been hit by a coalition air strike"
_DENIAL = re.compile(r"\b(?:denied|denies|deny|not aware of any|no sign|did not carry out|did not conduct|"
                     r"had not carried out|rejected (?:the )?(?:claims?|reports?|accusations?)|"
                     r"dismissed (?:the )?(?:claims?|reports?)|fake news|no strikes were|baseless|unfounded|groundless|"
                     r"(?:does|do|did) not (?:strike|target|bomb|shell|attack) (?:civilians?|residential|homes|"
                     r"hospitals|schools)|never (?:strikes|targets) (?:civilians?|residential)|"
                     # "it had no indication of civilian casualties", "its forces were not present"
                     r"no indication (?:of|that) (?:any )?civilians?|forces were not (?:present|in the area|operating)|"
                     r"not within firing range)\b", re.IGNORECASE)
_DENIAL_WORDS = frozenset({"denied", "denies", "deny", "aware", "sign", "carry", "conduct", "carried",
                           "rejected", "dismissed", "fake", "strikes", "baseless", "unfounded", "groundless",
                           "strike", "target", "never", "indication", "present", "firing"})
# an admission by the attacker: "acknowledged responsibility", "mistakenly struck a house",
# "regrets the loss of civilian life", "something went tragically wrong", "a grave mistake",
# "wrongly targeted the hall", "regretted the harm to uninvolved civilians"
_ADMIT = re.compile(r"\b(?:(?:acknowledg\w*|admitted|accepted|accepts|admits)\s+(?:\w+\s+)?responsibility|"
                    r"(?:mistakenly|wrongly|erroneously)\s+(?:struck|hit|targeted|killed|bombed|shelled)|"
                    r"(?:grave|tragic|terrible)\s+mistake|misidentification|"
                    r"regret(?:s|ted)?\s+the\s+harm|(?:struck|hit|targeted|killed)\s+"
                    r"(?:\w+\s+){0,4}(?:by\s+mistake|in\s+error)|went\s+(?:tragically\s+)?wrong|"
                    r"(?:may\s+have\s+)?(?:resulted\s+in|caused|causing)\s+(?:\w+\s+)?collateral\s+damage|"
                    r"regrets?\s+the\s+(?:loss|deaths?)|(?:was|were)\s+not\s+justified)", re.IGNORECASE)
_ADMIT_WORDS = frozenset({"responsibility", "mistakenly", "mistake", "error", "wrong", "collateral",
                          "regret", "regrets", "justified", "wrongly", "erroneously", "regretted",
                          "misidentification"})


@lru_cache(maxsize=1)
def _lex() -> Lexicon:
    return lexicon()


class _Doc:
    """Per-document state: sentences, lazily computed places/dates, last claimant, main perpetrator."""

    def __init__(self, doc: Document, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text or ""
        self.published = published
        self.sents = sentences(self.text)
        self._places: dict[int, Place | None] = {}
        self._tokens: dict[int, list[Token]] = {}
        self._words: dict[int, set[str]] = {}
        self.last_scope: dict[int, str] = {}  # paragraph -> scope of its last figure
        self._dates: dict[int, DateSpan | None] = {}
        self._segments: Segmenter | None = None  # event index of each sentence (lazy, in order)
        self._main: Actor | bool | None = False
        self._typed: dict[int, Actor | None] = {}  # sentence -> the typed/unidentified attacker it names
        self._generic_authors: dict[int, Actor | None] = {}  # sentence -> its generic_perpetrator (cached)
        self.claimed: set[str] = set()  # actors the document makes answer for an attack
        self.named: set[str] = set()  # ids of single named-victim figures
        self.generic: set[str] = set()  # ids of figures with no person noun (deaths, bodies, dead)
        self.theatre = document_theatre(self.text)  # countries the story is about (actor readings)

    def words(self, i: int) -> set[str]:
        """Lower-case alphabetic words of sentence i (cached)."""
        got = self._words.get(i)
        if got is None:
            got = self._words[i] = _words(self.sents[i].text)
        return got

    def tokens(self, i: int) -> list[Token]:
        """Tokens of sentence i with offsets relative to the sentence (cached)."""
        got = self._tokens.get(i)
        if got is None:
            got = self._tokens[i] = tokenize(self.sents[i].text[:4000])
        return got

    def place(self, i: int) -> Place | None:
        if i not in self._places:
            self._places[i] = place_in(mask_places(self.sents[i].text))  # not a speaker's place
        return self._places[i]

    def date(self, i: int) -> DateSpan | None:
        if i not in self._dates:
            self._dates[i] = incident_date(self.sents[i].text, self.published)
        return self._dates[i]

    def segment(self, i: int) -> int:
        """The event of the document that sentence i is about (:func:`civcas.extract.events.segment`)."""
        if self._segments is None:
            n = min(len(self.sents), 400)
            self._segments = Segmenter(
                [s.text for s in self.sents[:n]],
                place_of=lambda k: p.name if (p := self.place(k)) is not None else None,
                day_of=self._day, words_of=self.words)
        seg = self._segments
        return seg.event_of(i) if i < len(seg) else seg.event_of(len(seg) - 1)

    def _day(self, i: int) -> tuple[int, int] | None:
        d = self.date(i)
        return (d.start.toordinal(), d.end.toordinal()) if d is not None and d.precision in ("day", "days") else None

    def back_place(self, i: int) -> Place | None:
        """The place of sentence i, else of the closest earlier sentence of its paragraph about
        the same event, else the first place stated for that event (for the lead event: of the
        document's lead, the first two sentences). Never another event's place."""
        v = self._back(i, self.place)
        return v if isinstance(v, Place) else None

    def back_date(self, i: int) -> DateSpan | None:
        """Like :meth:`back_place`, for the incident date; with none stated up to sentence i, the
        first date stated later for the same event (a follow-up dates the event further down)."""
        v = self._back(i, self.date)
        if v is None:
            event = self.segment(i)
            v = next((d for k in range(i + 1, min(len(self.sents), 400))
                      if (d := self.date(k)) is not None and self.segment(k) == event), None)
        return v if isinstance(v, DateSpan) else None

    def _back(self, i: int, get: Callable[[int], Place | DateSpan | None]) -> Place | DateSpan | None:
        para = self.sents[i].paragraph
        event = self.segment(i)
        j = i
        while j >= 0 and self.sents[j].paragraph == para and i - j <= 4:
            v = get(j) if self.segment(j) == event else None
            if v is not None:
                return v
            j -= 1
        lead = range(min(2, len(self.sents))) if event == 0 else range(0)
        for k in (*lead, *range(min(i, 400))):
            v = get(k) if self.segment(k) == event else None
            if v is not None:
                return v
        return None

    def author(self, k: int) -> Actor | None:
        """The typed or unidentified attacker sentence k names, other than the state's forces
        ("unidentified persons threw a grenade"); cached."""
        if k not in self._typed:
            typed = self.generic_author(k)
            self._typed[k] = typed if typed is not None and typed.name not in _STATE_FORCES else None
        return self._typed[k]

    def generic_author(self, i: int) -> Actor | None:
        """:func:`~civcas.extract.typed.generic_perpetrator` of sentence i (cached: the author of a
        neighbour, the main typed author and the figure's perpetrator ask for it)."""
        if i not in self._generic_authors:
            self._generic_authors[i] = generic_perpetrator(self.sents[i].text)
        return self._generic_authors[i]

    def event_author(self, i: int) -> Actor | None:
        """The author named in the nearest sentence about the same event as sentence i."""
        event = self.segment(i)
        return event_author(i, min(len(self.sents), 400), author=self.author,
                            same_event=lambda k: self.segment(k) == event)

    def main_perpetrator(self) -> Actor | None:
        if self._main is False:
            counts: Counter[str] = Counter()
            first: dict[str, Actor] = {}
            acting: set[str] = set()  # named as the author somewhere ("X strikes", "by X")
            for i in range(min(len(self.sents), 400)):
                if not may_name_actor(self.sents[i].text, self.words(i)):
                    continue
                text = self.sents[i].text[:4000]
                goes_on = i > 0 and continues_denial(self.sents[i - 1].text, text)
                for m in find_actors(text, tokens=self.tokens(i), theatre=self.theatre, words=self.words(i)):
                    if m.entry.role != "claimant" and m.entry.kind == "belligerent":
                        # an actor doing something ("Russian missiles", "by the coalition") weighs
                        # more than one merely named ("Ukrainian officials", "a Ukrainian city")
                        score = perpetrator_score(text, m)
                        if score < 0:
                            continue  # "a prison run by the Houthis" names an owner, not an attacker
                        claimed = claims_responsibility(text, m)
                        if goes_on and not claimed:
                            continue  # a denier's counter-accusation in its next sentence
                        if claimed:
                            self.claimed.add(m.entry.name)
                        elif score == 0 and is_speaker(text, m):
                            continue  # a speaker ("the FMLN said"), or named away from any harm
                        bare = m.text.lower() in _DEMONYMS
                        counts[m.entry.name] += (0 if bare else 1) + 3 * score
                        first.setdefault(m.entry.name, actor_of(m))
                        if score > 0:
                            acting.add(m.entry.name)
            # a speaker or a party merely named ("the FMLN said", "talks between the FMLN and the
            # government") is not the author of the story's attacks: one that acts somewhere wins
            ranked = [n for n, _c in counts.most_common() if n in acting]
            if ranked:
                self._main = first[ranked[0]]
            else:  # one merely named ("talks between the FMLN and ...") yields to a typed author
                typed = self._main_typed()
                self._main = typed if typed is not None or not counts else first[counts.most_common(1)[0][0]]
        return self._main if isinstance(self._main, Actor) else None

    def _main_typed(self) -> Actor | None:
        """With no named belligerent: the typed perpetrator ("urban guerrillas", "a death squad")
        the casualty sentences of the document name most often."""
        typed: Counter[str] = Counter()
        first: dict[str, Actor] = {}
        for i in range(min(len(self.sents), 400)):
            if self.words(i).isdisjoint(_GATE_WORDS):
                continue
            a = self.generic_author(i)
            if a is not None and a.name not in _STATE_FORCES:
                typed[a.name] += 1
                first.setdefault(a.name, a)
        return first[typed.most_common(1)[0][0]] if typed else None


def _event(lows: list[str], lex: Lexicon) -> str | None:
    best: tuple[int, str] | None = None
    for _s, _e, (rank, kind) in all_matches(lex.events, lows):
        if best is None or rank < best[0]:
            best = (rank, kind)
    return best[1] if best else None


def _stance(lows: list[str], m: Mention, lex: Lexicon, *, denies: bool | None = None) -> str:
    """Denied if the sentence denies; hedged if a hedge stands near the figure (8 words before
    the number to 6 after its noun phrase); else asserted. ``denies``: whether the sentence
    denies, when already known."""
    if m.zero or (any_match(lex.denied, lows) if denies is None else denies):
        return "denied"
    if any_match(lex.hedged, lows[max(0, m.count.start - 8):m.np_end + 6]) or any_match(lex.unverified, lows):
        return "hedged"
    return "asserted"


def _sentence_details(text: str, lows: list[str], lex: Lexicon) -> tuple[list[str], str | None]:
    """What :func:`_details` reads from the whole sentence (computed once per sentence):
    targets and weapons in order, and "the X family" named in it."""
    words: list[str] = []
    for rx in (lex.targets, lex.weapons):
        for _s, _e, word in all_matches(rx, lows):
            if word not in words:
                words.append(word)
    fam = re.search(r"\b(?:the\s+)?((?:al-|Al-|Al |el-|Abu |abu |Bani )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}) family\b", text)
    return words, (f"the {fam.group(1)} family" if fam else None)


def _details(text: str, m: Mention, tokens: list[Token],
             common: tuple[list[str], str | None]) -> tuple[str, ...]:
    words, fam = common
    out: list[str] = []
    if m.family is not None:
        a, b = m.family
        out.append(text[tokens[a].start:tokens[b - 1].end])
    for w in words:
        if w not in out:
            out.append(w)
    if fam is not None and m.family is None:
        out.insert(0, fam)
    return tuple(out[:8])


def _is_tally(lows: list[str], found: list[Mention], lex: Lexicon) -> bool:
    """A sentence states a tally when a tally cue ("since 2014", "so far this year", "in the
    war") stands near its first figure (15 words either side) and no incident cue ("in the
    strike", "the attack") does."""
    if not found:
        return False
    a = max(0, min(m.count.start for m in found) - 15)
    b = min(len(lows), max(m.np_end for m in found) + 15)
    masked = comparison_mask(lows)  # "one of the deadliest attacks of the war" names one event
    window = [w if a + k not in masked else "_" for k, w in enumerate(lows[a:b])]
    if any_match(lex.incident, window):
        return False
    joined = " ".join(window)
    return (any_match(lex.tally, window) or bool(_DATE_RANGE.search(" ".join(lows)))
            or bool(_CAMPAIGN.search(joined)) or event_tally(joined) or lead_tally(lows, lex)
            or any(near_tally(lows, m.count.start, m.np_end) for m in found))


_MAIN_ACTING = True
_STATE_FORCES = frozenset({"army", "armed forces", "security forces", "police"})


def _perpetrator(st: _Doc, text: str, perps: list[ActorMatch], *, tally: bool, i: int = -1) -> Actor | None:
    """The accused actor of a figure of sentence ``i``: one the sentence makes the author of the
    event ("by X", "X strikes"), else for incidents the document's main belligerent, else the typed
    or unidentified attacker of a neighbouring sentence about the same event (a story that names no
    belligerent), else one merely named, else "terrorists" of a "terrorist attack"."""
    clear = [p for p in perps if perpetrator_score(text, p) > 0]
    if clear:
        return actor_of(clear[0])
    typed = st.generic_author(i) if i >= 0 else generic_perpetrator(text)  # text is sentence i's
    if typed is not None and typed.name in _STATE_FORCES and not tally:
        return st.main_perpetrator() or typed  # "by the army": the document's army, if it names one
    if typed is not None and not typed.identified and not tally:
        # "a suicide bomber" of a story where a named group claims the attack: that group
        main = st.main_perpetrator()
        return main if main is not None and main.name in st.claimed else typed
    if typed is not None:
        return typed
    if tally:
        return None  # a tally's author is said in its sentence or not at all
    main = st.main_perpetrator()
    if main is not None:
        return main
    near = st.event_author(i) if i >= 0 else None  # "... caused by unidentified persons who threw a grenade"
    if near is not None:
        return near
    named = [p for p in perps if perpetrator_score(text, p) == 0]
    return actor_of(named[0]) if named else terrorist_act(text)


def _figures_of_sentence(st: _Doc, i: int, claim_of: Callable[[], Claim | None], lex: Lexicon) -> list[Figure]:
    """The figures of sentence i; ``claim_of()`` gives its claimant (asked only if it has figures)."""
    s: Sentence = st.sents[i]
    doc = st.doc
    local = st.tokens(i)[:400]  # offsets in the sentence (counts read only token distances)
    lows = [t.low for t in local]
    mentions = find_counts(local, lex)
    taken = {k for m in mentions for k in range(m.count.start, m.np_end)}
    named = named_victims(lows, lex, taken, raw=[s.text[t.start:t.end] for t in local],
                          hurt_document=shot_means_injured(st.text))
    if named:
        mentions = sorted(mentions + named, key=lambda m: m.count.start)
    if not mentions:
        return []
    found = resolve(local, mentions, lex, sentence_has_death=bool(_DEATH.search(s.text)),
                    sentence_has_injury=bool(_INJURY.search(s.text)),
                    document_shot_injured=shot_means_injured(st.text))
    if not found:
        return []
    claim = claim_of()
    evidence = Span(s.text, s.start, s.end)
    statement = stable_id("s", doc.id, s.start)
    tally = _is_tally(lows, found, lex)
    if (not tally and st.last_scope.get(s.paragraph) == "tally" and st.date(i) is None
            and not any_match(lex.incident, lows)):
        tally = True  # "Among those killed were 487 children": the tally goes on
    scope = "tally" if tally else "incident"
    st.last_scope[s.paragraph] = scope
    period = tally_period(s.text, st.published) if tally else None
    when = None if tally else st.back_date(i)
    place = st.place(i) or (st.back_place(i) if not tally else None)
    event = _event(lows, lex)
    if event is None and i > 0 and st.sents[i - 1].paragraph == s.paragraph:
        event = _event([t.low for t in st.tokens(i - 1)], lex)
    exclude = (claim.start, claim.end) if claim is not None and claim.start >= 0 else None
    perps = perpetrators_in(s.text, exclude=exclude, tokens=local if len(s.text) <= 2000 else None,
                            theatre=st.theatre, words=st.words(i))
    perpetrator = _perpetrator(st, s.text, perps, tally=tally, i=i)
    speaker: Actor | None = None
    if claim is not None and claim.actor.kind == "belligerent" and (
            _ADMIT.search(s.text) or (claim.start >= 0 and says_it_did(s.text, claim.end))):
        perpetrator = speaker = as_perpetrator(claim.actor)  # an admission: the claimant says it did it
    # several belligerents acting in one sentence: each figure takes its own clause's (agents.py)
    agents = sentence_agents(s.text, perps, speaker=speaker,
                             span=(claim.start, claim.end) if claim is not None else None)
    claimant = claim.actor if claim is not None else UNATTRIBUTED
    ids: dict[int, str] = {}
    out: list[Figure] = []
    index = {id(m): k for k, m in enumerate(mentions)}
    denies = any_match(lex.denied, lows)
    common = _sentence_details(s.text, lows, lex)
    for m in found:
        if m.count.kind == "vague" and m.count.low is None:
            continue  # "several", "many", "a number of": no count to record
        if m.zero and lows[m.count.start] in ("any", "anyone") and not denies:
            continue  # "any civilians" is a denial only in a denying sentence
        a = s.start + local[m.count.start].start
        b = s.start + local[max(m.count.start, m.count.end - 1)].end
        number_text = st.text[a:b]
        outcome = m.outcome or "killed"
        fid = stable_id("f", doc.id, s.start, outcome, m.group, m.subgroup, a, m.count.low,
                        m.count.high)
        ids[index[id(m)]] = fid
        parent = ids.get(m.parent) if m.parent is not None else None
        low, high = m.count.low, m.count.high
        if low is not None and high is not None and low > high:
            low, high = high, low
        if m.named:
            st.named.add(fid)
        group = m.group
        if m.group == "people" and (m.generic or not m.head):
            if side_toll(s.text, local[m.count.start].start, local[max(m.count.start, m.np_end - 1)].end):
                group = "combatants"  # "the army sustained 9 dead": one side's losses (sides.py)
            else:
                st.generic.add(fid)
        out.append(Figure(
            id=fid, doc=doc.id, statement=statement, outcome=outcome, group=group,
            low=low, high=high, qualifier=m.count.qualifier if not m.zero else "exact",
            scope=scope, stance=_stance(lows, m, lex, denies=denies), evidence=evidence, source=doc.source,
            subgroup=m.subgroup, number_text=number_text, period=period, claimant=claimant,
            perpetrator=figure_agent(s.text, agents, local[m.count.start].start,
                                     local[max(m.count.start, m.np_end - 1)].end) or perpetrator,
            place=place, date=when, published=st.published,
            publisher=doc.publisher, near_group=doc.near_group, part_of=parent,
            details=_details(s.text, m, local, common),
            event=event, segment=st.segment(i),
        ))
    return out


def _headline_duplicates(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """Drop figures of a headline-like first line that the body repeats (one statement)."""
    if not st.sents:
        return figures
    first = st.sents[0]
    is_headline = (len(st.sents) > 1 and st.sents[1].paragraph != first.paragraph
                   and len(first.text) < 200 and not first.text.rstrip().endswith((".", "!", "?", ":")))
    if not is_headline:
        return figures
    body = {(f.outcome, f.group, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    loose = {(f.outcome, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    return [f for f in figures
            if f.evidence.start >= first.end
            or ((f.outcome, f.group, f.low, f.high) not in body
                and not (f.group == "people" and (f.outcome, f.low, f.high) in loose))]


# "between 7 october 2023 and 10 january 2024", "from 24 february 2022 to 15 february 2023"
_MONTH_WORD = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_DATE_RANGE = re.compile(r"\b(?:between|from)\s+(?:the\s+\w+\s+of\s+)?\d{1,2}\s+" + _MONTH_WORD
                         + r"(?:\s+\d{4})?\s+(?:and|to|until)\s+(?:[\d:]+\s+on\s+)?\d{1,2}\s+" + _MONTH_WORD)
# "during the four-month battle", "over the nine-month siege": a toll over a whole campaign.
_CAMPAIGN = re.compile(r"\b(?:during|throughout|over|after)\s+(?:the|a|its)\s+[a-z0-9]+\s?-\s?(?:day|week|month|year)"
                       r"(?:-long)?\s+(?:battle|offensive|campaign|siege|operation|assault|bombardment|war)\b")
_DEMONYMS = frozenset({"ukrainian", "russian", "israeli", "turkish", "american", "israel", "russia",
                       "turkey", "saudi arabia", "houthi"})
_GENERIC_WAR = re.compile(r"\b(?:war|conflict|civil war|violence)\b", re.IGNORECASE)
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)


def _civilian_context(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """"The dead", "deaths", "bodies", "victims" and bare tolls count civilians when the article is
    plainly about civilians (it says "civilian(s)" at least twice and the figure's own words are not
    "people"/"persons"); otherwise they stay ``people``."""
    if next(islice(_CIVILIAN.finditer(st.text, 0, 100_000), 1, None), None) is None:  # fewer than two
        return figures
    from dataclasses import replace

    out: list[Figure] = []
    for f in figures:
        if f.group == "people" and f.subgroup is None and f.scope == "incident" and f.outcome == "killed" \
                and f.id in st.generic and f.id not in st.named:
            f = replace(f, group="civilians")
        out.append(f)
    return out


def _denials(st: _Doc, figures: list[Figure], denials: list[tuple[int, Claim, str]],
             lex: Lexicon) -> list[Figure]:
    """Figures with no number for sentences that deny the harm or the attack (stance denied) or
    that admit it (stance asserted, the admitting belligerent as claimant and perpetrator), in
    documents that report casualties: outcome killed, the article's main group."""
    groups = Counter(f.group for f in figures if f.outcome == "killed" and f.group in ("civilians", "people"))
    group = "civilians" if groups["civilians"] >= groups["people"] else "people"
    out: list[Figure] = []
    for i, claim, stance in denials:
        s = st.sents[i]
        group_here = "civilians" if _CIVILIAN.search(s.text) else group
        lows = [t.low for t in tokenize(s.text[:2000])]
        perps = perpetrators_in(s.text, exclude=(claim.start, claim.end) if claim.start >= 0 else None,
                                theatre=st.theatre, words=st.words(i))
        admits = stance == "asserted"
        out.append(Figure(
            id=stable_id("f", st.doc.id, s.start, "killed", group_here, "admission" if admits else "denial"),
            doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome="killed", group=group_here, low=None,
            high=None, qualifier="exact", scope="incident", stance=stance,  # type: ignore[arg-type]
            evidence=Span(s.text, s.start, s.end), source=st.doc.source, claimant=claim.actor,
            # an admitting or denying belligerent is the (alleged) author: "the coalition denied
            # carrying out any strikes" answers an accusation against the coalition
            perpetrator=as_perpetrator(claim.actor) if admits or claim.actor.kind == "belligerent"
            else _perpetrator(st, s.text, perps, tally=False),
            place=st.back_place(i),
            date=st.back_date(i), published=st.published, publisher=st.doc.publisher,
            near_group=st.doc.near_group, event=_event(lows, lex), segment=st.segment(i),
        ))
    return out


def _extract(doc: Document, published: date | None) -> list[Figure]:
    lex = _lex()
    st = _Doc(doc, published)
    figures: list[Figure] = []
    denials: list[tuple[int, Claim, str]] = []
    looked = [not w.isdisjoint(_GATE_WORDS) or not w.isdisjoint(_DENIAL_WORDS)
              or not w.isdisjoint(_ADMIT_WORDS) for w in map(st.words, range(len(st.sents)))]
    claims = DocClaims(st, looked, gate=_GATE_WORDS)  # claimants, read only where needed
    for i, s in enumerate(st.sents):
        if not looked[i]:
            continue
        got = _figures_of_sentence(st, i, partial(claims.claim, i), lex) \
            if not st.words(i).isdisjoint(_GATE_WORDS) else []
        figures.extend(got)
        if got:
            continue
        low = s.text.lower() if s.text.isascii() else None  # exact pre-tests (lexicon.may_match)
        denies = may_match(_DENIAL, s.text, low) and _DENIAL.search(s.text) is not None
        if denies or (may_match(_ADMIT, s.text, low) and _ADMIT.search(s.text)):
            claim = claims.claim(i)
            if claim is not None and denies:
                denials.append((i, claim, "denied"))
            elif claim is not None and claim.actor.kind == "belligerent" and _ADMIT.search(s.text):
                denials.append((i, claim, "asserted"))
    figures = _headline_duplicates(st, figures)
    figures = _civilian_context(st, figures)
    figures = named_list_figures(st, figures)  # "the dead were identified as A, B and C"
    if figures and denials:
        figures.extend(_denials(st, figures, denials, lex))
        figures.sort(key=lambda f: f.evidence.start)
    if st.named:
        # single named victims count only when the document gives no number for that outcome
        counted = {f.outcome for f in figures if f.id not in st.named}
        keep_named: dict[tuple[str, int], Figure] = {}
        for f in figures:
            if f.id in st.named and f.outcome not in counted:
                keep_named.setdefault((f.outcome, f.evidence.start), f)
        figures = [f for f in figures if f.id not in st.named or f in keep_named.values()]
        lead = [t.low for t in tokenize(doc.title or "")] + [
            t.low for i in range(min(2, len(st.sents))) for t in st.tokens(i)]
        figures = regroup_named(figures, st.named, lead_victim_group(lead, lex))  # "boy, 6, ..."
        figures = children_by_age(figures, st.named, st.text)  # "17-year-old Devin Anderson"
    figures = document_named_figures(st, figures)  # names spread over the whole document
    figures = titled_figures(st, figures)  # "THE MURDER OF JUDGE X" (titled.py)
    return plural_death_figures(st, figures)  # "martyrs and wounded": at least two killed


def extract(doc: Document, *, published: date | None = None) -> list[Figure]:
    """Every casualty figure stated in ``doc`` (see the package doc). Never raises on any text."""
    pub = published or doc.published
    try:
        return _extract(doc, pub)
    except (ValueError, IndexError, KeyError, TypeError, OverflowError, RecursionError,
            AttributeError) as exc:  # a bug must not stop a batch: log it, return nothing
        log.warning("extraction failed for %s: %s: %s", doc.id, type(exc).__name__, exc)
        return []


def extract_many(docs: Iterable[Document], *, published: date | None = None) -> list[Figure]:
    """Figures of many documents, in order."""
    out: list[Figure] = []
    for d in docs:
        out.extend(extract(d, published=published))
    return out
