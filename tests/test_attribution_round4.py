"""Attribution round 4: titled officials reduced to their institution, junk speakers, bracketed
acronyms, UN missions under their own names. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def claimants(text: str) -> set[str | None]:
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    assert figs, text
    return {f.claimant.name if f.claimant else None for f in figs}


@pytest.mark.parametrize(("text", "name"), [
    ("CHICAGO (AP) - Two people were killed in a shooting on the South Side late Saturday, Police "
     "Commissioner Jane Doe said.", "police"),
    ("Colombia: Three indigenous guards were killed in an attack in Cauca on Monday, Cauca Police Commander "
     "Colonel Andres Rivera said. The Colombian army was deployed.", "Colombian police"),
    ("BAGHDAD - A car bomb killed 14 people in a market on Sunday, Health Minister Salih Hassan said. "
     "Officials in Iraq blamed insurgents.", "Iraqi health ministry"),
    ("BAGHDAD - A car bomb killed 14 people in a market on Sunday, Interior Ministry spokesman Saad Maan "
     "said. Iraq has seen many attacks.", "Iraqi interior ministry"),
    ("JALALABAD, Afghanistan - A roadside bomb killed six civilians in Nangarhar province on Tuesday, the "
     "provincial governor's spokesman said.", "Nangarhar governor's office"),
    ("JALALABAD, Afghanistan - A roadside bomb killed six civilians in Nangarhar province on Tuesday, a "
     "member of the provincial council said.", "Nangarhar provincial council"),
    ("AUGUSTA, Maine - Four people were killed in a house fire set by a gunman, Maine Public Safety "
     "Commissioner Tom Reed said.", "Maine Department of Public Safety"),
])
def test_a_titled_official_speaks_for_the_institution(text: str, name: str) -> None:
    assert claimants(text) == {name}


def test_a_spokesman_of_the_armed_wing_is_the_group() -> None:
    text = ("GAZA - Hamas said Israeli strikes killed 12 people. A spokesperson for the group's armed wing told "
            "reporters five of its fighters died in the raid.")
    assert claimants(text) == {"Hamas"}


@pytest.mark.parametrize("text", [
    "SAN SALVADOR, 12 JAN 90 -- [TEXT] THE COMMUNIQUE, HOWEVER, STATED THAT 12 PEASANTS DIED IN THE AMBUSH.",
    "Gunmen killed four people in the town, the city was told by a local official had said.",
])
def test_no_junk_speaker(text: str) -> None:
    assert not ({"COMMUNIQUE", "HOWEVER", "city was", "local official had"} & claimants(text))


def test_an_army_communique_is_the_army() -> None:
    text = "SAN SALVADOR, 12 JAN 90 -- [TEXT] AN ARMY COMMUNIQUE SAID THAT 12 GUERRILLAS WERE KILLED IN CLASHES."
    assert claimants(text) == {"Salvadoran armed forces"}


def test_a_trailing_auxiliary_is_no_part_of_the_speaker() -> None:
    assert claimants("Four farmers were killed in the town, a local official had said on Monday.") == {"local official"}


@pytest.mark.parametrize(("text", "name"), [
    ("Colombia: Four indigenous people were killed in Toribio, the Regional Indigenous Council of Cauca [CRIC] "
     "said.", "CRIC"),  # (a known actor since session 14: its canonical name)
    ("LIMA, Peru -- Twelve peasants were killed by guerrillas in Ayacucho, United Left [IU] deputies said.",
     "United Left"),
])
def test_a_bracketed_acronym_is_dropped(text: str, name: str) -> None:
    assert claimants(text) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("TRIPOLI, Libya - At least 20 civilians were killed in the shelling of Tripoli, the UN mission in Libya "
     "(UNSMIL) said.", "UNSMIL"),
    ("KABUL, Afghanistan - Some 1,200 civilians were killed in the first half of the year, the UN Assistance "
     "Mission in Afghanistan, UNAMA, said.", "UNAMA"),
    ("BAGHDAD - At least 30 civilians were killed in the bombings last month, the UN Assistance Mission for "
     "Iraq said.", "UNAMI"),
])
def test_a_un_mission_keeps_its_name(text: str, name: str) -> None:
    assert claimants(text) == {name}
