"""US local shooting news, round 5: families seen on gun-violence reporting (sentences are our own)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str, title: str | None = None) -> list[Figure]:
    return extract(Document(id="t", text=text, title=title, published=date(2016, 5, 2)))


def summary(text: str) -> list[tuple[str, str, int | None]]:
    return sorted({(f.outcome, f.group, f.low) for f in figs(text) if f.part_of is None and f.subgroup is None})


@pytest.mark.parametrize(("text", "group"), [
    ("A 30-year-old man injured in a shooting in Elm Park last week has died, police said.", "men"),
    ("The boy who was critically wounded in the drive-by on Friday died on Saturday, his family said.",
     "children"),
    ("A three-year-old girl who was gravely hurt when a pistol left on a dresser went off has died.",
     "children"),
    ("The woman hurt in the crossfire outside the bar died of her injuries at the hospital on Monday.",
     "women"),
])
def test_a_hit_person_who_then_died_is_one_of_the_dead(text: str, group: str) -> None:
    assert summary(text) == [("killed", group, 1)]


@pytest.mark.parametrize(("text", "expected"), [
    # (the third is one more person, killed: extract/counts.py _ORDINAL_ONE)
    ("Two men who were wounded in the attack remain in the hospital, and a third died.",
     [("injured", "men", 2), ("killed", "men", 1)]),
    ("A woman who was shot in the leg told police her husband died in the attack.",
     [("killed", "men", 1)]),
])
def test_a_death_of_another_person_after_a_hit_clause(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Relatives identified the 4-year-old boy killed in the crossfire on Tuesday.", [("killed", "children", 1)]),
    ("Neighbors gathered for the 3-year-old slain outside his grandmother's house.", [("killed", "children", 1)]),
    ("A man killed in a shooting Sunday was identified as a 45-year-old mechanic.", [("killed", "men", 1)]),
    ("A man is wanted in the deadly shooting of a 16-year-old outside a gas station.",
     [("killed", "children", 1)]),
])
def test_one_person_killed_in_a_participle_or_deadly_shooting_of(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Westfield High School students were found shot to death in a home.", [("killed", "children", 2)]),
    ("Two university students were wounded in the shooting.", [("injured", "civilians", 2)]),
    ("Two teenage brothers were wounded in the drive-by on Oak Street.", [("injured", "children", 2)]),
    ("Troopers said a juvenile wounded in the shooting on Monday has died.", [("killed", "children", 1)]),
])
def test_minors_named_by_school_or_adjective(text: str, expected: list[tuple]) -> None:
    assert sorted({(f.outcome, f.group, f.low) for f in figs(text) if f.part_of is None}) == expected


@pytest.mark.parametrize(("text", "total"), [
    ("Three men were shot outside the bar on Main Street. One of them suffered a wound to the chest.",
     ("injured", "men", 3)),
    ("Two people were stabbed in the apartment. One suffered critical injuries.", ("injured", "people", 2)),
])
def test_one_of_them_is_a_part_of_the_group_just_counted(text: str, total: tuple) -> None:
    assert summary(text) == [total]


def test_a_bare_one_who_died_after_a_count_of_the_shot_stays_a_death() -> None:
    got = summary("Two people were shot near the park. One died at the scene.")
    assert ("killed", "people", 1) in got


def test_an_aged_description_after_an_aged_name_is_one_more_victim() -> None:
    got = [(f.outcome, f.group, f.low, f.part_of is not None) for f in figs(
        "Police said the victims are Dana Wills, 31, Keri Moss, 27, an unidentified 3-year-old boy, and Lee Grant, 30.")]
    assert ("killed", "people", 4, False) in got and ("killed", "children", 1, True) in got


def test_an_apposition_without_an_age_before_it_still_describes_the_name() -> None:
    got = [(f.outcome, f.group, f.low, f.part_of is not None) for f in figs(
        "The victims were Tomas Reyes, a 12-year-old boy, and his father Luis, 40.")]
    assert ("killed", "people", 2, False) in got
