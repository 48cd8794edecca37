"""US gun stories and wire copy, second round (s12_gvc2): totals and single victims.

All sentences are the civcas team's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

D = date(2015, 3, 1)
WIRE = "LIMA, 3 MAR 90 (RADIO) -- "


def _got(text: str) -> set[tuple[str, str, int | None, bool]]:
    return {(f.outcome, f.group, f.low, f.part_of is not None) for f in figures_on(text, D)}


def _lows(text: str, outcome: str) -> set[int | None]:
    return {f.low for f in figures_on(text, D) if f.outcome == outcome and f.part_of is None}


# -- number words written closed up in wire copy ("THIRTYTHREE") ---------------------------------

@pytest.mark.parametrize(("text", "outcome", "value"), [
    (WIRE + "THIRTYTHREE SOLDIERS HAVE BEEN INJURED IN A BOMB ATTACK.", "injured", 33),
    (WIRE + "FORTYONE PEASANTS WERE KILLED IN THE VALLEY.", "killed", 41),
    ("Twentyfive people were wounded at the fair, officials said.", "injured", 25),
    (WIRE + "SIXTYTWO FISHERMEN WERE KILLED WHEN THE BOAT WAS BOMBED.", "killed", 62),
])
def test_closed_tens_number_words(text: str, outcome: str, value: int) -> None:
    assert value in _lows(text, outcome)


def test_closed_tens_near_miss() -> None:
    # a longer word that only starts with a tens word is no number
    assert 20 not in _lows("The twentysomething man was killed on Elm Street.", "killed")


def test_seamen_are_counted() -> None:
    assert 16 in _lows(WIRE + "SIXTEEN SEAMEN WERE INJURED IN THE PORT.", "injured")


# -- "him"/"her" as the object of a killing or wounding verb --------------------------------------

@pytest.mark.parametrize(("text", "outcome"), [
    (WIRE + "A PATROL OPENED FIRE ON A FARMER, WOUNDING HIM IN THE ARM.", "injured"),
    (WIRE + "MASKED MEN DRAGGED THE TEACHER FROM THE BUS AND KILLED HER.", "killed"),
    ("The bullet struck Dana Whitfield in the neck, killing her instantly.", "killed"),
    (WIRE + "A POLICE PATROL AMBUSHED A TRUCK DRIVER AND KILLED HIM NEAR THE BRIDGE.", "killed"),
])
def test_pronoun_object_is_one_victim(text: str, outcome: str) -> None:
    assert _lows(text, outcome) == {1}


@pytest.mark.parametrize("text", [
    "The gunman would have killed him, police said.",
    "He told deputies he had tried to kill her.",
    WIRE + "THE GUERRILLAS THREATENED TO KILL HIM.",
    "Three deputies shot and killed him outside the motel, the sheriff said.",
])
def test_pronoun_object_near_misses(text: str) -> None:
    assert not figures_on(text, D)


# -- parts of a count: coordinates and an aside restating the count ------------------------------

@pytest.mark.parametrize(("text", "child"), [
    ("The dead included two adults and one child, police said.", 1),
    ("Among those killed were three adults and two children.", 2),
    ("The victims were two adults and three children, the coroner said.", 3),
])
def test_coordinated_parts_are_no_total_of_each_other(text: str, child: int) -> None:
    assert ("killed", "children", child, False) in _got(text)  # not a part of the adults


def test_coordinated_parts_near_miss() -> None:
    # a toll told before: both coordinates are its parts
    got = _got("Nine people died. The victims were eight adults and a 15-year-old girl.")
    assert ("killed", "children", 1, True) in got and ("killed", "people", 8, True) in got


@pytest.mark.parametrize(("text", "value"), [
    ("Police found three people — two adults and a child — dead inside the home.", 3),
    ("Officers found four people, three adults and a teenager, dead in the apartment.", 4),
    ("Five people, three men and two women, were shot outside the club.", 5),
])
def test_aside_restating_the_count(text: str, value: int) -> None:
    figs = figures_on(text, D)
    totals = [f for f in figs if f.part_of is None]
    assert [f.low for f in totals] == [value]
    assert len(figs) == 3  # the two parts stay, as parts of the total


def test_aside_that_does_not_add_up_is_no_restatement() -> None:
    # four is not two plus one: no total read through the aside
    assert 4 not in _lows("Police found four people — two adults and a child — dead inside the home.", "killed")


# -- "casualties" mix the dead and the wounded: no list sum --------------------------------------

@pytest.mark.parametrize("text", [
    WIRE + "THE EXPLOSION CAUSED 12 CASUALTIES, AND FOUR SOLDIERS WERE KILLED.",
    WIRE + "THE BOMB LEFT 7 CASUALTIES, AND THREE PEASANTS WERE KILLED.",
    WIRE + "THE CLASH CAUSED 9 CASUALTIES AND TWO VILLAGERS WERE KILLED.",
])
def test_casualties_not_summed_with_the_dead(text: str) -> None:
    lows = _lows(text, "killed")
    assert not any(v is not None and v > 12 for v in lows) and 16 not in lows and 10 not in lows and 11 not in lows


def test_list_sum_near_miss() -> None:
    assert 3 in _lows("Two men and a woman were killed in the shooting.", "killed")


# -- no victim: "the killing of human beings", "the execution of the ... plan" -------------------

@pytest.mark.parametrize("text", [
    WIRE + "THE BISHOP CONDEMNED THE MASSIVE KILLING OF HUMAN BEINGS IN THE COUNTRY.",
    WIRE + "THE EXECUTION OF THE ALLEGED PEOPLES LIBERATION ARMY (PLA) PLAN WILL COINCIDE WITH THE VISIT.",
    WIRE + "THE ARMY SAID THE EXECUTION OF THESE CRIMINAL ACTIONS WAS PLANNED ABROAD.",
])
def test_no_single_victim(text: str) -> None:
    assert not figures_on(text, D)


def test_no_single_victim_near_miss() -> None:
    assert _lows(WIRE + "THE PARTY CONDEMNED THE ASSASSINATION OF JOSE PEREZ ON 3 MAY.", "killed") == {1}
    assert 4 in _lows(WIRE + "FOUR HUMAN BEINGS WERE KILLED IN THE RAID.", "killed")


# -- one person's injuries ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Deputies said both victims had multiple injuries consistent with gunshot wounds.",
    "Officers said the pair had several wounds to the legs.",
    "The boy has multiple injuries to his arms, his mother said.",
])
def test_injuries_a_person_had_are_no_count(text: str) -> None:
    assert not [f for f in figures_on(text, D) if f.outcome == "injured" and f.low == 2 and f.high is None]


# -- one person also shot beside the dead ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A 30-year-old man was killed outside the bar. A woman was also shot in the leg.",
    "A man was killed on Elm Street. The woman was also shot, in the shoulder, and is recovering at Mercy General.",
    "A man was killed on Elm Street. His sister was also shot in the arm.",
    "A teenager died at the scene. His friend, 19-year-old Marcus Bell, was also shot twice.",
])
def test_also_shot_beside_the_dead(text: str) -> None:
    assert _lows(text, "injured") == {1}
    assert _lows(text, "killed") == {1}


@pytest.mark.parametrize("text", [
    "A man was killed on Elm Street. A woman was shot in the leg.",  # no "also": may be the dead one
    "A man was killed on Elm Street. A woman was also arrested.",
    "A man was killed on Elm Street. The woman was also shot and later died at the hospital.",
])
def test_also_shot_near_misses(text: str) -> None:
    assert not _lows(text, "injured")


# -- a single victim in a present state -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    WIRE + "JOSE PEREZ, LEADER OF THE MINERS UNION, IS SERIOUSLY INJURED, HIS FAMILY SAID.",
    WIRE + "MARIA LOPEZ, A NURSE AT THE CLINIC, IS GRAVELY WOUNDED.",
    "Officer Dana Reyes is critically injured, police said.",
])
def test_is_injured(text: str) -> None:
    assert _lows(text, "injured") == {1}


@pytest.mark.parametrize("text", ["Dana Reyes is not injured.", "Dana Reyes is killed in the film."])
def test_is_injured_near_misses(text: str) -> None:
    assert not figures_on(text, D)


# -- "N dead, and the (N+1)th died" ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "total"), [
    ("Two guards were shot dead, and the third man died on the way to hospital.", 3),
    ("Two brothers were declared dead on the porch, and the third person, a retired nurse, died overnight.", 3),
    ("Three women were killed, and the fourth woman died later at the hospital.", 4),
])
def test_ordinal_total(text: str, total: int) -> None:
    assert _lows(text, "killed") == {total}


@pytest.mark.parametrize("text", [
    "Two men died, and the third was wounded.",  # a harm, not a death: no sum
    "Two men were killed, and the fourth man died later.",  # not the next ordinal
])
def test_ordinal_total_near_misses(text: str) -> None:
    assert _lows(text, "killed") == {2}


# -- a single victim before a relative clause that closes with a comma ---------------------------

@pytest.mark.parametrize(("text", "outcome"), [
    (WIRE + "JUAN TORRES OCHOA, 64, WHO WAS SELLING NEWSPAPERS ON THE CORNER OF THE PLAZA AT THE TIME "
            "OF THE BLAST, WAS KILLED.", "killed"),
    (WIRE + "THE NIECE OF THE BRAZILIAN CONSUL, WHO HAS BEEN IDENTIFIED BY THE HOSPITAL AS ANA COSTA, "
            "WAS WOUNDED IN THE CAPITAL.", "injured"),
    (WIRE + "PEDRO SALAS, 58, WHO DROVE THE BUS FOR THE COOPERATIVE, WAS KILLED.", "killed"),
])
def test_relative_clause_before_the_verb(text: str, outcome: str) -> None:
    assert _lows(text, outcome) == {1}


def test_relative_clause_near_miss() -> None:
    # not a harm: no figure
    assert not figures_on("Pruitt, who rents a unit on Larkspur Lane, was driven to Saint Agnes Hospital.", D)
