"""Wire copy (MUC-4 style) round 5: a count coordinated after an uncounted object ("killed the
mayor, as well as three farmers"), role partitives ("wounded two of the bodyguards"), ages in an
aside between dashes, a list member's relative clause before the closing "and", "have bullet
wounds", and long-past incidents dated by their month/year.  All sentences are written by the
civcas team."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.extract.when import incident_date
from civcas.models import Document

_LEAD = "QUITO, 9 OCT 90 (AFP) -- [TEXT] THE AUTHORITIES REPORTED A NEW ATTACK IN THE HIGHLANDS TODAY. "
_PUB = dt.date(1990, 10, 9)


def _figs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.outcome, f.low, f.high) for f in extract(Document(id="m5", text=_LEAD + text, published=_PUB))]


@pytest.mark.parametrize(("text", "want"), [
    ("THE REBELS KILLED THE MAYOR OF THE VILLAGE, AS WELL AS FOUR FARMERS WHO WERE WORKING IN A FIELD.",
     ("killed", 4, 4)),
    ("THE COMMANDO KILLED THE JUDGE AND TWO OF HIS BODYGUARDS ON THE HIGHWAY.", ("killed", 2, 2)),
    ("The gunmen wounded the driver of the bus and three passengers before fleeing.", ("injured", 3, 3)),
])
def test_count_after_an_uncounted_object(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


def test_uncounted_object_of_another_verb_gives_no_outcome() -> None:
    assert not any(o == "killed" for o, _l, _h in _figs("THE TROOPS VISITED THE MAYOR AND THREE FARMERS."))


@pytest.mark.parametrize(("text", "want"), [
    ("THE TERRORISTS WOUNDED TWO OF THE BODYGUARDS AND ESCAPED IN A STOLEN CAR.", ("injured", 2, 2)),
    ("THREE OF THE POLICEMEN WERE KILLED WHEN THE TRUCK HIT A MINE.", ("killed", 3, 3)),
])
def test_role_partitive_is_a_count(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "want"), [
    ("TWO LITTLE GIRLS -- 5 AND 2 YEARS OLD -- DIED WHEN THE HOUSE WAS SET ON FIRE.", ("killed", 2, 2)),
    ("THREE BROTHERS (16, 18 AND 21 YEARS OF AGE) WERE WOUNDED BY THE BLAST.", ("injured", 3, 3)),
])
def test_ages_in_an_aside(text: str, want: tuple[str, int, int]) -> None:
    got = _figs(text)
    assert want in got
    assert not any(lo in (5, 16, 18, 21) for _o, lo, _h in got)  # the ages are no counts


def test_list_member_with_a_relative_clause() -> None:
    got = _figs("TWO POLICEMEN WHO WERE ESCORTING THE CANDIDATE AND A TAXI DRIVER WERE WOUNDED.")
    assert ("injured", 2, 2) in got
    assert ("injured", 1, 1) in got
    assert ("injured", 3, 3) in got


def test_relative_clause_with_its_own_harm_is_no_list() -> None:
    got = _figs("FOUR SOLDIERS WHO WERE KILLED AND A GUIDE WERE BURIED IN THE BARRACKS.")
    assert ("killed", 5, 5) not in got


@pytest.mark.parametrize(("text", "want"), [
    ("HOSPITAL SOURCES SAID THAT SIX PASSENGERS HAVE BULLET WOUNDS.", ("injured", 6, 6)),
    ("A NURSE SAID TWO OF THE CHILDREN ARE SERIOUS AND FIVE PEOPLE HAVE SHRAPNEL WOUNDS.", ("injured", 5, 5)),
])
def test_have_wounds(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


def test_have_no_wounds_is_nothing() -> None:
    assert not any(o == "injured" for o, _l, _h in _figs("THE HOSTAGES HAVE NO WOUNDS, THE PRIEST SAID."))


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("SEVEN UNIONISTS WERE MURDERED IN 1983 IN THE SAME NEIGHBORHOOD.", dt.date(1983, 1, 1),
     dt.date(1983, 12, 31), "year"),
    ("THE JUDGE REOPENED THE CASE OF THE JUNE 1986 MASSACRE OF 40 PRISONERS.", dt.date(1986, 6, 1),
     dt.date(1986, 6, 30), "month"),
    ("RELATIVES STILL MOURN THE 1982 BOMBING THAT KILLED NINE WORKERS.", dt.date(1982, 1, 1),
     dt.date(1982, 12, 31), "year"),
])
def test_long_past_incident_date(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    d = incident_date(text, _PUB)
    assert d is not None and (d.start, d.end, d.precision) == (start, end, precision)


def test_year_of_the_story_is_no_cue() -> None:
    assert incident_date("THE ARMY HAS LOST 40 MEN IN 1990.", _PUB) is None


def test_long_past_figure_takes_its_year() -> None:
    figs = [f for f in extract(Document(id="m5", text=_LEAD + "THE PARTY RECALLED THAT 11 OF ITS LEADERS "
                                        "WERE ASSASSINATED IN 1981.", published=_PUB)) if f.low == 11]
    assert figs and figs[0].date is not None and figs[0].date.start.year == 1981
