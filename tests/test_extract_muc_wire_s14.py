"""Session 14, MUC-4-style wire items: office holders joined to a count, victims added with
"also" in a later sentence, bare counts sharing a series' noun, counts joined to a named victim.
All sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on, wire_figures

_DAY = date(1990, 5, 4)


def _killed(text: str) -> set[tuple[str, int | None, bool]]:
    """(group, low, is a part) of the killed figures of a wire item."""
    return {(f.group, f.low, f.part_of is not None) for f in figures_on(text, _DAY) if f.outcome == "killed"}


def _groups(text: str) -> set[tuple[str, str, int | None]]:
    return {(f.outcome, f.group, f.low) for f in figures_on(text, _DAY) if f.outcome in ("killed", "injured")}


# --- an office holder joined by "as well as" / "along with" / "and" to a count -------------------

def test_office_holder_as_well_as_count_sums() -> None:
    got = wire_figures("TERRORISTS KILLED THE MAYOR OF THE VILLAGE OF SAN PEDRO, AS WELL AS THREE FARMERS, "
                       "POLICE REPORTED TODAY.")
    assert {("killed", 4, 4), ("killed", 1, 1), ("killed", 3, 3)} <= got


def test_office_holder_along_with_count_sums() -> None:
    got = wire_figures("REBELS SHOT DEAD THE GOVERNOR OF THE PROVINCE ALONG WITH TWO PEASANTS NEAR THE BRIDGE.")
    assert ("killed", 3, 3) in got and ("killed", 1, 1) in got


def test_office_holder_with_long_of_phrase_and_count() -> None:
    got = wire_figures("GUNMEN KILLED THE JUDGE OF THE SMALL TOWN OF LA CRUZ AND TWO CLERKS YESTERDAY.")
    assert ("killed", 3, 3) in got


def test_office_holder_speaking_is_no_victim() -> None:
    got = wire_figures("THE MAYOR OF SAN PEDRO, AS WELL AS TWO COUNCILMEN, SAID THAT THREE FARMERS WERE KILLED.")
    assert got == {("killed", 3, 3)}


def test_office_after_harm_verb_without_of_phrase() -> None:
    assert ("killed", 1, 1) in wire_figures("A COMMANDO AMBUSHED THE CONVOY AND KILLED THE GOVERNOR NEAR TARMA.")
    assert wire_figures("THE GOVERNOR CONDEMNED THE ATTACK ON THE CONVOY NEAR TARMA.") == set()


# --- victims added with "also" after a single victim -----------------------------------------------

def test_also_killed_after_single_victim_sums() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] JUDGE ELENA RIOS WAS SHOT DEAD TODAY OUTSIDE THE COURTHOUSE IN "
            "IBARRA.\n\n   HER BODYGUARD WAS ALSO KILLED.")
    got = _killed(text)
    assert ("people", 2, False) in got
    assert {low for _g, low, part in got if part} == {1}


def test_also_killed_list_after_single_victim() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] A FORMER GOVERNOR OF THE PROVINCE WAS MURDERED YESTERDAY NEAR "
            "HIS FARM.\n\n   HIS NEPHEW AND TWO PEASANTS WERE ALSO KILLED IN THE ATTACK.")
    assert any(low == 4 and not part for _g, low, part in _killed(text))


def test_also_wounded_after_single_victim() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] GUNMEN WOUNDED COUNCILMAN JORGE VIDAL IN AN AMBUSH ON THE "
            "COAST ROAD.\n\n   A PASSER-BY WAS ALSO WOUNDED.")
    assert ("injured", "civilians", 2) in _groups(text)


def test_also_after_a_count_is_no_sum() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] FOUR PEOPLE DIED IN THE BLAST AT THE MARKET.\n\n"
            "   THE MAYOR'S DRIVER WAS ALSO KILLED.")
    assert not any(low == 5 for _g, low, _p in _killed(text))


def test_also_fighters_after_a_soldier_is_no_sum() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] AN ARMY CAPTAIN WAS KILLED IN THE AMBUSH NEAR THE BORDER.\n\n"
            "   FIVE REBELS WERE ALSO KILLED.")
    assert not any(low == 6 for _g, low, _p in _killed(text))


def test_also_in_mixed_case_is_left_to_other_readers() -> None:
    text = "Judge Elena Rios was shot dead on Monday outside the courthouse. Her bodyguard was also killed."
    got = {(f.low, f.part_of is not None) for f in figures_on(text, _DAY) if f.outcome == "killed"}
    assert (2, False) not in got


# --- a bare count sharing the noun of a series of harms --------------------------------------------

def test_comma_series_shares_first_noun() -> None:
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] THE ARMY SAID 45 GUERRILLAS HAVE BEEN KILLED, 30 WOUNDED, "
                  "AND 12 CAPTURED IN THE FIGHTING.")
    assert ("injured", "combatants", 30) in got


def test_comma_series_without_and() -> None:
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] FOUR POLICEMEN WERE KILLED, SIX WOUNDED IN THE AMBUSH.")
    assert ("injured", "combatants", 6) in got


def test_noun_shared_after_two_harms() -> None:
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] REBEL UNITS AMBUSHED A PATROL, KILLING FIVE AND WOUNDING "
                  "SEVEN GOVERNMENT SOLDIERS.")
    assert ("killed", "combatants", 5) in got
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] THE BOMB KILLED TWO AND INJURED 14 PASSENGERS.")
    assert ("killed", "civilians", 2) in got


def test_series_with_its_own_noun_keeps_it() -> None:
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] FOUR POLICEMEN WERE KILLED, SIX PEOPLE WOUNDED IN THE AMBUSH.")
    assert ("injured", "people", 6) in got
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] FOUR POLICEMEN WERE KILLED, AND SIX CIVILIANS WOUNDED.")
    assert ("injured", "civilians", 6) in got


# --- a count joined by "and" to a killed titled or named person ------------------------------------

def test_count_after_titled_victim_takes_the_verb() -> None:
    assert ("killed", 2, 2) in wire_figures("GUNMEN KILLED MAYOR JULIO PAZ AND TWO PEASANTS IN SAN ROQUE.")


def test_count_after_named_victim_takes_the_verb() -> None:
    text = "Mourners gathered after the deaths of Karim Nassar and his three children in the strike."
    got = {(f.outcome, f.group, f.low) for f in figures_on(text, _DAY)}
    assert ("killed", "children", 3) in got


def test_count_after_named_person_with_own_predicate() -> None:
    got = wire_figures("GUNMEN KILLED JULIO PAZ AND TWO PEASANTS WERE WOUNDED IN SAN ROQUE.")
    assert ("injured", 2, 2) in got and ("killed", 2, 2) not in got


def test_count_after_arrested_person_is_no_victim() -> None:
    assert wire_figures("POLICE ARRESTED JULIO PAZ AND TWO PEASANTS IN SAN ROQUE.") == set()


def test_also_after_an_earlier_toll_is_no_sum() -> None:
    text = ("QUITO, 4 MAY 90 (EFE) -- [TEXT] THREE PEOPLE DIED IN THE AMBUSH ON THE COAST ROAD.\n\n"
            "   THE MAYOR WAS KILLED AT THE WHEEL OF HIS CAR.  HIS DRIVER WAS ALSO KILLED.")
    assert not any(low == 2 and not part for _g, low, part in _killed(text))


def test_single_person_noun_is_not_shared_by_a_series() -> None:
    got = _groups("QUITO, 4 MAY 90 (EFE) -- [TEXT] ONE CHILD WAS KILLED, SIX WOUNDED IN THE BLAST.")
    assert ("injured", "people", 6) in got
