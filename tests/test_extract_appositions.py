"""Appositions after a count: a list that spells out the count ("two soldiers, a sergeant and a
private, were wounded") is its breakdown, not more victims; a status said of everyone counted
("14 people, all of them civilians", "five people said to be civilians") gives the group; a status
after a copula is no bare plural of its own. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def figures(text: str) -> list[tuple[str, str, int | None, int | None, bool]]:
    doc = Document(id="t", text=text, published=date(2024, 3, 2))
    return [(f.outcome, f.group, f.low, f.high, f.part_of is not None) for f in extract(doc)
            if f.subgroup != "named"]


def totals(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(o, g, lo, hi) for o, g, lo, hi, part in figures(text) if not part]


@pytest.mark.parametrize(("text", "want"), [
    ("Three people, a woman and her two sons, were killed when the shell struck their home.",
     ("killed", "people", 3, 3)),
    ("Two soldiers, a sergeant and a private, were wounded by the roadside bomb.",
     ("injured", "combatants", 2, 2)),
    ("Two civilians, a shepherd and his nephew, were killed when a mortar round landed nearby.",
     ("killed", "civilians", 2, 2)),
    ("Four members of one family, a man, his wife and their two daughters, were killed overnight.",
     ("killed", "people", 4, 4)),
])
def test_a_list_closed_by_a_comma_spells_out_the_count(text: str, want: tuple[str, str, int, int]) -> None:
    assert totals(text) == [want]
    assert all(part for *_, part in figures(text)[1:])  # the rest are its breakdown


def test_a_list_without_the_closing_comma_still_adds_up() -> None:
    # four victims: two children, then a woman and a man
    assert ("killed", "people", 4, 4) in totals("Two children, a woman and a man were killed in the raid.")


@pytest.mark.parametrize(("text", "want"), [
    ("Six people, all civilians, were wounded in the blast.", ("injured", "civilians", 6, 6)),
    ("The drone strike killed 14 people, all of them civilians, the monitor said.", ("killed", "civilians", 14, 14)),
    ("Nine people, all women and children, died when the boat capsized after the shelling.",
     ("killed", "civilians", 9, 9)),
    ("The shelling killed 13 people, all of whom were children and women.", ("killed", "civilians", 13, 13)),
    ("Five people said to be civilians were killed in the shelling of the market.", ("killed", "civilians", 5, 5)),
    ("Seven people, believed to be civilians, were killed at the checkpoint.", ("killed", "civilians", 7, 7)),
    ("Eight people, all soldiers, were killed in the ambush.", ("killed", "combatants", 8, 8)),
])
def test_a_status_of_everyone_counted_gives_the_group(text: str, want: tuple[str, str, int, int]) -> None:
    assert totals(text) == [want]


@pytest.mark.parametrize("text", [
    "Twenty people, mostly civilians, were killed in the attack.",
    "Twenty people, including civilians, were killed in the attack.",
    "Twenty people, all members of one clan, were killed in the attack.",
])
def test_a_partial_status_leaves_people(text: str) -> None:
    assert totals(text)[0] == ("killed", "people", 20, 20)


def test_a_status_after_a_copula_is_no_bare_plural() -> None:
    # "civilians" says what the five were, not that at least two more civilians died
    assert totals("Five people said to be civilians were killed.") == [("killed", "civilians", 5, 5)]
    assert totals("Soldiers and civilians were killed in the clashes, residents said.") != []


@pytest.mark.parametrize(("text", "want"), [
    ("Three police officers, whose names were not released, were wounded in the exchange.",
     ("injured", "combatants", 3, 3)),
    ("Two deputies, Sgt. Maria Lopez and Deputy Dan Reyes, were wounded during the standoff.",
     ("injured", "combatants", 2, 2)),
    ("Three firefighters, Lt. Sam Ortiz, Kevin Hale and Rob Dunn, were injured when the roof fell.",
     ("injured", "civilians", 3, 3)),
    ("ONE OF HIS DRIVERS, WHOM THE POLICE DID NOT NAME, DIED ON THE WAY TO THE HOSPITAL.",
     ("killed", "civilians", 1, 1)),
])
def test_an_aside_between_a_count_and_its_verb(text: str, want: tuple[str, str, int, int]) -> None:
    got = totals(text)
    assert got and got[0][:3] == want[:3] and got[0][3] == want[3]


def test_a_negation_inside_the_aside_is_not_the_verbs() -> None:
    assert totals("His two daughters, who were at school, were not injured.") == []


@pytest.mark.parametrize("text", [
    "None of the three journalists in the car was hurt, the agency said.",
    "Neither of the two drivers was injured when the mine went off.",
    "None of the five nuns and about 40 pupils sheltering in the chapel were injured.",
])
def test_none_of_a_count_is_a_zero(text: str) -> None:
    doc = Document(id="t", text=text, published=date(2024, 3, 2))
    figs = extract(doc)
    assert figs and all(f.low is None and f.high is None and f.stance == "denied" for f in figs)


def test_none_of_a_toll_keeps_the_toll() -> None:
    assert totals("None of the 12 people killed in the raid were fighters, the council said.") == [
        ("killed", "people", 12, 12)]
