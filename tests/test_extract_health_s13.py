"""Code-health review (s13_health): shared helpers and data read in one place.

Every sentence here is the team's own.  The extraction output of the dev and synthetic corpora is
unchanged by these refactors; the tests pin the shared pieces and their near misses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from civcas.extract.acts import act_words
from civcas.extract.hitcounts import also_at
from civcas.extract.lexicon import lexicon
from civcas.extract.numbers import parse_number
from civcas.extract.victimitems import Person, tables
from civcas.extract.victimnames import name_key
from civcas.extract.victimread import _co_owners
from civcas.extract.victimroster import described_as, grown_keys, sex

_EXTRACT = Path(__file__).resolve().parents[1] / "src" / "civcas" / "extract"


# --- who acts: one list of force nouns and act verbs (acts.toml) ------------------------------------

@pytest.mark.parametrize("after", [" troops were patrolling the ridge", " helicopters hovered over Ordo",
                                   " urban commandos set fire to a bus", " detachment at the bridge"])
def test_a_force_or_a_unit_after_a_name_is_eventish(after: str) -> None:
    assert act_words().eventish.match(after[:20]) is not None


@pytest.mark.parametrize("after", [" fire brigades arrived", " spokesman said", " was founded in 1984"])
def test_no_force_after_a_name_is_not_eventish(after: str) -> None:
    assert act_words().eventish.match(after[:20]) is None


@pytest.mark.parametrize("after", [" had reportedly ambushed a convoy near Tolva", " strafed the pier at dawn",
                                   " shot and killed two guards", " machinegunned the checkpoint"])
def test_an_act_verb_right_after_a_name_acts(after: str) -> None:
    assert act_words().acts_after.match(after) is not None


def test_a_name_with_no_act_after_it_does_not_act() -> None:
    assert act_words().acts_after.match(" was founded in 1984 by farmers") is None
    assert act_words().acts_after.match(" helicopters were patrolling the bay") is None


def test_the_idle_check_reads_the_same_force_nouns_and_more_act_words() -> None:
    w = act_words()
    assert w.force_after.match(" elite troops were resting") is not None  # (one word may stand between)
    assert w.force_after.match(" detachment at the bridge") is None  # a single unit: eventish only
    assert w.act_in_clause.search("were blamed for the raid on Tolva") is not None
    assert w.act_in_clause.search("have held their hill positions for a week") is None


# --- "also" read in one place ----------------------------------------------------------------------

def test_also_at_finds_the_also_of_a_single_person_hit() -> None:
    lows = ["a", "cashier", "was", "also", "shot", "in", "the", "arm"]
    assert also_at(lows, 2, 5) == 3
    assert also_at(lows, 3, 4) == 3
    assert also_at(lows, 4, 8) == -1  # (not in the range)
    assert also_at(["she", "was", "shot"], 0, 9) == -1


# --- kunya words from givennames.toml --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Samir Odeh (Abu Tariq) was killed in the strike.",
                                  "Rana Khalil “Umm Yousef” died with her neighbours.",
                                  "Huda Nasser (Im Karim) was among the dead."])
def test_a_parents_byname_after_a_name_shows_the_person_grown(text: str) -> None:
    assert grown_keys(text, key=name_key)


def test_abu_inside_a_family_name_is_no_byname() -> None:
    assert not grown_keys("Samir Abu Tariq was killed in the strike.", key=name_key)


# --- closed tens from the lexicon ------------------------------------------------------------------

@pytest.mark.parametrize(("word", "value"), [("fortyseven", 47), ("twentyone", 21), ("ninetynine", 99)])
def test_closed_tens_are_read_from_the_lexicon(word: str, value: int) -> None:
    got = parse_number([word, "peasants"], 0, lexicon())
    assert got is not None and got[0] == value and got[2] == "word"


@pytest.mark.parametrize("word", ["twentyzero", "thirtyten", "fortydozen", "seventies"])
def test_not_a_closed_ten(word: str) -> None:
    assert parse_number([word, "peasants"], 0, lexicon()) is None


# --- kinship co-owners from the loaded tables ------------------------------------------------------

def test_the_first_of_two_owners_of_a_kinship_noun_is_blanked() -> None:
    t = tables()
    assert t.co_owner is not None
    text = "killed were Omar and Lina's son Adam"
    out = _co_owners(text, t)
    assert len(out) == len(text) and "Omar" not in out and "Lina's son Adam" in out


def test_a_longer_name_before_and_is_not_blanked() -> None:
    text = "killed were Marwan Qasem and Lina's son Adam"
    assert _co_owners(text, tables()) == text


# --- one sex() and one noun-class helper -----------------------------------------------------------

def test_sex_reads_kinship_words_first_then_the_given_name() -> None:
    assert sex(Person(gender="-", given="f")) == "f"
    assert sex(Person(gender="m", given="f")) == "m"
    assert sex(Person()) == "-"


def test_described_as_fills_only_what_a_persons_own_words_leave_unknown() -> None:
    persons = [Person(name="Dalia"), Person(name="Sami", gender="m"), Person(name="Noor", age="adult")]
    got = described_as(persons, "f", "child")
    assert [(p.gender, p.age) for p in got] == [("f", "child"), ("m", "child"), ("f", "adult")]
    kept = described_as(persons, "f", "child", keep_sexed=True)
    assert [(p.gender, p.age) for p in kept] == [("f", "child"), ("m", "-"), ("f", "adult")]


# --- the lexicon's [links] read once ----------------------------------------------------------------

def test_toll_span_verbs_come_with_the_lexicon() -> None:
    lex = lexicon()
    assert {"recorded", "estimated"} <= lex.recorded_as
    assert "ranged" in lex.range_verbs and "killed" not in lex.range_verbs


# --- module size ------------------------------------------------------------------------------------

def test_no_extraction_module_is_over_450_lines() -> None:
    long = {p.name: n for p in _EXTRACT.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert not long
