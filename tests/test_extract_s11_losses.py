"""One side's losses told with "lose" / "the loss of" (civcas.extract.kinloss.side_lost, sidelosses) and
breakdowns of a stated toll that go on in the next clause or sentence (partitions, count_partitives,
count_resolve).  All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.models import Figure
from extract_helpers import figures_on

_DAY = date(1990, 1, 3)


def _rows(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome, f.group, f.low) for f in figures_on(text, _DAY)]


def _one(text: str, low: int) -> Figure:
    return next(f for f in figures_on(text, _DAY) if f.low == low)


# --- A. a side's own losses ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The army said it lost four soldiers in a clash with the rebels near the border.",
     ("killed", "combatants", 4)),
    ("In the fighting near the river, the brigade lost six men, a spokesman said.", ("killed", "combatants", 6)),
    ("The column withdrew toward the hills with the loss of one fighter, the statement said.",
     ("killed", "combatants", 1)),
    ("The garrison held the post with the loss of three policemen, officials said.", ("killed", "combatants", 3)),
    ("THE INSURGENTS SAID THEY HAD LOST ONLY FOUR MEN IN THE ASSAULT ON THE BARRACKS.",
     ("killed", "combatants", 4)),
    ("The hamlet lost 12 villagers in the massacre, a priest said.", ("killed", "civilians", 12)),
])
def test_a_side_that_lost_its_people(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _rows(text)


def test_their_own_dead_beside_the_enemy_dead() -> None:
    rows = _rows("THE GUERRILLAS SAID THEY HAD KILLED 12 SOLDIERS AND LOST TWO OF THEIR OWN IN THE CLASH.")
    assert ("killed", "combatants", 12) in rows
    assert ("killed", "combatants", 2) in rows


def test_a_village_that_lost_men_keeps_them_men() -> None:
    assert ("killed", "men", 5) in _rows("Elders said the village lost five men in the raid on Tuesday.")


@pytest.mark.parametrize("text", [
    "The rebels lost their homes in the flooding last spring.",
    "The army lost 40 percent of its territory in the north last year.",
    "The army lost contact with two patrols on Tuesday night.",
    "The party lost the election and two seats in the assembly.",
    "The rebels lost ground in the north during the offensive.",
    "The air force lost two helicopters in the fighting.",
    "The county lost 300 residents over the past decade, the census showed.",
])
def test_losses_that_are_no_deaths(text: str) -> None:
    assert not any(f.outcome == "killed" for f in figures_on(text, _DAY))


@pytest.mark.parametrize(("text", "low", "perpetrator"), [
    ("SAN SALVADOR, 3 JAN 90 -- THE FMLN SAID ITS UNITS KILLED 12 SOLDIERS AND LOST TWO OF THEIR OWN "
     "IN THE FIGHTING NEAR THE DAM.", 2, "Salvadoran armed forces"),
    ("SAN SALVADOR, 3 JAN 90 -- IN A COMMUNIQUE, THE FMLN SAID ITS FORCES KILLED 20 SOLDIERS AND LOST ONLY "
     "THREE MEN.", 3, "Salvadoran armed forces"),
    ("SAN SALVADOR, 3 JAN 90 -- THE FMLN LOST FIVE COMBATANTS IN THE FIGHTING, THE ARMY SAID.", 5,
     "Salvadoran armed forces"),
    ("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES SAID THEY LOST FOUR SOLDIERS IN A CLASH WITH FMLN "
     "GUERRILLAS.", 4, "FMLN"),
])
def test_the_other_side_did_it(text: str, low: int, perpetrator: str) -> None:
    f = _one(text, low)
    assert f.perpetrator is not None and f.perpetrator.name == perpetrator


def test_a_relative_who_lost_members_of_his_family() -> None:
    f = _one("One relative, reached by telephone, said he had lost nine members of his family in the strike.", 9)
    assert (f.outcome, f.group) == ("killed", "people")
    assert f.claimant is not None and f.claimant.name == "relatives"


# --- B. breakdowns that go on after the total ---------------------------------------------------

def _parts(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome, f.group, f.low) for f in figures_on(text, _DAY) if f.part_of is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seven people were killed in the blast at the mill, officials said. Four of the dead were employees of "
     "the mill and three were shoppers.", [("killed", "civilians", 4), ("killed", "civilians", 3)]),
    ("Five people were shot dead at the market. Three of the dead were vendors; two were farmers.",
     [("killed", "civilians", 3), ("killed", "civilians", 2)]),
    ("Six people were killed in the raid. Four were women and two were children.",
     [("killed", "women", 4), ("killed", "children", 2)]),
    ("Eight people were wounded in the attack. Five were pilgrims, and three were residents.",
     [("injured", "civilians", 5), ("injured", "civilians", 3)]),
])
def test_a_copular_part_goes_on(text: str, expected: list) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine people died in the fire at the clinic. They included two nurses and a driver.",
     [("killed", "civilians", 2), ("killed", "civilians", 1)]),
    ("Eleven people were killed when the bus was bombed. Those included four students.",
     [("killed", "civilians", 4)]),
    ("Ten people were hurt in the blast. They included three teachers and two drivers.",
     [("injured", "civilians", 3), ("injured", "civilians", 2)]),
])
def test_they_included(text: str, expected: list) -> None:
    assert _parts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve people were killed in the attack. Eleven of the dead worked for the water board; the twelfth "
     "was a visitor.", [("killed", "people", 11), ("killed", "civilians", 1)]),
    ("Three people were killed. Two of the dead belonged to the city police and the third was a deputy.",
     [("killed", "combatants", 2), ("killed", "combatants", 1)]),
    ("Four people were killed in the ambush. Three of the dead served as soldiers in the garrison and the "
     "fourth was a farmer.", [("killed", "combatants", 3), ("killed", "civilians", 1)]),
])
def test_a_part_told_by_where_it_worked(text: str, expected: list) -> None:
    got = _rows(text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text", [
    "Nine people died in the storm. They included a grocery store and two churches.",
    "Six people were wounded in the shooting. Three were treated and released.",
    "Six people were wounded in the shooting. Four were in critical condition.",
    "Six people were wounded in the shooting. Two were in their car when it happened.",
])
def test_no_parts(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1, rows
