"""Further parts of a stated toll (civcas.extract.furtherparts) and the injury toll.

All sentences and names are the team's own, written in the style of monitor narratives and local
news.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

LEAD = "On 3 March, an alleged airstrike on the Odeh family home killed 15 civilians, medics said. "


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


def part_of_toll(text: str, number: str) -> bool | None:
    """Whether the figure whose number is ``number`` is a part of the stated 15 (None: no such figure)."""
    figs = figures(text)
    toll = next(f for f in figs if f.low == 15)
    got = [f for f in figs if f.number_text == number and f.low != 15]
    if not got:
        return None
    return all(f.part_of == toll.id for f in got)


@pytest.mark.parametrize("sentence, number", [
    ("Samer Odeh, 52, was killed along with his two sons, Karim and Adel.", "two"),
    ("Their three daughters were also killed.", "three"),
    ("Lina and Omar's four children were killed with them.", "four"),
    ("The two daughters of Fadi Odeh were killed in the same room.", "two"),
    ("A cousin said that nine of his relatives had died in the strike.", "nine"),
    ("Two others, Hiba Saleh and Rami Saleh, were also killed.", "Two"),
    ("Four siblings also died in the strike.", "Four"),
    ("Three more siblings were killed in the attack.", "Three"),
    ("The blast also took the lives of six members of the Aziz family.", "six"),
])
def test_a_relatives_count_is_a_part_of_the_larger_toll(sentence: str, number: str) -> None:
    assert part_of_toll(LEAD + sentence, number) is True


def test_the_toll_itself_and_unrelated_counts_stay_tolls() -> None:
    text = LEAD + "Twelve people were injured, and rescuers were still searching the rubble."
    figs = figures(text)
    assert all(f.part_of is None for f in figs if f.outcome == "injured")
    assert all(f.part_of is None for f in figs if f.low == 15)


def test_a_relatives_count_alone_is_the_toll() -> None:
    figs = figures("A man shot and killed his two children on Sunday, police said.")
    kids = [f for f in figs if f.outcome == "killed" and f.low == 2]
    assert kids and all(f.part_of is None for f in kids)


def test_a_larger_relatives_count_is_not_a_part_of_a_smaller_toll() -> None:
    text = ("An airstrike killed two civilians on Monday, medics said. A cousin later said that 19 of "
            "his relatives had been killed.")
    nineteen = [f for f in figures(text) if f.low == 19]
    assert nineteen and all(f.part_of is None for f in nineteen)


def test_more_than_is_a_qualifier_not_an_additional_count() -> None:
    text = LEAD + "Relatives said more than 12 members of the family were killed."
    twelve = [f for f in figures(text) if f.low == 12]
    assert twelve and all(f.part_of is None for f in twelve)


def test_also_in_another_clause_does_not_make_a_part() -> None:
    text = LEAD + "Medics said 11 people were killed at the market, and a second strike also injured 20."
    eleven = [f for f in figures(text) if f.low == 11]
    assert eleven and all(f.part_of is None for f in eleven)


def test_an_injured_count_added_with_also_is_a_part_of_the_injured_toll() -> None:
    text = ("An airstrike injured 30 people on Monday, medics said. Her two brothers were also injured "
            "and taken to hospital.")
    two = [f for f in figures(text) if f.outcome == "injured" and f.low == 2]
    toll = next(f for f in figures(text) if f.outcome == "injured" and f.low == 30)
    assert two and all(f.part_of == toll.id for f in two)


@pytest.mark.parametrize("sentence, low", [
    ("The injury toll rose to 40 on Tuesday, officials said.", 40),
    ("Officials put the injury toll at 12 after the market strike.", 12),
])
def test_an_injury_toll_is_injured(sentence: str, low: int) -> None:
    got = [(f.outcome, f.low) for f in figures(sentence)]
    assert got == [("injured", low)]


def test_death_and_injury_tolls_in_one_sentence() -> None:
    got = sorted((f.outcome, f.low) for f in figures("The death toll rose to 40 and the injury toll to 75."))
    assert got == [("injured", 75), ("killed", 40)]
