"""US local news and incident place selection: state abbreviations closing a dateline, state
names that are also cities or countries, ordinary words read as towns, far namesakes, and the
place an incident's figures agree on.

Example sentences are written for these tests in the style of US local reporting.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract.where import place_in
from civcas.geo import Geocoder, distance_km, geocode_figures
from civcas.link.describe import incident_place
from civcas.models import Document, Figure, Place, Span
from geo_fixtures import restricted_geocoder

COUNTRIES = ["US", "GE", "GB", "PS", "IL", "SL", "CI", "LT", "SO"]


@pytest.fixture(scope="module")
def gc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Geocoder]:
    yield from restricted_geocoder(tmp_path_factory, "civcas_home_us", COUNTRIES)


@pytest.mark.parametrize(("name", "state"), [
    ("BEVERLY, Mass.", "Massachusetts"),
    ("HILLIARD, OH", "Ohio"),
    ("POPLAR BLUFF, Mo.", "Missouri"),
    ("SALISBURY, N.C.", "North Carolina"),
    ("Tacoma, Washington", "Washington"),
    ("Caledonia, New York", "New York"),
    ("Atlanta, Georgia", "Georgia"),
    ("Portland, Ore.", "Oregon"),
])
def test_closing_state_abbreviation_or_name_is_the_state(gc: Geocoder, name: str, state: str) -> None:
    got = gc.geocode(name)
    assert got.country == "US"
    assert got.admin1 == state
    assert got.precision == "settlement"


def test_country_named_like_a_state_stays_the_country(gc: Geocoder) -> None:
    got = gc.geocode("Tbilisi, Georgia")
    assert got.country == "GE"
    assert got.precision == "settlement"


def test_abbreviation_alone_is_not_a_state(gc: Geocoder) -> None:
    # "Mass" or "OH" alone are ordinary words, not Massachusetts or Ohio
    assert gc.geocode("OH").admin1 != "Ohio"
    assert gc.geocode("Mass").admin1 != "Massachusetts"


def test_ordinary_word_in_lower_case_elsewhere_is_not_a_town(gc: Geocoder) -> None:
    doc = Document(id="u1", title="Boy, 15, shot while walking home",
                   text="Boy, 15, shot while walking home. The boy was taken to a hospital where "
                        "he was listed in stable condition, a relative said.")
    ctx = gc.context_for(doc)
    assert ctx.best is None or ctx.best.country == "US"


def _fig(i: int, place: Place | None, *, doc: str = "d1") -> Figure:
    return Figure(id=f"f{i}", doc=doc, statement="s", outcome="killed", group="people",
                  low=1, high=1, qualifier="exact", scope="incident", stance="asserted",
                  evidence=Span("x", 0, 1), place=place)


def test_far_small_namesake_gets_the_document_place(gc: Geocoder) -> None:
    doc = Document(id="u2", title=None, dateline="STERLING, Ill.",
                   text="STERLING, Ill. - A man was shot and killed late Friday, police said. "
                        "Officers found the man in Anderson after a neighbour called 911.")
    fig = _fig(1, Place(name="Anderson"), doc="u2")
    out = geocode_figures(doc, [fig], geocoder=gc)[0].place
    assert out is not None and out.lat is not None and out.lon is not None
    sterling = gc.geocode("Sterling, Ill.")
    assert sterling.lat is not None and sterling.lon is not None
    assert distance_km(out.lat, out.lon, sterling.lat, sterling.lon) < 5.0
    assert out.via == "context:document"
    assert out.name == "Anderson"  # the name (and its key) is kept for linking


def test_us_sentence_places() -> None:
    got = place_in("A teen was killed on the South Side, Chicago police said.")
    assert got is not None and got.name == "South Side, Chicago"
    got = place_in("Two people were shot near Route 30 in Lancaster County.")
    assert got is not None and "Route" not in got.name
    got = place_in("Five were killed in Rafah, Abu Ahmed said.")
    assert got is not None and got.name == "Rafah"


# ---------------------------------------------------------------- incident_place (link/describe)

CHICAGO = Place(name="Chicago", key="xkg", lat=41.85, lon=-87.65, radius_km=17.0,
                precision="settlement", admin1="Illinois", country="US", via="exact")
HOSPITAL = Place(name="Stroger Hospital", key="strgr", lat=41.874, lon=-87.674, radius_km=0.5,
                 precision="exact", admin1="Illinois", country="US", via="alias")
WALKER = Place(name="Walker", key="wlkr", lat=42.96, lon=-85.77, radius_km=3.0,
               precision="settlement", admin1="Michigan", country="US", via="exact")
ILLINOIS = Place(name="Illinois", key="ilns", lat=40.0, lon=-89.2, radius_km=250.0,
                 precision="governorate", admin1="Illinois", country="US", via="exact")


def _doc_best(p: Place) -> Place:
    return Place(name=p.name, key=p.key, lat=p.lat, lon=p.lon, radius_km=p.radius_km,
                 precision=p.precision, admin1=p.admin1, country=p.country,
                 via="context:document")


def test_precise_wrong_place_does_not_beat_the_document_place() -> None:
    figs = [_fig(1, WALKER), _fig(2, WALKER), _fig(3, _doc_best(CHICAGO))]
    got = incident_place(figs)
    assert got is not None and got.name == "Chicago"


def test_precision_breaks_ties_among_consistent_places() -> None:
    figs = [_fig(1, _doc_best(CHICAGO)), _fig(2, HOSPITAL), _fig(3, CHICAGO)]
    got = incident_place(figs)
    assert got is not None and got.name == "Stroger Hospital"


def test_more_documents_win() -> None:
    figs = [_fig(1, WALKER, doc="a"), _fig(2, CHICAGO, doc="b"), _fig(3, CHICAGO, doc="c")]
    got = incident_place(figs)
    assert got is not None and got.name == "Chicago"


def test_an_area_agrees_with_its_places() -> None:
    figs = [_fig(1, ILLINOIS), _fig(2, CHICAGO), _fig(3, WALKER)]
    got = incident_place(figs)
    assert got is not None and got.name == "Chicago"


def test_unlocated_places_fall_back_to_the_most_frequent_key() -> None:
    a, b = Place(name="Elm Street", key="elm"), Place(name="Oak Street", key="ok")
    got = incident_place([_fig(1, a), _fig(2, b), _fig(3, b)])
    assert got is not None and got.name == "Oak Street"
    assert incident_place([_fig(1, None)]) is None


_PLACES = [CHICAGO, HOSPITAL, WALKER, ILLINOIS, _doc_best(CHICAGO), Place(name="X", key="x")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PLACES), st.sampled_from(["a", "b", "c"])),
                min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_incident_place_is_one_of_the_figures_places_and_order_free(
        items: list[tuple[Place, str]], rnd: object) -> None:
    figs = [_fig(i, p, doc=d) for i, (p, d) in enumerate(items)]
    got = incident_place(figs)
    assert got in [f.place for f in figs]
    shuffled = list(figs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert incident_place(shuffled) == got


def test_town_spelt_exactly_beats_a_country_spelt_loosely(gc: Geocoder) -> None:
    got = gc.geocode("Embarcadero Drive, Lithonia")
    assert got.country == "US"
    assert gc.geocode("Lithuania").precision == "country"


def test_county_is_never_a_town_spelt_nearly_like_it(gc: Geocoder) -> None:
    got = gc.geocode("Paulding County", country="US")
    assert got.precision in ("unknown", "district", "governorate")


def test_acronyms_in_running_text_are_not_places() -> None:
    assert place_in("The boy was flown to UAMS in critical condition.") is None
    got = place_in("A man was shot in Hilliard, OH, police said.")
    assert got is not None and got.name == "Hilliard, OH"


def test_st_abbreviation_is_one_name(gc: Geocoder) -> None:
    got = place_in("A woman was shot and killed in St. Louis late Saturday.")
    assert got is not None and got.name == "St Louis"
    assert gc.geocode(got.name).admin1 == "Missouri"


def test_one_area_named_like_a_surname_does_not_make_the_dateline_foreign(gc: Geocoder) -> None:
    doc = Document(id="u3", title=None, dateline="CHICAGO",
                   text="CHICAGO - Two men were wounded in a shooting on the South Side, police "
                        "said. Officer Tom Bari said no one was in custody.")
    ctx = gc.context_for(doc)
    assert ctx.best is not None and ctx.best.admin1 == "Illinois"


def test_bare_dateline_is_the_namesake_where_the_text_points(gc: Geocoder) -> None:
    doc = Document(id="u4", title=None, dateline="STERLING",
                   text="STERLING - A 19-year-old man was shot and killed early Sunday, Illinois "
                        "State Police said. The shooting is the second in northern Illinois "
                        "this month.")
    ctx = gc.context_for(doc)
    assert ctx.best is not None and ctx.best.admin1 == "Illinois"
