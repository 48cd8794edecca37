"""Named victims across a whole document (civcas.extract.victimdoc).

All sentences and names are the team's own, written in the style of monitor narratives and local
news.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.text import sentences
from civcas.extract.victimdoc import collect, name_key, same_person
from civcas.models import Document, Figure

NARRATIVE = (
    "On 3 March, three civilians were reportedly killed in an alleged airstrike on the Odeh family home "
    "in the east of the city.\n\n"
    "Samer Odeh, 52, a taxi driver, was killed along with his daughter Lama, 9. The strike also took the "
    "lives of his wife, Rania Saleh, 47, and his nephew Adel Odeh, 15.\n\n"
    "Neighbours said the family had sheltered in the house for a week. Relatives mourned Samer on social "
    "media, and a post by his cousin Hadi Odeh described Lama as a cheerful child.\n\n"
    "Also among the dead was Salwa Odeh, 80, Samer's mother."
)


def named(text: str) -> list[Figure]:
    return [f for f in extract(Document(id="t", text=text, published=date(2024, 3, 5)))
            if f.subgroup == "named"]


def keys(text: str) -> list[str]:
    return [" ".join(v.key) for v in collect(text, sentences(text)) if v.outcome == "killed"]


def test_names_spread_over_the_document_are_counted_once() -> None:
    assert keys(NARRATIVE) == ["samer odeh", "lama", "rania saleh", "adel odeh", "salwa odeh"]
    figs = named(NARRATIVE)
    total = [f for f in figs if f.group in ("civilians", "people")]
    assert [(f.group, f.low, f.high, f.qualifier) for f in total] == [("civilians", 5, None, "at_least")]
    # the evidence covers the mentions, from the first to the last
    assert total[0].evidence.text.startswith("Samer Odeh, 52")
    assert total[0].evidence.text.rstrip(".").endswith("Salwa Odeh, 80, Samer's mother")
    parts = {f.group: f.low for f in figs if f.part_of == total[0].id}
    # the wife by her kinship noun, Samer and Salwa (80) by their given names
    assert parts == {"children": 2, "women": 2, "men": 1}


def test_no_figure_when_the_stated_toll_is_as_large() -> None:
    text = NARRATIVE.replace("three civilians were", "five civilians were")
    assert [f for f in named(text) if f.group in ("civilians", "people")] == []


def test_combatants_quoted_people_and_earlier_deaths_are_not_counted() -> None:
    text = ("An airstrike on Tuesday targeted a field commander named Fares Nasser. Fares Nasser was killed "
            "with his neighbour Lina Aziz and her son Karim. Hospital director Dr. Walid Hamad said the "
            "wounded were still arriving. Her brother Rami Aziz was killed in a similar attack last year.")
    assert keys(text) == ["lina aziz", "karim"]


def test_a_gunman_and_injured_victims_are_not_counted_as_killed() -> None:
    text = ("Police said the gunman, Daniel Roe, 31, died at the scene after shooting at the crowd. "
            "Carla Mendes, 38, was killed. Her sister Ana Mendes was injured and is in stable condition.")
    assert keys(text) == ["carla mendes"]


def test_a_lone_name_from_another_story_does_not_make_a_count() -> None:
    text = ("Jordan Miles, 17, was shot and killed outside a store on Friday, police said. His uncle, "
            "Marcus Bell, 54, died in a car crash last spring. No arrests have been made.")
    assert named(text) == []


def test_repeated_mentions_match() -> None:
    assert same_person(name_key("Omar Haddad"), name_key("Omar Ali al-Haddad"))
    assert same_person(name_key("Hamid Kamal Odeh"), name_key("Hamed Kamal Odeh"))  # spelling slack
    assert same_person(name_key("Haddad"), name_key("Omar Haddad"))
    assert not same_person(name_key("Omar Haddad"), name_key("Karim Haddad"))
    assert not same_person(name_key("Mohammed Odeh"), name_key("Mahmoud Odeh"))


_FIRST = ["Omar", "Lina", "Karim", "Sami", "Hala", "Nour", "Tarek", "Maya", "Fadi", "Rana"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_FIRST), min_size=1, max_size=10, unique=True),
       st.integers(min_value=0, max_value=3))
def test_repeating_a_name_never_adds_a_person(first: list[str], repeats: int) -> None:
    text = " ".join(f"{n} Haddad was killed in the strike." for n in first)
    text += " " + " ".join(f"{first[k % len(first)]} was killed." for k in range(repeats))
    assert len(keys(text)) == len(first)


def test_names_posted_without_death_words_count_after_a_strike() -> None:
    text = ("An airstrike hit the family house, killing Samer Odeh and four relatives. Neighbours posted "
            "the names of the relatives of 61-year-old Samer Odeh: his wife, 58-year-old Lama Fadi Odeh, "
            "their sons, 30-year-old Karim Samer Odeh and 26-year-old Fadi Samer Odeh, and 15-year-old "
            "daughter Rana Samer Odeh.")
    assert keys(text) == ["samer odeh", "lama fadi odeh", "karim samer odeh", "fadi samer odeh",
                          "rana samer odeh"]


def test_wounded_and_later_died_counts_killed() -> None:
    text = ("A shell struck the market. Tarek Bassam Nasser, 22, was also seriously wounded and later died "
            "of his injuries. His cousin said that Ayman Nasser had succumbed to his wounds in hospital.")
    assert keys(text) == ["tarek bassam nasser", "ayman nasser"]


def test_family_members_including_and_asides_in_parentheses() -> None:
    text = ("A strike hit the block. The blast also took the lives of the five members of the Odeh family, "
            "including 38-year-old Samer Khalil Odeh (Abu Karim), his wife Lama Odeh (age unknown), and "
            "their daughters – a three-year-old Rana Odeh and seven-year-old Sila Odeh.")
    assert keys(text) == ["samer khalil odeh", "lama odeh", "rana odeh", "sila odeh"]


def test_an_apposition_names_the_unnamed_relative_before_it() -> None:
    text = ("A strike hit the flat. Salma Odeh, 40, was reported to have been killed, alongside her "
            "sister, a 23-year-old Huda Odeh.")
    assert keys(text) == ["salma odeh", "huda odeh"]


def test_a_mother_named_after_her_son_is_not_the_son() -> None:
    assert not same_person(name_key("Umm Karim Haddad"), name_key("Karim Walid Haddad"))
    text = ("The grandmother, Umm Karim Haddad, was killed with her grandson Sami Haddad, 4. "
            "Her son Karim Walid Haddad was killed too.")
    assert keys(text) == ["umm karim haddad", "sami haddad", "karim walid haddad"]


def test_a_dateline_with_hyphens_is_no_victim() -> None:
    text = "- PEORIA, Ill. - A three-year-old girl died Wednesday after being shot, police say."
    assert keys(text) == []


def test_other_victims_of_a_shooting_are_not_counted_as_killed() -> None:
    text = ("A gunman killed Dana Ross and wounded four others at a bar. The other victims were Tom Reyes, "
            "Ann Cole, Luis Vega and Mia Stone.")
    assert keys(text) == ["dana ross"]


def test_a_death_said_to_be_that_of_a_named_child() -> None:
    text = ("Four men were killed in the strike. A fifth death was reported later; this death is probably "
            "that of a 6-year-old girl named Rana Samer Odeh.")
    assert keys(text) == ["rana samer odeh"]


def test_first_names_called_fighters_are_not_counted() -> None:
    text = ("A strike hit the house, killing Fares Odeh, Sami Odeh and their mother Lina Odeh. Relatives "
            "later described Fares and Sami as fighters.")
    assert keys(text) == ["lina odeh"]


def test_among_those_killed_from_a_family() -> None:
    text = ("Twelve people were killed. Among those killed from the Odeh family were 58-year-old Samer "
            "Hosni Odeh; Samer’s daughter 21-year-old Lina Samer Odeh; Samer’s son 27-year-old Karim "
            "Samer Odeh and his wife Dalia Fares.")
    assert keys(text) == ["samer hosni odeh", "lina samer odeh", "karim samer odeh", "dalia fares"]


def test_one_victim_named_in_the_lead_is_counted_once() -> None:
    doc = Document(id="t", text="On Friday, 44-year-old Samer Hani Odeh was reportedly killed by gunfire from a "
                   "drone north of the town. His brother Fadi Odeh said he was buying bread.",
                   published=date(2024, 3, 5))
    killed = [f for f in extract(doc) if f.outcome == "killed" and f.group in ("people", "civilians")]
    assert [f.low for f in killed] == [1]


def test_a_lone_victim_named_in_the_lead_makes_a_count_when_no_toll_is_stated() -> None:
    story = ("52-year-old Nabil Khalil Saadeh (Abu Khalil) was reportedly shot dead near his home east "
             "of the town.\n\nLocal pages mourned the father of five.")
    figs = named("On 3 March, " + story)
    assert [(f.group, f.low, f.high, f.qualifier) for f in figs if f.part_of is None] == [
        ("people", 1, None, "at_least")]
    # named alone only after the lead: it may be another story's victim
    assert named("A drone fired on the main road on Friday. Relatives said it hit a car. " + story) == []


def test_a_hedging_adverb_does_not_end_a_list() -> None:
    text = ("A shell hit the Odeh flat on Monday. Samer Khalil Odeh, 40, was killed with his wife Lama "
            "Odeh, 35, and reportedly their two sons, Sami Samer Odeh, 9, and Karim Samer Odeh, 5.")
    assert keys(text) == ["samer khalil odeh", "lama odeh", "sami samer odeh", "karim samer odeh"]
