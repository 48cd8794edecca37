"""Lazy, cached access to the data files under ``civcas/data/ingest``."""

from __future__ import annotations

from typing import Any

from civcas import datafiles


def load_toml(name: str) -> dict[str, Any]:
    """``civcas/data/ingest/<name>``, parsed once."""
    return datafiles.load_toml("ingest", name)
