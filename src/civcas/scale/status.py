"""Summaries of a Parquet output folder (row counts per table, from Parquet metadata)."""

from __future__ import annotations

from civcas.scale import storage as st

TABLES = ("documents", "figures", "problems", "incidents", "tallies")


def table_counts(out: str) -> dict[str, int]:
    """Rows per final table, read from the Parquet footers only."""
    import pyarrow.parquet as pq

    counts: dict[str, int] = {}
    for table in TABLES:
        n = 0
        for path in st.list_files(st.join(out, table)):
            fs, p = st.fs_of(path)
            with fs.open(p, "rb") as fh:
                n += pq.ParquetFile(fh).metadata.num_rows
        counts[table] = n
    return counts
