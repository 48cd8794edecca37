"""Claimant phrases that are fragments, not speakers: a time phrase before a pronoun, a speaker's
participle, a speaker's own record, a partitive of the dead, a body's spokesman, what a unit is
charged with. All sentences are the team's own."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claim_stable import stable_name
from civcas.extract.claims import claimant_in
from civcas.extract.theatre import document_theatre
from civcas.models import Actor, Document


def _name(sentence: str, last: Actor | None = None) -> str | None:
    c = claimant_in(sentence, last=last, theatre=document_theatre(sentence), document=sentence)
    return c.actor.name if c is not None else None


_MINISTRY = Actor(name="provincial health directorate", text="the provincial health directorate", kind="government")


@pytest.mark.parametrize("sentence", [
    "On the next morning it raised the toll to 19.",
    "By Wednesday evening it said 15 people had died.",
    "Late on Friday, it put the number of dead at 11.",
    "Two days later they revised the count to 23 killed.",
])
def test_a_pronoun_after_a_time_phrase_is_the_speaker_before(sentence: str) -> None:
    assert _name(sentence, last=_MINISTRY) == "provincial health directorate"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A member of the Kirkuk city council, speaking from Baghdad, put the death toll at 40.", "Kirkuk city council"),
    ("A spokesman for the Anbar police, speaking on condition of anonymity, said nine people died.", "Anbar police"),
    ("The head of the Tal Afar health directorate, speaking by phone, said 13 were killed.",
     "Tal Afar health directorate"),
])
def test_a_speakers_participle_leaves_the_subject_before_it(sentence: str, speaker: str) -> None:
    name = _name(sentence)
    assert name is not None and not name.lower().startswith("speaking")
    assert name.lower() == speaker.lower()


@pytest.mark.parametrize("sentence", [
    "According to its own running count, by that point the coalition had acknowledged 55 civilian deaths.",
    "According to its own figures, the coalition has acknowledged killing 21 civilians.",
    "According to their own tally, the coalition has admitted 40 civilian deaths in the campaign.",
])
def test_a_speakers_own_record_before_it_is_no_speaker(sentence: str) -> None:
    name = _name(sentence)
    assert name is not None and "own" not in name.lower()


@pytest.mark.parametrize("text", [
    "Airstrikes hit the town of Marea on Sunday. Activists inside the town gave a count of more than 40 dead. "
    "Three households on the main road lost everyone, among them a baker, his wife and their sons "
    "pulled from a cellar.",
    "Shelling hit the old market on Monday. Volunteers in the town gave a much higher count of 60 dead. "
    "Whole households were wiped out, among them a teacher and her two daughters found under a wall.",
    "Rockets fell on the camp overnight. Rescue workers gave an early tally of 12 dead. Several tents burned, "
    "among them a grandmother and three grandchildren found by neighbours.",
])
def test_a_partitive_of_the_dead_is_no_speaker(text: str) -> None:
    names = {f.claimant.name for f in extract(Document(id="pt", text=text)) if f.claimant is not None}
    assert names and not any(n.lower().startswith("among") for n in names)


@pytest.mark.parametrize(("phrase", "body"), [
    ("ATLANTIC COMMAND SPOKESMAN", "Atlantic Command"),
    ("FENASTRAS SPOKESMEN", "FENASTRAS"),
    ("Kivu Relief Fund spokeswoman", "Kivu Relief Fund"),
])
def test_a_named_bodys_spokesman_is_the_body(phrase: str, body: str) -> None:
    assert stable_name(phrase, None)[0] == body


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("THE SIMON BOLIVAR UNIT, THE ARMY FORCE CHARGED WITH GUARDING THE ECUADORAN BORDER, REPORTED THAT ITS "
     "TROOPS KILLED NINE REBELS.", "Simon Bolivar Unit"),
    ("The Rio Verde Task Group, the police body in charge of security along the river, said its men "
     "killed four smugglers.", "Rio Verde Task Group"),
    ("THE CONDOR DETACHMENT, A NAVY FORCE RESPONSIBLE FOR THE COASTAL PATROLS, SAID THAT SEVEN "
     "GUERRILLAS DIED.", "Condor Detachment"),
])
def test_what_a_unit_is_charged_with_leaves_its_name(sentence: str, speaker: str) -> None:
    assert (_name(sentence) or "").lower() == speaker.lower()
