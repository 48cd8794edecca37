"""``civcas ingest``: read files, print their documents, summarise problems per file on stderr."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from civcas.commands._apps import app
from civcas.commands._console import stdout_console
from civcas.errors import UsageError
from civcas.models import Document, to_dict


def parse_field_map(items: list[str] | None) -> tuple[tuple[str, str], ...]:
    """``["body=text", "headline=title"]`` -> ``(("body", "text"), ("headline", "title"))``."""
    out: list[tuple[str, str]] = []
    for item in items or []:
        for part in item.split(","):
            src, sep, dst = part.partition("=")
            if not sep or not src.strip() or not dst.strip():
                raise UsageError(f"bad --field-map {part!r}", hint="write it as SOURCE=FIELD, e.g. body=text")
            out.append((src.strip(), dst.strip()))
    return tuple(out)


def document_json(doc: Document) -> dict[str, Any]:
    """The JSON object printed per document: the Document fields plus ``source``."""
    out = to_dict(doc)
    out["source"] = doc.source
    return out


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files or directories (read recursively)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output: jsonl (one JSON object per line) or table."),
    dayfirst: bool = typer.Option(False, "--dayfirst", help="Read 09/11/2016 as 9 November."),
    max_bytes: int = typer.Option(50_000_000, "--max-bytes", help="Largest file or archive member read."),
    field_map: list[str] | None = typer.Option(
        None, "--field-map", help="Record field to document field, e.g. body=text (repeatable)."),
    default_published: str | None = typer.Option(
        None, "--default-published", help="Publication date (YYYY-MM-DD) when none is found."),
    archive_depth: int = typer.Option(3, "--archive-depth", help="How deep archives may nest."),
) -> None:
    """Read news files (text, HTML, JSON/JSONL, CSV/TSV, RSS/Atom, WARC, gz/zip/tar) and print documents.

    Exit status 0 when everything was read, 1 when any item failed (documents are still printed).
    """
    from civcas.ingest import IngestOptions, read_paths

    if fmt not in ("jsonl", "table"):
        raise UsageError(f"unknown --format {fmt!r}", hint="use jsonl or table")
    if max_bytes <= 0:
        raise UsageError("--max-bytes must be positive")
    published: date | None = None
    if default_published:
        try:
            published = date.fromisoformat(default_published)
        except ValueError as exc:
            raise UsageError(f"bad --default-published {default_published!r}", hint="use YYYY-MM-DD") from exc
    options = IngestOptions(dayfirst=dayfirst, max_bytes=max_bytes, field_map=parse_field_map(field_map),
                            default_published=published, archive_depth=archive_depth)
    result = read_paths(paths, options=options)
    if fmt == "jsonl":
        out = sys.stdout
        for doc in result.documents:
            out.write(json.dumps(document_json(doc), ensure_ascii=False) + "\n")
        out.flush()
    else:
        table = Table(title=f"{len(result.documents)} documents")
        for col in ("id", "title", "published", "publisher", "source", "near group", "copies"):
            table.add_column(col)
        for doc in result.documents:
            table.add_row(doc.id, (doc.title or "")[:60], doc.published.isoformat() if doc.published else "",
                          doc.publisher or "", doc.source or "", doc.near_group or "", str(len(doc.copies)))
        stdout_console().print(table)
    _summary(result)
    if result.failed:
        raise typer.Exit(1)


def _summary(result: Any) -> None:
    err = Console(stderr=True)
    if not err.is_terminal:  # logs and pipes: wide enough to keep paths on one line
        err = Console(stderr=True, width=240)
    table = Table(title="ingest summary")
    table.add_column("file", no_wrap=True)
    for col in ("format", "documents", "duplicates", "problems"):
        table.add_column(col, no_wrap=True)
    table.add_column("reasons", overflow="fold")
    for f in result.files:
        reasons = "; ".join(f.reasons[:5]) + (f" (+{len(f.reasons) - 5} more)" if len(f.reasons) > 5 else "")
        table.add_row(f.path, f.format, str(f.documents), str(f.duplicates), str(f.problems), reasons)
    err.print(table)
    near = sum(1 for d in result.documents if d.near_group and d.near_group != d.id)
    err.print(f"{len(result.documents)} unique documents, {near} near-duplicates of another, "
              f"{len(result.problems)} problems", highlight=False)
