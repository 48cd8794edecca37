"""Perpetrators of figures told with a placeholder author when the incident's own sentences hold a
party responsible; a military speaking body as its forces; the attacker's own death after the act."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract.accused import accused_in
from civcas.extract.shooters import lone_shooter
from civcas.extract.speakerforces import speaker_forces
from civcas.extract.typed import generic_perpetrator
from civcas.models import Actor
from extract_helpers import figures_on

D = date(2020, 5, 1)


def _numbered(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures_on(text, D)
            if f.low is not None and f.stance != "denied"}


# --- a placeholder author gives way to the party the incident's sentences blame -------------------

@pytest.mark.parametrize(("text", "party"), [
    ("SAN SALVADOR - Unidentified gunmen shot dead a union leader and his driver outside their office "
     "on Monday, police said. A human rights group blamed the army for the killings.", "Salvadoran armed forces"),
    ("SAN SALVADOR - Unidentified gunmen shot dead three peasants in a village on Monday, police said. "
     "Relatives accused the army of carrying out the killings.", "Salvadoran armed forces"),
    ("GUATEMALA CITY, 20 SEP 89 (ACAN-EFE) -- [TEXT] UNIDENTIFIED GUNMEN KIDNAPPED FIVE UNION LEADERS IN "
     "THE CAPITAL YESTERDAY, THE UNION SAID. THE UNION ACCUSED \"THE REPRESSIVE BODIES OF THE STATE\" OF "
     "CARRYING OUT THE ABDUCTIONS.", "Guatemalan security forces"),
    ("SAN SALVADOR - Unidentified gunmen shot dead three peasants in a village on Monday, police said. "
     "Relatives blamed the death squads for the killings.", "death squads"),
])
def test_placeholder_takes_the_blamed_party(text: str, party: str) -> None:
    assert _numbered(text) == {party}


@pytest.mark.parametrize("text", [
    # an accusation of something else than the act
    "SAN SALVADOR - Unidentified gunmen shot dead three peasants in a village on Monday, police said. "
    "Relatives accused the army of failing to investigate earlier threats.",
    # a denier's counter-accusation: contested
    "SAN SALVADOR - Unidentified gunmen shot dead three peasants in a village on Monday, police said. "
    "The army denied any part in the killings and blamed the guerrillas.",
    # the author is said to be unknown
    "MOGADISHU - Gunmen killed three aid workers in an ambush near the town on Tuesday, officials said. "
    "No faction has yet claimed the ambush, the district governor said.",
])
def test_placeholder_stays_without_a_blamed_party(text: str) -> None:
    assert _numbered(text) == {"unidentified gunmen"}


@pytest.mark.parametrize("sentence", [
    'The interior ministry said four civilians were killed and blamed "Haftar\'s militias" for the attack.',
    "The health ministry said nine people died and blamed Haftar's fighters for the killings.",
    "The ministry said two people were killed and blamed Haftar's men for the attack.",
])
def test_a_leaders_armed_men_are_his_forces(sentence: str) -> None:
    got = accused_in(sentence, theatre=("LY",))
    assert got is not None and got.name == "Libyan National Army"


def test_a_persons_men_without_a_known_force_stay_suspects() -> None:
    got = accused_in("The ministry said two people died and blamed the mayor's men for the attack.", theatre=("LY",))
    assert got is not None and got.name == "suspects"


# --- a military speaking body stands for its forces --------------------------------------------------

@pytest.mark.parametrize(("name", "text", "forces"), [
    ("Russia's Ministry of Defence", "Russia's Ministry of Defence", "Russian forces"),
    ("Russia's defense ministry", "Russia's defense ministry", "Russian forces"),
    ("military source", "A Syrian military source", "Syrian government"),
    ("Israeli military sources", "Israeli military sources", "Israeli military"),
])
def test_military_body_as_its_forces(name: str, text: str, forces: str) -> None:
    got = speaker_forces(Actor(name=name, text=text, kind="belligerent"), theatre=("SY",))
    assert got is not None and got.name == forces


@pytest.mark.parametrize(("name", "text"), [
    ("rebel spokesman", "A rebel spokesman"),  # no state body
    ("Syrian spokesman", "A Syrian spokesman"),  # any speaker's word needs a force named before it
    ("health ministry", "the health ministry"),
])
def test_other_speakers_are_no_forces(name: str, text: str) -> None:
    assert speaker_forces(Actor(name=name, text=text, kind="belligerent"), theatre=("SY",)) is None


def test_force_acronym_spokesman_is_the_force() -> None:
    got = speaker_forces(Actor(name="Fdp Spokesman", text="FDP SPOKESMAN", kind="local"), theatre=("PA",))
    assert got is not None and got.name == "Panama Defense Forces"


@pytest.mark.parametrize(("text", "forces"), [
    ("IDLIB - Air strikes on a busy market killed 25 civilians on Saturday, rescuers said. Russia's Ministry "
     "of Defence said no Russian jets had flown over the province that day.", "Russian forces"),
    ("ALEPPO - Air strikes on a clinic killed 14 civilians on Monday, medics said. A Syrian military source "
     "told state television that reports of a strike on the clinic were \"lies\" and that the army had hit "
     "only militant positions.", "Syrian government"),
    ("HOMS - Air strikes on a bakery killed 11 civilians on Friday, activists said. Syria's Ministry of "
     "Defence denied carrying out any strikes on the town.", "Syrian government"),
])
def test_denial_by_a_military_body_names_its_forces(text: str, forces: str) -> None:
    denied = [f for f in figures_on(text, D) if f.stance == "denied"]
    assert denied and all(f.perpetrator is not None and f.perpetrator.name == forces for f in denied)


# --- the attacker's own death after the act is not the victims' author --------------------------------

@pytest.mark.parametrize("sentence", [
    "A gunman opened fire at a warehouse on Tuesday, killing four workers before he was shot dead by police.",
    "A gunman killed three people at a bar before being killed by police officers.",
    "Gunmen opened fire on the crowd, wounding 12 people, until they were shot by soldiers.",
])
def test_attackers_later_death_is_not_the_author(sentence: str) -> None:
    got = generic_perpetrator(sentence)
    assert got is not None and got.name not in ("police", "soldiers")


def test_victims_killed_by_police_stay_police() -> None:
    got = generic_perpetrator("Two protesters were shot dead by police on Tuesday.")
    assert got is not None and got.name == "police"


def test_gunman_keeps_the_victims_and_the_police_his_death() -> None:
    figs = figures_on("DAYTON, Ohio -- A gunman opened fire at a warehouse on Tuesday, killing four workers "
                      "before he was shot dead by police, the police chief said.\n\nThree officers were "
                      "wounded as they entered the building.", D)
    by = {(f.outcome, f.low): f.perpetrator.name if f.perpetrator else None for f in figs}
    assert by[("killed", 4)] == "gunman" and by[("injured", 3)] == "gunman" and by[("killed", 1)] == "police"


# --- one person who draws a gun, or opens fire after a long description, is the gunman ---------------

@pytest.mark.parametrize(("sentence", "text"), [
    ("A 45-year-old forklift driver who had been told that he was losing his job at the Acme Tool Co. depot "
     "pulled a handgun in the office and killed four co-workers.", "A 45-year-old forklift driver"),
    ("A former employee pulled out a pistol and shot three managers.", "A former employee"),
    ("A 52-year-old bus driver who had been suspended from his job opened fire at the depot.",
     "A 52-year-old bus driver"),
])
def test_lone_shooter_shapes(sentence: str, text: str) -> None:
    got = lone_shooter(sentence)
    assert got is not None and got.name == "gunman" and got.text == text


@pytest.mark.parametrize("sentence", [
    "A police officer pulled his gun and ordered the man to stop.",
    "A man drew a knife and stabbed two people.",
])
def test_lone_shooter_near_misses(sentence: str) -> None:
    assert lone_shooter(sentence) is None


# --- unnamed attackers said to serve, or to belong to, a described party ------------------------------

@pytest.mark.parametrize(("sentence", "party"), [
    ("THE PROSECUTOR WAS MURDERED LAST YEAR BY GUNMEN WORKING FOR THE DRUG TRAFFICKERS.", "drug traffickers"),
    ("Two farmers were shot dead by men in the pay of paramilitaries.", "paramilitaries"),
    ("The activist was killed by gunmen in the service of the death squads.", "death squads"),
])
def test_attackers_serving_a_party(sentence: str, party: str) -> None:
    got = generic_perpetrator(sentence)
    assert got is not None and got.name == party


def test_service_as_a_place_is_no_party() -> None:
    got = generic_perpetrator("The gunmen in the service station fled after killing a guard.")
    assert got is None or got.name == "unidentified gunmen"


@pytest.mark.parametrize(("text", "party"), [
    ("MONTERIA, 16 JAN 90 (RADIO CARACOL) -- [TEXT] ABOUT 50 ARMED MEN RAIDED THE VILLAGE OF SAN JOSE LAST "
     "NIGHT AND TOOK AWAY 30 PEASANTS, LOCAL AUTHORITIES SAID. RESIDENTS SAID THE ARMED MEN BELONGED TO A "
     "PARAMILITARY GROUP FROM A NEIGHBORING DEPARTMENT.", "paramilitaries"),
    ("SAN SALVADOR - Unidentified gunmen shot dead four peasants in a village on Sunday, police said. "
     "Witnesses said the gunmen were members of a death squad.", "death squads"),
    ("SAN SALVADOR - Gunmen killed two union members in the capital on Sunday, police said. Police said the "
     "attackers belonged to the FMLN.", "FMLN"),
])
def test_attackers_identified_later_in_the_incident(text: str, party: str) -> None:
    assert _numbered(text) == {party}


def test_attackers_from_a_place_stay_unidentified() -> None:
    assert _numbered("LIMA - Gunmen killed four peasants in a highland village on Sunday, police said. Police "
                     "said the gunmen came from a nearby town.") == {"unidentified gunmen"}


# --- the state's own losses an army communique tells are the story's armed group's act --------------

@pytest.mark.parametrize("text", [
    "LIMA, 3 MAY 91 (AFP) -- [TEXT] SHINING PATH GUERRILLAS BLEW UP A BRIDGE NEAR HUANTA ON MONDAY. IN ANOTHER "
    "DEVELOPMENT, AN ARMY PATROL KILLED NINE SUBVERSIVES IN A CLASH NEAR AYACUCHO YESTERDAY, AN ARMY COMMUNIQUE "
    "REPORTED. THE COMMUNIQUE SAID THREE SOLDIERS WERE WOUNDED IN THE CLASH.",
    "LIMA, 3 MAY 91 (AFP) -- [TEXT] SHINING PATH GUERRILLAS ATTACKED A POLICE POST IN PUNO ON MONDAY. THE ARMY "
    "SAID THREE SOLDIERS WERE WOUNDED IN A CLASH NEAR AYACUCHO YESTERDAY.",
    "LIMA, 3 MAY 91 (AFP) -- [TEXT] SHINING PATH GUERRILLAS BLEW UP A BRIDGE NEAR HUANTA ON MONDAY. AN ARMY "
    "COMMUNIQUE SAID THREE SOLDIERS WERE WOUNDED YESTERDAY DURING FIGHTING NEAR AYACUCHO.",
])
def test_state_losses_told_by_the_army(text: str) -> None:
    figs = [f for f in figures_on(text, D) if f.outcome == "injured" and f.low == 3]
    assert figs and all(f.perpetrator is not None and f.perpetrator.name == "Shining Path" for f in figs)


def test_state_losses_with_no_armed_group_stay_unattributed() -> None:
    figs = figures_on("LIMA, 3 MAY 91 (AFP) -- [TEXT] AN ARMY PATROL KILLED NINE SUBVERSIVES IN A CLASH NEAR "
                      "AYACUCHO YESTERDAY, AN ARMY COMMUNIQUE REPORTED. THE COMMUNIQUE SAID THREE SOLDIERS WERE "
                      "WOUNDED IN THE CLASH.", D)
    assert [f.perpetrator for f in figs if f.outcome == "injured"] == [None]


# --- a belligerent that has acknowledged killing N is the author of that total ----------------------

@pytest.mark.parametrize("sentence", [
    "The US-led coalition has acknowledged killing 41 civilians in its campaign since 2014.",
    "The US-led coalition has admitted to killing at least 41 civilians in Iraq and Syria since 2014.",
    "The US-led coalition has conceded killing 41 civilians since 2014.",
])
def test_acknowledged_killing_total(sentence: str) -> None:
    text = ("MOSUL - Coalition air strikes hit a university building on Saturday, killing eight civilians, "
            "residents said. " + sentence)
    tallies = [f for f in figures_on(text, D) if f.low == 41]
    assert tallies and all(f.perpetrator is not None and f.perpetrator.name == "US-led coalition" for f in tallies)


def test_denied_killing_is_no_admitted_total() -> None:
    text = ("MOSUL - Coalition air strikes hit a university building on Saturday, killing eight civilians, "
            "residents said. The US-led coalition has denied killing 41 civilians, residents said.")
    assert not [f for f in figures_on(text, D) if f.low == 41 and f.stance == "asserted"
                and f.perpetrator is not None and f.perpetrator.name == "US-led coalition"]
