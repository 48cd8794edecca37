"""Speed shortcuts that must not change any output: lazy event segmentation, the shared victim-list
candidates, the atomic name run of victimdoc and the pre-tests of the speaker-place mask."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import victimdoc
from civcas.extract.events import Segmenter, mask_places, segment
from civcas.extract.text import sentences
from civcas.extract.victimlist import victim_lists

_SENTENCES = [
    "A drone strike hit a house in Deir al-Balah on Monday, killing four people.",
    "Separately, two men were killed when a shell struck the market in Rafah.",
    "The prison was hit again on Tuesday.",
    "Meanwhile another strike in Jabalia killed a child.",
    "Across the country, 40 people have died this week.",
    "Officials in Geneva said the school had been used as a shelter.",
    "The strike left the hospital without power.",
    "Residents said nothing else.",
]
_PLACES = [None, "Deir al-Balah", "Rafah", "Jabalia", "Gaza City", "Khan Younis"]
_DAYS = [None, (738950, 738950), (738951, 738951), (738960, 738961)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from(_PLACES), st.sampled_from(_DAYS)),
                min_size=1, max_size=12),
       st.lists(st.integers(min_value=0, max_value=11), max_size=6))
def test_lazy_segmenter_equals_segment(rows: list[tuple[str, str | None, tuple[int, int] | None]],
                                       asks: list[int]) -> None:
    texts = [r[0] for r in rows]
    whole = segment(texts, place_of=lambda i: rows[i][1], day_of=lambda i: rows[i][2])
    read: list[int] = []

    def place_of(i: int) -> str | None:
        read.append(i)
        return rows[i][1]

    seg = Segmenter(texts, place_of=place_of, day_of=lambda i: rows[i][2])
    for k in asks:  # asked in any order, each sentence is read once, in order, and only as far as asked
        if k < len(texts):
            assert seg.event_of(k) == whole[k]
            assert read == list(range(len(read))) and len(read) == max(read) + 1
            assert len(read) <= max(a for a in asks if a < len(texts)) + 1
    assert [seg.event_of(i) for i in range(len(texts))] == whole


def test_victim_lists_shared_candidates_match_fresh_calls() -> None:
    text = ("Omar Haddad, 34, and his wife Lina were killed in the strike. "
            "The dead were identified as Karim Aziz, 7, and Sami Aziz, 4. "
            "Later the dead man was identified as Adel Saleh, 52.")
    sents = sentences(text)
    one_then_two = (victim_lists(text, sents, single=True), victim_lists(text, sents))
    fresh_two = victim_lists(text + " ", sentences(text + " "))
    fresh_one = victim_lists(text + "  ", sentences(text + "  "), single=True)
    assert one_then_two[1] == fresh_two
    assert one_then_two[0] == fresh_one
    assert len(one_then_two[0]) > len(one_then_two[1]) >= 1


_OLD_NAME_RUN = r"((?:(?:[A-Z][\w’'\-]+|(?:al|el)-[A-Z][\w\-]*)\s*){1,6})"
_WORDS = st.sampled_from(["Omar", "McDonald", "JOHN", "al-Hassan", "el-Sayed’s", "Haddad", "the", "a",
                          "militant", "commander", "named", "fighter", ",", ", a", "AbuBakr", "O'Neil",
                          "SMITH-JONES", "Kh", "\n", "an", "local"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_atomic_name_run_matches_like_the_backtracking_one(words: list[str]) -> None:
    text = " ".join(words)
    r = victimdoc._rules()
    for rx in (r.near_combatant, r.combatant_after):
        old = re.compile(rx.pattern.replace(victimdoc._NAME_RUN, _OLD_NAME_RUN), rx.flags)
        assert old.pattern != rx.pattern
        assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
            [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_mask_pretests_keep_non_ascii_text() -> None:
    # "ſ" (long s) matches "s" case-insensitively: non-ASCII text skips the literal pre-tests
    assert mask_places("Officials in Kyiv ſaid 3 people died.") != "Officials in Kyiv ſaid 3 people died."
    assert "Geneva" not in mask_places("The minister told reporters in Geneva that 12 civilians died.")
    text = "A strike on Mosul killed 12 civilians."
    assert mask_places(text) is text
