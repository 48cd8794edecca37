"""Claimant families of session 13 (civcas.extract.claims, claim_kinds, claim_patterns, claim_state,
claim_persons): a coroner's office is a public office, a medical charity and a human-rights centre
are NGOs, a body described as non-governmental in apposition, a monitor's partners grading an
incident, multi-digit "identified", a participle of reporting after a clause, a past-tense "which"
clause before the verb, US mayors and governors named by their office.  All sentences are our own."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claims import claimant_in
from civcas.models import Actor, Document


def who(text: str, theatre: tuple[str, ...] = ()) -> tuple[str, str] | None:
    c = claimant_in(text, theatre=theatre, document=text)
    return (c.actor.name, c.actor.kind) if c is not None else None


@pytest.mark.parametrize(("text", "name"), [
    ("Both men died of wounds to the chest, the Pike County coroner said.", "Pike County coroner"),
    ("Yolo County Coroner Dana Ruiz said the three victims died at the scene.", "Yolo County coroner"),
    ("The Dane County medical examiner said all four died of gunshot wounds.", "Dane County medical examiner"),
])
def test_a_coroner_is_a_public_office(text: str, name: str) -> None:
    assert who(text) == (name, "government")


@pytest.mark.parametrize("text", [
    "Doctors Without Borders said nine patients died in the clinic it supports.",
    "MSF counted 31 wounded at its field hospital on Monday.",
    "By the evening Medecins Sans Frontieres reported that 14 people had died.",
])
def test_a_medical_charity_is_an_ngo(text: str) -> None:
    assert who(text) == ("MSF", "ngo")


@pytest.mark.parametrize("text", [
    "The Lesotho Centre for Human Rights said 12 villagers were killed.",
    "THE HUMAN RIGHTS OFFICE OF THE DIOCESE OF LEON REPORTED THAT 9 PEASANTS WERE KILLED.",
    "THE BOLIVIAN CENTER FOR HUMAN RIGHTS SAID THAT 40 MINERS HAVE DIED SINCE MARCH.",
])
def test_a_human_rights_centre_or_office_is_an_ngo(text: str) -> None:
    got = who(text)
    assert got is not None and got[1] == "ngo"


def test_a_national_commission_for_human_rights_is_no_ngo_by_its_words() -> None:
    got = who("The National Commission for Human Rights said five detainees died.")
    assert got is not None and got[1] != "ngo"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("In Maseru, the Lesotho Centre for Justice, a nongovernmental group, said four people died.",
     "Lesotho Centre for Justice", "ngo"),
    ("In Quito, the Tupac Legal Collective, a nongovernmental organization, said that 11 students died.",
     "Tupac Legal Collective", "ngo"),
    ("In Goma, the Kivu Peace Desk, an independent monitoring network, said 30 civilians were killed.",
     "Kivu Peace Desk", "monitor"),
])
def test_a_body_described_in_apposition_takes_the_described_kind(text: str, name: str, kind: str) -> None:
    got = who(text)
    assert got is not None and got[0].lower() == name.lower() and got[1] == kind


def test_a_described_group_alone_speaks_for_itself() -> None:
    assert who("Four people died, a local rights group said.") == ("local rights group", "ngo")


@pytest.mark.parametrize("text", [
    "Airwars' partners assess the Hama incident as Fair: between 3 and 5 civilians were killed.",
    "Airwars' researchers grade the Idlib strike Weak: two to four civilians may have died.",
])
def test_a_monitors_partners_grading_an_incident_speak_for_it(text: str) -> None:
    assert who(text) == ("Airwars", "monitor")


@pytest.mark.parametrize("text", [
    "Over the whole offensive, Human Rights Watch identified 64 civilians killed in shelling.",
    "Amnesty International identified 118 victims of the raids by name.",
])
def test_identified_with_a_number_of_several_digits_reports(text: str) -> None:
    got = who(text)
    assert got is not None and got[1] == "ngo"


@pytest.mark.parametrize(("text", "name"), [
    ("Amnesty International later came to the same view, reporting that 34 civilians were killed.",
     "Amnesty International"),
    ("On Friday evening Human Rights Watch published a second account, reporting that 12 villagers had died.",
     "Human Rights Watch"),
])
def test_a_participle_of_reporting_after_a_clause_gives_the_clause_subject(text: str, name: str) -> None:
    got = who(text)
    assert got is not None and got[0] == name


def test_a_participle_after_a_clause_with_no_known_body_names_none_of_it() -> None:
    got = who("Volunteers searched the ruins until dawn, reporting that 12 bodies were found.")
    assert got is None or got[0] not in ("Amnesty International", "Human Rights Watch")


@pytest.mark.parametrize(("text", "name"), [
    ("The army, which escorted journalists to the market, said 12 militants were killed.", "army"),
    ("The ministry, which flew reporters to the village on Friday, said 40 people had died.", "ministry"),
    ("Human Rights Watch, which interviewed nine survivors in the camp, concluded that 14 civilians were killed.",
     "Human Rights Watch"),
])
def test_a_past_clause_after_which_is_skipped_for_the_subject(text: str, name: str) -> None:
    got = who(text)
    assert got is not None and got[0] == name


def test_a_clause_after_which_closing_an_event_leaves_the_speaker() -> None:
    assert who("Shelling hit the school, which housed 300 families, residents said.") == ("residents", "local")


@pytest.mark.parametrize(("text", "name"), [
    ("FRESNO, Calif. -- A gunman killed three people at a bakery on Sunday, Mayor Lydia Chen said.", "Fresno mayor"),
    ("ALBANY, N.Y. -- Governor Tom Hale said 14 people were killed at the depot.", "New York governor"),
])
def test_a_us_mayor_or_governor_is_named_by_the_office(text: str, name: str) -> None:
    assert who(text) == (name, "government")


@pytest.mark.parametrize(("text", "theatre", "name"), [
    ("ARMED MEN KILLED SIX FARMERS NEAR HUANTA, THE INTERIOR MINISTRY SAID.", ("PE",), "Peruvian interior ministry"),
    ("The foreign affairs ministry said 11 of the dead were foreign nationals.", ("LB",), "Lebanese foreign ministry"),
    ("Lebanon's information ministry said eight people died in the raid.", ("LB",), "Lebanese information ministry"),
])
def test_a_ministry_keeps_its_portfolio(text: str, theatre: tuple[str, ...], name: str) -> None:
    assert who(text, theatre) == (name, "government")


def test_a_minister_in_person_still_speaks_for_the_government() -> None:
    assert who("INTERIOR MINISTER JUAN SOTO SAID THAT SIX FARMERS WERE KILLED.", ("PE",)) == \
        ("Peruvian government", "government")


def test_a_denial_in_a_coordinated_clause_has_its_speaker() -> None:
    got = who('The army gave no figure, and a government spokesman later said that "no civilians were hurt."', ("SO",))
    assert got == ("Somali government", "government")


def test_a_coordinated_clause_without_any_count_has_no_speaker() -> None:
    assert who("The strike hit a farm, and several neighbours said they had been frightened.", ("SO",)) is None


@pytest.mark.parametrize("text", [
    "A farmer from Tel Kalakh who lost three of his cousins said that most victims were children.",
    "A villager who buried two brothers after the raid said nine people were killed.",
    "A resident who was dug out of the ruins at dawn told a radio station his wife and two sons had been killed.",
])
def test_a_speaker_who_lost_relatives_is_a_relative(text: str) -> None:
    assert who(text, ("SY",)) == ("relatives", "local")


def test_a_speaker_who_only_saw_the_strike_is_a_witness() -> None:
    assert who("A resident who saw the strike told reporters that nine people had been killed.", ("SY",)) == \
        ("witness", "local")


@pytest.mark.parametrize(("text", "name"), [
    ("A UN field inquiry by MINUSMA found that 40 herders had been shot.", "MINUSMA"),
    ("An inquiry carried out by Human Rights Watch concluded that 12 civilians were killed.", "Human Rights Watch"),
])
def test_a_document_by_its_author_speaks_for_the_author(text: str, name: str) -> None:
    got = who(text, ("ML",))
    assert got is not None and got[0] == name


def test_a_document_by_an_unknown_author_keeps_the_known_body() -> None:
    got = who("A later UN inquiry by the mission in Mali found that 12 civilians were killed.", ("ML",))
    assert got == ("United Nations", "un")


def test_a_role_of_a_body_by_its_pronoun_after_a_name_is_the_body() -> None:
    last = Actor(name="US military", text="the US military", kind="belligerent")
    c = claimant_in("Its review officer, Colonel Dan Reyes, found last spring that a dozen farmers had died.",
                    theatre=("AF",), last=last)
    assert c is not None and c.actor.name == "US military"


def test_a_role_by_its_pronoun_in_a_later_clause_is_the_first_body() -> None:
    text = ("OCHA voiced alarm on Monday, and its country director put the number of dead in the market at "
            "no fewer than 23.")
    assert who(text, ("SY",)) == ("OCHA", "un")
    got = [(f.claimant.name, f.claimant.kind) for f in extract(Document(id="o", text="Camp\n\n" + text))
           if f.claimant is not None]
    assert got and set(got) == {("OCHA", "un")}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("A farmers' association, Kawral Jeeri, reported that the hamlet had lost 48 of its residents.",
     "Kawral Jeeri", "ngo"),
    ("An independent monitoring network, Sahel Watchpost, said 31 villagers were killed.", "Sahel Watchpost",
     "monitor"),
])
def test_a_description_before_a_name_gives_the_name_its_kind(text: str, name: str, kind: str) -> None:
    assert who(text, ("ML",)) == (name, kind)


def test_a_person_described_before_the_name_is_still_a_person() -> None:
    got = who("A local farmer, Omar Saleh, said 40 people were killed.", ("ML",))
    assert got is not None and got[0] != "Omar Saleh"


@pytest.mark.parametrize("text", [
    "Six children and a woman were among those killed, according to the volunteers.",
    "Its crews said 12 bodies were recovered from the school.",
])
def test_a_rescue_services_crews_speak_for_it(text: str) -> None:
    last = Actor(name="Syria Civil Defence", text="The Syria Civil Defence", kind="ngo")
    c = claimant_in(text, theatre=("SY",), last=last)
    assert c is not None and c.actor.name == "Syria Civil Defence"


def test_volunteers_after_a_monitor_are_no_monitor() -> None:
    last = Actor(name="Syrian Observatory for Human Rights", text="the Observatory", kind="monitor")
    c = claimant_in("Six children and a woman were among those killed, according to the volunteers.", theatre=("SY",),
                    last=last)
    assert c is None or c.actor.name != "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text", ["The Ethiopian air force said it hit a training camp.", "the navy"])
def test_an_air_force_or_navy_is_a_belligerent(text: str) -> None:
    from civcas.extract.claim_kinds import guess_kind

    assert guess_kind(text) == "belligerent"


@pytest.mark.parametrize("text", [
    "THE EZLN COMMAND, IN A LETTER TO A LOCAL WEEKLY, CLAIMED THAT SEVEN OF ITS FIGHTERS DIED AT OXCHUC.",
    "Zapatista rebels said troops had killed six villagers near Altamirano.",
])
def test_the_zapatistas_are_a_belligerent(text: str) -> None:
    assert who(text, ("MX",)) == ("EZLN", "belligerent")


def test_a_vehicle_before_an_unknown_group_is_no_role_in_apposition() -> None:
    got = who("IN A MESSAGE BROADCAST BY A PASTO STATION, THE XRBT SAID FOUR OF ITS MEN HAD DIED.", ("CO",))
    assert got is not None and got[0] == "XRBT"
