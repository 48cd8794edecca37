"""Rule tables of linking and assessment, read lazily from ``civcas/data/assess/*.toml``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from civcas.datafiles import load_toml


@lru_cache(maxsize=8)
def load_table(name: str) -> dict[str, Any]:
    """Parse ``civcas/data/assess/<name>.toml`` (cached); raise DataError if missing or invalid."""
    return load_toml("assess", f"{name}.toml")
