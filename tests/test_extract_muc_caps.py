"""Wire copy (MUC-4 style, in capitals) and the rules tuned on it: single victims kept next to a
count of another event, "that one person", office holders as person nouns, plurals after "the
murder of the", typed perpetrators ("hired assassins", "ultraleftist groups", "criminals").
All sentences are written by the civcas team."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.outcome, f.low, f.high) for f in extract(Document(id="m1", text=text))]


def _perps(text: str) -> list[str | None]:
    return [f.perpetrator.name if f.perpetrator else None for f in extract(Document(id="m1", text=text))]


@pytest.mark.parametrize("text", [
    "THE RED CROSS HAS REPORTED THAT ONE PERSON WAS KILLED IN THE BOMBING. THE ATTACK ON THE PARTY "
    "OFFICES LAST WEEK KILLED 10.",
    "The Red Cross said that one person was killed in the bombing. The attack on the party offices "
    "last week killed 10.",
])
def test_that_one_person_is_a_count(text: str) -> None:
    assert ("killed", 1, 1) in _figs(text)
    assert ("killed", 10, 10) in _figs(text)


def test_that_one_as_reference_is_no_count() -> None:
    assert ("injured", 1, 1) not in _figs("Police said that one was not injured in the blast.")


def test_caps_single_victim_kept_next_to_another_count() -> None:
    # wire copy has no event segments: only a count in the same sentence covers the person
    text = ("A CAR BOMB KILLED FOUR PEOPLE IN THE CAPITAL TODAY. IN ANOTHER TOWN, HIS BODYGUARD DIED "
            "IN AN AMBUSH BY GUNMEN.")
    assert ("killed", 1, 1) in _figs(text)
    assert ("killed", 1, 1) not in _figs("A CAR BOMB KILLED FOUR PEOPLE, AND HIS BODYGUARD DIED IN THE BLAST.")


def test_mixed_case_single_victim_of_a_separate_event() -> None:
    text = ("A car bomb killed four people in Mosul on Monday, police said.\n\n"
            "Separately, in Basra, the driver of a local official was killed by gunmen on Tuesday.")
    assert ("killed", 1, 1) in _figs(text)
    # same event: the count covers the person
    assert ("killed", 1, 1) not in _figs("A car bomb killed four people in Mosul on Monday, police said. "
                                         "The driver of the car was killed too.")


@pytest.mark.parametrize("text", [
    "THE MURDER OF A COUNCILMAN IN THE NORTHERN PROVINCE WAS REPORTED TODAY.",
    "The army stepped up its operations after the killing of a presidential candidate.",
    "AN OPPOSITION CONGRESSMAN WAS SHOT DEAD OUTSIDE HIS HOME LAST NIGHT.",
])
def test_office_holders_are_person_nouns(text: str) -> None:
    assert ("killed", 1, 1) in _figs(text)


@pytest.mark.parametrize("text", [
    "THE GOVERNMENT PROMISED AN INQUIRY INTO THE MURDER OF THE U.S. MISSIONARIES.",
    "THE BISHOP CONDEMNED THE MURDER OF THE PEASANT LEADERS.",
])
def test_caps_plural_after_murder_of_the(text: str) -> None:
    assert ("killed", 1, 1) not in _figs(text)


def test_caps_singular_after_murder_of_the() -> None:
    assert ("killed", 1, 1) in _figs("THE GOVERNMENT PROMISED AN INQUIRY INTO THE MURDER OF THE U.S. AMBASSADOR.")


@pytest.mark.parametrize(("text", "perp"), [
    ("JUDGE ANA RIOS WAS SHOT TO DEATH BY HIRED ASSASSINS IN THE PORT CITY.", "hired assassins"),
    ("THE MINISTER CONDEMNED THE MURDER OF THREE TEACHERS AND BLAMED THE ULTRALEFTIST GROUPS FOR IT.",
     "ultraleftist groups"),
    ("The senator was murdered by criminals in the capital on Friday.", "criminals"),
])
def test_typed_perpetrators(text: str, perp: str) -> None:
    assert perp in _perps(text)
