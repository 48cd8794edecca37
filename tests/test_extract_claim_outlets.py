"""Claimants of monitor-style narratives: an armed group's own outlet speaks for the group
(civcas.extract.claim_outlets), a toll named by its owner is the owner's, a pronoun after the vehicle of its
words speaks, and "it" after an institution that said nothing else is that institution."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract.claimants import _owned_toll
from civcas.extract.claims import claimant_in
from civcas.models import Actor
from extract_helpers import figures_on


def _claimant(sentence: str, theatre: tuple[str, ...]) -> tuple[str, str] | None:
    c = claimant_in(sentence, theatre=theatre, document=sentence)
    return (c.actor.name, c.actor.kind) if c is not None else None


@pytest.mark.parametrize(("sentence", "theatre", "group"), [
    ("Al-Shabaab's Andalus radio claimed the raid had killed five farmers.", ("SO",), "al-Shabaab"),
    ("An ISIS-affiliated media channel said 30 soldiers died in the ambush.", ("IQ",), "Islamic State"),
    ("A Taliban-linked website claimed that 12 policemen were killed at the checkpoint.", ("AF",), "Taliban"),
    ("A Hamas-run radio station said nine people died in the strike.", ("PS",), "Hamas"),
])
def test_a_groups_outlet_is_the_group(sentence: str, theatre: tuple[str, ...], group: str) -> None:
    assert _claimant(sentence, theatre) == (group, "belligerent")


@pytest.mark.parametrize(("sentence", "theatre"), [
    ("A local radio station said 30 soldiers died in the ambush.", ("AF",)),
    ("State media said 30 rebels were killed in the raid.", ("SY",)),
])
def test_an_outlet_no_group_owns_stays_itself(sentence: str, theatre: tuple[str, ...]) -> None:
    got = _claimant(sentence, theatre)
    assert got is not None and got[1] == "media"


# -- a toll named by its owner, and a pronoun after the vehicle of its words -----------------------------



@pytest.mark.parametrize(("sentence", "owner"), [
    ("By that week the Ministry of Health's running toll in the Strip stood at 38,000.", "Gaza Ministry of Health"),
    ("The Syrian Observatory for Human Rights' count of the dead had reached 61 by evening.",
     "Syrian Observatory for Human Rights"),
    ("The health ministry's overall death toll rose to 30,000 on Monday.", "Gaza Ministry of Health"),
])
def test_a_toll_named_by_its_owner_is_the_owners(sentence: str, owner: str) -> None:
    got = _owned_toll(sentence, ("PS", "SY"))
    assert got is not None and got.actor.name == owner


def test_a_toll_with_no_owner_has_no_claimant_from_the_possessive() -> None:
    assert _owned_toll("The family's house was destroyed and the toll stood at 12.", ("PS",)) is None


_TURKS = Actor(name="Turkish forces", text="the army", kind="belligerent")


@pytest.mark.parametrize("sentence", [
    "In its nightly bulletin it said its jets had killed 40 militants.",
    "In a radio broadcast they claimed 40 soldiers had died.",
    "In its weekly bulletin it said 40 fighters were killed.",
])
def test_a_pronoun_after_its_vehicle_speaks(sentence: str) -> None:
    c = claimant_in(sentence, last=lambda: _TURKS, theatre=("SY",), document=sentence)
    assert c is not None and c.actor.name == "Turkish forces"


def test_a_named_speaker_after_its_vehicle_still_speaks() -> None:
    s = "In a statement sent to a radio station, the rebels said 40 soldiers had died."
    c = claimant_in(s, last=lambda: _TURKS, theatre=("SY",), document=s)
    assert c is not None and c.actor.name == "rebels"


def test_it_after_an_institution_with_no_words_of_its_own_is_that_institution() -> None:
    text = ("Strikes hit the old market of al-Bab on Tuesday. SOHR reported that 30 "
            "civilians were killed. ISIS outlets said 45 civilians died. The Turkish General Staff gave a different "
            "version. In its evening update it said its jets had killed 90 militants.")
    got = {f.low: f.claimant.name if f.claimant else None for f in figures_on(text, date(2016, 12, 22))}
    assert got[90] == "Turkish forces" and got[45] == "Islamic State"
