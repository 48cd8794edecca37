"""civcas.scale: corpus-scale processing on Dask.

``run_dask(paths, ...)`` runs the same stage functions as the local runner as Dask tasks over
partitions of input files, writes documents, figures, problems, incidents and tallies as
Parquet under an output folder (local path or fsspec URL), keeps a manifest of processed
inputs for incremental re-runs, and optionally loads the result into a database.

Importing this package is cheap: names are loaded on first use, and Dask only when a run starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from civcas.scale.engine import DEFAULT_PARTITION_SIZE, ScaleResult, run_dask
    from civcas.scale.load import load_into_store
    from civcas.scale.manifest import Manifest, ManifestEntry

_LAZY = {
    "DEFAULT_PARTITION_SIZE": "civcas.scale.engine",
    "ScaleResult": "civcas.scale.engine",
    "run_dask": "civcas.scale.engine",
    "load_into_store": "civcas.scale.load",
    "Manifest": "civcas.scale.manifest",
    "ManifestEntry": "civcas.scale.manifest",
}

__all__ = [
    "DEFAULT_PARTITION_SIZE", "Manifest", "ManifestEntry", "ScaleResult", "load_into_store",
    "run_dask",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'civcas.scale' has no attribute {name!r}")
