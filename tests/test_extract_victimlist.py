"""Lists of named victims become counted figures (civcas.extract.victimlist).

All sentences and names are the team's own, written in the style of wire, local and monitor
reporting.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.text import sentences
from civcas.extract.victimlist import victim_lists
from civcas.models import Document, Figure, from_dict, to_dict


def lists(text: str) -> list[tuple[str, str, int, int, int, int]]:
    return [(v.outcome, v.qualifier, v.total, v.children, v.women, v.men)
            for _i, v in victim_lists(text, sentences(text))]


def named(text: str) -> list[Figure]:
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    return [f for f in figs if f.subgroup == "named"]


@pytest.mark.parametrize(("text", "expected"), [
    # complete list, ages after commas, kinship nouns with names
    ("The dead were identified as Omar Haddad, 34, his wife Lina, 29, and their sons Karim, 7, "
     "and Sami, 4.", [("killed", "exact", 4, 2, 1, 0)]),
    # US local news
    ("The shooting on Elm Street was fatal. Police identified the victims as Daniel Reyes, 45, and "
     "Carla Mendes, 38.", [("killed", "exact", 2, 0, 0, 0)]),
    # partial list with an apposition that makes the first a child
    ("Among the victims were Rami, a 12-year-old boy, and his grandmother Salma.",
     [("killed", "at_least", 2, 1, 1, 0)]),
    # numbered list over several lines
    ("Those killed were named as:\n1. Nabil Saadeh (52)\n2. Maha Saadeh (47)\n3. Yara Saadeh (12)\n\n"
     "The army did not comment.", [("killed", "exact", 3, 1, 0, 0)]),
    # numbered list on one line
    ("The victims were: 1. Nabil Saadeh (52) 2. Maha Saadeh (47) 3. Yara Saadeh (12). The army did "
     "not comment.", [("killed", "exact", 3, 1, 0, 0)]),
    # bullets
    ("The victims were:\n- Tarek Hamdan, 61\n- his wife Salwa, 58\n\nRelatives held a funeral.",
     [("killed", "exact", 2, 0, 1, 0)]),
    # a counted kinship noun filled by the names after it
    ("The five siblings killed were identified as three brothers Ali Said, Omar Said and Majed Said, "
     "and two sisters Rana Said and Hala Said.", [("killed", "exact", 5, 0, 0, 0)]),
    # a named victim killed with companions
    ("Karim Nasser, 41, was killed along with his wife Dalia, 37, and their two daughters in the strike.",
     [("killed", "exact", 4, 0, 1, 0)]),
    # two named victims as the subject
    ("Youssef Amin, 35, and his wife Rasha, 30, were killed when the shell hit their flat.",
     [("killed", "exact", 2, 0, 1, 0)]),
    # a pronoun after a sentence reporting deaths
    ("Three residents died in the fire. They were identified as Nadia Karam, 70, Hani Karam, 72, and "
     "their grandson Fadi, 9.", [("killed", "exact", 3, 1, 0, 0)]),
    # semicolons and a possessive kinship phrase
    ("The names of the dead are: Fadi Odeh, 40; his brother Wael, 36; and Wael's daughter Rana, 9.",
     [("killed", "exact", 3, 1, 0, 1)]),
    # "victims" of a shooting nobody died in: injured, from the sentences before
    ("Three men were taken to hospital with gunshot wounds after the party. Police identified the "
     "victims as Leon Parks, 24, and Andre Cole, 31.", [("injured", "exact", 2, 0, 0, 0)]),
    # injured
    ("Among the wounded were Maya Khoury, 8, and her mother Dina.", [("injured", "at_least", 2, 1, 1, 0)]),
    # "her children" that is spelled out after a dash is not counted twice
    ("Two of the dead were named as Rana Odeh (39 years old) and her children – her daughter Mira, 9.",
     [("killed", "exact", 2, 1, 0, 0)]),
    # an unnumbered plural with no names: at least two
    ("Also killed were Samira Aziz and her children.", [("killed", "at_least", 3, 2, 0, 0)]),
    # a counted group spelled out member by member: each noun fills the group, it adds no one
    ("Huda Aziz, 51, was killed along with her three children – the eldest son Karim Aziz, 24, a "
     "daughter Lina Aziz, 15, and the youngest son Omar Aziz, 9.", [("killed", "exact", 4, 2, 0, 1)]),
    # a relative who is no member of the group is one more person
    ("Nader Saleh was killed along with his wife and their two children, and his brother Ali.",
     [("killed", "exact", 5, 2, 1, 0)]),
    # "among them" after a sentence naming the victims
    ("An airstrike hit the Odeh home, killing eleven relatives, and neighbours posted the names of the "
     "victims. Among them were Fadi Odeh, 38, and his wife Dalia, 30.", [("killed", "at_least", 2, 0, 1, 0)]),
])
def test_lists_are_counted(text: str, expected: list[tuple[str, str, int, int, int, int]]) -> None:
    assert lists(text) == expected


@pytest.mark.parametrize("text", [
    "The gunman was identified as Mark Jones, 31, of Dayton.",  # a perpetrator
    "The spokesman was named as Colonel Peter Hall.",  # an official
    "The victims were taken to Shifa hospital by ambulance.",  # not a list
    "Among the dead was a journalist, Ahmad Saleh, who worked for a local radio.",  # one person
    "The journalists who reported the strike were identified as Lara Moss and Ben Ode.",  # not victims
    "Officials named as responsible Mark Jones and Peter Hall were dismissed.",
    # "them" are mourners, not victims
    "Fadi Odeh was killed in the strike. Friends shared his photo online. Among them was his cousin Sami Odeh.",
])
def test_no_list(text: str) -> None:
    assert lists(text) == []


def test_one_figure_with_parts_civilians_and_evidence() -> None:
    text = ("An airstrike hit a house in the town on Tuesday, residents said. The civilians killed were "
            "identified as Omar Haddad, 34, his wife Lina, 29, and their sons Karim, 7, and Sami, 4.")
    figs = named(text)
    total = [f for f in figs if f.part_of is None]
    assert len(total) == 1
    t = total[0]
    assert (t.outcome, t.group, t.low, t.high, t.qualifier) == ("killed", "civilians", 4, 4, "exact")
    assert t.evidence.text.endswith("Sami, 4") and "Omar Haddad" in t.evidence.text
    assert text[t.evidence.start:t.evidence.end] == t.evidence.text
    parts = {(f.group, f.low, f.high, f.qualifier) for f in figs if f.part_of == t.id}
    # children and the wife from the list; the man by his given name, from the whole-document roster
    assert parts == {("children", 2, 2, "exact"), ("women", 1, 1, "exact"), ("men", 1, None, "at_least")}
    assert from_dict(Figure, to_dict(t)) == t  # the marker survives the codec


def test_people_without_civilian_context() -> None:
    figs = named("The shooting on Elm Street was fatal, police said. Police identified the victims as "
                 "Daniel Reyes, 45, and Carla Mendes, 38.")
    assert [(f.group, f.low, f.high) for f in figs if f.part_of is None] == [("people", 2, 2)]
    # the given names tell a man from a woman (parts of the list)
    assert sorted((f.group, f.low) for f in figs if f.part_of is not None) == [("men", 1), ("women", 1)]


def test_no_duplicate_of_a_stated_toll() -> None:
    # the same sentence (or the document) already states the toll: no second figure
    assert named("Two people were killed, identified as Daniel Reyes, 45, and Carla Mendes, 38.") == []
    text = ("Five people were killed in the shelling of the market. Among the dead were Hani Saleh and "
            "his son Ali, 10.")
    figs = named(text)
    assert [f for f in figs if f.group in ("people", "civilians")] == []  # no second total
    # two names for five dead: too few for their parts to say how many children died
    assert figs == []


def test_list_larger_than_the_numeric_toll_is_kept() -> None:
    text = ("Two people were killed in the strike, the ministry said. Relatives later said the dead were "
            "identified as Hani Saleh, 50, his wife Muna, 44, and their son Ali, 10.")
    figs = named(text)
    assert [(f.group, f.low) for f in figs if f.part_of is None] == [("people", 3)]


_FIRST = ["Omar", "Lina", "Karim", "Sami", "Hala", "Nour", "Tarek", "Maya", "Fadi", "Rana"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FIRST), st.integers(min_value=1, max_value=90)),
                min_size=2, max_size=8))
def test_count_equals_the_number_of_names(people: list[tuple[str, int]]) -> None:
    items = [f"{name} Haddad, {age}" for name, age in people]
    text = "The dead were identified as " + ", ".join(items[:-1]) + ", and " + items[-1] + "."
    got = victim_lists(text, sentences(text))
    assert len(got) == 1
    v = got[0][1]
    assert v.total == len(people)
    assert v.children == sum(age < 18 for _n, age in people)
    assert v.start < v.end <= len(text)
