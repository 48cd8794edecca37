"""Document-level authorship: disputed attacks (civcas.extract.disputes: when the accused denies an
attack the story never says it carried out, a figure keeps the party its own claimant blames, else no
perpetrator), one side's losses (civcas.extract.sidelosses), claims and signatures in wire copy."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def perps(text: str) -> dict[int | None, str | None]:
    """Perpetrator name by low bound of each figure with a number."""
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="d", text=text)) if f.low is not None}


_BLAMED = ("An air strike hit a wedding tent in the village of Beit Zaid on Monday, killing at least 43 people, "
           "doctors at the district hospital said. Residents blamed the Saudi-led coalition. A spokesman for "
           "the Saudi-led coalition denied that its aircraft had carried out the attack.")


def test_a_denied_attack_blamed_by_others_has_no_perpetrator_for_a_neutral_figure() -> None:
    assert perps(_BLAMED)[43] is None


def test_a_stated_author_stays_when_it_denies_harm() -> None:
    text = _BLAMED.replace("An air strike hit", "Saudi-led coalition aircraft hit").replace(
        "denied that its aircraft had carried out the attack", "denied that any civilians had been harmed")
    assert perps(text)[43] == "Saudi-led coalition"


def test_an_admitted_strike_keeps_its_author() -> None:
    text = ("An air strike hit a crowded market in the town of Dera on Tuesday, killing at least 51 people, "
            "health workers said. Rebels blamed the Ethiopian military. A military spokesman confirmed an air "
            "strike on the town, calling the gathering a rebel meeting, and denied that civilians were killed.")
    assert perps(text)[51] == "Ethiopian military"


def test_the_accuser_keeps_its_blame_and_the_others_do_not() -> None:
    text = ("Air strikes hit the main square of Kafr Sajna on Sunday. The Syrian Observatory for Human Rights "
            "said 17 civilians were killed. Rescue workers said they had recovered 22 bodies. The Observatory "
            "attributed the strikes to Russian aircraft. The Russian defence ministry denied the reports.")
    got = perps(text)
    assert got[17] == "Russian forces" and got[22] is None


def test_two_possible_authors_leave_a_neutral_speaker_without_one() -> None:
    text = ("A hospital in the town of Tell Rifaat was hit by missiles on Monday, and medics said 14 people "
            "were killed. Russian warplanes struck the clinic, the Syrian Observatory for Human "
            "Rights reported. The charity said either Syrian government or Russian aircraft had struck it. The "
            "Russian defence ministry denied the reports.")
    assert perps(text)[14] is None


def test_fire_of_an_actor_makes_it_act() -> None:
    from civcas.extract.actors import find_actors
    from civcas.extract.perpetrators import perpetrator_score

    def score(sentence: str) -> int:
        m = next(x for x in find_actors(sentence) if x.entry.name == "Israeli military")
        return perpetrator_score(sentence, m)

    assert score("The family's car came under Israeli fire near the roundabout, killing four.") > 0
    assert score("Israeli fire services said four people were killed in the blaze at the depot.") == 0


# ---------------------------------------------------------------- one side's losses (sidelosses.py)

_CLASH = ("SAN SALVADOR, 4 MAR 90 -- [TEXT] FMLN GUERRILLAS ATTACKED AN ARMY POST NEAR SUCHITOTO "
          "LAST NIGHT. A MILITARY SPOKESMAN SAID THAT {} IN THE FIGHTING.")


def test_the_insurgents_dead_are_the_armys_act() -> None:
    assert perps(_CLASH.format("NINE GUERRILLAS WERE KILLED"))[9] == "Salvadoran armed forces"


def test_the_soldiers_dead_are_the_insurgents_act() -> None:
    text = ("SAN SALVADOR, 4 MAR 90 -- [TEXT] AN ARMY PATROL CLASHED WITH FMLN REBELS NEAR SUCHITOTO LAST "
            "NIGHT. THE ARMY BOMBED REBEL POSITIONS ON THE GUAZAPA VOLCANO, AND SEVEN SOLDIERS WERE KILLED IN "
            "THE FIGHTING.")
    assert perps(text)[7] == "FMLN"


def test_civilians_killed_keep_the_attacker() -> None:
    assert perps(_CLASH.format("FIVE PEASANTS WERE KILLED"))[5] == "FMLN"


# ---------------------------------------------------------------- claims and signatures in wire copy


def test_a_group_in_capitals_that_claims_the_attack_is_named() -> None:
    from civcas.extract.newgroups import new_group

    got = new_group("THE RED DAWN REVOLUTIONARY FRONT (FRAR) CLAIMED RESPONSIBILITY FOR THE BOMBING IN A CALL TO "
                    "A RADIO STATION.")
    assert got is not None and got.name == "Red Dawn Revolutionary Front"
    assert new_group("THE INTERIOR MINISTER SAID THE POLICE WOULD FIND THOSE RESPONSIBILITY FOR THE BOMBING.") is None


def test_the_signature_of_a_group_makes_it_the_author() -> None:
    text = ("Gunmen opened fire on a bus outside the courthouse in Medellin on Monday, killing four people, police "
            "said. The justice minister said the attack bore the signature of the Medellin Cartel.")
    assert perps(text)[4] == "Medellin Cartel"
    text = text.replace("bore the signature of", "was condemned by rivals of")
    assert perps(text)[4] == "unidentified gunmen"


def test_us_strikes_outside_the_coalition_theatres_carry_the_coalition_name() -> None:
    text = ("SANAA, Yemen -- US air strikes hit a fuel depot near the port of Hodeidah overnight, killing 31 people, "
            "the Houthi-run health ministry said.")
    assert perps(text)[31] == "US-led coalition"
    somali = text.replace("SANAA, Yemen", "MOGADISHU, Somalia").replace("port of Hodeidah", "port of Kismayo").replace(
        "the Houthi-run health ministry", "a local official")
    assert perps(somali)[31] == "US Africa Command"


def _stances(text: str) -> list[str]:
    return [f.stance for f in extract(Document(id="n", text=text))]


def test_never_residential_areas_is_a_denial() -> None:
    base = ("KHARTOUM -- An air strike hit a market in Bahri on Sunday, killing 17 people, the health ministry "
            "said. The RSF blamed the army. A military spokesman said its jets {}.")
    assert "denied" in _stances(base.format("strike only rebel bases and never residential neighbourhoods"))
    assert "denied" not in _stances(base.format("strike rebel bases in residential neighbourhoods"))


def test_the_side_an_offensive_drives_out_is_no_author() -> None:
    from civcas.extract.actors import find_actors
    from civcas.extract.perpetrators import perpetrator_score

    def score(sentence: str) -> int:
        m = next(x for x in find_actors(sentence) if x.entry.name == "Houthis")
        return perpetrator_score(sentence, m)

    assert score("Government troops began a push in May to take the coastal town from the Houthis.") == 0
    assert score("Two children were killed by shelling from the Houthis on the town, medics said.") > 0
