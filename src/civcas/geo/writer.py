"""The writer of the gazetteer index: places and their usable names into an open SQLite database
(which names are kept, and a place's default radius). :mod:`civcas.geo.index` builds with it."""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Collection, Iterable

from civcas.geo.normalise import loose, normalise

# --------------------------------------------------------------------------- name filtering


_ALLOWED = re.compile("[\u0000-\u024f\u02b0-\u036f\u0370-\u052f\u0590-\u06ff\u1e00-\u1eff"
                      "\u2010-\u2019]+")
_DIGIT = re.compile(r"\d")


def _script_ok(name: str) -> bool:
    """Keep Latin, Arabic, Hebrew and Cyrillic names; skip codes, numbers and other scripts."""
    if len(name) < 2 or _DIGIT.search(name):
        return False
    if name.isascii():
        return not (name.isupper() and len(name) <= 4)  # IATA/ICAO-like codes
    return _ALLOWED.fullmatch(name) is not None


def _radius_for(kind: str, population: int) -> float:
    if kind == "neighbourhood":
        return 1.5
    if kind == "landmark":
        return 0.5
    if kind == "camp":
        return 1.5
    if kind == "village":
        return 2.0
    return round(2.0 + math.sqrt(max(population, 0)) / 120.0, 1)


# --------------------------------------------------------------------------- writer


class IndexWriter:
    """Accumulates places and names into an open SQLite database."""

    def __init__(self, con: sqlite3.Connection, countries: Collection[str] | None) -> None:
        self.con = con
        self.countries = {c.upper() for c in countries} if countries else None
        self.next_id = 1
        self.n_names = 0
        self._names: list[tuple[str, str, int, int]] = []

    def wanted(self, country: str | None) -> bool:
        return self.countries is None or (country or "").upper() in self.countries

    def place(self, *, gid: str, name: str, country: str | None, admin1: str | None, lat: float,
              lon: float, population: int, kind: str, radius_km: float | None, source: str,
              aliases: Iterable[str] = ()) -> int:
        """Add (or, for a known ``gid``, extend) a place and its names; return its row id."""
        pid = self.place_id(gid)
        if pid is None:
            pid = self.next_id
            self.next_id += 1
            radius = radius_km if radius_km is not None else _radius_for(kind, population)
            self.con.execute(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (pid, gid, name, country, admin1, lat, lon, population, kind, radius, source))
        self.names(pid, [name], primary=True)
        self.names(pid, aliases)
        return pid

    def place_id(self, gid: str) -> int | None:
        """The row id of an already written place (looked up on disk: memory stays bounded)."""
        row = self.con.execute("SELECT id FROM places WHERE gid = ?", (gid,)).fetchone()
        return int(row[0]) if row else None

    def names(self, pid: int, names: Iterable[str], *, primary: bool = False) -> int:
        """Queue the distinct usable names of place ``pid``; return how many were queued."""
        seen: set[tuple[str, str]] = set()
        for raw in names:
            nm = raw.strip()
            if not nm or not _script_ok(nm):
                continue
            k, lo = normalise(nm), loose(nm)
            if not k or (k, lo) in seen:
                continue
            seen.add((k, lo))
            self._names.append((k, lo, pid, 1 if primary else 0))
        if len(self._names) > 50_000:
            self.flush()
        return len(seen)

    def flush(self) -> None:
        if self._names:
            self.con.executemany("INSERT INTO names VALUES (?,?,?,?)", self._names)
            self.n_names += len(self._names)
            self._names.clear()
