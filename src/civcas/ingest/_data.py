"""Lazy, cached access to the data files under ``civcas/data/ingest``."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from civcas.errors import DataError


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Read ``civcas/data/ingest/<name>`` once."""
    try:
        raw = resources.files("civcas").joinpath("data", "ingest", name).read_bytes()
        return tomllib.loads(raw.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read ingest data file {name}: {exc}",
                        hint="reinstall civcas; the package data is incomplete") from exc
