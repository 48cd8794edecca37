"""Partitions of the dead in shooting stories (civcas.extract.deadparts, furtherparts, counts):
"N of the dead were found ...", the bare counts coordinated with it, "one was a sales assistant",
"The victims were ...", and single persons spelling out a count.  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

_LEAD = "DAYTON, Ohio -- A gunman killed fifteen people at a chapel on Sunday, police said. "


def figs(text: str) -> list[Figure]:
    return extract(Document(id="p", text="Church shooting\n\n" + text), published=dt.date(2017, 6, 1))


def parts(text: str) -> list[tuple[str, str, int | None]]:
    """The figures that are parts of another, as (outcome, group, low)."""
    got = figs(text)
    return [(f.outcome, f.group, f.low) for f in got if f.part_of is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Six of the dead were found in the parish hall, police said.", [("killed", "people", 6)]),
    ("Eleven of the dead were discovered inside the chapel, three were found in the parking lot and one "
     "died at a hospital, the sheriff said.",
     [("killed", "people", 11), ("killed", "people", 3), ("killed", "people", 1)]),
    ("Seven of those killed had been shot in the choir loft.", [("killed", "people", 7)]),
    ("Police said 12 of the dead were found in the sanctuary and two lay in the vestibule.",
     [("killed", "people", 12), ("killed", "people", 2)]),
])
def test_a_partition_of_the_dead_by_place(sentence: str, expected: list) -> None:
    assert parts(_LEAD + sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Two of the dead have been identified as brothers.",  # an identification
    "Four of the dead, a couple among them, had moved to the town last year.",
    "Two of the victims killed, Ann Lee and Tom Ray, were cousins.",  # a reduced relative
])
def test_no_partition_without_a_verb_of_finding(sentence: str) -> None:
    assert parts(_LEAD + sentence) == []


def test_a_treatment_subset_of_the_wounded_is_no_count() -> None:
    got = figs("DAYTON, Ohio -- A gunman killed six people and wounded 10 at a bar, police said. Four of the "
               "wounded were taken to Miami Valley Hospital.")
    assert sorted((f.outcome, f.low) for f in got) == [("injured", 10), ("killed", 6)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A gunman killed five people at a newsroom on Thursday, police said. Four of the dead were reporters "
     "and one was a sales assistant.", [("killed", "civilians", 4), ("killed", "civilians", 1)]),
    ("A gunman killed three people at a store, police said. Two of the dead were customers and one was a "
     "cashier.", [("killed", "civilians", 2), ("killed", "civilians", 1)]),
    ("A gunman killed six people at a depot, police said. Five of the dead were Ohio state employees and "
     "one was a delivery driver.", [("killed", "civilians", 5), ("killed", "civilians", 1)]),
])
def test_who_the_dead_were(text: str, expected: list) -> None:
    assert parts("DAYTON, Ohio -- " + text) == expected


def test_officers_among_the_dead_with_a_modifier() -> None:
    got = figs("DAYTON, Ohio -- Five officers were killed on Monday, the chief said. Four of the dead were "
               "Dayton police officers and one was a county deputy.")
    assert [(f.outcome, f.group, f.low) for f in got] == [
        ("killed", "combatants", 5), ("killed", "combatants", 4), ("killed", "combatants", 1)]


def test_an_unknown_noun_of_the_dead_gives_no_part() -> None:
    got = figs("DAYTON, Ohio -- A gunman killed six people at a print shop on Monday, police said. Five of the "
               "dead were printers and one was a delivery driver.")
    assert [(f.outcome, f.low) for f in got] == [("killed", 6)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine people were found shot dead at three houses on Friday. The victims were eight adults and a "
     "15-year-old girl, the sheriff said.", [("killed", "people", 8), ("killed", "children", 1)]),
    ("Three people were found dead in a trailer on Monday. The victims are two women and a 12-year-old "
     "boy.", [("killed", "women", 2), ("killed", "children", 1)]),
    ("Three people were wounded in a shooting on Friday. The victims were two men and a woman, police "
     "said.", [("injured", "men", 2), ("injured", "women", 1)]),
])
def test_the_victims_were(text: str, expected: list) -> None:
    assert parts("DAYTON, Ohio -- " + text) == expected


def test_the_victims_of_a_story_with_dead_and_wounded_are_no_one_part() -> None:
    got = figs("DAYTON, Ohio -- One man was killed and two were wounded in a shooting on Friday. The victims "
               "were two men and a woman, police said.")
    assert sorted((f.outcome, f.low) for f in got) == [("injured", 2), ("killed", 1)]


@pytest.mark.parametrize("text", [
    "Police found three bodies at a farmhouse on Tuesday. The dead are a woman of 40 and two children, "
    "a toddler and a 9-year-old girl.",
    "The blast killed a guard and two children, a boy and a girl.",
    "Police said a woman and three children, two boys and a girl, were found dead.",
])
def test_single_persons_spelling_out_a_count(text: str) -> None:
    got = figs(text)
    by_id = {f.id: f for f in got}
    singles = [f for f in got if f.group == "children" and f.low == 1]
    assert singles and all(f.part_of is not None and by_id[f.part_of].group == "children" for f in singles)
