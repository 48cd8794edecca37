"""Named victims read from list shapes of analyst narratives: "among the victims belonging to the
X family were ...", "the dead identified were ...", "the strike killed N civilians, among them
...", and a subject with a relative clause ("X, who was the wife of Y, was killed")."""

from __future__ import annotations

import pytest

from civcas.extract.text import sentences
from civcas.extract.victimdoc import collect

LEAD = "An alleged airstrike hit a residential building in Deir al-Balah on 2 February, killing nine civilians. "


def killed_named(text: str) -> list[str]:
    """The name keys of the persons ``text`` names as killed."""
    return [" ".join(v.key) for v in collect(text, sentences(text)) if v.outcome == "killed"]


@pytest.mark.parametrize(("text", "names"), [
    (LEAD + "Among the victims belonging to the Khalil family were 58-year-old Rami Khalil and his wife "
     "Salwa Khalil.", ["rami khalil", "salwa khalil"]),
    (LEAD + "Among the dead belonging to the Nassar family was 70-year-old Hind Nassar.", ["hind nassar"]),
    (LEAD + "Among the victims killed in the shelling were a young mother, 29-year-old Rana Haddad, and her "
     "son Yousef Haddad (4).", ["rana haddad", "yousef haddad"]),
    (LEAD + "Among the people killed in the bombing were Basel Awad and his cousin Yasser Awad.",
     ["basel awad", "yasser awad"]),
])
def test_among_the_victims_of_a_family_or_killed_in_the_strike(text: str, names: list[str]) -> None:
    assert killed_named(text) == names


def test_mourners_of_a_family_are_no_victims() -> None:
    text = LEAD + "Among the mourners belonging to the Khalil family were Rami Khalil and Salwa Khalil."
    assert killed_named(text) == []


@pytest.mark.parametrize(("text", "names"), [
    (LEAD + "The dead identified were the elderly Jamil Saqr (71), his wife Amna Saqr and their grandson "
     "Adam Saqr (4).", ["jamil saqr", "amna saqr", "adam saqr"]),
    (LEAD + "The victims identified were Lubna Hamdan, 40, and her son Yazan Hamdan, 12.",
     ["lubna hamdan", "yazan hamdan"]),
    (LEAD + "Those identified were: Khaled Mansour (36), Rawan Mansour (30) and Ali Mansour (2).",
     []),  # "those identified" says nothing of deaths by itself: no cue
])
def test_the_dead_identified_were(text: str, names: list[str]) -> None:
    assert killed_named(text) == names


@pytest.mark.parametrize(("text", "names"), [
    (LEAD + "The second strike killed between three and four civilians, among them Fadi Qasem, his brother "
     "Anas Qasem and a neighbour.", ["fadi qasem", "anas qasem"]),
    ("The shelling of the school killed at least six people, including Maher Daoud and his daughter "
     "Leen Daoud, witnesses said.", ["maher daoud", "leen daoud"]),
    ("A drone strike on the car killed four members of the Abed family, among them Sami Abed and "
     "Hala Abed.", ["sami abed", "hala abed"]),
])
def test_a_killing_of_a_count_among_them_named_persons(text: str, names: list[str]) -> None:
    assert killed_named(text) == names


@pytest.mark.parametrize("text", [
    "The shelling killed seven civilians, including two children and a nurse.",
    "The strike injured five people, among them Omar Haddad and his son Karim Haddad.",
])
def test_a_count_without_names_or_without_deaths_names_no_dead(text: str) -> None:
    assert killed_named(text) == []


@pytest.mark.parametrize(("text", "names"), [
    (LEAD + "Samah Odeh, who was the wife of Karim Odeh, was killed alongside their daughter Lina Odeh.",
     ["samah odeh", "lina odeh"]),
    (LEAD + "32-year-old Iyad Barakat, who was a nurse at the clinic, was killed in the strike.",
     ["iyad barakat"]),
    (LEAD + "Rasha Hamdi, who is the sister of a local journalist, was also killed.", ["rasha hamdi"]),
])
def test_a_subject_with_a_relative_clause_before_its_death(text: str, names: list[str]) -> None:
    assert killed_named(text) == names


@pytest.mark.parametrize("text", [
    LEAD + "Omar Haddad, who was the brother of a local official, survived the strike.",
    "The gunman, who was a former soldier, died at the scene.",
])
def test_a_relative_clause_without_a_named_death(text: str) -> None:
    assert killed_named(text) == []
