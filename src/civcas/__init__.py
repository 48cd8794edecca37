"""civcas: turn conflict news into an auditable, source-attributed database of civilian harm.

The small public API (imported lazily, so ``import civcas`` is cheap and has no side effects):

- ``civcas.read_paths(paths, ...)``: ingest files, folders, archives, feeds -> Documents
- ``civcas.extract(document)``: every casualty figure in a document -> list[Figure]
- ``civcas.analyse_document(document)``: extract + geocode
- ``civcas.assemble(figures)``: link, reconcile, grade, tallies -> Assembly
- ``civcas.open(url)``: a database opened for notebooks (incidents, figures, tallies, DataFrames)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "read_paths": ("civcas.ingest", "read_paths"),
    "extract": ("civcas.extract", "extract"),
    "analyse_document": ("civcas.pipeline", "analyse_document"),
    "assemble": ("civcas.pipeline", "assemble"),
    "open": ("civcas.store.notebook", "open_database"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'civcas' has no attribute {name!r}")
