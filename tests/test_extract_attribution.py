"""Claimants and perpetrators (civcas.extract.actors and their use in extract)."""

from __future__ import annotations

import pytest

from civcas.extract import canonical_actor, claimant_in, extract, find_actors, load_actors
from civcas.models import Document, Figure


def first(text: str) -> Figure:
    out = extract(Document(id="a", text=text))
    assert out, text
    return out[0]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Coalition strikes killed 12 civilians in the town, the Syrian Observatory for Human Rights said.",
     "Syrian Observatory for Human Rights", "monitor"),
    ("According to Airwars, at least 40 civilians died in the raid.", "Airwars", "monitor"),
    ("State news agency SANA gave a toll of six dead in the rocket attack.", "SANA", "media"),
    ("The health ministry told AFP that 12 people were killed.", "health ministry", "government"),
    ("Reuters, citing the Observatory, said nine people died in the shelling.",
     "Syrian Observatory for Human Rights", "monitor"),
    ("AFP quoted the Britain-based monitor as saying nine people died.",
     "Syrian Observatory for Human Rights", "monitor"),
    ("Nine people were killed, said a doctor at the main hospital.", "medical sources", "medical"),
    ("Local activists said eight villagers were killed in the shelling.", "local activists", "local"),
    ("The United Nations said 14 civilians were killed.", "United Nations", "un"),
    ("Amnesty International said 30 civilians died.", "Amnesty International", "ngo"),
    ("The Israeli army said two soldiers were killed.", "Israeli military", "belligerent"),
    ("The regional governor said 98 people had been wounded.", "regional governor", "government"),
])
def test_claimant(text: str, name: str, kind: str) -> None:
    f = first(text)
    assert f.claimant is not None
    assert (f.claimant.name, f.claimant.kind) == (name, kind)


def test_outlet_voice_is_unattributed() -> None:
    f = first("More than 350,000 people have died in Syria's war since 2011.")
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == ("unattributed", "unattributed")


def test_anaphora_resolves_to_last_claimant() -> None:
    text = ("The Syrian Observatory for Human Rights said warplanes struck the town before sunrise.\n\n"
            "The monitor said 23 civilians were killed. It added that dozens were wounded.")
    out = extract(Document(id="b", text=text))
    assert [f.claimant.name for f in out if f.claimant] == ["Syrian Observatory for Human Rights"] * 2


def test_reported_speech_in_next_sentence() -> None:
    text = "Eleven civilians died in the air raid on the bakery. That is what the Observatory said."
    f = first(text)
    assert f.claimant is not None and f.claimant.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("A coalition airstrike killed 12 civilians near the dam.", "US-led coalition"),
    ("Strikes by Russian warplanes killed 18 people in the market.", "Russian forces"),
    ("Saudi-led coalition air raids killed 9 people in Saada.", "Saudi-led coalition"),
    ("Israeli strikes killed 20 people in the camp overnight.", "Israeli military"),
    ("Shelling by Ukrainian forces killed three people in the city.", "Ukrainian forces"),
    ("Seven civilians were killed by IS snipers as they fled.", "Islamic State"),
    ("Barrel bombs dropped by regime helicopters killed 11 people.", "Syrian government"),
])
def test_perpetrator(text: str, perpetrator: str) -> None:
    f = first(text)
    assert f.perpetrator is not None and f.perpetrator.name == perpetrator


def test_unknown_perpetrator_and_document_fallback() -> None:
    p = first("Unknown gunmen shot dead four men at a checkpoint.").perpetrator
    assert p is not None and (p.name, p.text, p.identified) == ("unidentified gunmen", "Unknown gunmen", False)
    text = ("Russian warplanes pounded the eastern districts on Monday.\n\n"
            "The strike on the hospital killed 14 people, medics said.")
    out = extract(Document(id="c", text=text))
    assert out[0].perpetrator is not None and out[0].perpetrator.name == "Russian forces"


def test_claimant_is_not_perpetrator_span() -> None:
    f = first("Twelve civilians died in the strike, the coalition said.")
    assert f.claimant is not None and f.claimant.name == "US-led coalition"


def test_actor_data_is_consistent() -> None:
    actors = load_actors()
    names = [a.name for a in actors]
    assert len(names) == len(set(names))
    kinds = {"monitor", "belligerent", "government", "un", "ngo", "medical", "media", "local"}
    for a in actors:
        assert a.kind in kinds and a.role in ("perpetrator", "claimant", "both")
        assert all(len(c) == 2 and c.isupper() for c in a.countries)
    assert canonical_actor("Daesh") is not None and canonical_actor("Daesh").name == "Islamic State"  # type: ignore[union-attr]
    assert canonical_actor("CJTF-OIR").name == "US-led coalition"  # type: ignore[union-attr]
    assert canonical_actor("Ansar Allah").name == "Houthis"  # type: ignore[union-attr]


def test_short_acronyms_need_exact_case() -> None:
    assert [m.entry.name for m in find_actors("IS fighters and the UN")] == ["Islamic State", "United Nations"]
    assert find_actors("this is un-usual") == []
    assert find_actors("THE FMLN SAID IT IS READY") and all(
        m.entry.name != "Islamic State" for m in find_actors("THE FMLN SAID IT IS READY"))


def test_claimant_in_returns_none_without_attribution() -> None:
    assert claimant_in("The raid killed five people.") is None


def test_typed_unnamed_perpetrator() -> None:
    f = first("Four peasants were killed by urban guerrillas near the bridge.")
    assert f.perpetrator is not None and (f.perpetrator.name, f.perpetrator.kind) == ("urban guerrillas", "belligerent")


def test_citing_a_generic_source_keeps_the_speaker() -> None:
    f = first("The city council said, citing witnesses, that around 250 people had died.")
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == ("city council", "government")


def test_actor_prefilter_never_hides_an_alias() -> None:
    import re

    from civcas.extract.actors import may_name_actor

    for a in load_actors():
        for alias in a.aliases:
            text = f"Reports said {alias} was involved."
            words = set(re.findall(r"[a-z]+", text.lower()))
            assert may_name_actor(text, words), alias
    assert not may_name_actor("nothing to see here", {"nothing", "to", "see", "here"})


def test_owner_is_not_the_attacker() -> None:
    text = ("An air strike hit a prison run by the Houthis in Saada, killing 70 people. "
            "The Saudi-led coalition denied carrying out air strikes there.")
    f = extract(Document(id="o", text=text))[0]
    assert f.perpetrator is None or f.perpetrator.name != "Houthis"


def test_apposition_gives_the_speaker_kind() -> None:
    f = first("The director of the city hospital, Ahmed Saleh, told reporters that 40 wounded had arrived.")
    assert f.claimant is not None and f.claimant.kind == "medical"


# ------------------------------------------------------------------ theatres (generic names)

def test_document_theatre_ranks_countries() -> None:
    from civcas.extract.theatre import demonym, document_theatre

    text = "Jets struck a market in Saada. Yemen's Houthi-run ministry said; a Syrian envoy condemned it."
    assert document_theatre(text)[0] == "YE"
    assert document_theatre("Nothing about any country here.") == ()
    assert demonym("SO") == "Somali" and demonym("XX") is None


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("In Yemen, coalition air strikes killed nine people at a wedding in Hajjah province, medics said.",
     "Saudi-led coalition"),
    ("Coalition air strikes killed nine people near Raqqa in northern Syria, activists said.", "US-led coalition"),
    ("Regime barrel bombs killed 11 people in Aleppo, Syria, rescuers said.", "Syrian government"),
    ("In Myanmar, junta aircraft bombed a village in Sagaing, killing 30 people, local media said.",
     "Myanmar military"),
    ("The army shelled a market in El Fasher, Sudan, killing 14 people, doctors said.", "Sudanese Armed Forces"),
])
def test_theatre_alias_follows_the_story(text: str, perpetrator: str) -> None:
    f = first(text)
    assert f.perpetrator is not None and f.perpetrator.name == perpetrator


def test_theatre_alias_outside_its_theatre_names_nobody() -> None:
    text = ("SAN SALVADOR, 3 MAY 90 -- FOUR PEASANTS WERE KILLED WHEN A BOMB EXPLODED IN USULUTAN. "
            "AN AMERICAN ADVISER AND THE COALITION OF OPPOSITION PARTIES CONDEMNED THE ATTACK.")
    out = extract(Document(id="sv", text=text))
    assert out and all(f.perpetrator is None or f.perpetrator.name not in ("US-led coalition",)
                       for f in out)


def test_generic_words_need_a_theatre() -> None:
    assert [m.entry.name for m in find_actors("the army said", theatre=())] == []
    assert [m.entry.name for m in find_actors("the army said", theatre=("SD",))] == ["Sudanese Armed Forces"]
    assert [m.entry.name for m in find_actors("US forces said", theatre=("SO",))] == ["US Africa Command"]
    assert [m.entry.name for m in find_actors("US forces said", theatre=("YE",))] == ["US-led coalition"]
    assert canonical_actor("army") is None


# ------------------------------------------------------------------ perpetrators: victims, accusers

@pytest.mark.parametrize(("text", "perpetrator"), [
    # the named group is among the victims
    ("A US Africa Command drone strike in the Lower Shabelle region killed seven al-Shabaab militants and "
     "three farmers.", "US Africa Command"),
    # a counter-accusation inside a denial
    ("Jets struck a prison in Saada, Yemen, killing 60 inmates. The Saudi-led coalition dismissed the "
     "reports as false and accused the Houthis of fabricating the scene.", "Saudi-led coalition"),
    # the claim of responsibility (the claimer is the perpetrator)
    ("A suicide bomber killed 20 people at a checkpoint near Kabul airport. "
     "ISIS-K, the Afghan branch of the group, claimed responsibility through its news agency.", "Islamic State"),
    ("The bus bombing was blamed on the Shining Path, which killed six passengers near Ayacucho.",
     "Shining Path"),
    ("Five farmers died after M-19 guerrillas ambushed the convoy near Cali.", "M-19"),
])
def test_perpetrator_side(text: str, perpetrator: str) -> None:
    out = [f for f in extract(Document(id="p", text=text)) if f.low is not None]
    assert out and out[0].perpetrator is not None and out[0].perpetrator.name == perpetrator


def test_victim_and_accuser_scores() -> None:
    from civcas.extract.perpetrators import perpetrator_score

    s = "The raid killed two senior Hamas officials, the army said."
    [m] = [m for m in find_actors(s) if m.entry.name == "Hamas"]
    assert perpetrator_score(s, m) == -1
    s = "The FMLN blamed the army for the massacre."
    [m] = find_actors(s)
    assert perpetrator_score(s, m) == -1
    s = "Coalition aircraft hit the market at noon."
    [m] = find_actors(s)
    assert perpetrator_score(s, m) > 0


def test_typed_perpetrator_names_are_stable() -> None:
    from civcas.extract.perpetrators import generic_perpetrator

    a = generic_perpetrator("The judge was killed by an urban guerrilla commando.")
    b = generic_perpetrator("Two guards were killed by urban guerrillas.")
    assert a is not None and b is not None and a.name == b.name == "urban guerrillas"
    c = generic_perpetrator("Death squads, acting with impunity, are most certainly to blame for the murders.")
    assert c is not None and c.name == "death squads"


# ------------------------------------------------------------------ claimants: stable names

@pytest.mark.parametrize(("text", "name", "kind"), [
    # a role noun whose name comes later in the story
    ("At least 30 civilians were killed in the raid, a monitoring group said.\n\n"
     "The Syrian Observatory for Human Rights warned that the toll may climb.",
     "Syrian Observatory for Human Rights", "monitor"),
    ("Another group of citizen journalists said 87 people had died.", "citizen journalists", "local"),
    ("The head of the Anbar health directorate said 17 people were killed.", "Anbar health directorate",
     "government"),
    ("Information Minister Ahmed Warsame said 12 people were killed in Mogadishu, Somalia.", "Somali government",
     "government"),
    ("Police said two people were killed in Mogadishu, Somalia.", "Somali police", "government"),
    ("Police said three people were shot dead outside a bar in Dayton, Ohio.", "police", "government"),
    ("A spokesman for the Harris County Sheriff's Office said one man died.", "Harris County sheriff's office",
     "government"),
    ("Residents reached by telephone said nine people were killed.", "residents", "local"),
    ("Hospital officials said 28 people had died.", "hospital officials", "medical"),
    ("KYIV, May 2 (Reuters) - Russia's defence ministry said it had killed 40 Ukrainian soldiers.",
     "Russian Ministry of Defence", "belligerent"),
    ("The Syrian army denied using the weapons, saying six people died in a rebel depot.",
     "Syrian government", "belligerent"),
])
def test_claimant_stable_names(text: str, name: str, kind: str) -> None:
    f = first(text)
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == (name, kind)


def test_time_words_are_no_claimant() -> None:
    f = first("Gunmen killed at least 40 farmers in Borno, Nigeria, the UN coordinator said on Sunday.")
    assert f.claimant is not None and f.claimant.name != "on Sunday"


def test_admission_verb_makes_the_speaker_the_perpetrator() -> None:
    f = first("The US military acknowledged on Tuesday that an air strike in Kandahar killed 10 "
              "civilians rather than fighters, as it had first said.")
    assert f.claimant is not None and f.claimant.name == "US-led coalition"
