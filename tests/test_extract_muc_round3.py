"""Wire copy (MUC-4 style) round 3: lists of named victims in capitals (``capslist``), name-numbers
inside a count's noun phrase, more person nouns, deaths from illness.  All sentences are written by
the civcas team."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.outcome, f.low, f.high) for f in extract(Document(id="m3", text=text))]


def _named(text: str) -> list[tuple[str, int | None]]:
    return [(f.outcome, f.low) for f in extract(Document(id="m3", text=text)) if f.subgroup == "named"]


@pytest.mark.parametrize(("text", "want"), [
    ("THE FOLLOWING GUARDS DIED IN THE ATTACK ON THE BASE: SERGEANT LUIS PAREDES ROJAS, CORPORAL ANDRES "
     "VILCA MORO, FIRST SERGEANT MARIO QUISPE LEON, AND GUARD JOSE TAPIA CANO.", ("killed", 4)),
    ("PRIESTS ANTONIO SOLANO, RAMIRO VEGA, AND JULIO ESTRADA ARCE, THE FIRST TWO CHILEANS, WERE KILLED "
     "AT DAWN TODAY.", ("killed", 3)),
    ("THE GOVERNMENT CONDEMNED THE MURDERS OF RAMON ACOSTA DIAZ, COLONEL JAIME VERA, AND SENATOR AND "
     "PRESIDENTIAL HOPEFUL LUIS ORTEGA PARRA.", ("killed", 3)),
    ("THE WAVE OF ATTACKS CLAIMED THE LIVES OF CANDIDATE PEDRO LARA MENA, A POLICE OFFICER, AND A JUDGE.",
     ("killed", 3)),
    ("JUDGE MARIO SOLIS PENA, HIS WIFE, AND BODYGUARD ANDRES RUIZ WERE MURDERED YESTERDAY.", ("killed", 3)),
    ("MAYOR ANA ROBLES VEGA AND HER DRIVER, JOSE LUNA, WERE WOUNDED IN THE AMBUSH.", ("injured", 2)),
])
def test_caps_named_lists(text: str, want: tuple[str, int]) -> None:
    assert want in _named(text)


@pytest.mark.parametrize("text", [
    # the sentence states the size: the count reads it, the list adds nothing
    "SOLDIERS KILLED THREE JOURNALISTS: PEDRO LARA MENA, ANA ROBLES VEGA, AND JOSE LUNA CANO.",
    # an intent, not a killing
    "THE SPY HAD THE MISSION OF ASSASSINATING PRESIDENT LUIS ROJAS, BISHOP ANA VERA, AND OTHER LEADERS.",
    # places, not persons
    "THE ARMY DENIED THE MURDERS OF PEASANTS IN SAN JOSE, LAS FLORES, AND EL CARMEN.",
    # an apposition is no second person; a clause ends the list
    "THE KILLING OF PEDRO LARA MENA, PRESIDENT OF THE COMPANY AND MAYOR OF THE TOWN, SHOCKED THE REGION.",
    "THE ASSASSINATION OF LEADER LUIS ROJAS VERA, CLAIMED RESPONSIBILITY FOR THE BOMB IN SAN MIGUEL, "
    "NORTHERN PROVINCE.",
    "WE MUST NOT FORGET THE MURDERS OF RAMON ACOSTA DIAZ AND JAIME VERA SOTO.",
])
def test_caps_no_named_list(text: str) -> None:
    assert not [n for n in _named(text) if n[1] and n[1] >= 2]


def test_caps_list_keeps_mixed_case_untouched() -> None:
    text = "The dead were identified as Omar Haddad, 34, and his wife Lina, 29."
    assert ("killed", 2) in _named(text)


@pytest.mark.parametrize(("text", "want"), [
    ("GUERRILLAS AMBUSHED THE PATROL. TWO M-19 GUERRILLAS WERE KILLED IN THE CLASH.", ("killed", 2, 2)),
    ("THREE ACTIVISTS WERE KILLED BY UNIDENTIFIED GUNMEN.", ("killed", 3, 3)),
    ("TWO CARABINEROS WERE WOUNDED IN THE ATTACK.", ("injured", 2, 2)),
])
def test_wire_person_nouns(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize("text", [
    "FORMER PRESIDENT JOSE ROJAS HAS DIED OF CANCER AT HIS HOME.",
    "Former senator Ana Vera died after a long illness, her family said.",
])
def test_natural_death_is_no_victim(text: str) -> None:
    assert ("killed", 1, 1) not in _figs(text)
