"""Small helpers for the dask.dataframe phases of the engine (no stage logic here)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd

from civcas.scale import storage as st
from civcas.scale.cluster import track

STR = "string[pyarrow]"
PARTS = "_parts"


def part_path(out: str, table: str, name: str) -> str:
    """The raw per-partition file of ``table`` written by ingest partition ``name``."""
    return st.join(out, PARTS, table, f"{name}.parquet")


def meta(**cols: str) -> pd.DataFrame:
    """An empty frame with these columns and dtypes (``meta=`` of map_partitions)."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in cols.items()})


def frame(out: str, table: str, pids: Sequence[str], **kwargs: Any) -> Any:
    """The raw ``table`` of the ingest partitions ``pids`` as one dask DataFrame."""
    import dask.dataframe as dd

    return dd.read_parquet([part_path(out, table, p) for p in pids], **kwargs)


def nparts(rows: int, *, per_partition: int, minimum: int) -> int:
    """How many shuffle partitions keep about ``per_partition`` rows each (at least ``minimum``)."""
    return max(1, minimum, math.ceil(rows / max(1, per_partition)))


def compute_parts(client: Any, df: Any, writer: Any, *, label: str, progress: bool,
                  **kwargs: Any) -> int:
    """Apply ``writer(partition_df, index=i, **kwargs)`` to every partition of a dask frame
    on the workers; returns the sum of what the writers return (row counts)."""
    from dask import delayed

    tasks = [delayed(writer)(p, index=i, **kwargs) for i, p in enumerate(df.to_delayed())]
    futures = client.compute(tasks)
    return sum(int(f.result()) for f in track(futures, label=label, enabled=progress))


def write_frame(df: pd.DataFrame, *, index: int, folder: str, schema: Any) -> int:
    """Write one partition as ``<folder>/part-<index>.parquet``; returns its row count."""
    st.write_table(st.join(folder, f"part-{index:05d}.parquet"),
                   st.records_table(df.to_dict("records"), schema))
    return len(df)


def write_columns(df: pd.DataFrame, *, index: int, folder: str) -> int:
    """Write one partition of plain columns as ``<folder>/part-<index>.parquet`` (vectorised)."""
    import pyarrow as pa

    st.write_table(st.join(folder, f"part-{index:05d}.parquet"),
                   pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False))
    return len(df)
