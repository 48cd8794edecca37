"""US local shooting news, round 6: families seen on gun-violence reporting (sentences are our own)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str, title: str | None = None) -> list[Figure]:
    return extract(Document(id="t", text=text, title=title, published=date(2016, 5, 2)))


def summary(text: str) -> list[tuple[str, str, int | None]]:
    return sorted({(f.outcome, f.group, f.low) for f in figs(text) if f.part_of is None and f.subgroup is None})


@pytest.mark.parametrize("text", [
    "A 15-year-old girl was critically wounded on Elm Street on Friday. Neighbors said she loved to sing. "
    "The 15-year-old girl who was shot on Elm Street died on Sunday, her family said.",
    "Dorian Lake was critically injured in the shooting on Harbor Road.\n\nUPDATE: The 6-year-old who was "
    "shot inside the apartment has died, police said.",
    "Officers found a 19-year-old man with a gunshot wound to the chest. The victim was pronounced dead "
    "at the scene. Detectives are still looking for the gunman in the fatal shooting of a man on Pine Street.",
    "A teenager was taken to the hospital after being shot near the skate park on Monday.\n\n"
    "UPDATE: Police say the 14-year-old boy has died from his wounds.",
])
def test_a_wounded_person_the_page_later_says_died_is_counted_once(text: str) -> None:
    got = summary(text)
    assert [g for g in got if g[0] == "injured"] == []
    assert [g[2] for g in got if g[0] == "killed"] == [1]


@pytest.mark.parametrize("text", [
    "A 17-year-old boy was killed and his 15-year-old brother wounded. The boy died at the scene.",
    "A man was shot dead on Main Street on Friday. The man died at the scene. "
    "Nearby, a woman was wounded by a stray bullet.",
    "A 30-year-old man was shot dead outside the bar. A 22-year-old man was wounded in the leg. "
    "The 30-year-old man died at the scene.",
    "A man was wounded in a second shooting on Oak Street. The man who was shot on Elm Street died.",
    "Police said Dana Reyes was wounded in the leg on Saturday. Omar Ruiz Castillo, who was shot in the "
    "chest, died at the hospital.",
])
def test_a_different_wounded_person_stays_wounded(text: str) -> None:
    got = summary(text)
    assert [g[2] for g in got if g[0] == "injured"] == [1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Reed, the husband of a local teacher, was shot to death on Friday.", [("killed", "men", 1)]),
    ("Tom Reed, the 16-year-old son of a local pastor, was killed.", [("killed", "children", 1)]),
    ("Police said the teenage son of a local pastor was shot and killed.", [("killed", "children", 1)]),
    ("Darnell Price, the teenage grandson of state Sen. Ann Lee, was shot to death on Friday.",
     [("killed", "children", 1)]),
    ("Darnell Price, the 15-year-old nephew of Pastor Ann Lee, died on Friday.", [("killed", "children", 1)]),
])
def test_a_victim_described_as_the_relative_of_someone(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_a_relative_of_a_police_officer_is_no_police_casualty() -> None:
    got = figs("Tom Reed, the brother of a police officer, was wounded.")
    assert [(f.outcome, f.low) for f in got] == [("injured", 1)]
    assert all(f.subgroup != "police" and f.group != "combatants" for f in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("Detectives said the father shot his girlfriend dead and inflicted a fatal gunshot wound on her "
     "5-year-old daughter, then turned the gun on himself.", [("killed", "people", 3)]),
    ("Police said a man killed his estranged wife before taking his own life.", [("killed", "people", 2)]),
    ("The rifle discharged, fatally wounding his 12-year-old cousin.", [("killed", "children", 1)]),
    ("Deputies said the man was cleaning a shotgun when it went off, killing his best friend.",
     [("killed", "people", 1)]),
])
def test_unusual_kill_verbs_and_possessive_relatives(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_the_parts_of_a_murder_suicide_with_an_inflicted_wound() -> None:
    got = figs("Detectives said the father shot his girlfriend dead and inflicted a fatal gunshot wound on "
               "her 5-year-old daughter, then turned the gun on himself.")
    assert sorted((f.group, f.low) for f in got if f.part_of is not None) == [
        ("children", 1), ("combatants", 1), ("women", 1)]


def test_a_friend_after_an_article_is_no_count() -> None:
    assert summary("A friend of the family said the boy was wounded in the leg.") == [("injured", "children", 1)]


def test_a_pair_of_relatives_aged_after_them_are_children() -> None:
    got = figs("A 22-year-old man was killed alongside his younger brother and sister, 12-year-old Sami "
               "and 8-year-old Rania.")
    pair = [f for f in got if f.low == 2 and f.subgroup == "family"]
    assert pair and pair[0].group == "children"


@pytest.mark.parametrize(("text", "n"), [
    ("A gunman opened fire outside a diner on Saturday. The victims who died were identified as "
     "Lee Park, 34, Ana Cruz, 29, and Tom Wu, 51.", 3),
    ("A gunman opened fire outside a diner on Saturday. The victims who died were identified as "
     "Ana Cruz, 29, and Jin Church, 51.", 2),
    ("A gunman opened fire outside a diner on Saturday. The victims who died were identified as "
     "Ana Cruz, 29, and Tom Wu, 51, both of Elm Park.", 2),
])
def test_a_family_name_that_is_a_place_word_stays_in_a_victim_list(text: str, n: int) -> None:
    assert [f.low for f in figs(text) if f.outcome == "killed" and f.part_of is None] == [n]
