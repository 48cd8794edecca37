"""Wire copy (MUC-4 style) round 4: nominal injury triggers ("resulting in the injury of"),
translator-supplied numbers in brackets, perpetrators in relative clauses and in attributions
("we attribute the death to X").  All sentences are written by the civcas team."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.extract.text import tokenize
from civcas.models import Document

_LEAD = "BOGOTA, 4 JUN 89 (EFE) -- [TEXT] THE POLICE REPORTED NEW VIOLENCE IN THE NORTH TODAY. "


def _doc(text: str) -> Document:
    return Document(id="m4", text=_LEAD + text, published=dt.date(1989, 6, 4))


def _figs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.outcome, f.low, f.high) for f in extract(_doc(text))]


def _perp(text: str, outcome: str, low: int) -> str | None:
    got = [f for f in extract(_doc(text)) if f.outcome == outcome and f.low == low]
    assert got, text
    return got[0].perpetrator.name if got[0].perpetrator is not None else None


@pytest.mark.parametrize(("text", "want"), [
    ("TWO BOMBS EXPLODED LAST NIGHT AT A SUPERMARKET IN CALI, RESULTING IN THE INJURY OF FOUR PEOPLE AND "
     "HEAVY DAMAGE.", ("injured", 4, 4)),
    ("THE BLAST CAUSED THE WOUNDING OF 12 SHOPPERS AND THE DEATH OF TWO GUARDS.", ("injured", 12, 12)),
    ("THE GRENADE ATTACK ON THE BUS LED TO THE INJURY OF NINE PASSENGERS.", ("injured", 9, 9)),
])
def test_nominal_injury(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


def test_injury_of_a_body_part_is_no_count() -> None:
    assert not any(o == "injured" for o, _l, _h in _figs("THE MAYOR HAS RECOVERED FROM THE INJURY OF HIS LEG."))


@pytest.mark.parametrize(("text", "want"), [
    ("AT LEAST [7] PERSONS DIED DURING THE RIOTS IN THE MARKET ON SATURDAY.", ("killed", 7, None)),
    ("THE COMMUNIQUE SAID [12] SOLDIERS WERE WOUNDED IN THE AMBUSH NEAR THE BRIDGE.", ("injured", 12, 12)),
])
def test_bracketed_number(text: str, want: tuple[str, int, int | None]) -> None:
    assert want in _figs(text)


def test_bracket_tokens() -> None:
    assert [t.low for t in tokenize("AT LEAST [9] DIED [WORD INDISTINCT]")] == [
        "at", "least", "9", "died", "[", "word", "indistinct", "]"]


@pytest.mark.parametrize(("text", "outcome", "low", "want"), [
    ("PEASANTS IN THE NORTH LIVE IN FEAR OF THE DEATH SQUADS, WHO MURDERED FOUR FARMERS IN THE VILLAGE "
     "LAST NIGHT.", "killed", 4, "death squads"),
    ("\"WE ATTRIBUTE THE SENATOR'S DEATH TO THE POLICE,\" SAID AN FARC SPOKESMAN IN HAVANA.",
     "killed", 1, "police"),
    ("THE UP ATTRIBUTED THE KILLING OF THREE OF ITS COUNCILMEN TO THE ARMY.", "killed", 3,
     "Colombian armed forces"),
    ("THE PARTY ATTRIBUTED THE MURDER OF TWO TEACHERS IN THE TOWN TO PARAMILITARY GROUPS.", "killed", 2,
     "paramilitaries"),
])
def test_relative_and_attributed_perpetrator(text: str, outcome: str, low: int, want: str) -> None:
    assert _perp(text, outcome, low) == want


_SV_LEAD = "SAN SALVADOR, 4 JUN 89 (EFE) -- [TEXT] THE CHRISTIAN DEMOCRATS CRITICIZED THE NEW CABINET TODAY. "


def _sv(text: str) -> list[tuple[str, int | None]]:
    doc = Document(id="m4", text=_SV_LEAD + text, published=dt.date(1989, 6, 4))
    return [(f.outcome, f.low) for f in extract(doc)]


@pytest.mark.parametrize("text", [
    "THE PARTY ACCUSES THE COLONEL OF PLANNING THE MAY 1981 ASSASSINATION OF ARCHBISHOP LUIS ORTEGA CANO, "
    "WHICH SHOCKED THE WORLD.",
    "THE CARTEL BEGAN ITS WAR ON THE COURTS IN 1985 WITH THE MURDER OF JUDGE PEDRO ROJAS VEGA.",
    "THE BISHOP DEMANDED JUSTICE FOR THE KILLING OF UNION LEADER ANA MARIA SOTO IN 1983.",
])
def test_caps_named_victim_dated_years_earlier_is_background(text: str) -> None:
    assert ("killed", 1) not in _sv(text)


def test_caps_named_victim_with_an_earlier_year_in_an_apposition_counts() -> None:
    text = ("IT DECLARED A DAY OF MOURNING AFTER THE KILLING OF RAUL TORRES MENA, PRESIDENT OF A BANK AND "
            "GOVERNOR OF THE PROVINCE IN 1986.")
    assert ("killed", 1) in _sv(text)


def test_an_office_of_the_army_is_no_perpetrator() -> None:
    text = ("A CAR BOMB WENT OFF OUTSIDE THE ARMY HEADQUARTERS BUILDING ON BOLIVAR AVENUE, WOUNDING THREE "
            "PASSERSBY.")
    got = [f for f in extract(Document(id="m4", text=_SV_LEAD + text, published=dt.date(1989, 6, 4)))
           if f.outcome == "injured" and f.low == 3]
    assert got and all(f.perpetrator is None or f.perpetrator.name != "Salvadoran armed forces" for f in got)


def test_guerrillas_attacking_the_army_headquarters_are_the_perpetrator() -> None:
    text = "FMLN GUERRILLAS ATTACKED THE ARMY HEADQUARTERS IN SAN MIGUEL, KILLING TWO GUARDS."
    assert _perp(text, "killed", 2) == "FMLN"


def test_a_reference_mark_stays_bracketed() -> None:
    assert [t.low for t in tokenize("12 people[3] died")] == ["12", "people", "[", "3", "]", "died"]
