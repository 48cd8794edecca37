"""A state's missions and people abroad do not place a story in that state (civcas.extract.theatre):
"the Israeli embassy in Buenos Aires" is a story about Argentina, "eight Mexican nationals were among
the dead" in El Paso one about the US; a state's arms ("Israeli jets") still rank after the places."""

from __future__ import annotations

import pytest

from civcas.extract.theatre import document_theatre


@pytest.mark.parametrize(("text", "first"), [
    ("BUENOS AIRES, 18 MAR 92 (RADIO) -- A CAR BOMB DESTROYED THE ISRAELI EMBASSY, KILLING 20. FOUR OF THE "
     "DEAD WERE ISRAELI DIPLOMATS, AND THE ISRAELI AMBASSADOR SAID THE ISRAELI EMBASSY WOULD REOPEN.", "AR"),
    ("Gunmen stormed a hotel in Kabul, killing 18 people. Among the dead were three Turkish engineers, two "
     "Turkish nationals who worked for an airline and a Turkish journalist, officials said.", "AF"),
    ("A gunman opened fire at a store in El Paso, Texas, killing 22. Mexican officials said eight Mexican "
     "nationals were among the dead and that Mexican citizens were among the wounded.", "US"),
])
def test_missions_and_nationals_abroad_do_not_place_the_story(text: str, first: str) -> None:
    assert document_theatre(text)[0] == first


def test_a_states_own_places_still_place_the_story() -> None:
    # near miss: "Turkish" before a place word, not before nationals or a mission
    text = ("Shelling hit a Turkish border town, killing three. Turkish officials said Turkish towns along the "
            "frontier had been hit twice. Kabul was not mentioned.")
    assert document_theatre(text)[0] == "TR"
