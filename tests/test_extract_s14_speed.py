"""Speed shortcuts of session s14 that must not change any output: a case-insensitive pattern run
case-sensitively on the lower-cased copy of an ASCII text (``regex_speed.folded_twin``, ``folded``,
``has_match``), and the bounded caches by pattern identity. Each is checked against the plain
reading. All sentences are the team's own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import regex_speed
from civcas.extract.denialforms import DENIAL, denies_harm
from civcas.extract.docstate import DEATH, INJURY
from civcas.extract.regex_speed import (
    folded,
    folded_finditer,
    folded_twin,
    found_in,
    has_match,
    needs_other_character,
    starts_with,
)

_SENTENCES = [
    "The army DENIED carrying out the raid on the camp near Ras Kamal on Sunday.",
    "Police said two men were Killed and four others Wounded when gunmen fired on the bus.",
    "A spokesman for the brigade called the reports baseless and said no civilians were hit.",
    "Residents of Tel Sabra said the shelling went on until dawn; nobody was hurt.",
    "The ministry said 14 people died in the collapse, which it blamed on heavy rain.",
    # near misses: the same words inside longer words, and no such word at all
    "The UNDENIABLE toll of the floods rose as the rivers burst their banks.",
    "Officials met the families at the town hall on Thursday afternoon.",
]


def test_a_lower_case_pattern_has_a_twin() -> None:
    rx = re.compile(r"\b(?:killed|wounded)\s+(?:by|in)\b", re.IGNORECASE)
    twin = folded_twin(rx)
    assert twin is not None and not twin.flags & re.IGNORECASE
    assert folded_twin(rx) is twin  # remembered


def test_no_twin_where_letter_case_matters() -> None:
    assert folded_twin(re.compile(r"\bkilled\b")) is None  # case-sensitive already
    assert folded_twin(re.compile(r"\b[A-Z]\w+ killed", re.IGNORECASE)) is None  # an upper-case class
    assert folded_twin(re.compile(r"\bKilled\b", re.IGNORECASE)) is None  # an upper-case letter
    assert folded_twin(re.compile(r"(?-i:[A-Z])\w+ said", re.IGNORECASE)) is None  # a case-sensitive group
    assert folded_twin(re.compile(r"\b(\w+) and \1\b", re.IGNORECASE)) is None  # a back reference
    # "\u0131" and "\u017f" match "i" and "s" case-insensitively: the lower-cased text holds no such character
    assert folded_twin(re.compile("k\u0131lled", re.IGNORECASE)) is None
    assert folded_twin(re.compile("[\u017fa]hot", re.IGNORECASE)) is None


def test_the_twin_finds_the_same_spans() -> None:
    for rx in (DENIAL, DEATH, INJURY, re.compile(r"(?P<n>\d+)\s+(?:people|men)\b", re.IGNORECASE)):
        assert folded_twin(rx) is not None
        for s in _SENTENCES:
            plain = [(m.span(), m.regs) for m in rx.finditer(s)]
            assert [(m.span(), m.regs) for m in folded_finditer(rx, s)] == plain
            assert has_match(rx, s, s.lower()) == bool(plain)
            assert has_match(rx, s, None) == bool(plain)
            assert found_in(rx, s) == bool(plain)
            assert starts_with(rx, s) == (rx.match(s) is not None)
            for k in range(0, len(s), 7):  # from later positions too
                assert starts_with(rx, s[k:]) == (rx.match(s[k:]) is not None)


def test_text_outside_ascii_is_read_as_written() -> None:
    rx = re.compile(r"\bkilled\b", re.IGNORECASE)
    s = "Two were KILLED in \u201cthe attack\u201d near the port."
    pattern, subject = folded(rx, s)
    assert pattern is rx and subject is s
    assert has_match(rx, s, None)


def test_denials_are_read_as_before() -> None:
    assert denies_harm("The brigade DENIED any role in the bombing of the school.")
    assert denies_harm("A spokesman called the claims baseless.")
    assert not denies_harm("The court denied bail to the two suspects on Monday.")
    assert not denies_harm("Nobody disputed the account given by the mayor.")


_WORDS = st.sampled_from(["killed", "KILLED", "Wounded", "by", "in", "the", "army", "Army", "12", "said",
                          ",", ".", "dead", "injured", "denied", "baseless", "-", "no"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=14))
def test_twins_agree_on_random_sentences(words: list[str]) -> None:
    s = " ".join(words)
    for rx in (DENIAL, DEATH, INJURY):
        assert [m.regs for m in folded_finditer(rx, s)] == [m.regs for m in rx.finditer(s)]


def test_caches_by_identity_are_bounded() -> None:
    size = regex_speed._CACHE_SIZE
    try:
        regex_speed._CACHE_SIZE = 8
        for k in range(40):
            rx = re.compile(rf"\bword{k}\b", re.IGNORECASE)
            needs_other_character(rx)
            folded_twin(rx)
            regex_speed.may_match(rx, "text", "text")
        assert len(regex_speed._OTHER) <= 8
        assert len(regex_speed._TWINS) <= 8
        assert len(regex_speed._REQUIREMENTS) <= 8
    finally:
        regex_speed._CACHE_SIZE = size
