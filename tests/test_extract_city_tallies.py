"""A US city's homicide counts over a year and the counts compared with them (civcas.extract.scope
``case_tally``, civcas.extract.compared)."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document

_LEAD = "LAKEVIEW, Ohio -- A gunman killed two people outside a bar on Saturday, police said.\n\n"


def got(sentence: str) -> list[tuple[str, str, int | None, str]]:
    return [(f.outcome, f.group, f.low, f.scope) for f in extract(Document(id="c", text=_LEAD + sentence))
            if f.low != 2]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lakeview recorded 37 homicides in 2019, police said.", [("killed", "people", 37, "tally")]),
    ("The town had just one homicide in 2016, the sheriff said.", [("killed", "people", 1, "tally")]),
    ("Lakeview had 37 homicides through June this year, up from 29 in the same period last year.",
     [("killed", "people", 37, "tally"), ("killed", "people", 29, "tally")]),
    ("The county recorded 90 homicides in 2020, down from a record 112 in 2019.",
     [("killed", "people", 90, "tally"), ("killed", "people", 112, "tally")]),
    ("Police said 40 people were shot dead in the city last year, compared with 52 in 2018.",
     [("killed", "people", 40, "tally"), ("killed", "people", 52, "tally")]),
])
def test_city_counts_over_a_year_are_tallies(sentence: str, expected: list[tuple]) -> None:
    assert got(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Homicide detectives said one homicide suspect was arrested on Monday.",
    "Deaths in the county rose to 12, up from 9 cases in March.",
])
def test_no_count_of_the_crime_office_or_of_another_noun(sentence: str) -> None:
    assert all(f[2] not in (1, 9) for f in got(sentence))


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(f.low, f.scope) for f in extract(Document(id="c", text=text))]


def test_people_shot_across_a_city_is_a_roundup_tally() -> None:
    text = (_LEAD + "At least nine other people were shot across Milwaukee from Friday night to Sunday, three of "
            "them fatally, police said.")
    assert (3, "tally") in scopes(text)


def test_shot_across_the_street_is_one_incident() -> None:
    assert scopes(_LEAD + "Two men were shot across the street from the school.")[-1] == (2, "incident")


def test_since_a_year_when_names_the_past_incident() -> None:
    text = (_LEAD + "It was the worst shooting at a school anywhere in the state since 1999, when two students "
            "killed 13 people at a high school.")
    assert (13, "incident") in scopes(text)


def test_since_a_year_when_a_count_began_is_still_a_tally() -> None:
    assert (300, "tally") in scopes(_LEAD + "Since 2015, when the count began, 300 people have been shot dead in "
                                    "the county.")


def test_a_string_of_shootings_as_subject_is_a_tally() -> None:
    text = ("A string of shootings at parties and cookouts over the long Memorial Day weekend in three states killed "
            "at least seven people and wounded more than 30, police said.")
    assert scopes(text) == [(7, "tally"), (30, "tally")]
