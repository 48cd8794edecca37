"""Read the language and rule data shipped in ``civcas/data`` (one loader for every stage).

Files are read lazily and parsed once; a missing or invalid file raises ``DataError`` naming it.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from civcas.errors import DataError


def read_text(*parts: str) -> str:
    """The text of ``civcas/data/<parts...>`` (e.g. ``read_text("geo", "supplement.tsv")``)."""
    path = "/".join(parts)
    try:
        return resources.files("civcas").joinpath("data", *parts).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read data file civcas/data/{path}: {exc}",
                        hint="reinstall civcas; the package data is incomplete") from exc


@cache
def load_toml(*parts: str) -> dict[str, Any]:
    """``civcas/data/<parts...>`` parsed as TOML, once per process. Treat the result as read-only."""
    try:
        return tomllib.loads(read_text(*parts))
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"invalid TOML in civcas/data/{'/'.join(parts)}: {exc}",
                        hint="fix the file's syntax (see the TOML spec)") from exc
