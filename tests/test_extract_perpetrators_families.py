"""Perpetrator attribution families (and a few claimant forms): a generic noun yielding to the named
group the story makes claim the attack, attackers after "killed when", attackers that are the subject
of "killed", a victim's own party, a party's position, a region from a city named alone, a subject
with a relative clause. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.theatre import document_theatre
from civcas.extract.typed import generic_perpetrator
from civcas.models import Document, Figure


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 2)))


def perps(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures(text)}


@pytest.mark.parametrize(("text", "group"), [
    ("Jihadists killed at least 30 soldiers in an attack on an army camp in central Mali on Sunday, "
     "officials said. JNIM claimed responsibility for the attack in a statement.", "JNIM"),
    ("Militants killed 12 villagers in northeastern Nigeria overnight, local officials said. The attack "
     "was the work of Boko Haram militants, the army said.", "Boko Haram"),
])
def test_generic_noun_yields_to_the_named_group(text: str, group: str) -> None:
    assert perps(text) == {group}


def test_generic_noun_kept_without_a_named_group() -> None:
    assert perps("Jihadists killed at least 30 soldiers in an attack on an army camp on Sunday.") == {"jihadists"}


@pytest.mark.parametrize(("text", "name"), [
    ("Four people were killed when gunmen attacked a bus station on Tuesday, police said.", "unidentified gunmen"),
    ("Two civilians were killed when unidentified gunmen opened fire on a minibus.", "unidentified gunmen"),
    ("Three farmers were wounded after armed men raided the village.", "unidentified gunmen"),
])
def test_attackers_after_a_clause_word(text: str, name: str) -> None:
    assert perps(text) == {name}


@pytest.mark.parametrize("text", [
    "Three militants killed in an army raid in the north.",
    "Two gunmen killed overnight in a clash with police.",
    "THREE GUERRILLAS KILLED YESTERDAY IN A CLASH WITH THE ARMY.",
])
def test_attackers_as_victims_of_a_reduced_passive(text: str) -> None:
    assert generic_perpetrator(text) is None


def test_attackers_are_not_victims_of_their_own_verb() -> None:
    figs = figures("SEVERAL GUNMEN KILLED JUDGE MARIO ORTIZ IN THE CITY YESTERDAY.")
    assert not any(f.low == 2 and f.qualifier == "vague" for f in figs)
    # a reduced passive keeps its victims
    got = {(f.outcome, f.low) for f in figures("Four rebels killed Tuesday in fighting near the town.")}
    assert ("killed", 4) in got


@pytest.mark.parametrize(("text", "low"), [
    ("A man stabbed three people at a train station on Friday, police said.", 3),
    ("Three people were stabbed outside a nightclub early Sunday, police said.", 3),
    ("He went on a rampage, stabbing four people before officers arrested him.", 4),
])
def test_stabbings_are_injuries(text: str, low: int) -> None:
    assert {(f.outcome, f.low) for f in figures(text)} == {("injured", low)}


def test_victims_party_is_no_perpetrator() -> None:
    text = ("BOGOTA, 3 MAY 90 -- CARLOS RUIZ, PRESIDENTIAL CANDIDATE FOR THE M-19 GUERRILLA GROUP, WAS KILLED "
            "TODAY ABOARD A BUS. THE M-19 SUPPORTERS ARE DENOUNCING THE MURDER OF M-19 LEADER RUIZ.")
    assert "M-19" not in perps(text)


def test_a_party_position_is_no_act() -> None:
    text = ("[REPORTER] WHAT DO THE ARMED FORCES THINK OF THE BOMBS THAT WENT OFF YESTERDAY IN "
            "SAN MIGUEL AND KILLED THREE PEASANTS?")
    assert "Salvadoran armed forces" not in perps(text)


def test_blamed_actor_acts() -> None:
    text = ("SAN SALVADOR, 2 FEB 90 -- THE COMMISSION CONCLUDES THAT MEMBERS OF THE SALVADORAN ARMED FORCES WERE "
            "RESPONSIBLE FOR KILLING THE FIVE TEACHERS, THE FMLN SAID.")
    assert perps(text) == {"Salvadoran armed forces"}


def test_theatre_of_a_strike_from_abroad() -> None:
    text = ("Russian missiles and drones hit the city of Dnipro overnight, killing four people and wounding 19, "
            "the regional governor said. Russian forces launched 40 drones, the air force said.")
    assert document_theatre(text)[0] == "UA"
    claimants = {f.claimant.name for f in figures(text)}
    assert claimants == {"Ukrainian government"}  # (a Ukrainian governor speaks for the state)


def test_owner_country_of_a_minister() -> None:
    text = ("Ethiopian officials say soldiers killed dozens in Tigray. Eritrea's information minister said "
            "Eritrean troops had killed no civilians in the town of Axum in Ethiopia's Tigray region.")
    assert "Eritrean government" in {f.claimant.name for f in figures(text)}


def test_subject_with_a_relative_clause() -> None:
    text = ("A local activist network that has kept records inside the besieged district for two years said "
            "it had counted up to 35 bodies.")
    got = {(f.claimant.name, f.claimant.kind) for f in figures(text)}
    assert got == {("local activists", "local")}
