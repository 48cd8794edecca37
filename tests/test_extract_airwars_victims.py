"""Airwars-style narratives, round 2: partitives over a toll ("six of those killed were children"),
counts of "the victims" read by the toll before them, injured people reported in the plural, and
"minor injuries".

All sentences and names are the team's own, written in the style of monitor narratives and local
news.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.pluraldeaths import plural_report
from civcas.models import Document, Figure

LEAD = "On 3 March, an alleged airstrike on the Odeh family home killed 12 civilians, medics said. "
INJURED_LEAD = "On 3 March, seven people were wounded when shelling hit the market in Beit Lahia. "


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


def got(text: str) -> set[tuple[str, str, int | None, bool]]:
    """(outcome, group, low, is a part) of every figure."""
    return {(f.outcome, f.group, f.low, f.part_of is not None) for f in figures(text)}


@pytest.mark.parametrize("sentence, outcome, group, low", [
    ("Six of those killed were children.", "killed", "children", 6),
    ("Three of those who were killed were women.", "killed", "women", 3),
    ("Of those killed, five were children.", "killed", "children", 5),
])
def test_a_partitive_over_the_toll_takes_the_predicates_group(sentence: str, outcome: str, group: str,
                                                               low: int) -> None:
    figs = figures(LEAD + sentence)
    toll = next(f for f in figs if f.low == 12)
    part = [f for f in figs if f.low == low]
    assert [(f.outcome, f.group) for f in part] == [(outcome, group)]
    assert part[0].part_of in (None, toll.id)  # a part by group: scored as children, never as a toll
    assert not any(f.group == "people" and f.low == low for f in figs)


def test_a_partitive_over_the_wounded_is_injured() -> None:
    text = "The strike killed four people and wounded 20. Six of those wounded were children."
    assert ("injured", "children", 6, False) in got(text) or ("injured", "children", 6, True) in got(text)
    assert not any(f.outcome == "injured" and f.group == "people" and f.low == 6 for f in figures(text))


@pytest.mark.parametrize("sentence, low", [
    ("Five of those killed were from the Haddad family.", None),  # no toll of its own
    ("One of those killed was a teacher at the local school.", 1),
    ("Medics said seven of the victims were taken to the hospital in Deir al-Balah.", None),
])
def test_a_partitive_with_another_predicate_is_no_toll_of_its_own(sentence: str, low: int | None) -> None:
    figs = figures(LEAD + sentence)
    toll = next(f for f in figs if f.low == 12)
    rest = [f for f in figs if f.id != toll.id]
    assert all(f.part_of == toll.id for f in rest)
    if low is not None:
        assert [f.low for f in rest] == [low]


def test_victims_after_a_death_toll_are_parts_of_it() -> None:
    figs = figures(LEAD + "Among the victims were six children and two women.")
    toll = next(f for f in figs if f.low == 12)
    parts = {(f.outcome, f.group, f.low) for f in figs if f.part_of == toll.id}
    assert parts == {("killed", "children", 6), ("killed", "women", 2)}


def test_the_victims_included_a_list_of_groups() -> None:
    figs = figures(LEAD + "The victims included five children, three women and an elderly man.")
    kinds = {(f.outcome, f.group, f.low) for f in figs if f.part_of is not None}
    assert {("killed", "children", 5), ("killed", "women", 3)} <= kinds


def test_named_victims_after_a_toll_are_no_tolls_of_their_own() -> None:
    figs = figures(LEAD + "Among the victims were Omar Haddad, his wife and their two sons.")
    toll = next(f for f in figs if f.low == 12)
    assert all(f.part_of == toll.id for f in figs if f.id != toll.id)


@pytest.mark.parametrize("sentence, group, low", [
    ("Among the victims were three children.", "children", 3),
    ("Two of the victims were women.", "women", 2),
])
def test_victims_after_an_injured_only_toll_are_injured(sentence: str, group: str, low: int) -> None:
    figs = figures(INJURED_LEAD + sentence)
    part = [f for f in figs if f.low == low]
    assert [(f.outcome, f.group) for f in part] == [("injured", group)]
    assert not any(f.outcome == "killed" for f in figs)


def test_victims_after_a_death_toll_stay_killed_when_injuries_are_told_too() -> None:
    text = ("Two men were killed and four people were wounded in the strike. "
            "Among the victims was a 15-year-old boy.")
    assert not any(f.outcome == "injured" and f.group == "children" for f in figures(text))


@pytest.mark.parametrize("sentence", [
    "Local media reported \"martyrs and wounded\" after the strike on the Saleh home.",
    "The strike on the school caused deaths and injuries among the displaced families.",
    "One woman was reportedly killed, while a number were hurt when the shell struck the street.",
    "Two people died and \"a number\" of others were wounded in the bombing.",
    "A woman was killed in the strike. Witnesses said others were wounded.",
    "The bombing of the house resulted in several reported injuries, a journalist wrote.",
])
def test_injured_people_reported_in_the_plural_count_at_least_two(sentence: str) -> None:
    figs = [f for f in figures(sentence) if f.outcome == "injured"]
    assert [(f.low, f.high, f.qualifier) for f in figs] == [(2, None, "vague")]


@pytest.mark.parametrize("sentence", [
    "He suffered multiple injuries in the crash and was taken to a hospital.",
    "The driver died at the scene and his wife suffered several injuries.",
    "Police said there were no deaths and no injuries in the fire.",
])
def test_one_persons_injuries_are_no_plural(sentence: str) -> None:
    assert not any(f.outcome == "injured" and f.low == 2 and f.qualifier == "vague"
                   for f in figures(sentence))


def test_a_plural_report_of_injured_gives_way_to_a_stated_injured_toll() -> None:
    text = "Five people were killed and 14 were injured. Residents spoke of martyrs and wounded."
    injured = [f for f in figures(text) if f.outcome == "injured"]
    assert [f.low for f in injured] == [14]


def test_plural_report_reads_injured_patterns_apart_from_deaths() -> None:
    assert plural_report("Others were wounded, witnesses said.", outcome="injured") is not None
    assert plural_report("Others were wounded, witnesses said.") is None
    assert plural_report("No deaths and injuries were reported.", outcome="injured") is None


def test_minor_injuries_are_not_children() -> None:
    figs = figures("The agency reported three minor injuries after the strike on the house.")
    assert [(f.outcome, f.group, f.low) for f in figs] == [("injured", "people", 3)]
    figs = figures("Two minors were injured in the strike.")
    assert [(f.outcome, f.group, f.low) for f in figs] == [("injured", "children", 2)]
