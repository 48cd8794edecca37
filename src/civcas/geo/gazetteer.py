"""Read access to the compiled gazetteer index (see :mod:`civcas.geo.index`)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from civcas.errors import GazetteerError

_FIELDS = "p.id, p.gid, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.kind, " \
          "p.radius_km, p.source"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    id: int
    gid: str
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    kind: str
    radius_km: float
    source: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer place reached through one of its names."""

    entry: Entry
    loose: str  # the matched name's loose form
    primary: bool  # the matched name is the place's main name


class Gazetteer:
    """A read-only, thread-safe view of an index file, with small lookup caches."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                        check_same_thread=False)
            self._con.execute("SELECT 1 FROM names LIMIT 1")
        except sqlite3.Error as exc:
            raise GazetteerError(f"{self.path} is not a usable gazetteer index: {exc}",
                                 hint="rebuild it with `civcas gazetteer build`") from exc
        self._lock = threading.Lock()
        self._hits: dict[str, tuple[Hit, ...]] = {}
        self._country_names: dict[str, tuple[tuple[str, str, int], ...]] = {}

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._con.close()

    def lookup(self, key: str) -> tuple[Hit, ...]:
        """Every place having a name whose normalised key is ``key``."""
        cached = self._hits.get(key)
        if cached is not None:
            return cached
        with self._lock:
            rows = self._con.execute(
                f"SELECT {_FIELDS}, n.loose, n.is_primary FROM names n JOIN places p "
                "ON p.id = n.place WHERE n.key = ?", (key,)).fetchall()
        hits = tuple(Hit(Entry(*r[:11]), r[11], bool(r[12])) for r in rows)
        if len(self._hits) > 100_000:
            self._hits.clear()
        self._hits[key] = hits
        return hits

    def entry(self, place_id: int) -> Entry | None:
        """The place with row id ``place_id``."""
        with self._lock:
            row = self._con.execute(f"SELECT {_FIELDS} FROM places p WHERE p.id = ?",
                                    (place_id,)).fetchone()
        return Entry(*row) if row else None

    def by_gid(self, gid: str) -> Entry | None:
        """The place with gazetteer id ``gid`` (e.g. ``geonames:172955``)."""
        with self._lock:
            row = self._con.execute(f"SELECT {_FIELDS} FROM places p WHERE p.gid = ?",
                                    (gid,)).fetchone()
        return Entry(*row) if row else None

    def country_names(self, country: str) -> tuple[tuple[str, str, int], ...]:
        """(loose name, key, place id) of every name of the places of one country (cached)."""
        cached = self._country_names.get(country)
        if cached is not None:
            return cached
        with self._lock:
            rows = self._con.execute(
                "SELECT n.loose, n.key, n.place FROM names n JOIN places p ON p.id = n.place "
                "WHERE p.country = ?", (country,)).fetchall()
        out = tuple((r[0], r[1], r[2]) for r in rows)
        if len(self._country_names) > 16:
            self._country_names.clear()
        self._country_names[country] = out
        return out
