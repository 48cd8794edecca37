"""US local crime reporting, round 5: the object of a verb whose result follows it ("shot his son
to death", "sent four people to the hospital"); a hit person who is not one of the dead ("three
were killed and two others are in critical condition", "a boy has died and his mother is still in
the hospital"); more hospital states ("is fighting for her life", "required hospitalization");
"suffering from gunshot wounds"; a list of one-person counts that were shot ("a man and a woman
were shot"); a killer counted by age ("A 13-year-old boy shot his brother ... and then himself");
an age before a place and a long noun ("a 16-year-old Lincoln high school student").

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


def parts(text: str) -> list[tuple[str, str, int | None]]:
    doc = Document(id="t", text=text, published=date(2016, 5, 2))
    return [(f.outcome, f.group, f.low) for f in extract(doc) if f.part_of is not None]


@pytest.mark.parametrize(("text", "want"), [
    ("Police said the man shot two neighbors to death after an argument over a fence.",
     [("killed", "people", 2, 2)]),
    ("The gunman shot three people dead at the bar late Saturday, witnesses said.",
     [("killed", "people", 3, 3)]),
    # the killer of a murder-suicide is counted with his victim
    ("A 41-year-old man shot his 6-year-old son to death and then killed himself, police said.",
     [("killed", "people", 2, 2)]),
])
def test_shot_to_death_with_an_object(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


def test_a_young_killer_makes_a_total_of_children() -> None:
    text = ("A 14-year-old boy shot his 7-year-old sister to death, wounded a cousin and then "
            "committed suicide, the sheriff said.")
    assert ("killed", "children", 2, 2) in summary(text)
    assert ("killed", "children", 1) in parts(text)  # the sister and the killer


def test_an_adult_killer_is_not_a_child() -> None:
    text = "A 15-year-old girl was shot to death by her stepfather, who then killed himself."
    assert ("killed", "children", 2, 2) not in summary(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A shooting outside a bar on Elm Street sent five people to the hospital early Sunday.",
     [("injured", "people", 5, 5)]),
    ("The fight ended in gunfire that put three men in the hospital, police said.",
     [("injured", "men", 3, 3)]),
    ("One man was killed and the gunfire sent two others to area hospitals.",
     [("killed", "men", 1, 1), ("injured", "people", 2, 2)]),
])
def test_sent_to_the_hospital(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize("text", [
    "The storm sent five people to the shelter on Friday.",  # no hospital
    "She sent two letters to the hospital board.",  # no person count
])
def test_sent_elsewhere_is_nothing(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Two men were killed and three others are in critical condition after the shooting.",
     [("killed", "men", 2, 2), ("injured", "men", 3, 3)]),
    ("Three people died and two others were shot outside the club on Saturday.",
     [("killed", "people", 3, 3), ("injured", "people", 2, 2)]),
    ("A 10-year-old boy has died and his mother remains hospitalized after the shooting.",
     [("killed", "children", 1, 1), ("injured", "women", 1, 1)]),
    ("A 7-year-old boy has died and his father is listed in critical condition, police said.",
     [("killed", "children", 1, 1), ("injured", "men", 1, 1)]),
])
def test_the_hit_survivors_of_a_deadly_shooting(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


def test_a_condition_among_the_dead_is_not_a_survivor() -> None:
    # the dead are among the men in critical condition: no injured figure
    assert [f for f in summary("Two men were in critical condition; one of them later died.")
            if f[0] == "injured"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("A 5-year-old boy is fighting for his life after he was shot in the neck.",
     [("injured", "children", 1, 1)]),
    ("Deputies said a 12-year-old boy required hospitalization after he was shot at a range.",
     [("injured", "children", 1, 1)]),
    ("Two men remain hospitalized after the shooting on Oak Street.",
     [("injured", "men", 2, 2)]),
    ("Four victims, ages 17 to 25, were suffering from gunshot wounds when officers arrived.",
     [("injured", "people", 4, 4)]),
])
def test_more_hospital_states(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


def test_suffering_from_something_else_is_nothing() -> None:
    assert summary("He was suffering from depression, his family said, and had no wounds.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("A 22-year-old man and a 19-year-old woman were shot outside a store on Main Street.",
     [("injured", "people", 2, 2)]),
    ("A man, a woman and a teenager were shot outside a bar late Friday.",
     [("injured", "people", 3, 3)]),
    ("A man and a woman were shot and killed outside a store.",
     [("killed", "people", 2, 2)]),
])
def test_a_list_of_single_people_shot(text: str, want: list[tuple[str, str, int, int]]) -> None:
    assert summary(text) == want


def test_a_lone_person_shot_is_no_list() -> None:
    # a lone "a man was shot" in a story that tells a death is no injury (forms.shot_means_injured)
    text = "A man was shot outside a store on Main Street. He died at the scene."
    assert [f for f in summary(text) if f[0] == "injured"] == []


def test_an_age_before_a_place_and_a_long_noun() -> None:
    text = "A 16-year-old Lincoln high school student was killed Saturday when a rifle went off."
    assert [(o, g) for o, g, _, _ in summary(text)] == [("killed", "children")]
