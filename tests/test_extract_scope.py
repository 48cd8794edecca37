"""Scope: which figures are running tallies rather than one incident's toll (extract/scope.py and
the ``[scope]`` cues of the lexicon). All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def scopes(text: str) -> set[str]:
    """Scopes of the sentence's counted figures (document-level named-victim counts left aside)."""
    return {f.scope for f in extract(Document(id="t", text=text, published=date(2020, 3, 2)))
            if f.subgroup != "named"}


@pytest.mark.parametrize("text", [
    "So far, eight civilians have been killed by the bombings, the mayor said.",
    "SO FAR, MORE THAN 300 PEASANTS HAVE DIED IN THE REGION, THE BISHOP SAID.",
    "The offensive, which began on Saturday, has so far left some 400 dead.",
    "Six people were killed and 20 wounded in 14 shootings across the city over the weekend.",
    "More than 900 people have been injured in those shootings, police said.",
    "Three people died and 11 were hurt over a 12-hour stretch on Saturday night.",
    "THE GUERRILLAS KILLED 300 PEOPLE DURING THE 2-MONTH-LONG OFFENSIVE.",
    "Four US drone strikes in the province killed 19 civilians, the report said.",
    "Those nine cases resulted in 31 civilian deaths, the command said.",
    "The monitor counted 2,410 civilians killed between March 2019 and June 2020.",
    "The office recorded 612 civilians killed from 3 April 2021, when the fighting began, to 9 May 2022.",
    "Officials said the six-week siege left at least 1,500 civilians dead.",
    "The rebels said the government siege had left more than 700 residents dead.",
    "TWO UNION LEADERS WERE MURDERED IN TWO SEPARATE SHOOTINGS IN MEDELLIN.",
    "Seventeen strikes in the valley killed 40 civilians, the monitor said.",
    "Eleven reports were found credible, resulting in 74 unintentional civilian deaths, it said.",
    "After finding nine more reports credible, the task force said 38 civilians had been killed.",
])
def test_tallies(text: str) -> None:
    assert scopes(text) == {"tally"}


@pytest.mark.parametrize("text", [
    "Rescuers have pulled 40 bodies from the rubble so far, the civil defence said.",
    "Police have so far identified three of the five people killed on Friday.",
    "So far police have not said why the man killed two people at the bar.",
    "Nine dead and 41 injured so far as a result of shelling on the clinic, he said.",
    "Three airstrikes on the school killed 11 people and wounded dozens more.",
    "The toll from the strike so far stands at 12, medics said.",
    "Two gunmen killed four people at a bakery on Sunday.",
])
def test_incidents(text: str) -> None:
    assert scopes(text) == {"incident"}


@pytest.mark.parametrize("text", [
    "In the last 24 days, 1,210 rebels and 300 soldiers have been killed, the army said.",
    "The report notes that, since January 2019, 4,500 civilians and 900 police officers have been killed.",
    "DURING THIS 12-YEAR-LONG WAR, 60,000 PEOPLE HAVE DIED.",
    "Their two-month-long battle for the port has left 2,000 people dead.",
])
def test_tally_adverbials_and_campaign_lengths(text: str) -> None:
    assert scopes(text) == {"tally"}


@pytest.mark.parametrize("text", [
    "According to the Daily Courier, police officers in the northern town and in the villages around it "
    "said on Monday that a gunman killed 15 people.",
    "Since the weekend, police officers in the northern town and in the villages around it have said "
    "that a gunman killed four people.",
])
def test_weak_lead_cues_stay_incidents(text: str) -> None:
    assert scopes(text) == {"incident"}


def test_a_period_closing_far_after_the_counts() -> None:
    text = ("The mission has recorded 5,120 civilians killed and 9,870 injured in the country from 3 April "
            "2021, when the government launched its offensive on the northern provinces, to 9 May 2022.")
    assert scopes(text) == {"tally"}


@pytest.mark.parametrize("text", [
    "THE ARMY SAID 210 REBELS WERE KILLED AND 95 WOUNDED IN MORE THAN 400 CLASHES DURING THE MONTH.",
    "Forty guerrillas have died in 35 confrontations with troops, the high command said.",
    "AS OF TODAY, 300 REBELS HAVE BEEN KILLED AND 210 WOUNDED, THE HIGH COMMAND SAID.",
    "NATIONWIDE, THE ARMY COUNTED 120 GUERRILLAS KILLED AND 40 CAPTURED.",
    "About 2,000 people are murdered in the capital every year, the ministry said.",
    "THE BISHOP SAID 400 PEASANTS WERE MURDERED THROUGHOUT THE COUNTRY BY DEATH SQUADS.",
])
def test_wire_tallies(text: str) -> None:
    assert scopes(text) == {"tally"}


@pytest.mark.parametrize("text", [
    "THE UNION WILL HOLD A NATIONWIDE STRIKE TO PROTEST THE MURDER OF TWO TEACHERS IN THE TOWN.",
    "SIX SOLDIERS WERE KILLED IN A CLASH WITH REBELS NEAR THE BORDER ON MONDAY.",
    "The talks were called off after the events of recent days, in particular the killing of 10 "
    "workers at the union headquarters on Tuesday.",
])
def test_one_clash_or_an_adjective_stays_an_incident(text: str) -> None:
    assert scopes(text) == {"incident"}


@pytest.mark.parametrize("text, scope", [
    ("A volunteer group that has documented deaths in the province since 2019 said 14 villagers "
     "were killed when the market was shelled on Sunday.", "incident"),
    ("Medics who have worked in the camp since the siege began said nine children were killed by "
     "shelling overnight.", "incident"),
    ("Since 2014, the coalition said, 1,300 civilians have been killed in its strikes.", "tally"),
    ("The monitor said that since 2011 more than 500,000 people have been killed.", "tally"),
    ("A monitor that has counted deaths since 2011 said 1,234 people have been killed since the "
     "uprising began.", "tally"),
])
def test_a_tally_cue_in_the_speakers_relative_clause_dates_the_speaker(text: str, scope: str) -> None:
    figs = extract(Document(id="d", text=text, published=date(2024, 3, 4)))
    assert figs and {f.scope for f in figs} == {scope}
