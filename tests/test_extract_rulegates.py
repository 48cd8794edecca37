"""The literal pre-tests in front of today's rule modules (titled victims, plural deaths) and of
the claimant name lookups: a text without the cue yields nothing, one with it still yields."""

from __future__ import annotations

import re
from datetime import date

from civcas.extract import extract
from civcas.extract.claim_names import person_role
from civcas.extract.claim_places import spelled_out
from civcas.extract.docstate import Doc
from civcas.extract.pluraldeaths import plural_death_figures
from civcas.extract.regex_speed import literal_requirement, may_match
from civcas.extract.titled import _gates, titled_figures
from civcas.extract.typed import generic_perpetrator
from civcas.models import Document

DAY = date(2023, 11, 2)


def _doc(text: str) -> Doc:
    return Doc(Document(id="d1", text=text, published=DAY), DAY)


def test_group_with_own_flags_has_a_literal_requirement() -> None:
    rx = re.compile(r"(?<![Mm]any )(?-i:\bmartyrs\b)(?![’'])", re.IGNORECASE)
    assert literal_requirement(rx) == ("martyrs",)
    assert not may_match(rx, "The strike left wounded.", "the strike left wounded.")
    assert may_match(rx, "Radio reported MARTYRS.", "radio reported martyrs.")


def test_titled_gate_literals() -> None:
    titles, harm = _gates()
    assert titles is not None and "mayor" in titles and "judge" in titles
    assert harm is not None and "killed" in harm and "wounded" in harm


def test_titled_needs_a_harm_word_in_the_sentence() -> None:
    quiet = _doc("Mayor Pedro Salas visited the market on Tuesday. The council met in the evening.")
    assert titled_figures(quiet, []) == []
    st = _doc("The council met on Monday. Mayor Pedro Salas was murdered outside his home on Tuesday.")
    got = titled_figures(st, [])
    assert [(f.low, f.high, f.outcome) for f in got] == [(1, 1, "killed")]
    assert "Pedro Salas" in got[0].number_text


def test_titled_harm_word_and_title_in_different_sentences() -> None:
    st = _doc("Mayor Pedro Salas spoke on Monday. Two houses were burned and a dog was killed.")
    assert titled_figures(st, []) == []


def test_plural_deaths_gate() -> None:
    quiet = _doc("The strike on the Odeh home left a crater in the street, residents said.")
    assert plural_death_figures(quiet, []) == []
    st = _doc("The street was dark. Local radio reported martyrs and wounded after the strike on the Odeh home.")
    got = plural_death_figures(st, [])
    # "martyrs and wounded": at least two killed and at least two injured
    assert [(f.low, f.outcome, f.qualifier) for f in got] == [(2, "killed", "vague"), (2, "injured", "vague")]
    assert got[0].evidence.start > 0  # the second sentence, past one without the cue


def test_plural_deaths_through_extract() -> None:
    doc = Document(id="d2", text="The shelling of the camp caused several deaths, a journalist wrote.", published=DAY)
    assert any(f.number_text.lower() == "several deaths" for f in extract(doc))


def test_acronym_spelled_out_needs_the_bracketed_acronym() -> None:
    doc = "The National Emergency Management Agency (NEMA) said 12 people died. NEMA said more were missing."
    assert spelled_out("NEMA", doc) == "The National Emergency Management Agency"
    assert spelled_out("NEMA", "NEMA said the agency would help.") is None
    # without brackets, only a run of capitalised words whose initials it is (one in the document)
    assert spelled_out("NEMA", "NEMA said the National Emergency Management Agency would help.") \
        == "National Emergency Management Agency"
    assert spelled_out("NEMA", "NEMA said the National Electric Motor Association and the Nepal Energy "
                               "Market Authority would help.") is None


def test_person_role_needs_the_surname_in_the_first_20000_characters() -> None:
    doc = "The UN humanitarian coordinator in Nigeria, Edward Kallon, said the camp was hit. Kallon said more."
    assert person_role("Kallon", doc) == "The UN humanitarian coordinator in Nigeria"
    assert person_role("Kallon", "x " * 10_000 + doc) is None
    assert person_role("Osman", doc) is None


def test_generic_author_of_a_sentence_is_read_once_and_kept() -> None:
    st = _doc("Unidentified gunmen opened fire on a bus near the market, killing three passengers. "
              "The market reopened on Friday.")
    first = st.generic_author(0)
    assert first is not None and first == generic_perpetrator(st.sents[0].text)
    assert st.generic_author(0) is first  # cached
    assert st.generic_author(1) is None
    assert [f.perpetrator.name for f in extract(st.doc) if f.perpetrator is not None] == [first.name]


def test_titled_reads_the_first_400_sentences_only() -> None:
    filler = "The council met again. " * 399
    inside = _doc(filler + "Mayor Pedro Salas was murdered outside his home.")
    assert [f.low for f in titled_figures(inside, [])] == [1]
    outside = _doc(filler + "It rained. Mayor Pedro Salas was murdered outside his home.")
    assert titled_figures(outside, []) == []


def test_requirement_prefers_a_number_to_a_short_word() -> None:
    # every match holds "in"/"during" and a year: the year is the rarer literal in prose
    rx = re.compile(r"\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
    assert literal_requirement(rx) == ("19", "20")
    assert not may_match(rx, "Two men were killed in the village.", "two men were killed in the village.")
    assert may_match(rx, "The plant was bombed in 1998.", "the plant was bombed in 1998.")


def test_lookbehind_literals_are_required() -> None:
    rx = re.compile(r"(?<=\bamong them )(?:were|was)\b", re.IGNORECASE)
    assert literal_requirement(rx) == ("among them ",)
    assert not may_match(rx, "The dead were farmers.", "the dead were farmers.")
    assert rx.search("Six died; among them were two nurses.") is not None
    # a lookahead is no requirement (its words are mostly common ones)
    assert literal_requirement(re.compile(r"killed(?= in)")) == ("killed",)


def test_shooter_checks_keep_their_readings_behind_the_pre_tests() -> None:
    from civcas.extract.shooters import background_event, forces_killing_attackers, lone_shooter

    assert background_event("The raid came three weeks after a bomber killed nine at a bus stop.")
    assert not background_event("Police said the victims were two brothers.")
    assert forces_killing_attackers("Troops later killed all four attackers after a siege.") == "troops"
    assert forces_killing_attackers("Four attackers fled on foot.") is None
    got = lone_shooter("A former tenant opened fire in the lobby of the building.")
    assert got is not None and got.name == "gunman"
    assert lone_shooter("A tenant was wounded in the lobby.") is None


def test_short_form_reads_the_document_claimants_only_for_a_short_form() -> None:
    from civcas.extract.actors import exact_actor
    from civcas.extract.claim_names import short_form

    asked: list[int] = []

    def claimants() -> tuple:
        asked.append(1)
        e = exact_actor("UN Human Rights Monitoring Mission in Ukraine")
        return (e,) if e is not None else ()

    assert short_form("police spokesman", claimants) is None
    assert short_form("the gunmen", claimants) is None
    assert asked == []
    short_form("the monitoring mission", claimants)
    assert asked == [1]
