"""Armed smugglers and traffickers killed or wounded in a clash with the state's forces are a figure
(combatants, lexicon.toml ``[groups] combatants``) with those forces as author."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def figs(text: str) -> list[tuple[str, int | None, str, str | None]]:
    return [(f.outcome, f.low, f.group, f.perpetrator.name if f.perpetrator else None)
            for f in extract(Document(id="d", text=text))]


def test_smugglers_shot_dead_by_police_and_troops() -> None:
    got = figs("Two smugglers were shot dead by police and army troops near the Bolivian border town of Yacuiba "
               "on Sunday.")
    assert [(o, n, g) for o, n, g, _ in got] == [("killed", 2, "combatants")] and got[0][3] is not None


def test_drug_traffickers_killed_by_the_police_in_capitals() -> None:
    assert figs("THE POLICE KILLED TWO DRUG TRAFFICKERS IN A SHOOTOUT NEAR THE PERUVIAN TOWN OF TINGO MARIA.") \
        == [("killed", 2, "combatants", "Peruvian police")]


def test_a_smuggler_wounded_by_soldiers() -> None:
    assert figs("A smuggler was wounded by soldiers near the Colombian border town of Cucuta.") \
        == [("injured", 1, "combatants", "Colombian armed forces")]


def test_traffickers_arrested_are_no_casualties() -> None:
    assert not [f for f in figs("Police said 3 traffickers had been arrested in the Bolivian city of Santa Cruz.")
                if f[0] in ("killed", "injured")]
