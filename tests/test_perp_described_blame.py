"""An accusation whose act is named with a pointer and describing words ("blamed paramilitaries for
this brutal murder", "WE BLAME THE ARMED FORCES FOR THIS COWARDLY CRIME") names the incident's author
for its placeholder attackers (civcas.extract.eventblame); a blamed policy names none."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


def test_a_union_blaming_paramilitaries_for_this_brutal_murder() -> None:
    assert perps("Gunmen shot dead two teachers in the Colombian town of Tame on Monday. The teachers' union "
                 "blamed paramilitaries for this brutal murder.")[2] == "paramilitaries"


def test_a_communique_blaming_the_armed_forces_in_capitals() -> None:
    assert perps("SAN SALVADOR, 3 MAY 90 -- UNIDENTIFIED MEN KILLED 3 UNION MEMBERS ON FRIDAY IN SANTA ANA. IN A "
                 "COMMUNIQUE, THE UNION STATED: WE BLAME THE ARMED FORCES FOR THIS COWARDLY CRIME.")[3] \
        == "Salvadoran armed forces"


def test_relatives_accusing_the_army_of_the_cold_blooded_killings() -> None:
    assert perps("Masked men shot dead 4 farmers near the Peruvian town of Juanjui. Relatives accused "
                 "the army of the cold-blooded killings.")[4] == "Peruvian armed forces"


def test_a_blamed_policy_names_no_author() -> None:
    assert perps("Gunmen killed two teachers in the Colombian town of Tame on Monday. The union blamed the "
                 "government's economic policy for the violence.")[2] == "unidentified gunmen"
