"""A side's own dead are not its own act (s12_perp2): a group that tells how many of its own
fighters died ("only three of its fighters died") lost them to the other side; a count whose words
name the story's armed group itself ("among them 12 Northern Front members") are that group's dead;
a state's soldiers or officers killed go to the armed group the sentence names; and "security
agents" accused of a killing are the state's security forces."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

D = date(2021, 6, 3)


def _perp(text: str, number: str) -> str | None:
    f = next(f for f in figures_on(text, D) if f.number_text and f.number_text.upper() == number.upper())
    return f.perpetrator.name if f.perpetrator else None


# --- the teller's own fighters --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("SAN VICENTE, 3 JUN 21 -- THE FMLN SAID ITS UNITS HAD KILLED 25 SOLDIERS NEAR APASTEPEQUE AND "
     "THAT ONLY THREE OF ITS FIGHTERS HAD DIED.", "ONLY THREE"),
    ("SAN VICENTE, 3 JUN 21 -- RADIO VENCEREMOS, THE FMLN STATION, REPORTED THAT ITS FORCES ATTACKED A "
     "GARRISON NEAR APASTEPEQUE AND THAT FOUR OF ITS FIGHTERS WERE KILLED IN THE FIGHTING.", "FOUR"),
    ("SAN VICENTE, 3 JUN 21 -- THE FMLN SAID THAT ITS FORCES HAD OVERRUN A POST AT TECOLUCA AND THAT "
     "TWO OF ITS FIGHTERS WERE KILLED.", "TWO"),
])
def test_the_tellers_own_fighters_are_the_other_sides_act(text: str, number: str) -> None:
    assert _perp(text, number) != "FMLN"


def test_near_miss_the_enemys_dead_stay_the_tellers_act() -> None:
    text = ("SAN VICENTE, 3 JUN 21 -- THE FMLN SAID ITS UNITS HAD KILLED 25 SOLDIERS NEAR APASTEPEQUE "
            "AND HAD SUFFERED NO LOSSES.")
    assert _perp(text, "25") == "FMLN"


# --- a count naming the author itself ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("MANAGUA, 3 JUN 21 -- FMLN GUERRILLAS ATTACKED THE TOWN OF SUCHITOTO. THE ARMY SAID 30 PEOPLE "
     "HAD DIED, AMONG THEM 17 FMLN MEMBERS AND 13 CIVILIANS.", "17"),
    ("MANAGUA, 3 JUN 21 -- FMLN GUERRILLAS ATTACKED THE TOWN OF SUCHITOTO. A MILITARY SPOKESMAN SAID "
     "NINE FMLN GUERRILLAS WERE KILLED IN THE BATTLE.", "NINE"),
    ("MANAGUA, 3 JUN 21 -- FMLN GUERRILLAS STORMED THE TOWN OF SUCHITOTO ON SUNDAY. THE MAYOR SAID "
     "ELEVEN FMLN REBELS DIED WHEN THE TROOPS ARRIVED.", "ELEVEN"),
])
def test_a_count_of_the_authors_own_members(text: str, number: str) -> None:
    assert _perp(text, number) != "FMLN"


def test_near_miss_victims_of_the_group_stay_its_act() -> None:
    text = ("MANAGUA, 3 JUN 21 -- FMLN GUERRILLAS ATTACKED THE TOWN OF SUCHITOTO. THE ARMY SAID 30 PEOPLE "
            "HAD DIED, AMONG THEM 13 CIVILIANS.")
    assert _perp(text, "13") == "FMLN"


# --- security agents accused ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "GUATEMALA CITY, 3 JUN 21 -- A STUDENTS' ASSOCIATION SAID TWO OF ITS LEADERS WERE MURDERED BY "
    "SECURITY AGENTS NEAR ANTIGUA ON 1 JUNE.",
    "Guatemala City, 3 June 2021 - Relatives said the two teachers were shot dead by plainclothes "
    "security agents outside a school in Chimaltenango.",
    "Guatemala City, 3 June 2021 - A farmers' union said three of its members were shot dead by "
    "security agents at a roadblock near Coban on Sunday.",
])
def test_security_agents_are_the_states_security_forces(text: str) -> None:
    names = {f.perpetrator.name for f in figures_on(text, D) if f.perpetrator is not None}
    assert names == {"Guatemalan security forces"}


def test_near_miss_hotel_security_guards_are_not_the_state() -> None:
    text = ("Guatemala City, 3 June 2021 - Two guests were shot dead by gunmen at a hotel in Antigua, "
            "hotel security guards said.")
    names = {f.perpetrator.name for f in figures_on(text, D) if f.perpetrator is not None}
    assert "Guatemalan security forces" not in names


# --- the police and army acting together ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "QUITO, 3 JUN 21 -- THREE KIDNAPPERS WERE SHOT DEAD AT A FARM NEAR AMBATO IN A POLICE AND ARMY "
    "OPERATION THAT FREED A COFFEE EXPORTER, THE GOVERNMENT ANNOUNCED.",
    "QUITO, 3 JUN 21 -- FOUR GUERRILLAS WERE KILLED WHEN POLICE AND ARMY TROOPS RAIDED A HOUSE IN "
    "QUEVEDO, THE GOVERNMENT SAID.",
    "QUITO, 3 JUN 21 -- POLICE AND ARMY UNITS ATTACKED A GUERRILLA CAMP NEAR PUYO, KILLING SIX "
    "GUERRILLAS, THE GOVERNMENT SAID.",
])
def test_a_joint_police_and_army_act_is_the_states_security_forces(text: str) -> None:
    names = {f.perpetrator.name for f in figures_on(text, D) if f.perpetrator is not None}
    assert names == {"Ecuadorean security forces"}


def test_near_miss_the_army_alone_keeps_its_act() -> None:
    text = ("QUITO, 3 JUN 21 -- THE ARMY SAID ITS TROOPS KILLED TWO REBELS NEAR LAGO AGRIO. POLICE AND "
            "ARMY UNITS LATER SEALED THE AREA.")
    names = {f.perpetrator.name for f in figures_on(text, D) if f.perpetrator is not None}
    assert names == {"Ecuadorean armed forces"}
