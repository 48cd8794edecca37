"""GVC-style local news, session 12: the children among named dead whose list a count in another
sentence covers (namedparts.py); one person shot "in the arm" as the object of the verb
(shotforms.py ``_wound_place``)."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on

_DAY = date(2016, 5, 3)


def _rows(text: str) -> list[tuple[str, str, int | None, int | None, bool]]:
    return sorted((f.outcome, f.group, f.low, f.high, f.part_of is not None)
                  for f in figures_on(text, _DAY) if f.outcome in ("killed", "injured"))


# --- a covered list keeps its children --------------------------------------------------------------

def test_a_mother_and_her_child_under_a_count_of_two() -> None:
    text = ("Police found two people dead in a home on Elm Street on Friday. Tanya Mills and her 4-year-old "
            "son were both found dead inside the home, police said.")
    assert _rows(text) == [("killed", "children", 1, 1, True), ("killed", "people", 2, 2, False)]


def test_a_daughter_named_after_a_count_of_bodies() -> None:
    text = ("Deputies found two bodies in a burned-out car near Lake Orme. Gloria Tate and her 6-year-old "
            "daughter died of gunshot wounds, the coroner said.")
    assert _rows(text) == [("killed", "children", 1, 1, True), ("killed", "people", 2, 2, False)]


def test_a_semicolon_list_of_relatives_under_a_count() -> None:
    text = ("A gunman killed three people in a home on Birch Road before killing himself. The 40-year-old "
            "mechanic had killed his 9-year-old son, Tyler Banks; his 38-year-old wife, Rhonda Banks; and "
            "her father, Leon Pratt, 71.")
    children = [r for r in _rows(text) if r[1] == "children"]
    assert children == [("killed", "children", 1, 1, True)]


def test_an_adult_relative_adds_nothing() -> None:
    text = ("Police found two people dead in a home on Elm Street on Friday. Tanya Mills and her 41-year-old "
            "husband were both found dead inside the home, police said.")
    assert _rows(text) == [("killed", "people", 2, 2, False)]


def test_wounded_relatives_add_no_part() -> None:
    # (only the dead: an injured child beside a count of wounded is not carried over)
    text = ("Two people were wounded in a shooting on Elm Street on Friday. Tanya Mills and her 4-year-old "
            "son were both wounded, police said.")
    assert _rows(text) == [("injured", "people", 2, 2, False)]


# --- one person shot in a named part of the body --------------------------------------------------------

def test_a_stepson_shot_in_the_shoulder() -> None:
    text = ("Police said Dale Rusk, 30, shot his 8-year-old stepson in the shoulder. The boy was taken to a "
            "hospital in stable condition.")
    assert _rows(text) == [("injured", "children", 1, 1, False)]


def test_a_toddler_shot_by_a_cousin() -> None:
    text = ("Deputies say a 3-year-old shot a 2-year-old cousin in the leg with a pistol. The toddler is in "
            "serious condition.")
    assert _rows(text) == [("injured", "children", 1, 1, False)]


def test_a_sister_struck_after_an_aside_of_her_name() -> None:
    text = "The rifle went off and struck his sister, Nora Vance, in the left hand. She was treated at a hospital."
    assert [(r[0], r[2]) for r in _rows(text)] == [("injured", 1)]


def test_no_wound_named_no_hit() -> None:
    text = "Police said Dale Rusk shot his stepson outside a gas station. The boy was taken to a hospital."
    assert _rows(text) == []


def test_a_death_told_later_is_no_injury() -> None:
    text = "Police say Carl Dune shot his wife in the head Sunday. She was rushed to a medical center, where she died."
    assert [r[0] for r in _rows(text)] == ["killed"]


def test_a_death_in_the_sentence_is_no_injury() -> None:
    assert [r for r in _rows("He shot a clerk in the chest, killing him, police said.") if r[0] == "injured"] == []
