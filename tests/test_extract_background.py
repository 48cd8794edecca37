"""Records and past incidents a story recalls: "the deadliest attack since X" dates a record, not a
running total; "a day earlier" is no rate; a past incident does not take the story's main
perpetrator. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

from civcas.extract import extract
from civcas.models import Document, Figure


def figures(text: str, published: date = date(2023, 2, 3)) -> list[Figure]:
    return extract(Document(id="t", text=text, published=published))


def test_a_record_since_a_past_attack_is_an_incident() -> None:
    figs = figures("It was the bloodiest bombing in the city since a car bomb killed 88 people at the "
                   "same market in March 2019.")
    assert [(f.low, f.scope) for f in figs] == [(88, "incident")]


def test_a_record_since_a_date_when_is_an_incident() -> None:
    figs = figures("It was the worst attack in the province since June 2017, when gunmen killed 41 "
                   "worshippers at a mosque in the provincial capital.")
    assert [(f.low, f.scope) for f in figs] == [(41, "incident")]


def test_since_without_a_superlative_is_still_a_tally() -> None:
    figs = figures("Since June 2017, gunmen have killed 410 people in the province, the governor said.")
    assert [(f.low, f.scope) for f in figs] == [(410, "tally")]


def test_a_day_earlier_is_no_rate() -> None:
    figs = figures("Officials on Friday lowered the toll from Wednesday's blast at the depot to 31, from "
                   "the 36 given a day earlier.")
    assert {f.scope for f in figs} == {"incident"}
    assert figures("About 40 people are killed a day in the besieged city, the agency said.")[0].scope == "tally"


def test_a_past_incident_does_not_take_the_main_perpetrator() -> None:
    text = ("Fighters of the Islamic State group attacked a checkpoint outside the town on Monday, "
            "killing 12 soldiers, the army said. The group claimed the attack in a statement.\n\n"
            "It was the deadliest attack in the district since May 2019, when a suicide bomber killed "
            "23 people at a wedding in the same town.")
    by_low = {f.low: f for f in figures(text, published=date(2023, 2, 8))}
    assert by_low[12].perpetrator is not None and by_low[12].perpetrator.name == "Islamic State"
    assert by_low[23].scope == "incident"
    assert by_low[23].perpetrator is None or by_low[23].perpetrator.name != "Islamic State"


def test_a_part_never_names_a_dropped_total() -> None:
    """Found by the word-soup property test: a total dropped by a later pass left its part
    pointing at nothing."""
    figs = figures("killed killed Observatory ( 12")
    ids = {f.id for f in figs}
    assert all(f.part_of is None or f.part_of in ids for f in figs)


def test_a_suicide_bomber_who_blew_himself_up_is_one_dead_attacker() -> None:
    figs = figures("A suicide bomber blew himself up at the gate of the police compound, killing nine officers.")
    assert sorted((f.low, f.group) for f in figs) == [(1, "combatants"), (9, "combatants")]
    figs = figures("Three attackers blew themselves up when troops surrounded the house, the army said.")
    assert [(f.low, f.group, f.outcome) for f in figs] == [(3, "combatants", "killed")]


def test_a_crowd_the_bomber_struck_is_no_part_of_him() -> None:
    figs = figures("Police said a teenage bomber blew himself up among hundreds of pilgrims queuing at the gate.")
    assert [(f.low, f.part_of) for f in figs] == [(1, None)]
    assert figures("The man had threatened to blow himself up, police said.") == []
