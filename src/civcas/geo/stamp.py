"""Whether an existing gazetteer index was built from the data this civcas ships.

The index stores a fingerprint of the packaged gazetteer data (``civcas/data/geo/*``: the curated
supplement, admin areas, normalisation rules) and of the index schema. After an upgrade that
changes them, :func:`civcas.geo.index.ensure_index` rebuilds a default index on first use, and
warns about an index built from a full GeoNames dump (rebuilding that is the user's call:
``civcas gazetteer build --geonames ...``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def data_fingerprint(schema: str) -> str:
    """A short hash of the index schema and every packaged file under ``civcas/data/geo``."""
    h = hashlib.sha1(schema.encode())
    folder = resources.files("civcas").joinpath("data", "geo")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.is_file():
            h.update(item.name.encode())
            h.update(item.read_bytes())
    return h.hexdigest()[:16]


def stored_stamp(path: Path) -> tuple[str | None, list[str]]:
    """The fingerprint an index was built with (None for an index that predates stamps, or an
    unreadable one) and its source list."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT k, v FROM meta WHERE k IN ('data', 'sources')").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return None, []
    import json

    try:
        sources = [str(s) for s in json.loads(meta.get("sources", "[]"))]
    except ValueError:
        sources = []
    return meta.get("data"), sources


def is_default_build(sources: list[str]) -> bool:
    """Built from the packaged data only (no GeoNames dump or codes file): cheap and safe to rebuild."""
    return bool(sources) and not any(s.startswith(("geonames:", "alternate-names:", "admin1:"))
                                     for s in sources)
