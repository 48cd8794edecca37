"""Datelines: the place opening a story's first line, and the lines that only look like one."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.ingest.textdoc import body_hints, parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("CHICAGO (AP) — A man was shot on the South Side late Saturday.", "CHICAGO", "AP"),
        ("CHICAGO (AP) —", "CHICAGO", "AP"),
        ("PERRIS, Calif. — A teenager died after a shooting near a park.", "PERRIS, Calif.", None),
        ("PERRIS, Calif. —", "PERRIS, Calif.", None),
        ("BEIRUT (Reuters) - Air strikes hit two towns overnight.", "BEIRUT", "Reuters"),
        ("GAZA CITY, Oct 9 (Reuters) - Strikes flattened a block of flats.", "GAZA CITY", "Reuters"),
        ("DAYTON – The family of a boy hurt in the crash spoke on Monday.", "DAYTON", None),
        ("DAYTON –The family of a boy hurt in the crash spoke on Monday.", "DAYTON", None),
        ("DAYTON—The family of a boy hurt in the crash spoke on Monday.", "DAYTON", None),
        ("DAYTON The — family said", "DAYTON", None),
        ("NEW DELHI: A gas cylinder blast killed four people on Sunday.", "NEW DELHI", None),
        ("HILLIARD, Ohio (WXYZ) - Police are looking for a driver.", "HILLIARD, Ohio", "WXYZ"),
        ("KXYZ (CBS/AP) DAYTON, Ohio - A hearing was set for two brothers.", "DAYTON, Ohio", "CBS/AP"),
        ("UPDATED at 4:10 p.m. DAYTON, Ohio — Police named the driver.", "DAYTON, Ohio", None),
        ("SAN JOSE, 3 MAY 89 (ACAN - EFE) -- [TEXT] THE ARMY REPORTED TODAY", "SAN JOSE", "ACAN - EFE"),
        ("LIMA (PERU), 3 MAY 89 (EFE) -- [TEXT] POLICE REPORTED", "LIMA, PERU", "EFE"),
        ("NO CITY (HONDURAS), NO DATE (RADIO CADENA) -- [TEXT] THE ARMY", "HONDURAS", "RADIO CADENA"),
    ],
)
def test_datelines_and_their_place(line: str, place: str, agency: str | None) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert dl.place == place
    assert dl.agency == agency


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: Police have named the driver who died in the crash.",
        "UPDATE 9:15 PM - The road has reopened.",
        "AFTERNOON UPDATE – Crews are still at the scene.",
        "FILE: Firefighters at the scene of a blaze. (Photo/WXYZ)",
        "FILE PHOTO: Smoke rises over the town.",
        "WATCH: Neighbours describe what they heard.",
        "VIDEO: The moment the roof collapsed",
        "CREDIT: City Police Department",
        "READ MORE | UPDATE: Suspect held after the shooting",
        "STOCK PHOTO (Image: Getty)",
        "11PM: Man held after a stabbing downtown",
        "RIVER COUNTY SHOOTINGS 2016 Jan. 4: A man was shot dead at his home.",
        "WXYZ - Dayton",
        "MORE FROM KXYZ - clip",
        "NO CITY, NO DATE (RADIO) -- [TEXT] THE ARMY SAID",
    ],
)
def test_labels_captions_and_placeholders_give_no_place(line: str) -> None:
    dl = parse_dateline(line)
    assert dl is None or dl.place is None


def test_wire_placeholder_keeps_its_date() -> None:
    dl = parse_dateline("CLANDESTINE, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FRONT REPORTS")
    assert dl is not None and dl.place is None
    assert dl.published == date(1990, 1, 3) and dl.agency == "RADIO VENCEREMOS"


def test_body_hints_take_no_label_as_a_dateline() -> None:
    published, _precision, place = body_hints("UPDATE: The boy has died, police said.\n\nMore text.",
                                              published=None, precision=None)
    assert place is None and published is None


@given(st.text(max_size=200))
def test_parse_dateline_never_raises_and_places_are_clean(line: str) -> None:
    dl = parse_dateline(line)
    if dl is not None and dl.place:
        assert dl.place == dl.place.strip()
        assert not any(c.isdigit() for c in dl.place.split(",")[0])
