"""Perpetrators of the s10 session: the victims' own state is not the author.

A figure that a state's own officials (its government, ministries, regional administration) tell,
whose sentence does not make that state's forces act, is not theirs: the other side the story makes
act is the author, else none. Unidentified gunmen are no author of a strike from afar. All sentences
are the team's own.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extract_helpers import figures_on, perpetrators_on

perps = partial(perpetrators_on, published=date(2023, 3, 9))


def _author_of(text: str, low: int) -> str | None:
    got = [f.perpetrator.name if f.perpetrator else None for f in figures_on(text, date(2023, 3, 9)) if f.low == low]
    assert got, f"no figure of {low}"
    return got[0]


@pytest.mark.parametrize(("text", "low", "author"), [
    ("Shortly before dawn a cruise missile struck a nine-storey block of flats in Zhytomyr while most tenants "
     "slept. The Ukrainian emergency service said 14 residents were killed. Russia's defence ministry said "
     "Russian forces had hit military targets. Separatist officials in Luhansk said Ukrainian shelling had "
     "killed one man and that Ukrainian artillery wounded two more.", 14, "Russian forces"),
    ("A missile tore through a clinic in Kharkiv early on Monday. The Kharkiv regional administration said at "
     "least seven people had died. The Russian defence ministry said its forces struck only army depots. In "
     "occupied Horlivka, officials installed by Moscow said Ukrainian drones killed three civilians and "
     "Ukrainian rockets hit a school.", 7, "Russian Ministry of Defence"),
    # a government's own health ministry telling the dead: not that government's forces, and with no
    # other side named acting, none
    ("Grad rockets hit homes in the Tajoura suburb of Tripoli late on Sunday. The health ministry of the "
     "Government of National Accord said five civilians were killed. Emergency workers gave a toll of six "
     "dead. The LNA said GNA forces had shelled its positions near the airport the same night, killing two "
     "of its fighters.", 5, None),
])
def test_the_victims_own_officials_do_not_make_their_state_the_author(text: str, low: int, author: str | None) -> None:
    assert _author_of(text, low) == author


def test_a_state_named_acting_in_its_own_officials_sentence_keeps_the_blame() -> None:
    # near miss: the sentence itself says the state's forces did it
    text = ("Fighting went on along the front near Horlivka. Ukrainian officials said Ukrainian shelling had "
            "killed two people in a village held by the separatists.")
    assert "Ukrainian forces" in perps(text)


def test_a_civil_war_state_tied_only_by_name_keeps_its_forces_without_another_side() -> None:
    # near miss: a government telling the dead its own army is accused of, no other side named acting
    text = ("Salvadoran army troops opened fire on marchers in San Miguel on Sunday. A Salvadoran government "
            "spokesman said later that six peasants were killed.")
    assert _author_of(text, 6) == "Salvadoran armed forces"


def test_two_fighters_of_the_accuser_stay_the_governments() -> None:
    text = ("Grad rockets hit homes in the Tajoura suburb of Tripoli late on Sunday. The health ministry of the "
            "Government of National Accord said five civilians were killed. The LNA said GNA forces had shelled "
            "its positions near the airport the same night, killing two of its fighters.")
    assert _author_of(text, 2) == "Government of National Accord"


def test_combatant_losses_told_by_their_own_government_are_unchanged() -> None:
    # near miss: a government telling the losses of its foe's fighters keeps its own forces as author
    text = ("Ukrainian forces pushed the enemy back near Bakhmut. The Ukrainian government said 40 Russian "
            "soldiers were killed in the fighting.")
    assert "Russian forces" not in perps(text)


@pytest.mark.parametrize("text", [
    "A missile slammed into a five-storey apartment building in the town before dawn. The regional "
    "administration said at least eight people had died.",
    "Rockets rained down on a crowded district on Sunday evening. Rescuers said 11 people had died.",
    "An air strike hit a market in the north of the city. Medics said 15 people had died.",
])
def test_gunmen_are_no_author_of_a_strike_from_afar(text: str) -> None:
    assert "unidentified gunmen" not in perps(text)


def test_gunmen_of_a_shooting_stay() -> None:
    # near miss: a shooting in a wire story keeps its gunmen
    text = "Unidentified gunmen opened fire on a minibus near the border town, killing seven passengers."
    assert "unidentified gunmen" in perps(text)


@pytest.mark.parametrize(("text", "low"), [
    ("A Russian missile hit a residential building in Poltava at night. The Poltava regional administration had "
     "confirmed by Tuesday noon that at least 11 residents had died, with six more still being treated.", 11),
    ("Russian drones and a missile struck Sumy overnight. The Sumy regional administration had said early on "
     "Friday that at least six people had died and that four injured residents were in hospital.", 6),
])
def test_a_missile_strike_told_by_regional_officials_is_not_the_work_of_gunmen(text: str, low: int) -> None:
    assert _author_of(text, low) == "Russian forces"


def test_gunmen_at_a_market_told_by_a_governor_stay() -> None:
    # near miss: the same way of telling the toll, but men with guns did the killing
    text = ("Gunmen on motorbikes opened fire at a market. The regional governor had said later that at least "
            "seven people had died.")
    assert _author_of(text, 7) == "unidentified gunmen"
