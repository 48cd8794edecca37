"""Per-document state of the extractor (used by :mod:`civcas.extract.assemble`) and its word gates.

:class:`Doc` splits a document into sentences once and reads, lazily and cached per sentence, what
the figure builder asks for: tokens, words, place, date, segment (event), the place and date of
the nearest earlier sentence that has one, the author of an event and the document's main
perpetrator. The gate words say which sentences are looked at: casualty words (``GATE_WORDS``),
denials (:data:`civcas.extract.denialforms.DENIAL`) and admissions (``ADMIT``) by an attacker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from functools import cached_property

from civcas.extract.accused import accused_in
from civcas.extract.actors import actor_of, canonical_actor, find_actors, may_name_actor
from civcas.extract.agents import event_author, named_party
from civcas.extract.described import lone_description
from civcas.extract.docactors import register as register_document
from civcas.extract.events import Segmenter, apart_opening, mask_places, neutral_opening
from civcas.extract.mainvote import main_author, named_after_apart, recalls_that
from civcas.extract.perpetrators import (
    generic_perpetrator,
    is_speaker,
    perpetrator_score,
    pronoun_acts,
)
from civcas.extract.regex_speed import first_char_guard
from civcas.extract.shooters import background_event, lone_shooter, named_shooter, several_shooters
from civcas.extract.struckside import described_state
from civcas.extract.text import CAPITALS_HEAD, Token, mostly_capitals, sentences, tokenize
from civcas.extract.theatre import document_theatre
from civcas.extract.when import incident_date, statement_date
from civcas.extract.where import may_name_place, place_in
from civcas.extract.wireitems import apart_incident
from civcas.models import Actor, DateSpan, Document, Place

_WORDS = re.compile(r"[a-z]+")
# the trigger gate: a sentence is looked at only if one of these words (or word beginnings) occurs
GATE_WORDS = frozenset(
    ["kill", "kills", "killed", "killing", "killings", "dead", "death", "deaths", "die", "died", "dies", "dying", "wounded", "wounding", "wounds", "wound", "injured", "injuring", "injuries", "injury", "hurt", "toll", "tolls", "bodies", "body", "fatalities", "fatality", "fatal", "deadly", "fatally", "casualties", "casualty", "martyr", "martyrs", "martyred", "martyrdom", "missing", "lives", "life", "slain", "slaying", "slayings", "murder", "murdered", "murders", "murdering", "massacre", "massacred", "massacres", "executed", "execution", "executions", "executing", "detained", "detaining", "detention", "arrested", "arrest", "arrests", "abducted", "abducting", "abduction", "kidnapped", "kidnapping", "kidnappings", "away", "captured", "hostage", "hostages", "perished", "passed", "maimed", "gunned", "beheaded", "succumbed", "unaccounted", "rubble", "hospitalised", "hospitalized", "treated", "treatment", "corpse", "corpses", "seized", "shot", "assassinated", "assassination", "assassinations", "lynched", "slaughtered", "slaughter", "stabbed", "stabbing", "strikes", "carry", "conduct", "harmed", "buried", "remains", "deceased", "fatally", "mortally", "burial", "burials", "funeral", "funerals", "patients", "names", "neutralised", "neutralized", "struck", "grazed", "condition", "hospital", "hospitals", "hospitalization", "hospitalisation", "victims", "blew", "blown", "homicides", "homicide", "lost", "lose", "loses", "losing", "loss", "losses", "disappeared", "disappearance", "disappearances", "medical", "trauma", "clinic", "infirmary"]
)


# (speed) every ASCII character but a-z to a space: the ``[a-z]+`` runs of ASCII text are its split
_NOT_A_TO_Z = str.maketrans({c: " " for c in map(chr, range(128)) if not "a" <= c <= "z"})


def sentence_words(text: str) -> set[str]:
    low = text.lower()
    return set(low.translate(_NOT_A_TO_Z).split()) if low.isascii() else set(_WORDS.findall(low))


DEATH = re.compile(r"\b(?:dead|died|death|deaths|deceased|killed|killing|fatal|fatally|mortally|fatalities|"
                    r"bodies|lives)\b",
                    re.IGNORECASE)
DEATH = first_char_guard(DEATH)  # (speed: the same matches)
INJURY = re.compile(r"\b(?:wounded|injured|injuries|hurt|injuring|wounding)\b", re.IGNORECASE)
INJURY = first_char_guard(INJURY)  # (speed: the same matches)
# an admission by the attacker: "acknowledged responsibility", "mistakenly struck a house",
# "regrets the loss of civilian life", "something went tragically wrong", "a grave mistake",
# "wrongly targeted the hall", "regretted the harm to uninvolved civilians"
ADMIT = re.compile(r"\b(?:(?:acknowledg\w*|admitted|accepted|accepts|admits)\s+(?:\w+\s+)?responsibility|"
                    r"(?:mistakenly|wrongly|erroneously)\s+(?:struck|hit|targeted|killed|bombed|shelled)|"
                    r"(?:grave|tragic|terrible)\s+mistake|misidentification|"
                    r"regret(?:s|ted)?\s+the\s+harm|(?:struck|hit|targeted|killed)\s+"
                    r"(?:\w+\s+){0,4}(?:by\s+mistake|in\s+error)|went\s+(?:tragically\s+)?wrong|"
                    r"(?:may\s+have\s+)?(?:resulted\s+in|caused|causing)\s+(?:\w+\s+)?collateral\s+damage|"
                    r"regrets?\s+the\s+(?:loss|deaths?)|(?:was|were)\s+not\s+justified)", re.IGNORECASE)
ADMIT = first_char_guard(ADMIT)  # (speed: the same matches)
ADMIT_WORDS = frozenset({"responsibility", "mistakenly", "mistake", "error", "wrong", "collateral",
                          "regret", "regrets", "justified", "wrongly", "erroneously", "regretted",
                          "misidentification"})


# (an exact pre-test for the pattern built in ``generic_author``, which begins the same way)
_ITS_THEIR = re.compile(r"\b(?:its|their)\s", re.IGNORECASE)


STATE_FORCES = frozenset({"army", "armed forces", "security forces", "police", "soldiers", "troops"})
# how many sentences back a later event's own author is looked for (``event_main``)
_EVENT_REACH = 12


_BACKGROUND_DAYS = 365
_PUBLICATION = "on or just before publication"  # the text of a date read from the publication day
# a story about a shooting (a past incident it recalls is then a shooting too, ``past_shooting``)
_SHOOTING_STORY = re.compile(r"\b(?:shooting|shooter|gunman|gunfire|opened\s+fire|mass\s+shooting)\b", re.IGNORECASE)
_Day = date  # (inside Doc, "date" names its method)
# a recalled attack of another kind than a shooting: "in the Sept. 11 attacks", "the Oklahoma City bombing"
_OTHER_ATTACK = re.compile(r"\b(?:attacks|bombings?|bomb|explosions?|blasts?|crash(?:es)?|terror\w*|hijack\w*|arson|"
                           r"stabbings?|fire|blaze|riots?|war)\b", re.IGNORECASE)
# one unnamed attacker: "the suspect", "an attacker", "the assailant" (a shooting story's gunman)
_ONE_ATTACKER = re.compile(r"^(?:the|an?)\s+(?:lone\s+|suspected\s+|alleged\s+|teenage\s+)?(?:suspect|attacker|assailant)$",
                           re.IGNORECASE)


class Doc:
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
        self.last_toll: tuple[int, str] | None = None  # (sentence, outcome) of the last sentence's toll
        self._dates: dict[int, DateSpan | None] = {}
        self._background: dict[int, bool] = {}  # sentence -> tells a past incident (background)
        self._segments: Segmenter | None = None  # event index of each sentence (lazy, in order)
        self._main: Actor | bool | None = False
        self._typed: dict[int, Actor | None] = {}  # sentence -> the typed/unidentified attacker it names
        self._sole: dict[int, Actor | None] = {}  # event -> its one typed/unidentified attacker, if one
        self._generic_authors: dict[int, Actor | None] = {}  # sentence -> its generic_perpetrator (cached)
        self._acting: dict[int, list[Actor]] = {}  # sentence -> the known belligerents it makes act
        self.blamed: dict[int, Actor | None] = {}  # event -> the one party its sentences blame (eventblame)
        self.claimed: set[str] = set()  # actors the document makes answer for an attack
        self.armed_groups: set[str] = set()  # actors it calls a militant group ("Boko Haram militants")
        self.named_in: dict[str, set[int]] = {}  # the sentences that name each belligerent (main_author)
        self._named_events: dict[str, set[int]] = {}  # the events of those sentences (read when asked)
        self.named_at: dict[str, int] = {}  # the first sentence that names each belligerent as a possible author
        self.named: set[str] = set()  # ids of single named-victim figures
        self.kin_lists: set[str] = set()  # ids of the totals of relatives named by kinship alone (lists.py)
        self.generic: set[str] = set()  # ids of figures with no person noun (deaths, bodies, dead)
        self.count_spans: dict[str, tuple[int, int]] = {}  # figure id -> its count's start, noun phrase end
        self.split_parts: set[str] = set()  # ids of the parts of a toll split in the next sentence (partitions)
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
            got = self._words[i] = sentence_words(self.sents[i].text)
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
            ref = self.lead_day
            self._background[i] = background_event(
                self.sents[i].text, year=ref.year if ref is not None else None) or (
                d is not None and ref is not None and (ref - d.end).days > _BACKGROUND_DAYS) or (
                d is None and i > 0 and self.sents[i - 1].paragraph == self.sents[i].paragraph
                and recalls_that(self.sents[i].text[:400]) and self.background(i - 1))  # "... during that protest"
        return self._background[i]

    @cached_property
    def lead_day(self) -> _Day | None:
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
        first date stated later for the same event (a follow-up dates the event further down),
        else the day sentence i's statement was made ("police said on Thursday that ..."), else in a
        US story the publication day and the day before (precision "days", text :data:`_PUBLICATION`)."""
        v = self._back(i, self.date)
        if v is None:
            event = self.segment(i)
            v = next((d for k in range(i + 1, min(len(self.sents), 400))
                      if (d := self.date(k)) is not None and self.segment(k) == event
                      and not self.background(k)), None)  # (not "wrote a book in 2005")
        if v is None:  # at last the day of the statement: the event was then or shortly before
            v = statement_date(self.sents[i].text, self.published)
        if v is None and self.published is not None and self.theatre[:1] == ("US",):
            # a US local news report that dates its event nowhere tells a shooting of that day or the
            # night before ("Detectives report a teenager dead after gunfire on Elm Road")
            v = DateSpan(self.published - timedelta(days=1), self.published, "days", _PUBLICATION)
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
        for k in lead:
            v = get(k) if self.segment(k) == event else None
            if v is not None:
                return v
        # the sentences before i (all read by the segmenter: segment(i) read them) of the same event
        for k in self._segments.of_event(event, min(i, 400)) if self._segments is not None else ():
            v = get(k)
            if v is not None:
                return v
        return None

    def author(self, k: int) -> Actor | None:
        """The typed or unidentified attacker sentence k names, other than the state's forces
        ("unidentified persons threw a grenade"); cached."""
        if k not in self._typed:
            typed = self.generic_author(k)
            if typed is not None and typed.name in STATE_FORCES:
                typed = self._theatre_army(typed)  # "gunned down by soldiers of the regime": the army
            elif typed is None and self.theatre and self.theatre[0] != "US":
                # the accused a neighbouring sentence names ("X and Y were charged with the murder")
                typed = accused_in(self.sents[k].text[:2000], theatre=self.theatre)
            self._typed[k] = typed if typed is not None and not self.no_lone_gunman(typed) else None
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
            got = generic_perpetrator(text) or lone_shooter(text)
            got = described_state(self.theatre, got) if got is not None else None  # "agents of the state"
            if got is None and self.theatre[:1] == ("US",) and self._is_shooting_story():
                got = named_shooter(text)  # "Jarrod Smith, 38, of Laurel, killed five employees"
            if got is not None and got.kind == "belligerent" and i > 0 and _ITS_THEIR.search(text) and re.search(
                    r"\b(?:its|their)\s+" + re.escape(got.text) + r"\b", text, re.IGNORECASE):
                # "Boko Haram has raided towns in Chad too. In 2016 its fighters killed 60 villagers": the
                # one belligerent the sentence before makes act
                before = self.acting(i - 1)
                if len({a.name for a in before}) == 1:
                    got = Actor(name=before[0].name, text=got.text, kind="belligerent")
            if got is not None and not got.identified and got.name != "gunman" \
                    and (_ONE_ATTACKER.match(got.text) or lone_description(got.text)) \
                    and self.theatre[:1] == ("US",) and self._is_shooting_story() and not self.no_lone_gunman(
                        Actor(name="gunman", text=got.text, kind="belligerent", identified=False)):
                # "The suspect surrendered to officers", "a man carrying a rifle shot three people" in a US
                # shooting story: the story's gunman
                got = Actor(name="gunman", text=got.text, kind="belligerent", identified=False)
            self._generic_authors[i] = got
        return self._generic_authors[i]

    def _is_shooting_story(self) -> bool:
        if self._shooting_story is None:
            self._shooting_story = _SHOOTING_STORY.search(self.text[:20_000]) is not None
        return self._shooting_story

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
        """The story's main belligerent (:func:`civcas.extract.mainvote.main_author`); cached."""
        if self._main is False:
            self._main = main_author(self)
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
            told = self.pronoun_author(k)
            if told is not None and all(a.name != told.name for a in got):
                got.append(told)
            self._acting[k] = got
        return got

    def pronoun_author(self, k: int) -> Actor | None:
        """The belligerent speaker of sentence k-1 when sentence k goes on with it as "it"/"they"
        doing or owning the act ("The army said it was reviewing the reports. In a later statement
        it added that its raid had been aimed at a commander." -> the army)."""
        if k <= 0 or self.words(k).isdisjoint(("it", "they")) or not pronoun_acts(self.sents[k].text[:400]):
            return None
        prev = self.sents[k - 1].text[:4000]
        if not may_name_actor(prev, self.words(k - 1)):
            return None
        for m in find_actors(prev, tokens=self.tokens(k - 1), theatre=self.theatre, words=self.words(k - 1)):
            if m.entry.role != "claimant" and m.entry.kind == "belligerent" and is_speaker(prev, m) \
                    and perpetrator_score(prev, m) >= 0:
                return actor_of(m)
        return None

    def main_for(self, i: int) -> Actor | None:
        """The story's main belligerent, unless only events the story tells after the one of
        sentence i name it ("... gunmen abducted 25 farmers. In another incident, rebels raided a
        police post": the rebels are not the abductors)."""
        main = self.main_perpetrator()
        if main is None or i < 0:
            return main
        where = self._named_events.get(main.name)
        if where is None and (named := self.named_in.get(main.name)) is not None:
            where = self._named_events[main.name] = {self.segment(k) for k in named}  # the events naming it
        if where is None:  # a typed main author ("bank robbers"): the events whose sentences name it
            where = {self.segment(k) for k in range(min(len(self.sents), 400))
                     if (a := self.generic_author(k)) is not None and a.name == main.name}
        if where and min(where) > self.segment(i) and all(self._set_apart(e) for e in where):
            return None
        if apart_incident(self, i, main):
            return None  # a later incident of a wire round-up that never names the lead author
        return None if named_after_apart(self, i, main) else main

    def _set_apart(self, event: int) -> bool:
        """The first sentence of an event opens it as another incident ("separately", "in another
        incident": ``separate`` and ``neutral`` in ``events.toml``), not merely by a new place or day."""
        k = next((k for k in range(min(len(self.sents), 400)) if self.segment(k) == event), None)
        return k is not None and apart_opening().search(self.sents[k].text[:300]) is not None

    def event_main(self, i: int) -> Actor | None:
        """The main perpetrator for a figure of sentence i: the document's, unless sentence i belongs
        to a later event (``segment``) whose own sentences make another belligerent act and never the
        document's ("Russian missiles struck Kharkiv ... On Tuesday, in a separate attack, Ukrainian
        drones hit Belgorod. Three people were killed there": Ukrainian forces)."""
        main = self.main_for(i)
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
        if own is None and k >= 0 and self.segment(k) != seg and neutral_opening().match(self.sents[k + 1].text):
            return None  # "In another incident, two farmers were found shot dead": no author told
        return own or main

    def past_shooting(self, i: int) -> Actor | None:
        """The "gunman" of a past incident that sentence i of a US shooting story recalls for context
        ("The shooting came a month after nine people were killed at a church in Dayton", "the
        first deadly school shooting since 1997, when three students were killed"): US stories compare
        a shooting with earlier mass shootings, each a gunman's."""
        if not self.theatre or self.theatre[0] != "US" or not self.background(i):
            return None
        if not self._is_shooting_story():
            return None
        text = self.sents[i].text[:2000]
        if _SHOOTING_STORY.search(text) is None and _OTHER_ATTACK.search(text) is not None:
            return None  # "the 1995 bombing that left 160 people dead": no shooting recalled
        return Actor(name="gunman", text="gunman", kind="belligerent", identified=False)

    def no_lone_gunman(self, typed: Actor) -> bool:
        """A "gunman" of a story that tells shots by several people (``shooters.several_shooters``)
        is no author for its other sentences."""
        if typed.name != "gunman":
            return False
        if self._several is None:
            self._several = several_shooters(self.text)
        return self._several
