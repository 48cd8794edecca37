"""Figure misreadings of scope, outcome and count (session 10): an event's own sum read as a tally,
the dead and the wounded read as injured, an earlier single incident read as a tally, an admitted
running total read as an incident, a verb read as a person. All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

DAY = date(2019, 6, 3)


def _figs(sentence: str) -> list[tuple[str, str, int | None, str]]:
    text = "Local news\n\n" + sentence
    return [(f.outcome, f.group, f.low, f.scope) for f in figures_on(text, DAY) if f.low is not None]


# -- "in all": one event's sum, not a count over a period ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The gunman killed four people in all before he drove off, the police chief said.",
    "Five people in all were wounded when the man opened fire at the bus stop, officers said.",
    "The attacker stabbed and shot six people in all, killing three of them, police said.",
])
def test_in_all_sums_one_event(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and all(scope == "incident" for *_, scope in figs)


@pytest.mark.parametrize("sentence", [
    "The town recorded six homicides in all of last year, police said.",
    "Marion County logged just two killings in all of 2014, deputies noted.",
])
def test_in_all_of_a_period_is_still_a_tally(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and all(scope == "tally" for *_, scope in figs)


# -- the survivors of people hit ------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "survivors", "hit"), [
    ("A gunman shot six men outside the lounge, four of whom survived, detectives said.", 4, 6),
    ("Seven people were shot late Sunday; two of them survived, police said.", 2, 7),
    ("The gunman shot five co-workers, three of whom have survived, the sheriff said.", 3, 5),
])
def test_survivors_of_a_hit_count_are_the_injured(sentence: str, survivors: int, hit: int) -> None:
    hurt = {low for outcome, _g, low, _s in _figs(sentence) if outcome == "injured"}
    assert survivors in hurt
    assert hit not in hurt  # the dead and the wounded together


def test_a_part_taken_to_hospital_says_no_survival() -> None:
    hurt = {low for outcome, _g, low, _s in _figs(
        "Four people were shot at the party, two of whom were taken to a hospital, police said.")
        if outcome == "injured"}
    assert 4 in hurt


# -- a count of people shot over a period: the dead and the wounded together ------------------------

@pytest.mark.parametrize("sentence", [
    "Nearly 1,900 people have been shot in Philadelphia since New Year's Day, city figures show.",
    "So far this year, 112 people have been shot in Milwaukee, police said.",
    "At least 30 people were shot in Detroit during a violent weekend, police said.",
])
def test_people_shot_over_a_period_are_no_injured_tally(sentence: str) -> None:
    assert not [f for f in _figs(sentence) if f[0] == "injured"]


@pytest.mark.parametrize(("sentence", "scope"), [
    ("So far this year, 112 people have been wounded by gunfire in Milwaukee, police said.", "tally"),
    ("More than 300 people have been shot and wounded in the city since January, police said.", "tally"),
    ("Three people were shot outside a bar on Sunday, police said.", "incident"),
])
def test_wounded_over_a_period_and_one_event_shot_stay(sentence: str, scope: str) -> None:
    assert [f for f in _figs(sentence) if f[0] == "injured" and f[3] == scope]


# -- an earlier single incident told with "last month" --------------------------------------------

@pytest.mark.parametrize("sentence", [
    "An air strike on a market last month killed 12 people, residents said.",
    "A car bomb outside a mosque last year killed 30 worshippers, the ministry said.",
    "Last month, a drone strike on a wedding party killed nine civilians, according to local officials.",
    "Last year, an attack on a police station left nine officers dead, the governor said.",
])
def test_one_event_last_month_is_an_incident(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and all(scope == "incident" for *_, scope in figs)


@pytest.mark.parametrize("sentence", [
    "Air strikes on the province killed 300 civilians last month, the monitor said.",
    "More than 40 civilians were killed in air strikes last month, the monitor said.",
    "Last year, 412 civilians were killed in the province, including 12 in an attack on a school.",
])
def test_many_events_over_a_period_stay_a_tally(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and figs[0][3] == "tally"


# -- an admitted running total ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The alliance has now acknowledged 37 civilian deaths in the province, well below outside counts.",
    "The alliance has conceded 64 civilian deaths in the province since the campaign began.",
    "The air force has admitted 23 civilian deaths in the northern districts.",
])
def test_an_admitted_total_is_a_tally(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and all(scope == "tally" for *_, scope in figs)


@pytest.mark.parametrize("sentence", [
    "The police have acknowledged that two officers were hurt during Friday's riot.",
    "The army has admitted 14 civilian deaths in Tuesday's raid on the village.",
])
def test_an_admitted_event_toll_stays_an_incident(sentence: str) -> None:
    figs = _figs(sentence)
    assert figs and all(scope == "incident" for *_, scope in figs)


# -- "dead and 14 others": the verb before "and" is no person ----------------------------------------

@pytest.mark.parametrize(("sentence", "injured"), [
    ("Gunfire at a block party left two teenagers shot dead and 11 others wounded, detectives said.", 11),
    ("By Tuesday the district said a pupil had died and five others were hospitalized.", 5),
    ("A cashier was killed and three others were injured as the robber fled the shop.", 3),
])
def test_a_verb_and_others_adds_no_person(sentence: str, injured: int) -> None:
    hurt = {low for outcome, _g, low, _s in _figs(sentence) if outcome == "injured"}
    assert hurt == {injured}


@pytest.mark.parametrize(("sentence", "total"), [
    ("The driver and two others were wounded, police said.", 3),
    ("He and three others were wounded in the blast.", 4),
])
def test_a_person_and_others_still_sum(sentence: str, total: int) -> None:
    assert total in {low for _o, _g, low, _s in _figs(sentence)}


# -- a condition clause after a count of patients -------------------------------------------------

@pytest.mark.parametrize(("sentence", "patients"), [
    ("St. Luke's said it had received three gunshot victims, and that two were in critical "
     "condition, a spokesman said.", 3),
    ("The hospital took in five shooting victims and three were in serious condition, a spokeswoman said.", 5),
    ("Four people were wounded and one is in critical condition, the sheriff said.", 4),
])
def test_a_condition_clause_is_part_of_the_patients(sentence: str, patients: int) -> None:
    hurt = {low for outcome, _g, low, _s in _figs(sentence) if outcome == "injured"}
    assert hurt == {patients}


def test_two_condition_clauses_of_different_people_still_sum() -> None:
    hurt = {low for outcome, _g, low, _s in _figs(
        "One person is in critical condition and three are receiving treatment for other wounds, police said.")
        if outcome == "injured"}
    assert 4 in hurt


# -- a lone victim beside a count over a period or a numberless "no one was hurt" --------------------

@pytest.mark.parametrize("story", [
    "A 6-year-old was shot in the arm on Saturday evening outside a corner store, leaving him in "
    "stable condition. The street has seen a rough year, with a gunfight in April in which no one was hurt.",
    "A teenager was shot in the leg late Tuesday near the river and taken to a hospital. More than 90 "
    "people have been wounded by gunfire in the city this year, police said.",
    "A woman was shot in the hand outside her home on Friday and is recovering. Nobody was injured "
    "in a drive-by on the same street last spring.",
])
def test_a_lone_hurt_victim_stands_beside_period_counts_and_zeros(story: str) -> None:
    figs = figures_on("Shooting\n\n" + story, DAY)
    assert [f for f in figs if f.outcome == "injured" and f.low == 1 and f.scope == "incident"]


def test_a_lone_victim_beside_the_event_own_count_is_still_dropped() -> None:
    figs = figures_on("Shooting\n\nThree people were wounded outside a bar on Friday, police said. "
                      "A man was shot in the leg and is in stable condition.", DAY)
    assert {f.low for f in figs if f.outcome == "injured"} == {3}


# -- the last one of a partition told by its ordinal ------------------------------------------------

@pytest.mark.parametrize(("story", "outcome"), [
    ("Five shoppers lost their lives. Three of them were dead on the sidewalk, and the fourth died in "
     "surgery, the coroner said.", "killed"),
    ("Three people were killed, officials said. Two of the dead died in the street and the third died "
     "at County General Hospital, officials said.", "killed"),
    ("Three people were shot. Two of the victims were killed outright; the third was wounded in the arm.",
     "injured"),
])
def test_the_ordinal_rest_of_a_partition_is_one_more(story: str, outcome: str) -> None:
    figs = figures_on("Shooting\n\n" + story, DAY)
    assert [f for f in figs if f.outcome == outcome and f.low == 1 and (f.number_text or "").startswith("the")]


def test_the_ordinal_rest_without_harm_is_no_figure() -> None:
    figs = figures_on("Shooting\n\nThree people were wounded. Two of the wounded were treated and released, "
                      "and the third remains in the hospital.", DAY)
    assert not [f for f in figs if f.low == 1]
