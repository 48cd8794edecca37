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
    ("Nine people were killed, said a doctor at the main hospital.", "doctor at the main hospital", "medical"),
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
    f = first("More than 280,000 people have been killed in Syria since 2011.")
    assert f.claimant is not None and (f.claimant.name, f.claimant.kind) == ("unattributed", "unattributed")


def test_anaphora_resolves_to_last_claimant() -> None:
    text = ("The Syrian Observatory for Human Rights said the raids hit the village at dawn.\n\n"
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
    assert first("Unknown gunmen shot dead four men at a checkpoint.").perpetrator is None
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
    f = first("The city council said, citing eyewitnesses, that about 300 people had been killed.")
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
