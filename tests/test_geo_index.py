"""The gazetteer index: GeoNames dump loader, supplements, atomic builds, metadata."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from civcas.errors import GazetteerError, UsageError
from civcas.geo import Geocoder, add_user_entry, build_index, index_info
from civcas.geo.geonames import iter_rows, read_admin1_codes

DATA = Path(__file__).parent / "data" / "geonames"


def _dump_index(tmp_path: Path, **kw: object) -> Path:
    out = tmp_path / "g.sqlite"
    build_index(out, geonames=[DATA / "SY.txt"], alternate_names=DATA / "alternateNamesV2.txt",
                admin1_codes=DATA / "admin1CodesASCII.txt", include_default=False,
                user_supplement=tmp_path / "none.tsv", **kw)  # type: ignore[arg-type]
    return out


def test_rows_of_the_dump_format() -> None:
    rows = list(iter_rows(DATA / "SY.txt", columns=19))
    assert len(rows) == 8  # one malformed row skipped
    assert all(len(f) == 19 for _ln, f in rows)
    assert read_admin1_codes(DATA / "admin1CodesASCII.txt")[("SY", "04")] == "Ar Raqqah"


def test_dump_loader_keeps_the_right_features(tmp_path: Path) -> None:
    out = _dump_index(tmp_path)
    con = sqlite3.connect(out)
    kinds = dict(con.execute("SELECT gid, kind FROM places WHERE source LIKE 'geonames:%'"))
    con.close()
    assert kinds["geonames:172955"] == "settlement"
    assert kinds["geonames:900002"] == "neighbourhood"  # PPLX
    assert kinds["geonames:900003"] == "landmark"  # HSP
    assert kinds["geonames:172954"] == "admin1"
    assert "geonames:900004" not in kinds  # a hill (class T) is not kept
    assert "geonames:900006" not in kinds  # a stream (class H) is not kept


def test_dump_names_and_alternate_names_resolve(tmp_path: Path) -> None:
    gc = Geocoder(index_path=_dump_index(tmp_path))
    raqqa = gc.geocode("Rakka")
    assert raqqa.gazetteer_id == "geonames:172955"
    assert raqqa.admin1 == "Ar Raqqah"  # from admin1CodesASCII
    assert gc.geocode("Qasr Village").gazetteer_id == "geonames:900001"  # alternateNamesV2
    assert gc.geocode("خربة القصر").gazetteer_id == "geonames:900001"
    assert gc.geocode("Bustan").precision == "neighbourhood"
    assert gc.geocode("Thawra").via == "unresolved"  # historic alternate name skipped
    assert gc.geocode("National Hospital").precision == "exact"
    # the curated supplement is applied on top of the dumps
    assert gc.geocode("Mishlab").gazetteer_id == "civcas:sy-mishlab"


def test_country_filter(tmp_path: Path) -> None:
    out = tmp_path / "ps.sqlite"
    info = build_index(out, include_default=False, countries=["PS"],
                       user_supplement=tmp_path / "none.tsv")
    assert info.countries == ("PS",)
    gc = Geocoder(index_path=out)
    assert gc.geocode("Jabalia camp").country == "PS"
    assert gc.geocode("Mishlab").via == "unresolved"  # a Syrian entry, filtered out


def test_info_reports_sources_and_counts(tmp_path: Path) -> None:
    out = _dump_index(tmp_path)
    info = index_info(out)
    assert info.path == str(out)
    assert info.places > 0 and info.names > info.places
    assert any("SY.txt" in s for s in info.sources)
    assert info.extra["counts"]["geonames:SY.txt"] == 6
    assert info.built_at.endswith("Z")


def test_missing_or_bad_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        index_info(tmp_path / "nothing.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(GazetteerError):
        Geocoder(index_path=bad)


def test_user_supplement_is_applied_on_rebuild(tmp_path: Path) -> None:
    sup = tmp_path / "user_supplement.tsv"
    add_user_entry(name="Tal Hamees Farm", lat=36.6, lon=41.1, country="SY", kind="village",
                   aliases=("Tell Hamis farm",), path=sup)
    add_user_entry(name="Second Place", lat=36.0, lon=40.0, country="sy", path=sup)
    assert sup.read_text("utf-8").count("\n") == 3  # header + two rows
    out = tmp_path / "u.sqlite"
    build_index(out, include_default=False, countries=["SY"], user_supplement=sup)
    gc = Geocoder(index_path=out)
    got = gc.geocode("Tell Hamis farm")
    assert got.gazetteer_id is not None and got.gazetteer_id.startswith("user:")
    assert (got.lat, got.lon) == (36.6, 41.1)
    assert gc.geocode("Second Place").country == "SY"


@pytest.mark.parametrize("kw", [
    {"lat": 95.0, "lon": 0.0, "country": "SY"},
    {"lat": 1.0, "lon": 1.0, "country": "Syria"},
    {"lat": 1.0, "lon": 1.0, "country": "SY", "kind": "castle"},
])
def test_user_entry_validation(tmp_path: Path, kw: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        add_user_entry(name="X", path=tmp_path / "s.tsv", **kw)  # type: ignore[arg-type]


def test_concurrent_builds_leave_one_complete_index(tmp_path: Path) -> None:
    out = tmp_path / "shared.sqlite"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            build_index(out, include_default=False, countries=["PS", "SY"],
                        user_supplement=tmp_path / "none.tsv")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert index_info(out).places > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gazetteer-")]


def _set_stamp(path: Path, value: str) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET v = ? WHERE k = 'data'", (value,))
    con.commit()
    con.close()


def test_an_index_records_the_data_it_was_built_from(tmp_path: Path) -> None:
    from civcas.geo.index import SCHEMA_VERSION
    from civcas.geo.stamp import data_fingerprint, stored_stamp

    out = build_index(tmp_path / "g.sqlite", include_default=False, countries=["PS"],
                      user_supplement=tmp_path / "none.tsv")
    stamp, sources = stored_stamp(Path(out.path))
    assert stamp == data_fingerprint(SCHEMA_VERSION)
    assert sources == ["civcas supplement"]
    assert data_fingerprint(SCHEMA_VERSION) != data_fingerprint(SCHEMA_VERSION + "-next")


def test_a_stale_dump_index_is_kept_with_a_warning(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    from civcas.geo.index import ensure_index

    out = _dump_index(tmp_path)
    _set_stamp(out, "an-older-release")
    before = out.stat().st_mtime_ns
    with caplog.at_level("WARNING"):
        assert ensure_index(out) == out
    assert out.stat().st_mtime_ns == before  # a user's GeoNames build is never rebuilt behind their back
    assert "civcas gazetteer build" in caplog.text


@pytest.mark.slow
def test_a_stale_default_index_is_rebuilt_on_first_use(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from civcas.geo.index import SCHEMA_VERSION, default_index_path, ensure_index
    from civcas.geo.stamp import data_fingerprint, stored_stamp

    monkeypatch.setenv("CIVCAS_HOME", str(tmp_path))
    path = default_index_path()
    build_index(path, include_default=False, countries=["PS"])
    _set_stamp(path, "an-older-release")
    ensure_index()
    stamp, _ = stored_stamp(path)
    assert stamp == data_fingerprint(SCHEMA_VERSION)
    assert index_info(path).places > 200_000  # the full default index, not the old partial one
