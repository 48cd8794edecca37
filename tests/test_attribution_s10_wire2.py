"""Session 10 wire perpetrators, second pass: a state's own forces among the victims, unaimed fire,
a state's forces described rather than named, and unions or peasants' bodies as claimants.
Texts written for these tests in the style of wire reporting."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract.claim_kinds import guess_kind
from civcas.extract.typed import generic_perpetrator
from extract_helpers import figures_on

D = date(1989, 6, 1)


def _perps(text: str, outcome: str = "injured") -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures_on(text, D)
            if f.outcome == outcome and f.stance != "denied"}


# ---------------------------------------------------------------- the struck side is no author

@pytest.mark.parametrize("text", [
    "GUATEMALA CITY, 2 JUN 89 -- [TEXT] ARMY TROOPS CLASHED WITH A COLUMN OF THE URNG NEAR COBAN ON "
    "SUNDAY. THE ARMY SAID FOUR SOLDIERS WERE WOUNDED.",
    "GUATEMALA CITY, 2 JUN 89 -- [TEXT] THE ARMY PRESS OFFICE REPORTED THAT TWO SOLDIERS WERE WOUNDED "
    "WHEN A URNG UNIT FIRED ON A PATROL IN EL QUICHE.",
    "GUATEMALA CITY, 2 JUN 89 -- [TEXT] THE DEFENSE MINISTRY SAID THREE ARMY CONSCRIPTS WERE HURT IN "
    "THE SKIRMISH. THE URNG SAID IT HAD ATTACKED THE POST.",
])
def test_state_soldiers_hurt_are_no_act_of_their_army(text: str) -> None:
    got = _perps(text)
    assert "Guatemalan armed forces" not in got
    assert got <= {"URNG", None}


def test_foreign_servicemen_killed_are_no_act_of_their_military() -> None:
    text = ("PANAMA CITY, 2 JUN 89 -- [TEXT] THE U.S. SOUTHERN COMMAND SAID 11 U.S. SERVICEMEN HAD BEEN "
            "KILLED. A SPOKESMAN SAID UNITS OF THE PANAMA DEFENSE FORCES HAD FIRED ON THE CONVOY.")
    assert "US military" not in _perps(text, "killed")


def test_near_miss_soldiers_kill_peasants_stay_the_army() -> None:
    text = ("GUATEMALA CITY, 2 JUN 89 -- [TEXT] PEASANTS SAID ARMY SOLDIERS HAD WOUNDED FOUR FARMERS "
            "DURING A SEARCH OF THEIR VILLAGE IN EL QUICHE.")
    assert _perps(text) == {"Guatemalan armed forces"}


def test_near_miss_police_hurt_by_army_men_keep_their_author() -> None:
    text = ("GUATEMALA CITY, 2 JUN 89 -- [TEXT] TWO POLICEMEN WERE WOUNDED WHEN SOLDIERS OPENED FIRE "
            "ON A CHECKPOINT IN ZONE 1.")
    assert _perps(text) == {"Guatemalan armed forces"}


# ---------------------------------------------------------------- unaimed fire

@pytest.mark.parametrize("text", [
    "BUENOS AIRES, 2 JUN 89 -- [TEXT] THE ALL FOR THE FATHERLAND MOVEMENT RAIDED A GARRISON AT DAWN. "
    "A BOY OF NINE WAS WOUNDED BY A STRAY BULLET IN A NEARBY STREET.",
    "BUENOS AIRES, 2 JUN 89 -- [TEXT] THE ALL FOR THE FATHERLAND MOVEMENT RAIDED A GARRISON AT DAWN. "
    "TWO PASSERSBY WERE WOUNDED BY STRAY ROUNDS AS THEY WAITED FOR A BUS.",
    "BUENOS AIRES, 2 JUN 89 -- [TEXT] THE ALL FOR THE FATHERLAND MOVEMENT RAIDED A GARRISON AT DAWN. "
    "A TAXI DRIVER WAS WOUNDED IN THE CROSSFIRE BETWEEN THE TROOPS AND THE ATTACKERS.",
])
def test_stray_fire_has_no_author(text: str) -> None:
    assert _perps(text) == {None}


@pytest.mark.parametrize("text", [
    "GUATEMALA CITY, 2 JUN 89 -- [TEXT] URNG GUERRILLAS WOUNDED TWO PEASANTS IN AN ATTACK ON A FARM, AND A "
    "CHILD WAS HURT BY A STRAY BULLET.",
    "GUATEMALA CITY, 2 JUN 89 -- [TEXT] TWO PEASANTS WERE WOUNDED BY URNG GUERRILLAS, WHILE A CHILD WAS HURT "
    "BY A STRAY BULLET.",
])
def test_near_miss_aimed_fire_beside_stray_fire_keeps_its_author(text: str) -> None:
    got = {(f.number_text, f.perpetrator.name if f.perpetrator else None) for f in figures_on(text, D)}
    assert got == {("TWO", "URNG"), ("A", None)}


# ---------------------------------------------------------------- a state's forces described

@pytest.mark.parametrize("sentence, words", [
    ('THE FEDERATION ACCUSED "THE REPRESSIVE ORGANS OF THE STATE" OF THE ABDUCTIONS.', "REPRESSIVE ORGANS OF THE STATE"),
    ("The priest was shot by agents of the state on his way home.", "agents of the state"),
    ("THE TWO TEACHERS WERE KIDNAPPED BY STATE SECURITY AGENTS, THEIR UNION SAID.", "STATE SECURITY AGENTS"),
])
def test_state_described_is_typed_state_forces(sentence: str, words: str) -> None:
    got = generic_perpetrator(sentence)
    assert got is not None and got.name == "state forces" and got.text == words


def test_state_described_is_the_theatres_security_forces() -> None:
    text = ("GUATEMALA CITY, 2 JUN 89 -- [TEXT] THE STUDENTS ASSOCIATION SAID THAT FIVE OF ITS MEMBERS "
            'REMAIN MISSING AND ACCUSED "REPRESSIVE ORGANS OF THE STATE" OF THE KIDNAPPINGS.')
    assert _perps(text, "missing") == {"Guatemalan security forces"}


def test_near_miss_state_forces_praised_are_no_author() -> None:
    assert generic_perpetrator("The mayor thanked the state forces for restoring calm.") is None


# ---------------------------------------------------------------- unions and peasants as claimants

@pytest.mark.parametrize("words", ["the National Union of Sugar Cane Workers", "a union leader",
                                   "the peasants' league", "the Confederation of Rural Workers"])
def test_unions_and_peasant_bodies_are_ngos(words: str) -> None:
    assert guess_kind(words) == "ngo"


@pytest.mark.parametrize("words", ["Soviet Union", "European Union officials"])
def test_near_miss_state_unions_are_no_ngo(words: str) -> None:
    assert guess_kind(words) != "ngo"


@pytest.mark.parametrize("text", [
    "KYIV, June 2 - Russia's defence ministry said 40 of its soldiers were killed when Ukrainian forces "
    "shelled a barracks in the occupied town.",
    "KYIV, June 2 - Ukrainian artillery killed 30 soldiers at a Russian depot near the front, the general staff said.",
])
def test_near_miss_soldiers_of_a_war_between_states_keep_the_author(text: str) -> None:
    assert _perps(text, "killed") == {"Ukrainian forces"}
