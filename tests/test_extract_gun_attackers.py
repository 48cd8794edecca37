"""The attacker's own death or wound, in more of the ways local reporting tells it
(civcas.extract.attackerdeaths, data/extract/attackers.toml).  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

_LEAD = "TULSA, Okla. -- A gunman opened fire at a medical office on Wednesday, killing four people and wounding two, police said."


def figs(text: str) -> list[Figure]:
    return extract(Document(id="g", text="Shooting at a medical office\n\n" + text), published=dt.date(2017, 6, 1))


def attacker(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return [(f.outcome, f.group, f.low, f.perpetrator.name if f.perpetrator else None)
            for f in figs(text) if f.group == "combatants"]


@pytest.mark.parametrize("sentence", [
    "The shooter was killed an hour later in a shootout with three sheriff's deputies near a ranch.",
    "He died in an exchange of gunfire with state troopers on the interstate.",
    "The suspect was later killed in a gun battle with officers outside a motel.",
    "HE WAS SHOT DEAD DURING A FIREFIGHT WITH POLICE OFFICERS, THE CHIEF SAID.".capitalize(),
])
def test_killed_in_a_fight_with_officers(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("killed", "combatants", 1, "police")]


@pytest.mark.parametrize("sentence", [
    "Officers returned fire, killing him, police said.",
    "After a standoff, police sent a robot carrying explosives into the garage and set it off, killing him.",
    "Two deputies fired back from behind a cruiser, killing the shooter.",
    "The town's police chief, who arrived alone, shot him dead in the lobby.",
])
def test_officers_killing_him(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("killed", "combatants", 1, "police")]


@pytest.mark.parametrize("sentence", [
    "The suspect was shot and wounded by police and remains hospitalized.",
    "He was wounded by an officer and is in stable condition, the chief said.",
    "The gunman had been shot and injured by a state trooper before he fled on foot.",
])
def test_wounded_by_officers(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("injured", "combatants", 1, "police")]


@pytest.mark.parametrize("sentence", [
    "The suspect, Tom Ray, 30, was wounded in the leg by his own gun during the struggle.",
    "The gunman was hit in the stomach by his own bullet when the pistol went off.",
    "The shooter was accidentally shot in the hand with his own rifle as a customer grabbed it.",
])
def test_wounded_by_his_own_gun(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("injured", "combatants", 1, "gunman")]


@pytest.mark.parametrize("text", [
    # the victims are counted in the sentence before; the clause that turns the gun fires at people
    "A gunman killed two students in a school cafeteria on Friday, police said. Police say the boy walked up "
    "to their table and fired at three friends with a pistol before turning the weapon on himself.",
    "Three people were shot dead at a bar on Sunday, police said. The shooter argued with a bartender, "
    "fired several rounds at the regulars and then took his own life in the parking lot.",
    "FIVE WORKERS WERE KILLED AT A DEPOT ON MONDAY. THE SHOOTER WALKED THROUGH THE YARD FIRING AT "
    "CO-WORKERS BEFORE HE TOOK HIS OWN LIFE.".capitalize(),
])
def test_a_suicide_after_victims_told_earlier(text: str) -> None:
    assert attacker(text) == [("killed", "combatants", 1, "gunman")]


@pytest.mark.parametrize("text", [
    # another man's suicide: his clause fires at no one
    "A gunman killed four workers at a depot on Monday. His brother had been arrested in 2010 and later took "
    "his own life in jail.",
    # the toll before counts the killer: he shot "the other" victims
    "Four people were found dead in a motel room on Friday, police said. Investigators think the father "
    "fatally shot the other two before he took his own life.",
])
def test_no_second_attacker(text: str) -> None:
    assert attacker(text) == []


def test_a_story_that_never_says_gunman() -> None:
    got = attacker("A man who broke into a farmhouse killed five people and wounded a sixth before a trooper "
                   "shot him dead, the state police said.")
    assert got == [("killed", "combatants", 1, "police")]


@pytest.mark.parametrize(("sentence", "injured"), [
    ("A gunman killed six people and wounded a seventh before fleeing.", 1),
    ("The blast killed two soldiers and injured a third near the gate.", 1),
    ("He shot four customers, killing three and wounding a fourth on Saturday.", 1),
])
def test_a_wounded_ordinal_after_the_verb(sentence: str, injured: int) -> None:
    got = [f.low for f in figs(sentence) if f.outcome == "injured"]
    assert got == [injured]


@pytest.mark.parametrize("recall", [
    "Until Sunday that record belonged to a 1999 attack at a diner in Austin, where a gunman killed 12 people "
    "before shooting himself.",
    "The previous worst was the 2003 shooting at a plant in Meridian, where a worker shot six colleagues "
    "dead before turning his rifle on himself.",
    "Older residents recalled a 1984 massacre at a restaurant, where a gunman shot 21 people dead before "
    "police killed him.",
])
def test_a_recalled_attack_of_an_earlier_year_has_its_own_attacker(recall: str) -> None:
    text = ("A gunman killed nine people at a church in Elm Creek on Sunday, police said. The gunman was found "
            "dead in his car, the sheriff said. " + recall)
    assert len(attacker(text)) == 2


@pytest.mark.parametrize("sentence", [
    "The gunman died after exchanging shots with two deputies in the parking lot.",
    "He was killed while trading gunfire with officers near the loading dock.",
    "The shooter later died after swapping fire with state troopers on the ramp.",
])
def test_died_after_exchanging_fire_with_officers(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("killed", "combatants", 1, "police")]


def test_a_named_gunman_with_his_age_who_died_in_a_gunfight() -> None:
    text = (_LEAD + " Police identified the gunman as Dale Ruiz.\n\nRuiz, 44, died after exchanging gunfire with "
            "officers in a stairwell, the chief said.")
    assert attacker(text) == [("killed", "combatants", 1, "police")]


def test_a_bystander_who_died_after_a_gunfight_is_no_attacker() -> None:
    text = _LEAD + " A clerk died after the gunman exchanged fire with police."
    assert ("killed", "combatants", 1, "police") not in attacker(text)


@pytest.mark.parametrize("sentence", [
    "The 15-year-old shooter then turned the pistol on himself.",
    "The teenage gunman then shot himself in a stairwell, police said.",
    "Two people were hurt before the teen shooter turned his rifle on himself, deputies said.",
    "Deputies later found the lone suspect dead in a shed behind the office.",
])
def test_an_attacker_named_with_a_modifier_or_an_age(sentence: str) -> None:
    assert attacker(_LEAD + " " + sentence) == [("killed", "combatants", 1, "gunman")]


def test_another_suspect_with_a_modifier_is_not_read_as_the_attacker() -> None:
    assert attacker(_LEAD + " The other suspect then turned the gun on himself.") == []


@pytest.mark.parametrize("sentence", [
    "A coach who tried to calm the boy was shot dead, and two pupils were hurt before the masked shooter turned "
    "his pistol on himself, deputies said.",
    "A guard who had survived an earlier robbery was killed before the gunman shot himself, police said.",
    "A clerk who tried to flee was wounded before the shooter took his own life, deputies said.",
])
def test_survival_words_about_victims_do_not_save_the_gunman(sentence: str) -> None:
    assert ("killed", "combatants", 1, "gunman") in attacker(_LEAD + " " + sentence)


def test_the_gunmans_own_survival_still_counts() -> None:
    text = _LEAD + " The gunman then shot himself and was in critical condition on Thursday, police said."
    assert ("killed", "combatants", 1, "gunman") not in attacker(text)
