"""US local crime reporting, round 5: a modifier between a counted person and the verb ("a 2-year-old
boy in Port Richey died", "three people inside the home were killed", "a child riding in the
backseat died"); more injured phrasings ("are being treated", "treated and released", "is recovering",
"taken to the hospital with gunshot wounds", "shot four people"); ages listed after a count ("his
sons, ages 3 and 4"); "passed away"; "pronounced the boy dead"; an age used as a noun ("the
2-year-old who was shot ... has died").

All sentences are the team's own, in the style of US local news.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    doc = Document(id="t", text=text, published=date(2016, 5, 2))
    return [(f.outcome, f.group, f.low, f.high) for f in extract(doc) if f.part_of is None]


@pytest.mark.parametrize(("text", "want"), [
    # a place name after the counted person: the person is the subject, not a name "Springs"
    ("A 3-year-old girl in Palm Springs died Friday after she found a pistol in a nightstand.",
     [("killed", "children", 1, 1)]),
    ("A 16-year-old boy from East Orange was shot and killed Sunday night, police said.",
     [("killed", "children", 1, 1)]),
    ("The boy in Port Richey died Friday after he picked up a pistol from a nightstand.",
     [("killed", "children", 1, 1)]),
    # a prepositional or participle phrase
    ("Three people inside the home were killed, police said.", [("killed", "people", 3, 3)]),
    ("A child sitting in the back seat of a van died Monday after he was caught in a gunfight.",
     [("killed", "children", 1, 1)]),
    ("A man sitting in his parked truck was shot and killed Thursday, police said.",
     [("killed", "men", 1, 1)]),
])
def test_a_modifier_between_the_count_and_its_verb(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize("text", [
    # the trigger belongs to the modifier, not the counted person
    "A neighbour of the deceased said the family had lived there for years.",
    "Footage showed a woman weeping over the dead body of her son.",
    # the counted people act: no victims
    "Two men riding a motorcycle shot at the house.",
    # a vague number before a place is not read through it
    "Roughly a dozen minors in Ohio die each year in firearm accidents, the study said.",
])
def test_no_figure_through_a_modifier(text: str) -> None:
    assert summary(text) == []


def test_an_active_subject_after_a_modifier_is_no_victim() -> None:
    assert summary("A gunman in a passing car shot and killed a man on Elm Street.") == [("killed", "men", 1, 1)]


@pytest.mark.parametrize(("text", "want"), [
    ("One man died and four others are being treated for minor injuries, police said.",
     [("killed", "men", 1, 1), ("injured", "men", 4, 4)]),
    ("The teen was flown to a hospital in Louisville. He was treated and released for "
     "non-life-threatening injuries.", [("injured", "children", 1, 1)]),
    ("A 4-year-old is recovering from non-life-threatening injuries after he shot himself in the foot.",
     [("injured", "children", 1, 1)]),
    ("One man was killed and two others were taken to the hospital with gunshot wounds.",
     [("killed", "men", 1, 1), ("injured", "men", 2, 2)]),
    ("A 24-year-old man later arrived at a hospital with a gunshot wound to the arm. He is expected "
     "to survive.", [("injured", "men", 1, 1)]),
    ("A gunman opened fire outside the bar and shot three people early Sunday, police said.",
     [("injured", "people", 3, 3)]),
])
def test_more_injured_phrasings(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize("text", [
    # the dead are taken to hospital too: no wounds said
    "Two men were taken to the hospital, where both died.",
    # a death in the sentence: the hit people are not counted as injured
    "He shot three people, killing one of them, before he fled.",
])
def test_no_injured_without_a_hurt_survivor(text: str) -> None:
    assert [w for w in summary(text) if w[0] == "injured"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("Derek Hale, 36, shot and killed his daughters, ages 5 and 7, on Sunday.",
     [("killed", "children", 2, 2)]),
    ("Three men, ages 25, 34 and 23, were shot outside a bar.", [("injured", "men", 3, 3)]),
    ("Police said two men, ages 19 and 22, were wounded.", [("injured", "men", 2, 2)]),
])
def test_ages_listed_after_a_count(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The man shot himself while cleaning a rifle. The man later passed away at the hospital.",
     [("killed", "men", 1, 1)]),
    ("Two victims later passed away at the hospital.", [("killed", "people", 2, 2)]),
    ("Doctors pronounced the boy dead. Police have not released his name.",
     [("killed", "children", 1, 1)]),
    ("Medics pronounced a 4-year-old boy dead at the scene.", [("killed", "children", 1, 1)]),
    ("The 3-year-old who was shot inside a townhouse in Racine has died.",
     [("killed", "children", 1, 1)]),
    ("The teen that shot himself with his father's pistol on Friday has died.",
     [("killed", "children", 1, 1)]),
])
def test_more_death_phrasings(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


def test_pronounced_plural_is_no_single_victim() -> None:
    assert summary("Doctors pronounced the victims dead.") == []
