"""Attribution round 3: relative clauses in the present, staff of an unnamed or named hospital, offices
named after their region or city, state services, wire names in capitals, owner-less documents after
"according to", "released ... and said". All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.claim_names import local_hospital, office_name, readable
from civcas.extract.claim_people import unnamed_person
from civcas.models import Document


def claimants(text: str) -> set[str | None]:
    """The claimant names of the figures of ``text``."""
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    assert figs, text
    return {f.claimant.name if f.claimant else None for f in figs}


@pytest.mark.parametrize(("text", "name"), [
    # a relative clause in the present between the speaker and the verb
    ("The Tamarind Rights Center, which monitors the war through a network of sources on the ground, "
     "said 14 civilians were killed in the strike on Harsa.", "Tamarind Rights Center"),
    ("The health ministry, which does not distinguish between civilians and combatants, said 31 people "
     "were killed in Gaza overnight.", "Gaza Ministry of Health"),
    ("The Syrian Observatory for Human Rights, which relies on sources inside the country, said nine "
     "civilians died in the shelling of Idlib.", "Syrian Observatory for Human Rights"),
    # tallies, counts and statements
    ("At least 230 civilians have been killed in the province since January, according to a tally by "
     "the Syrian Observatory for Human Rights.", "Syrian Observatory for Human Rights"),
    ("The strike brought the monitor's count of civilians killed in the city this month to 85, the "
     "Syrian Observatory for Human Rights said.", "Syrian Observatory for Human Rights"),
    ("Twelve people were killed in the shelling of the market, according to a statement from the Gaza "
     "health ministry.", "Gaza Ministry of Health"),
    ("At least 41 people have died in the fighting, according to an AFP tally based on official "
     "sources.", "AFP"),
    ("The Wadi Rights Committee reported on X that 19 people were killed in the raid on the village.",
     "Wadi Rights Committee"),
    ("Sixteen people were killed in the strike, the Lebanese health ministry said in a statement "
     "carried by the state news agency.", "Lebanese health ministry"),
    # Telegram: the place after the verb is no speaker
    ("Eight people were killed when the drone struck a fuel depot in Kherson, the regional governor, "
     "Oleksandr Prokudin, wrote on Telegram.", "Ukrainian government"),
    ("Two people were killed in the shelling of Kharkiv, the regional governor, Oleh Novak, said on "
     "Telegram.", "Ukrainian government"),
    ("KHARKIV, Ukraine (AP) - Mayor Ihor Dovzhenko wrote on Telegram that three people were killed in "
     "the Russian strike.", "Kharkiv city council"),
    ("Ukraine's prosecutor general's office said 487 children had been killed since the start of the "
     "invasion.", "Ukrainian prosecutor general"),
    # offices named after their city or region
    ("ODESA, Ukraine (Reuters) - Two people were killed and nine wounded in a Russian drone attack, the "
     "city's military administration said.", "Odesa city military administration"),
    ("In Kyiv, three people were killed and 12 wounded, the city's military administration said.",
     "Kyiv city military administration"),
    ("Five people were wounded in the strike on a cafe in the Kharkiv region, the regional prosecutor's "
     "office said.", "Kharkiv regional prosecutor's office"),
    ("The shelling killed 18 people and wounded 40 others, the health ministry of Gedaref state said.",
     "Gedaref state health ministry"),
    # hospitals and their staff
    ("Medical sources at al-Aqsa Martyrs Hospital said 17 people were killed in the strike on the "
     "school in Deir al-Balah.", "al-Aqsa Martyrs Hospital"),
    ("Doctors at the Nasser Hospital in Khan Younis said they had received the bodies of 22 people "
     "killed in the strike.", "Nasser Hospital"),
    ("Health workers at the district hospital in Kaya said they had treated 30 wounded people.",
     "Kaya district hospital"),
    ("Staff at the main hospital in Bentiu said 14 wounded people had been brought in overnight.",
     "Bentiu main hospital"),
    ("Local hospital sources said four of the wounded had died overnight.", "hospital sources"),
    ("A nurse at the regional hospital in Kaya said 12 wounded people had arrived.", "medical sources"),
    # state services and documents with no owner
    ("A French intelligence assessment put the toll at up to 300 in the attack near Kaya.",
     "French government"),
    ("The Israeli military said that, according to an initial review, none of its soldiers had killed "
     "the two men in Jenin.", "Israeli military"),
    ("Police on Tuesday released the names of the four people killed in the shooting and said that six "
     "others had been wounded.", "police"),
    ("The ministry issued a list of the dead on Friday and said that 26 people had been killed in the "
     "bombing of the market in Harsa.", "ministry"),
    ("DAYTON, Ohio - Police Chief Dana Roe said three people were killed in the shooting.", "police"),
    ("Iraqi military officials had insisted that at least five militants had been killed in the raid "
     "near Mosul.", "Iraqi military officials"),
    # wire copy in capitals
    ("RELATIVES SAID THAT THREE PEASANTS WERE KILLED BY THE SOLDIERS NEAR THE VILLAGE.", "relatives"),
    ("HEALTH MINISTRY SOURCES SAID THAT 14 PEOPLE WERE KILLED IN THE BOMBING IN BOGOTA.",
     "Colombian health ministry"),
    ("TWELVE WORKERS WERE KILLED WHEN A BOMB EXPLODED AT THE HEADQUARTERS OF THE NATIONAL WORKERS "
     "FEDERATION (FENATRA), FENATRA LEADERS REPORTED.", "National Workers Federation"),  # (spelled out: one name)
    ("A deacon at a church in the town told reporters that 70 people were killed by the soldiers.",
     "witness"),
])
def test_claimant_forms(text: str, name: str) -> None:
    assert claimants(text) == {name}


@pytest.mark.parametrize(("text", "want"), [
    ("the regional hospital in Kaya", "Kaya regional hospital"),
    ("health workers at the district hospital in Bor", "Bor district hospital"),
    ("staff at the hospital in Malakal", "Malakal hospital"),
    ("a hospital in the town", None),  # no place name
    ("the Nasser Hospital in Khan Younis", None),  # a named hospital keeps its name
])
def test_local_hospital(text: str, want: str | None) -> None:
    assert local_hospital(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("French intelligence", ("French government", "government")),
    ("British security services", ("British government", "government")),
    ("health ministry of Gedaref state", ("Gedaref state health ministry", "government")),
    ("police department of Kherson region", ("Kherson region police department", "government")),
    ("FENATRA LEADERS", ("FENATRA", "")),
    ("UNION LEADERS", None),  # generic: no organisation's name
    ("Ministry of Health", None),
])
def test_office_name(text: str, want: tuple[str, str] | None) -> None:
    assert office_name(text) == want


def test_generic_capitals_lower_case() -> None:
    assert readable("RELATIVES") == "relatives"
    assert readable("FMLN") == "FMLN"
    assert readable("AVIANCA") == "AVIANCA"  # one word: a name as written (no acronym test)
    assert unnamed_person("a priest from the village") == ("witness", "local")


def test_time_after_inverted_verb_is_no_speaker() -> None:
    # "..., said on Sunday" after a named speaker: the speaker, never the time
    assert claimants("Four people were killed in Sumy in northern Ukraine, the regional governor, Ivan "
                     "Petrenko, said "
                     "on Sunday.") == {"Ukrainian government"}  # (a Ukrainian governor speaks for the state)
