"""Stream full GeoNames dumps into the gazetteer index (memory-bounded).

Formats (https://download.geonames.org/export/dump/readme.txt):

* ``allCountries.txt`` / ``SY.txt``...: tab-separated, 19 columns: geonameid, name, asciiname,
  alternatenames (comma-separated), latitude, longitude, feature class, feature code, country code,
  cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem, timezone,
  modification date;
* ``alternateNamesV2.txt``: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
  isShortName, isColloquial, isHistoric, from, to;
* ``admin1CodesASCII.txt``: ``CC.code``, name, ascii name, geonameid.

Rows are read one at a time; only the index (on disk) grows. Malformed rows are counted and
skipped with a warning, never fatal.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from civcas.errors import GazetteerError

if TYPE_CHECKING:
    from civcas.geo.writer import IndexWriter

log = logging.getLogger(__name__)

#: Feature codes kept, and the gazetteer kind they become. Classes P (populated places) and A
#: (administrative areas) are kept; of class S (spots) and L (areas) the ones that matter in
#: conflict reporting.
FEATURE_KINDS: dict[str, str] = {
    "PCLI": "country", "PCLD": "country", "PCLS": "country", "PCLF": "country", "PCL": "country",
    "TERR": "country", "ADM1": "admin1", "ADM2": "district", "ADM3": "district",
    "PPLX": "neighbourhood", "CMPRF": "camp", "CMP": "camp", "HSP": "landmark", "HSPC": "landmark",
    "DAM": "landmark", "RSTN": "landmark", "AIRP": "landmark", "AIRB": "landmark",
    "SCH": "landmark", "MSQE": "landmark", "CH": "landmark", "MKT": "landmark", "BDG": "landmark",
    "PRT": "landmark", "OILF": "landmark", "INSM": "landmark", "PRN": "landmark",
    "UNIV": "landmark", "STDM": "landmark", "THTR": "landmark", "MALL": "landmark",
}
SKIP_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt",
                            "unlc", "tcid"})


def _open_text(path: Path) -> TextIO:
    """Open a dump as text; a ``.zip`` as downloaded from GeoNames is read from its .txt member."""
    try:
        if path.suffix.lower() == ".zip":
            zf = zipfile.ZipFile(path)
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GazetteerError(f"{path} holds no .txt dump")
            return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8", newline="\n")
        return path.open(encoding="utf-8", newline="\n")
    except (OSError, zipfile.BadZipFile) as exc:
        raise GazetteerError(f"cannot open GeoNames file {path}: {exc}",
                             hint="pass the path of allCountries.txt, a country file or its .zip") from exc


def iter_rows(path: Path, *, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a tab-separated dump with at least ``columns`` fields."""
    bad = 0
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) < columns:
                bad += 1
                if bad <= 5:
                    log.warning("%s:%d: %d fields, expected %d; skipped", path, lineno,
                                len(fields), columns)
                continue
            yield lineno, fields
    if bad:
        log.warning("%s: %d malformed rows skipped", path, bad)


def read_admin1_codes(path: Path) -> dict[tuple[str, str], str]:
    """``{(country, admin1 code): name}`` from admin1CodesASCII.txt."""
    out: dict[tuple[str, str], str] = {}
    for _ln, f in iter_rows(path, columns=2):
        cc, _, code = f[0].partition(".")
        if cc and code:
            out[(cc, code)] = f[1]
    return out


def load_dump(w: IndexWriter, path: Path, *, admin_names: dict[tuple[str, str], str],
              members: dict[tuple[str, str], list[tuple[float, float]]],
              country_points: dict[str, list[tuple[float, float, int]]]) -> int:
    """Add the kept features of a geoname dump to the index being written; return how many."""
    n = 0
    for lineno, f in iter_rows(path, columns=19):
        fclass, fcode, cc = f[6], f[7], f[8]
        if fclass == "P":
            kind = FEATURE_KINDS.get(fcode, "settlement")
        elif fcode in FEATURE_KINDS:
            kind = FEATURE_KINDS[fcode]
        else:
            continue
        try:
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            pop = int(f[14] or 0)
        except ValueError:
            log.warning("%s:%d: bad number; skipped", path, lineno)
            continue
        a1 = f[10]
        if fclass == "P":
            members[(cc, a1)].append((lat, lon))
            country_points[cc].append((lat, lon, pop))
        if kind == "admin1" and (cc, a1) not in admin_names:
            admin_names[(cc, a1)] = f[1]
        if not w.wanted(cc):
            continue
        aliases = [a for a in f[3].split(",") if a]
        if f[2] and f[2] != f[1]:
            aliases.append(f[2])
        radius = None
        if kind == "country":
            radius = 150.0
        elif kind == "admin1":
            radius = 40.0
        elif kind == "district":
            radius = 15.0
        w.place(gid=f"geonames:{gid}", name=f[1], country=cc or None,
                admin1=f[1] if kind == "admin1" else admin_names.get((cc, a1), a1 or None),
                lat=lat, lon=lon, population=pop, kind=kind, radius_km=radius,
                source=f"geonames:{path.name}", aliases=aliases)
        n += 1
    return n


def load_alternate_names(w: IndexWriter, path: Path) -> int:
    """Add alternateNamesV2 names of places already in the index; return how many were added."""
    n = 0
    w.flush()
    for _ln, f in iter_rows(path, columns=4):
        lang = f[2]
        if lang in SKIP_LANGUAGES or (len(f) > 7 and f[7] == "1"):
            continue  # links, postcodes, codes, historic names
        pid = w.place_id(f"geonames:{f[1]}")
        if pid is None:
            continue
        n += w.names(pid, [f[3]])
    w.flush()
    return n
