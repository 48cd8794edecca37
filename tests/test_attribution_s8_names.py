"""Perpetrator families of the s8 session (issue 3), part 5: canonical names and claims. A US shooting
story's "suspect" is its gunman; "Salvadoran death squads" keep their nationality; a group's claim made
through a caller or a communique ("told a radio station the group was behind the ambush") makes the group the
author of its unidentified attackers' figures; a government body that denies its own part in the act
is the alleged author of its denial. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.actors import find_actors
from civcas.extract.perpetrators import claims_responsibility
from civcas.extract.typed import generic_perpetrator
from civcas.models import Document, Figure


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(1990, 3, 2)))


def perps(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures(text) if f.stance != "denied"}


@pytest.mark.parametrize("text", [
    ("HOUSTON - Police said the suspect walked into the clinic with a rifle. Two nurses were wounded, the "
     "hospital said. Officers arrested the suspect in a stairwell."),
    ("DENVER - A shooting at a grocery store left four people dead on Saturday. An attacker was later "
     "arrested, the sheriff said, and two shoppers were wounded."),
    ("TULSA, Okla. - Gunfire erupted at a medical office on Wednesday. Three employees were killed, police "
     "said. The assailant surrendered to officers an hour later."),
])
def test_a_us_shooting_storys_suspect_is_the_gunman(text: str) -> None:
    assert perps(text) == {"gunman"}


def test_several_shooters_stay_unnamed() -> None:
    text = ("DENVER - A shooting at a park left two people dead on Saturday. Police believe more than one "
            "shooter fired at the crowd. A suspect was later arrested, the sheriff said.")
    assert "gunman" not in perps(text)


@pytest.mark.parametrize(("sentence", "name"), [
    ("THE UNION SAID THE FOUR WORKERS WERE KILLED BY GUATEMALAN DEATH SQUADS.", "Guatemalan death squads"),
    ("Human rights groups said she was killed by Honduran death squads.", "Honduran death squads"),
    ("Both men were shot by Salvadoran death squads that work with the police, the party charged.",
     "Salvadoran death squads"),
    ("The priest was shot by a death squad, the archbishop said.", "death squads"),
])
def test_death_squads_keep_their_nationality(sentence: str, name: str) -> None:
    got = generic_perpetrator(sentence)
    assert got is not None and got.name == name


@pytest.mark.parametrize(("sentence", "group"), [
    ("AN ANONYMOUS CALLER SPEAKING FOR THE TUPAC AMARU REVOLUTIONARY MOVEMENT [MRTA] TOLD A NEWSPAPER THAT "
     "THE GROUP WAS BEHIND THE AMBUSH.", "Tupac Amaru Revolutionary Movement"),
    ("A man who said he was a member of the FMLN phoned a newspaper to say the group had carried out the "
     "bombing.", "FMLN"),
    ("IN A LEAFLET, THE FARABUNDO MARTI FRONT [FMLN] SAID IT WAS RESPONSIBLE FOR THE BOMBING.", "FMLN"),
    ("Police said the Shining Path, which has waged an insurgency since 1980, was responsible for the massacre.",
     "Shining Path"),
])
def test_a_claim_through_a_caller_or_a_communique(sentence: str, group: str) -> None:
    assert any(m.entry.name == group and claims_responsibility(sentence, m) for m in find_actors(sentence))


@pytest.mark.parametrize(("text", "group"), [
    ("LIMA, 4 JUN 90 -- [TEXT] TWO MEN SHOT DEAD A JUDGE IN MIRAFLORES TODAY. AN ANONYMOUS CALLER SPEAKING FOR "
     "THE TUPAC AMARU REVOLUTIONARY MOVEMENT [MRTA] TOLD A NEWSPAPER THAT THE GROUP WAS BEHIND THE "
     "SHOOTING.", "Tupac Amaru Revolutionary Movement"),
    ("SAN SALVADOR, 9 FEB 90 -- [TEXT] UNKNOWN GUNMEN KILLED A UNION LEADER TODAY. IN A LEAFLET THE "
     "FARABUNDO MARTI FRONT [FMLN] SAID IT WAS RESPONSIBLE FOR THE KILLING.", "FMLN"),
    ("Gunmen believed to belong to the Manuel Rodriguez Patriotic Front wounded two police officers in an "
     "attack on a station in Santiago on Friday.", "Manuel Rodriguez Patriotic Front"),
])
def test_the_claiming_group_is_the_author(text: str, group: str) -> None:
    assert group in perps(text)


@pytest.mark.parametrize("text", [
    ("BOGOTA, 8 MAR 90 -- [TEXT] A BOMB KILLED THREE PEOPLE IN A BAR. THE NATIONAL POLICE DENIED THAT ANY OF "
     "ITS AGENTS HAD TAKEN PART IN THE ATTACK."),
    ("Gunmen killed five farmers near Cuilapa on Monday. The Guatemalan government denied any involvement "
     "of its security forces."),
    ("Twelve protesters were shot dead in La Paz on Friday. The Bolivian interior ministry said its police "
     "had not fired on the crowd and denied the reports."),
])
def test_a_government_denying_its_part_is_the_alleged_author(text: str) -> None:
    denial = next(f for f in figures(text) if f.stance == "denied")
    assert denial.perpetrator is not None and denial.claimant is not None
    assert denial.perpetrator.name == denial.claimant.name or denial.perpetrator.kind == "belligerent"


def test_a_government_denying_the_harm_is_no_author() -> None:
    text = ("Russian missiles hit Kramatorsk overnight, the Russian defence ministry said, claiming 600 "
            "soldiers were killed. The city council denied the claim and said no one had been killed.")
    denial = next(f for f in figures(text) if f.stance == "denied" and f.claimant and f.claimant.kind == "government")
    assert denial.perpetrator is None or denial.perpetrator.name != denial.claimant.name


@pytest.mark.parametrize("text", [
    "ANNAPOLIS, Md. -- A man fired through the glass door of a newsroom on Thursday.",
    "Tulsa, Okla. - Gunfire erupted at a medical office on Wednesday.",
    "FLAGSTAFF, Ariz. (AP) - Two people were shot outside a bar late Friday.",
])
def test_a_dateline_town_of_an_abbreviated_state_is_a_us_story(text: str) -> None:
    from civcas.extract.theatre import document_theatre

    assert document_theatre(text)[:1] == ("US",)


def test_an_abbreviation_alone_is_no_cue() -> None:
    from civcas.extract.theatre import document_theatre

    assert document_theatre("Dr. Haddad said nine people were killed in Idlib, Syria.")[:1] == ("SY",)


@pytest.mark.parametrize(("sentence", "name"), [
    ("A COMMUNIQUE SIGNED BY THE EXTRADITABLES WAS SENT TO A RADIO STATION.", "Medellin Cartel"),
    ("A statement from al-Shabaab said the group would fight on.", "al-Shabaab"),
    ("In a video released by Boko Haram, the group's leader threatened new attacks.", "Boko Haram"),
])
def test_the_author_of_a_message_does_not_act(sentence: str, name: str) -> None:
    from civcas.extract.perpetrators import perpetrator_score

    m = next(m for m in find_actors(sentence) if m.entry.name == name)
    assert perpetrator_score(sentence, m) == 0
