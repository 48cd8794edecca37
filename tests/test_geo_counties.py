"""US counties: indexed as names of their state ("Lake County, Ohio" is somewhere in Ohio).

Example sentences are written for these tests in the style of US local reporting.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import civcas.geo as geo
from civcas.geo import Geocoder, build_index
from civcas.geo.counties import add_county_aliases, county_names


def _counties(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "us_counties.json"
    path.write_text(json.dumps(rows), "utf-8")
    return path


def test_only_county_like_units_are_taken(tmp_path: Path) -> None:
    path = _counties(tmp_path, [
        {"fips": "1", "name": "Pine County", "state": "MN"},
        {"fips": "2", "name": "Acadia Parish", "state": "LA"},
        {"fips": "3", "name": "Harbor Borough", "state": "AK"},
        {"fips": "4", "name": "Riverton city", "state": "VA"},  # an independent city: a place already
        {"fips": "5", "name": "County", "state": "TX"},
        {"fips": "6", "name": "Mesa County", "state": ""},
    ])
    assert county_names(path) == {"MN": ["Pine County"], "LA": ["Acadia Parish"],
                                  "AK": ["Harbor Borough"]}


def test_missing_or_bad_file_gives_nothing(tmp_path: Path) -> None:
    assert county_names(tmp_path / "absent.json") == {}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    assert county_names(bad) == {}


def test_aliases_are_appended_to_the_state_row(tmp_path: Path) -> None:
    path = _counties(tmp_path, [{"fips": "1", "name": "Pine County", "state": "MN"},
                                {"fips": "2", "name": "Pine County", "state": "ZZ"}])
    rows = {("US", "MN"): {"country": "US", "code": "MN", "name": "Minnesota", "aliases": "Minn."}}
    assert add_county_aliases(rows, path) == 1
    assert rows[("US", "MN")]["aliases"] == "Minn.|Pine County"


@pytest.fixture(scope="module")
def gc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Geocoder]:
    home = tmp_path_factory.mktemp("civcas_home_counties")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CIVCAS_HOME", str(home))
        build_index(countries=["US"])
        geo.default_geocoder.cache_clear()
        yield geo.default_geocoder()
        geo.default_geocoder.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "state"), [
    ("Iredell County", "North Carolina"),
    ("Fort Bend County", "Texas"),
    ("Fort Bend County, Texas", "Texas"),
    ("IREDELL COUNTY, N.C.", "North Carolina"),
    ("Washington County, Pa.", "Pennsylvania"),
    ("HENRY COUNTY, Ind.", "Indiana"),  # a name of several states: the closing state decides
    ("Henry County, Indiana", "Indiana"),
    ("Caddo Parish", "Louisiana"),
])
def test_a_county_resolves_to_its_state(gc: Geocoder, name: str, state: str) -> None:
    p = gc.geocode(name)
    assert p.country == "US" and p.admin1 == state
    assert p.precision == "governorate"
    assert p.radius_km is not None and p.radius_km >= 50  # honest: the whole state


@pytest.mark.slow
def test_county_word_is_needed(gc: Geocoder) -> None:
    # "Fort Bend" alone is not a county name: only "Fort Bend County" is indexed
    assert gc.geocode("Fort Bend").precision != "governorate"
