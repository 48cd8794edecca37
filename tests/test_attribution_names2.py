"""Claimant and perpetrator names that generalise: upper-case wire names, US police titles,
"<City> City police", orders given by an army, claimed attacks and groups "linked to" a parent."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claim_names import readable
from civcas.models import Document, Figure


def figures(text: str) -> list[Figure]:
    out = [f for f in extract(Document(id="n2", text=text)) if f.low is not None]
    assert out, text
    return out


@pytest.mark.parametrize(("name", "want"), [
    ("ARCHBISHOPRIC OF SAN SALVADOR", "Archbishopric of San Salvador"),
    ("PERUVIAN PEASANT CONFEDERATION", "Peruvian Peasant Confederation"),
    ("UNOFFICIAL HOSPITAL SOURCES", "unofficial hospital sources"),
    ("MAYOR'S OFFICE OF SANTA ROSA", "Mayor's Office of Santa Rosa"),
    ("URNG", "URNG"),  # a short acronym stays
    ("Red Cross", "Red Cross"),  # not upper case: untouched
])
def test_readable_wire_names(name: str, want: str) -> None:
    assert readable(name) == want


@pytest.mark.parametrize(("text", "want"), [
    # a wire title with its holder's name: the title, readable
    ("LIMA, 3 JUN 90 (RADIO) -- [TEXT] FIVE PEASANTS WERE MURDERED IN THE HIGHLANDS, PUNO HUMAN RIGHTS "
     "OMBUDSMAN JULIO CESAR ARIAS SAID.", "Puno Human Rights Ombudsman"),
    ("BOGOTA, 8 MAY 90 (EFE) -- [TEXT] EIGHT PEOPLE DIED IN THE BLAST, ACCORDING TO UNOFFICIAL HOSPITAL "
     "SOURCES.", "unofficial hospital sources"),
])
def test_upper_case_wire_claimants_are_readable(text: str, want: str) -> None:
    f = figures(text)[0]
    assert f.claimant is not None and f.claimant.name == want


@pytest.mark.parametrize("text", [
    # a US city whose name ends in "City" and a police chief named with the title
    "KANSAS CITY, Kan. - Two people were shot dead at a bus stop, Kansas City Police Chief Maria Lopez said.",
    "DALLAS, Texas - Three people were shot dead outside a bar on Friday, Fort Worth Police Chief Dana Reyes said.",
    # a department named in full
    "OAK RIDGE, Tenn. - Two men were killed in the shooting, the Oak Ridge Police Department said.",
])
def test_us_police_claimants_are_police(text: str) -> None:
    f = figures(text)[0]
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == ("police", "government")


def test_city_in_a_place_name_stays_outside_the_us() -> None:
    f = figures("Six people were killed in the market, Mexico City police said.")[0]
    assert f.claimant is not None and f.claimant.name == "Mexico City police"


@pytest.mark.parametrize(("text", "want"), [
    # an army that gave orders to, or escorted, the victims is no author of the killing
    ("KAYA, Burkina Faso - Jihadists killed 30 people near Kaya, where villagers had been ordered by the "
     "Burkinabe army to dig trenches, witnesses said.", "jihadists"),
    ("MAIDUGURI, Nigeria - Gunmen killed nine farmers near Maiduguri on Sunday, two days after the farmers "
     "were escorted by Nigerian troops to their fields, residents said.", "unidentified gunmen"),
    # ... but an attack by the army is its own
    ("MAIDUGURI, Nigeria - An air strike by the Nigerian army killed nine people in a village, residents said.",
     "Nigerian military"),
])
def test_orders_are_not_attacks(text: str, want: str) -> None:
    f = figures(text)[0]
    assert f.perpetrator is not None and f.perpetrator.name == want


def test_claimed_group_wins_over_the_parent_it_is_linked_to() -> None:
    text = ("OUAGADOUGOU, Burkina Faso - Militants allied to al-Qaeda overran an army post near Djibo on "
            "Thursday, killing 18 soldiers, a security source told reporters.\n\n"
            "Days later the Group for the Support of Islam and Muslims (JNIM) claimed the assault on social media.\n\n"
            "A regional health official said 31 people were wounded.")
    names = [f.perpetrator.name if f.perpetrator else None for f in figures(text)]
    assert names and all(n == "JNIM" for n in names), names


def test_subject_right_after_a_wire_dateline_speaks() -> None:
    text = ("TEGUCIGALPA, 9 FEB 90 (RADIO AMERICA) -- [TEXT] THE HONDURAN COMMITTEE FOR HUMAN RIGHTS REPORTED TODAY THAT SIX "
            "PEASANTS WERE KILLED IN AN AMBUSH NEAR THE BORDER.")
    f = figures(text)[0]
    assert f.claimant is not None and f.claimant.name == "Honduran Committee for Human Rights"
