"""Wrappers around a speaker's name: adverbs, documents and asides (claim_wrappers.py). All
sentences are the team's own."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claim_wrappers import agent_after, trim_speaker
from civcas.extract.claims import claimant_in
from civcas.extract.theatre import document_theatre
from civcas.models import Actor, Document


def _name(sentence: str, document: str | None = None, last: Actor | None = None) -> str | None:
    doc = document or sentence
    c = claimant_in(sentence, last=last, theatre=document_theatre(doc), document=doc)
    return c.actor.name if c is not None else None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an adverb before or after the name
    ("Initially the Dawn Wire reported that three people had been killed.", "Dawn Wire"),
    ("Shortly thereafter Coastline Radio reported four dead.", "Coastline Radio"),
    ("Hana Saleh similarly wrote that 14 people had died.", "Hana Saleh"),
    ("Coastline Radio and the Dawn Wire all reported that nine people had been killed.", "Coastline Radio"),
    ("Hana Saleh also wrote that 14 people had died.", "Hana Saleh"),
    # a document: its author speaks
    ("Karim Odeh's Facebook post said six people were hurt in the raid.", "Karim Odeh"),
    ("A Facebook tribute by Karim Odeh said nine of his cousins died under the rubble.", "Karim Odeh"),
    ("Initial reportage from Coastline Radio stated that two people had been killed.", "Coastline Radio"),
    ("Images posted by Lina Haddad show four children said to have died in the raid.", "Lina Haddad"),
    ("Facebook user Lina Haddad wrote that 12 people had been killed.", "Lina Haddad"),
    ("The Odeh family Facebook page said three brothers died.", "Odeh family"),
])
def test_speaker_inside_a_wrapper(sentence: str, speaker: str) -> None:
    assert _name(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "The caption reported that 11 of the household died in the blast.",
    "Multiple reports noted seven bystanders hurt.",
    "Some reports said that 20 people were killed.",
    "Based on obituaries shared online, nine people were killed, the page said nothing more.",
    "Two rescuers were hurt, with all transported to the district hospital, a nurse said later.",
])
def test_wrapper_with_no_speaker(sentence: str) -> None:
    assert _name(sentence) not in ("caption", "Multiple", "Some", "Based", "with all transported to the district hospital")


def test_same_source_is_the_previous_speaker() -> None:
    last = Actor(name="Coastline Radio", text="Coastline Radio", kind="media")  # type: ignore[arg-type]
    assert _name("The same source later reported that 14 people had been killed.", last=last) == "Coastline Radio"
    assert trim_speaker("their Facebook post") == (-1, "they")


def test_name_ending_in_now_is_kept() -> None:
    assert _name("Gaza Now said 12 people were killed in the strike on Monday.") == "Gaza Now"
    # near miss: a lower-case "now" is the adverb slot
    assert _name("The ministry now says 12 people were killed in the strike.") != "ministry now"


def test_near_misses_keep_their_words() -> None:
    # a title in -ing is no participle fragment; "the report" is an anaphor, not a bare document
    assert trim_speaker("acting director of the hospital") == (0, "acting director of the hospital")
    assert trim_speaker("the report") == (0, "the report")
    # "quoted by" is no publishing verb: the person quoted speaks
    assert _name("A relative quoted by a regional radio site said the dead included four children.") == "relatives"
    # an agent followed by its own reporting verb is no agent of the post
    assert agent_after(" by Coastline Radio reported that 28 bodies were found") is None


def test_extract_gives_the_author_not_the_document() -> None:
    doc = Document(id="t", text="Karim Odeh's Facebook post stated six people were hurt and two died.")
    assert {f.claimant.name for f in extract(doc) if f.claimant} == {"Karim Odeh"}


def test_pronoun_after_a_subordinator_speaks() -> None:
    # "after they say": the pronoun, else the clause's own subject institution
    assert _name("The Riverton Police Department opened a case after they say a toddler died on Wednesday.") \
        in ("Riverton police", "police")
    assert (_name("Deputies held a suspect after they say he wounded his younger brother.") or "").lower() \
        in ("deputies", "police")
    # near miss: "when he said" is no such clause
    assert trim_speaker("the minister went too far when he") == (0, "the minister went too far when he")


def test_abbreviated_title_keeps_the_name_whole() -> None:
    assert _name("A boy was hurt in the leg, according to the St. Clair County Sheriff's Office.") \
        not in ("St", None)
    assert _name("Two men were wounded, said Sgt. Dana Price.") == "police"  # (the rank: the police speak)
    # near miss: a sentence ending in an abbreviation-like word is untouched
    assert _name("Three people were hurt on Main St. Police said a man fired twice.") != "St"
