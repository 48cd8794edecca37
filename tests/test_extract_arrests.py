"""Arrests of suspects are not harm; detentions, abductions and mass arrests are ([arrests] in the
lexicon). Sentences are ours."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


def _detained(text: str) -> list[int | None]:
    return [f.low for f in extract(Document(id="d", text=text)) if f.outcome == "detained"]


@pytest.mark.parametrize("text", [
    "The gunman who shot two people was arrested on Friday.",
    "Police arrested two men in connection with the shooting on Elm Street.",
    "Three suspects were arrested after the attack, police said.",
    "Four men accused of planting the bomb were detained at the border.",
])
def test_arrested_suspects_are_not_figures(text: str) -> None:
    assert _detained(text) == []


@pytest.mark.parametrize("text, low", [
    ("Security forces detained 40 protesters in the capital on Sunday.", 40),
    ("Gunmen abducted 12 villagers from a market near the border.", 12),
    ("Soldiers arrested 15 students at a checkpoint outside the university.", 15),
    ("Around 100 workers were arrested on suspicion of aiding the guerrillas.", 100),
])
def test_detentions_abductions_and_mass_arrests_stay(text: str, low: int) -> None:
    assert _detained(text) == [low]


def test_killed_figures_of_an_arrest_sentence_stay() -> None:
    figs = extract(Document(id="d", text="Police arrested the suspect, who killed three people at a bus stop."))
    assert [(f.outcome, f.low) for f in figs] == [("killed", 3)]
