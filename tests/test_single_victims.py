"""Single victims without a number: a person described in apposition, an office holder as object,
the attacker wounded or killed by officers, and no spurious named-part figure for a lone victim.
All sentences are the civcas team's own."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

D = date(2021, 5, 1)


def _has(text: str, outcome: str, group: str, low: int = 1) -> bool:
    return any(f.outcome == outcome and f.group == group and f.low == low for f in figures_on(text, D))


def _incident(text: str) -> list[tuple[str, str, int | None, int | None, str]]:
    return [(f.outcome, f.group, f.low, f.high, f.qualifier) for f in figures_on(text, D)]


# --- a single person in apposition before an intransitive death or a passive -------------------

@pytest.mark.parametrize(("text", "group"), [
    ("The victim, a 23-year-old woman, died at a hospital, police said.", "women"),
    ("The driver, a 45-year-old man, later died of his wounds.", "men"),
    ("The youngest victim, a 16-year-old boy, was pronounced dead at the scene.", "children"),
    ("The cashier, a 52-year-old woman, died on the way to the hospital, officers said.", "women"),
])
def test_apposed_single_victim(text: str, group: str) -> None:
    assert _has(text, "killed", group)


@pytest.mark.parametrize("text", [
    "The gunman, a 23-year-old man, killed two people at the bar.",  # active: the object counts
    "Police identified the victim, a 31-year-old woman, who was found in a car.",  # no death told
    "He shot his neighbor, a 60-year-old man, and fled in a pickup truck.",
])
def test_apposition_near_misses(text: str) -> None:
    assert not any(f.group in ("men", "women") and f.low == 1 for f in figures_on(text, D))


def test_ordinal_apposition_is_a_partition() -> None:
    text = "One boy was pronounced dead at the house, and the second victim, a woman, died two days afterwards."
    assert not _has(text, "killed", "women")


# --- a lone named victim: no named-part figure beside the sentence's own ------------------------

@pytest.mark.parametrize("text", [
    "A shooting on Elm Street late Saturday is under investigation. Kevin Brooks, 19, died at the scene, the coroner said.",
    "Police are investigating a shooting. Sergeant Maria Lopez was shot and killed as she answered the call.",
    "Troopers closed the highway on Monday. Deputy Carl Ames, 38, was fatally shot during a traffic stop.",
])
def test_lone_named_victim_no_named_part(text: str) -> None:
    figs = [f for f in figures_on(text, D) if f.outcome == "killed"]
    assert len(figs) == 1 and figs[0].low == 1 and figs[0].qualifier == "exact"


def test_named_man_without_apposed_age_keeps_his_part() -> None:
    text = "On Monday a 33-year-old man named Karim Odeh was killed in a strike on his family home, his cousin said."
    assert ("killed", "men", 1, None, "at_least") in _incident(text)


# --- officers kill or wound the attacker, told actively -----------------------------------------

STORY = "A gunman killed three people at a warehouse in Ohio on Friday. "


@pytest.mark.parametrize(("text", "outcome"), [
    (STORY + "A state trooper fatally wounded the gunman on the highway.", "killed"),
    (STORY + "Police shot and wounded the suspect, who was taken into custody.", "injured"),
    (STORY + "A deputy wounded the gunman in the leg as he ran from the store.", "injured"),
    (STORY + "Two officers returned fire, wounding him in the shoulder.", "injured"),
    (STORY + "The suspect, a 30-year-old man, was shot in the right arm by a deputy and taken to a hospital.", "injured"),
    (STORY + "He was shot in the stomach by officers during the standoff.", "injured"),
])
def test_attacker_hit_by_officers(text: str, outcome: str) -> None:
    figs = [f for f in figures_on(text, D) if f.group == "combatants" and f.outcome == outcome]
    assert len(figs) == 1 and figs[0].perpetrator is not None and figs[0].perpetrator.name == "police"


@pytest.mark.parametrize("text", [
    STORY + "Police shot at the suspect but missed, and he escaped.",
    STORY + "Officers shot the suspect, who survived and was taken to a hospital.",
    STORY + "A clerk was shot in the leg by the gunman.",
])
def test_attacker_not_hit(text: str) -> None:
    assert not any(f.group == "combatants" for f in figures_on(text, D))


@pytest.mark.parametrize("text", [
    "Police are investigating a shooting at a gas station. Officers shot and killed the suspect after he pointed a rifle at them.",
    "A man robbed a bank in Tulsa on Monday, police said. Officers later shot the suspect dead in a parking lot.",
    "Deputies were called to a home on Route 9 on Sunday. A deputy shot and killed the suspect after he fired at them.",
])
def test_suspect_killed_by_officers_in_story_without_other_toll(text: str) -> None:
    figs = figures_on(text, D)
    assert [(f.outcome, f.group, f.low) for f in figs] == [("killed", "combatants", 1)]
    assert figs[0].perpetrator is not None and figs[0].perpetrator.name == "police"


def test_named_attacker_killed_in_gunfight() -> None:
    text = "A gunman killed five workers at a plant in Texas on Friday. Dale Ruiz was killed in a gunfight with deputies an hour later, the sheriff said."
    assert _has(text, "killed", "combatants")
    near = "A gunman killed five workers at a plant in Texas on Friday. Officer Dana Ruiz was killed in a gunfight with the gunman, the sheriff said."
    assert not any(f.perpetrator is not None and f.perpetrator.name == "police" for f in figures_on(near, D))


def test_turning_a_gun_on_himself() -> None:
    text = "A former clerk shot dead six colleagues at a bottling plant, then turned a gun on himself when police arrived."
    assert _has(text, "killed", "combatants")


# --- one holder of an office as the object or subject of a killing -------------------------------

@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen shot dead the town's mayor outside his home on Monday.", "civilians"),
    ("The gunmen killed the village's police chief on Tuesday, officials said.", "combatants"),
    ("Rebels killed the mayor of San Pedro in an ambush, the army said.", "civilians"),
    ("Officials said the judge of the district court was shot dead outside his home.", "civilians"),
])
def test_office_holder_killed(text: str, group: str) -> None:
    assert _has(text, "killed", group)


def test_office_holder_beside_a_count() -> None:
    text = "A man killed the police chief of the village and two nurses on Friday."
    got = _incident(text)
    assert ("killed", "combatants", 1, 1, "exact") in got and ("killed", "civilians", 2, 2, "exact") in got


@pytest.mark.parametrize("text", [
    "The mayor of San Pedro said two people were killed in the ambush.",
    "Police said the governor of the province was not hurt in the blast.",
    "The town's mayor said the gunman had been arrested.",
])
def test_office_holder_near_misses(text: str) -> None:
    assert not any(f.low == 1 for f in figures_on(text, D))


@pytest.mark.parametrize(("text", "outcome"), [
    ("Sgt. Mark Ellis was shot and killed while answering the call, the chief said.", "killed"),
    ("Cmdr. Paul Reyes died at the hospital hours later, police said.", "killed"),
    ("Lt. Dana Cole was wounded in the exchange of gunfire, the department said.", "injured"),
    ("Capt. Ana Ruiz was wounded during the arrest, officials said.", "injured"),
])
def test_an_abbreviated_rank_before_a_name_is_a_combatant(text: str, outcome: str) -> None:
    figs = figures_on(text, date(2019, 6, 3))
    assert [(f.outcome, f.group, f.low) for f in figs] == [(outcome, "combatants", 1)]


def test_an_abbreviated_courtesy_title_is_no_rank() -> None:
    # near miss: "Dr." says nothing of a force
    figs = figures_on("Dr. Sara Klein was shot and killed in the clinic lobby, police said.", date(2019, 6, 3))
    assert all(f.group != "combatants" for f in figs)
