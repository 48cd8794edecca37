"""A state's forces deny an act from the air the story's accusers tell (civcas.extract.disputes): the
accuser's account of that very act keeps the accused; a figure told without it, or a story where
another state's aircraft fly, does not."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


def test_an_attack_from_the_air_keeps_the_denying_army() -> None:
    text = ("The Guatemalan army denied on Friday that its planes had bombed the hamlet of Santa Ines in "
            "Quiche department. A parish priest told reporters that seven villagers were killed when the hamlet "
            "was attacked from the air. Human rights groups accused the army of bombing civilians.")
    assert perps(text)[7] == "Guatemalan armed forces"


def test_an_air_raid_in_capitals_keeps_the_denying_army() -> None:
    text = ("LIMA, 4 MAR 90 -- THE PERUVIAN ARMY TODAY DENIED THAT ITS HELICOPTERS HAD BOMBED THE VILLAGE OF "
            "HUAYLLAY. A LOCAL HEALTH WORKER SAID 11 PEASANTS WERE WOUNDED IN THE AIR RAID ON THE VILLAGE. PEASANT LEADERS BLAMED THE ARMY FOR THE ATTACK.")
    assert perps(text)[11] == "Peruvian armed forces"


def test_killed_by_the_bombs_keeps_the_denying_army() -> None:
    text = ("Colombia's army denied that its aircraft had attacked the settlement of El Roble. According to "
            "the peasants' association, three children were killed by the bombs. The association blamed the army for the bombing.")
    assert perps(text)[3] == "Colombian armed forces"


def test_a_figure_without_the_air_act_stays_disputed() -> None:
    text = ("The Guatemalan army denied on Friday that its planes had bombed the hamlet of Santa Ines in "
            "Quiche department. A parish priest told reporters that seven villagers were killed in the hamlet. "
            "Human rights groups accused the army of bombing civilians.")
    assert perps(text)[7] is None


def test_a_foreign_air_force_in_the_story_keeps_it_disputed() -> None:
    text = ("The Guatemalan army denied on Friday that its planes had bombed the hamlet of Santa Ines. "
            "The Mexican air force has also flown missions over the border. A parish priest said seven "
            "villagers were killed when the hamlet was attacked from the air. Human rights groups accused the army "
            "of bombing civilians.")
    assert perps(text)[7] != "Guatemalan armed forces"
