"""Session 13, Airwars-style narratives: relative clauses without commas before a death verb,
the roster completeness gate against the median stated toll, starred children,
counted grown persons named after their count, a parent's byname
beside an age, and kin a relative "lost".  All sentences are the team's own."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on, named_parts, roster

DAY = date(2024, 3, 5)


def _killed(text: str) -> set[tuple[str, int | None, int | None]]:
    return {(f.group, f.low, f.high) for f in figures_on(text, DAY) if f.outcome == "killed"}


# --- a relative clause set off by no commas -------------------------------------------------------

def test_bare_relative_clause_keeps_the_subject():
    names = {r[0] for r in roster(
        "A 52-year old Samir Khalil Odeh who was described by neighbours as a teacher was killed "
        "together with his 40-year old wife Rania Odeh.")}
    assert {"samir khalil odeh", "rania odeh"} <= names


def test_bare_relative_clause_with_a_byname():
    names = {r[0] for r in roster(
        "Karim Haddad (Abu Sami) who was the imam of the local mosque was killed with his brother Fadi Haddad.")}
    assert "karim haddad" in names


def test_bare_relative_clause_near_misses():
    # the speaker of a clause is no victim; an unnamed subject names nobody
    assert [r[0] for r in roster("Lina Aziz who is a nurse at the clinic said her cousin Rami Aziz was killed.")] \
        == ["rami aziz"]
    assert roster("The neighbour who was sheltering Omar Haddad was killed in the strike.") == []


# --- completeness against the median toll ------------------------------------------------------

_HIGH_CLAIM = (
    "On Monday an air strike on a house in Rafah killed 12 civilians, according to the civil defence, "
    "though one local page claimed that as many as 60 people were killed. The dead were identified as "
    "45-year-old Samer Odeh, his 40-year-old brother Karim Odeh, his 38-year-old brother Fadi Odeh, "
    "their 50-year-old cousin Walid Odeh, their 70-year-old uncle Nabil Odeh and 30-year-old Hadi Odeh.")


def test_named_men_given_beside_a_far_higher_claim():
    assert named_parts(_HIGH_CLAIM).get("men", (None, None))[0] == 6


def test_named_men_not_given_when_every_toll_is_far_larger():
    text = _HIGH_CLAIM.replace("killed 12 civilians", "killed 40 civilians")
    assert "men" not in named_parts(text)


# --- starred children ----------------------------------------------------------------------------

_STARRED = (
    "On Tuesday a strike hit the Nasser home in Khan Younis. 41-year-old Omar Nasser was killed with his "
    "38-year-old wife Huda Nasser and their sons Adam Nasser*, Yazan Nasser* and Karim Nasser*.\n\n"
    "*We counted the starred victims as children from their photos and their parents' ages.")


def test_starred_names_are_children_when_a_footnote_says_so():
    parts = named_parts(_STARRED)
    assert parts.get("children", (None, None))[0] == 3
    assert parts.get("men", (None, None)) == (1, None)


def test_an_asterisk_without_the_footnote_says_nothing():
    text = _STARRED.split("\n\n")[0] + "\n\n*Names as given by relatives."
    assert named_parts(text).get("children", (0, 0))[0] != 3


# --- counted grown persons named after their count -----------------------------------------------

def test_two_men_named_after_their_count():
    got = roster("Among the identified dead were two men, Fadi Odeh and Sami Jaber, and a girl, Lina Odeh.")
    assert ("fadi odeh", "m", "adult") in got and ("sami jaber", "m", "adult") in got
    assert ("lina odeh", "f", "child") in got


def test_two_adults_named_after_their_count():
    got = {r[0]: r[2] for r in roster("Among the victims were two adults, Karim Nasser and Omar Haddad.")}
    assert got == {"karim nasser": "adult", "omar haddad": "adult"}


# --- a parent's byname beside an age -------------------------------------------------------------

def test_byname_and_age_in_one_parenthesis():
    got = roster("Huda Saleh (Umm Karim, 60) and her husband Fathi Saleh (Abu Karim) were killed in the strike.")
    assert ("huda saleh", "f", "adult") in got or ("huda saleh", "-", "adult") in got
    assert not any("karim" in r[0] for r in got)


# --- kin a relative lost -------------------------------------------------------------------------

def test_kin_a_relative_lost():
    names = {r[0] for r in roster(
        "Her nephew wrote that he had lost his uncle Fathi Odeh and his aunt Lama in the strike.")}
    assert {"fathi odeh", "lama"} <= names


def test_lost_without_kin_and_name_is_no_death():
    assert roster("The farmer lost his leg and his tractor in the strike on Monday.") == []
    assert roster("She lost contact with her cousin Karim Odeh after the strike.") == []


# --- companions after a strike named with adjectives ---------------------------------------------

def test_companions_after_an_alleged_strike():
    names = {r[0] for r in roster(
        "Nadia Barakat died in the reported Israeli bombardment together with her daughters, "
        "9-year-old Layla Barakat and Mira Barakat.")}
    assert {"nadia barakat", "layla barakat", "mira barakat"} <= names


def test_a_thing_hit_with_the_building_is_no_companion():
    assert roster("The building was hit in the alleged airstrike along with the family car, Rami said.") == []
