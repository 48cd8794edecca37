"""The known actors of a document read sentence by sentence (``extract.docactors``) must be the
actors of the whole text, or nothing at all (the reader then scans the whole text). All sentences
are the team's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import docactors
from civcas.extract.actors import find_actors
from civcas.extract.claim_resolve import known_claimants
from civcas.extract.docstate import Doc
from civcas.models import Document

_PIECES = ["The Islamic", "State", "claimed the raid", "near Tikrit", "the U.S.", "Army said",
           "Aid workers", "reached the town", "[12]", "people died", "UN staff", "the WHO said",
           "HAMAS FIGHTERS FIRED", "Human Rights Watch", "reported", "the Houthi", "rebels'",
           "Saudi-led coalition", "jets struck", "Red Crescent", "medics said", "_", "IS",
           "Israel's", "army", "Ukrainian", "drones hit", "Russia", "denied it"]
_ENDS = [". ", ".\n\n", "; ", " ", "! ", "\n\n", ". [", "] "]


def _read(text: str, limit: int = 20_000) -> tuple[list | None, list]:
    st_ = Doc(Document(id="t", text=text), None)
    return (docactors.actors_by_sentence(st_.text, limit=limit, theatre=st_.theatre),
            find_actors(st_.text[:limit], theatre=st_.theatre))


def test_a_plain_story_is_read_by_its_sentences() -> None:
    got, whole = _read("Jets of the Saudi-led coalition struck a market in Saada. The Houthi health "
                       "ministry said nine people died. Human Rights Watch called for an inquiry.")
    assert got is not None and whole
    assert got == whole


def test_an_alias_running_over_a_paragraph_break_is_left_to_the_whole_text() -> None:
    got, whole = _read("The bombing was blamed on the Islamic\n\nState, the governor said.")
    assert [m.entry.name for m in whole] == ["Islamic State"]
    assert got is None


def test_only_the_registered_text_is_read_by_sentences() -> None:
    text = "Ukrainian drones hit a depot near Belgorod. Russia said two people died."
    st_ = Doc(Document(id="t", text=text), None)
    assert docactors.actors_by_sentence(st_.text, limit=20_000, theatre=None) is not None
    copy = (text + " ")[:-1]  # the same characters, another object
    assert copy == text and copy is not text
    assert docactors.actors_by_sentence(copy, limit=20_000, theatre=None) is None


def test_a_shouting_sentence_in_mixed_case_is_left_to_the_whole_text() -> None:
    got, _whole = _read("Aid workers reached the town. IS FIGHTERS FIRED ON THE CONVOY. Medics said five died.")
    assert got is None


def test_the_first_characters_only_are_read() -> None:
    text = "Human Rights Watch said the Houthi rebels fired first. " * 10
    got, whole = _read(text, limit=130)
    assert got == whole and len(whole) == 5 and whole[-1].end <= 130


def test_known_claimants_is_the_same_either_way() -> None:
    text = ("A strike hit a school in Khan Younis on Monday. The WHO said twelve people died, and "
            "the Red Crescent reported 30 wounded. Israel's army said it struck a command post.")
    st_ = Doc(Document(id="t", text=text), None)
    fast = known_claimants.__wrapped__(st_.text, st_.theatre)
    plain = tuple(dict.fromkeys(f.entry for f in find_actors(text, theatre=st_.theatre)
                                if f.entry.role != "perpetrator"))
    assert fast == plain and fast


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_ENDS)), min_size=1, max_size=14),
       st.sampled_from([20_000, 60, 150]))
def test_sentence_reading_is_the_whole_reading_or_nothing(parts: list[tuple[str, str]], limit: int) -> None:
    text = "".join(p + e for p, e in parts)
    got, whole = _read(text, limit)
    assert got is None or got == whole
