"""Bare counts after a killing verb: "killing one and wounding four", and elliptical counts that
take their group from a counted victim, never from the unharmed attacker ("a gunman"). Sentences
are ours."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> set[tuple[str, str, int | None]]:
    return {(f.outcome, f.group, f.low) for f in extract(Document(id="d", text=text))}


@pytest.mark.parametrize("text, want", [
    ("A roadside bomb exploded near the bus station, killing one and wounding four.",
     {("killed", "people", 1), ("injured", "people", 4)}),
    # three hit, one of them dead: two wounded (extract/hitcounts)
    ("A gunman shot three people outside a bar, killing one.", {("killed", "people", 1), ("injured", "people", 2)}),
    ("The drone struck a car on the highway, killing one, the governor said.", {("killed", "people", 1)}),
])
def test_a_bare_one_after_a_killing_verb_counts(text: str, want: set[tuple[str, str, int]]) -> None:
    assert _figs(text) == want


def test_one_of_a_named_group_is_not_a_bare_one() -> None:
    assert _figs("Troops killed one of the gunmen who attacked the checkpoint.") == set()


@pytest.mark.parametrize("text, want", [
    ("A gunman opened fire on worshippers, killing two and wounding four.",
     {("killed", "people", 2), ("injured", "people", 4)}),
    # the bomber's own death is a figure of its own (combatants), never the victims' group
    ("A suicide bomber blew himself up at a checkpoint, killing three and wounding 11.",
     {("killed", "combatants", 1), ("killed", "people", 3), ("injured", "people", 11)}),
    ("Five farmers were killed and 12 wounded in the raid.",
     {("killed", "civilians", 5), ("injured", "civilians", 12)}),
])
def test_elliptical_counts_take_the_victims_group(text: str, want: set[tuple[str, str, int]]) -> None:
    assert _figs(text) == want


@pytest.mark.parametrize("text", [
    "The strike killed 12 people. Relatives said the victims were buried on Friday.",
    "The strike killed 12 people. Their relatives buried them in the village cemetery on Friday.",
])
def test_mourners_are_not_the_dead(text: str) -> None:
    assert _figs(text) == {("killed", "people", 12)}


def test_a_name_that_reads_said_is_no_speech_verb() -> None:
    text = ("The union said that three reporters, Said Haddad, Omar Nasser and Lina Aziz, were killed "
            "in the strike.")
    assert ("killed", "civilians", 3) in _figs(text)  # reporters are civilians


@pytest.mark.parametrize("text", [
    "The clinic received 14 wounded and five who had been killed in the shelling.",
    "Paramedics brought in 14 wounded people, as well as five who had already died.",
])
def test_a_coordinated_count_keeps_its_own_relative_clause(text: str) -> None:
    got = _figs(text)
    assert ("killed", "people", 5) in got and ("injured", "people", 5) not in got
