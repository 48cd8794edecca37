"""Small fsspec helpers: the output folder may be a local path or any fsspec URL.

Parquet files are written to a temporary name and then moved into place, so that a task that
dies half-way never leaves a partial partition behind.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from civcas.models import to_dict


def join(base: str, *parts: str) -> str:
    """Join path parts with ``/`` (works for local paths and URLs alike)."""
    out = base.rstrip("/")
    for p in parts:
        out = f"{out}/{p.strip('/')}"
    return out


def fs_of(path: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(path)


def makedirs(path: str) -> None:
    fs, p = fs_of(path)
    fs.makedirs(p, exist_ok=True)


def exists(path: str) -> bool:
    fs, p = fs_of(path)
    return bool(fs.exists(p))


def read_text(path: str) -> str | None:
    """The text of a file, or None when it does not exist."""
    fs, p = fs_of(path)
    if not fs.exists(p):
        return None
    with fs.open(p, "rb") as fh:
        data: bytes = fh.read()
    return data.decode("utf-8")


def write_text(path: str, text: str) -> None:
    """Write a text file atomically."""
    _atomic(path, text.encode("utf-8"))


def _atomic(path: str, data: bytes) -> None:
    fs, p = fs_of(path)
    parent = p.rsplit("/", 1)[0] if "/" in p else ""
    if parent:
        fs.makedirs(parent, exist_ok=True)
    tmp = f"{p}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    with fs.open(tmp, "wb") as fh:
        fh.write(data)
    fs.mv(tmp, p)


def write_table(path: str, table: pa.Table) -> None:
    """Write one Parquet file atomically."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    _atomic(path, sink.getvalue().to_pybytes())


def read_table(path: str, *, columns: Sequence[str] | None = None) -> pa.Table:
    fs, p = fs_of(path)
    return pq.read_table(p, filesystem=fs, columns=list(columns) if columns else None)


def list_files(folder: str, *, suffix: str = ".parquet") -> list[str]:
    """Files directly inside ``folder`` ending in ``suffix`` (full paths, sorted)."""
    fs, p = fs_of(folder)
    if not fs.exists(p):
        return []
    names = sorted(str(n) for n in fs.ls(p, detail=False) if str(n).endswith(suffix))
    base = folder.rstrip("/")
    return [join(base, n.rsplit("/", 1)[-1]) for n in names]


def remove(path: str) -> None:
    fs, p = fs_of(path)
    if fs.exists(p):
        fs.rm(p, recursive=True)


def records_table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """A table from dict rows (missing keys are nulls)."""
    cols: dict[str, list[Any]] = {name: [] for name in schema.names}
    for row in rows:
        for name in schema.names:
            cols[name].append(row.get(name))
    return pa.table(cols, schema=schema)


def dumps(obj: Any) -> str:
    """A model object as a compact JSON string (the ``json`` column of every table)."""
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


S = pa.string()
I64 = pa.int64()

RAW_DOCUMENTS = pa.schema([("id", S), ("input", S), ("fp", S), ("seq", I64), ("json", S)])
RAW_FIGURES = pa.schema([("id", S), ("doc", S), ("input", S), ("fp", S), ("seq", I64),
                         ("block", S), ("scope", S), ("json", S)])
BANDS = pa.schema([("band", S), ("doc", S), ("n", I64), ("input", S), ("fp", S)])
SHINGLES = pa.schema([("id", S), ("sh", pa.binary()), ("input", S), ("fp", S)])
PROBLEMS = pa.schema([("input", S), ("fp", S), ("path", S), ("kind", S), ("reason", S),
                      ("json", S)])
DOCUMENTS = pa.schema([("id", S), ("near_group", S), ("json", S)])
FIGURES = pa.schema([("id", S), ("doc", S), ("block", S), ("scope", S), ("json", S)])
INCIDENTS = pa.schema([("id", S), ("block", S), ("json", S)])
TALLIES = pa.schema([("id", S), ("json", S)])
