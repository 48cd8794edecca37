"""Speed shortcuts of the named-victim readers that must not change what they count: a list read
for its named persons only is skipped when it holds no capital letter. All sentences are the
team's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract.regex_speed import literal_requirement, requirement_of
from civcas.extract.victimitems import tables
from civcas.extract.victimlist import read_list

_ITEMS = ["Rami Saleh, 31", "his wife Dunya", "their two sons", "a neighbour", "an elderly man",
          "(7)", "aged 40", "and", "Lina", "al-Masri", "the driver", "were not released", "her mother",
          "whose names", "twins Adam and Yara", "5", "; ", ", ", ".", " and "]


def test_a_list_without_a_capital_letter_is_not_read_for_names() -> None:
    text = "Officials said the identities of those who died were withheld by the clinic."
    start = text.index("were")
    assert read_list(text, start, named_only=True) == ([], start, False)
    persons, _end, _partial = read_list(text, start)
    assert not any(p.named for p in persons)


def test_a_list_with_names_is_read_the_same() -> None:
    text = "The dead were identified as Omar Khalil, 44, his daughter Sana, 9, and a cousin."
    start = text.index("as ") + 3
    assert read_list(text, start, named_only=True) == read_list(text, start)
    assert sum(p.named for p in read_list(text, start)[0]) == 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=10).map(" ".join))
def test_named_only_reading_is_the_plain_reading_or_no_name(body: str) -> None:
    text = "The victims were " + body + " Rescuers searched the rubble."
    start = len("The victims were ")
    plain = read_list(text, start)
    fast = read_list(text, start, named_only=True)
    assert fast == plain or (fast[0] == [] and not any(p.named for p in plain[0]))


def test_requirements_are_remembered_by_pattern() -> None:
    for cue in tables().cues:
        assert requirement_of(cue.rx) == literal_requirement(cue.rx)
        assert requirement_of(cue.rx) is requirement_of(cue.rx)
