"""Exact performance gates of the segmenter, the place reader and the actor finder: with a gate the
result is the one without it, and the gate really is consulted."""

from __future__ import annotations

import re

from civcas.extract.actors import find_actors
from civcas.extract.events import Segmenter, _firsts, segment
from civcas.extract.perpetrators import perpetrators_in
from civcas.extract.where import place_in

_WORDS = re.compile(r"[a-z]+")


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


# ------------------------------------------------------------------ find_actors(words=...)

def test_find_actors_with_the_callers_words_finds_the_same() -> None:
    for text in ("Israeli aircraft struck the house, killing six, the Gaza Health Ministry said.",
                 "The FMLN claimed responsibility for the attack on the army post.",
                 "Police said the gunman fled before officers arrived."):
        assert find_actors(text, words=_words(text)) == find_actors(text)
        # a superset of the words (the whole sentence for a cut text) finds the same too
        assert find_actors(text[:40], words=_words(text)) == find_actors(text[:40])


def test_find_actors_pre_test_uses_the_given_words() -> None:
    text = "Israeli aircraft struck the house, killing six."
    # (the pre-test runs before an answer is remembered, so the empty word set is tried first)
    assert find_actors(text, words=set()) == []  # the words given say no alias can occur
    assert find_actors(text)  # names the Israeli military


def test_perpetrators_in_passes_the_words_on() -> None:
    text = "Six people were killed when Russian missiles hit a school in Kharkiv."
    assert perpetrators_in(text, words=set()) == []  # (tried before any answer is remembered)
    assert perpetrators_in(text, words=_words(text)) == perpetrators_in(text)
    assert perpetrators_in(text)


# ------------------------------------------------------------------ Segmenter(words_of=...)

_STORY = [
    "An air strike hit a prison in Hodeidah on Monday, killing 12 inmates.",
    "Separately, shelling in Saada killed four people.",
    "Rescuers were still searching the prison ruins on Tuesday.",
    "A school nearby was also damaged.",
]
_PLACES = ["Hodeidah", "Saada", None, None]


def _events(words_of: object = None) -> list[int]:
    seg = Segmenter(_STORY, place_of=lambda i: _PLACES[i], day_of=lambda i: None,
                    words_of=words_of)  # type: ignore[arg-type]
    return [seg.event_of(i) for i in range(len(_STORY))]


def test_segmenter_with_word_sets_segments_the_same() -> None:
    plain = segment(_STORY, place_of=lambda i: _PLACES[i], day_of=lambda i: None)
    assert plain == [0, 1, 0, 0]  # "the prison" returns to the strike on the prison
    assert _events(lambda i: _words(_STORY[i])) == plain


def test_segmenter_target_pre_test_uses_the_word_sets() -> None:
    # word sets saying no target word occurs: "the prison" no longer returns to the first event
    assert _events(lambda i: set()) == [0, 1, 1, 1]


def test_target_first_words() -> None:
    assert _firsts(["refugee camp", "school"]) == frozenset({"refugee", "school"})
    assert _firsts(["school", "x-ray unit"]) is None  # not a plain first word: no pre-test
    assert _firsts(["40th brigade"]) is None


# ------------------------------------------------------------------ place_in pre-tests

def test_place_abbreviation_pre_test_keeps_saint_names_whole() -> None:
    got = place_in("Two men were shot dead in St. Louis on Friday night.")
    assert got is not None and got.name == "St Louis"
    got = place_in("A woman was killed in Ste. Genevieve on Sunday.")
    assert got is not None and got.name == "Ste Genevieve"


def test_place_near_pre_test_keeps_relative_places() -> None:
    got = place_in("The strike hit a car near Khan Younis, killing three.")
    assert got is not None and (got.name, got.relation) == ("Khan Younis", "near")
    got = place_in("Three were killed on the outskirts of Mosul.")
    assert got is not None and (got.name, got.relation) == ("Mosul", "outskirts of")
    assert place_in("three people were killed nearby.") is None


def test_find_actors_reads_possessives_only_where_an_apostrophe_is() -> None:
    for text in ("Hamas's armed wing said it fired the rockets.", "Hamas’s armed wing fired the rockets."):
        found = find_actors(text)
        assert [m.text for m in found][:1] == ["Hamas"]
    assert [m.text for m in find_actors("Hamas fighters fired the rockets.")][:1] == ["Hamas"]
