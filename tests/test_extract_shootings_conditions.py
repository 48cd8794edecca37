"""US local crime reporting, round 4: a hospital condition says a person was hit ("two men are in
stable condition"); numbers that are no counts (a clock time "5 p.m.", a house number, the ages of a
range, a caption counter before an age); a murder-suicide document makes "shot his wife and child
before killing himself" a killing, and a total is given only when every victim is counted.

All sentences are the team's own, in the style of US local news.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.shootings import murder_suicide_document
from civcas.models import Document


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    doc = Document(id="t", text=text, published=date(2016, 5, 2))
    return [(f.outcome, f.group, f.low, f.high) for f in extract(doc) if f.part_of is None]


@pytest.mark.parametrize(("text", "want"), [
    ("Two men are in stable condition after a shooting outside a bar on Main Street.",
     [("injured", "men", 2, 2)]),
    ("A 15-year-old boy remains in critical condition after a shooting on Friday, police said.",
     [("injured", "children", 1, 1)]),
    ("An 18-year-old woman is listed in serious condition after she was shot at a party.",
     [("injured", "women", 1, 1)]),
])
def test_a_hospital_condition_is_a_hit(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize("text", [
    # a death is told in the sentence
    "Two men were in critical condition on Sunday and one of them died later.",
    # a part of the injured, not a count of its own
    "The medical center was caring for 11 patients, three of them in critical condition.",
    # a plural says nothing
    "Several people were in critical condition after the fire on Elm Street.",
])
def test_a_hospital_condition_that_is_no_count(text: str) -> None:
    assert [f for f in summary(text) if f[0] == "injured" and f[2] != 14] == []


def test_a_condition_counts_only_where_no_other_number_of_injured_is_given() -> None:
    text = ("Nine people were wounded in the shooting at the mall on Saturday. "
            "Three remain in critical condition, a hospital spokesman said.")
    assert summary(text) == [("injured", "people", 9, 9)]


def test_condition_words_still_modify_nouns() -> None:
    # "serious" and "good" are no trigger words of their own
    assert summary("The attack caused a number of serious injuries, residents said.") == [
        ("injured", "people", 2, None)]


@pytest.mark.parametrize("text", [
    "The girl was fatally shot around 5 p.m. Tuesday, outside a house on the north side.",
    "The teen was killed by a gunshot wound at 4120 County Road 9 early Sunday.",
    "Deputies found that four victims, ages 18 to 24, had suffered gunshot wounds.",
    "Photo: Jane Roe Image 6 of 6 7-year-old who shot himself dies 1 / 6 Back to Gallery",
])
def test_numbers_that_are_no_counts(text: str) -> None:
    got = summary(text)
    assert all(f[2] in (None, 1, 2, 4) for f in got), got
    assert not any(f[2] in (5, 4120, 24, 6) for f in got)


def test_a_person_noun_after_a_number_beside_a_street_is_a_count() -> None:
    assert summary("The gunman killed 3 people on Oak Street late Friday.") == [("killed", "people", 3, 3)]


def test_murder_suicide_document() -> None:
    assert murder_suicide_document("Police are treating the deaths as a murder-suicide.")
    assert murder_suicide_document("More on the murder suicide later.")
    assert not murder_suicide_document("The man was charged with murder. He had tried suicide before.")


def test_shot_means_killed_in_a_murder_suicide_document() -> None:
    text = ("Detectives believe the man shot his wife and daughter before he killed himself. "
            "Police called it a murder-suicide.")
    assert summary(text)[0] == ("killed", "people", 3, 3)


def test_shot_before_killing_himself_without_murder_suicide_gives_no_total() -> None:
    assert summary("Police said a man shot his wife before turning the gun on himself.") == []


@pytest.mark.parametrize("text", [
    # a pronoun victim the counts miss
    "Investigators said the man fired through the kitchen window, killing her and a 6-year-old boy, then shot himself.",
    # a plural: how many children is not said
    "Deputies said the husband shot his wife and children and then killed himself in a murder-suicide.",
])
def test_no_total_when_a_victim_is_not_counted(text: str) -> None:
    assert not any(f[0] == "killed" and f[2] == 2 and f[1] == "people" for f in summary(text))
    assert not any(f[0] == "killed" and (f[2] or 0) >= 3 for f in summary(text))


def test_total_with_possessive_victims() -> None:
    text = "The man killed his wife, his mother and his two sons before killing himself."
    assert summary(text)[0] == ("killed", "people", 5, 5)
