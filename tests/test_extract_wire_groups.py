"""Groups and lists in wire-service copy (upper-case FBIS style): armed-group members are combatants,
a parenthesised breakdown does not end a victim list."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> list[tuple[str, str, int | None, bool]]:
    return [(f.outcome, f.group, f.low, f.part_of is not None) for f in extract(Document(id="w", text=text))]


def test_named_armed_group_before_fighters_noun() -> None:
    assert ("killed", "combatants", 9, False) in _figs(
        "AN ARMY PATROL KILLED NINE SHINING PATH GUERRILLAS NEAR THE TOWN ON FRIDAY.")
    # an -ing word before an ordinary person noun still ends the noun phrase search
    assert all(g != "combatants" for _, g, _, _ in _figs("NINE FARMING FAMILIES LOST THEIR HOMES AND TWO PEOPLE DIED."))


def test_subversives_are_combatants() -> None:
    assert ("killed", "combatants", 5, False) in _figs("POLICE SAID THEY KILLED FIVE SUBVERSIVES IN THE HILLS.")
    assert ("killed", "civilians", 3, False) in _figs("THE SUBVERSIVE GROUP MURDERED THREE PEASANTS ON SUNDAY.")


def test_members_of_an_armed_group_are_combatants() -> None:
    assert ("killed", "combatants", 4, False) in _figs(
        "FOUR ALLEGED MEMBERS OF THE FMLN DIED IN A SHOOTOUT WITH THE POLICE ON TUESDAY.")
    assert ("killed", "combatants", 6, False) in _figs("SIX MEMBERS OF A GUERRILLA COLUMN WERE KILLED IN THE AMBUSH.")
    # a civil patrol or a family is not an armed group
    got = _figs("ELEVEN MEMBERS OF THE VILLAGE DEFENSE COMMITTEE WERE MURDERED BY THE REBELS.")
    assert got and all(g != "combatants" for _, g, _, _ in got)


def test_parenthesised_breakdown_inside_a_victim_list() -> None:
    got = _figs("THREE NUNS (TWO FRENCH AND ONE CHILEAN) AND TWO DRIVERS WERE SHOT DEAD AT THE CONVENT.")
    # (nuns and drivers are civilians: the list's total takes their shared group)
    assert ("killed", "civilians", 5, False) in got and ("killed", "civilians", 3, True) in got
    # a parenthesis without a count still breaks the list
    got = _figs("His brother (name withheld) and two cousins were killed in the strike.")
    assert all(low != 3 for _, _, low, _ in got)


def test_lists_with_the_and_household_staff() -> None:
    assert ("killed", "civilians", 7, False) in _figs("THE MEN WHO MURDERED THE FIVE NUNS AND THE TWO MAIDS FLED.")
    assert ("killed", "people", 5, False) in _figs("GUNMEN KILLED THREE PRIESTS AND TWO COMPANIONS ON MONDAY.")


def test_casualties_of_dead_and_wounded_have_no_single_outcome() -> None:
    got = _figs("THE ARMY SAID THE REBELS OF THE PATRIOTIC FRONT (FPR) HAVE SUFFERED 60 CASUALTIES (45 DEAD AND 15 WOUNDED).")
    assert all(low != 60 for _, _, low, _ in got)
    assert ("killed", "combatants", 45, False) in got and ("injured", "combatants", 15, False) in got
    assert not _figs("THE GUERRILLAS SUSTAINED 23 CASUALTIES, INCLUDING DEAD AND WOUNDED, IN THE FIGHTING.")
    assert all(low != 14 for _, _, low, _ in _figs("THE CAPTAIN REPORTED 14 CASUALTIES, INCLUDING SIX WOUNDED SOLDIERS."))
    # dead parts only: the total keeps its reading as deaths
    assert ("killed", "people", 40, False) in _figs(
        "Monitors identified at least 40 casualties by name in the strike, including 31 fatalities.")


def test_one_victim_and_a_counted_party_of_theirs() -> None:
    got = _figs("LABOR MINISTER PEDRO SOTO, 58, WAS SHOT DEAD OUTSIDE HIS OFFICE, ALONG WITH THREE OF HIS ESCORTS.")
    assert ("killed", "people", 4, False) in got and ("killed", "combatants", 3, True) in got
    got = _figs("THE UNION DENOUNCED THE MURDER OF COUNCILMAN JORGE LUNA AND TWO OF HIS SONS BY A DEATH SQUAD.")
    assert ("killed", "people", 3, False) in got
    # a party of fighters is the other side, not the victim's party
    got = _figs("THE LIEUTENANT WAS KILLED ALONG WITH FIVE GUERRILLAS IN THE SHOOTOUT.")
    assert all(low != 6 for _, _, low, _ in got)


def test_a_rank_after_a_force_word_ends_the_noun() -> None:
    got = _figs("A POLICE LIEUTENANT, A JUDGE, AND A DRIVER WERE KILLED IN THE AMBUSH.")
    assert ("killed", "people", 3, False) in got
    # an outcome word after the force word is not a rank
    assert ("injured", "combatants", 4, False) in _figs("THE ARMY ADMITTED ONLY FOUR SOLDIERS WOUNDED.")


def test_parts_of_fighters_are_fighters() -> None:
    assert ("injured", "combatants", 3, True) in _figs(
        "TWELVE SOLDIERS WERE WOUNDED IN THE AMBUSH, THREE OF THEM SERIOUSLY.")
    assert ("killed", "combatants", 5, False) in _figs(
        "THE GARRISON REPELLED AN ASSAULT BY SOME 40 REBELS, 5 OF WHOM DIED.")
    # a part of people at large stays people
    assert ("injured", "people", 3, True) in _figs("TWELVE PEOPLE WERE WOUNDED IN THE BLAST, THREE OF THEM SERIOUSLY.")


def test_side_toll_named_far_before_its_verb() -> None:
    got = _figs("ACCORDING TO THE DEFENSE MINISTRY PRESS OFFICE (DMPO), THE GUERRILLAS OF THE PEOPLE'S "
                "REVOLUTIONARY ARMY (ERP) HAVE SUSTAINED 70 CASUALTIES (50 DEAD AND 20 WOUNDED).")
    assert ("killed", "combatants", 50, False) in got and ("injured", "combatants", 20, False) in got


def test_as_well_as_takes_the_clause_verb() -> None:
    # the office holder is one of the list (s14): 1 + 3
    got = _figs("REBELS HAVE MURDERED THE JUDGE OF THE PROVINCIAL COURT OF HUANTA, AS WELL AS THREE FARMERS, POLICE SAID.")
    assert ("killed", "civilians", 3, True) in got and ("killed", "people", 4, False) in got
    # another verb between: the party is not the first victim's
    got = _figs("REBELS KILLED A NURSE, AND THE ARMY DETAINED THE MAYOR AS WELL AS THREE FARMERS.")
    assert ("killed", "civilians", 3, False) not in got and all(low != 4 for _, _, low, _ in got)
