"""Titled single victims (civcas.extract.titled): "THE ATTACK THAT KILLED JUDGE X"."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.titled import sentence_titled
from civcas.models import Document


def _doc(text: str, published: date | None = date(1989, 6, 9)) -> Document:
    return Document(id="t1", text=text, published=published)


def _ones(text: str, published: date | None = date(1989, 6, 9)) -> list[tuple[str, str]]:
    return [(f.outcome, f.group) for f in extract(_doc(text, published)) if f.low == 1 and f.high == 1]


@pytest.mark.parametrize(("sentence", "outcome", "group"), [
    ("UNIDENTIFIED GUNMEN TODAY KILLED JUDGE RAMON PEREZ OUTSIDE HIS HOME IN THE CAPITAL.", "killed",
     "civilians"),
    # office holders are civilians, as the project's gold sets count them (people until session 8)
    ("DEPUTY PABLO SOTO, OF THE RULING PARTY, WAS ASSASSINATED THIS MORNING.", "killed", "civilians"),
    ("MAYOR JOSE ORTEGA, OF THE RULING PARTY, WAS SHOT DEAD LAST NIGHT.", "killed", "civilians"),
    # someone who no longer serves is no combatant
    ("RETIRED GENERAL LUIS PAZ WAS SHOT DEAD OUTSIDE HIS HOME TODAY.", "killed", "people"),
    ("Former police chief Tomas Ruiz was wounded in the ambush.", "injured", "people"),
    ("THE GROUP CLAIMED RESPONSIBILITY FOR THE MURDER OF PRIEST CARLOS ROJAS.", "killed", "civilians"),
    ("GUERRILLAS KIDNAPPED AND LATER KILLED BUSINESSMAN ARTURO VEGA IN THE PROVINCE.", "killed",
     "civilians"),
    ("POLICEMAN MARIO LUNA WAS SERIOUSLY WOUNDED IN THE ATTACK ON THE STATION.", "injured", "combatants"),
    ("INSPECTOR RAUL DIAZ DIED IN THE EXPLOSION.", "killed", "combatants"),
    ("SOURCES SAID THAT PEDRO SOTO, THE LEFTIST PEASANT LEADER, DIED IN THE CLASHES.", "killed",
     "civilians"),
])
def test_titled_victim_in_wire_copy(sentence: str, outcome: str, group: str) -> None:
    assert [(t.outcome, t.group) for t in sentence_titled(sentence, upper=True, year=1989)] == [
        (outcome, group)]
    # one person in all (another reader may read the title word as a person noun first)
    assert [o for o, _g in _ones(sentence)] == [outcome]


@pytest.mark.parametrize("sentence", [
    # an attempt, a plan, a threat
    "POLICE FOILED A PLAN FOR THE MURDER OF SENATOR RAUL ORTIZ.",
    "THE ATTEMPTED MURDER OF JUDGE ELENA CRUZ WAS CONDEMNED BY THE CHURCH.",
    "SENATOR RAUL ORTIZ WAS NOT HURT IN THE ATTACK.",
    # a plural, a group, a kinship word
    "THE MURDER OF THE JESUIT PRIESTS SHOCKED THE COUNTRY.",
    "AFTER KILLING THE PEASANT FAMILY, THE TERRORISTS FLED.",
    "HIS FATHER ANTONIO WAS WOUNDED.",
    # a possessive: the bodyguard was killed, not the judge
    "GUNMEN KILLED JUDGE RAMON PEREZ'S BODYGUARD.",
    # a person harmed together with others: the counts read them
    "ENGINEER JUAN ROJAS WAS KILLED ALONG WITH HIS TWO SONS.",
    # a killing recalled, not reported
    "HE RECALLED THAT THE MURDER OF ARCHBISHOP LUIS ARCE HAS NEVER BEEN SOLVED.",
    # a title with no killing word next to it
    "JUDGE RAMON PEREZ SAID THE ATTACK KILLED NOBODY.",
])
def test_no_titled_victim(sentence: str) -> None:
    assert sentence_titled(sentence, upper=True, year=1989) == []


def test_count_in_the_sentence_covers_the_titled_person() -> None:
    text = "THE BOMB KILLED SIX PEOPLE, INCLUDING JUDGE RAMON PEREZ."
    assert sentence_titled(text, upper=True) == []
    assert [(f.low, f.high) for f in extract(_doc(text)) if f.outcome == "killed"] == [(6, 6)]


def test_earlier_year_is_an_earlier_event() -> None:
    text = "IN MARCH 1985, DURING ANOTHER ATTACK, SERGEANT JOSE LARA WAS KILLED."
    assert sentence_titled(text, upper=True, year=1989) == []
    assert len(sentence_titled(text, upper=True, year=1985)) == 1


def test_same_person_counted_once_and_killed_wins() -> None:
    text = ("SENATOR LUIS CAMPOS WAS WOUNDED IN AN ATTACK ON HIS CAR TODAY IN THE CAPITAL.\n\n"
            "HOSPITAL SOURCES LATER REPORTED THAT SENATOR CAMPOS HAS DIED.\n\n"
            "THE MURDER OF SENATOR LUIS CAMPOS WAS CONDEMNED BY THE GOVERNMENT.")
    assert _ones(text) == [("killed", "civilians")]


def test_two_titled_people_count_one_each() -> None:
    text = ("GUERRILLAS KILLED MAYOR PEDRO SALAS IN THE NORTH.\n\n"
            "IN A SEPARATE INCIDENT, JUDGE ELENA CRUZ WAS MURDERED IN THE CAPITAL.")
    assert sorted(_ones(text)) == [("killed", "civilians"), ("killed", "civilians")]


def test_mixed_case_titled_victim() -> None:
    assert _ones("Judge Maria Lopez was shot dead outside the courthouse on Monday.",
                 date(2023, 5, 2)) == [("killed", "civilians")]
    # a possessive kinship word before the title is no title
    assert sentence_titled("According to a post by Omar, her injured sister Huda did not know.",
                           upper=False) == []


def test_mixed_case_gives_way_to_a_stated_count() -> None:
    text = ("Three people were killed in the strike on Tuesday, the ministry said. "
            "Journalist Ana Ruiz was killed in the strike.")
    figs = [f for f in extract(_doc(text, date(2023, 5, 2))) if f.outcome == "killed"]
    assert [(f.low, f.high) for f in figs] == [(3, 3)]


def test_titled_name_text_and_evidence() -> None:
    text = "THE DYNAMITE ATTACK THAT KILLED ATTORNEY GENERAL LUIS MORA WAS CLAIMED BY A COMMANDO."
    (fig,) = [f for f in extract(_doc(text)) if f.low == 1]
    assert fig.number_text == "ATTORNEY GENERAL LUIS MORA"
    assert fig.scope == "incident" and fig.qualifier == "exact"
    assert "KILLED ATTORNEY GENERAL" in fig.evidence.text
