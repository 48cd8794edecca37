"""US gun-violence claimants (civcas.extract.claim_persons, claim_stable, claimants): a police
superintendent or "officers at the scene" speak for the police, a surgeon or nurse at a hospital named
by its short name for that hospital, and a sentence opening on a part of a count told before ("Two of
the dead were ...") is the outlet's own breakdown, not the paragraph's speaker.  All sentences are our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document


def claims(text: str) -> list[tuple[int | None, str]]:
    got = extract(Document(id="c", text="Shooting\n\n" + text), published=dt.date(2017, 6, 1))
    return [(f.low, f.claimant.name) for f in got]


@pytest.mark.parametrize("text", [
    "MEMPHIS, Tenn. -- Gunmen fired on a block party on Sunday, police said.\n\n"
    "Superintendent Carla Dunn said six people were wounded.",
    "DENVER -- Police were called to a bar on Colfax Avenue late Friday.\n\n"
    "Police Superintendent Ray Ortiz said three men had been wounded in the parking lot.",
    "MOBILE, Ala. -- Several shots were fired outside a club early Sunday, police said.\n\n"
    "Officers on the scene initially counted seven wounded.",
    "TULSA, Okla. -- Police were called to an apartment complex on Friday night.\n\n"
    "Responding officers found four people wounded in a stairwell.",
])
def test_police_titles_and_officers(text: str) -> None:
    assert {name for _low, name in claims(text)} == {"police"}


def test_a_schools_superintendent_is_not_the_police() -> None:
    text = ("DAYTON, Ohio -- A student fired a handgun in a school cafeteria on Tuesday, police said.\n\n"
            "Schools Superintendent Ann Cole said two students were wounded.")
    assert "police" not in {name for low, name in claims(text) if low == 2}


@pytest.mark.parametrize(("text", "hospital"), [
    ("MILWAUKEE -- A gunman wounded five people at a bus stop on Sunday, police said. The wounded were taken "
     "to Froedtert Hospital.\n\nA trauma doctor at Froedtert said the hospital had taken in three patients from the bus stop.",
     "Froedtert Hospital"),
    ("AKRON, Ohio -- Four people were shot outside a bar early Saturday, police said. They were taken to "
     "Summa Akron City Hospital.\n\nA nurse at Summa said the hospital had received two patients.",
     "Summa Akron City Hospital"),
    ("RENO, Nev. -- A man fired into a casino crowd on Friday, police said. Victims went to Renown Regional "
     "Medical Center.\n\nA surgical spokeswoman at Renown said the hospital was treating four people wounded at the casino.",
     "Renown Regional Medical Center"),
])
def test_a_hospital_worker_speaks_for_the_hospital(text: str, hospital: str) -> None:
    assert hospital in {name for _low, name in claims(text)}


@pytest.mark.parametrize("text", [
    "OMAHA, Neb. -- A gunman killed five people at a warehouse, Police Chief Tom Reed said. "
    "Three of the dead were drivers and two were loaders.",
    "OMAHA, Neb. -- A gunman wounded six people at a bowling alley, police said. "
    "One of the injured was a deputy whose vest stopped a bullet.",
    "OMAHA, Neb. -- A gunman killed three people at a bowling alley, police said. "
    "Two of them were pronounced dead on the lanes, and the third died hours afterward in surgery.",
    "OMAHA, Neb. -- A gunman killed four people at a grocery store, police said. "
    "One of the victims was a security guard who fired back.",
])
def test_a_breakdown_of_a_count_is_the_outlets_own(text: str) -> None:
    got = claims(text)
    assert len(got) >= 2
    first = got[0][0]
    assert got[0][1] in ("police",)
    assert all(name == "unattributed" for low, name in got[1:] if low != first)


def test_near_miss_a_further_count_keeps_the_paragraphs_speaker() -> None:
    text = ("OMAHA, Neb. -- A gunman killed five people at a warehouse, police said. "
            "Two more people were hurt as workers fled.")
    assert {name for _low, name in claims(text)} == {"police"}


def test_near_miss_a_breakdown_with_its_own_speaker_keeps_it() -> None:
    text = ("OMAHA, Neb. -- A gunman killed three people at a bowling alley, police said. "
            "Two of them were pronounced dead on the lanes, and the third died hours afterward, police said.")
    assert {name for _low, name in claims(text)} == {"police"}
