"""Within-document events: segmentation, place/date back-off per event, speakers' places."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.events import mask_places, place_words, segment
from civcas.extract.where import place_in
from civcas.models import Document

PUB = date(2024, 3, 6)


def _day(d: date) -> tuple[int, int]:
    return d.toordinal(), d.toordinal()


def _doc(text: str) -> Document:
    return Document(id="d", text=text, published=PUB)


def _by_number(text: str) -> dict[int | None, tuple[str | None, str | None, int | None]]:
    return {f.low: (f.place.name if f.place else None, f.date.start.isoformat() if f.date else None,
                    f.segment) for f in extract(_doc(text)) if f.scope == "incident"}


def test_a_separate_attack_keeps_its_own_place_and_event() -> None:
    text = ("An air strike on a market in the northern town of Saraqib killed 14 people on Tuesday, "
            "rescuers said.\n\nIn a separate attack on Tuesday, two children were killed when a "
            "shell hit their school, the health directorate said.")
    got = _by_number(text)
    assert got[14][0] == "Saraqib"
    assert got[2][0] is None  # never the market's town
    assert got[14][2] != got[2][2]


def test_a_second_bomb_in_another_district_is_another_event() -> None:
    text = ("A car bomb killed 20 people at a checkpoint in the Hodan district on Saturday, police said. "
            "A second bomb in the Shibis district killed three people.")
    got = _by_number(text)
    assert got[20][2] == 0 and got[3][2] == 1
    assert got[3][0] == "Shibis district"


def test_a_nationwide_toll_and_a_local_one_are_two_events() -> None:
    text = ("Missiles hit cities across the country on Monday.\n\nThe strikes killed 12 people across "
            "the country, the emergency service said. In Lviv, four people were killed, the mayor said.")
    got = _by_number(text)
    assert got[12][2] != got[4][2]
    assert got[4][0] == "Lviv"


def test_follow_up_sentences_and_anaphora_stay_with_the_event() -> None:
    text = ("A drone strike on a wedding in the village of Kafr Nabl killed 11 people on Sunday, "
            "activists said.\n\nDoctors at a hospital in Idlib said they had received 30 wounded. "
            "The strike also killed two rescuers who arrived later.")
    got = _by_number(text)
    assert {v[2] for v in got.values()} == {0}
    assert got[30][0] == "Kafr Nabl" and got[2][0] == "Kafr Nabl"  # not the hospital's city


def test_definite_target_returns_to_the_earlier_event() -> None:
    texts = ["An air strike on a prison in Dhamar killed 60 inmates on Friday.",
             "Separately, a drone hit a wedding party in Hajjah, killing eight.",
             "Officials said the prison held 170 detainees."]
    places = {0: "Dhamar", 1: "Hajjah"}
    assert segment(texts, place_of=places.get, day_of=lambda i: None) == [0, 1, 0]


def test_a_new_place_and_a_new_day_open_a_new_event() -> None:
    texts = ["Shelling killed five people in Avdiivka on 3 March.",
             "Rescuers searched the rubble of the building.",
             "On 27 February, a strike on Pokrovsk had killed two."]
    places = {0: "Avdiivka", 2: "Pokrovsk"}
    days = {0: _day(date(2024, 3, 3)), 2: _day(date(2024, 2, 27))}
    assert segment(texts, place_of=places.get, day_of=days.get) == [0, 0, 1]


def test_a_later_report_date_alone_stays_with_the_event() -> None:
    texts = ["A strike on a school in Beit Hanoun killed 15 people on Monday.",
             "By Wednesday the toll had risen to 22, the ministry said."]
    days = {0: _day(date(2024, 3, 4)), 1: _day(date(2024, 3, 6))}
    assert segment(texts, place_of={0: "Beit Hanoun"}.get, day_of=days.get) == [0, 0]


@pytest.mark.parametrize(("sentence", "hidden"), [
    ("The toll rose to 30, officials told reporters in Geneva.", "Geneva"),
    ("Speaking at a press conference in Amman, the minister said 12 were killed.", "Amman"),
    ("Rescue workers from the Civil Protection Agency said 12 bodies were recovered.", "Civil"),
    ("A London-based monitor said seven civilians were killed.", "London"),
    ("The strike killed 70 people, days after a drone attack on Eilat.", "Eilat"),
    ("Forty of the wounded were rushed to hospitals in Reyhanli, a doctor said.", "Reyhanli"),
    ("The boy died later in a hospital in Amman, his uncle said.", "Amman"),
    ("Scores were treated for burns in clinics and across the border in Lebanon.", "Lebanon"),
    ("A volunteer network that has reported from inside Idlib since 2012 said it counted 40 dead.", "Idlib"),
])
def test_speaker_and_background_places_are_hidden(sentence: str, hidden: str) -> None:
    masked = mask_places(sentence)
    assert len(masked) == len(sentence)
    assert hidden not in masked
    got = place_in(masked)
    assert got is None or hidden not in got.name


@pytest.mark.parametrize("sentence", [
    "A strike hit a hospital in Gaza City, killing five, the ministry said.",
    "Officials said 12 people were killed in Rafah.",
    "In Kherson, three people were killed, the governor said.",
    "Shelling hit a clinic in Avdiivka, wounding four nurses.",
])
def test_event_places_are_kept(sentence: str) -> None:
    assert mask_places(sentence) == sentence


def test_place_words_ignore_generic_words() -> None:
    assert place_words("al-Jadida district, west Mosul") == {"jadida", "mosul"}
    assert place_words(None) == frozenset()


@given(st.lists(st.sampled_from([
    "Separately, a strike hit Homs.", "Another strike hit Hama, killing four.", "The strike killed two.",
    "Across the country, 20 were killed.", "In Daraa, three died.", "Officials said the toll rose.",
]), max_size=12))
def test_segments_are_deterministic_and_contiguous_from_zero(texts: list[str]) -> None:
    def place_of(i: int) -> str | None:
        got = place_in(mask_places(texts[i]))
        return got.name if got else None

    a = segment(texts, place_of=place_of, day_of=lambda i: None)
    assert a == segment(texts, place_of=place_of, day_of=lambda i: None)
    assert len(a) == len(texts)
    seen: list[int] = []
    for s in a:
        if s not in seen:
            assert s == len(seen)  # a new event always takes the next index
            seen.append(s)
