"""Attribution round 2: organisations unknown to actors.toml that act or speak, the author of a
later event of a story, and neutral tolls of an attack its accused denies. All sentences are the
team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.extract.newgroups import new_group
from civcas.models import Document


def figures(text: str) -> list[tuple[int | None, str | None, str | None]]:
    """(low, claimant name, perpetrator name) of the numbered figures of ``text``."""
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 2)))
    return [(f.low, f.claimant.name if f.claimant else None, f.perpetrator.name if f.perpetrator else None)
            for f in figs if f.low is not None]


@pytest.mark.parametrize(("sentence", "name"), [
    ("A group calling itself the Sons of the Northern Plains claimed responsibility for the bombing.",
     "Sons of the Northern Plains"),
    ('The previously unknown "Brigade of the Martyr Yusuf" claimed the attack on the checkpoint.',
     "Brigade of the Martyr Yusuf"),
    ("Gunmen from the Black Lions, a little-known militia, attacked the village on Sunday.", "Black Lions"),
    ("An armed group known as the Eastern Shield raided two farms near the river.", "Eastern Shield"),
    ("A previously unknown group, Ansar al-Wadi, said its fighters had stormed the base.", "Ansar al-Wadi"),
    ("The Eastern Shield claimed responsibility for the ambush in a statement.", "Eastern Shield"),
    ('A NEW GROUP CALLING ITSELF THE "RED DAWN COMMAND" CLAIMED THE BOMBING.', "RED DAWN COMMAND"),
])
def test_new_group_names(sentence: str, name: str) -> None:
    group = new_group(sentence)
    assert group is not None and group.name == name and group.kind == "belligerent"


@pytest.mark.parametrize("sentence", [
    "Smith claimed responsibility for the delay.",
    "He was known as a kind man who never missed a prayer.",
    "Police named the victim as John Smith of Dayton.",
    "The unknown gunmen fled on motorbikes.",
    # capitals: a self-naming cue's name runs to a verb (s10: "A GROUP CALLING ITSELF THE PEOPLE'S FRONT
    # CLAIMED ..." is read, test_attribution_s10_wire.py); one plain word is no group name
    "MEN CALLING THEMSELVES POLICEMEN CLAIMED THE BOMBING.",
])
def test_no_new_group(sentence: str) -> None:
    assert new_group(sentence) is None


def test_known_alias_through_new_group_form() -> None:
    group = new_group("A group calling itself Islamic State claimed the attack on the church.")
    assert group is not None and group.name == "Islamic State"


@pytest.mark.parametrize(("sentence", "name"), [
    # capitals: the name-first patterns read only a quoted name, also after unquoted capitals
    ('POLICE SAID THE "RED DAWN COMMAND" CLAIMED RESPONSIBILITY FOR THE BLAST IN THE CAPITAL.', "RED DAWN COMMAND"),
    ('THE ARMY BLAMED THE "NORTHERN LIONS", A LITTLE-KNOWN MILITIA, FOR THE AMBUSH.', "NORTHERN LIONS"),
    ("THE EASTERN SHIELD CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE BARRACKS.", None),
])
def test_new_group_in_capitals(sentence: str, name: str | None) -> None:
    group = new_group(sentence)
    assert (group.name if group is not None else None) == name


@pytest.mark.parametrize(("text", "perpetrator"), [
    ("A group calling itself the Sons of the Northern Plains claimed responsibility for the bombing, "
     "which killed 12 people at a bus station in Harsa.", "Sons of the Northern Plains"),
    ("Gunmen from the Black Lions, a little-known militia, killed 11 villagers in Harsa on Sunday, "
     "officials said.", "Black Lions"),
    ("An armed group known as the Eastern Shield killed eight farmers near Harsa on Friday, the "
     "governor said.", "Eastern Shield"),
    # named in one sentence, the toll in the next
    ("A bomb tore through a crowded market in Harsa on Friday. The previously unknown \"Brigade of the "
     "Martyr Yusuf\" claimed the attack. Police said 14 people were killed.", "Brigade of the Martyr Yusuf"),
])
def test_new_group_is_perpetrator(text: str, perpetrator: str) -> None:
    assert {p for _low, _c, p in figures(text)} == {perpetrator}


def test_new_group_speaks_as_claimant() -> None:
    got = figures("A group calling itself the Sons of the Northern Plains claimed responsibility for the "
                  "bombing, which killed 12 people at a bus station in Harsa.")
    assert got == [(12, "Sons of the Northern Plains", "Sons of the Northern Plains")]


@pytest.mark.parametrize(("text", "claimant"), [
    ("The Tamarind Valley Documentation Center, a local monitoring group, said 14 civilians were killed "
     "in the shelling of Harsa on Monday.", "Tamarind Valley Documentation Center"),
    ("The Collective for Justice and Memory of the Plains, a rights group, said about 40 people had been "
     "killed by the militia.", "Collective for Justice and Memory of the Plains"),
    ("The Free Coast Human Rights Network said at least nine people were killed when a drone struck a "
     "market in Harsa.", "Free Coast Human Rights Network"),
    ("Hassan Omar, the founder of the Harsa Relief Ambulance service, said his crews carried 20 wounded "
     "people to hospital.", "Harsa Relief Ambulance"),
])
def test_unknown_organisation_claimant(text: str, claimant: str) -> None:
    assert {c for _low, c, _p in figures(text)} == {claimant}


def test_person_before_apposition_is_no_organisation() -> None:
    # the person's role speaks (a doctor at a named hospital: the hospital), not "Ahmed Saleh"
    got = figures("Ahmed Saleh, a doctor at the Harsa General Hospital, said 15 people were killed.")
    assert {c for _low, c, _p in got} == {"Harsa General Hospital"}


def test_definite_role_takes_earlier_claimant() -> None:
    text = ("Troops opened fire on a school in the hamlet of Tal Sora on Friday, killing at least nine people, "
            "a school administrator said. The administrator said 14 people were wounded.")
    assert {c for _low, c, _p in figures(text)} == {"school administrator"}


def test_later_event_takes_its_own_author() -> None:
    text = ("Russian missiles struck the centre of Kharkiv on Monday morning, killing five people, the "
            "regional governor said. Russian forces have repeatedly shelled the city. On Tuesday, in a "
            "separate attack across the border, Ukrainian drones hit an oil depot in the Russian city of "
            "Belgorod. Three people were killed there, the Belgorod governor said.")
    got = {low: p for low, _c, p in figures(text)}
    assert got == {5: "Russian forces", 3: "Ukrainian forces"}


DISPUTED = ("A Saudi-led coalition air strike hit a wedding party in the village of Wadi Sura on Monday, "
            "residents said. Medical officials said "
            "at least 40 people were killed. The Saudi-led coalition denied that its aircraft had carried "
            "out the attack, saying it had conducted no air operations in the area.")


def test_a_denied_attack_keeps_its_alleged_author() -> None:
    # the perpetrator is the party alleged to have done it, even when it denies (the denial is a
    # figure of its own, and grading marks the incident contested)
    got = {low: p for low, _c, p in figures(DISPUTED)}
    assert got == {40: "Saudi-led coalition"}


def test_harm_denial_keeps_author() -> None:
    # the coalition denies the harm, not the strike: the author stays
    text = ("A Saudi-led coalition air strike hit a wedding party in the village of Wadi Sura on Monday. Medical "
            "officials said at least 40 people were killed. The coalition said it was not aware of any "
            "civilian casualties.")
    assert {low: p for low, _c, p in figures(text)} == {40: "Saudi-led coalition"}


def test_blaming_claimant_keeps_author() -> None:
    # the toll's own sentence makes the coalition act
    text = ("Medical officials said a Saudi-led coalition air strike on a wedding party in Wadi Sura killed "
            "at least 40 people on Monday. The coalition denied carrying out any raids there.")
    assert {low: p for low, _c, p in figures(text)} == {40: "Saudi-led coalition"}
