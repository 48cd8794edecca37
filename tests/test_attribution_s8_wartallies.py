"""Perpetrator families of the s8 session (issue 3), part 3: a cumulative war tally in a story about
one belligerent's campaign (civcas.extract.wartallies). The gold READMEs (blind4 .. blind6) give the
health ministry's tallies of such a war to the belligerent; we do so only where the tally's own
sentence ties it to the war, the story makes no other belligerent act and the claimant counts one
side's victims. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def tally_perps(text: str) -> set[str | None]:
    figs = extract(Document(id="t", text=text, published=date(2024, 3, 2)))
    got = {f.perpetrator.name if f.perpetrator else None for f in figs if f.scope == "tally"}
    assert got, "no tally read"
    return got


@pytest.mark.parametrize(("text", "author"), [
    ("Israeli strikes on a house in Rafah killed 12 people on Tuesday, the health ministry said. The ministry "
     "said more than 30,000 Palestinians had been killed since the war began.", "Israeli military"),
    ("RUSSIAN MISSILES HIT AN APARTMENT BLOCK IN DNIPRO ON SATURDAY, KILLING 40 PEOPLE, UKRAINIAN OFFICIALS "
     "SAID. THE UKRAINIAN GOVERNMENT SAYS MORE THAN 9,000 CIVILIANS HAVE BEEN KILLED SINCE THE INVASION BEGAN.",
     "Russian forces"),
    ("An Israeli air strike flattened a block of flats in Jabalia overnight, killing 19 people, medics said. "
     "Gaza's health ministry says 22,000 people have been killed in the war, most of them women and children.",
     "Israeli military"),
    ("Israeli tanks shelled a school in Khan Younis, killing nine people, medics said. The health ministry "
     "said 35,000 Palestinians had died since the start of the offensive.", "Israeli military"),
])
def test_a_war_tally_of_one_belligerents_campaign(text: str, author: str) -> None:
    assert tally_perps(text) == {author}


@pytest.mark.parametrize("text", [
    # a neutral counter
    ("Russian missiles hit an apartment block in Dnipro on Saturday, killing 40 people, officials said. The "
     "UN human rights office says it has verified 9,000 civilian deaths since the invasion began."),
    # a two-sided war
    ("Army troops and RSF fighters clashed in Omdurman on Monday, and shelling by the RSF killed 14 people, "
     "the health ministry said. The ministry said 1,500 people had been killed since the war began."),
    # no tie to the war: a date that is not the day it began, and a place only
    ("Israeli strikes on a house in Rafah killed 12 people on Tuesday, the health ministry said. The ministry "
     "put the number of Palestinians killed in the territory since January 1 at more than 3,000."),
    # the war's day, but another year
    ("Israeli strikes on a house in Rafah killed 12 people on Tuesday, the health ministry said. The ministry "
     "said 2,100 Palestinians had been killed in the territory since 7 October 2014."),
    # the belligerent's own side counting
    ("RUSSIAN MISSILES HIT A DEPOT NEAR KHARKIV, UKRAINIAN OFFICIALS SAID. THE RUSSIAN DEFENCE MINISTRY SAID "
     "MORE THAN 6,000 OF ITS SOLDIERS HAD DIED IN THE WAR."),
])
def test_no_author_for_other_tallies(text: str) -> None:
    assert tally_perps(text) == {None}


@pytest.mark.parametrize(("text", "author"), [
    # the day the theatre's war began ([starts] in wartallies.toml)
    ("An Israeli drone strike hit a tent camp in Mawasi on Monday, killing six people, medics said. The Gaza "
     "health ministry said 35,100 Palestinians have died in the enclave since October 7th.", "Israeli military"),
    ("Israeli warplanes bombed a school in Nuseirat, killing 14 people, the civil defence said. By Sunday the "
     "health ministry said at least 40,200 people had died in Gaza since 7 October 2023.", "Israeli military"),
    ("A Russian glide bomb hit a clinic in Zaporizhzhia, killing five people, regional officials said. The "
     "Ukrainian government says more than 11,000 civilians have been killed since February 24, 2022.",
     "Russian forces"),
    # the whole war's count by its own words
    ("Israeli shelling struck a market in Jabalia, killing 11 people, medics said. The health ministry put "
     "its overall toll for the enclave at more than 29,000 dead.", "Israeli military"),
    ("Israeli strikes destroyed two houses in Deir al-Balah, killing nine people, medics said. By Thursday the "
     "health ministry reported a cumulative toll of 36,700 people killed in the territory.", "Israeli military"),
])
def test_a_tally_since_the_day_the_war_began(text: str, author: str) -> None:
    assert tally_perps(text) == {author}
