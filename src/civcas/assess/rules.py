"""Typed view of ``civcas/data/assess/rules.toml`` (loaded lazily, cached)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from civcas.assess.tables import load_table
from civcas.errors import DataError


@dataclass(frozen=True, slots=True)
class Rules:
    relative: float
    absolute: int
    breakdown_groups: frozenset[str]
    civilian: frozenset[str]
    combatant: frozenset[str]
    breakdown_parts: tuple[str, ...]
    civilian_pool: tuple[str, ...]
    precedence: tuple[str, ...]
    min_sources_fair: int
    gap_days: int


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The assessment rules (raise DataError when the table is incomplete)."""
    raw = load_table("rules")
    try:
        c, g, gr, t = raw["contradiction"], raw["groups"], raw["grade"], raw["tally"]
        return Rules(
            relative=float(c["relative"]), absolute=int(c["absolute"]),
            breakdown_groups=frozenset(c["breakdown_groups"]),
            civilian=frozenset(g["civilian"]), combatant=frozenset(g["combatant"]),
            breakdown_parts=tuple(g["breakdown_parts"]),
            civilian_pool=tuple(g["civilian_pool"]),
            precedence=tuple(gr["precedence"]), min_sources_fair=int(gr["min_sources_fair"]),
            gap_days=int(t["gap_days"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DataError(f"invalid assessment rules: {exc!r}",
                        hint="check src/civcas/data/assess/rules.toml") from exc
