"""One document, several events: which event each sentence is about, and which places are not
the event's own.

A news article often reports more than one incident: "In a separate attack in Hodeidah ...",
"A second bomb in the Madina district ...", a nationwide toll followed by a local one. Without
segmentation, the figures of the later incidents inherit the lead incident's place and date, and
linking joins them. :func:`segment` gives every sentence an **event index** within its document
(0 for the lead event), deterministically, from cues in ``civcas/data/extract/events.toml``:

- a *separate* cue ("separately", "in a separate attack", "elsewhere") opens a new event;
- a *weak* cue ("another strike", "a second bomb", "meanwhile") opens one when the sentence also
  names a place the current event does not;
- a new place together with a new day (more than a day away from every date of the current
  event) opens one;
- after a nationwide toll ("across the country"), a sentence naming a place opens one, and
  a nationwide toll after a local event does too;
- a sentence naming the place of an earlier event, or the definite "the <target>" ("the prison")
  of an earlier event only, returns to that event; "the strike" and other sentences stay with the
  most recent event.

:func:`mask_places` hides the places that locate a speaker ("told reporters in Geneva", "officials
in Kyiv said", "Rescuers from the White Helmets said") or an earlier event the sentence refers to
("after a drone attack on Abu Dhabi") so that they never become an incident's place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import folded_search, literal_alternation, literal_requirement
from civcas.extract.text import ascii_fold_exact, literal_view

_NAME = r"(?:(?:al-|el-|Al-|El-|Al |El )?[A-Z][\w’'\-]+(?:[ \-](?:(?:al|el|ad|as|ar|ash|de|bin|abu|Abu)[ \-])?[A-Z][\w’'\-]+){0,3})"
_WORD = re.compile(r"[a-z0-9]+")
# words of place names that say nothing about which place it is
_GENERIC = frozenset({"al", "el", "the", "city", "town", "village", "district", "province", "governorate",
                      "region", "area", "camp", "neighbourhood", "neighborhood", "north", "south", "east",
                      "west", "northern", "southern", "eastern", "western", "central", "old", "new",
                      "oblast", "county", "state", "strip"})


@dataclass(frozen=True, slots=True)
class _Rx:
    """A pattern and the lower-case literals one of which every match holds (None: none known),
    for an exact pre-test on ASCII text (:func:`civcas.extract.regex_speed.literal_requirement`)."""

    rx: re.Pattern[str]
    need: tuple[str, ...] | None

    @classmethod
    def of(cls, rx: re.Pattern[str]) -> _Rx:
        return cls(rx, literal_requirement(rx))

    def may(self, low: str | None) -> bool:
        """False when the pattern certainly has no match in a text whose
        :func:`~civcas.extract.text.literal_view` is ``low`` (None: nothing is known)."""
        return low is None or self.need is None or any(map(low.__contains__, self.need))

    def found(self, text: str, low: str | None) -> bool:
        return self.may(low) and folded_search(self.rx, text, low) is not None


@dataclass(frozen=True, slots=True)
class _Cues:
    separate: _Rx
    weak: _Rx
    wide: _Rx
    masks: tuple[_Rx, ...]
    mask_need: tuple[str, ...] | None  # every literal of masks and background (one pre-test for all)
    speaker: re.Pattern[str]
    speech: tuple[str, ...]  # lower-case speech verbs: every speaker match holds one
    background: tuple[_Rx, ...]
    harm: re.Pattern[str]
    outcome: _Rx
    targets: re.Pattern[str]  # any mention of a target word
    targets_lower: re.Pattern[str] | None  # the same for lower-cased ASCII text, case-sensitive
    canon: dict[str, str]  # target word -> its group's first word
    target_firsts: frozenset[str] | None  # the first word of every target (None: no word pre-test)
    named: re.Pattern[str]  # "the <Place> incident": an incident named by its place
    named_not: frozenset[str]  # lower-case words that make such a name a day ("the Monday incident")


def _alt(items: Sequence[str]) -> str:
    return "(?:" + "|".join(f"(?:{x})" for x in items) + ")"


def _words(items: Sequence[str]) -> str:
    """The alternation of ``items`` for a place where a word boundary or a space follows. When
    every item is one plain word, at most one of them can match at a position there (a shorter
    word is followed by a letter of the longer), so their order does not matter and the
    alternation is compiled as a character trie (many times faster); else the plain alternation."""
    if items and all(re.fullmatch(r"[A-Za-z]+", w) for w in items):
        return literal_alternation(items, flags=re.IGNORECASE).pattern
    return _alt(items)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_toml("extract", "events.toml")
    name = f"(?P<name>{_NAME})"
    canon = {str(w).lower(): str(g[0]).lower() for g in data["targets"] for w in g}
    nouns = _words([re.escape(str(w)) for w in data["speaker_nouns"]])
    verbs = _words([re.escape(str(w)) for w in data["speech_verbs"]])
    masks = tuple(_Rx.of(re.compile(r"\b" + str(p).replace("{name}", name)))
                  for p in (*data["speaker"], *data.get("treatment", [])))
    background = tuple(_Rx.of(re.compile(r"\b" + str(p).replace("{name}", name))) for p in data["background"])
    needs = [g.need for g in (*masks, *background)]
    return _Cues(
        # (an opening that tells another event without naming its author opens one too)
        separate=_Rx.of(re.compile(r"\b" + _alt([*data["separate"], *data.get("neutral", [])]) + r"\b", re.IGNORECASE)),
        weak=_Rx.of(re.compile(r"\b" + _alt(data["weak"]) + r"\b", re.IGNORECASE)),
        wide=_Rx.of(re.compile(r"\b" + _alt(data["wide"]) + r"\b", re.IGNORECASE)),
        masks=masks,
        mask_need=None if None in needs else tuple(sorted({w for n in needs if n for w in n})),
        # "officials in Kyiv said", "volunteers from the White Helmets said",
        # "the health department in Saada province, where ..., said"
        speaker=re.compile(r"\b(?:(?i:" + nouns + r")\s+(?:in|from|of|at)\s+(?:the\s+)?" + name.replace("name", "name1")
                           + r"(?:[^.;:]{0,120}?)\b(?i:" + verbs + r")\b|(?:in|from|at)\s+(?:the\s+)?"
                           + name.replace("name", "name2") + r"\s+(?i:" + verbs + r")\b)"),
        speech=tuple(str(w).lower() for w in data["speech_verbs"]),
        background=background,
        outcome=_Rx.of(re.compile(r"\b" + _words([str(w) for w in data["harm_outcomes"]]) + r"\b", re.IGNORECASE)),
        harm=re.compile(r"\b" + _words([re.escape(str(w)) for w in data["harm_words"]]) + r"\b", re.IGNORECASE),
        # the target words longest first, as a character trie (regex_speed.literal_alternation)
        targets=re.compile(r"\b(the\s+(?:[a-z\-]+\s+)?)?("
                           + literal_alternation(canon, after=r"\b", flags=re.IGNORECASE).pattern + ")",
                           re.IGNORECASE),
        # on ASCII text the lower-cased pattern finds the same in the lower-cased text, faster
        targets_lower=re.compile(r"\b(the\s+(?:[a-z\-]+\s+)?)?(" + literal_alternation(canon, after=r"\b").pattern
                                 + ")") if ascii_fold_exact(canon) else None,
        canon=canon,
        target_firsts=_firsts(canon),
        named=re.compile(r"\bthe\s+" + name + r"\s+" + _words([re.escape(str(w)).replace(r"\ ", r"\s+")
                                                             for w in data["named_incident"]]) + r"\b"),
        named_not=frozenset(str(w).lower() for w in data["named_incident_not"]),
    )


def _firsts(targets: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``targets``, for an exact pre-test on the ``[a-z]+`` words of a lower-cased
    ASCII sentence (a target is matched whole, case-insensitively); None when a target does not
    begin with a plain word (then no pre-test)."""
    out: set[str] = set()
    for t in targets:
        m = re.match(r"[a-z]+(?=\s|$)", t)
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


def mask_places(text: str) -> str:
    """``text`` with the names that locate a speaker or an earlier event blanked out (same length),
    for the place reader (:func:`civcas.extract.where.place_in`)."""
    c = _cues()
    spans: list[tuple[int, int]] = []
    # exact pre-tests: a pattern whose required words are absent cannot match
    low = literal_view(text)
    masks = low is None or c.mask_need is None or any(map(low.__contains__, c.mask_need))
    for g in c.masks if masks else ():
        if g.may(low):
            spans.extend(m.span("name") for m in g.rx.finditer(text))
    if low is None or any(map(low.__contains__, c.speech)):
        for m in c.speaker.finditer(text):
            if not c.harm.search(text, 0, m.start()):  # "a strike hit a hospital in X, officials said"
                spans.extend(_names(m))
    for g in c.background if masks else ():
        if not g.may(low):
            continue
        for m in g.rx.finditer(text):
            if c.harm.search(text, 0, m.start()):  # "killed 70 ... after a drone attack on X"
                spans.append(m.span("name"))
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        if a >= 0:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def _names(m: re.Match[str]) -> list[tuple[int, int]]:
    return [m.span(k) for k, v in m.groupdict().items() if k.startswith("name") and v]


def place_words(name: str | None) -> frozenset[str]:
    """The distinguishing words of a place name ("al-Jadida district, west Mosul" -> jadida, mosul)."""
    if not name:
        return frozenset()
    return frozenset(w for w in _WORD.findall(name.lower()) if len(w) > 2 and w not in _GENERIC)


@dataclass(slots=True)
class _Event:
    places: set[str] = field(default_factory=set)  # distinguishing words of its places
    # ordinal spans of its day-level dates, read lazily: ``pending`` holds its sentences not yet read
    days: list[tuple[int, int]] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    targets: set[str] = field(default_factory=set)
    wide: bool = False
    harm: bool = False  # one of its sentences reports harm


def _near(day: tuple[int, int], days: list[tuple[int, int]]) -> bool:
    return any(max(0, day[0] - b, a - day[1]) <= 1 for a, b in days)


def segment(texts: Sequence[str], *, place_of: Callable[[int], str | None],
            day_of: Callable[[int], tuple[int, int] | None]) -> list[int]:
    """The event index (0, 1, ...) of each sentence of one document, in order (see module doc).

    ``place_of(i)``: the place name sentence ``i`` gives for its event (already masked), or None;
    ``day_of(i)``: the (start, end) proleptic ordinals of the day-level date it gives, or None.
    """
    seg = Segmenter(texts, place_of=place_of, day_of=day_of)
    return [seg.event_of(i) for i in range(len(texts))]


class Segmenter:
    """:func:`segment`, computed lazily: :meth:`event_of` reads sentences (and calls ``place_of``
    and ``day_of``) only up to the one asked about, so a document whose figures stand early is
    never read to its end; ``day_of`` only for the sentences whose date decides something (most
    never do, and reading a date costs as much as reading a place). The result for every
    sentence is the same as :func:`segment`'s."""

    def __init__(self, texts: Sequence[str], *, place_of: Callable[[int], str | None],
                 day_of: Callable[[int], tuple[int, int] | None],
                 words_of: Callable[[int], set[str]] | None = None) -> None:
        self._texts = texts
        self._place_of = place_of
        self._day_of = day_of
        # the ``[a-z]+`` words of ``texts[i].lower()`` (the caller's cache), for an exact pre-test
        self._words_of = words_of
        self._events = [_Event()]
        self._cur = 0
        self._out: list[int] = []

    def __len__(self) -> int:
        return len(self._texts)

    def of_event(self, event: int, n: int) -> list[int]:
        """The sentences before ``n`` (all read already: ``n`` <= the sentences read) of ``event``,
        in order."""
        if n > len(self._out):
            raise IndexError(n)
        return [k for k, e in enumerate(self._out[:n]) if e == event]

    def event_of(self, i: int) -> int:
        """The event index of sentence ``i`` (0 <= i < len)."""
        if not 0 <= i < len(self._texts):
            raise IndexError(i)
        while len(self._out) <= i:
            self._step(len(self._out))
        return self._out[i]

    def _step(self, i: int) -> None:
        c = _cues()
        text = self._texts[i]
        events = self._events
        cur = self._cur
        words = place_words(self._place_of(i))
        low = literal_view(text)  # for the exact literal pre-tests
        wide = c.wide.found(text, low)
        here = events[cur]
        new_place = bool(words) and bool(here.places) and words.isdisjoint(here.places)
        harm = c.outcome.found(text, low)
        opened = bool(here.places or here.wide or here.targets or here.harm or self._days(here))
        new = opened and (
            c.separate.found(text, low)
            or (new_place and (c.weak.found(text, low)
                               or ((day := self._day_of(i)) is not None and bool(self._days(here))
                                   and not _near(day, here.days))))
            or (harm and ((here.wide and bool(words) and not wide and words.isdisjoint(here.places))
                          or (wide and not here.wide and bool(here.places) and not words & here.places))))
        if (self._words_of is not None and c.target_firsts is not None and text.isascii()
                and c.target_firsts.isdisjoint(self._words_of(i))):
            found: list[tuple[bool, str]] = []  # no target word begins in the sentence
        else:
            matches = c.targets_lower.finditer(low) if text.isascii() and low and c.targets_lower is not None \
                else c.targets.finditer(text)
            found = [(m.group(1) is not None, c.canon[m.group(2).lower()]) for m in matches]
        targets = {t for _d, t in found}
        definite = {t for d, t in found if d}
        if new:
            events.append(_Event())
            cur = len(events) - 1
        elif cur > 0:
            back = _earlier(events, cur, words, definite)
            if back is None and (named := c.named.search(text)) is not None \
                    and c.named_not.isdisjoint(named.group("name").lower().split()):
                # "Airwars assesses the Azizabad incident as Fair": the event whose sentences name that place
                back = self._named_earlier(named.group("name"), cur)
            if back is not None:
                cur = back
        ev = events[cur]
        ev.places |= words
        ev.pending.append(i)  # its date, if one is ever asked for
        ev.targets |= targets
        ev.wide = ev.wide or wide
        ev.harm = ev.harm or harm
        self._cur = cur
        self._out.append(cur)

    def _named_earlier(self, name: str, cur: int) -> int | None:
        """The earlier event whose sentences name ``name`` first ("the Azizabad incident" -> the event of
        "raided the village of Azizabad"), unless the current event names it too."""
        word = re.compile(r"\b" + re.escape(name) + r"\b")
        hits = [e for k, e in enumerate(self._out) if word.search(self._texts[k]) is not None]
        return hits[0] if hits and cur not in hits and hits[0] < cur else None

    def _days(self, ev: _Event) -> list[tuple[int, int]]:
        """The day-level dates of the event's sentences (read now for the sentences not yet read)."""
        if ev.pending:
            ev.days.extend(d for k in ev.pending if (d := self._day_of(k)) is not None)
            ev.pending.clear()
        return ev.days


def _earlier(events: list[_Event], cur: int, words: frozenset[str], targets: set[str]) -> int | None:
    """An earlier event the sentence returns to: it names that event's place (and not the current
    one's), or a target only that event named ("the prison")."""
    here = events[cur]
    if words and words.isdisjoint(here.places):
        for k in range(cur - 1, -1, -1):
            if words & events[k].places:
                return k
    own = targets - here.targets
    if own and not targets & here.targets:
        for k in range(cur - 1, -1, -1):
            if own & events[k].targets:
                return k
    return None


@lru_cache(maxsize=1)
def apart_opening() -> re.Pattern[str]:
    """A cue that opens another incident whatever else the sentence says (``separate`` and ``neutral``
    in ``events.toml``)."""
    data = load_toml("extract", "events.toml")
    return re.compile(r"\b(?:" + "|".join([*data.get("separate", []), *data.get("neutral", [])]) + r")\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def neutral_opening() -> re.Pattern[str]:
    """An opening that tells another event without hinting at its author (``neutral`` in
    ``events.toml``: "In another incident, ...")."""
    words = load_toml("extract", "events.toml").get("neutral", [])
    return re.compile(r"^\W*(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def unknown_author() -> re.Pattern[str]:
    """A statement that the author of an event is not known ("No group has claimed responsibility",
    "police do not know who fired": ``unknown_author`` in ``events.toml``)."""
    words = load_toml("extract", "events.toml").get("unknown_author", [])
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
