"""A default geocoder over a small index (a few countries), built into its own CIVCAS_HOME."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

import civcas.geo as geo
from civcas.geo import Geocoder, build_index


def restricted_geocoder(tmp_path_factory: pytest.TempPathFactory, name: str,
                        countries: Sequence[str]) -> Iterator[Geocoder]:
    """Build the default index restricted to ``countries`` into a fresh CIVCAS_HOME and yield the
    default geocoder over it (restored afterwards); for module- or session-scoped fixtures."""
    home = tmp_path_factory.mktemp(name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CIVCAS_HOME", str(home))
        build_index(countries=list(countries))
        geo.default_geocoder.cache_clear()
        yield geo.default_geocoder()
        geo.default_geocoder.cache_clear()
