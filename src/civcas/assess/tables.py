"""Rule tables of linking and assessment, read lazily from ``civcas/data/assess/*.toml``."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from civcas.errors import DataError


@lru_cache(maxsize=8)
def load_table(name: str) -> dict[str, Any]:
    """Parse ``civcas/data/assess/<name>.toml`` (cached); raise DataError if missing or invalid."""
    try:
        text = (resources.files("civcas") / "data" / "assess" / f"{name}.toml").read_text("utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(
            f"cannot read rule table {name}.toml: {exc}",
            hint="the file belongs in src/civcas/data/assess/",
        ) from exc
