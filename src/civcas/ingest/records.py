"""Structured records: JSON Lines, JSON (array, or object holding a list) and CSV / TSV.

Field names are matched case-insensitively: a user ``field_map`` first, then the aliases in
``data/ingest/fields.toml`` (e.g. body/content/article -> text, date/pubdate/seendate ->
published, headline -> title, source/site/domain -> publisher, link -> url).
Bad lines and rows become :class:`Issue` objects carrying their line/row number; good ones go on.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from civcas.errors import UsageError
from civcas.ingest._data import load_toml

FIELDS: tuple[str, ...] = ("id", "title", "text", "published", "url", "publisher", "language")
LIST_KEYS: tuple[str, ...] = ("documents", "items", "articles", "data", "records", "results",
                              "entries", "posts", "docs")


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem with one item of a file, before it is tied to a path."""

    kind: str
    reason: str
    position: int | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """One input record mapped to document fields (values as found, ``None`` when absent)."""

    position: int
    fields: dict[str, Any]


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, ...]]:
    """Built-in aliases per document field."""
    table = load_toml("fields.toml")
    return {f: tuple(a.lower() for a in table.get(f, [f])) for f in FIELDS}


def check_field_map(field_map: tuple[tuple[str, str], ...]) -> None:
    """Raise :class:`UsageError` when a mapping targets an unknown document field."""
    for src, dst in field_map:
        if dst not in FIELDS or not src:
            raise UsageError(f"bad field mapping {src}={dst}",
                             hint=f"map a record field to one of: {', '.join(FIELDS)}")


def _scalar(value: Any) -> Any:
    if isinstance(value, dict):
        for key in ("name", "title", "value", "url", "href", "#text"):
            if isinstance(value.get(key), (str, int, float)):
                return value[key]
        return None
    if isinstance(value, list):
        parts = [str(_scalar(v)) for v in value if _scalar(v) not in (None, "")]
        return "\n\n".join(parts) if parts else None
    return value


def map_fields(record: Mapping[str, Any], field_map: tuple[tuple[str, str], ...] = ()) -> dict[str, Any]:
    """The document fields of one record (see the module docstring)."""
    lower: dict[str, Any] = {}
    for key, value in record.items():
        lower.setdefault(str(key).strip().lstrip("\ufeff").lower(), value)
    out: dict[str, Any] = {}
    table = aliases()
    for field in FIELDS:
        names = [s.lower() for s, d in field_map if d == field] + list(table[field])
        for name in names:
            value = _scalar(lower.get(name))
            if value is not None and value != "":
                out[field] = value
                break
    return out


def iter_jsonl(text: str) -> Iterator[Record | Issue]:
    """Records of a JSON Lines text; invalid lines become issues with their line number."""
    for n, line in enumerate(text.split("\n"), start=1):
        s = line.strip()
        if not s:
            continue
        try:
            obj = json.loads(s)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Issue("malformed", f"line {n}: invalid JSON ({exc})", n)
            continue
        if not isinstance(obj, dict):
            yield Issue("malformed", f"line {n}: a JSON {type(obj).__name__}, not an object", n)
            continue
        yield Record(n, obj)


def iter_json(text: str) -> Iterator[Record | Issue]:
    """Records of a JSON document: an array, an object holding a list, or one record."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:5]):
            yield from iter_jsonl(text)
            return
        yield Issue("malformed", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                    exc.lineno)
        return
    except RecursionError:
        yield Issue("malformed", "JSON nested too deeply")
        return
    items: Any = None
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                items = data[key]
                break
        if items is None:
            items = [data]
    if items is None:
        yield Issue("malformed", f"a JSON {type(data).__name__}, not records")
        return
    for n, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield Record(n, item)
        else:
            yield Issue("malformed", f"item {n}: a JSON {type(item).__name__}, not an object", n)


def _dialect(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        return default


def iter_csv(text: str, *, delimiter: str | None = None, max_field: int = 50_000_000
             ) -> Iterator[Record | Issue]:
    """Rows of a CSV/TSV text with a header row; rows with the wrong field count become issues."""
    limit = min(max(max_field, 131072), sys.maxsize)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    first_line = text.split("\n", 1)[0]
    delim = delimiter or _dialect(first_line, ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    header: list[str] | None = None
    errors = 0
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors += 1
            yield Issue("malformed", f"row {row_no + 1} (line {reader.line_num}): {exc}", row_no + 1)
            if errors > 1000:
                yield Issue("malformed", "too many CSV errors; stopped reading")
                break
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in row]
            if not any(header):
                yield Issue("malformed", "no header row")
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        row_no += 1
        if len(row) != len(header):
            yield Issue("malformed", f"row {row_no} (line {reader.line_num}): {len(row)} fields, "
                        f"the header has {len(header)}", row_no)
            continue
        yield Record(row_no, dict(zip(header, row, strict=True)))
