"""Session 12 claimant families pooled over the spent blind sets: a body introduced with the acronym
of a known actor in brackets is that actor, and a fronted day with its part of day ("On Sunday morning a
spokesman had put the toll at ...") does not hide the speaker after it. Own phrasings only."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract.claim_acronyms import acronym_named
from civcas.extract.claims import claimant_in
from civcas.models import Actor
from extract_helpers import figures_on

_DAY = date(2022, 3, 9)


def _claimants(text: str) -> set[str]:
    return {f.claimant.name for f in figures_on(text, _DAY) if f.claimant is not None}


@pytest.mark.parametrize(("text", "want"), [
    ("The UN peacekeeping mission in South Sudan (UNMISS) published a report that found 14 people were killed, "
     "of whom nine were civilians.", "UNMISS"),
    ("The UN stabilisation mission in the Congo (MONUSCO) said 22 civilians were killed when militiamen "
     "attacked the camp on Sunday.", "MONUSCO"),
    ("The UN political mission in Kabul (UNAMA) said the strike killed 11 civilians, among them six children.",
     "UNAMA"),
])
def test_bracketed_acronym_of_a_known_body_names_the_claimant(text: str, want: str) -> None:
    assert want in _claimants(text)


def test_unknown_acronym_keeps_the_name_spelled_out() -> None:
    names = _claimants("The Network for Rights Monitoring in Kordofan (NRMK) said 17 people were killed in "
                       "the attack on the market.")
    assert names and "NRMK" not in names


@pytest.mark.parametrize("text", [
    # the brackets follow another noun phrase after the reporting verb
    "Police said four people were killed at the offices of the Democratic Workers Front (DWF) on Monday.",
    # a news agency's byline
    "KHARTOUM (AFP) - The health ministry said 12 people were killed in the shelling of the market.",
])
def test_bracket_after_the_verb_or_a_byline_is_no_claimant(text: str) -> None:
    names = _claimants(text)
    assert names and not names & {"DWF", "AFP", "Agence France-Presse"}


def test_acronym_of_an_inner_body_is_not_the_claimant() -> None:
    # "(GNU)" spells the government the ministry belongs to, not the ministry
    s = "The health ministry of the Government of National Unity (GNU) said six civilians were killed."
    c = claimant_in(s)
    assert c is not None and c.actor.name != "GNU"


def test_known_body_keeps_its_name_for_an_unknown_acronym() -> None:
    actor = Actor(name="Syrian Observatory for Human Rights", text="the Syrian Observatory for Human Rights",
                  kind="monitor")
    s = "the Syrian Observatory for Human Rights (OSDH) said 40 people were killed."
    assert acronym_named(actor, s, 0, len("the Syrian Observatory for Human Rights")) is None


@pytest.mark.parametrize(("text", "want"), [
    ("BATON ROUGE, La. -- Gunfire at a block party killed five people. On Saturday morning a police spokesman "
     "had put the toll at four dead and at least nine wounded.", "police"),
    ("A gunman opened fire at a college. On Monday night the coroner had said three students were dead.",
     "coroner"),
    ("Shells hit the market. On Tuesday evening, the Red Crescent said 11 people were killed.", "Red Crescent"),
])
def test_fronted_day_and_part_of_day_keeps_the_speaker(text: str, want: str) -> None:
    assert any(want.lower() in n.lower() for n in _claimants(text))


def test_part_of_day_after_the_figure_is_no_speaker() -> None:
    c = claimant_in("Five people were killed on Saturday morning, the army said.")
    assert c is not None and c.actor.text == "the army"


# --- a hospital or council of the town named before the speaker --------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Shells struck the market in Kafr Harim on Monday. A surgeon working at the town's central hospital "
     "reported 25 bodies by nightfall.", "Kafr Harim central hospital"),
    ("The strike in Saraqib killed nine people, according to the town's local council.", "Saraqib local council"),
    ("A blast hit a bus station in Dera on Friday. Staff at the city's National Hospital put the "
     "number of wounded at 30.", "Dera National Hospital"),
])
def test_towns_body_takes_the_town_named_before(text: str, want: str) -> None:
    assert want in _claimants(text)


def test_towns_body_without_a_named_town_stays_as_written() -> None:
    names = _claimants("A blast hit a bus station on Friday. A doctor at the town's hospital said 30 people "
                       "had been killed.")
    assert names and not any(n.endswith(" hospital") and n.split()[0][:1].isupper() for n in names)


def test_towns_mayor_is_no_towns_body() -> None:
    names = _claimants("A blast hit a bus station in Dera on Friday. The city's mayor said 30 people had been killed.")
    assert "Dera mayor" not in names and "Dera council" not in names


# --- a titled person "of" a body speaks for it, and so does his surname later ---------------------

@pytest.mark.parametrize(("text", "want"), [
    ("TULSA, Okla. -- A gunman killed four people at a warehouse late Thursday, Deputy Chief Maria Lopez of the "
     "Tulsa Police Department said Friday. Lopez added that five more people were being treated for gunshot wounds.",
     "police"),
    ("DALLAS -- Gunfire at a party killed three people, Commander Ray Sims of the Dallas County Sheriff's Office "
     "said. Two more were wounded, Sims said.", "Dallas County sheriff's office"),
    ("BOISE, Idaho -- A shooting at a mall killed two people, Commander Dana Pryor with the Ada County Sheriff's Office "
     "said. Four others were hurt, Pryor said.", "Ada County sheriff's office"),
])
def test_titled_person_of_a_body_and_his_surname_speak_for_it(text: str, want: str) -> None:
    figs = figures_on(text, _DAY)
    assert len(figs) >= 2 and all(f.claimant is not None and f.claimant.name == want for f in figs)


def test_titled_person_without_a_body_keeps_his_title() -> None:
    figs = figures_on("NAIROBI - Gunmen attacked a bus, Colonel James Otieno said on Monday. Twelve passengers "
                      "were killed, Otieno said.", _DAY)
    assert figs and all(f.claimant is not None and "Department" not in f.claimant.name for f in figs)
