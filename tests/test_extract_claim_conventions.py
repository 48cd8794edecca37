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
