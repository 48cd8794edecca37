"""People hit and the dead among them: the wounded N - X (extract/hitcounts; sentences are our own)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, title=None, published=date(2017, 8, 14)))


def tops(text: str) -> list[tuple[str, int | None]]:
    return sorted({(f.outcome, f.low) for f in figs(text) if f.part_of is None and f.subgroup is None})


@pytest.mark.parametrize(("text", "killed", "injured", "label"), [
    ("Five people were shot outside a tavern on Ridge Road early Sunday, two of them fatally.", 2, 3,
     "5 shot, 2 killed"),
    ("A gunman opened fire on a crowded porch on Friday night, shooting four people and killing one.", 1, 3,
     "4 shot, 1 killed"),
    ("Three people were shot, one fatally, during an argument at a gas station, police said.", 1, 2,
     "3 shot, 1 killed"),
    ("A man shot three people at a bus stop on Tuesday, killing a 40-year-old woman.", 1, 2,
     "3 shot, 1 killed"),
    ("Four people were shot on Saturday, and one of them has died, police said.", 1, 3, "4 shot, 1 killed"),
    ("Three people were struck by gunfire on Walnut Street, and one of them died at the hospital.", 1, 2,
     "3 shot, 1 killed"),
    ("Six people were wounded, one fatally, when a gunman opened fire at a crowded cookout.", 1, 5,
     "6 wounded, 1 killed"),
    ("A gunman wounded four people, one of them fatally, outside a corner store on Tuesday.", 1, 3,
     "4 wounded, 1 killed"),
])
def test_the_wounded_of_a_hit_count_with_its_dead_in_the_sentence(
        text: str, killed: int, injured: int, label: str) -> None:
    got = figs(text)
    assert tops(text) == sorted([("killed", killed), ("injured", injured)])
    derived = next(f for f in got if f.outcome == "injured")
    assert derived.number_text == label and derived.qualifier == "exact"
    assert all(f.part_of is None for f in got if f.outcome == "killed")


@pytest.mark.parametrize(("text", "expected"), [
    ("Four teenagers were shot near the skate park on Saturday night. One of them died later at the "
     "hospital, police said.", [("injured", 3), ("killed", 1)]),
    ("Three people were shot at a block party on Elm Street. Two of them died.", [("injured", 1), ("killed", 2)]),
    ("Five people were shot at a nightclub on Harbor Drive early Sunday. Police said one of the "
     "victims was pronounced dead at the hospital.", [("injured", 4), ("killed", 1)]),
])
def test_the_wounded_of_a_hit_count_with_its_dead_told_later(text: str, expected: list) -> None:
    assert tops(text) == expected
    assert next(f for f in figs(text) if f.outcome == "injured").number_text.endswith("killed")


@pytest.mark.parametrize(("text", "expected"), [
    # the text gives its own number of injured
    ("Four people were shot, one fatally, and two others were treated for minor injuries.",
     [("injured", 2), ("killed", 1)]),
    ("Two people were killed and three others were shot in a drive-by on Maple Street.",
     [("injured", 3), ("killed", 2)]),
    # the dead are set apart from the people hit
    ("Police said two men were shot and a third man was killed.", [("killed", 1)]),
    # (the suspect's death is his own figure: extract/attackerdeaths.py)
    ("A gunman shot four people at a bar on Friday. Officers later shot and killed the suspect.",
     [("injured", 4), ("killed", 1)]),
    # a count of the wounded, and a death told apart from it: the dead may be another
    ("Six people were wounded at a house party on Oak Avenue. A 19-year-old man died at the hospital.",
     [("injured", 6), ("killed", 1)]),
    # shot at: no one hit
    ("Someone shot at three people outside the store, killing one.", [("killed", 1)]),
])
def test_no_derived_figure(text: str, expected: list) -> None:
    assert tops(text) == expected


def test_a_hit_count_is_dropped_where_the_page_gives_the_survivors() -> None:
    text = ("Four people were shot outside a lounge on Pine Street on Friday night. Kevin Marsh, 30, died "
            "on Sunday. Three of the victims were treated at a hospital and released.")
    assert tops(text) == [("injured", 3), ("killed", 1)]
    assert not any(f.outcome == "injured" and f.low == 4 for f in figs(text))


def test_men_hit_and_a_child_dead_are_two_events() -> None:
    text = ("A 15-year-old girl was killed Saturday in a drive-by shooting. In a shooting in late June, "
            "three men were shot on Cedar Avenue.")
    assert ("injured", 2) not in tops(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Three men were shot outside the lounge. One of the victims has since died, police said.",
     [("injured", 2), ("killed", 1)]),
    ("A shooting outside a bar left several people hurt. One of the victims died on Monday.",
     [("injured", 2), ("killed", 1)]),
    ("Two of the shooting victims were treated and released from the hospital on Sunday.", [("injured", 2)]),
    ("Police said one of the gunshot victims was pronounced dead at the hospital.", [("killed", 1)]),
])
def test_a_partitive_over_the_victims_with_its_own_verb_counts(text: str, expected: list) -> None:
    assert tops(text) == expected
    assert all(f.scope == "incident" for f in figs(text))


@pytest.mark.parametrize("text", [
    "Relatives said two of the victims killed, Rana Odeh and Huda Nasser, were pregnant.",
    "Five people were shot on Friday. One of the victims was shot in the leg.",
])
def test_a_partitive_over_the_victims_without_its_own_outcome_is_no_count(text: str) -> None:
    assert [f for f in figs(text) if (f.low == 2 and f.outcome == "killed") or f.low == 1] == []


def test_a_victims_partitive_after_a_larger_toll_is_a_part_of_it() -> None:
    got = figs("Five people were killed on Friday. Two of the victims died at the scene.")
    two = next(f for f in got if f.low == 2)
    assert two.part_of is not None


def test_a_sentence_derived_figure_yields_to_the_events_own_injured() -> None:
    text = ("A gunman killed six people and wounded two others at a warehouse on Friday. Police said three "
            "people were shot in the parking lot, and two of them died.")
    got = tops(text)
    assert ("injured", 1) not in got
    assert ("injured", 2) in got


def test_one_of_the_injured_men_is_a_part_of_the_men_wounded() -> None:
    got = figs("Three men were wounded outside the arcade. One of the injured men was treated and released on Monday.")
    # no count of its own: a part of the three, or (a hospital status only: extract/statusparts.py) none
    assert all(f.low != 1 or f.part_of is not None for f in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("A man died, a teenager remains in critical condition and three others are being treated for minor "
     "wounds after the shooting at the lounge.", [("injured", 4), ("killed", 1)]),
    ("Two teens are in critical condition and two others were treated and released, police said.",
     [("injured", 4)]),
])
def test_injured_clauses_one_by_condition_sum(text: str, expected: list) -> None:
    assert tops(text) == expected
    total = next(f for f in figs(text) if f.outcome == "injured" and f.part_of is None)
    assert sum(f.low or 0 for f in figs(text) if f.part_of == total.id) == total.low


@pytest.mark.parametrize("text", [
    "Nine people were wounded. Two remain in critical condition.",
    "Six people were wounded: two are in critical condition and four were treated and released.",
])
def test_condition_counts_inside_a_stated_toll_add_nothing(text: str) -> None:
    assert max(low for o, low in tops(text) if o == "injured") in (6, 9)
    assert not any(f.low in (11, 10) for f in figs(text))
