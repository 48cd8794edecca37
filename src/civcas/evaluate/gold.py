"""Reading evaluation sets in the shared format (``documents.jsonl`` + ``gold.jsonl`` per set).

    docs = load_documents("data/muc4")      # list[Document]
    gold = load_gold("data/muc4")           # {doc_id: gold row as a dict}

Bad lines raise :class:`~civcas.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from civcas.errors import InputError
from civcas.models import Document, Origin


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise InputError(f"{path} not found", kind="io",
                         hint="a gold set folder holds documents.jsonl and gold.jsonl")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})", kind="malformed") from exc
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}: expected a JSON object", kind="malformed")
            yield n, row


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def load_documents(directory: str | Path) -> list[Document]:
    """The documents of a gold set folder, in file order."""
    path = Path(directory) / "documents.jsonl"
    out: list[Document] = []
    for n, row in _rows(path):
        if "id" not in row or not isinstance(row.get("text"), str):
            raise InputError(f"{path}:{n}: a document needs 'id' and 'text'", kind="malformed")
        out.append(Document(
            id=str(row["id"]), text=row["text"], title=row.get("title"),
            published=_date(row.get("published")),
            published_precision="day" if _date(row.get("published")) else None,
            url=row.get("url"), publisher=row.get("publisher"), language=row.get("language"),
            origin=Origin(path=str(path), position=n),
        ))
    return out


def load_gold(directory: str | Path) -> dict[str, dict[str, Any]]:
    """The gold rows of a gold set folder keyed by ``doc_id``."""
    path = Path(directory) / "gold.jsonl"
    out: dict[str, dict[str, Any]] = {}
    for n, row in _rows(path):
        if "doc_id" not in row:
            raise InputError(f"{path}:{n}: a gold row needs 'doc_id'", kind="malformed")
        out[str(row["doc_id"])] = row
    return out


def gold_incidents(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The incident dicts of a gold row (``incident`` or MUC-4 ``incidents``)."""
    if isinstance(row.get("incidents"), list):
        return [i for i in row["incidents"] if isinstance(i, dict)]
    inc = row.get("incident")
    return [inc] if isinstance(inc, dict) else []
