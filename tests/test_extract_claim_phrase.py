"""Speaker phrases that name no speaker, and institutions a speaker stands for (claim_phrase.py,
claim_state.py, claim_resolve.py). All sentences are the team's own."""

from __future__ import annotations

import pytest

from civcas.extract.claim_phrase import lives_claimed, speaker_phrase
from civcas.extract.claims import claimant_in
from civcas.extract.theatre import document_theatre


def _name(sentence: str, document: str | None = None) -> str | None:
    doc = document or sentence
    c = claimant_in(sentence, theatre=document_theatre(doc), document=doc)
    return c.actor.name if c is not None else None


@pytest.mark.parametrize("sentence", [
    # a function word left before "reports that"
    'The aid chief said she was "appalled" by reports that at least 40 people had died.',
    # a new coordinated clause after the figure, with no figure of its own
    "The clinic was shelled three times, killing four, and a group of nurses at the site said they had heard jets.",
    "Nineteen bodies were recovered on Monday, and a local militia accused the army of the killings.",
    # an event that "claimed lives" is no claimant
    "ARMED CONFLICT HAS CLAIMED MORE THAN 5,000 LIVES IN THE REGION SINCE 1985.",
    "The insurgency has claimed thousands of lives since it began.",
])
def test_no_speaker(sentence: str) -> None:
    assert _name(sentence) not in ("by", "and a group of nurses at the site", "and a local militia",
                                   "Armed Conflict", "insurgency")
    assert _name(sentence) is None or sentence.startswith("The aid chief")


def test_coordinated_clause_with_its_own_figure_keeps_its_speaker() -> None:
    assert _name("Four people died in the blast, and the ministry said 12 others were wounded.") is not None


def test_time_phrase_and_clause_verb_dropped() -> None:
    assert speaker_phrase("Two weeks later the charity revised its figures") == "the charity"
    assert speaker_phrase("by") is None
    assert speaker_phrase("the February uprising") is None
    assert speaker_phrase("the Rights Council") == "the Rights Council"


def test_lives_claimed() -> None:
    assert lives_claimed(" more than 5,000 lives in the region")
    assert lives_claimed(" the lives of 12 villagers")
    assert not lives_claimed(" responsibility for the attack")


def test_relative_clause_before_has_recorded() -> None:
    s = "The Syrian Network for Human Rights (SNHR), which tracks abuses, has recorded more than 300 deaths."
    assert _name(s) == "Syrian Network for Human Rights"


def test_police_report_and_command_are_the_countrys_police() -> None:
    doc = ("QUITO, 3 MAR 90 (EFE) -- [TEXT] REBELS AMBUSHED AN ARMY CONVOY NEAR THE ECUADORAN TOWN OF "
           "LAGO AGRIO, KILLING FIVE SOLDIERS, A POLICE REPORT FROM NUEVA LOJA STATED.\n"
           "THE PROVINCIAL POLICE COMMAND SAID 12 OTHERS WERE WOUNDED.")
    first, second = doc.split("\n")
    assert _name(first, doc) == "Ecuadorean police"
    assert _name(second, doc) == "Ecuadorean police"


def test_a_source_at_a_named_hospital_is_the_hospital() -> None:
    doc = ("An airstrike hit a crowded market in Deir al-Balah in Gaza on Sunday, killing at least 30 people.\n"
           "A source at the Al-Aqsa Martyrs Hospital said the hospital had received 30 bodies.")
    assert _name(doc.split("\n")[1], doc) == "Al-Aqsa Martyrs Hospital"


def test_apposition_after_an_unknown_armed_group() -> None:
    s = ("The Chin Defence Army (CDA), one of several militias formed after the 2021 takeover to fight the "
         "army, said its fighters found 20 bodies.")
    assert _name(s) == "Chin Defence Army"


def test_a_family_members_given_name_is_no_source() -> None:
    doc = ("The strike killed seven people, among them his wife Leila and his son Karim, 12.\n"
           "Karim had told his teacher he wanted to become a doctor.")
    assert _name(doc.split("\n")[1], doc) is None


def test_leaders_of_an_organisation_speak_for_it() -> None:
    s = "IN A SEPARATE INCIDENT, LEADERS OF THE RICE FARMERS' UNION OF THE BENI SAID TWO PEASANTS WERE SHOT IN BOLIVIA."
    assert _name(s) == "Rice Farmers' Union of the Beni"


def test_the_leaders_after_leaders_of_an_organisation() -> None:
    from civcas.models import Actor
    union = Actor(name="Rice Farmers' Union of the Beni", text="LEADERS OF THE RICE FARMERS' UNION OF THE BENI",
                  kind="ngo")
    doc = "LEADERS OF THE RICE FARMERS' UNION OF THE BENI SAID TWO PEASANTS WERE SHOT. THE LEADERS SAID ONE DIED."
    c = claimant_in("THE LEADERS SAID ONE PEASANT DIED IN HOSPITAL.", last=union, document=doc)
    assert c is not None and c.actor.name == "Rice Farmers' Union of the Beni"
