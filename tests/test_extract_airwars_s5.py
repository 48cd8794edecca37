"""Figure families of monitors' incident assessments (Airwars-style narratives that quote several
sources), round s5: the 12-24 reading of "dozens" and lists of named victims introduced by the
names a source reported. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


@pytest.mark.parametrize("text", [
    "Local outlets said two people were killed and dozens injured when the shell hit the camp.",
    "A Telegram channel run by residents reported dozens of wounded being taken to the field hospital.",
    "A woman died and a large number of people were hurt in the blast, rescuers said.",
    "Residents said a large number were wounded when the second missile struck the square.",
])
def test_dozens_and_a_large_number_read_twelve_to_twenty_four(text: str) -> None:
    (f,) = [f for f in figs(text) if f.outcome == "injured"]
    assert (f.low, f.high, f.qualifier) == (12, 24, "vague")


def killed_named(text: str) -> list[tuple[str, str, str]]:
    """(name key, gender, age class) of every person ``text`` names as killed."""
    from civcas.extract.text import sentences
    from civcas.extract.victimdoc import collect

    return [(" ".join(v.key), v.gender, v.age) for v in collect(text, sentences(text)) if v.outcome == "killed"]


LEAD = "An alleged airstrike hit the Haddad family home in Maghazi camp on 4 March, killing seven civilians. "


@pytest.mark.parametrize(("text", "names"), [
    # the names a source reported, after a dash or "as follows"
    (LEAD + "His nephew reported the names of the victims on Telegram – Omar Haddad (52), Ruba Haddad (49) "
     "and Yazan Haddad (11).", ["omar haddad", "ruba haddad", "yazan haddad"]),
    (LEAD + "A neighbour shared four names of those killed in the strike: Omar Haddad, Ruba Haddad, "
     "Yazan Haddad and Tala Haddad.", ["omar haddad", "ruba haddad", "yazan haddad", "tala haddad"]),
    # "... listed their names – ..."
    (LEAD + "A cousin mourned them on Instagram and listed their names – Omar Haddad, his wife Ruba and "
     "their son Yazan Haddad.", ["omar haddad", "ruba", "yazan haddad"]),
    # "other relatives who were killed include ..."
    (LEAD + "Other relatives who were killed include Omar Haddad (52), Ruba Haddad (49) and Yazan Haddad "
     "(11).", ["omar haddad", "ruba haddad", "yazan haddad"]),
])
def test_lists_of_names_a_source_reported(text: str, names: list[str]) -> None:
    assert [k for k, _g, _a in killed_named(text)] == names


def test_an_age_in_months_in_brackets_is_a_child_and_the_list_goes_on() -> None:
    got = killed_named(LEAD + "His nephew reported the names of the victims: Omar Haddad (52), Tala Haddad "
                       "(4 months), Ruba Haddad (49) and Yazan Haddad (11).")
    assert [(k, a) for k, _g, a in got] == [("omar haddad", "adult"), ("tala haddad", "child"),
                                            ("ruba haddad", "adult"), ("yazan haddad", "child")]


def test_a_pregnant_daughter_in_law_does_not_end_the_list() -> None:
    got = killed_named(LEAD + "Relatives posted the names of the victims: Omar Haddad, his wife Ruba Saleh, "
                       "their pregnant daughter-in-law Dima Kassem and their son Yazan Haddad.")
    assert [k for k, _g, _a in got] == ["omar haddad", "ruba saleh", "dima kassem", "yazan haddad"]
    assert got[2][1:] == ("f", "adult")


def test_plural_kin_words_spell_out_named_persons() -> None:
    got = killed_named(LEAD + "Her granddaughters Maya Haddad, 12, and Jana Haddad were also killed, and so "
                       "were her aunts Huda Haddad and Salwa Haddad.")
    assert [(k, g) for k, g, _a in got][:2] == [("maya haddad", "f"), ("jana haddad", "f")]


def counted(text: str) -> set[tuple[str, str, int | None, int | None]]:
    return {(f.outcome, f.group, f.low, f.high) for f in figs(text) if f.subgroup != "named"}


@pytest.mark.parametrize("text", [
    "A cousin of the family, Rami Haddad, listed in an Instagram post the names of the relatives who were "
    "killed in the strike.",
    "A brother of the slain nurse posted on Facebook a photo of the colleagues who were killed with her.",
    "One neighbour, Huda Saleh, mourned on X the children who were killed in the strike.",
])
def test_a_speaker_who_publishes_the_dead_is_not_counted(text: str) -> None:
    assert not {c for c in counted(text) if c[2] == 1}


@pytest.mark.parametrize("text", [
    "A woman named Huda Saleh (not the Huda Saleh listed above) was reported injured.",
    "Two civilians, listed as missing on Sunday, were killed in the strike, the civil defence said.",
])
def test_a_participle_inside_the_subject_keeps_the_count(text: str) -> None:
    assert {c for c in counted(text) if c[0] in ("killed", "injured")}


@pytest.mark.parametrize(("text", "total", "part"), [
    ("Relatives said that his uncle and two cousins were killed in the strike on the camp.", 3,
     ("killed", "men", 1, 1)),
    ("The shell killed her aunt, her daughter-in-law and three of her grandchildren.", 5,
     ("killed", "women", 1, 1)),
])
def test_uncles_aunts_and_in_laws_are_counted_kin(text: str, total: int,
                                                  part: tuple[str, str, int, int]) -> None:
    got = counted(text)
    assert ("killed", "people", total, total) in got
    assert part in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine people died when the shell struck the clinic. The victims of the shelling of the clinic included "
     "at least three children and two women.",
     {("killed", "children", 3, None), ("killed", "women", 2, 2)}),
    ("The victims were members of the Haddad and Saleh families and included four children.",
     {("killed", "children", 4, 4)}),
    ("The dead in the second strike included a paramedic and two boys, local outlets said.",
     {("killed", "children", 2, 2)}),
])
def test_a_long_subject_of_the_dead_that_included_parts(text: str,
                                                        expected: set[tuple[str, str, int, int | None]]) -> None:
    assert expected <= counted(text)


def test_victims_taken_to_hospital_are_not_read_as_dead() -> None:
    got = counted("The victims, who were taken to hospital with shrapnel wounds, included two teenagers.")
    assert not {c for c in got if c[0] == "killed"}


@pytest.mark.parametrize("text", [
    "A quadcopter fired on a tent in Mawasi on 2 June, killing a man. A local channel said others were "
    "wounded but gave no figure.",
    "A quadcopter fired on a tent in Mawasi on 2 June, killing a man. Two news pages mentioned civilian "
    "\u201cinjuries\u201d without specifying how many.",
    "A quadcopter fired on a tent in Mawasi on 2 June. Injuries were also reported among the displaced.",
    "A quadcopter fired on a tent in Mawasi on 2 June, killing a man. Neighbours wished a speedy recovery "
    "to the wounded.",
    "A quadcopter fired on a tent in Mawasi on 2 June, killing a man. The number of wounded people remains "
    "unknown.",
    "A quadcopter fired on a tent in Mawasi on 2 June, killing a man; \u201ca number\u201d of others were "
    "reported wounded.",
])
def test_injured_in_the_plural_with_a_number_disclaimer(text: str) -> None:
    assert [(f.low, f.high, f.qualifier) for f in figs(text) if f.outcome == "injured"] == [(2, None, "vague")]


@pytest.mark.parametrize("text", [
    "The army said the strike on the depot caused no deaths and no injuries.",
    "Doctors reported injuries to his legs after the quadcopter fired on him.",
])
def test_negated_or_one_persons_injuries_stay_out(text: str) -> None:
    assert not [f for f in figs(text) if f.outcome == "injured" and f.low == 2]


@pytest.mark.parametrize(("text", "expected"), [
    ("Footage from the hospital showed the bodies of three male children killed in the shelling.",
     ("killed", "children", 3, 3)),
    ("A woman and a female teenager were killed when the drone struck their tent.",
     ("killed", "children", 1, 1)),
])
def test_male_or_female_before_a_child_noun_counts_children(text: str,
                                                           expected: tuple[str, str, int, int]) -> None:
    got = counted(text)
    assert expected in got
    assert not {c for c in got if c[1] == "men"}


@pytest.mark.parametrize("text", [
    "Footage showed at least five killed and injured children being carried out of the ambulance.",
    "Nine killed and wounded people were brought to the field clinic after the strike.",
])
def test_participles_before_a_person_noun_count_casualties_not_deaths(text: str) -> None:
    assert not [f for f in figs(text) if f.outcome in ("killed", "injured") and f.low is not None]


def test_a_count_with_its_own_objects_keeps_both_tolls() -> None:
    assert {("killed", "people", 12, 12), ("injured", "people", 30, 30)} <= counted(
        "Twelve killed and 30 wounded were reported after the strike on the market.")
