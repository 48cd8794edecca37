"""Per-document state of the extractor (used by :mod:`civcas.extract.assemble`) and its word gates.

:class:`_Doc` splits a document into sentences once and reads, lazily and cached per sentence, what
the figure builder asks for: tokens, words, place, date, segment (event), the place and date of
the nearest earlier sentence that has one, the author of an event and the document's main
perpetrator. The gate words say which sentences are looked at: casualty words (``_GATE_WORDS``),
denials (``_DENIAL``) and admissions (``_ADMIT``) by an attacker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cached_property

from civcas.extract.accused import accused_in
from civcas.extract.actors import actor_of, canonical_actor, find_actors, may_name_actor
from civcas.extract.agents import event_author, named_party
from civcas.extract.docactors import register as register_document
from civcas.extract.events import Segmenter, mask_places
from civcas.extract.lexicon import first_char_guard
from civcas.extract.newgroups import CUE_WORDS as _NEW_GROUP_CUES
from civcas.extract.newgroups import new_group
from civcas.extract.perpetrators import (
    accuses,
    claims_responsibility,
    continues_denial,
    generic_perpetrator,
    is_speaker,
    perpetrator_score,
)
from civcas.extract.shooters import background_event, lone_shooter, several_shooters
from civcas.extract.text import CAPITALS_HEAD, Token, mostly_capitals, sentences, tokenize
from civcas.extract.theatre import document_theatre
from civcas.extract.when import incident_date
from civcas.extract.where import may_name_place, place_in
from civcas.models import Actor, DateSpan, Document, Place

_WORDS = re.compile(r"[a-z]+")
# the trigger gate: a sentence is looked at only if one of these words (or word beginnings) occurs
_GATE_WORDS = frozenset(
    ["kill", "kills", "killed", "killing", "killings", "dead", "death", "deaths", "die", "died", "dies", "dying", "wounded", "wounding", "wounds", "wound", "injured", "injuring", "injuries", "injury", "hurt", "toll", "tolls", "bodies", "body", "fatalities", "fatality", "fatal", "deadly", "fatally", "casualties", "casualty", "martyr", "martyrs", "martyred", "martyrdom", "missing", "lives", "life", "slain", "murder", "murdered", "murders", "murdering", "massacre", "massacred", "massacres", "executed", "execution", "executions", "executing", "detained", "detaining", "detention", "arrested", "arrest", "arrests", "abducted", "abduction", "kidnapped", "kidnapping", "kidnappings", "captured", "hostage", "hostages", "perished", "passed", "maimed", "gunned", "beheaded", "succumbed", "unaccounted", "rubble", "hospitalised", "hospitalized", "treated", "treatment", "corpse", "corpses", "seized", "shot", "assassinated", "assassination", "assassinations", "lynched", "slaughtered", "slaughter", "stabbed", "stabbing", "strikes", "carry", "conduct", "harmed", "buried", "remains", "deceased", "fatally", "mortally", "burial", "burials", "funeral", "funerals", "patients", "names", "neutralised", "neutralized", "struck", "grazed", "condition", "hospital", "hospitals", "hospitalization", "hospitalisation", "victims", "blew", "blown", "homicides", "homicide"]
)


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


_DEATH = re.compile(r"\b(?:dead|died|death|deaths|deceased|killed|killing|fatal|fatally|mortally|fatalities|"
                    r"bodies|lives)\b",
                    re.IGNORECASE)
_DEATH = first_char_guard(_DEATH)  # (speed: the same matches)
_INJURY = re.compile(r"\b(?:wounded|injured|injuries|hurt|injuring|wounding)\b", re.IGNORECASE)
_INJURY = first_char_guard(_INJURY)  # (speed: the same matches)
# a denial with no number: "denied the reports", "not aware of any civilian casualties",
# "found no sign that a coalition aircraft had struck the house"
_DENIAL = re.compile(r"\b(?:denied|denies|deny|not aware of any|no sign|did not carry out|did not conduct|"
                     r"had not carried out|rejected (?:the )?(?:claims?|reports?|accusations?)|"
                     r"dismissed (?:the )?(?:claims?|reports?)|fake news|no strikes were|baseless|unfounded|groundless|"
                     r"(?:does|do|did) not (?:strike|target|bomb|shell|attack) (?:civilians?|residential|homes|"
                     r"hospitals|schools)|never (?:strikes|targets) (?:civilians?|residential)|"
                     # "its aircraft only target the militia's positions and never residential areas"
                     r"never (?:residential|civilian) (?:areas|neighbou?rhoods|districts|homes|targets)|"
                     # "it had no indication of civilian casualties", "its forces were not present"
                     r"no indication (?:of|that) (?:any )?civilians?|forces were not (?:present|in the area|operating)|"
                     r"not within firing range)\b", re.IGNORECASE)
_DENIAL = first_char_guard(_DENIAL)  # (speed: the same matches)
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
_ADMIT = first_char_guard(_ADMIT)  # (speed: the same matches)
_ADMIT_WORDS = frozenset({"responsibility", "mistakenly", "mistake", "error", "wrong", "collateral",
                          "regret", "regrets", "justified", "wrongly", "erroneously", "regretted",
                          "misidentification"})


_STATE_FORCES = frozenset({"army", "armed forces", "security forces", "police", "soldiers", "troops"})
# a communique's header names its author: "[STATEMENT] [FARABUNDO MARTI NATIONAL LIBERATION FRONT] [TEXT]",
# "[GENERAL COMMAND OF THE FMLN]" (not a name spelled out after its acronym: "THE FMLN [FARABUNDO ...]")
_HEADER_BEFORE = re.compile(r"(?:^|[\]\-:]\s*|\)\s*)\[[^\[\]]{0,60}$")
_HEADER_AFTER = re.compile(r"[^\[\]]{0,60}\]")


# a wire dateline's source in parentheses: "CLANDESTINE, 2 MAY 90 (RADIO FARABUNDO MARTI) -- ..." (a
# group's own station speaks for it; it is no author of the attacks it reports)
_SOURCE_BEFORE = re.compile(r"^[^()\n]{0,80}\([^()]{0,40}$")
_SOURCE_AFTER = re.compile(r"[^()]{0,40}\)\s*--")


def _in_header(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands in a bracketed communique header of the document's first
    lines, or in the parenthesised source of its dateline."""
    return (_HEADER_BEFORE.search(text, 0, start) is not None and _HEADER_AFTER.match(text, end) is not None) or (
        start < 130 and _SOURCE_BEFORE.match(text[:start]) is not None and _SOURCE_AFTER.match(text, end) is not None)


# how many sentences back a later event's own author is looked for (``event_main``)
_EVENT_REACH = 12
# a named actor described as an armed group: "Boko Haram militants", "JNIM's fighters", "the
# al-Qaeda-linked group JNIM", "the jihadist group Islamic State", "rebels of the M23" (its figures
# described only as "militants" or "jihadists" are this group's, see sentence_figures._perpetrator)
_GROUP_AFTER = re.compile(r"(?:['’]s)?\s+(?:militants?|fighters|jihadists?|insurgents?|rebels?|guerrillas?|gunmen|"
                          r"terrorists?|extremists?|insurgency|rebellion)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"(?:\b(?:militant|jihadist|rebel|insurgent|guerrilla|terrorist|extremist|islamist|armed|"
                           r"separatist|-linked|-affiliated)\s+(?:group|movement|organi[sz]ation|faction|network|"
                           r"alliance)|\b(?:militants|jihadists|rebels|insurgents|fighters|guerrillas)\s+(?:from|of|"
                           r"belonging\s+to))\s*,?\s*(?:the\s+)?$", re.IGNORECASE)
_GROUP_BEFORE = first_char_guard(_GROUP_BEFORE)  # (speed: the same matches)
_DEMONYMS = frozenset({"ukrainian", "russian", "israeli", "turkish", "american", "israel", "russia",
                       "turkey", "saudi arabia", "houthi"})


_BACKGROUND_DAYS = 365
# a story about a shooting (a past incident it recalls is then a shooting too, ``past_shooting``)
_SHOOTING_STORY = re.compile(r"\b(?:shooting|shooter|gunman|gunfire|opened\s+fire|mass\s+shooting)\b", re.IGNORECASE)
_Day = date  # (inside _Doc, "date" names its method)


class _Doc:
    """Per-document state: sentences, lazily computed places/dates, last claimant, main perpetrator."""

    def __init__(self, doc: Document, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text or ""
        self.published = published
        self.sents = sentences(self.text)
        self.capitals = mostly_capitals(self.text[:CAPITALS_HEAD])  # wire copy in capitals
        self._places: dict[int, Place | None] = {}
        self._starts: list[int] | None = None  # sentence start offsets (lazy, for sentence_at)
        self._tokens: dict[int, list[Token]] = {}
        self._words: dict[int, set[str]] = {}
        self.last_scope: dict[int, str] = {}  # paragraph -> scope of its last figure
        self._dates: dict[int, DateSpan | None] = {}
        self._background: dict[int, bool] = {}  # sentence -> tells a past incident (background)
        self._segments: Segmenter | None = None  # event index of each sentence (lazy, in order)
        self._main: Actor | bool | None = False
        self._typed: dict[int, Actor | None] = {}  # sentence -> the typed/unidentified attacker it names
        self._sole: dict[int, Actor | None] = {}  # event -> its one typed/unidentified attacker, if one
        self._generic_authors: dict[int, Actor | None] = {}  # sentence -> its generic_perpetrator (cached)
        self._acting: dict[int, list[Actor]] = {}  # sentence -> the known belligerents it makes act
        self.claimed: set[str] = set()  # actors the document makes answer for an attack
        self.armed_groups: set[str] = set()  # actors it calls a militant group ("Boko Haram militants")
        self.named: set[str] = set()  # ids of single named-victim figures
        self.generic: set[str] = set()  # ids of figures with no person noun (deaths, bodies, dead)
        self.count_spans: dict[str, tuple[int, int]] = {}  # figure id -> its count's start, noun phrase end
        self.hits: set[str] = set()  # ids of injured figures read from a count of people hit ("were shot")
        self.derived: set[str] = set()  # ids of the survivors of a hit count ("three shot, one fatally": 2)
        self.theatre = document_theatre(self.text)  # countries the story is about (actor readings)
        self._several: bool | None = None  # the story tells shots by more than one person (lazy)
        self._shooting_story: bool | None = None  # the story is about a shooting (lazy)
        register_document(self.text, self.sents, words=self.words, tokens=self._known_tokens)

    def _known_tokens(self, i: int) -> list[Token] | None:
        """The tokens of sentence i if already read (all of them), else None."""
        return self._tokens.get(i) if len(self.sents[i].text) <= 4000 else None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds the character ``offset`` (the first one for an offset before it)."""
        if self._starts is None:
            self._starts = [s.start for s in self.sents]
        return max(0, bisect_right(self._starts, offset) - 1)

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
            text = self.sents[i].text
            self._places[i] = place_in(mask_places(text)) if may_name_place(text) else None  # not a speaker's
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

    def background(self, i: int) -> bool:
        """Sentence i tells a past incident for context, which the story's main perpetrator is not said
        to have done: it says so ("came two weeks after a gunman killed ...", ``shooters.background_event``)
        or dates its own event more than :data:`_BACKGROUND_DAYS` before the story's lead event ("the
        worst bombing in the province since March 2015, when a truck bomb left 60 dead" in a story of
        2022)."""
        if i not in self._background:
            d = self.date(i)
            ref = self._lead_day
            self._background[i] = background_event(self.sents[i].text) or (
                d is not None and ref is not None and (ref - d.end).days > _BACKGROUND_DAYS)
        return self._background[i]

    @cached_property
    def _lead_day(self) -> _Day | None:
        """The first day of the lead event: the first date of the first three sentences, else publication."""
        lead = next((x for k in range(min(len(self.sents), 3)) if (x := self.date(k)) is not None), None)
        return lead.start if lead is not None else self.published

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
            if typed is not None and typed.name in _STATE_FORCES:
                typed = self._theatre_army(typed)  # "gunned down by soldiers of the regime": the army
            elif typed is None and self.theatre and self.theatre[0] != "US":
                # the accused a neighbouring sentence names ("X and Y were charged with the murder")
                typed = accused_in(self.sents[k].text[:2000], theatre=self.theatre)
            self._typed[k] = typed if typed is not None and not self._no_lone_gunman(typed) else None
        return self._typed[k]

    def _theatre_army(self, typed: Actor) -> Actor | None:
        """The theatre's armed forces for a typed state force that acts ("soldiers", "troops",
        "the army"; not the police), with the words as written; None outside a known non-US theatre."""
        if typed.name == "police" or not self.theatre or self.theatre[0] == "US":
            return None
        army = canonical_actor("army", theatre=self.theatre)
        return Actor(name=army.name, text=typed.text, kind="belligerent") \
            if army is not None and army.kind == "belligerent" else None

    def generic_author(self, i: int) -> Actor | None:
        """:func:`~civcas.extract.typed.generic_perpetrator` of sentence i (cached: the author of a
        neighbour, the main typed author and the figure's perpetrator ask for it)."""
        if i not in self._generic_authors:  # (else one person of any description opening fire: a gunman)
            text = self.sents[i].text
            self._generic_authors[i] = generic_perpetrator(text) or lone_shooter(text)
        return self._generic_authors[i]

    def event_author(self, i: int) -> Actor | None:
        """The author named in the nearest sentence about the same event as sentence i, else the one
        author the event's sentences name, however far ("Williams identified the gunman as ..." five
        sentences before "Three others were injured as people ran")."""
        event = self.segment(i)
        near = event_author(i, min(len(self.sents), 400), author=self.author,
                            same_event=lambda k: self.segment(k) == event)
        return near if near is not None else self._sole_author(event)

    def _sole_author(self, event: int) -> Actor | None:
        """The typed or unidentified attacker of an event when its sentences name only one (not in a
        past incident told for context); cached."""
        if event not in self._sole:
            found: dict[str, Actor] = {}
            for k in range(min(len(self.sents), 400)):
                a = self.author(k)
                if a is not None and a.name not in found and self.segment(k) == event \
                        and not self.background(k):
                    found[a.name] = a
            self._sole[event] = next(iter(found.values())) if len(found) == 1 else None
        return self._sole[event]

    def main_perpetrator(self) -> Actor | None:
        if self._main is False:
            counts: Counter[str] = Counter()
            first: dict[str, Actor] = {}
            acting: set[str] = set()  # named as the author somewhere ("X strikes", "by X")
            spoke: set[str] = set()  # a communique's author, an accuser or a denier
            for i in range(min(len(self.sents), 400)):
                if not _NEW_GROUP_CUES.isdisjoint(self.words(i)):
                    group = new_group(self.sents[i].text[:4000])  # "a group calling itself X claimed ..."
                    if group is not None and group.kind == "belligerent":
                        counts[group.name] += 10
                        first.setdefault(group.name, group)
                        acting.add(group.name)
                        self.claimed.add(group.name)
                if not may_name_actor(self.sents[i].text, self.words(i)):
                    continue
                text = self.sents[i].text[:4000]
                goes_on = i > 0 and continues_denial(self.sents[i - 1].text, text)
                for m in find_actors(text, tokens=self.tokens(i), theatre=self.theatre, words=self.words(i)):
                    if m.entry.role != "claimant" and m.entry.kind == "belligerent":
                        # an actor doing something ("Russian missiles", "by the coalition") weighs
                        # more than one merely named ("Ukrainian officials", "a Ukrainian city")
                        score = perpetrator_score(text, m)
                        if score <= 0 and (accuses(text, m) or (i < 2 and _in_header(text, m.start, m.end))):
                            spoke.add(m.entry.name)  # an accuser or denier, or the author of a communique
                        if score < 0:
                            continue  # "a prison run by the Houthis" names an owner, not an attacker
                        claimed = claims_responsibility(text, m)
                        party = named_party(text, m)
                        if party and not claimed and score <= 2:
                            continue  # "Pizarro, candidate for the M-19 guerrilla group": the victim's party
                        if goes_on and not claimed:
                            continue  # a denier's counter-accusation in its next sentence
                        if claimed:
                            self.claimed.add(m.entry.name)
                        if _GROUP_AFTER.match(text, m.end) or _GROUP_BEFORE.search(text[max(0, m.start - 40):m.start]):
                            self.armed_groups.add(m.entry.name)
                        elif score == 0 and is_speaker(text, m):
                            continue  # a speaker ("the FMLN said"), a victim's party, a place
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
            else:  # one merely named ("talks between the FMLN and ...") yields to a typed author;
                # a speaker, denier or accuser (a communique's author) never authors by mention count
                typed = self._main_typed()
                named = [n for n, _c in counts.most_common() if n not in spoke]
                self._main = typed if typed is not None else first[named[0]] if named else None
        return self._main if isinstance(self._main, Actor) else None

    def acting(self, k: int) -> list[Actor]:
        """The known belligerents sentence k makes the author of its event ("Ukrainian drones hit a
        depot", "shelling by the RSF"), left to right; cached."""
        got = self._acting.get(k)
        if got is None:
            got = []
            text = self.sents[k].text[:4000]
            if may_name_actor(text, self.words(k)):
                for m in find_actors(text, tokens=self.tokens(k), theatre=self.theatre, words=self.words(k)):
                    if m.entry.role != "claimant" and m.entry.kind == "belligerent" \
                            and perpetrator_score(text, m) > 0 and not named_party(text, m):
                        got.append(actor_of(m))
            self._acting[k] = got
        return got

    def event_main(self, i: int) -> Actor | None:
        """The main perpetrator for a figure of sentence i: the document's, unless sentence i belongs
        to a later event (``segment``) whose own sentences make another belligerent act and never the
        document's ("Russian missiles struck Kharkiv ... On Tuesday, in a separate attack, Ukrainian
        drones hit Belgorod. Three people were killed there": Ukrainian forces)."""
        main = self.main_perpetrator()
        seg = self.segment(i) if main is not None else 0
        if seg == 0:
            return main
        own: Actor | None = None
        k = i
        while k >= 0 and i - k < _EVENT_REACH and self.segment(k) == seg:
            names = self.acting(k)
            if any(a.name == main.name for a in names):  # type: ignore[union-attr]
                return main
            if own is None and names:
                own = names[0]
            k -= 1
        return own or main

    def past_shooting(self, i: int) -> Actor | None:
        """The "gunman" of a past incident that sentence i of a US shooting story recalls for context
        ("The shooting came a month after nine people were killed at a church in Dayton", "the
        first deadly school shooting since 1997, when three students were killed"): US stories compare
        a shooting with earlier mass shootings, each a gunman's."""
        if not self.theatre or self.theatre[0] != "US" or not self.background(i):
            return None
        if self._shooting_story is None:
            self._shooting_story = _SHOOTING_STORY.search(self.text[:20_000]) is not None
        if not self._shooting_story:
            return None
        return Actor(name="gunman", text="gunman", kind="belligerent", identified=False)

    def _no_lone_gunman(self, typed: Actor) -> bool:
        """A "gunman" of a story that tells shots by several people (``shooters.several_shooters``)
        is no author for its other sentences."""
        if typed.name != "gunman":
            return False
        if self._several is None:
            self._several = several_shooters(self.text)
        return self._several

    def _main_typed(self) -> Actor | None:
        """With no named belligerent: the typed perpetrator ("urban guerrillas", "a death squad")
        the casualty sentences of the document name most often."""
        typed: Counter[str] = Counter()
        first: dict[str, Actor] = {}
        for i in range(min(len(self.sents), 400)):
            if self.words(i).isdisjoint(_GATE_WORDS):
                continue
            a = self.generic_author(i)
            if a is not None and a.name not in _STATE_FORCES and not self._no_lone_gunman(a) \
                    and not self.background(i):  # (an earlier attack told for context)
                typed[a.name] += 1
                first.setdefault(a.name, a)
        return first[typed.most_common(1)[0][0]] if typed else None
