"""Counts that are not new casualty figures (civcas.extract.statusparts): a part of the wounded told
only by its hospital status, and lives saved.  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document


def figures(text: str) -> list[tuple[str, int | None]]:
    doc = Document(id="s", text="Shooting at a bowling alley\n\n" + text)
    return [(f.outcome, f.low) for f in extract(doc, published=dt.date(2019, 3, 4))]


@pytest.mark.parametrize(("text", "part"), [
    ("SPRINGFIELD, Ill. -- A man opened fire inside a bowling alley on Saturday night, killing one "
     "person and wounding five others, police said. Two of the injured officers were still in the "
     "hospital on Monday, the chief said.", 2),
    ("SPRINGFIELD, Ill. -- A gunman wounded four customers at a bowling alley on Saturday, police "
     "said. The county hospital admitted all four; three of those patients stayed in intensive care.", 3),
    ("SPRINGFIELD, Ill. -- Six people were hurt when a man fired into a crowded bowling alley on "
     "Saturday, police said. One was treated at the scene and released; the others were taken to "
     "Memorial Hospital.", 1),
    ("SPRINGFIELD, Ill. -- A gunman shot seven people at a bowling alley on Saturday, police said. "
     "One of the wounded deputies, a 12-year veteran of the force, was treated and released on Sunday.", 1),
])
def test_a_hospital_status_of_part_of_the_wounded_is_no_new_count(text: str, part: int) -> None:
    got = figures(text)
    assert ("injured", part) not in got
    assert any(o == "injured" and (n or 0) > part for o, n in got)


@pytest.mark.parametrize(("text", "part"), [
    # a harm of the part is a new fact: it counts
    ("SPRINGFIELD, Ill. -- Five people were hurt at the bowling alley on Saturday, police said. "
     "Two of the injured officers were shot in the chest, the chief said.", 2),
    # who the part is: a breakdown of its own
    ("SPRINGFIELD, Ill. -- Four people were wounded at a bowling alley on Saturday, police said. "
     "One of the injured is a sheriff's deputy who was treated and released.", 1),
])
def test_a_part_with_a_harm_or_an_identity_still_counts(text: str, part: int) -> None:
    assert ("injured", part) in figures(text)


def test_a_status_count_with_no_larger_total_still_counts() -> None:
    got = figures("SPRINGFIELD, Ill. -- Shots were fired at a bowling alley on Saturday night. Two men "
                  "were treated at Memorial Hospital for gunshot wounds, police said.")
    assert ("injured", 2) in got


@pytest.mark.parametrize("sentence", [
    "The deputy who rushed in saved dozens of lives, the sheriff said.",
    "Officials said the quick lockdown probably spared hundreds of lives.",
    "The mayor said the officers' fast response had likely saved hundreds of lives.",
])
def test_lives_saved_are_no_casualty_count(sentence: str) -> None:
    got = figures("SPRINGFIELD, Ill. -- A gunman killed two people at a bowling alley on Saturday. " + sentence)
    assert ("killed", 2) in got
    assert all(not (o == "killed" and (n or 0) >= 10) for o, n in got)


def test_lives_lost_still_count() -> None:
    got = figures("SPRINGFIELD, Ill. -- The fire at the warehouse on Saturday cost dozens of lives, "
                  "officials said.")
    assert any(o == "killed" and (n or 0) >= 10 for o, n in got)



def named(text: str) -> list[tuple[str, str, int | None, str | None]]:
    doc = Document(id="n", text="Victims of the shooting named\n\n" + text)
    return [(f.outcome, f.group, f.low, f.subgroup) for f in extract(doc, published=dt.date(2019, 3, 4))]


@pytest.mark.parametrize("text", [
    "DENVER -- A gunman killed three people at a bar on Saturday, police said. The dead were identified "
    "as Jessica Moreno, 24; Laura Finch, 31; and Peter Hale, 40.",
    "TULSA, Okla. -- Several people were shot at a backyard party in Tulsa on Sunday, and two of them died. "
    "Police identified the dead as Brianna Wells, 22, and Monique Carter, 19.",
    "MEMPHIS, Tenn. -- A shooting outside a nightclub left people dead early Sunday. The victims were "
    "identified as Marcus Hill, 27; Andre Lewis, 30; Kevin Brooks, 25; and Darnell Price, 33.",
])
def test_a_us_story_counts_no_women_or_men_from_given_names(text: str) -> None:
    got = named(text)
    assert not [g for g in got if g[3] == "named" and g[1] in ("women", "men")]


def test_a_us_story_still_counts_a_named_child_by_age() -> None:
    got = named("DENVER -- A shooting at a house party on Saturday left people dead, police said. The dead "
                "were identified as Jessica Moreno, 24; Laura Finch, 31; and Peter Hale, 14.")
    assert ("killed", "children", 1, "named") in got


def test_a_story_outside_the_us_keeps_its_named_parts_by_sex() -> None:
    got = named("KHAN YOUNIS, Gaza -- An airstrike on a family home in Khan Younis on Tuesday left people dead, "
                "medics said. The dead were identified as Huda Nassar, 38, her husband Sami Nassar, 41, and "
                "their neighbour Rami Odeh, 35.")
    assert any(g[3] == "named" and g[1] in ("women", "men") for g in got)


def numberless(text: str) -> list[tuple[str, str | None]]:
    doc = Document(id="d", text="Gunman opens fire\n\n" + text)
    return [(f.stance, f.evidence.text) for f in extract(doc, published=dt.date(2019, 3, 4)) if f.low is None]


@pytest.mark.parametrize("sentence", [
    "He did not fire at the deputies and was arrested without a struggle.",
    "She did not shoot at the officers and surrendered in the parking lot.",
    "Investigators have found no sign that he knew any of the people he shot.",
    "Officers had stopped him hours earlier and let him go because he showed no sign of being a threat.",
])
def test_a_gunmans_narrative_is_no_denial(sentence: str) -> None:
    got = numberless("RENO, Nev. -- A man fired into a crowd at a casino on Sunday, leaving two people dead "
                     "and three hurt, police said. " + sentence)
    assert got == []


@pytest.mark.parametrize("sentence", [
    "The army said its soldiers did not fire on the crowd.",
    "The coalition said it had found no sign that its aircraft struck the market.",
])
def test_a_forces_denial_still_counts(sentence: str) -> None:
    got = numberless("MOSUL, Iraq -- An airstrike killed 12 civilians in a market on Sunday, residents said. "
                     + sentence)
    assert [s for s, _ in got] == ["denied"]


def killed(text: str) -> list[int | None]:
    doc = Document(id="k", text="Shooting at a car wash\n\n" + text)
    return [f.low for f in extract(doc, published=dt.date(2019, 3, 4)) if f.outcome == "killed"]


@pytest.mark.parametrize("text", [
    "TOLEDO, Ohio -- Two men were shot dead at a car wash on Sunday afternoon, police said. Darius Cole, 31, "
    "and his cousin, Andre Cole, 28, were the two killed at the car wash.",
    "TOLEDO, Ohio -- A gunman shot and killed three people at a car wash on Sunday, police said. The three "
    "deaths raise the number of homicides in Toledo this year to 52.",
    "TOLEDO, Ohio -- Two people died after a gunman opened fire at a car wash on Sunday, police said. "
    "Detectives said the two victims were shot as they sat in their car.",
])
def test_a_definite_count_of_the_dead_told_before_is_no_new_count(text: str) -> None:
    got = killed(text)
    assert got.count(got[0]) == 1


def test_the_other_dead_are_new_people() -> None:
    got = killed("TOLEDO, Ohio -- Two men were shot dead at a car wash on Sunday, police said. Hours later, "
                 "the two other victims were found dead in a house nearby.")
    assert got.count(2) == 2


def test_another_claimant_restating_the_dead_still_counts() -> None:
    got = killed("TOLEDO, Ohio -- Two men were shot dead at a car wash on Sunday afternoon, police said. Darius "
                 "Cole, 31, and his cousin, Andre Cole, 28, were the two killed, the coroner's office said later.")
    assert got.count(2) == 2
