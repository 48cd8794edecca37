"""The accused of a sentence's own killing described as the state's agents are the theatre's security
forces (civcas.extract.accused with struckside.described_state), not raw "state forces"; two men
arrested stay suspects."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


def test_relatives_accusing_state_security_agents() -> None:
    assert perps("Relatives accused state security agents of killing 4 farmers near the Peruvian town of "
                 "Tocache.")[4] == "Peruvian security forces"


def test_agents_of_the_state_responsible_for_a_murder() -> None:
    assert perps("Witnesses said agents of the state were responsible for the murder of 2 lawyers in the "
                 "Colombian city of Medellin.")[2] == "Colombian security forces"


def test_security_agents_accused_in_capitals() -> None:
    got = perps("HUMAN RIGHTS GROUPS ACCUSED SECURITY AGENTS OF KILLING 3 PEASANTS IN THE GUATEMALAN VILLAGE OF "
                "CHUPOL ON FRIDAY.")
    assert got[3] == "Guatemalan security forces"


def test_two_men_arrested_stay_suspects() -> None:
    assert perps("Police arrested two men in connection with the killing of 5 farmers near the Colombian town "
                 "of Tame.")[5] == "suspects"
