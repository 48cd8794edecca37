"""Writers for flat records: CSV, JSON Lines, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

FORMATS: tuple[str, ...] = ("csv", "jsonl", "geojson", "parquet")


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def write_csv(rows: Sequence[dict[str, Any]], out: IO[str]) -> int:
    """CSV with a header row (empty cells for unknown values)."""
    writer = csv.DictWriter(out, fieldnames=_columns(rows), extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return len(rows)


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object per line."""
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def to_geojson(rows: Iterable[dict[str, Any]], *, lat: str = "latitude",
               lon: str = "longitude") -> dict[str, Any]:
    """A FeatureCollection: a Point per row with coordinates (null geometry otherwise)."""
    features = []
    for r in rows:
        y, x = r.get(lat), r.get(lon)
        geometry = ({"type": "Point", "coordinates": [x, y]}
                    if x is not None and y is not None else None)
        features.append({"type": "Feature", "id": r.get("id") or r.get("event_id_cnty"),
                         "geometry": geometry, "properties": r})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection (properties = the record)."""
    doc = to_geojson(rows)
    json.dump(doc, out, ensure_ascii=False, default=str)
    out.write("\n")
    return len(doc["features"])


def write_parquet(rows: Sequence[dict[str, Any]], path: str) -> int:
    """A Parquet file (pyarrow), columns typed from the values."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = _columns(rows)
    table = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows]) if rows else \
        pa.table({})
    pq.write_table(table, path)
    return len(rows)
