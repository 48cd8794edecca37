"""Perpetrator families of the s8 session (issue 3), part 2: the air force a story names as the
attacker wins over a default, and a story that names two possible authors leaves the neutral figures
without one (the gold convention on contested attribution: a figure keeps the party its own claimant
blames, else none). All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.actors import find_actors
from civcas.extract.perpetrators import perpetrator_score
from civcas.models import Document, Figure


def figures(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2016, 3, 2)))


def perps(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures(text) if f.stance != "denied"}


@pytest.mark.parametrize("text", [
    # a comparison and a possibility do not outweigh the named attacker
    ("Air strikes hit the market town of Kafr Nabl on Sunday, the first week of Russia's air campaign. "
     "Witnesses said the jets flew higher than Syrian government planes. At least 20 people were killed in "
     "the raids, a Britain-based monitoring group reported. A few victims might also have been hit by "
     "regime artillery, which cannot be ruled out."),
    ("RUSSIAN WARPLANES BOMBED THE TOWN OF ARIHA ON MONDAY, ACTIVISTS SAID. NINE PEOPLE WERE KILLED IN THE "
     "RAIDS, A LOCAL DOCTOR SAID. TWO OF THEM COULD HAVE BEEN HIT BY GOVERNMENT SHELLING EARLIER IN THE DAY."),
    # "attributed the raids to jets believed to be Russian"; both air forces merely present
    ("Warplanes bombed the centre of Maaret Misrin on Friday morning. Local medics said 16 people were "
     "killed. A monitoring group attributed the raids to jets believed to be Russian. Both Russian and Syrian "
     "government aircraft were active over the province that day."),
    ("Sixteen people were killed when warplanes struck a bakery in Sarmin on Tuesday, rescuers said. Most "
     "sources blamed the raid on Russian jets, though regime aircraft could also have been involved."),
])
def test_the_named_air_force_wins(text: str) -> None:
    assert perps(text) == {"Russian forces"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Residents described jets flying faster than Syrian regime aircraft.", "Syrian government"),
    ("Russian and regime aircraft were both active over the town that morning.", "Syrian government"),
    ("UNLIKE THE ARMY, THE POLICE HAVE NO HELICOPTERS IN THE REGION.", "Salvadoran armed forces"),
])
def test_a_comparison_or_a_presence_is_no_act(sentence: str, name: str) -> None:
    theatre = ("SV",) if sentence.isupper() else ("SY", "RU")
    m = next(m for m in find_actors(sentence, theatre=theatre) if m.entry.name == name)
    assert perpetrator_score(sentence, m) == 0


def test_the_attribution_of_strikes_names_the_author() -> None:
    sentence = "The monitor attributed the strikes to Russian warplanes."
    m = next(m for m in find_actors(sentence, theatre=("SY", "RU")) if m.entry.name == "Russian forces")
    assert perpetrator_score(sentence, m) > 0


@pytest.mark.parametrize("text", [
    ("Air strikes on a hospital in Idlib province killed 11 people, the civil defence said. A monitoring "
     "group said the raids were carried out by either Russian or Syrian government jets. Moscow denied any "
     "involvement."),
    "An air raid on a bakery in Hama killed eight people, a doctor said. Activists said Russian or regime "
    "warplanes were responsible.",
    ("SAN SALVADOR, 3 MAY 90 -- [TEXT] A BOMB EXPLODED AT A BUS STOP IN THE CAPITAL TODAY, KILLING FOUR "
     "PEOPLE, POLICE SAID. IT WAS NOT KNOWN WHETHER THE FMLN OR THE ARMY PLANTED THE DEVICE."),
    ("Twelve people were killed when strikes hit a school in Jisr al-Shughur, rescuers said. Residents said "
     "both Russian and Syrian government jets were accused of carrying out the raid."),
])
def test_two_possible_authors_leave_neutral_figures_without_one(text: str) -> None:
    assert perps(text) == {None}


def test_a_claimant_that_blames_one_keeps_it() -> None:
    text = ("Air strikes on a hospital in Idlib province killed 11 people, the civil defence said. The Syrian "
            "Observatory for Human Rights said Russian jets had killed 13 people in the raid. A charity said "
            "either Russian or Syrian government aircraft were responsible.")
    got = {f.low: f.perpetrator.name if f.perpetrator else None for f in figures(text)}
    assert got[11] is None and got[13] == "Russian forces"


def test_aircraft_merely_seen_raise_no_dispute() -> None:
    text = ("Seven people died when a missile struck a house in the town, a hospital said. Russian jets "
            "carried out the strike, the monitor said. Regime aircraft or Russian jets are seen over the area "
            "most days.")
    assert perps(text) == {"Russian forces"}


def test_a_government_denies_for_its_forces() -> None:
    text = ("Air strikes on a market in Ariha killed 19 people, the civil defence said. Activists blamed "
            "Russian jets. Moscow denied any involvement.")
    denial = next(f for f in figures(text) if f.stance == "denied")
    assert denial.perpetrator is not None and denial.perpetrator.name == "Russian forces"
