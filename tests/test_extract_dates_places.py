"""Dates, tally periods and places as written."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.when import incident_date, statement_date, tally_period
from civcas.extract.where import place_in
from civcas.models import Document

FRI = date(2016, 11, 11)  # a Friday


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Strikes overnight on Tuesday killed five.", date(2016, 11, 8), date(2016, 11, 9), "days"),
    ("On Tuesday five people died.", date(2016, 11, 8), date(2016, 11, 8), "day"),
    ("Five people died on Friday.", FRI, FRI, "day"),
    ("Two died yesterday.", date(2016, 11, 10), date(2016, 11, 10), "day"),
    ("Shelling last week killed 4.", date(2016, 10, 31), date(2016, 11, 6), "week"),
    ("The massacre in March killed 30.", date(2016, 3, 1), date(2016, 3, 31), "month"),
    ("The raid on 17 March killed 30.", date(2016, 3, 17), date(2016, 3, 17), "day"),
    ("The raid on March 17, 2015 killed 30.", date(2015, 3, 17), date(2015, 3, 17), "day"),
    ("Earlier this month, 9 died.", date(2016, 11, 1), FRI, "month"),
    ("SAN SALVADOR, 30 DEC 89 -- [TEXT] ON 29 DECEMBER 1989 FIVE DIED.", date(1989, 12, 29),
     date(1989, 12, 29), "day"),
    ("It happened on 2016-03-17.", date(2016, 3, 17), date(2016, 3, 17), "day"),
    ("In December, 12 were killed.", date(2015, 12, 1), date(2015, 12, 31), "month"),
])
def test_incident_dates(text: str, start: date, end: date, precision: str) -> None:
    d = incident_date(text, FRI)
    assert d is not None and (d.start, d.end, d.precision) == (start, end, precision)


WED = date(2016, 2, 3)  # a follow-up published on Wednesday 3 Feb 2016


@pytest.mark.parametrize(("text", "published", "start", "precision"), [
    ("Detectives are still looking for a motive in the Jan. 17 shooting.", WED, date(2016, 1, 17), "day"),
    ("The victim died on Jan. 17 at a local hospital.", WED, date(2016, 1, 17), "day"),
    ("The shooting on Sunday, Jan. 17, left two men dead.", WED, date(2016, 1, 17), "day"),
    ("A jury heard about last month's shooting that killed two.", WED, date(2016, 1, 1), "month"),
    ("The woman was shot in January outside her home.", WED, date(2016, 1, 1), "month"),
    # a day after publication in the same year would be the future: it is last year's
    ("The suspect in the Nov. 25 shooting was arraigned.", WED, date(2015, 11, 25), "day"),
    ("A man charged over the Dec. 30 killing appeared in court.", date(2016, 1, 4), date(2015, 12, 30), "day"),
    ("The trial over the Feb. 1 shooting that left three dead opened.", date(2017, 1, 9), date(2016, 2, 1), "day"),
    ("Two men were shot dead on Feb. 29.", date(2017, 3, 3), date(2016, 2, 29), "day"),
    ("Two men were shot dead on Feb. 29.", date(2016, 3, 1), date(2016, 2, 29), "day"),
])
def test_follow_up_references_resolve_to_the_most_recent_past_date(
        text: str, published: date, start: date, precision: str) -> None:
    d = incident_date(text, published)
    assert d is not None and (d.start, d.precision) == (start, precision)
    assert d.start <= published


@pytest.mark.parametrize(("text", "published"), [
    ("Hearings resume on Sept. 9, the judge said after the four deaths were discussed.", date(2013, 7, 16)),
    ("Meals will be delivered to the family through July 23.", date(2016, 7, 6)),
    ("Last updated at 8:14 p.m. on Saturday, Nov. 26 Detectives are looking into the deaths.", date(2016, 11, 25)),
])
def test_near_future_dates_and_page_stamps_are_not_incident_dates(text: str, published: date) -> None:
    assert incident_date(text, published) is None


def test_update_stamp_does_not_hide_the_event_day() -> None:
    d = incident_date("Updated 9:45 a.m. Sunday: a man was shot dead on Friday night.", date(2016, 1, 17))
    assert d is not None and d.start == date(2016, 1, 15)


def test_no_date() -> None:
    assert incident_date("People may die if aid does not arrive.", FRI) is None
    assert incident_date("On Tuesday five people died.", None) is None


@pytest.mark.parametrize(("text", "start", "precision"), [
    ("3,500 civilians have been killed since 2014.", date(2014, 1, 1), "year"),
    ("So far this year 412 civilians died.", date(2016, 1, 1), "year"),
    ("since the start of the offensive in June", date(2016, 6, 1), "month"),
    ("since March 2015", date(2015, 3, 1), "month"),
    ("since October 7", date(2016, 10, 7), "day"),
    ("over the past two years", date(2014, 11, 12), "year"),
])
def test_tally_periods(text: str, start: date, precision: str) -> None:
    p = tally_period(text, FRI)
    assert p is not None and p.start == start and p.precision == precision and p.end == FRI


@pytest.mark.parametrize(("text", "name", "relation", "anchor"), [
    ("Airstrikes hit a village about 40 km north of Raqa, killing 5.", "Raqa",
     "a village about 40 km north of", "Raqa"),
    ("Five died near Mosul on Tuesday.", "Mosul", "near", "Mosul"),
    ("Shelling on the outskirts of Idlib killed two.", "Idlib", "outskirts of", "Idlib"),
    ("On Monday, 12 people died in Deir ez-Zor.", "Deir ez-Zor", None, None),
    ("According to the UN, 12 died in the town of Tabqa.", "Tabqa", None, None),
])
def test_places(text: str, name: str, relation: str | None, anchor: str | None) -> None:
    p = place_in(text)
    assert p is not None and (p.name, p.relation, p.anchor) == (name, relation, anchor)


def test_no_place_in_plain_sentence() -> None:
    assert place_in("In a statement, the army said five were killed.") is None


def test_figure_gets_date_and_place_from_paragraph() -> None:
    text = ("Russian jets struck Maaret al-Numan on Tuesday.\n\n"
            "The raids on Maaret al-Numan on Tuesday killed 14 people. Another 30 were wounded.")
    out = extract(Document(id="d", text=text, published=FRI))
    assert [(f.outcome, f.low) for f in out] == [("killed", 14), ("injured", 30)]
    for f in out:
        assert f.place is not None and f.place.name == "Maaret al-Numan"
        assert f.date is not None and f.date.start == date(2016, 11, 8)
    assert extract(Document(id="d", text=text), published=FRI)[0].date == out[0].date


# the day a statement was made is not the incident's day (article of Friday 11 Nov 2016)
_FRI = date(2016, 11, 11)


@pytest.mark.parametrize(("text", "incident", "stated"), [
    ("The provincial council said on Wednesday that seven farmers died in Monday's shelling.",
     date(2016, 11, 7), date(2016, 11, 9)),
    ("On Thursday, a hospital director told reporters that the blast on Sunday had killed 14.",
     date(2016, 11, 6), date(2016, 11, 10)),
    ("Three guards were shot dead late on Tuesday, the company said in a statement on Thursday.",
     date(2016, 11, 8), date(2016, 11, 10)),
    ("A police spokeswoman told KSTV on Wednesday that the victim, 19, had been hit twice.",
     None, date(2016, 11, 9)),
    ("In October, an army spokesman acknowledged that the raid may have killed civilians.",
     None, date(2016, 10, 1)),
])
def test_the_day_of_a_statement_is_not_the_incident_day(text: str, incident: date | None,
                                                         stated: date) -> None:
    d, s = incident_date(text, _FRI), statement_date(text, _FRI)
    assert (d.start if d is not None else None) == incident
    assert s is not None and s.start == stated


@pytest.mark.parametrize(("text", "day"), [
    ("The mayor said Tuesday's ambush left four officers dead.", date(2016, 11, 8)),
    ("Officials said Wednesday night's raid killed a teacher and her son.", date(2016, 11, 9)),
    ("On Monday, gunmen opened fire on a minibus and killed six, police said.", date(2016, 11, 7)),
    ("On Sunday a declared strike hit the market, killing 11 people.", date(2016, 11, 6)),
])
def test_days_of_the_event_stay(text: str, day: date) -> None:
    d = incident_date(text, _FRI)
    assert d is not None and d.start == day
    assert statement_date(text, _FRI) is None


def test_a_figure_takes_the_story_date_before_the_statement_day() -> None:
    text = ("An air strike struck a funeral gathering near the hamlet of Qala on 2 November. "
            "Local elders counted the dead the next morning.\n\n"
            "In his briefing on Thursday, a military spokesman told reporters that he had seen "
            "figures suggesting that between 8 and 12 civilians had been killed.")
    figs = [f for f in extract(Document(id="d", text=text, published=_FRI)) if f.low == 8]
    assert figs and figs[0].date is not None and figs[0].date.start == date(2016, 11, 2)


def test_a_statement_day_is_the_last_resort() -> None:
    text = "Police said on Wednesday that two teenagers were shot dead outside a bowling alley."
    figs = extract(Document(id="d", text=text, published=_FRI))
    assert figs and all(f.date is not None and f.date.start == date(2016, 11, 9) for f in figs)


@pytest.mark.parametrize(("text", "day"), [
    ("QUITO, 14 MAR 90 (EFE) -- [TEXT] A BOMB KILLED TWO GUARDS AT A POWER PLANT.", date(1990, 3, 14)),
    ("LA PAZ, 2 JUN 89 (RADIO FIDES) -- [TEXT] THREE MINERS DIED IN THE CLASH.", date(1989, 6, 2)),
    ("TOLEDO, Ohio, March 3 (AP) -- A clerk was shot dead at a gas station.", date(2016, 3, 3)),
])
def test_a_dateline_is_the_day_of_the_report(text: str, day: date) -> None:
    assert incident_date(text, date(2016, 3, 4)) is None
    s = statement_date(text, date(2016, 3, 4) if "AP" in text else None)
    assert s is not None and s.start == day


def test_a_dated_event_of_the_story_comes_before_its_dateline() -> None:
    text = ("MANAGUA, 9 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED THAT FOUR PEASANTS WERE "
            "KILLED IN AN AMBUSH NEAR JINOTEGA.\n\nTHE AMBUSH TOOK PLACE ON 7 FEBRUARY AT DAWN.")
    figs = [f for f in extract(Document(id="d", text=text, published=date(1990, 2, 9))) if f.low == 4]
    assert figs and figs[0].date is not None and figs[0].date.start == date(1990, 2, 7)


@pytest.mark.parametrize(("text", "day"), [
    ("A woman was wounded and the suspect was arrested in a shooting late Monday night.", date(2016, 11, 7)),
    ("Two men were charged after a stabbing on Wednesday left a cook dead.", date(2016, 11, 9)),
    ("A teenager was arrested after an attack Tuesday that killed a bus driver.", date(2016, 11, 8)),
])
def test_an_arrest_in_the_event_itself_keeps_the_day(text: str, day: date) -> None:
    d = incident_date(text, _FRI)
    assert d is not None and d.start == day


def test_the_day_of_a_court_step_is_still_not_the_event_day() -> None:
    assert incident_date("The man accused of killing his neighbour was arraigned Monday.", _FRI) is None
