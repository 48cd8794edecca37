"""Speed shortcuts of session s13 that must not change any output: the pre-test of a pattern every
match of which holds a character outside ASCII (``regex_speed.needs_other_character``, used by
``SentenceIndex.matching``), the choice of a pattern's required literals that passes over common
words ("the", "were"), the joint-forces story test behind its literal pre-test and the attacker
rules filtered only when a sentence gets to them. Each is checked against the plain reading. All
sentences are the team's own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import extract, regex_speed, victimdoc
from civcas.extract.jointforces import _data as _joint_data
from civcas.extract.regex_speed import literal_requirement, may_match, needs_other_character
from civcas.extract.sentindex import SentenceIndex
from civcas.extract.text import literal_view, sentences
from civcas.models import Document

_DASHED = [
    "Two brothers \u2013 Samir Aziz and Tarek Aziz \u2013 were killed when the shell hit the bakery.",
    "Three women \u2014 Leila Haddad, Mona Saleh and Rania Khoury \u2014 were killed in the strike on the clinic.",
    "Four sons \u2013 Adel, Bassam, Fuad and Nabil Qasem \u2013 were killed in the raid, their uncle said.",
]
# near misses: ASCII hyphens and a single dash never make a dashed list
_NEAR = [
    "Two brothers - Samir Aziz and Tarek Aziz - were killed when the shell hit the bakery.",
    "The shelling \u2013 the heaviest in weeks \u2013 damaged the water station.",
    "Officials said the market was hit twice on Friday morning.",
]


def test_a_class_of_dashes_needs_a_character_outside_ascii() -> None:
    assert needs_other_character(re.compile(r"\w+\s*[\u2013\u2014]\s*\w+"))
    assert needs_other_character(re.compile(r"(?:a|the) \u201cwar\u201d", re.IGNORECASE))
    assert needs_other_character(re.compile(r"(?:x\u2013|y\u2014)z"))  # every alternative holds one
    assert not needs_other_character(re.compile(r"\w+\s*[\u2013-]\s*\w+"))  # an ASCII hyphen will do
    assert not needs_other_character(re.compile(r"a\u2013?b"))  # optional
    assert not needs_other_character(re.compile(r"(?:x\u2013|y)z"))  # one alternative holds none
    # "\u0131" matches "i" and "I" case-insensitively: not a character ASCII text lacks
    assert not needs_other_character(re.compile("k\u0131lled", re.IGNORECASE))
    assert needs_other_character(victimdoc._rules().dashed)


def test_the_index_tries_such_a_pattern_only_where_such_a_character_is() -> None:
    rx = victimdoc._rules().dashed
    for text in (" ".join(_DASHED + _NEAR), " ".join(_NEAR), " ".join(_NEAR[2:] + _DASHED[:1])):
        sents = sentences(text)
        at = SentenceIndex(text, sents).matching(rx)
        for i, s in enumerate(sents):
            if rx.search(s.text) is not None:
                assert i in at, s.text
            if s.text.isascii():
                assert i not in at, s.text


def test_dashed_lists_are_still_read() -> None:
    for text, n in zip(_DASHED, (2, 3, 4), strict=True):
        assert len(victimdoc.collect(text, sentences(text))) == n, text
    for text in _NEAR[1:]:
        assert not victimdoc.collect(text, sentences(text))


def test_a_common_word_is_not_the_chosen_requirement() -> None:
    assert literal_requirement(re.compile(r"\bthe\s+bod(?:y|ies)\s+of\b", re.IGNORECASE)) == ("bod",)
    assert literal_requirement(re.compile(r"\b(?:were|their)\s+(?:also\s+)?(?:hit|cut)\b",
                                          re.IGNORECASE)) == ("cut", "hit")
    # a punctuation mark is still less selective than a common word
    assert literal_requirement(re.compile(r",\s*who\s+(?:fled|hid)\b")) == ("fled", "hid")
    assert regex_speed._weight("the") == regex_speed._weight(" were ") == 2


_WORDS = ["the", "bodies", "of", "were", "their", "also", "hit", "cut", "who", "fled", "hid", ",",
          "body", "Bod", "THE", "\u2013", "kılled", "police", "and", "army", "raid", "by", "joint"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_the_pre_tests_never_hide_a_match(words: list[str]) -> None:
    text = " ".join(words)
    low = text.lower() if text.isascii() else None
    for rx in (re.compile(r"\bthe\s+bod(?:y|ies)\s+of\b", re.IGNORECASE),
               re.compile(r"\b(?:were|their)\s+(?:also\s+)?(?:hit|cut)\b", re.IGNORECASE),
               re.compile(r"\w+\s*[\u2013\u2014]\s*\w+"), _joint_data()[0]):
        if rx.search(text) is not None:
            assert may_match(rx, text, low)
            assert may_match(rx, text, literal_view(text))


def _story(body: str) -> Document:
    return Document(id="s13-speed", text=body)


def test_joint_forces_story_test_after_its_pre_test() -> None:
    # (mixed case, ASCII: the literal pre-test is taken)
    joint = ("QUITO, 9 Apr 22 -- Five smugglers were shot dead near Tulcan when police and army units "
             "stormed a warehouse, the government said.")
    alone = ("QUITO, 9 Apr 22 -- Five smugglers were shot dead near Tulcan when army units stormed a "
             "warehouse, the government said.")
    names = {d: {f.perpetrator.name for f in extract(_story(d)) if f.perpetrator is not None} for d in (joint, alone)}
    assert names[joint] == {"Ecuadorean security forces"}
    assert names[alone] == {"Ecuadorean armed forces"}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["worst", "most", "mostly", "heaviest", "iest", "deadliest", "Deadliest", "biggest",
                        "largest", "greatest", "greater", "busiest\u00e9", "earliest", "attack", "a"]))
def test_the_superlative_word_pre_test_is_the_pattern(word: str) -> None:
    from civcas.extract import scope

    fast = word in scope._SUPERLATIVE_WORDS or (word.endswith("iest") and scope._SUPERLATIVE.match(word) is not None)
    assert fast == (scope._SUPERLATIVE.match(word) is not None)


def test_a_comparison_is_still_masked() -> None:
    from civcas.extract.scope import comparison_mask

    split = str.split
    lows = split("it was the heaviest raid on the port since the siege began , officials said")
    assert {3, 4} <= comparison_mask(lows)
    assert not comparison_mask(split("the raid on the port killed nine people , officials said"))
