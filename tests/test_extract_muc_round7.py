"""Wire-copy perpetrators, round 7: attackers described but not named (civcas.extract.described),
drug-trade names in Colombian stories (local aliases of the Medellin Cartel). Own sentences."""

from __future__ import annotations

import pytest

from civcas.extract import canonical_actor, extract
from civcas.extract.described import described_attacker
from civcas.extract.typed import generic_perpetrator
from civcas.models import Actor, Document


def perps(text: str) -> list[Actor | None]:
    return [f.perpetrator for f in extract(Document(id="r7", text=text)) if f.low is not None]


@pytest.mark.parametrize(("text", "written"), [
    ("THE TAX COLLECTOR WAS GUNNED DOWN BY TWO YOUTHS ON A MOTORBIKE OUTSIDE HIS OFFICE.",
     "TWO YOUTHS ON A MOTORBIKE"),
    ("A guard was wounded by one of the rioters near the gate.", "one of the rioters"),
    ("The notary was stabbed by a young woman carrying a shopping bag, witnesses said.",
     "a young woman carrying a shopping bag"),
    ("THE CAR BOMB WAS PLACED BY SOME 20 MEN WEARING POLICE UNIFORMS, THE MAYOR SAID.",
     "SOME 20 MEN WEARING POLICE UNIFORMS"),
    ("The councilman was killed by a shot fired from a .38 revolver by a member of the Farmers League.",
     "a member of the Farmers League"),
    ("Officials said the massacre was perpetrated by professionals.", "professionals"),
    ("A MAN DRESSED AS A STREET VENDOR OPENED FIRE ON THE GUARDS AND KILLED TWO OF THEM.",
     "A MAN DRESSED AS A STREET VENDOR"),
    ("The judge was leaving court when a young man approached him and shot him twice.", "a young man"),
    ("Someone threw a grenade into the crowded bar on Friday night.", "Someone"),
    ("Near the bridge a band of unidentified persons this morning wounded the district attorney.",
     "a band of unidentified persons"),
])
def test_described_attackers_keep_their_words(text: str, written: str) -> None:
    a = generic_perpetrator(text)
    assert a is not None and (a.name, a.text, a.identified) == ("unidentified gunmen", written, False)


def test_a_terrorist_acting_is_typed() -> None:
    a = described_attacker("The minister died at the airport when a terrorist shot him at the gate.")
    assert a is not None and (a.name, a.text, a.identified) == ("terrorists", "a terrorist", True)


@pytest.mark.parametrize("text", [
    "Officials counted between 40 and 50 people killed and more than 90 injured in the blast.",
    "Two men wounded in the crossfire were taken to the provincial hospital.",
    "Police said four persons wounded, including a child, were in serious condition.",
    "Relatives said 12 members of the Odeh family were killed in the night.",
    "He was driven to the clinic by a young man from the village and died there.",
    "The bodies of three young men were found in a ditch near the highway.",
])
def test_victims_and_helpers_are_no_described_attackers(text: str) -> None:
    assert described_attacker(text) is None


def test_described_attacker_of_the_next_sentence_is_the_figure_author() -> None:
    got = perps("LIMA, 3 MAR 90 -- A RETIRED GENERAL DIED TODAY AS A RESULT OF A TERRORIST ATTACK. "
                "HE WAS SHOT FOUR TIMES BY TWO YOUNG INDIVIDUALS AS HE LEFT A BAKERY IN MIRAFLORES.")
    assert got and got[0] is not None and got[0].text == "TWO YOUNG INDIVIDUALS"


@pytest.mark.parametrize(("name", "theatre", "want"), [
    ("THE DRUG MAFIA", ("CO",), "Medellin Cartel"),
    ("drug cartels", ("CO",), "Medellin Cartel"),
    ("the drug lords", ("CO",), "Medellin Cartel"),
    ("the drug mafia", ("IT",), None),
])
def test_drug_trade_names_in_colombia(name: str, theatre: tuple[str, ...], want: str | None) -> None:
    got = canonical_actor(name, theatre=theatre)
    assert (got.name if got is not None else None) == want


# ---------------------------------------------------------------------------- the accused (extract/accused.py)

from civcas.extract.accused import accused_in  # noqa: E402


@pytest.mark.parametrize(("text", "name", "written"), [
    ("A JUDGE ISSUED ARREST WARRANTS FOR MARCO RUIZ AND TOMAS VIDAL AND CHARGED THEM WITH TAKING PART IN THE "
     "MURDER OF THE MAYOR OF TULUA.", "suspects", "MARCO RUIZ AND TOMAS VIDAL"),
    ("Police arrested three men suspected of the bombing of the bus terminal: Pedro Lara, Ivan Soto and Raul Paz.",
     "suspects", "three men: Pedro Lara, Ivan Soto and Raul Paz"),
    ("The prosecutor said that a former bodyguard was the author of the killing of the trade unionist.",
     "suspects", "a former bodyguard"),
    ("A JUDGE ORDERED THE DETENTION OF SIX MEMBERS OF THE ARMY, ON CHARGES OF TAKING PART IN THE MASSACRE OF "
     "NINE FARMERS.", "Salvadoran armed forces", "SIX MEMBERS OF THE ARMY"),
    ("The bishop said the ministry will try the four military men, including a major, charged with killing the "
     "two nurses.", "Salvadoran armed forces", "the four military men"),
    ("It is evident that the ultraleft and not the army carried out these murders.", "suspects", "the ultraleft"),
    ("The union said that those responsible for the massacre are members of the rural police.", "suspects",
     "members of the rural police"),
    ("The party accused the death squads of murdering its two deputies.", "death squads", "the death squads"),
])
def test_the_accused_of_a_killing(text: str, name: str, written: str) -> None:
    a = accused_in(text, theatre=("SV",))
    assert a is not None and (a.name, a.text) == (name, written)


@pytest.mark.parametrize("text", [
    "The defence minister denied that the army committed the murders of the three teachers.",
    "Police detained about 2,400 people suspected of taking part in the riots and the killings.",
    "The cabinet set up a commission to establish who was responsible for the ambush on the bus.",
    "Five men were detained two days ago at the harbour in connection with the car bomb.",
    "This group was behind the recent killings of union leaders, the bishop said.",
])
def test_no_accused(text: str) -> None:
    assert accused_in(text, theatre=("SV",)) is None


def test_the_accused_is_the_perpetrator_of_the_figure() -> None:
    got = perps("SAN SALVADOR, 4 MAR 90 -- THE JUDGE CHARGED TWO POLICE SERGEANTS WITH THE MURDER OF THREE "
                "STUDENTS IN SANTA TECLA.")
    assert got and got[0] is not None and got[0].text == "TWO POLICE SERGEANTS"


def test_a_speaker_is_no_named_perpetrator() -> None:
    got = perps("SAN SALVADOR, 9 JUN 89 -- [COMMUNIQUE] [TEXT] ON THE DEATH OF THE TWO JUDGES IN SONSONATE, "
                "THE FMLN [FARABUNDO MARTI FRONT] DECLARES:")
    assert got and got[0] is None


@pytest.mark.parametrize(("text", "written"), [
    ("The court heard that Luis Mora, a rancher, is believed to be the mastermind of the slaying in Neiva.", "Luis Mora"),
    ("POLICE FOUND PAPERS LINKING A RIGHTIST SQUAD WITH THE MARKET BOMBING.", "A RIGHTIST SQUAD"),
    ("A witness spoke of the participation by the secret police in the death of the two students.", "the secret police"),
    ("THE ORDER FOR THE DETENTION OF FIVE POLICEMEN LINKED WITH THE MURDER OF THE MAYOR WAS SIGNED.",
     "FIVE POLICEMEN"),
])
def test_more_accusation_forms(text: str, written: str) -> None:
    a = accused_in(text, theatre=("CO",))
    assert a is not None and a.text == written


def test_the_accused_of_a_neighbouring_sentence() -> None:
    got = perps("BOGOTA, 2 MAR 90 -- A MAGISTRATE AND HIS DRIVER WERE KILLED ON MONDAY IN PEREIRA. "
                "A PROSECUTOR SIGNED A WARRANT FOR THE ARREST OF PABLO RUEDA, WHO IS ACCUSED OF ORDERING "
                "THE TWO KILLINGS.")
    assert got and all(p is not None and p.text == "PABLO RUEDA" for p in got)


def test_troops_of_a_neighbouring_sentence_are_the_army() -> None:
    got = perps("SAN SALVADOR, 4 APR 89 -- TWO STUDENTS WERE SHOT DEAD IN MEJICANOS LAST NIGHT. "
                "THEY WERE SHOT BY TROOPS OF THE FIRST BRIGADE, NEIGHBOURS SAID.")
    assert got and got[0] is not None and got[0].name == "Salvadoran armed forces"


def test_typed_subject_with_a_place_between() -> None:
    a = generic_perpetrator("Death squads in the capital have murdered three union leaders this month.")
    assert a is not None and a.name == "death squads"


def test_a_typed_word_before_a_named_group_in_capitals() -> None:
    got = perps("SAN SALVADOR, 2 DEC 89 -- ONE OF THE 12 HOSTAGES HELD BY THE TERRORIST FMLN AT THE CLINIC WAS "
                "WOUNDED IN THE LEG.")
    assert got and got[0] is not None and got[0].name == "FMLN"


def test_soldiers_reported_dead_are_victims() -> None:
    from civcas.extract.actor_context import as_victim

    s = "THE ARMY SAID 40 REBELS AND ABOUT 12 ARMY TROOPS WERE REPORTED DEAD."
    i = s.index("ARMY TROOPS")
    assert as_victim(s, i, i + len("ARMY"))
