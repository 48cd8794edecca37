"""National armed forces of any country as actors, derived from ``civcas/data/nations.toml``.

Applied to the raw ``[[actor]]`` tables of ``actors.toml`` when they load (:func:`with_national_forces`):

* **service variants**: an actor (kind ``belligerent``, with ``countries``) listing a plain alias
  "<Demonym> <service>" or "<Country>'s <service>" is that nation's forces; it also answers to the
  other service words ("Afghan air force", "Kenya's navy"), unless the words already name an actor;
* **synthesized forces**: a nation with no such actor gets "<Demonym> military" (kind belligerent,
  role both, countries ``[cc]``) with the same names ("French jets", "France's army"); a
  military aircraft model after a demonym names its forces too ("a French Mirage jet").

A demonym alone never becomes an alias, so "a French aid worker" names no actor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from civcas.datafiles import load_toml

__all__ = ["nation_names", "with_national_forces"]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_toml("nations.toml")


@lru_cache(maxsize=1)
def nation_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """ISO2 -> (demonyms, country names) of ``[nation]`` in ``nations.toml``."""
    return {cc: (tuple(row[0]), tuple(row[1])) for cc, row in _data().get("nation", {}).items()}


def _variants(cc: str) -> list[str]:
    """Every "<Demonym> <service>" and "<Country>'s <service>" name of nation ``cc``."""
    dems, countries = nation_names()[cc]
    data = _data()
    out = [f"{d} {s}" for d in dems for s in (*data["services"], *data.get("models", []))]
    for c in countries:
        c = c.removeprefix("the ")
        out += [f"{c}'s {s}" for s in data["country_services"]]
    return out


@lru_cache(maxsize=1)
def _services_longest_first() -> tuple[str, ...]:
    """The service words and aircraft models of ``nations.toml``, longest first."""
    data = _data()
    return tuple(sorted((*data["services"], *data.get("models", [])), key=len, reverse=True))


def _nation_of_alias(alias: str, by_dem: dict[str, str], by_country: dict[str, str]) -> str | None:
    """The nation whose forces ``alias`` names as "<Demonym> <service>" / "<Country>'s <service>"."""
    data = _data()
    low = alias.lower()
    for s in _services_longest_first():
        if low.endswith(" " + s):
            head = low[:-len(s) - 1]
            if head in by_dem:
                return by_dem[head]
            m = re.fullmatch(r"(.+?)['’]s", head)
            if m is not None and m.group(1) in by_country and s in data["country_services"]:
                return by_country[m.group(1)]
    return None


def with_national_forces(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``[[actor]]`` tables of ``actors.toml``, national forces given their service variants, then
    one synthesized forces actor per nation of ``nations.toml`` that has none."""
    data = _data()
    skip = set(data.get("skip", []))
    nations = nation_names()
    by_dem: dict[str, str] = {}
    by_country: dict[str, str] = {}
    for cc, (dems, countries) in nations.items():
        for d in dems:
            by_dem.setdefault(d.lower(), cc)
        for c in countries:
            by_country.setdefault(c.lower().removeprefix("the "), cc)
    taken = {a.lower() for e in actors for a in (e["name"], *e.get("aliases", []), *e.get("theatre_aliases", []),
                                                  *e.get("local_aliases", []))}
    owners: dict[str, list[int]] = {}  # nation -> indexes of its forces actors (plain aliases)
    known: set[str] = set()  # nations with some forces actor (any kind of alias)
    for i, e in enumerate(actors):
        if e.get("kind") != "belligerent" or not e.get("countries"):
            continue
        for a in (e["name"], *e.get("aliases", [])):
            own = _nation_of_alias(a, by_dem, by_country)
            if own is not None and i not in owners.setdefault(own, []):
                owners[own].append(i)
        for a in (*e.get("theatre_aliases", []), *e.get("local_aliases", [])):
            own = _nation_of_alias(a, by_dem, by_country)
            if own is not None:
                known.add(own)
    names = {e["name"]: i for i, e in enumerate(actors)}
    for cc, name in data.get("forces_of", {}).items():
        if name in names:
            owners.setdefault(cc, []).append(names[name])
    out = [dict(e) for e in actors]
    for cc in nations:
        if cc in skip or (cc in known and cc not in owners):
            continue
        rows = owners.get(cc, [])
        if len(rows) > 1:
            continue  # two actors share the nation's names: leave them as written
        extra = [v for v in dict.fromkeys(_variants(cc)) if v.lower() not in taken]
        taken.update(v.lower() for v in extra)
        if rows:
            out[rows[0]]["aliases"] = [*out[rows[0]].get("aliases", []), *extra]
            continue
        name = f"{nations[cc][0][0]} military"
        out.append({"name": name, "kind": "belligerent", "role": "both",
                    "aliases": [v for v in extra if v != name], "countries": [cc]})
    return out
