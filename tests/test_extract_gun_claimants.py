"""US officials as claimants (civcas.extract.claim_persons, claim_state, claim_stable, claim_names,
claim_resolve, claims): a governor -> the state's governor, an attorney general -> the state
attorney general's office (the state from the title or the dateline), a sheriff with an initial or a
rank, a police chief with a rank, "the chief", "department figures", a surname whose role came in an
apposition after a clause.  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document


def claimants(text: str) -> list[tuple[str, str]]:
    got = extract(Document(id="c", text="Shooting\n\n" + text), published=dt.date(2017, 6, 1))
    return [(f.claimant.name, f.claimant.kind) for f in got]


@pytest.mark.parametrize(("text", "name"), [
    ("AUSTIN, Texas -- Gov. Rick Perry said four people were killed and nine wounded at the plant.",
     "Texas governor"),
    ("SALEM, Ore. -- Four people were killed at the mill, Governor Kate Lowe said on Tuesday.", "Oregon governor"),
    ("TOPEKA, Kan. -- Three people were killed at a plant on Friday, Kansas Gov. Sam Brown said.",
     "Kansas governor"),
])
def test_a_governor_is_named_by_the_state(text: str, name: str) -> None:
    assert set(claimants(text)) == {(name, "government")}


@pytest.mark.parametrize("text", [
    "COLUMBUS, Ohio -- Four people were found dead on Friday, Ohio Attorney General Dave Yost said.",
    "COLUMBUS, Ohio -- Four people were found dead on Friday in what Attorney General Dave Yost called a "
    "planned attack. Two children were among the dead, Yost said.",
    "DAYTON, Ohio -- Attorney General Dave Yost said four people had been found shot to death at two farms.",
])
def test_an_attorney_general_speaks_for_the_office(text: str) -> None:
    assert set(claimants(text)) == {("Ohio Attorney General's office", "government")}


@pytest.mark.parametrize("text", [
    "TOPEKA, Kan. -- A gunman killed three people at a plant, Shawnee County Sheriff H. Jones said Friday.",
    "TOPEKA, Kan. -- A gunman killed three people at a plant, Shawnee County Undersheriff Tim Ray said.",
    "TOPEKA, Kan. -- A gunman killed three people at a plant, the Shawnee County Sheriff's Office said. "
    "Two more were wounded, Assistant Sheriff Tim Ray said.",
])
def test_a_county_sheriff_with_an_initial_or_a_rank(text: str) -> None:
    assert set(claimants(text)) == {("Shawnee County sheriff's office", "government")}


@pytest.mark.parametrize("text", [
    "BALTIMORE -- A gunman killed three people at a store, Baltimore County Police Acting Chief Melissa Hyatt said.",
    "DALLAS -- Dallas Police Chief Ed Lane said a gunman killed three people. Two others were wounded, the "
    "chief said.",
    "MEMPHIS, Tenn. -- Metro police have looked into 120 homicides in Memphis since January, according to "
    "department figures.",
])
def test_the_police(text: str) -> None:
    assert set(claimants(text)) == {("police", "government")}


@pytest.mark.parametrize("text", [
    "HOUSTON -- Three people were killed on Sunday, Pat Ruiz, a district commander with the Texas "
    "Department of Public Safety, told reporters. Two of the dead were found in a car, Ruiz said.",
    "HOUSTON -- Nine people were wounded, Pat Ruiz, a spokesman for the Texas Department of Public Safety, "
    "said. Four of them were in critical condition, Ruiz said, and two had died.",
])
def test_a_surname_after_a_role_in_apposition(text: str) -> None:
    assert set(claimants(text)) == {("Texas Department of Public Safety", "government")}


def test_a_sentence_that_opens_on_a_toll_is_no_role() -> None:
    from civcas.extract.claim_names import person_role
    doc = "Three people were killed on Sunday, Pat Ruiz, a regional director of the state police, said."
    assert person_role("Ruiz", doc) == "a regional director of the state police"
