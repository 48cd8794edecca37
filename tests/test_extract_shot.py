"""Round 3 of the gun-violence forms: a lone "was shot" in a document that tells no death is one
injured; "was accidentally shot", "shot himself"; "shot at a party" names a place; list members
sharing one article ("a 52-year-old man and 14-year-old boy"); caption counters.

All sentences are the team's own, in the style of US local news.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.forms import shot_means_injured
from civcas.models import Document


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    doc = Document(id="t", text=text, published=date(2016, 5, 2))
    return [(f.outcome, f.group, f.low, f.high) for f in extract(doc)]


@pytest.mark.parametrize(("text", "group"), [
    ("A 9-year-old boy was shot while playing in a yard on Sunday. He is in stable condition.", "children"),
    ("A man was shot in the leg outside a store late Friday and taken to a hospital.", "men"),
    ("On Sunday a 12-year-old girl was accidentally shot at a gun range. She is in good condition.",
     "children"),
    ("A 4-year-old child accidentally shot himself with a handgun on Saturday. He was treated at a hospital.",
     "children"),
    ("A woman was shot at her home on Elm Street and is in critical condition, police said.", "women"),
])
def test_lone_shot_victim_without_a_death_is_injured(text: str, group: str) -> None:
    assert summary(text) == [("injured", group, 1, 1)]


@pytest.mark.parametrize("text", [
    "A woman was shot on Elm Street. She died at the scene.",
    "A man was shot late Friday. Police are investigating it as a homicide.",
    "A teen was accidentally shot on Monday. His body was found by his brother.",
])
def test_lone_shot_victim_with_a_death_in_the_document_is_not_injured(text: str) -> None:
    assert all(o != "injured" for o, *_ in summary(text))


@pytest.mark.parametrize(("text", "want"), [
    ("Doctors said the boy was in stable condition.", True),
    ("The man was taken to a hospital with a wound to the arm.", True),
    ("The man died at a hospital.", False),
    ("Officers searched the area for the gunman.", False),
])
def test_shot_means_injured(text: str, want: bool) -> None:
    assert shot_means_injured(text) is want


@pytest.mark.parametrize("text", [
    "Two deputies were shot at from a passing car on Route 9.",
    "The officers were shot at but returned fire.",
])
def test_shot_at_without_a_place_is_no_hit(text: str) -> None:
    assert all(o != "injured" for o, *_ in summary(text))


def test_three_shot_at_a_party_are_injured() -> None:
    assert summary("Three people were shot at a party early Sunday, police said.") == [
        ("injured", "people", 3, 3)]


@pytest.mark.parametrize(("text", "parts"), [
    ("A gunman killed a 52-year-old woman and 13-year-old boy on Friday.",
     [("killed", "women", 1, 1), ("killed", "children", 1, 1)]),
    ("The shooting killed a 35-year-old man and 16-year-old boy, troopers said.",
     [("killed", "men", 1, 1), ("killed", "children", 1, 1)]),
])
def test_list_members_share_one_article(text: str, parts: list[tuple]) -> None:
    got = summary(text)
    assert got[0] == ("killed", "people", 2, 2)
    assert got[1:] == parts


def test_shared_article_needs_a_person_noun() -> None:
    got = summary("The victims were identified as a 24-year-old man and 26-year-old Mark Dunn, who died.")
    assert ("killed", "people", 2, 2) not in got


@pytest.mark.parametrize("text", [
    "Photo 1 of 9 A child was shot outside a residence on Saturday. The child was taken to a hospital.",
    "Image 2 of 12 A man was shot in the arm near a bus stop. He was treated at a hospital.",
])
def test_caption_counters_are_not_counts(text: str) -> None:
    assert [x for x in summary(text) if x[2] not in (1, None)] == []
