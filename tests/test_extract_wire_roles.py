"""Wire and radio reports: single victims named by their role, groups by occupation, human-rights
tallies counted as nouns, and false alarms (arrests, seized objects, a title line the body repeats).
Sentences written by the civcas team."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure

_LEAD = "QUITO, 2 MAR 90 (DOMESTIC SERVICE) -- [TEXT] "


def _figs(text: str) -> list[Figure]:
    return [f for f in extract(Document(id="wr", text=text)) if f.low is not None]


def _keys(text: str) -> set[tuple[str, str, int | None]]:
    return {(f.outcome, f.group, f.low) for f in _figs(text)}


# --- family 1: single victims named by a role in the toll sentence ---

@pytest.mark.parametrize("sentence, want", [
    ("THE ARMY SAID THAT THE DEAD INCLUDED THE MAYOR'S CHAUFFEUR AND THREE SOLDIERS OF HIS ESCORT.",
     {("killed", "civilians", 1), ("killed", "combatants", 3)}),
    ("Police said the victims included the judge's secretary and two bodyguards.",
     {("killed", "civilians", 1), ("killed", "combatants", 2)}),
    ("ACCORDING TO THE POLICE, THOSE KILLED INCLUDED HIS DRIVER AND FOUR PASSERSBY.",
     {("killed", "civilians", 1), ("killed", "civilians", 4)}),
])
def test_a_role_single_in_a_breakdown_after_a_speaker(sentence: str, want: set[tuple[str, str, int]]) -> None:
    got = _keys(_LEAD + sentence)
    assert want <= got, got


def test_a_role_single_coordinated_with_a_count() -> None:
    got = _keys(_LEAD + "GUNMEN FIRED ON THE SENATOR'S CAR, WOUNDING HIS CHAUFFEUR AND TWO OF HIS BODYGUARDS.")
    assert {("injured", "civilians", 1), ("injured", "combatants", 2)} <= got
    got = _keys("Attackers ambushed the prosecutor's convoy on Monday, killing her driver and one of her guards.")
    assert {("killed", "civilians", 1), ("killed", "combatants", 1)} <= got
    # near miss: a clause of its own after the toll is covered by it
    got = _keys(_LEAD + "A CAR BOMB KILLED FIVE PEOPLE, AND HIS DRIVER DIED IN THE BLAST.")
    assert ("killed", "civilians", 1) not in got


@pytest.mark.parametrize("sentence, outcome, group", [
    ("TWO OF THE DEAD WERE POLICEMEN AND THE THIRD WAS A TAXI DRIVER WHO HAD STOPPED AT THE LIGHT.",
     "killed", "civilians"),
    ("Four of the wounded were students; the fifth was a street vendor selling fruit at the gate.",
     "injured", "civilians"),
    ("THREE OF THE VICTIMS WERE PEASANTS, AND THE OTHER WAS A SOLDIER ON LEAVE.", "killed", "combatants"),
])
def test_the_rest_of_a_counted_whole(sentence: str, outcome: str, group: str) -> None:
    assert (outcome, group, 1) in _keys(_LEAD + sentence)


@pytest.mark.parametrize("sentence, outcome, group", [
    ("UNIDENTIFIED MEN YESTERDAY KILLED LUIS ALBERTO PAZ, LEADER OF THE REGIONAL BANANA WORKERS UNION, AND A "
     "TEACHER WHO WAS TRAVELLING WITH HIM.", "killed", "civilians"),
    ("THREE GUNMEN THIS MORNING SERIOUSLY WOUNDED RETIRED NAVY ADMIRAL JORGE SOSA, A FORMER CABINET MEMBER, AND "
     "A RETIRED ARMY MAJOR WHO DROVE HIS CAR.", "injured", "people"),
    ("Gunmen shot dead Ana Ruiz, the head of a women's cooperative, and a nurse who was travelling with her.",
     "killed", "civilians"),
])
def test_a_single_after_an_apposed_object(sentence: str, outcome: str, group: str) -> None:
    assert (outcome, group, 1) in _keys(_LEAD + sentence if sentence.isupper() else sentence)


def test_the_acting_subject_is_no_victim_across_adverbs() -> None:
    got = _keys(_LEAD + "TWO GUNMEN LAST NIGHT SERIOUSLY WOUNDED MAYOR LUIS PAZ OF SANTA ROSA.")
    assert ("injured", "combatants", 2) not in got


def test_a_hostage_and_his_kidnappers() -> None:
    got = _keys(_LEAD + "RANCHER PEDRO MORA, WHO HAD BEEN HELD SINCE APRIL BY A GANG OF KIDNAPPERS, AND TWO OF "
                        "HIS CAPTORS WERE KILLED WHEN TROOPS STORMED THE FARM.")
    assert {("killed", "civilians", 1), ("killed", "combatants", 2)} <= got
    got = _keys("The hostage and three of his abductors were killed when police raided the house.")
    assert ("killed", "combatants", 3) in got


def test_an_apposed_role_is_the_named_person() -> None:
    # the technician is Omar Haddad, the engineer the nephew: no victims of their own
    got = _figs("Among those killed was 41-year-old Omar Said Haddad, a laboratory technician at the hospital.")
    assert not any(f.number_text in ("a",) for f in got)
    got = _figs("The strike killed a guard and his nephew, an engineer, the ministry said.")
    assert sum(1 for f in got if f.low == 1 and f.outcome == "killed") <= 2


# --- family 2: groups by occupation and office ---

@pytest.mark.parametrize("sentence, group", [
    ("THE GUERRILLAS KILLED FOUR AGRONOMISTS OF A FOREIGN AID PROJECT.", "civilians"),
    ("Two businessmen and a waiter were wounded when the grenade went off.", "civilians"),
    ("A BOMB KILLED THREE JUDGES AND A PROSECUTOR IN THE PALACE OF JUSTICE.", "civilians"),
    ("THE MAYOR AND TWO COUNCILMEN WERE AMONG FIVE PEOPLE KILLED.", "civilians"),
    ("A RETIRED POLICE COLONEL WAS SHOT DEAD IN HIS GARDEN.", "people"),
    ("A former rebel commander was killed outside his home on Sunday.", "people"),
    ("FOUR KIDNAPPERS WERE KILLED IN THE RESCUE OPERATION.", "combatants"),
])
def test_groups_by_occupation(sentence: str, group: str) -> None:
    groups = {f.group for f in _figs(_LEAD + sentence if sentence.isupper() else sentence)}
    assert group in groups, groups


# --- family 4: human-rights tallies counted as nouns ---

@pytest.mark.parametrize("sentence, outcome, low", [
    ("THE HUMAN RIGHTS COMMISSION SAID IT HAD RECORDED 312 EXTRAJUDICIAL EXECUTIONS AND 74 DISAPPEARANCES "
     "IN 1989.", "killed", 312),
    ("THE HUMAN RIGHTS COMMISSION SAID IT HAD RECORDED 312 EXTRAJUDICIAL EXECUTIONS AND 74 DISAPPEARANCES "
     "IN 1989.", "missing", 74),
    ("Church workers documented more than 40 political murders in the province last year.", "killed", 40),
    ("MONITORS COUNTED AT LEAST 25 FORCED DISAPPEARANCES SINCE JANUARY.", "missing", 25),
])
def test_tallies_of_executions_and_disappearances(sentence: str, outcome: str, low: int) -> None:
    assert any(f.outcome == outcome and f.low == low for f in _figs(sentence))


def test_charges_and_linked_cases_are_no_tolls() -> None:
    assert not _figs("He was charged with two murders and held without bail.")
    assert not _figs("THE SUSPECT WAS CONVICTED OF THREE KILLINGS IN 1987.")
    assert not _figs("Ballistics tests linked the rifle to four murders in the county.")


# --- family 5: false alarms ---

@pytest.mark.parametrize("sentence", [
    "THE SPOKESMAN SAID THAT THREE OTHER MEMBERS OF THE GANG WERE ARRESTED AT THE FARM.",
    "The minister said that two people had been detained at a roadblock on the highway.",
    "POLICE ARRESTED FOUR MEN AFTER THE ATTACK ON THE BANK.",
    "NOBODY WAS ARRESTED AFTER THE SHOOTING AT THE MARKET.",
])
def test_a_few_arrests_are_no_harm(sentence: str) -> None:
    assert not [f for f in extract(Document(id="wa", text=_LEAD + sentence)) if f.outcome == "detained"]


def test_mass_detentions_and_abductions_stay() -> None:
    got = _figs("Soldiers detained about 60 villagers during the sweep, residents said.")
    assert any(f.outcome == "detained" and f.low == 60 for f in got)
    got = _figs(_LEAD + "GUERRILLAS ABDUCTED TWO ENGINEERS FROM THE DAM SITE.")
    assert any(f.outcome == "detained" and f.low == 2 for f in got)


@pytest.mark.parametrize("sentence", [
    "THE TROOPS SEIZED FOUR SUBMACHINE GUNS AND TWO GRENADE LAUNCHERS.",
    "Police recovered three assault rifles and 12 hand grenades at the house.",
    "THE PATROL CAPTURED SIX HUNTING RIFLES IN THE CAMP.",
])
def test_seized_objects_after_a_modifier_are_no_counts(sentence: str) -> None:
    assert not _figs(_LEAD + sentence if sentence.isupper() else sentence)


def test_a_wire_title_line_the_body_repeats() -> None:
    text = ("REBELS KILL FOUR FOREIGN TECHNICIANS IN HUANUCO\n[TEXT] LIMA, 3 JUN 91 (DOMESTIC SERVICE) -- A "
            "SHINING PATH COLUMN KILLED FOUR FRENCH ENGINEERS AT A HYDROELECTRIC PLANT NEAR HUANUCO TODAY, THE "
            "POLICE REPORTED.")
    got = [f for f in _figs(text) if f.low == 4]
    assert len(got) == 1 and got[0].group == "civilians"
    # a title line whose number the body does not repeat is kept
    text2 = ("GUNMEN KILL FIVE IN CALI BAR\n[TEXT] CALI, 3 JUN 91 (DOMESTIC SERVICE) -- GUNMEN OPENED FIRE IN A "
             "BAR IN THE SOUTH OF CALI LAST NIGHT, THE POLICE REPORTED.")
    assert any(f.low == 5 for f in _figs(text2))


def test_a_titled_person_beside_another_single_of_the_sentence() -> None:
    got = [f for f in _figs(_LEAD + "GUNMEN TODAY WOUNDED COLONEL MARIO VEGA AND A SECRETARY WHO WORKED IN HIS "
                                     "OFFICE.") if f.low == 1]
    assert len(got) == 2, got
    got = [f for f in _figs(_LEAD + "UNIDENTIFIED MEN KILLED JUDGE ANA ROJAS, A MEMBER OF THE SUPREME COURT, AND "
                                     "A POLICEMAN WHO GUARDED HER HOUSE.") if f.low == 1]
    assert {f.group for f in got} == {"civilians", "combatants"}
    # the same person counted once: the titled name and its own count
    got = [f for f in _figs(_LEAD + "MAYOR LUIS PAZ WAS SHOT DEAD TODAY.") if f.low == 1]
    assert len(got) == 1


def test_killings_counted_as_cases_told_before_or_over_a_month() -> None:
    # a definite article refers back to cases already told: no new toll
    assert not _figs(_LEAD + "THE POLICE DO NOT KNOW WHETHER THE TWO KILLINGS ARE CONNECTED.")
    assert not _figs("No group has claimed these three murders, the prosecutor said.")
    assert not _figs(_LEAD + "THE REPORT SAID THE GANG LEADER IS RESPONSIBLE FOR FIVE OTHER MURDERS.")
    # a month's count of cases is a tally
    got = _figs(_LEAD + "THE STATISTICS SHOW THAT 96 MURDERS WERE REPORTED IN OCTOBER IN THE CAPITAL.")
    assert got and all(f.scope == "tally" for f in got)
    got = _figs("Rights monitors recorded 31 extrajudicial executions during March.")
    assert got and all(f.scope == "tally" for f in got)
