"""Tolls that rise in follow-up stories: a toll named after its number ("brings to three the
number of ..."), a toll raised by an event ("Her death raised the death toll to 11": no claimant),
the new victim beside the toll it raises, and US students counted as people in a toll noun
(civcas.extract.tollforms, count_triggers, assemble).  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.extract.theatre import document_theatre
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text="Follow-up\n\n" + text), published=dt.date(2016, 3, 1))


def rows(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome, f.group, f.low) for f in figs(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("His death brings to three the number of people who were killed at the depot.", ("killed", "people", 3)),
    ("The second death raises to 12 the toll from the bombing of the bus station.", ("killed", "people", 12)),
    ("The new arrivals took to 40 the number of wounded treated at the clinic.", ("injured", "people", 40)),
    ("THE DEATHS BROUGHT TO NINE THE NUMBER OF DEAD IN THE TOWN.".capitalize(), ("killed", "people", 9)),
])
def test_a_toll_named_after_its_number(sentence: str, expected: tuple) -> None:
    assert expected in rows(sentence)


def test_a_number_of_things_is_no_toll() -> None:
    assert rows("The ruling brings to three the number of judges on the panel.") == []


@pytest.mark.parametrize("sentence", [
    "Her death raised the death toll from Saturday's attack to 11.",
    "The discovery raised the number of dead to six on Thursday.",
    "The boy's death raises the toll to four.",
])
def test_an_event_raising_the_toll_is_no_claimant(sentence: str) -> None:
    got = [f for f in figs(sentence) if f.low and f.low > 1]
    assert got and all(f.claimant.name == "unattributed" for f in got)


@pytest.mark.parametrize(("text", "relative_group", "toll"), [
    ("Detectives searching his house found the body of his wife in the basement on Thursday, raising the "
     "number of people killed to four, the sheriff's office said.", "women", 4),
    ("Deputies found the body of his mother in a closet, bringing the death toll to six.", "women", 6),
    ("Investigators recovered the body of his father from a shed on Friday, which brings to five the "
     "number of people killed, police said.", "men", 5),
])
def test_the_new_victim_beside_the_toll_it_raises(text: str, relative_group: str, toll: int) -> None:
    got = rows(text)
    assert ("killed", relative_group, 1) in got
    assert ("killed", "people", toll) in got


def test_the_death_that_raises_the_toll_is_told_before() -> None:
    got = rows("A girl shot in the cafeteria on Friday died on Sunday, police said. Jane's death brings the "
               "number of people killed in the shooting to two.")
    assert sorted(got) == [("killed", "children", 1), ("killed", "people", 2)]  # not Jane counted again


@pytest.mark.parametrize("text", [
    "SALEM, Ore. -- A girl shot at a high school on Friday died on Sunday. Her death brings to two the "
    "number of students killed in the shooting.",
    "TULSA, Okla. -- A boy wounded at the school died overnight, raising the number of students killed "
    "to three.",
    "A teacher died on Monday in Macon, Ga., bringing the number of students and staff killed to four. "
    "The number of students killed rose to three, the district said.",
])
def test_students_in_a_us_toll_are_people(text: str) -> None:
    tolls = [f for f in figs(text) if f.low and f.low > 1]
    assert tolls and all(f.group == "people" for f in tolls)


@pytest.mark.parametrize(("text", "theatre"), [
    ("TULSA, Okla. -- Two men were shot.", ("US",)),
    ("Police in Paris, Tenn., said a man died.", ("US",)),
    ("The blast in Kabul killed three.", ("AF",)),
])
def test_a_town_with_an_abbreviated_state_is_in_the_us(text: str, theatre: tuple) -> None:
    assert document_theatre(text) == theatre
