"""Claimant and perpetrator attribution in the ways wire copy (Reuters/AP/AFP), local US news and
NGO/UN reports attribute casualty figures (claims.py, claim_resolve.py, claim_names.py,
actors.toml). Sentences written by the civcas team."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claim_names import state_office
from civcas.extract.claim_places import named_hospital
from civcas.extract.typed import unidentified_perpetrator
from civcas.models import Document, Figure


def first(text: str) -> Figure:
    figs = [f for f in extract(Document(id="af", text=text)) if f.low is not None]
    assert figs, text
    return figs[0]


def claimant(text: str) -> tuple[str, str | None]:
    f = first(text)
    assert f.claimant is not None
    return f.claimant.name, f.claimant.kind


# --- reporting forms ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Palestine Red Crescent Society said in a statement that three of its paramedics were killed in "
     "the strike.", "Palestine Red Crescent Society", "medical"),
    ("In a post on X, the UN children's agency said at least 13 children had been killed in the attack on "
     "the camp.", "UNICEF", "un"),
    ("In a note on its website, the Syrian Observatory for Human Rights said 11 people were killed in "
     "the air raids.", "Syrian Observatory for Human Rights", "monitor"),
    ("A spokesman for the Gaza health ministry, Ashraf al-Qudra, said 22 people were killed overnight.",
     "Gaza Ministry of Health", "government"),
    ("UNICEF's spokeswoman said at least 40 children had been killed in Sudan since the start of the month.",
     "UNICEF", "un"),
    ("At least 1,200 civilians have been killed in the region since January, according to figures "
     "compiled by ACLED.", "ACLED", "monitor"),
    ("The health ministry in Gaza put the toll from the strike at 44 dead.", "Gaza Ministry of Health",
     "government"),
    ("Syria Civil Defence gave a toll of 12 dead after the strike on the market in Idlib.",
     "Syria Civil Defence", "ngo"),
    ("Airwars has documented at least 3,000 civilians killed by coalition strikes in Raqqa.", "Airwars",
     "monitor"),
    ("The UN human rights monitoring mission in Ukraine confirmed that 24 civilians were killed in the "
     "missile strike.", "OHCHR", "un"),
    ("The Gaza health ministry said late on Monday that 35 people had been killed in the previous 24 hours.",
     "Gaza Ministry of Health", "government"),
])
def test_reporting_forms(text: str, name: str, kind: str) -> None:
    assert claimant(text) == (name, kind)


def test_data_from_a_compiler_attributes_the_figure() -> None:
    assert claimant("Data from the UN human rights office showed that 587 civilians were killed in Ukraine "
                    "in the first half of the year.") == ("OHCHR", "un")
    assert claimant("ACLED data show that at least 300 people were killed in the fighting in May.") == \
        ("ACLED", "monitor")


def test_an_outlet_compiling_its_own_count_is_not_credited_to_its_material() -> None:
    text = ("The AP compiled its tally from the records of independent monitors and cemetery registers. It found "
            "that at least 650 civilians were killed in the fighting.")
    assert claimant(text)[0] == "Associated Press"


# --- chains ------------------------------------------------------------------------------------

def test_a_chain_follows_a_cited_institution() -> None:
    assert claimant("Twelve people were killed in the strike, Reuters reported, citing the Lebanese health "
                    "ministry.") == ("Lebanese health ministry", "government")


@pytest.mark.parametrize("source", ["local officials", "a police source", "eyewitnesses", "residents"])
def test_a_chain_keeps_the_outlet_citing_unnamed_people(source: str) -> None:
    assert claimant(f"The state news agency SANA said 14 people were killed in the blast, citing {source}.") \
        == ("SANA", "media")


# --- quotations and appositions ----------------------------------------------------------------

def test_the_role_after_an_inverted_speaker_names_the_source() -> None:
    assert claimant('"Eight people were killed, among them three children," said Mohammed Hassan, a doctor '
                    'at the Kamal Adwan hospital.') == ("Kamal Adwan hospital", "medical")
    assert claimant('"The missile hit the building at dawn. At least 14 people were killed," said Ihor '
                    "Klymenko, Ukraine's interior minister.") == ("Ukrainian government", "government")


def test_a_unit_of_a_named_hospital_speaks_for_the_hospital() -> None:
    assert claimant("Ahmed Saleh, the head of the emergency department at Nasser Hospital, said 17 bodies had "
                    "arrived.") == ("Nasser Hospital", "medical")


def test_hospital_officials_are_the_hospital_the_story_names() -> None:
    text = ("The wounded were taken to Saint Mary Medical Center after the shooting on Friday. Hospital "
            "officials said four people were being treated for gunshot wounds.")
    assert claimant(text) == ("Saint Mary Medical Center", "medical")
    assert named_hospital("He was flown to Gaza's Nasser Hospital.") == "Nasser Hospital"
    assert named_hospital("a hospital in the city") is None


# --- unnamed people ----------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["Medics", "Doctors", "A nurse at the main hospital", "Paramedics"])
def test_unnamed_medics_are_medical_sources(who: str) -> None:
    assert claimant(f"{who} said 8 people were wounded by gunfire near the aid distribution site.") == \
        ("medical sources", "medical")


@pytest.mark.parametrize("who", ["Witnesses", "A volunteer with a local rescue group", "A resident of the village"])
def test_private_people_are_witnesses(who: str) -> None:
    assert claimant(f"{who} said 19 bodies were pulled from the rubble.") == ("witness", "local")


def test_a_second_source_joined_to_the_first_is_dropped() -> None:
    assert claimant("Security sources and residents said at least 40 people were killed in the attack.")[0] == \
        "security sources"


# --- state offices -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "dem", "want"), [
    ("Lebanon's health ministry", None, ("Lebanese health ministry", "government")),
    ("Sudanese foreign ministry", None, ("Sudanese foreign ministry", "government")),
    ("Interior Ministry", "Peruvian", ("Peruvian interior ministry", "government")),
    ("Defense Ministry", "Guatemalan", ("Guatemalan armed forces", "belligerent")),
    ("health ministry", "Palestinian", ("Gaza Ministry of Health", "government")),
    ("Ministry of Health", "Iraqi", ("Iraqi health ministry", "government")),
    ("Kharkiv Mayor", "Ukrainian", ("Kharkiv city council", "government")),
    ("Antioquia Governor", "Colombian", ("Antioquia government", "government")),
    ("Human Rights Ombudsman", "Guatemalan", ("Guatemalan human rights ombudsman", "government")),
    ("Khartoum state health ministry", "Sudanese", None),
    ("Dayton Mayor", None, None),
])
def test_state_offices_have_stable_names(name: str, dem: str | None, want: tuple[str, str] | None) -> None:
    assert state_office(name, dem) == want


def test_a_bare_health_ministry_is_the_one_of_the_theatre_that_has_one() -> None:
    text = ("BEIRUT - An Israeli strike on a car in southern Lebanon killed 2 people, the health ministry said. "
            "Israeli officials said the strike targeted an Israeli-made weapon.")
    assert claimant(text) == ("Lebanese health ministry", "government")
    assert claimant("An Israeli air strike on a house in Rafah killed nine people, including four children, the "
                    "health ministry told Reuters.") == ("Gaza Ministry of Health", "government")


def test_national_police_without_a_known_service_is_the_countrys_police() -> None:
    text = ("BOGOTA, Colombia - A bomb exploded outside a police station in Cali, killing 4 people, the "
            "national police said. Colombian officials blamed the FARC.")
    assert claimant(text)[0] == "Colombian police"


def test_a_county_medical_examiners_office_is_the_county_examiner() -> None:
    assert claimant("A 17-year-old was shot and killed Sunday night, the Cook County medical examiner's office "
                    "said.") == ("Cook County medical examiner", "government")


# --- news agencies and UN bodies ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("North Korea's KCNA news agency said 3 soldiers died in the explosion.", "KCNA"),
    ("The official IRNA news agency said 27 people were killed in the twin bombings in Kerman.", "IRNA"),
    ("Palestinian news agency WAFA said three people were killed in an Israeli drone strike on Tulkarm.", "WAFA"),
    ("MONUSCO said 23 civilians were killed in the attack on the camp near Djugu.", "MONUSCO"),
    ("The Gun Violence Archive has counted more than 400 people killed in mass shootings this year.",
     "Gun Violence Archive"),
])
def test_agencies_and_missions_are_known(text: str, name: str) -> None:
    assert claimant(text)[0] == name


# --- denials -----------------------------------------------------------------------------------

def test_a_government_denying_speaks_for_its_forces() -> None:
    text = ("KYIV - A Russian missile struck a supermarket in the city, killing 11 people, Ukrainian officials "
            "said. Moscow denies targeting civilians.")
    denial = [f for f in extract(Document(id="d", text=text)) if f.stance == "denied"]
    assert denial and denial[0].claimant is not None and denial[0].claimant.name == "Russian forces"


# --- perpetrators ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "perp"), [
    ("Five civilians were killed when Russian missiles hit an apartment block in Dnipro, the governor said.",
     "Russian forces"),
    ("Russian glide bombs killed 4 people in Kharkiv on Sunday, officials said.", "Russian forces"),
    ("The Sudan Doctors Network said on Facebook that RSF fighters killed 15 civilians in the village.",
     "Rapid Support Forces"),
    ("Al-Shabab claimed responsibility for the car bombing that killed 19 people in Mogadishu.", "al-Shabaab"),
    ("The attack, which killed 9 villagers, was blamed on Boko Haram.", "Boko Haram"),
    ("Fano militiamen killed 12 civilians in the Amhara region, residents said.", "Fano"),
    ("Suspected CODECO fighters killed 40 people at a displacement camp in Ituri, the UN said.", "CODECO"),
    ("Israeli settlers shot dead a Palestinian man in the village, the health ministry said.", "Israeli settlers"),
    ("Witnesses said gunmen on motorcycles killed at least 30 villagers in the attack.", "unidentified gunmen"),
    ("A suicide bomber killed 20 people at a mosque in Peshawar, police said.", "suicide bomber"),
    ("A gunman opened fire at a birthday party in Dallas on Saturday night, killing three people and wounding "
     "five, police said.", "gunman"),
    ("The suspect shot and killed two people outside a bar before fleeing, Police Chief John Garcia said.",
     "gunman"),
])
def test_perpetrator_forms(text: str, perp: str) -> None:
    f = first(text)
    assert f.perpetrator is not None and f.perpetrator.name == perp


def test_a_suspect_with_no_gun_is_an_unidentified_attacker() -> None:
    got = unidentified_perpetrator("The suspect drove a car into the crowd outside the station, police said.")
    assert got is not None and got.name == "unidentified gunmen" and got.identified is False
    shot = unidentified_perpetrator("The suspect opened fire on the crowd outside the station.")
    assert shot is not None and shot.name == "gunman"


@pytest.mark.parametrize(("text", "name"), [
    ("A statement from the Iraqi Red Crescent said 40 people were wounded in the blast in Baghdad.",
     "Iraqi Red Crescent"),
    ("Shelling killed five people in Aleppo, the Red Crescent said.", "Syrian Arab Red Crescent"),
    ("The Red Cross said two people were killed in the shelling of a town in eastern Ukraine.", "ICRC"),
])
def test_national_red_crescent_societies_are_not_the_icrc(text: str, name: str) -> None:
    figs = extract(Document(id="d", text=text))
    assert figs and {f.claimant.name for f in figs if f.claimant} == {name}
