"""Wire copy (MUC-4 style) round 6, precision: generic tolls of speeches and commentary, tolls over
a stretch of time or a whole offensive, deaths in crashes, a part that only gives where some of the
dead came from, and threats ("will kill ten for every ..."). All sentences are written by the civcas
team."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

_LEAD = "LIMA, 14 MAR 90 (EFE) -- [TEXT] THE AUTHORITIES ISSUED A STATEMENT IN THE CAPITAL TODAY. "
_PUB = dt.date(1990, 3, 14)


def _figs(text: str) -> list[Figure]:
    return [f for f in extract(Document(id="m6", text=_LEAD + text, published=_PUB))
            if f.outcome in ("killed", "injured") and text[:30] in f.evidence.text]


def _scopes(text: str) -> dict[int | None, str]:
    return {f.low: f.scope for f in _figs(text)}


# family 1: generic tolls of speeches and commentary are tallies
@pytest.mark.parametrize(("text", "low"), [
    ("THE ARMY HAS MURDERED 50,000 GUATEMALANS AND THE PEOPLE WILL NOT FORGET IT.", 50000),
    ("THE DEATH SQUADS KILLED THOUSANDS OF STUDENTS DURING THE MILITARY GOVERNMENTS.", 1000),
    ("THE COLONEL HAS HUNDREDS OF LIVES ON HIS CONSCIENCE, THE BISHOP SAID.", 100),
    ("THE FIGHTING IN THE CAPITAL HAS LEFT MORE THAN 2,000 DEAD, HUNDREDS WOUNDED AND THOUSANDS HOMELESS.",
     2000),
])
def test_generic_toll_is_a_tally(text: str, low: int) -> None:
    assert _scopes(text).get(low) == "tally"


@pytest.mark.parametrize("text", [
    "HUNDREDS WERE WOUNDED WHEN THE BOMB WENT OFF IN THE MARKET ON FRIDAY.",
    "THE CAR BOMB KILLED HUNDREDS OF SHOPPERS IN THE MARKET YESTERDAY.",
])
def test_dated_event_with_hundreds_stays_an_incident(text: str) -> None:
    assert _scopes(text).get(100) == "incident"


# family 3: tolls over a stretch of time, a year of fighting, many events, a whole offensive
@pytest.mark.parametrize(("text", "low"), [
    ("NEARLY 900 PEOPLE WERE KILLED IN FIGHTING BETWEEN TROOPS AND REBELS IN 1987.", 900),
    ("DURING THE 3 MONTHS OF THE CRACKDOWN, 15 JUDGES HAVE BEEN KILLED BY GUERRILLAS.", 15),
    ("IN ONLY 6 WEEKS, THE CHURCH HAS RECORDED 80 MURDERS AND 31 PEOPLE KILLED IN MASSACRES.", 31),
    ("OVER THE COURSE OF A MONTH, THREE MAYORS HAVE BEEN MURDERED IN THE PROVINCE.", 3),
    ("THE CARTELS HAVE SET OFF MORE THAN 100 BOMBS, KILLING AT LEAST 80 PEOPLE.", 80),
    ("THE CAMPAIGN HAS PRODUCED 40 CLASHES, 25 REBELS AND 9 SOLDIERS KILLED.", 25),
    ("THE GUERRILLAS HAVE CAUSED THE DEATH OF 12,000 PEOPLE OVER THEIR 8-YEAR HISTORY.", 12000),
    ("THE REBELS LOST 1,900 KILLED IN ACTION DURING THE OFFENSIVE, THE HIGH COMMAND SAID.", 1900),
    ("THE ARMY SAID THAT THIS WEEKEND'S REBEL OFFENSIVE HAS RESULTED IN 140 DEAD AND 210 WOUNDED.", 140),
])
def test_period_and_offensive_tolls_are_tallies(text: str, low: int) -> None:
    assert _scopes(text).get(low) == "tally"


@pytest.mark.parametrize(("text", "low"), [
    ("FORTY MEN WHO FLED THE TOWN DURING THE OFFENSIVE WERE KILLED BY MILITIAMEN, OFFICIALS SAID.", 40),
    ("FOR THE THIRD TIME IN JUST UNDER FIVE MONTHS, A TEENAGER HAS BEEN SHOT AND KILLED IN THE TOWN.", 1),
    ("THREE BOMBS EXPLODED IN THE CITY CENTER ON MONDAY, WOUNDING 17 PEOPLE.", 17),
])
def test_one_event_stays_an_incident(text: str, low: int) -> None:
    assert _scopes(text).get(low) == "incident"


# family 2: deaths in crashes and landings are no harm from violence
@pytest.mark.parametrize("text", [
    "FOUR PEOPLE DIED IN THE CRASH OF A SMALL PLANE CARRYING MEDICINE TO THE NORTH.",
    "ABOUT 90 PASSENGERS WERE KILLED IN YESTERDAY'S CRASH OF A PERUVIAN AIRLINER NEAR CUSCO.",
    "AN AIR FORCE INSTRUCTOR DIED WHEN HIS TRAINING JET WENT DOWN TRYING TO LAND AT THE BASE.",
])
def test_crash_deaths_are_not_figures(text: str) -> None:
    assert _figs(text) == []


def test_crash_after_rebel_fire_is_a_figure() -> None:
    text = "THE ARMY SAID THE HELICOPTER WAS DOWNED BY REBEL FIRE AND CRASHED, KILLING FOUR CREW MEMBERS."
    assert [f.low for f in _figs(text)] == [4]


# family 4: a part that only gives the nationality or origin of some of the dead
@pytest.mark.parametrize(("text", "total"), [
    ("FIVE PRIESTS, THREE OF THEM SPANIARDS, WERE MURDERED AT THE PARISH HOUSE ON SUNDAY.", 5),
    ("SEVEN NUNS, FOUR OF THEM OF ITALIAN ORIGIN, WERE KILLED BY GUNMEN IN THE VILLAGE.", 7),
    ("THE MURDER OF EIGHT PEOPLE, SIX OF THEM PRIESTS, OF WHOM FIVE WERE SPANIARDS, SHOCKED THE COUNTRY.", 8),
])
def test_nationality_part_is_not_a_figure(text: str, total: int) -> None:
    lows = [f.low for f in _figs(text)]
    assert total in lows
    assert not any(f.part_of and f.low in (3, 4, 5) for f in _figs(text))


@pytest.mark.parametrize(("text", "part"), [
    ("TEN PEOPLE WERE KILLED, THREE OF THEM FRENCH JOURNALISTS.", 3),
    ("NINE PEOPLE WERE KILLED, FOUR OF THEM CHILDREN.", 4),
])
def test_part_with_its_own_noun_stays(text: str, part: int) -> None:
    assert any(f.part_of and f.low == part for f in _figs(text))


# family 5: threats and hypotheses
@pytest.mark.parametrize("text", [
    "THE DEATH SQUAD SAID IT WILL KILL 10 JOURNALISTS FOR EVERY POLICEMAN MURDERED.",
    "THE GROUP WARNED THAT FIVE JUDGES WILL BE SUMMARILY EXECUTED FOR EACH EXTRADITED COLOMBIAN.",
    "THE REBELS PROMISED TO KILL 20 SOLDIERS FOR EACH GUERRILLA EXECUTED.",
    "THE BOMB, WHICH COULD KILL DOZENS, WAS DEFUSED.",
])
def test_threat_is_not_a_figure(text: str) -> None:
    assert _figs(text) == []


@pytest.mark.parametrize(("text", "low"), [
    ("FOUR SOLDIERS MAY HAVE BEEN KILLED IN THE AMBUSH.", 4),
    ("TWO POLICEMEN WERE KILLED AND THREE OTHERS MAY BE DEAD.", 3),
])
def test_hedge_is_still_a_figure(text: str, low: int) -> None:
    assert low in [f.low for f in _figs(text)]


# wrong under any reading: a plan carried out, the killer in an active relative clause
@pytest.mark.parametrize("text", [
    "THE EXECUTION OF THE REBEL PLAN WILL COINCIDE WITH THE PRESIDENT'S TRIP.",
    "I WILL NOT SHAKE HANDS WITH A MAN WHO HAS KILLED ANY NUMBER OF PEASANTS.",
])
def test_no_victim(text: str) -> None:
    assert _figs(text) == []


@pytest.mark.parametrize(("text", "low"), [
    ("THE EXECUTION OF THE REBEL COMMANDER WAS CONFIRMED BY THE ARMY.", 1),
    ("THE POLICE FOUND A MAN WHO HAD BEEN KILLED WITH A MACHETE.", 1),
])
def test_victim_still_counted(text: str, low: int) -> None:
    assert low in [f.low for f in _figs(text)]


def test_split_of_a_killed_or_wounded_tally_is_a_tally() -> None:
    text = ("THE ARMY REPORTED THAT 540 PERSONS -- TROOPS, GUERRILLAS, AND CIVILIANS -- HAVE BEEN KILLED OR "
            "WOUNDED DURING THE LAST 5 DAYS OF COMBAT. THE REPORT ADDS THAT 250 PERSONS HAVE DIED AND 290 "
            "HAVE BEEN WOUNDED.")
    figs = [f for f in extract(Document(id="m6", text=_LEAD + text, published=_PUB)) if f.low in (250, 290)]
    assert len(figs) == 2
    assert {f.scope for f in figs} == {"tally"}
