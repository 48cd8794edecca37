"""Hospital intake after a shooting (civcas.extract.intake, claims, claim_kinds, claim_clauses):
a number alone after the intake verb, "took in", a hospital "was treating", the hospital as the
claimant of its own intake (kind medical, also when the army runs it), and two hospitals in one
sentence.  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

_LEAD = "DAYTON, Ohio -- A gunman killed three people at a mall on Sunday, police said. "


def injured(sentence: str) -> list[tuple[str, int | None, str, str]]:
    got: list[Figure] = extract(Document(id="h", text="Mall shooting\n\n" + _LEAD + sentence),
                                published=dt.date(2017, 6, 1))
    return [(f.group, f.low, f.claimant.name, f.claimant.kind) for f in got if f.outcome == "injured"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kettering Medical Center told reporters it had admitted 11, most of them teenagers.",
     [("civilians", 11, "Kettering Medical Center", "medical")]),
    ("Grandview Hospital said it had admitted three and was expecting more.",
     [("civilians", 3, "Grandview Hospital", "medical")]),
    ("The hospital said it was treating 11.", [("civilians", 11, "hospital", "medical")]),
    ("St. Ann's Hospital said it received 12 overnight.", [("civilians", 12, "St. Ann's Hospital", "medical")]),
])
def test_a_number_alone_after_the_intake_verb(sentence: str, expected: list) -> None:
    assert injured(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sycamore Hospital took in five victims, two of them in critical condition.",
     [("civilians", 5, "Sycamore Hospital", "medical")]),
    ("Miami Valley Hospital was treating four patients from the mall, a spokeswoman said.",
     [("civilians", 4, "Miami Valley Hospital", "medical")]),
    ("The county's trauma center said it took in six.", [("civilians", 6, "county's trauma center", "medical")]),
])
def test_the_hospital_speaks_of_its_own_intake(sentence: str, expected: list) -> None:
    assert injured(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The mall said it had received nine complaints.",
    "The hospital has admitted 300 patients a day since January.",
    "Volunteers treated 40 people at the fair last year.",
])
def test_no_intake(sentence: str) -> None:
    assert injured(sentence) == []


def test_an_army_hospital_is_medical() -> None:
    got = injured("Fort Sam Army Medical Center took in eight patients from the base on Thursday.")
    assert got == [("civilians", 8, "Fort Sam Army Medical Center", "medical")]


@pytest.mark.parametrize(("sentence", "names"), [
    ("Mercy Hospital said it was treating eight patients, and County General Hospital said it had "
     "admitted nine.", ["Mercy Hospital", "County General Hospital"]),
    ("Good Samaritan said it had admitted two, and Kettering Medical Center said it was treating five "
     "patients.", ["Good Samaritan", "Kettering Medical Center"]),
    ("Grandview Hospital received four patients from the mall, and Sycamore Hospital said it took in three.",
     ["Grandview Hospital", "Sycamore Hospital"]),
])
def test_two_hospitals_in_one_sentence(sentence: str, names: list[str]) -> None:
    assert [c for _g, _n, c, _k in injured(sentence)] == names
