"""Recall in US local shooting stories: gapped place parts of a toll, hospital intake, survivors of
a wound, earlier killings recalled by a story, victims hit in a reduced relative who then died, and
the killer's own death where the story never calls him a gunman.  All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

DAY = date(2019, 5, 12)
LEAD = "MAPLE, Ohio -- A gunman killed four people at a diner on Saturday night, police said. "


def figs(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.outcome, f.group, f.low) for f in figures_on(text, DAY)]


# -- a bare count coordinated after a placed count, its verb left out -------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Two were killed in the kitchen and two in the dining room, police said.",
     [("killed", "people", 2), ("killed", "people", 2)]),
    ("Three of the dead were found inside the store and one outside, he said.",
     [("killed", "people", 3), ("killed", "people", 1)]),
    ("Two people were shot dead outside the bar and one in the parking lot, police said.",
     [("killed", "people", 2), ("killed", "people", 1)]),
    ("Five were wounded at the bus stop and three near the school.",
     [("injured", "people", 5), ("injured", "people", 3)]),
])
def test_gapped_place_parts(text: str, want: list[tuple[str, str, int]]) -> None:
    assert figs(LEAD + text)[1:] == want


@pytest.mark.parametrize("text", [
    "Two deputies were wounded in the gunfight, one in the shoulder, police said.",
    "Two guards were shot, one in the leg and one in the hip.",
    "Two were killed in the shooting, and one in ten residents said they felt unsafe.",
])
def test_no_gapped_part_for_a_wound_or_a_ratio(text: str) -> None:
    got = figs(LEAD + text)[1:]
    assert len(got) == 1 and got[0][2] == 2


# -- hospital intake ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A spokesman for Akron City Hospital said it had taken in three men from the bar.", ("injured", "men", 3)),
    ("Children's Hospital said it took in two boys, aged 9 and 12.", ("injured", "children", 2)),
    ("The county medical center had taken in four teenagers by midnight.", ("injured", "children", 4)),
    ("City Hospital was still treating four patients, one of them in critical condition.",
     ("injured", "civilians", 4)),
    ("Akron General Medical Center said it was also treating two patients.", ("injured", "civilians", 2)),
])
def test_intake(text: str, want: tuple[str, str, int]) -> None:
    assert figs(LEAD + text)[1:] == [want]


@pytest.mark.parametrize("text", [
    "The hospital took in five families after the fire.",
    "Mercy Medical Center said it was still treating 300 patients a day.",
    "Paramedics drove two women with gunshot wounds from the parking garage to St. Luke's.",
])
def test_no_intake(text: str) -> None:
    assert figs(LEAD + text)[1:] == []


@pytest.mark.parametrize("text", [
    "A spokeswoman for Akron City Hospital said it had received two patients; one of them went home Thursday night.",
    "Mercy Hospital said it had taken in two boys; one of them went home on Sunday.",
    "Two people were wounded; one of them went home Thursday night.",
])
def test_a_release_is_no_part(text: str) -> None:
    assert [f[2] for f in figs(LEAD + text)[1:]] == [2]


# -- a survivor of a wound ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A 12-year-old boy survived a gunshot wound to the chest and called for help.", ("injured", "children", 1)),
    ("Two cashiers survived gunshot wounds, police said.", ("injured", "civilians", 2)),
    ("A 30-year-old woman survives multiple gunshot wounds, the sheriff said.", ("injured", "women", 1)),
])
def test_survived_a_wound(text: str, want: tuple[str, str, int]) -> None:
    assert want in figs(LEAD + text)[1:]


def test_survived_without_a_wound() -> None:
    assert figs(LEAD + "Three students survived the shooting by hiding in a closet.")[1:] == []


# -- an earlier killing the story recalls --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In January, Deputy Mark Ellis was shot and killed behind the courthouse, about 20 miles away.",
    "Sgt. Laura Benton was shot and killed outside a gas station in March.",
    "In 2015, Officer Dale Crane was shot and killed during a traffic stop in the same county.",
])
def test_earlier_named_killing_is_its_own_event(text: str) -> None:
    got = figs(LEAD + text)
    assert len(got) == 2 and got[1][0] == "killed" and got[1][2] == 1


@pytest.mark.parametrize("text", [
    "Bartender Joe Ray was shot and killed near the door.",
    "Officer Sam Ortiz, who had joined the force in February 2017, was shot and killed at the door.",
])
def test_named_victim_of_the_story_stays_covered(text: str) -> None:
    assert len(figs(LEAD + text)) == 1


# -- hit in a reduced relative, then died --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Two more students shot in the school cafeteria, aged 15 and 16, died Wednesday, police said.", 2),
    ("Three customers wounded in Saturday's attack have since died, police said.", 3),
    ("A guard hit by gunfire outside the plant succumbed overnight.", 1),
])
def test_hit_then_died(text: str, want: int) -> None:
    got = figs(LEAD + text)[1:]
    assert [(o, n) for o, _g, n in got] == [("killed", want)]


@pytest.mark.parametrize(("text", "want"), [
    ("Three people shot in the leg were treated and released.", [("injured", 3)]),
    ("Two men wounded in the attack said a third man died.", [("injured", 2), ("killed", 1)]),
])
def test_hit_without_own_death(text: str, want: list[tuple[str, int]]) -> None:
    assert [(o, n) for o, _g, n in figs(LEAD + text)[1:]] == want


# -- the killer's own death -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "MAPLE, Ohio -- A man carrying a shotgun killed the town clerk and two cooks at a diner late on Sunday, "
    "then took his own life in the parking lot, deputies said.",
    "MAPLE, Ohio -- A man killed two workers at a gas station on Friday morning before killing himself, "
    "the sheriff said.",
    "MAPLE, Ohio -- A woman shot three co-workers at a warehouse on Monday and then turned the gun on herself, "
    "police said.",
])
def test_killer_own_death_without_an_attacker_noun(text: str) -> None:
    assert ("killed", "combatants", 1) in figs(text)


def test_a_childs_accident_is_no_attacker() -> None:
    got = figs("MAPLE, Ohio -- Deputies said 4-year-old Liam Ortiz found his uncle's pistol and fatally shot himself.")
    assert ("killed", "combatants", 1) not in got


def test_long_definite_object_coordinated_with_a_count() -> None:
    got = figs("MAPLE, Ohio -- A man armed with a rifle killed the police chief of this small Maple County "
               "village and two employees of a gas station on Friday.")
    assert ("killed", "civilians", 2) in got


@pytest.mark.parametrize("text", [
    "MAPLE, Calif. -- The boy who opened fire on schoolmates at Maple Academy died in a hospital "
    "on Tuesday, two days after the attack in which three pupils lost their lives.",
    "MAPLE, Ohio -- A gunman killed two people at a depot on Friday. The man who opened fire at the depot has "
    "died, the sheriff said.",
    "MAPLE, Ohio -- Two students were killed on Monday. The teenager who opened fire in the cafeteria was "
    "pronounced dead on Thursday.",
])
def test_attacker_told_by_a_relative_clause_died(text: str) -> None:
    assert ("killed", "combatants", 1) in figs(text)


@pytest.mark.parametrize("text", [
    "MAPLE, Ohio -- A gunman killed two people at a depot on Friday. The girl who was shot in the "
    "cafeteria died on Friday.",
    "MAPLE, Ohio -- A gunman killed two people at a depot on Friday. The man who shot at the officers said "
    "the woman died.",
])
def test_victim_told_by_a_relative_clause(text: str) -> None:
    assert ("killed", "combatants", 1) not in figs(text)


@pytest.mark.parametrize("text", [
    "The gunman killed three customers before turning his 9mm semiautomatic handgun on himself, police said.",
    "A man shot two co-workers dead at the depot before turning a borrowed .38-caliber revolver on himself.",
    "The gunman killed two people. He then turned his stolen rifle on himself as deputies arrived.",
])
def test_attacker_turns_a_described_weapon_on_himself(text: str) -> None:
    figs = figures_on(text, date(2019, 6, 3))
    assert any(f.outcome == "killed" and f.group == "combatants" and f.low == 1 for f in figs)


def test_a_tool_turned_on_oneself_is_no_death() -> None:
    text = "The gunman killed two people. The guard later turned his flashlight on himself to show he was unarmed."
    figs = figures_on(text, date(2019, 6, 3))
    assert not any(f.group == "combatants" for f in figs)
