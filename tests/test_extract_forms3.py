"""Round 3 count forms: one count with two outcomes ("dozens were killed and injured"), parts after
a colon, a year before a count, casualty nouns used as modifiers ("body bags"), breakdowns that go
with the injured. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def summary(text: str) -> list[tuple[str, str, int | None, int | None, str, bool]]:
    doc = Document(id="t", text=text, published=date(2024, 3, 2))
    return [(f.outcome, f.group, f.low, f.high, f.qualifier, f.part_of is not None) for f in extract(doc)
            if f.subgroup != "named"]


@pytest.mark.parametrize(("text", "group", "injured"), [
    ("Dozens were killed and injured in the strike on the market.", "people", (12, 24)),
    ("Hundreds of civilians were killed and wounded in the shelling of the district.", "civilians", (100, 200)),
    ("Scores of people were allegedly killed and injured as the school was shelled.", "people", (20, None)),
    ("A radio station spoke of dozens of martyrs and wounded after the shelling.", "people", (12, 24)),
    ("Medics carried a large number of dead and injured out of the building.", "people", (12, 24)),
])
def test_a_vague_count_of_killed_and_injured_is_plural_dead_and_the_quantity_wounded(
        text: str, group: str, injured: tuple[int, int | None]) -> None:
    # the dead at least two; the wounded, the bulk of a blast's casualties, keep the quantity
    assert summary(text) == [("killed", group, 2, None, "vague", False),
                             ("injured", group, *injured, "vague", False)]


@pytest.mark.parametrize("text", [
    "Twelve people were killed and wounded in the shelling, the mayor said.",
    "40 civilians were killed and injured when the market was hit.",
])
def test_an_exact_count_of_killed_and_injured_is_no_toll(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The strike killed 12 people and injured 30 others.", [("killed", "people", 12, 12), ("injured", "people", 30, 30)]),
    ("Five people were killed and 20 were injured.", [("killed", "people", 5, 5), ("injured", "people", 20, 20)]),
])
def test_separate_counts_keep_their_outcomes(text: str, want: list[tuple]) -> None:
    assert [x[:4] for x in summary(text)] == want


@pytest.mark.parametrize(("text", "parts"), [
    ("Twelve people were killed: four women, six children and two men.",
     [("killed", "women", 4, 4), ("killed", "children", 6, 6), ("killed", "men", 2, 2)]),
    ("Nine people were reportedly injured: two women and seven children.",
     [("injured", "women", 2, 2), ("injured", "children", 7, 7)]),
])
def test_parts_after_a_colon(text: str, parts: list[tuple]) -> None:
    got = summary(text)
    assert got[0][5] is False
    assert [x[:4] for x in got[1:]] == parts
    assert all(x[5] for x in got[1:])


@pytest.mark.parametrize(("text", "low"), [
    ("On the evening of Sunday, May 12th 2024 two people were killed when a drone hit a car.", 2),
    ("On March 3, 2023 four civilians died when a shell hit their home.", 4),
])
def test_a_year_before_a_count_is_not_a_count(text: str, low: int) -> None:
    assert [x[2] for x in summary(text)] == [low]


@pytest.mark.parametrize("text", [
    "She wept over four body bags lined up outside the morgue.",
    "Officers wore two body cameras each during the raid.",
])
def test_casualty_nouns_as_modifiers(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize("text", [
    "At least 12 people were killed and 35 injured, including at least three children.",
    "The strike killed 12 civilians and injured 35, including at least three children.",
])
def test_a_breakdown_after_the_injured_goes_with_the_injured(text: str) -> None:
    got = summary(text)
    assert [x for x in got if x[1] == "children"] == [("injured", "children", 3, None, "at_least", True)]


@pytest.mark.parametrize(("text", "want"), [
    ("Relatives said 40 victims had been identified so far, but warned that entire households were "
     "still buried beneath the debris.", [("killed", "people", 40, 40)]),
    ("Rescuers said 30 bodies were identified by relatives on Monday.", [("killed", "people", 30, 30)]),
])
def test_identified_victims_are_dead_and_a_that_clause_is_a_new_subject(text: str, want: list[tuple]) -> None:
    assert [x[:4] for x in summary(text)] == want


def test_identified_as_is_not_a_toll() -> None:
    assert summary("Police said 12 victims have been identified as local residents.") == []
