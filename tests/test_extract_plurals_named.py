"""Round-2 rule families: bare plurals (at least two), victims after "the murder of", "who died",
injury verbs, apposition, negation, ages at the end of a clause, and the MUC-4 plural convention.

All sentences are the team's own, written in the style of wire and local reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.evaluate.figures import score_figures
from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2020, 3, 9)))


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.outcome, f.group, f.low, f.high) for f in figs(text)]


# --- bare plurals: low 2, high None, qualifier vague ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Four civilians were killed and others were wounded when the shell hit the market.",
     [("killed", "civilians", 4, 4), ("injured", "civilians", 2, None)]),
    ("The drone struck the car near the bakery, killing her children.",
     [("killed", "children", 2, None)]),
    ("Villagers were wounded when the mortar round landed near the well.",
     [("injured", "civilians", 2, None)]),
    ("One man died and several others were hurt in the blast at the depot.",
     [("killed", "men", 1, 1), ("injured", "men", 2, None)]),
    ("Medics said a number of residents were injured by flying glass.",
     [("injured", "civilians", 2, None)]),
])
def test_bare_plural_is_at_least_two(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    got = figs(text)
    assert [(f.outcome, f.group, f.low, f.high) for f in got] == expected
    assert all(f.qualifier == "vague" for f in got if f.high is None)


@pytest.mark.parametrize("text", [
    "Several died.",  # no group
    "Nobody knows how many fighters died in the valley.",  # a question
    "There were many deaths and many martyrs, the imam said.",  # no person noun
    "The aid group helped evacuate the wounded and treat civilians who were hurt.",  # a reference
    "His children were not injured, the neighbour said.",  # negated
    "The army said it had taken several gunmen prisoner.",  # not killed/injured
    "Rescuers were searching for several people who were missing after the landslide.",
])
def test_bare_plural_needs_group_outcome_and_no_negation(text: str) -> None:
    assert [f for f in figs(text) if f.qualifier == "vague" and f.low == 2] == []


def test_plural_inside_a_counted_breakdown_is_not_a_figure() -> None:
    assert summary("The strike killed 15 people, including children, the ministry said.") == [
        ("killed", "people", 15, 15)]


# --- single victims -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested a neighbour in the death of 16-year-old Tomas Reyes.", ("killed", "children", 1, 1)),
    ("Detectives are investigating the fatal shooting of Maria Lopez on Friday.", ("killed", "people", 1, 1)),
    ("THE ASSASSINATION OF JUDGE PEDRO RUIZ SHOCKED THE CAPITAL.", ("killed", "civilians", 1, 1)),
    ("The gun went off, striking Hendricks, who died at the scene.", ("killed", "people", 1, 1)),
    ("He was taken to the county hospital, where he was later pronounced dead.", ("killed", "people", 1, 1)),
    ("Officers found Matthews had been fatally wounded by a single round.", ("killed", "people", 1, 1)),
    ("A 13-year-old boy took his own life on Thursday, the sheriff said.", ("killed", "children", 1, 1)),
    ("Williams died at the scene, police said.", ("killed", "people", 1, 1)),
])
def test_single_victim_forms(text: str, expected: tuple[str, str, int, int]) -> None:
    got = [(f.outcome, f.group, f.low, f.high) for f in figs(text)
           if f.outcome in ("killed", "injured")]
    assert got == [expected]


@pytest.mark.parametrize("text", [
    "The rebel radio called for the assassination of General Ruiz.",  # intent, not an event
    "The minister mourned the death of democracy in the province.",
    "THE MURDER OF THE JESUIT PRIESTS WAS CONDEMNED BY THE BISHOPS.",
    "No one else in the truck that reached the clinic was hurt.",
    "A man was charged in the shooting deaths of a woman and her daughter.",
])
def test_not_a_single_victim(text: str) -> None:
    assert [f for f in figs(text) if f.low == 1 and f.high == 1 and f.group == "people"
            and f.part_of is None] == []  # "a woman and her daughter": a list of 2, not one victim


def test_age_at_the_end_of_a_clause_is_not_a_count() -> None:
    for text in ("Prosecutors charged Dale Hunt with murder in the death of Rico Vance, 20.",
                 "Lena Ortiz, 18, was charged in the death of Abel Cruz, also 18."):
        assert [f.low for f in figs(text)] == [1]


# --- injuries, apposition, "dead or wounded" ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Three children suffered life-threatening injuries in the crossfire.", [("injured", "children", 3, 3)]),
    ("The strike killed four people, with six others sustaining serious wounds.",
     [("killed", "people", 4, 4), ("injured", "people", 6, 6)]),
    ("Two farmers were killed and five were left injured.",
     [("killed", "civilians", 2, 2), ("injured", "civilians", 5, 5)]),
    ("One man suffered fatal injuries when the truck bomb exploded.", [("killed", "men", 1, 1)]),
])
def test_injury_forms(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert summary(text) == expected


def test_apposition_is_a_breakdown() -> None:
    got = figs("At least one civilian, a child, died when the strike hit the clinic.")
    total, part = got
    assert (total.group, total.low, total.high) == ("civilians", 1, None)
    assert (part.group, part.low, part.part_of) == ("children", 1, total.id)
    got = figs("Two people, a man and a woman, were killed when the shell hit their car.")
    assert [(f.group, f.low) for f in got] == [("people", 2), ("men", 1), ("women", 1)]
    assert got[1].part_of == got[0].id and got[2].part_of == got[0].id


@pytest.mark.parametrize("text", ["THERE ARE NOW MORE THAN 200 DEAD OR WOUNDED IN THE PROVINCE.",
                                  "Officials said 30 dead or injured were taken to clinics."])
def test_dead_or_wounded_gives_no_figure(text: str) -> None:
    assert summary(text) == []


# --- evaluator: MUC-4 keys skip plurals ------------------------------------------------------

def test_muc4_does_not_score_bare_plurals() -> None:
    doc = Document(id="m1", text="SEVERAL PEASANTS WERE KILLED AND 4 SOLDIERS WERE WOUNDED.")
    got = extract(doc)
    assert {(f.outcome, f.low, f.high) for f in got} == {("killed", 2, None), ("injured", 4, 4)}
    gold = {"m1": {"doc_id": "m1", "incidents": [
        {"killed": {"civilians": [5, 5]}, "injured": {"people": [4, 4]}}]}}
    s = score_figures([doc], gold, got, style="muc4")
    assert (s.predicted, s.correct, s.false_alarms) == (1, 1, 0)
    # the default style does score it: a plural is a claim of at least two
    s2 = score_figures([doc], {"m1": {"doc_id": "m1", "incident": {"killed": {"civilians": [5, 5]}}}},
                       got, style="default")
    assert s2.false_alarms == 1
