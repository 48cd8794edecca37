"""Exact pre-tests: the literal requirements of a pattern (``regex_speed.literal_requirement``, kept
minimal) and the tally reader's pre-tested search (``scope.event_tally``) answer as the plain
pattern search does. All sentences are the team's own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract.regex_speed import literal_requirement, may_match
from civcas.extract.scope import _event_cues, _length, event_tally

_WORDS = ["in", "more", "than", "40", "separate", "attacks", "during", "the", "three", "-", "month",
          "siege", "has", "left", "since", "january", "so", "far", "this", "year", "alone", "killed",
          "over", "a", "period", "of", "six", "weeks", "clashes", "between", "troops", "and", "rebels",
          "1998", "dozens", "bombs", "its", "long", "war", "offensive", "twelve", "raids", "_", ","]


def _plain(window: str) -> bool:
    return bool(_event_cues().search(window) or _length(window))


def test_event_tally_reads_its_cues() -> None:
    assert event_tally("killed in 14 separate attacks across the province")
    assert event_tally("during their 9 - year - long war against the state")
    assert not event_tally("two people were killed in the raid on tuesday")
    assert event_tally("IN 2019 ALONE , SIX TEENS WERE SHOT".lower())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
def test_event_tally_is_the_plain_search(window: str) -> None:
    assert event_tally(window) == _plain(window)
    assert event_tally(window.upper()) == _plain(window.upper())


def test_a_requirement_keeps_only_the_literals_no_other_one_holds() -> None:
    rx = re.compile(r"\b(?:recall(?:ed|s|ing)?|remembered|remember|in\s+memory\s+of)\b", re.IGNORECASE)
    req = literal_requirement(rx) or ()
    assert req == ("memory", "recall", "remember")  # not "recalled", "remembered", ...
    assert not any(a != b and a in b for a in req for b in req)


_SPEECH = ["she", "recalled", "the", "day", "we", "remember", "them", "in", "memory", "of", "recalls",
           "nothing", "REMEMBERED", "rec", "all", "mem", "ory", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPEECH), max_size=12).map(" ".join))
def test_a_minimal_requirement_still_never_misses_a_match(text: str) -> None:
    rx = re.compile(r"\b(?:recall(?:ed|s|ing)?|remembered|remember|in\s+memory\s+of)\b", re.IGNORECASE)
    if rx.search(text):
        assert may_match(rx, text, text.lower())
