"""US local officials by role as claimants (civcas.extract.claim_persons, claims, claim_state)."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.claims import claimant_in
from civcas.models import Document


def claimants(text: str) -> list[tuple[str, str]]:
    return [(f.claimant.name, f.claimant.kind) for f in extract(Document(id="u", text="Shooting\n\n" + text))
            if f.claimant is not None]


def test_a_city_mayor_is_named_by_the_city_office() -> None:
    got = claimants("DENTON, Texas -- A gunman killed two people at a bar on Saturday, police said. Mayor Ann Cole "
                    "said that eight other people were injured.")
    assert got[-1] == ("Denton mayor", "government")


def test_the_mayor_of_washington_speaks_for_the_district() -> None:
    got = claimants("WASHINGTON -- A gunman killed two people at a bar on Saturday, police said. Mayor Ann Cole "
                    "said that eight other people were injured.")
    assert got[-1] == ("District of Columbia mayor", "government")


def test_a_county_mayor_is_named_by_the_county_office() -> None:
    got = claimants("DENTON, Texas -- A gunman killed two people at a bar on Saturday, police said. Earlier, Denton "
                    "County Mayor Ann Cole earlier told a news conference that eight people were injured.")
    assert got[-1] == ("Denton County mayor", "government")


def test_a_sheriff_whose_surname_is_a_country_is_no_army() -> None:
    got = claimants("DENTON, Texas -- A gunman killed two people at a bar on Saturday, Denton County Sheriff Bob "
                    "Israel said. Some 30 others were hurt in the chaos, Israel said.")
    assert got == [("Denton County sheriff's office", "government")] * 2


def test_the_country_itself_still_speaks() -> None:
    c = claimant_in("Israel said two soldiers were killed near the border.", theatre=("IL",),
                    document="Israel said two soldiers were killed near the border.")
    assert c is not None and c.actor.kind == "belligerent"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lakeview recorded 37 homicides in 2019, police data show.", ("police", "government")),
    ("A boy was shot to death on Monday in what Lakeview police described as a targeted attack.",
     ("police", "government")),
    ("Before Sunday, federal officials had spoken of three sailors dead.", ("federal officials", "government")),
    ("A sailor died early Saturday, bringing the number killed to four, the Navy said.", ("US Navy", "belligerent")),
    ("Dr. Ann Lee, chief medical officer of Riverside General Hospital, said the hospital received four patients.",
     ("Riverside General Hospital", "medical")),
    ("Lakeside Memorial said it received three patients.", ("Lakeside Memorial", "medical")),
])
def test_us_claimants(sentence: str, expected: tuple[str, str]) -> None:
    c = claimant_in(sentence, theatre=("US",), document=sentence)
    assert c is not None and (c.actor.name, c.actor.kind) == expected


def test_had_spoken_of_names_its_speaker_in_a_story() -> None:
    got = claimants("DENTON, Texas -- A gunman killed two people at a mall on Saturday, police said.\n\nBefore "
                    "Sunday, federal officials had spoken of three sailors dead.")
    assert got[-1] == ("federal officials", "government")
