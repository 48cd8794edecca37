"""Code-health items of session 14 (s14_health): public names for what another extract module
imports, "guerillas" as a force noun again, the theatre for a clause's actor, a state's human-rights
office, the ordinal-of-a-run scope cue, kin pairs who speak, and a lone death at another town.
All sentences are written for these tests."""

from __future__ import annotations

import ast
import datetime as dt
import pathlib

import pytest

from civcas.extract import extract
from civcas.extract.acts import act_words
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_owners import clause_actor
from civcas.extract.counts import find_counts
from civcas.extract.lexicon import lexicon
from civcas.extract.scope import _ORDINAL_OF, event_tally
from civcas.extract.text import tokenize
from civcas.models import Document

_EXTRACT = pathlib.Path(__file__).resolve().parents[1] / "src" / "civcas" / "extract"


# --- 1. what another module imports has a public name ------------------------------------------

def test_no_extract_module_imports_a_private_name_of_another() -> None:
    found = []
    for path in sorted(_EXTRACT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("civcas.extract."):
                found += [(path.stem, node.module, a.name) for a in node.names if a.name.startswith("_")]
    assert found == []


# --- 2. both spellings of guerrillas are force nouns ---------------------------------------------

@pytest.mark.parametrize("noun", ["guerrillas", "guerillas", "guerilla"])
def test_both_spellings_of_guerrillas_are_force_nouns(noun: str) -> None:
    w = act_words()
    assert w.eventish.match(f" {noun} opened fire") is not None
    assert w.force_after.match(f" {noun}") is not None


@pytest.mark.parametrize("text, actor", [
    ("Police said FARC guerillas raided a farm on Friday, killing two farmhands.", "FARC"),
    ("The army said EPL guerillas ambushed a patrol near the bridge, killing three soldiers.", "EPL"),
    ("The army said URNG guerillas attacked a hamlet on Monday, killing six peasants.", "URNG"),
])
def test_a_group_whose_guerillas_act_is_the_author(text: str, actor: str) -> None:
    figs = extract(Document(id="d", text=text))
    assert figs and all(f.perpetrator is not None and f.perpetrator.name == actor for f in figs)


def test_a_word_that_is_no_force_noun_is_not_read_as_one() -> None:
    assert act_words().force_after.match(" gardeners") is None


# --- 3. a clause's actor is read in the document's theatre ---------------------------------------

@pytest.mark.parametrize("theatre, name", [(("CO",), "Colombian armed forces"), (("SV",), "Salvadoran armed forces")])
def test_a_clause_actor_named_the_army_is_the_theatres_army(theatre: tuple[str, ...], name: str) -> None:
    c = clause_actor("By evening the army had revised its count, reporting", 10, theatre=theatre)
    assert c is not None and c.actor.name == name and c.start == 10 + len("By evening ")


def test_with_no_theatre_the_army_of_a_clause_is_no_one() -> None:
    assert clause_actor("By evening the army had revised its count, reporting", 0) is None


# --- 4. a state's human-rights office is government ------------------------------------------------

@pytest.mark.parametrize("text", [
    "the human rights office of the attorney general",
    "the state prosecutor's human rights unit",
    "the Interior Ministry's human rights department",
    "the police human rights office in the province",
])
def test_a_state_bodys_human_rights_office_is_government(text: str) -> None:
    assert guess_kind(text) == "government"


@pytest.mark.parametrize("text, kind", [
    ("the UN human rights office in the capital", "un"),
    ("the human rights office of the archdiocese", "ngo"),
    ("a non-government human rights office", "ngo"),
    ("the Centre for Human Rights of the northern region", "ngo"),
])
def test_other_human_rights_offices_keep_their_kind(text: str, kind: str) -> None:
    assert guess_kind(text) == kind


# --- 5. the ordinal of a run of deaths needs a period of the run, not one event's time -----------

@pytest.mark.parametrize("text", [
    "He was the third of four men shot dead on the east side this month.",
    "She is the second of two cyclists killed on county roads in three weeks.",
    "The boy was the fourth of six people shot within 48 hours.",
])
def test_one_of_a_run_of_deaths_over_a_period_is_a_tally(text: str) -> None:
    assert _ORDINAL_OF.search(text.lower()) is not None and event_tally(text.lower())


@pytest.mark.parametrize("text", [
    "He was the second of three guards killed in the ambush last week.",
    "She was the first of two riders who died within hours.",
    "He is the last of four brothers who died in the days after the crash.",
    "The clerk was the first of two men shot in a robbery this week.",
])
def test_one_of_one_events_dead_with_its_time_is_no_run(text: str) -> None:
    assert _ORDINAL_OF.search(text.lower()) is None


# --- 6. a kin pair who speaks is not two victims ---------------------------------------------------

def _counted(text: str) -> list[str]:
    toks = tokenize(text)
    return [toks[m.count.start].low for m in find_counts(toks, lexicon())]


@pytest.mark.parametrize("text", [
    "A week after the sisters were shot and killed their parents spoke to reporters.",
    "Once the girls were shot their grandparents tearfully recalled the night.",
    "Since the boys were wounded their parents have spoken daily to reporters.",
])
def test_a_pair_that_speaks_after_a_trigger_is_not_counted(text: str) -> None:
    assert "their" not in _counted(text)


@pytest.mark.parametrize("text", [
    "The gunman shot and killed their parents in the kitchen.",
    "Their parents were killed when a shell hit the house.",
    "Gunmen killed their parents, the children told reporters.",
])
def test_a_pair_that_is_harmed_is_two(text: str) -> None:
    assert "their" in _counted(text)


def test_parents_who_speak_after_a_wounding_are_no_injured() -> None:
    figs = extract(Document(id="d", text="Since the boys were wounded their parents have spoken daily to reporters."))
    assert not any(f.outcome == "injured" and f.low == 2 for f in figs)


# --- 7. a lone death at another town is no part of the toll before it -----------------------------

def _killed(text: str) -> list[tuple[int | None, bool]]:
    figs = extract(Document(id="d", text=text, published=dt.date(2017, 3, 10)))
    return [(f.low, f.part_of is not None) for f in figs if f.outcome == "killed"]


@pytest.mark.parametrize("text", [
    "Three people were killed in a shooting in Fairview on Friday, police said. Hours later, a 19-year-old "
    "man was shot dead in Kenton.",
    "Five people were killed in a fire in Lorton on Monday. Later a woman was found dead in Hale.",
])
def test_a_lone_death_at_another_town_is_a_toll_of_its_own(text: str) -> None:
    assert (1, False) in _killed(text)


@pytest.mark.parametrize("text", [
    "Two people died in a shooting in Fairview on Friday. A girl, 6, was killed on Mill Street.",
    "Four men were shot dead in Ardmore County on Friday. One man was killed in Ardmore.",
    "Three people were killed in a shooting in Fairview on Friday. A 19-year-old man was shot dead "
    "in the Eastgate neighborhood.",
])
def test_a_lone_death_at_a_part_of_the_same_place_stays_one_of_the_dead(text: str) -> None:
    singles = [part for n, part in _killed(text) if n == 1]
    assert singles and all(singles)
