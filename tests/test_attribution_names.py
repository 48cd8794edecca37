"""Stable claimant names for generic sources, and hedges/denials of a figure's stance."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.theatre import regional_authority
from civcas.models import Document, Figure


def first(text: str) -> Figure:
    out = [f for f in extract(Document(id="n", text=text)) if f.low is not None]
    assert out, text
    return out[0]


@pytest.mark.parametrize(("text", "name"), [
    # a Ukrainian governor speaks for the state (the gold sets' convention), whatever the oblast
    ("A missile hit a bus depot in Kramatorsk, in Ukraine's Donetsk region, on Tuesday.\n\n"
     "The regional governor said 11 people were killed.", "Ukrainian government"),
    ("Governor of the Kharkiv region Oleh Synehubov said four people were killed in Kharkiv, Ukraine.",
     "Ukrainian government"),
    ("Drones hit Ukraine overnight; the regional governor said two people were killed.",
     "Ukrainian government"),
    # the administration named as such keeps its oblast
    ("Russian shelling killed three people in Ukraine's south, the head of the Kherson regional military "
     "administration said.", "Kherson regional military administration"),
    # a Russian region named in a Ukraine-war story
    ("Belgorod governor Vyacheslav Gladkov said five people were killed by Ukrainian shelling in Russia.",
     "Belgorod regional government"),
    ("A missile struck a market in Marib, Yemen. The office of Marib's governor said nine people were killed.",
     "Marib governorate"),
])
def test_regional_authorities_get_one_name(text: str, name: str) -> None:
    f = first(text)
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == (name, "government")


def test_regional_authority_outside_theatres_with_regions() -> None:
    assert regional_authority("regional governor", ("SO",)) is None
    assert regional_authority("regional governor", None) is None
    assert regional_authority("Odessa governor", ("UA",)) == "Odesa regional military administration"


@pytest.mark.parametrize(("text", "name"), [
    ("Houthi health officials said 17 people were killed in the air strike on Saada, Yemen.",
     "Yemen Ministry of Health (Houthi-run)"),
    ("Hamas health officials said 30 people were killed in the strike on the camp in Gaza.",
     "Gaza Ministry of Health"),
    ("Mariupol's city council said 22 people were killed when the shelter was hit in Ukraine.",
     "Mariupol city council"),
    ("The national railway company said 14 passengers were killed at the station in Ukraine.",
     "Ukrzaliznytsia"),
    ("A local official in the province, who declined to be named, told Reuters that 40 people were buried.",
     "local official"),
])
def test_claimant_variants_share_a_name(text: str, name: str) -> None:
    f = first(text)
    assert f.claimant is not None and f.claimant.name == name


@pytest.mark.parametrize(("text", "stance"), [
    ("Twelve civilians were killed in the strike, though Reuters could not independently verify the toll.",
     "hedged"),
    ("Activists said 25 villagers were killed, a figure that could not be verified.", "hedged"),
    ("There were unconfirmed reports that 15 people were killed in the shelling.", "hedged"),
    ("It was not immediately clear how many of the 20 dead were civilians.", "hedged"),
    ("The military said it is investigating reports that nine civilians were killed in the air strike.", "hedged"),
    ("Eight people were reportedly killed in the attack.", "hedged"),
    ("The ministry said reports that 12 civilians were killed were false.", "denied"),
    ("The army denied targeting civilians in the raid that residents said killed 14 people.", "denied"),
    ("The army said it was not responsible for the blast that killed 17 people at the market.", "denied"),
    ("Police are investigating the killing of three people at the bar.", "asserted"),
    ("Thirty people died in the raid on the village, officials said.", "asserted"),
])
def test_stance_of_hedges_and_denials(text: str, stance: str) -> None:
    assert first(text).stance == stance


@pytest.mark.parametrize("text", [
    "No civilian casualties were reported in the strike on the depot, the coalition said.",
    "The coalition said no civilians were harmed in the operation.",
])
def test_denial_with_no_number(text: str) -> None:
    out = extract(Document(id="d", text=text))
    assert out and all(f.stance == "denied" for f in out)
