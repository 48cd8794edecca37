"""Airwars-style ranges over a roster of named victims (victimroster), the signs that a named person
is grown, and the roster families added in s12_awroster (mourned persons, names between dashes after
their count, a middle name alone).

All sentences and names are the team's own, written in the style of monitor narratives.
"""

from __future__ import annotations

import pytest

from civcas.extract.victimdoc import name_key, same_person
from civcas.extract.victimroster import grown_keys
from extract_helpers import named_parts, roster


def grown(text: str) -> list[str]:
    return [" ".join(k) for k in grown_keys(text, key=name_key)]


# --- signs that a named person is grown -------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Karim Saleh, his wife Nour Saleh and their son Yazan were killed.", "karim saleh"),
    ("Salma Odeh died with her three daughters.", "salma odeh"),
    ("Among the dead were Hadi Mansour and Rawan, Hadi's wife.", "hadi"),
    ("The wife of Tarek Bishara, Dima, was also killed.", "tarek bishara"),
    ("Fathi Jaber (Abu Samir) was killed with his cousin.", "fathi jaber"),
    ("Omar Haddad was killed alongside his wife.", "omar haddad"),
    ("Nour Odeh, 34, and her two young sons were killed.", "nour odeh"),
])
def test_signs_of_a_grown_person(text: str, who: str) -> None:
    assert who in grown(text)


@pytest.mark.parametrize("text", [
    "Karim Saleh, his brother Fadi and their cousin were killed.",  # a brother says no age
    "Fathi Abu Jaber was killed in the raid.",  # "Abu" in a family name is no byname
    "Maha Nasser and her sister Dana died.",
])
def test_no_sign_of_a_grown_person(text: str) -> None:
    assert grown(text) == []


def test_a_son_of_a_first_name_marks_the_father_only() -> None:
    # "the son of Karim": Karim grown; Yazan (whose father's name Karim is his middle name) unknown
    assert grown("Yazan Karim Saleh, the son of Karim, was killed.") == ["karim"]


# --- parts as Airwars ranges ---------------------------------------------------------------------

STORY = (
    "On 9 June, four civilians were killed when a drone struck a house in the old quarter, relatives said.\n\n"
    "Sami Nasser (52) was killed with his wife Huda and their son Jad Nasser (7) and their daughter Lina Nasser.\n\n"
    "Neighbours shared photos of the family."
)


def test_a_child_of_no_stated_age_makes_ranges() -> None:
    # Lina, a daughter of no age, may be a child or a woman: children 1-2, women 1-2
    assert named_parts(STORY) == {"children": (1, 2), "women": (1, 2), "men": (1, None)}


def test_a_parent_is_grown_by_a_sign() -> None:
    # Lina has a son of her own: a grown woman, no longer a possible child
    text = STORY.replace("Neighbours shared photos of the family.",
                         "Lina Nasser's son survived. Neighbours shared photos of the family.")
    assert named_parts(text) == {"children": (1, None), "women": (2, None), "men": (1, None)}


def test_all_ages_known_gives_exact_parts() -> None:
    text = STORY.replace("Lina Nasser.", "Lina Nasser (3).")
    assert named_parts(text) == {"children": (2, None), "women": (1, None), "men": (1, None)}


def test_a_us_story_keeps_its_rules() -> None:
    text = ("DAYTON, Ohio — Three people were killed in a shooting at a house party on Saturday, police "
            "said. The victims were identified as Dana Ruiz, 31; Tom Avery, 45; and Kyle Avery.")
    parts = named_parts(text)
    assert "women" not in parts and "men" not in parts


# --- collection ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Two men – Rami Khalil and Fouad Jaber – were reportedly killed in the strike.",
     [("rami khalil", "m", "adult"), ("fouad jaber", "m", "adult")]),
    ("On Monday, two women – Huda Saleh and Rana Odeh – were killed when a shell hit their car.",
     [("huda saleh", "f", "adult"), ("rana odeh", "f", "adult")]),
    ("One young man – 22-year-old Sami Haddad – was reportedly killed in the raid.",
     [("sami haddad", "m", "adult")]),
    ("Two children — Yara Mansour and 5-year-old Zaid Mansour — died under the rubble.",
     [("yara mansour", "f", "child"), ("zaid mansour", "m", "child")]),
])
def test_names_between_dashes_after_their_count(text: str, want: list[tuple[str, str, str]]) -> None:
    assert roster(text) == want


def test_no_names_between_dashes() -> None:
    assert roster("Two men – both farmers – were killed.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("On Facebook, Omar Saleh mourned the loss of his uncle Fathi Saleh and his aunt Maha.",
     ["fathi saleh", "maha"]),
    ("Local residents mourned Tarek Mansour and his son Jad Mansour, who were killed in the strike.",
     ["tarek mansour", "jad mansour"]),
    ("A colleague mourned teacher Rami Odeh, who died with his wife.", ["rami odeh"]),
])
def test_the_mourned_are_dead(text: str, want: list[str]) -> None:
    assert [k for k, _g, _a in roster(text)] == want


def test_the_mourner_is_not() -> None:
    assert roster("Tarek Mansour was mourned by his brother Fadi Mansour.") == []


def test_a_middle_name_alone_is_not_the_person() -> None:
    # a father's name in the middle of a son's name: "Karim" is not "Yazan Karim Saleh"
    assert not same_person(("karim",), ("yazan", "karim", "saleh"))
    assert same_person(("saleh",), ("yazan", "karim", "saleh"))
    assert same_person(("yazan",), ("yazan", "karim", "saleh"))
    assert same_person(("karim",), ("karim", "saleh"))
