"""civcas.export: incidents, figures and tallies as CSV, GeoJSON, JSON Lines or Parquet, in the
civcas schema or mapped to UCDP GED / ACLED columns (see docs/export.md).

    export_rows(store, *, table="incidents", schema="civcas", **filters) -> list[dict]
    export(store, *, table, fmt, schema="civcas", out=None, **filters) -> int  (rows written)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from civcas.errors import UsageError
from civcas.export.records import (
    acled_record,
    figure_record,
    incident_record,
    tally_records,
    ucdp_record,
)
from civcas.export.writers import FORMATS, write_csv, write_geojson, write_jsonl, write_parquet

if TYPE_CHECKING:
    from civcas.store import Store

TABLES: tuple[str, ...] = ("incidents", "figures", "tallies")
SCHEMAS: tuple[str, ...] = ("civcas", "ucdp", "acled")
PAGE = 1000


def _incident_rows(store: Store, schema: str, filters: dict[str, Any]
                   ) -> Iterator[dict[str, Any]]:
    batch: list[tuple[Any, Any]] = []

    def flush() -> Iterator[dict[str, Any]]:
        docs = (store.document_refs([d for inc, _u in batch for d in inc.documents])
                if schema != "civcas" else {})
        for inc, updated in batch:
            if schema == "ucdp":
                yield ucdp_record(inc, docs)
            elif schema == "acled":
                yield acled_record(inc, docs, updated=updated)
            else:
                yield incident_record(inc)

    for item in store.iter_incidents(page=PAGE, **filters):
        batch.append(item)
        if len(batch) >= PAGE:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _figure_rows(store: Store, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        figs = store.list_figures(include_rejected=True, limit=PAGE, offset=offset, **filters)
        if not figs:
            return
        ids = [f.id for f in figs]
        status = store.figure_status(ids)
        where = store.figure_incidents(ids)
        for f in figs:
            yield figure_record(f, status=status.get(f.id, "active"), incident=where.get(f.id))
        if len(figs) < PAGE:
            return
        offset += PAGE


def export_rows(store: Store, *, table: str = "incidents", schema: str = "civcas",
                **filters: Any) -> list[dict[str, Any]]:
    """Flat records of ``table`` in ``schema`` (UCDP/ACLED apply to incidents; UCDP tallies
    get ``event_clarity`` 2). ``filters`` are those of the table's Store listing."""
    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}", hint=f"one of {', '.join(TABLES)}")
    if schema not in SCHEMAS:
        raise UsageError(f"unknown schema {schema!r}", hint=f"one of {', '.join(SCHEMAS)}")
    if table == "incidents":
        return list(_incident_rows(store, schema, filters))
    if schema == "acled":
        raise UsageError("the ACLED schema applies to incidents only",
                         hint="use --schema civcas for figures and tallies")
    if table == "figures":
        if schema != "civcas":
            raise UsageError("figures are exported in the civcas schema only")
        return list(_figure_rows(store, filters))
    return [rec for s in store.list_tallies(**filters) for rec in tally_records(s, schema=schema)]


def export(store: Store, *, table: str = "incidents", fmt: str = "csv",
           schema: str = "civcas", out: str | None = None, **filters: Any) -> int:
    """Write ``table`` as ``fmt`` to the file ``out`` (stdout if None; Parquet needs a file).
    Returns the number of records written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", hint=f"one of {', '.join(FORMATS)}")
    rows = export_rows(store, table=table, schema=schema, **filters)
    if fmt == "parquet":
        if not out:
            raise UsageError("Parquet is binary: give --out FILE")
        return write_parquet(rows, out)
    if out:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return _write_text(fmt, rows, fh)
    return _write_text(fmt, rows, sys.stdout)


def _write_text(fmt: str, rows: list[dict[str, Any]], fh: IO[str]) -> int:
    if fmt == "csv":
        return write_csv(rows, fh)
    if fmt == "jsonl":
        return write_jsonl(rows, fh)
    return write_geojson(rows, fh)


__all__ = ["FORMATS", "SCHEMAS", "TABLES", "export", "export_rows"]
