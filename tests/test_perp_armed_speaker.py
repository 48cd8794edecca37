"""An armed organisation unknown to actors.toml that says its own units did the act is the author
(civcas.extract.newgroups.armed_speaker); a union or a federation saying its members were harmed or
found bodies is not."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


def test_a_front_known_by_its_acronym_in_capitals() -> None:
    got = perps("THE REVOLUTIONARY PEASANT FRONT [FRC] CLAIMED RESPONSIBILITY FOR THE AMBUSH NEAR THE GUATEMALAN "
                "TOWN OF SALAMA. IN A COMMUNIQUE, THE FRC SAID ITS UNITS HAD KILLED 9 SOLDIERS.")
    assert got[9] == "Revolutionary Peasant Front"


def test_a_front_saying_its_fighters_killed_soldiers() -> None:
    got = perps("The Southern Popular Front (SPF), a rebel movement in Colombia's south, said on Monday its "
                "fighters had killed 11 soldiers near Pasto.")
    assert got[11] == "Southern Popular Front"


def test_a_brigade_saying_its_commandos_killed_guards() -> None:
    got = perps("Fighting near the Peruvian town of Tingo Maria went on for hours. The Red Mountain Brigade "
                "said its commandos had killed 5 guards at the dam.")
    assert got[5] == "Red Mountain Brigade"


def test_a_federation_finding_bodies_is_no_author() -> None:
    got = perps("THE NATIONAL FEDERATION OF TEACHERS [FENAT] SAID ITS MEMBERS HAD FOUND 3 BODIES IN PUNO.")
    assert got[3] is None


def test_a_union_reporting_its_own_dead_keeps_the_soldiers() -> None:
    got = perps("The Peasant Workers Union (PWU) said that 4 of its members had been killed by soldiers near the "
                "Colombian town of Tame.")
    assert got[4] == "Colombian armed forces"
