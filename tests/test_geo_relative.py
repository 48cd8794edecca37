"""Relative place phrases and great-circle geometry, checked numerically."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.geo import bearing, destination, distance_km
from civcas.geo.relative import offset, parse_relation, relation_from_text


def test_distance_of_known_pairs() -> None:
    # one degree of latitude is about 111.2 km everywhere
    assert distance_km(35.0, 39.0, 36.0, 39.0) == pytest.approx(111.2, abs=0.3)
    # Raqqa -> Tabqa is about 45 km
    assert distance_km(35.95283, 39.00788, 35.83758, 38.54828) == pytest.approx(43.5, abs=2.0)
    assert distance_km(10.0, 20.0, 10.0, 20.0) == 0.0


@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(0, 360), st.floats(0.1, 500))
def test_destination_is_at_the_distance_and_bearing(lat: float, lon: float, brg: float,
                                                    dist: float) -> None:
    la, lo = destination(lat, lon, brg, dist)
    assert distance_km(lat, lon, la, lo) == pytest.approx(dist, rel=1e-6, abs=1e-6)
    if dist > 1.0:
        diff = abs((bearing(lat, lon, la, lo) - brg + 180.0) % 360.0 - 180.0)
        assert diff < 0.5


@pytest.mark.parametrize(("text", "kind", "dist", "brg", "anchor"), [
    ("40 km north of Raqa", "offset", 40.0, 0.0, "Raqa"),
    ("about 10 kilometres south-east of Tabqa", "offset", 10.0, 135.0, "Tabqa"),
    ("25 miles (45km) north of Mosul", "offset", 45.0, 0.0, "Mosul"),
    ("some 3 miles west of Kramatorsk", "offset", 3 * 1.609344, 270.0, "Kramatorsk"),
    ("a village north of Raqqa", "bearing", None, 0.0, "Raqqa"),
    ("west of the old city", "bearing", None, 270.0, "the old city"),
    ("near Ain Issa", "near", None, None, "Ain Issa"),
    ("in the vicinity of the Nasser hospital", "near", None, None, "the Nasser hospital"),
    ("on the outskirts of Mosul", "outskirts", None, None, "Mosul"),
    ("the northern outskirts of Mosul", "outskirts", None, 0.0, "Mosul"),
    ("15km from Hajin", "distance", 15.0, None, "Hajin"),
    ("the western countryside of Aleppo", "rural", None, 270.0, "Aleppo"),
])
def test_parse_relation(text: str, kind: str, dist: float | None, brg: float | None,
                        anchor: str) -> None:
    parsed = parse_relation(text)
    assert parsed is not None
    rel, got_anchor = parsed
    assert rel.kind == kind
    assert got_anchor == anchor
    if dist is None:
        assert rel.distance_km is None
    else:
        assert rel.distance_km == pytest.approx(dist)
    assert rel.bearing == brg


@pytest.mark.parametrize("text", ["Raqqa", "Khan Younis", "Deir al-Balah camp", ""])
def test_plain_names_have_no_relation(text: str) -> None:
    assert parse_relation(text) is None


def test_offset_point_and_radius() -> None:
    rel = relation_from_text("about 40 km north of")
    assert rel is not None
    lat, lon, radius = offset(rel, 35.95, 39.0, 8.0)
    assert distance_km(35.95, 39.0, lat, lon) == pytest.approx(40.0, abs=0.01)
    assert lat > 35.95 and lon == pytest.approx(39.0, abs=1e-6)
    assert radius == pytest.approx(0.25 * 40 + 8.0)


def test_offset_without_distance_and_near() -> None:
    near = relation_from_text("near")
    assert near is not None
    assert offset(near, 36.0, 38.0, 3.0) == (36.0, 38.0, 13.0)
    north = relation_from_text("a village north of")
    assert north is not None
    lat, lon, radius = offset(north, 36.0, 38.0, 2.0)
    d = distance_km(36.0, 38.0, lat, lon)
    assert 5.0 <= d <= 20.0 and lat > 36.0
    assert radius > d * 0.5
    out = relation_from_text("on the outskirts of")
    assert out is not None
    assert offset(out, 36.0, 38.0, 4.0)[2] == pytest.approx(9.0)


def test_parts_of_places() -> None:
    from civcas.geo.relative import parse_part

    part = parse_part("southern Idlib")
    assert part is not None and part[1] == "Idlib" and part[0].bearing == 180.0
    assert parse_part("the north-western part of Raqqa") is not None
    assert parse_part("Idlib") is None
    rel = part[0]
    lat, lon, radius = offset(rel, 35.9, 36.6, 40.0)
    assert distance_km(35.9, 36.6, lat, lon) == pytest.approx(20.0, abs=0.01)
    assert lat < 35.9 and radius == pytest.approx(24.0)
