"""Unidentified perpetrators ("unknown gunmen", "a suicide bomber"), speakers versus attackers, and
their use in linking (civcas.extract.typed, civcas.extract.actors, civcas.link.features)."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.typed import generic_perpetrator, unidentified_perpetrator
from civcas.models import Actor, Document


def perp(text: str) -> Actor | None:
    out = [f for f in extract(Document(id="u", text=text)) if f.low is not None]
    assert out, text
    return out[0].perpetrator


@pytest.mark.parametrize(("text", "name", "written"), [
    ("Unknown gunmen shot dead three traders at the market on Tuesday.", "unidentified gunmen", "Unknown gunmen"),
    ("Masked men stormed the guesthouse and killed four aid workers.", "unidentified gunmen", "Masked men"),
    ("Two armed men on a motorbike opened fire on the bus, killing six passengers.", "unidentified gunmen",
     "Two armed men"),
    ("The mayor was shot dead near his home by two men riding a motorcycle.", "unidentified gunmen", "two men"),
    ("Two civilians were killed by a group of unidentified individuals who fired from a car.",
     "unidentified gunmen", "a group of unidentified individuals"),
    ("Unidentified assailants killed three farmers near the village on Sunday.", "unidentified gunmen",
     "Unidentified assailants"),
    ("A suicide bomber blew himself up at the mosque entrance, killing 14 worshippers.", "suicide bomber",
     "A suicide bomber"),
    ("Police said the shooter killed three people before fleeing the store.", "gunman", "the shooter"),
    ("A lone gunman killed five people at a nightclub, police said.", "gunman", "A lone gunman"),
])
def test_unidentified_attackers_are_reported(text: str, name: str, written: str) -> None:
    p = perp(text)
    assert p is not None and (p.name, p.text, p.identified) == (name, written, False)


@pytest.mark.parametrize("text", [
    "The bodies of two unidentified men were found on the roadside.",
    "Soldiers killed three gunmen after the ambush.",
    "Two attackers were killed by the guards.",
    "Two men were killed when the roof collapsed.",
    "A photo showed the body of an unidentified man said to have died in the same strike.",
    "Medics named the victims as a baker, his son and two unidentified people.",
])
def test_victims_are_no_unidentified_attackers(text: str) -> None:
    assert unidentified_perpetrator(text) is None


def test_typed_perpetrators_stay_identified() -> None:
    a = generic_perpetrator("Four peasants were killed by urban guerrillas near the bridge.")
    assert a is not None and a.identified and a.name == "urban guerrillas"
    b = generic_perpetrator("The engineer was killed by unknown terrorists.")
    assert b is not None and not b.identified and b.name == "unidentified gunmen"


def test_named_group_wins_over_the_unidentified_attacker() -> None:
    p = perp("Unknown gunmen killed four soldiers; al-Shabaab claimed responsibility for the attack.")
    assert p is not None and p.name == "al-Shabaab" and p.identified
    text = ("A suicide bomber killed 31 people at a wedding hall in the capital.\n\n"
            "Islamic State, in a statement on its news agency, claimed responsibility for the bombing.")
    p = perp(text)
    assert p is not None and p.name == "Islamic State"


# ------------------------------------------------------------------ speakers are not attackers

def test_a_communique_speaker_is_not_the_main_perpetrator() -> None:
    text = ("SAN SALVADOR, 3 MAR 90 -- [COMMUNIQUE] [FMLN GENERAL COMMAND] [TEXT] THE FMLN STATES THAT "
            "THE AIR FORCE BOMBED THE HAMLET OF EL ZAPOTE IN CHALATENANGO THIS MORNING.\n\n"
            "AS A RESULT OF THE BOMBING, FOUR PEASANTS WERE KILLED AND SIX WERE WOUNDED.\n\n"
            "THE FMLN CALLS ON THE PEOPLE TO DENOUNCE THESE CRIMES.")
    out = [f for f in extract(Document(id="c", text=text)) if f.low is not None]
    assert out and all(f.perpetrator is not None and f.perpetrator.name == "Salvadoran armed forces" for f in out)


def test_a_party_merely_named_yields_to_the_typed_author() -> None:
    text = ("TALKS BETWEEN THE GOVERNMENT AND THE FMLN WERE SUSPENDED ON MONDAY IN SAN SALVADOR.\n\n"
            "THREE UNION LEADERS WERE KILLED BY A DEATH SQUAD ON SUNDAY NIGHT.\n\n"
            "TWO BYSTANDERS WERE ALSO WOUNDED DURING THE ATTACK.")
    out = [f for f in extract(Document(id="t", text=text)) if f.low is not None]
    assert out and all(f.perpetrator is not None and f.perpetrator.name == "death squads" for f in out)


def test_the_accused_of_an_accusation_is_the_alleged_perpetrator() -> None:
    p = perp("The army accused the FMLN of the ambush in San Miguel, El Salvador, which killed two soldiers.")
    assert p is not None and p.name == "FMLN"


# ------------------------------------------------------------------ linking

def test_linking_treats_unidentified_as_compatible() -> None:
    from civcas.link import link
    from civcas.link.config import link_config
    from civcas.link.factory import actor, figure, place
    from civcas.link.features import pair_score, summarise

    town = place("baidoa", 3.11, 43.65, country="SO")
    unknown = Actor(name="unidentified gunmen", text="unknown gunmen", kind="belligerent", identified=False)
    named = actor("al-Shabaab", "belligerent")
    other = actor("Somali army", "belligerent")
    cfg = link_config()
    a = summarise([figure("a1", doc="da", low=7, place=town, day="2020-05-02", perpetrator=unknown)], cfg)
    b = summarise([figure("b1", doc="db", low=7, place=town, day="2020-05-02", perpetrator=named)], cfg)
    c = summarise([figure("c1", doc="dc", low=7, place=town, day="2020-05-02", perpetrator=other)], cfg)
    assert a.perpetrators == frozenset()
    ab, bc = pair_score(a, b, cfg), pair_score(b, c, cfg)
    assert ab is not None and bc is not None and ab > bc
    (inc,) = link([figure("a1", doc="da", low=7, place=town, day="2020-05-02", perpetrator=unknown),
                   figure("b1", doc="db", low=7, place=town, day="2020-05-02", perpetrator=named)])
    assert inc.perpetrator is not None and inc.perpetrator.name == "al-Shabaab"


def test_a_deniers_counter_accusation_does_not_make_the_main_perpetrator() -> None:
    text = ("A missile struck the bus station in Kramatorsk, Ukraine, on Friday, killing 31 people.\n\n"
            "Russia's defence ministry denied that its forces had fired at the station. It said the "
            "missiles of that type are used only by the Ukrainian army.\n\n"
            "Another 60 people were wounded, the city's mayor said.")
    out = [f for f in extract(Document(id="d", text=text)) if f.low is not None]
    assert out and all(f.perpetrator is None or f.perpetrator.name != "Ukrainian forces" for f in out)


def test_a_denying_belligerent_is_the_alleged_perpetrator_of_its_denial() -> None:
    text = ("An air strike hit a market in Hodeidah, Yemen, killing 20 people, medics said.\n\n"
            "The coalition denied having carried out any air raids on the city that day.")
    denial = [f for f in extract(Document(id="y", text=text)) if f.stance == "denied" and f.low is None]
    assert denial and denial[0].perpetrator is not None and denial[0].perpetrator.name == "Saudi-led coalition"
    text = ("A missile hit the station in Kramatorsk, Ukraine, killing 30 people, officials said.\n\n"
            "Russia's defence ministry denied its soldiers had shot at the station.")
    denial = [f for f in extract(Document(id="r", text=text)) if f.stance == "denied" and f.low is None]
    assert denial and denial[0].perpetrator is not None and denial[0].perpetrator.name == "Russian forces"


def test_a_speaker_saying_it_did_the_act_is_the_perpetrator() -> None:
    p = perp("KHARKIV, Ukraine - Russia's defence ministry said on Monday that it had killed 70 Ukrainian "
             "soldiers in a missile strike on a school.")
    assert p is not None and p.name == "Russian forces"


def test_an_owner_is_no_typed_perpetrator() -> None:
    assert generic_perpetrator("Most deaths were in areas controlled by the government at the time.") is None
    assert generic_perpetrator("The hostages were held by the rebels for a week.") is None
