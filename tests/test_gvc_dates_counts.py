"""US local-news follow-ups: the day of a later step is not the shooting's day; counts of the
incident itself (own example sentences; near misses that must not fire)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.when import incident_date
from civcas.models import Document

FRI = date(2021, 3, 12)  # a Friday
SUN = date(2021, 3, 14)  # a Sunday paper


@pytest.mark.parametrize("text", [
    "The victim was identified Wednesday as a 19-year-old college student.",
    "A vigil will be held Thursday evening for the boy outside his school.",
    "Grief counselors will be available Tuesday morning at the middle school.",
    "An inquiry was underway Tuesday into the death of a cab driver.",
    "The medical examiner performed autopsies Wednesday on both bodies.",
    "Standing before a judge on Monday, the teen said nothing.",
    "The driver got two years of probation Tuesday afternoon for the crash.",
    "Records released Monday show the boy found the pistol in a drawer.",
    "Officers said later Wednesday that the girl was still alive.",
    "Funeral services are tonight for the pizza courier.",
    "Police on Thursday were investigating the death of a man found near a motel.",
    "The girl died of her injuries, a Wednesday morning email from the sheriff said.",
    "Detectives Tuesday were still searching for the gunman.",
])
def test_the_day_of_a_later_step_is_not_the_event_day(text: str) -> None:
    assert incident_date(text, FRI) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Prosecutors charged him in connection with last Tuesday's shooting of a clerk.", date(2021, 3, 9)),
    ("Deputies arrested a man who shot his cousin Sunday night.", date(2021, 3, 7)),
    ("The man identified by police shot the clerk Wednesday.", date(2021, 3, 10)),
    ("A woman was wounded on Thursday, police said.", date(2021, 3, 11)),
    ("A man was shot Wednesday morning near the park.", date(2021, 3, 10)),
])
def test_the_event_day_stays(text: str, day: date) -> None:
    d = incident_date(text, FRI)
    assert d is not None and d.start == day


MON = date(2021, 3, 15)  # a Monday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("A girl, 7, died Sunday of a gunshot wound suffered on Friday, her family said.",
     date(2021, 3, 12), date(2021, 3, 12)),
    ("The 31-year-old woman wounded in a shooting last week died of her injuries Saturday night, the "
     "coroner said.", date(2021, 3, 8), date(2021, 3, 14)),
    # near misses: no other day of the wound, the day of the death stays
    ("A man was shot and died Saturday at a hospital.", date(2021, 3, 13), date(2021, 3, 13)),
    ("A 19-year-old man died Sunday after being shot in the chest.", date(2021, 3, 14), date(2021, 3, 14)),
])
def test_the_day_of_the_wound_before_the_day_of_the_death(text: str, start: date, end: date) -> None:
    d = incident_date(text, MON)
    assert d is not None and (d.start, d.end) == (start, end)


def test_into_needs_a_time_word() -> None:
    d = incident_date("Detectives were busy Wednesday into the killing of a teen.", FRI)
    assert d is not None and (d.start, d.end, d.precision) == (date(2021, 3, 10), date(2021, 3, 10), "day")
    d = incident_date("Gunfire rang out Tuesday night into Wednesday morning.", FRI)
    assert d is not None and (d.start, d.end) == (date(2021, 3, 9), date(2021, 3, 10))


def test_an_update_stamp_in_brackets_is_no_date() -> None:
    d = incident_date("Update (March 20, 2021) -- The toddler was shot on Tuesday.", FRI)
    assert d is not None and d.start == date(2021, 3, 9)


def test_last_week_in_a_weekend_paper_covers_the_week_now_ending() -> None:
    d = incident_date("A teen was shot dead last week near a park.", SUN)
    assert d is not None and (d.start, d.end) == (date(2021, 3, 1), date(2021, 3, 13))
    d = incident_date("A teen was shot dead last week near a park.", FRI)  # a weekday paper: the week before
    assert d is not None and (d.start, d.end) == (date(2021, 3, 1), date(2021, 3, 7))


def test_a_biography_year_later_in_the_story_does_not_date_the_event() -> None:
    text = ("Police have named the two people found dead in a house on Elm Road.\n\n"
            "Neighbors heard an argument. Officers found a handgun near the door.\n\n"
            "The man was a retired teacher who wrote a cookbook in 2009.")
    figs = [f for f in extract(Document(id="d", text=text, published=FRI)) if f.outcome == "killed"]
    assert figs and all(f.date is None or f.date.start.year == 2021 for f in figs)


def _figs(text: str) -> list[tuple[str, str, int | None, bool]]:
    return [(f.outcome, f.group, f.low, f.part_of is not None)
            for f in extract(Document(id="d", text=text, published=FRI))]


@pytest.mark.parametrize("text", [
    "Ortiz was the first of two teenagers shot dead in Lane County during the weekend.",
    "Lee, 16, was the second of three people shot dead in the county within a week.",
    "Marcus was the latest of four teens who were killed in Gary over two months.",
])
def test_one_of_a_run_of_deaths_over_a_period_is_a_tally(text: str) -> None:
    figs = extract(Document(id="d", text=text, published=FRI))
    assert figs and all(f.scope == "tally" for f in figs)


def test_the_first_of_two_victims_of_one_scene_stays_the_incident() -> None:
    figs = extract(Document(id="d", text="The first of two victims was found in the kitchen on Sunday, "
                                         "and both were dead.", published=FRI))
    assert any(f.scope == "incident" and f.low == 2 for f in figs)


@pytest.mark.parametrize("text", [
    "It is heartbreaking to watch a child be killed like that, a neighbor said.",
    "No parent should have to see a son be shot in the street.",
])
def test_an_imagined_scene_is_no_toll(text: str) -> None:
    assert _figs(text) == []


def test_a_child_killed_is_still_a_toll() -> None:
    assert ("killed", "children", 1, False) in _figs("A child was killed in the crossfire on Sunday.")


@pytest.mark.parametrize(("text", "hurt"), [
    ("Deputies found a woman who had been shot in the arm and a man who was dead.", "women"),
    ("Medics treated a clerk who was shot in the hand and a cashier who died at the scene.", "civilians"),
    ("Officers came upon a 61-year-old who was shot through the foot and a teen who had died.", "people"),
])
def test_a_person_hit_beside_a_person_who_died_is_wounded(text: str, hurt: str) -> None:
    figs = _figs(text)
    assert ("injured", hurt, 1, False) in figs
    assert any(o == "killed" and n == 1 for o, _g, n, _p in figs)


def test_one_person_shot_and_killed_is_not_wounded() -> None:
    figs = _figs("Police found a man who had been shot and killed near the store.")
    assert figs and all(o == "killed" for o, *_ in figs)


@pytest.mark.parametrize(("text", "outcome"), [
    ("A 15-year-old shot and killed his parents, deputies said.", "killed"),
    ("Officers found her grandparents dead in the kitchen.", "killed"),
    ("His parents were wounded in the attack on Friday.", "injured"),
])
def test_parents_are_two(text: str, outcome: str) -> None:
    assert (outcome, "people", 2, False) in _figs(text)


def test_parents_without_a_trigger_are_no_count() -> None:
    assert _figs("Her parents said she loved to sing.") == []


@pytest.mark.parametrize("text", [
    "Three people were found dead at a farm on Sunday. Deputies first saw a man in the yard, then two "
    "more bodies inside.",
    "Three people died at the scene on Sunday. Deputies saw two dead people on the porch in addition "
    "to a man inside.",
])
def test_more_people_found_beside_one_are_part_of_the_lead_toll(text: str) -> None:
    figs = _figs(text)
    assert ("killed", "people", 3, False) in figs
    assert ("killed", "people", 2, True) in figs and ("killed", "people", 2, False) not in figs


def test_more_people_with_no_toll_before_are_a_toll() -> None:
    assert ("injured", "people", 2, False) in _figs("Two more people were shot on Tuesday.")


@pytest.mark.parametrize("text", [
    "Two people were found dead in a Lakeland home on Friday. One 9-year-old victim was dead at the scene.",
    "Three people died in the shooting on Friday. Deputies said a girl, 8, was shot dead by her father.",
    "Four people were killed at the park on Friday. One 17-year-old was killed near the fountain.",
])
def test_one_person_killed_after_a_larger_toll_is_one_of_the_dead(text: str) -> None:
    figs = _figs(text)
    singles = [f for f in figs if f[0] == "killed" and f[2] == 1]
    assert singles and all(part for *_x, part in singles)


def test_one_person_killed_alone_is_the_toll() -> None:
    assert ("killed", "children", 1, False) in _figs("A 4-year-old girl was killed on Friday when her "
                                                     "brother found a loaded pistol.")


def test_wounds_of_the_dead_told_before_the_toll_are_no_injured() -> None:
    figs = _figs("The bodies were found in a house on Elm Street on Tuesday. All three had suffered bullet "
                 "wounds in the head. Police say Dale Ruiz shot and killed his wife and son before killing himself.")
    assert ("killed", "people", 3, False) in figs and not any(o == "injured" for o, *_ in figs)


def test_wounds_of_survivors_stay_injured() -> None:
    figs = _figs("Three men were shot outside a bar on Tuesday. All three had suffered bullet wounds in the legs "
                 "and are expected to survive.")
    assert any(o == "injured" and n == 3 for o, _g, n, _p in figs)


def test_an_undated_us_report_dates_its_event_at_publication() -> None:
    text = "OAKDALE, Ohio - Detectives report a teenager dead after gunfire near a Pine Street laundromat."
    figs = [f for f in extract(Document(id="d", text=text, published=FRI)) if f.outcome == "killed"]
    assert figs and all(f.date is not None and (f.date.start, f.date.end) == (date(2021, 3, 11), FRI)
                        for f in figs)


def test_a_stated_day_wins_over_the_publication_day() -> None:
    text = "OAKDALE, Ohio - Detectives report a teenager was shot dead on Tuesday near a Pine Street laundromat."
    figs = [f for f in extract(Document(id="d", text=text, published=FRI)) if f.outcome == "killed"]
    assert figs and all(f.date is not None and f.date.start == date(2021, 3, 9) for f in figs)
