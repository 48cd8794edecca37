"""The attackers' own dead (civcas.extract.struckside): "two of the attackers died" is no act of the
attackers; the forces the clause makes act, else no author. The attackers' victims keep them."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


def test_the_attackers_own_dead_have_no_author() -> None:
    got = perps("Gunmen attacked a police post in the Peruvian town of Juliaca on Monday, killing three officers. "
                "Two of the attackers also lost their lives in the shootout.")
    assert got[3] == "unidentified gunmen" and got[2] is None


def test_troops_returning_fire_are_the_author_in_capitals() -> None:
    got = perps("UNIDENTIFIED GUNMEN ATTACKED AN ARMY CHECKPOINT NEAR THE GUATEMALAN TOWN OF COBAN, KILLING FOUR "
                "SOLDIERS. THREE OF THE ATTACKERS WERE KILLED WHEN TROOPS RETURNED FIRE.")
    assert got[4] == "unidentified gunmen" and got[3] == "Guatemalan armed forces"


def test_villagers_killing_the_assailants_are_no_attackers() -> None:
    got = perps("Armed men raided a Colombian village on Sunday. Five of the assailants were killed by the villagers.")
    assert got[5] != "unidentified gunmen"


def test_the_attackers_victims_keep_them() -> None:
    got = perps("Gunmen attacked a police post in the Peruvian town of Juliaca on Monday. Two of the officers "
                "died in the exchange of fire.")
    assert got[2] == "unidentified gunmen"


def test_forces_killing_the_gunmen_stay_their_author() -> None:
    got = perps("Gunmen stormed a hotel in the Peruvian city of Cusco on Friday. Troops killed four of the gunmen "
                "after a siege, the army said.")
    assert got[4] == "Peruvian armed forces"


def test_the_defending_army_of_its_communique_stays() -> None:
    got = perps("REBELS STORMED AN ARMY BARRACKS NEAR THE PERUVIAN CITY OF PIURA ON MONDAY. THE ARMY REPELLED THE "
                "ASSAULT. ACCORDING TO AN ARMY COMMUNIQUE, 19 OF THE ATTACKERS WERE KILLED.")
    assert got[19] is not None
