"""Perpetrators in wire and radio reports (civcas.extract.agents.event_author, the armed forces'
press office in actors.toml, typed.py groups) and the MUC-4 perpetrator slots of the scorer
(civcas.evaluate.figures.gold_perpetrators). Sentences written by the civcas team."""

from __future__ import annotations

from typing import Any

from civcas.evaluate.figures import gold_perpetrators, score_figures
from civcas.extract import extract
from civcas.extract.agents import event_author
from civcas.extract.typed import unidentified_perpetrator
from civcas.models import Actor, Document, Figure


def figures(text: str, doc_id: str = "w") -> list[Figure]:
    return [f for f in extract(Document(id=doc_id, text=text)) if f.low is not None]


def test_the_attackers_of_the_next_sentence_are_the_perpetrator() -> None:
    text = ("SAN MIGUEL, 4 MAR 90 (RADIO CADENA) -- [TEXT] TWO BOMBS EXPLODED IN THE MARKET OF SAN MIGUEL THIS "
            "MORNING, KILLING THREE VENDORS AND WOUNDING SEVEN OTHER PEOPLE.  WITNESSES SAID HEAVILY ARMED MEN "
            "PLANTED THE DEVICES UNDER A FRUIT STALL.")
    out = figures(text)
    assert {(f.outcome, f.low) for f in out} >= {("killed", 3), ("injured", 7)}
    for f in out:
        assert f.perpetrator is not None and f.perpetrator.name == "unidentified gunmen"
        assert f.perpetrator.identified is False


def test_a_named_group_of_the_story_wins_over_unnamed_attackers_nearby() -> None:
    text = ("The FMLN attacked the garrison in the north of the department on Sunday.  A bus hit a mine on the "
            "road to the town the same day, killing four passengers.  Witnesses said masked men had buried "
            "the mine at dawn.")
    out = [f for f in figures(text) if f.outcome == "killed" and f.low == 4]
    assert out and all(f.perpetrator is not None and f.perpetrator.name == "FMLN" for f in out)


def test_event_author_takes_the_nearest_sentence_of_the_same_event() -> None:
    a = Actor(name="A", text="a")
    b = Actor(name="B", text="b")
    authors = {0: a, 3: b, 5: a}
    events = {0: 0, 1: 0, 2: 1, 3: 1, 4: 1, 5: 1}
    def near(i: int) -> Actor | None:
        return event_author(i, 6, author=authors.get, same_event=lambda k: events[k] == events[i])
    assert near(1) is a  # sentence 0, same event
    assert near(2) is b  # sentence 3; sentence 0 (one further) is another event
    assert near(4) is b  # 3 and 5 are equally near: the earlier first
    assert event_author(1, 6, author=authors.get, same_event=lambda k: False) is None


def test_the_armed_forces_press_office_speaks_and_does_not_attack() -> None:
    text = ("SAN SALVADOR, 8 FEB 90 -- THE ARMED FORCES PRESS COMMITTEE (COPREFA) TODAY REPORTED THAT URBAN "
            "GUERRILLAS KILLED TWO CITY HALL WORKERS IN SOYAPANGO LAST NIGHT.")
    (f,) = figures(text)
    assert f.claimant is not None and f.claimant.name == "Salvadoran armed forces"
    assert f.perpetrator is not None and f.perpetrator.name == "urban guerrillas"


def test_an_unnamed_band_of_any_size_is_an_unidentified_attacker() -> None:
    p = unidentified_perpetrator("THE TWO NUNS WERE MURDERED BY 25 MEN WHO FIRED FROM A TRUCK.")
    assert p is not None and p.identified is False and p.text == "25 MEN"


def test_gold_perpetrators_read_every_alternative_of_both_slots() -> None:
    row = {"doc_id": "m", "relevant": True, "incidents": [{
        "perpetrator": "EXTREME RIGHT-WING GROUP",
        "perp_organization": ['"EXTREME RIGHT-WING GROUP" / "DEATH SQUAD"'],
        "perp_individual": ['? "\\"HEAVILY ARMED MEN\\"" / "ARMED MEN"']}]}
    assert gold_perpetrators(row) == ["EXTREME RIGHT-WING GROUP", "DEATH SQUAD", "HEAVILY ARMED MEN", "ARMED MEN"]
    assert gold_perpetrators({"doc_id": "x", "incident": {"perpetrator": "Houthis"}}) == ["Houthis"]


def test_muc_perpetrator_matches_an_alternative_and_the_army_of_the_story() -> None:
    doc = Document(id="m3", text="IN EL SALVADOR, A DEATH SQUAD MURDERED THREE PEASANTS IN SANTA ANA ON 2 MAY.")
    gold: dict[str, dict[str, Any]] = {"m3": {"doc_id": "m3", "relevant": True, "incidents": [{
        "perpetrator": "RIGHTIST GROUP", "perp_organization": ['"RIGHTIST GROUP" / "DEATH SQUAD"'],
        "perp_individual": [], "killed": {"civilians": [3, 3]}, "injured": {}}]}}
    score = score_figures([doc], gold, extract(doc))
    assert score.correct == 1 and score.perpetrator_accuracy == 1.0
    army = Document(id="m4", text="IN EL SALVADOR, THE ARMY SHELLED A HAMLET IN MORAZAN, KILLING FOUR PEASANTS.")
    gold = {"m4": {"doc_id": "m4", "relevant": True, "incidents": [{
        "perpetrator": "ARMY", "perp_organization": ['"ARMY"'], "perp_individual": [],
        "killed": {"civilians": [4, 4]}, "injured": {}}]}}
    score = score_figures([army], gold, extract(army))
    assert score.correct == 1 and score.perpetrator_accuracy == 1.0
    gold["m4"]["incidents"][0].update(perpetrator="FMLN", perp_organization=['"FMLN"'])
    assert score_figures([army], gold, extract(army)).perpetrator_accuracy == 0.0


def test_typed_and_unnamed_attackers_of_wire_reports() -> None:
    def perp(text: str) -> Actor | None:
        (f,) = figures(text)
        return f.perpetrator
    p = perp("URBAN GUERRILLAS TONIGHT CLAIMED RESPONSIBILITY FOR THE BOMB THAT KILLED TWO POLICEMEN.")
    assert p is not None and p.name == "urban guerrillas"
    p = perp("UNIDENTIFIED INDIVIDUALS MACHINEGUNNED THE JUDGE'S CAR IN LA PAZ, WOUNDING HIS TWO BODYGUARDS.")
    assert p is not None and p.text == "UNIDENTIFIED INDIVIDUALS" and p.identified is False
    p = perp("TWO BOMBS WOUNDED THREE STUDENTS AT THE UNIVERSITY.  THESE INDIVIDUALS APPARENTLY EXPLODED THE "
             "DEVICES FROM A PASSING CAR.")
    assert p is not None and p.identified is False
    p = perp("DEATH SQUADS, WORKING TOGETHER WITH SOME OFFICERS OF THE LOCAL GARRISON AND THEIR CIVILIAN "
             "FRIENDS, ARE CERTAINLY TO BLAME FOR THE MURDER OF FOUR TEACHERS.")
    assert p is not None and p.name == "death squads"


def test_a_terrorist_attack_is_the_weakest_reading_of_its_author() -> None:
    (f,) = figures("THE MAYOR'S DRIVER WAS KILLED TODAY IN A TERRORIST ATTACK ON THE TOWN HALL.")
    assert f.perpetrator is not None and f.perpetrator.name == "terrorists"
    out = figures("THE FMLN ATTACKED THE TOWN HALL TODAY; TWO GUARDS DIED IN THE TERRORIST ATTACK.")
    assert out and all(f.perpetrator is not None and f.perpetrator.name == "FMLN" for f in out)


def test_bare_tolls_of_one_side_are_combatants() -> None:
    def groups(text: str) -> list[tuple[str, str, int | None]]:
        return [(f.outcome, f.group, f.low) for f in figures(text)]
    assert groups("THE ARMED FORCES SUSTAINED 7 DEAD AND 15 WOUNDED IN THE REBEL ASSAULT ON THE BARRACKS.") == [
        ("killed", "combatants", 7), ("injured", "combatants", 15)]
    assert groups("AMONG THE SUBVERSIVES THERE WERE 40 DEAD AND 25 WOUNDED, THE HIGH COMMAND SAID.") == [
        ("killed", "combatants", 40), ("injured", "combatants", 25)]
    assert groups("THE BULLETIN SAYS THERE ARE 14 DEAD AND 30 WOUNDED AMONG THE ARMY RANKS AND 5 DEAD AMONG "
                  "THE CIVILIANS.")[:2] == [("killed", "combatants", 14), ("injured", "combatants", 30)]
    assert groups("THE GUERRILLAS SUFFERED MORE THAN 300 DEATHS DURING THE WEEK.")[0][1] == "combatants"
    assert groups("The strike left 12 dead and 30 wounded among the residents.") == [
        ("killed", "people", 12), ("injured", "people", 30)]
    assert groups("Fighting between the army and the rebels left 40 dead.") == [("killed", "people", 40)]


def test_a_typed_author_stays_typed_before_a_lower_case_word() -> None:
    for text in ("Two civilians were killed by urban guerrillas in the capital.",
                 "TWO CIVILIANS WERE KILLED BY URBAN GUERRILLAS IN THE CAPITAL."):
        (f,) = figures(text)
        assert f.perpetrator is not None and f.perpetrator.name == "urban guerrillas", text
    (f,) = figures("Shelling by the paramilitary Rapid Support Forces killed 12 villagers on Monday.")
    assert f.perpetrator is not None and f.perpetrator.name == "Rapid Support Forces"
