"""Denials with no number: a party's denial of the attack or of the harm is a figure with null bounds,
qualifier exact, stance denied, the denier as claimant and perpetrator; a denial of another matter is
none; a denial of the harm alone disputes no authorship. All sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.models import Figure
from extract_helpers import figures_on

DAY = date(2022, 7, 2)
LEAD = "A car bomb killed 14 people at a bus station in the northern town on Monday, police said. "
STRIKE = "An air strike on a crowded market killed 23 civilians on Tuesday, local officials said. "


def _denials(text: str, needle: str) -> list[Figure]:
    return [f for f in figures_on(text, DAY) if needle in f.evidence.text and f.stance == "denied"
            and f.low is None and f.high is None]


@pytest.mark.parametrize("sentence", [
    "The military said it had not targeted any convoy.",
    "The defence ministry stated that there were no civilians in the compound at the time.",
    "A Russian army spokesman told reporters its pilots \"do not work on civilian objects\".",
    "The coalition said the allegation had been assessed as \"non-credible\".",
    "An Israeli army statement insisted \"no IDF fire\" was aimed at the queue of lorries.",
    "The military said a review \"did not indicate\" that its troops had fired at the building.",
    "The command said that the only casualties were armed enemy combatants.",
    "A military source said reports of a strike on the market were \"lies\".",
    "The defence ministry said no Russian aircraft had flown over the province that day.",
    "Syria's defence ministry said no Syrian jets had operated in the area and called the images \"fakes\".",
])
def test_numberless_denial_shapes(sentence: str) -> None:
    got = _denials(STRIKE + sentence, sentence[:25])
    assert len(got) == 1
    f = got[0]
    assert f.qualifier == "exact" and f.scope == "incident"
    assert f.claimant is not None and f.perpetrator is not None


@pytest.mark.parametrize("sentence", [
    "A NAVY SPOKESMAN STATED THAT \"NO SAILOR OF THIS FLEET PLAYED ANY ROLE\" IN THE KILLINGS.",
    "THE ARMY REJECTED THE ACCUSATION, SAYING ITS TROOPS HAD \"NO PART WHATSOEVER\" IN THE ATTACK.",
    "THE DEFENCE MINISTER STATED THAT \"NO SOLDIER OF THE NATIONAL ARMY\" WAS INVOLVED IN THE AMBUSH.",
    "A police spokesman said none of its officers had played any part in the shooting.",
])
def test_quoted_denials_of_a_part(sentence: str) -> None:
    assert len(_denials(LEAD + sentence, sentence[:25])) == 1


@pytest.mark.parametrize("sentence", [
    "The militia denied carrying out the attack.",
    "The interior ministry denied the reports.",
    "Asked about the bombing, a rebel spokesman denied it.",
    "The army denied that its soldiers had fired on the bus.",
])
def test_bare_verb_that_denies_the_act(sentence: str) -> None:
    assert len(_denials(LEAD + sentence, sentence[:25])) == 1


@pytest.mark.parametrize("sentence", [
    "Aid workers were denied entry to the camp.",
    "The government denied that the talks had failed.",
    "The family denied he was a member of the group.",
    "The army did not deny that its troops were in the town.",
    "The militia denied that it had recruited children.",
    "Officials said there were no civilians left in the village after the evacuation.",
    "A defence official rejected the allegation that the dead were fishermen with no weapons.",
    "It said it had judged 105 of the 127 allegations non-credible.",
])
def test_near_misses_deny_nothing(sentence: str) -> None:
    assert _denials(LEAD + sentence, sentence[:25]) == []


@pytest.mark.parametrize("sentence", [
    "The insurgents insisted they had nothing to do with the market blast and denounced all violence against civilians.",
    "The militia denied any role in the blast and said it opposed attacks that kill civilians.",
    "The group said it played no part in the bombing, adding that it never harms civilians.",
])
def test_plural_in_a_denial_is_no_figure(sentence: str) -> None:
    figs = [f for f in figures_on(LEAD + sentence, DAY) if sentence[:25] in f.evidence.text]
    assert len(figs) == 1 and figs[0].low is None and figs[0].stance == "denied"


@pytest.mark.parametrize("text", [
    "KABUL -- A bomb hidden in a fuel tanker killed 31 people outside a bank in Kabul on Sunday, health "
    "officials said. The Taliban claimed responsibility for the attack on the bank but denied having "
    "anything to do with a blast at a mosque in Herat.",
    "MOGADISHU -- A car bomb killed 22 people at a checkpoint in Mogadishu on Saturday, police said. "
    "Al-Shabaab claimed credit for the checkpoint bombing but denied carrying out a mortar attack on the airport.",
    "KABUL -- Islamic State claimed responsibility for the suicide bombing of a wedding hall in Kabul but "
    "rejected reports that it had attacked a school the same day, a spokesman said. The bombing killed "
    "40 people, officials said.",
])
def test_claim_of_one_attack_and_denial_of_another(text: str) -> None:
    numberless = [f for f in figures_on(text, DAY) if f.low is None and f.high is None]
    assert sorted(f.stance for f in numberless) == ["asserted", "denied"]
    assert len({f.claimant.name for f in numberless if f.claimant is not None}) == 1


@pytest.mark.parametrize("sentence", [
    "THE GUERRILLA GROUP SAID IT HAD NOTHING TO DO WITH THE KIDNAPPINGS.",
    "THE REBEL COMMAND DENIED ANY INVOLVEMENT IN THE ABDUCTION OF THE ENGINEERS.",
    "A POLICE SPOKESMAN SAID NO OFFICER HAD TAKEN PART IN THE KIDNAPPING.",
])
def test_denial_of_an_abduction_is_detained(sentence: str) -> None:
    text = "ARMED MEN SHOT DEAD TWO GUARDS AT A DAM SITE ON MONDAY, POLICE SAID. " + sentence
    got = _denials(text, sentence[:25])
    assert [f.outcome for f in got] == ["detained"]


STRUCK = ("KYIV -- A missile struck a shopping street in Mykolaiv on Tuesday, killing 11 people, a hospital "
          "said. Ukrainian officials blamed Russia for the strike. ")


def _toll_perpetrator(text: str) -> str | None:
    toll = next(f for f in figures_on(text, DAY) if f.low == 11)
    return toll.perpetrator.name if toll.perpetrator else None


@pytest.mark.parametrize("sentence", [
    "A Kremlin spokesman said Russian units do not work on civilian objects.",
    "Russia's defence ministry insisted there was no civilian in the building at the time.",
    "Russia's defence ministry said the only casualties were Ukrainian soldiers.",
    "Russia's defence ministry said the allegation had been assessed as non-credible.",
])
def test_denial_of_the_harm_alone_disputes_no_author(sentence: str) -> None:
    assert _toll_perpetrator(STRUCK + sentence) == "Russian forces"


@pytest.mark.parametrize("sentence", [
    "Russia's defence ministry said no Russian aircraft had struck the city that day.",
    "Russia's defence ministry denied carrying out the strike.",
    "Russia's defence ministry said its forces had nothing to do with the strike.",
])
def test_denial_of_the_act_disputes_the_author(sentence: str) -> None:
    assert _toll_perpetrator(STRUCK + sentence) is None


@pytest.mark.parametrize("text", [
    "LIMA -- Relatives told reporters that troops entered the hamlet in Ayacucho on Friday and shot dead 12 "
    "farmers. The army denied any involvement in the killings.",
    "LIMA -- Survivors told a radio station that soldiers entered the village in Ayacucho at dawn and killed "
    "12 peasants. The army said it had nothing to do with the deaths.",
    "LIMA -- Residents said that soldiers arrived in the village in Ayacucho on Monday and killed 12 farmers. "
    "The army denied that its troops had killed anyone in the village.",
])
def test_accusers_own_words_keep_the_denier(text: str) -> None:
    """The accuser's sentence makes the denier's own typed forces act ("soldiers ... killed"): its
    figure keeps the army though the army denies."""
    toll = next(f for f in figures_on(text, DAY) if f.low == 12)
    assert toll.perpetrator is not None and toll.perpetrator.name == "Peruvian armed forces"


def test_forces_named_without_the_act_do_not_keep_the_denier() -> None:
    # near miss: soldiers only linked with the killing in the accuser's words; the army denies the act
    text = ("LIMA -- Residents said the arrest of five soldiers linked with the killing of 12 farmers in Ayacucho "
            "had angered the village. The army denied that any soldier took part in the killing.")
    toll = next(f for f in figures_on(text, DAY) if f.low == 12)
    assert toll.perpetrator is None or toll.perpetrator.name != "Peruvian armed forces"


@pytest.mark.parametrize("sentence", [
    "A CALLER WHO SAID HE SPOKE FOR THE GUERRILLA GROUP TOLD A RADIO STATION THAT IT \"IS NOT HOLDING ANY FOREIGNER.\"",
    "The militia insisted that the aid workers were never abducted by its fighters.",
    "A rebel spokesman said the movement was not holding any hostages from the convoy.",
])
def test_denial_of_holding_people_is_detained(sentence: str) -> None:
    got = _denials(LEAD + sentence, sentence[:25])
    assert [f.outcome for f in got] == ["detained"]


@pytest.mark.parametrize("sentence", [
    "Police said the suspect was never arrested.",
    "The gunman was never arrested, police said.",
])
def test_a_fact_of_no_arrest_is_no_denial(sentence: str) -> None:
    assert _denials(LEAD + sentence, sentence[:25]) == []
