"""Claimant naming conventions of the gold sets, tested with the team's own sentences: unnamed
national officials speak for their government, a Ukrainian governor for the Ukrainian government
(claim_state.py, claim_places.py, claim_resolve.py)."""

from __future__ import annotations

import pytest

from civcas.extract.claims import claimant_in
from civcas.extract.theatre import document_theatre


def _name(sentence: str, document: str | None = None) -> str | None:
    doc = document or sentence
    c = claimant_in(sentence, theatre=document_theatre(doc), document=doc)
    return c.actor.name if c is not None else None


@pytest.mark.parametrize(("sentence", "want"), [
    ("A car bomb tore through a market in Kandahar on Friday, killing nine people, Afghan officials said.",
     "Afghan government"),
    ("KABUL (Wire) - A roadside bomb hit a minibus in the Afghan capital on Monday, killing six, officials said.",
     "Afghan government"),
    ("A drone struck a house in northern Israel, wounding three people, Israeli officials said.", "Israeli government"),
])
def test_national_officials_speak_for_the_government(sentence: str, want: str) -> None:
    assert _name(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # not a state's demonym: the words are kept
    ("A car bomb killed nine people in Kandahar, health officials said.", "health officials"),
    ("A car bomb killed nine people in Kandahar, local officials said.", "local officials"),
])
def test_other_officials_keep_their_words(sentence: str, want: str) -> None:
    assert _name(sentence) == want


@pytest.mark.parametrize("sentence", [
    "A Russian drone hit a bus station in Kherson on Tuesday, killing three people, the regional governor said.",
    "Two people died when a missile hit a warehouse in Odesa, Odesa regional governor Oleh Kiper said.",
    "Shelling of the Ukrainian town of Kupiansk killed two women, regional officials said.",
])
def test_ukrainian_governor_speaks_for_the_government(sentence: str) -> None:
    assert _name(sentence) == "Ukrainian government"


def test_ukrainian_administration_named_as_such_is_kept() -> None:
    s = ("A Russian missile hit a supermarket in Ukraine's Kharkiv region, killing four, the head of the "
         "Kharkiv regional military administration said.")
    assert _name(s) == "Kharkiv regional military administration"


def test_russian_governor_keeps_the_region() -> None:
    s = "Ukrainian shelling of Russia's Belgorod region killed two people, the Belgorod governor said."
    assert _name(s) == "Belgorod regional government"


@pytest.mark.parametrize(("sentence", "want"), [
    # a UN body spelled out as "United Nations" or "U.N." is the same body as "UN ..."
    ("The United Nations mission in Iraq reported 212 civilian deaths for April across the country.",
     "UNAMI"),
    ("The U.N. human rights office said it had recorded 38 civilian deaths in the region last month.", "OHCHR"),
    # the agency's head speaks for it
    ("The UN humanitarian chief said he was shaken by reports that 30 people had been killed in the raid.",
     "OCHA"),
])
def test_un_bodies_by_any_spelling(sentence: str, want: str) -> None:
    assert _name(sentence) == want


def test_the_united_nations_itself_stays_the_un() -> None:
    assert _name("The United Nations said 18 civilians had been killed in the fighting.") == "United Nations"


def test_a_us_state_police_force_keeps_its_name() -> None:
    doc = ("FRANKFORT, Ky. -- A gunman killed two people at a warehouse on Monday, Kentucky State Police said.")
    assert _name(doc) == "Kentucky State Police"


def test_a_us_city_police_department_is_police() -> None:
    doc = "DAYTON, Ohio -- Two men were shot dead outside a bar early Sunday, Dayton police said."
    assert _name(doc) == "police"


def _claimants(text: str) -> list[tuple[str | None, str | None]]:
    from civcas.extract import extract
    from civcas.models import Document

    return [(f.number_text, f.claimant.name if f.claimant else None)
            for f in extract(Document(id="t", text=text)) if f.low is not None]


_NARRATIVE = ("Local journalists reported that a strike hit a family home in the east of Khan Younis overnight, "
              "killing 16 people, among them seven children.\n\n"
              "Airwars could not confirm the exact location of the house.\n\n")


def test_a_monitors_graded_range_is_its_own() -> None:
    got = _claimants(_NARRATIVE + "Airwars graded the incident as Fair. Its assessment offers a range of 11 to 16 "
                     "deaths.")
    assert ("11 to 16", "Airwars") in got


def test_the_monitors_assessment_names_the_monitor() -> None:
    got = _claimants(_NARRATIVE + "The monitor's assessment put its estimated toll at between 11 and 16.")
    assert ("between 11 and 16", "Airwars") in got


def test_an_agentless_grade_is_the_monitors_voice() -> None:
    got = _claimants(_NARRATIVE + "Drawing on these accounts, the strike was graded as Fair, with between "
                     "11 and 16 civilian deaths.")
    assert ("between 11 and 16", "Airwars") in got


def test_an_agentless_sentence_with_no_monitor_in_the_story_stays_unattributed() -> None:
    got = _claimants("A strike hit a family home in Khan Younis, killing 16 people.\n\n"
                     "Based on the available sources, between 11 and 16 civilians were killed.")
    assert ("between 11 and 16", "Airwars") not in got


def test_it_said_after_an_institution_is_not_the_people_quoted_before() -> None:
    got = _claimants("A strike hit a bakery in Gaza City on Monday. Relatives said eight people from one family "
                     "were killed.\n\nThe Gaza Ministry of Health gave no separate toll for the bakery. It said that "
                     "900 Palestinians in all had died in the enclave since Saturday.")
    assert ("900", "Gaza Ministry of Health") in got


def test_it_said_with_no_institution_before_keeps_the_last_claimant() -> None:
    got = _claimants("A strike hit a bakery in Gaza City on Monday. Relatives said eight people were killed. "
                     "It said 40 were hurt.")
    assert ("40", "Gaza Ministry of Health") not in got


def test_a_source_that_listed_the_dead() -> None:
    got = _claimants("A strike hit a house in Deir al-Balah on Monday. Days afterwards the Gaza Ministry of Health "
                     "listed 14 people killed in the strike.")
    assert ("14", "Gaza Ministry of Health") in got


def test_listed_without_a_number_is_no_claim() -> None:
    assert _name("The ministry listed the names of the dead on its website.") is None


@pytest.mark.parametrize(("sentence", "want"), [
    ("Nine people died when a US strike hit a fuel depot in Hodeidah, a Houthi civil defence official told reporters.",
     "Houthi civil defence"),
    ("On Tuesday the Houthi prisoners' committee said 40 detainees had died in the strike on the jail.",
     "Houthi prisoners' committee"),
])
def test_a_civil_body_of_an_armed_movement_speaks(sentence: str, want: str) -> None:
    assert _name(sentence) == want


def test_the_armed_movement_itself_still_speaks() -> None:
    assert _name("A US strike hit a fuel depot in Hodeidah, killing nine people, the Houthis said.") == "Houthis"


def test_a_justice_ministry_keeps_its_name() -> None:
    doc = ("BOGOTA, 3 MAR 90 (EFE) -- [TEXT] FOUR JUDGES WERE SHOT DEAD YESTERDAY IN A VILLAGE OF CORDOBA "
           "DEPARTMENT, COLOMBIA, THE JUSTICE MINISTRY REPORTED.")
    assert _name(doc) == "Colombian justice ministry"


def test_a_foreign_ministry_keeps_its_portfolio() -> None:
    # (blind9-11 name every ministry by its portfolio: session 13)
    doc = "BOGOTA, Colombia - Four soldiers were killed in the attack, Colombia's foreign ministry said."
    assert _name(doc) == "Colombian foreign ministry"


def _with_last(sentence: str, last: str, kind: str, theatre: tuple[str, ...] | None = None) -> str | None:
    from civcas.models import Actor

    c = claimant_in(sentence, last=Actor(name=last, text="", kind=kind), theatre=theatre,  # type: ignore[arg-type]
                    document=sentence)
    return c.actor.name if c is not None else None


def test_a_dated_time_phrase_before_the_speaker() -> None:
    assert _with_last("On March 3rd the health ministry said nine people had died of their wounds.",
                      "Gaza Ministry of Health", "government", ("PS",)) == "Gaza Ministry of Health"


def test_a_bare_plural_speaker_after_a_time_phrase() -> None:
    assert _name("KABUL (Wire) - On Monday officials said 14 people were killed in the blast.") == "Afghan government"


def test_a_time_phrase_alone_is_still_no_speaker() -> None:
    assert _name("Four people were killed in the blast, the UN said on Monday.") == "United Nations"


def test_police_of_a_country_are_not_its_army() -> None:
    assert _name("Four people were stabbed to death in Tel Aviv, Israeli police said.") == "Israeli police"


@pytest.mark.parametrize("sentence", [
    "A previous ministry statement had put the number of dead at 30.",
    "A previous statement by the ministry had put the toll at 30.",
    "An earlier statement had said 30 people were killed.",
])
def test_an_earlier_statement_is_its_sources(sentence: str) -> None:
    assert _with_last(sentence, "Gaza Ministry of Health", "government", ("PS",)) == "Gaza Ministry of Health"


def test_an_earlier_statement_of_a_named_body() -> None:
    assert _with_last("The latest UN report said 40 civilians were killed.", "Gaza Ministry of Health",
                      "government", ("PS",)) == "United Nations"


def test_an_ownerless_communique_is_the_source_before() -> None:
    assert _with_last("A COMMUNIQUE RELEASED THIS AFTERNOON SAID SIX GUERRILLAS WERE KILLED IN THE CLASH.",
                      "Peruvian army", "belligerent", ("PE",)) == "Peruvian army"


@pytest.mark.parametrize("sentence", [
    "The family of one victim said three of its members were still missing.",
    "The boy's family said two of his cousins were also killed.",
])
def test_a_victims_family_is_relatives(sentence: str) -> None:
    assert _name(sentence) == "relatives"


def test_a_family_counted_is_no_speaker() -> None:
    assert _name("Family of 4 found dead in their home, police say.") != "relatives"


@pytest.mark.parametrize(("sentence", "want"), [
    ("Three soldiers were killed at the border post, a Jordanian security source told Reuters.", "security source"),
    ("Three soldiers were killed at the border post, a hospital source said.", "hospital source"),
    ("Three soldiers were killed at the border post, a local source said.", "local source"),
    ("Three soldiers were killed at the border post, hospital sources said.", "hospital sources"),
])
def test_one_unnamed_source_keeps_its_words(sentence: str, want: str) -> None:
    assert _name(sentence) == want


def test_a_named_source_is_not_made_plural() -> None:
    assert _name("Three soldiers were killed at the border post, security sources and residents said.") \
        == "security sources"


def test_the_head_of_a_named_service_speaks_for_it() -> None:
    doc = "MOGADISHU (Wire) - Hayat Rescue service director Omar Jama said his crews carried 19 wounded to hospital."
    assert _name(doc) == "Hayat Rescue"


def test_a_title_of_state_is_no_named_service() -> None:
    doc = "MOGADISHU (Wire) - Police Chief Omar Jama said 19 people were wounded in the blast."
    assert _name(doc) != "Police"


_US_COUNTY = ("OCALA, Fla. -- A man shot two of his neighbors dead on Friday, the Marion County Sheriff's Office "
              "said.\n\n")


def test_a_bare_sheriffs_office_is_the_county_the_story_names() -> None:
    got = _claimants(_US_COUNTY + "Deputies searched the house for hours.\n\nA third neighbor was wounded, the "
                     "sheriff's office said.")
    assert ("A", "Marion County sheriff's office") in got


def test_us_deputies_speak_for_the_sheriff() -> None:
    got = _claimants(_US_COUNTY + "A third neighbor was wounded, deputies said.")
    assert ("A", "Marion County sheriff's office") in got


def test_a_bare_coroner_stays_bare_when_no_county_is_named() -> None:
    assert _name("OCALA, Fla. -- Two men died in the shooting, the coroner said.") == "coroner"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("THE PEASANT WORKERS' ASSOCIATION SAID NINE FARMERS WERE KILLED BY THE ARMY.", "ngo"),
    ("The Mothers of the Disappeared Support Group said 30 people were abducted last year.", "ngo"),
    ("At least 30 residents have suffered gunshot wounds across town in March, according to a Sentinel-Gazette tally.",
     "media"),
])
def test_kinds_of_unknown_bodies(sentence: str, kind: str) -> None:
    c = claimant_in(sentence, theatre=document_theatre(sentence), document=sentence)
    assert c is not None and c.actor.kind == kind


def test_a_common_noun_post_is_no_newspaper() -> None:
    from civcas.extract.claim_kinds import guess_kind

    assert guess_kind("the post") != "media"


@pytest.mark.parametrize(("sentence", "want", "kind"), [
    ("According to Palestinian outlet Quds Press, eleven civilians were killed in the strike.", "Quds Press", "media"),
    ("The Syrian news site Enab Baladi reported six dead in the raid on the market.", "Enab Baladi", "media"),
])
def test_an_outlet_described_before_its_name(sentence: str, want: str, kind: str) -> None:
    c = claimant_in(sentence, theatre=document_theatre(sentence), document=sentence)
    assert c is not None and (c.actor.name, c.actor.kind) == (want, kind)


def test_a_post_on_a_familys_channel_is_the_familys() -> None:
    assert _name("A post on the family's Telegram channel said four of them were still missing.") == "relatives"


def test_a_journalist_named_after_the_trade_speaks_as_the_trade() -> None:
    got = _name("Local journalist Samir Haddad reported on Facebook that five people were killed in the strike.")
    assert got == "journalist"  # the trade alone (blind4-6 convention: "a local journalist" -> journalist)


def test_a_ministry_spokesman_with_a_name_is_still_the_ministry() -> None:
    doc = "GAZA (Wire) - Health Ministry spokesman Ashraf al-Qudra said 40 people were killed in Gaza."
    assert _name(doc) == "Gaza Ministry of Health"


def test_a_police_rank_before_a_name_is_the_police() -> None:
    got = _claimants("AKRON, Ohio -- Officers found three people shot outside a bar on Friday. One of them died at a "
                     "hospital, Lt. Marcus Webb said.")
    assert ("One", "police") in got


def test_a_military_rank_outside_a_police_story_is_not_the_police() -> None:
    got = _claimants("KABUL (Wire) - Insurgents attacked a checkpoint in Helmand on Friday, and three soldiers "
                     "died, Capt. Ahmad Wali told reporters.")
    assert ("three", "police") not in got


def test_a_station_that_has_learned_reports_its_own_figure() -> None:
    doc = ("CALI, 4 JUN 90 (RADIO TODELAR) -- [REPORT] [ANA RUIZ] [TEXT] RADIO TODELAR HAS LEARNED THAT THREE "
           "JUDGES WERE SHOT DEAD TONIGHT IN A SUBURB OF CALI, COLOMBIA.")
    assert _name(doc) == "Radio Todelar"


def test_it_was_learned_stays_unattributed() -> None:
    assert _name("IT WAS LEARNED THAT THREE JUDGES WERE SHOT DEAD IN CALI, COLOMBIA.") is None


def test_the_colombian_security_service_is_a_state_claimant() -> None:
    doc = "BOGOTA, 2 JUL 90 -- [TEXT] THE DAS SAID THAT NINE POLICEMEN HAD BEEN MURDERED IN CALI, COLOMBIA THIS YEAR."
    c = claimant_in(doc, theatre=document_theatre(doc), document=doc)
    assert c is not None and (c.actor.name, c.actor.kind) == ("DAS", "government")
