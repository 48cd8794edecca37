"""Given names, ages in words and list reading for the named-victim roster (victimitems, victimlist,
victimdoc, givennames).

All sentences and names are the team's own, written in the style of monitor narratives.
"""

from __future__ import annotations

import pytest

from civcas.datafiles import load_toml
from civcas.extract.givennames import fold, is_given_name, name_gender
from civcas.extract.victimitems import age_of
from extract_helpers import named_parts, roster


@pytest.mark.parametrize(("name", "gender"), [
    ("Samer Odeh", "m"), ("Lama", "f"), ("Mohamed Saleh", "m"), ("Muhammad Saleh", "m"),
    ("Ahmad Saleh", "m"), ("Hajja Salwa Odeh", "f"), ("the late Sheikh Hamad", "m"),
    ("Mrs Rania Saleh", "f"), ("Dr Samer Odeh", "m"), ("Dr Nour Odeh", "-"), ("Nour Odeh", "-"),
    ("Nour al-Din Odeh", "m"), ("Alaa Al Din Odeh", "m"), ("Abu Karim", "m"), ("Umm Rami Saleh", "f"),
    ("Abdel Karim Odeh", "m"), ("Abdullah Odeh", "m"), ("Al-Masri", "-"), ("Mus'ab Odeh", "m"),
    ("Maria Lopez", "f"), ("Jose Lopez", "m"), ("Jordan Lee", "-"), ("Qasr Odeh", "-"),
    ("Al-Waleed Odeh", "m"), ("El-Qasr", "-"),
])
def test_gender_from_the_name(name: str, gender: str) -> None:
    assert name_gender(name.split()) == gender


def test_the_name_table_is_consistent() -> None:
    raw = load_toml("extract", "givennames.toml")
    male = {fold(w) for ws in raw["male"].values() for w in ws}
    female = {fold(w) for ws in raw["female"].values() for w in ws}
    ambiguous = {fold(w) for w in raw["ambiguous"]["names"]}
    assert not male & female and not male & ambiguous and not female & ambiguous
    assert all(w.isascii() and w == w.lower() and " " not in w for w in male | female | ambiguous)
    assert is_given_name("Khaled") and is_given_name("Nour") and not is_given_name("Hospital")


@pytest.mark.parametrize(("text", "years"), [
    ("(less than a year old)", 0.0), ("not yet a year old", 0.0), ("a few months old", 0.0),
    ("(infant)", 0.0), ("(a child)", 0.0), ("(adult)", 30.0), ("in his sixties", 30.0),
    ("(a year old)", 1.0), ("13-year old", 13.0), ("(age unknown)", None), ("aged 40", 40.0),
    # ranges: a child when the upper bound is under 18, grown when the lower one is 18 or more
    ("(15 or 16 years old)", 16.0), ("(aged between 41 and 44)", 41.0), ("(7 to 9)", 9.0),
    ("(between 5 months and 1 year old)", 1.0), ("(17 to 19 years old)", None), ("between 3 and 4", None),
])
def test_ages_in_words(text: str, years: float | None) -> None:
    assert age_of(text) == years


def test_kinship_and_names_give_the_gender_and_ages_the_class() -> None:
    text = ("Samer Odeh (50) was killed in the strike on their flat alongside his two daughters, Lina "
            "Odeh (9) and Maya Odeh (less than a year old), and his brother Karim Odeh.")
    assert roster(text) == [("samer odeh", "m", "adult"), ("lina odeh", "f", "child"),
                            ("maya odeh", "f", "child"), ("karim odeh", "m", "-")]


def test_list_reading_over_separators_asides_and_occupations() -> None:
    # "along with" separates items; a long remark in brackets and a short relative clause are asides;
    # an occupation does not end the list and makes the person grown; "one of their sons" is a son
    text = ("Among the dead were Hadi Nasser (61) along with, his wife Rania Saleh (some sources gave her "
            "age as 57 instead), one of their sons, the engineer Wael Nasser, their daughter-in-law, who "
            "remains unnamed, and their grandson Tarek Nasser (7).")
    assert roster(text) == [("hadi nasser", "m", "adult"), ("rania saleh", "f", "adult"),
                            ("wael nasser", "m", "adult"), ("tarek nasser", "m", "child")]


def test_counted_kin_filled_by_aged_appositions() -> None:
    text = ("Karim Haddad was killed with his wife, Huda Aziz, and their three daughters, a 24-year-old "
            "Lina Haddad, a 20-year-old Rima Haddad, and a 15-year-old Salma Haddad.")
    assert [k for k, _g, a in roster(text)] == ["karim haddad", "huda aziz", "lina haddad", "rima haddad",
                                                 "salma haddad"]
    assert [a for _k, _g, a in roster(text)] == ["-", "adult", "adult", "adult", "child"]


def test_an_age_of_the_first_member_is_not_every_members() -> None:
    text = ("Lina Aziz died alongside her three sons: 25-year-old Omar Aziz, 22-year-old Fadi Aziz, "
            "and Karim Aziz (age unknown).")
    assert roster(text)[-1] == ("karim aziz", "m", "-")


@pytest.mark.parametrize("text", [
    "The strike took the life of Samer Odeh and his son Karim, 6.",
    "Samer Odeh, who was 61, died together with his son Karim, 6.",
    "Samer Odeh and his son Karim, 6, both lost their lives on Friday.",
    "The family members were killed across two generations: grandfather Samer Odeh and his grandson "
    "Karim, 6, were killed in the raid.",
    "Samer Odeh was killed, as were two of his children, Karim Odeh (6) and Lina Odeh (4).",
    "Eight members of the Odeh family were killed in the strike, including Samer Odeh and his son Karim, 6.",
    "The two victims killed were identified by their relatives as Samer Odeh and his son Karim, 6.",
    "Among the six killed were Samer Odeh and his son Karim, 6.",
    "Reports confirmed the killing of grandfather Samer Odeh and his grandson Karim, 6.",
    "The shelling hit the flat at noon, killing two civilians: a grandfather, 70 year old Samer Odeh, "
    "and his grandson, 6 year old Karim Odeh.",
    "Rescuers recovered the bodies of Samer Odeh and his grandson Karim, 6, from the rubble.",
])
def test_reporting_forms_of_the_named_dead(text: str) -> None:
    keys = [k for k, _g, _a in roster(text)]
    assert keys[0] == "samer odeh" and keys[1].startswith("karim")


def test_a_grandmother_and_her_namesake_granddaughter_are_two_persons() -> None:
    text = ("Samer Odeh was killed with his mother Hiba Odeh and his daughter Hiba Samer Odeh, 4.")
    assert roster(text) == [("samer odeh", "m", "-"), ("hiba odeh", "f", "adult"),
                            ("hiba samer odeh", "f", "child")]


NARRATIVE = (
    "On 4 May, four civilians died when a shell struck a flat near the port, residents said.\n\n"
    "Salim Haddad (44) was killed with his wife Rania Saleh (40), their daughter Maya Haddad (8) and "
    "his brother Tarek Haddad.\n\n"
    "Relatives mourned them on social media."
)


def test_named_parts_from_names_kinship_and_presumed_adults() -> None:
    # Tarek, named with no age and as a brother, counts as a grown man; of no stated age he may be
    # a child too, as Airwars counts a victim of unknown age (children a range, s12_awroster)
    assert named_parts(NARRATIVE) == {"children": (1, 2), "women": (1, None), "men": (2, None)}


def test_named_parts_are_ranges_when_persons_are_unsure() -> None:
    # a son of no age may be a child or a man; a name of no known gender a man or a woman
    text = NARRATIVE.replace("his brother Tarek Haddad", "their son Tarek Haddad")
    assert named_parts(text) == {"children": (1, 2), "women": (1, None), "men": (1, 2)}
    text = NARRATIVE.replace("his brother Tarek Haddad", "their relative Qamarin Haddad (30)")
    assert named_parts(text)["men"] == (1, 2)


def test_no_parts_from_too_few_names() -> None:
    text = NARRATIVE.replace("four civilians", "twelve civilians")
    assert named_parts(text) == {}


def test_descriptions_ordinals_and_gender_nouns_do_not_end_a_person() -> None:
    text = ("On Sunday, sixty-year-old teacher Samer Odeh, a member of the city council and a founder of "
            "the local choir, was killed in the strike.")
    assert roster(text) == [("samer odeh", "m", "adult")]
    text = ("Neighbours posted the names of four people killed in the strike: Samer Odeh, 40 years old; his "
            "first wife Lina Aziz, 39 years old; his second wife Huda Odeh, 26 years old; and a civilian male "
            "Qamarin Odeh.")
    assert [(k, g) for k, g, _a in roster(text)] == [("samer odeh", "m"), ("lina aziz", "f"), ("huda odeh", "f"),
                                                      ("qamarin odeh", "m")]


def test_brothers_whose_ages_are_ranges() -> None:
    text = ("Three brothers, Karim Odeh (15 or 16 years old), Sami Odeh (11 or 12 years old) and Fadi Odeh "
            "(19 to 21 years old), were killed.")
    assert roster(text) == [("karim odeh", "m", "child"), ("sami odeh", "m", "child"), ("fadi odeh", "m", "adult")]


def test_an_age_in_a_relative_clause() -> None:
    text = ("Karim Odeh (29) died with his wife Dina Saleh, 23, and their baby daughter Lina Odeh who was "
            "just one year and two months old.")
    assert roster(text)[-1] == ("lina odeh", "f", "child")


def test_a_reduced_relative_is_a_death_predicate() -> None:
    text = "Nurse Lina Aziz (41), reportedly killed in the raid, was remembered as a kind colleague."
    assert roster(text) == [("lina aziz", "f", "adult")]


def test_a_victim_also_killed_in_the_strike_belongs_to_the_story() -> None:
    text = ("On 9 June, two people died when a missile struck a flat near the port, residents "
            "said.\n\nHis uncle said that Karim Odeh, 15, was killed. A neighbour wrote that Samer "
            "Haddad (40) was also killed in the strike.")
    assert named_parts(text) == {"children": (1, None), "men": (1, None)}


def test_the_lead_names_a_lone_victim_first_read_further_down() -> None:
    # the lead's own sentence is too involved to read; its name makes the later mention the story's
    text = ("On Monday evening, a 41-year-old engineer of the local water utility Samer Odeh Haddad was "
            "reportedly killed in the strike. Colleagues said Samer Haddad, who was killed in the "
            "strike, had worked there for years.")
    assert named_parts(text) == {"men": (1, None)}
