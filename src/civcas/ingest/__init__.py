"""Ingestion: read news files of many formats into :class:`civcas.models.Document` objects.

Formats: plain text, HTML, JSON / JSON Lines, CSV / TSV, RSS / Atom, WARC (+ .warc.gz), gzip,
zip and tar archives, directories. Bad input becomes per-item :class:`civcas.models.Problem`
objects; a batch never stops on one bad item. See ``docs/ingest.md``.

Public API::

    read_paths(paths, *, options=None) -> IngestResult      # files + dirs, read and deduplicated
    iter_files(paths) -> Iterator[str]                      # directories expanded, sorted
    read_file(path, *, options=None) -> Iterator[Document | Problem]
    read_bytes(data, *, name, options=None) -> Iterator[Document | Problem]
    dedupe(documents) -> list[Document]                     # exact collapse + near-duplicate groups
    document_id(text) -> str
    parse_date(text, *, dayfirst=False, reference=None) -> (date, precision) | None
"""

from __future__ import annotations

from civcas.ingest.dates import parse_date
from civcas.ingest.dedupe import dedupe, jaccard, shingles
from civcas.ingest.detect import detect_format
from civcas.ingest.normalise import document_id, normalise_text
from civcas.ingest.options import WARNING_KINDS, FileSummary, IngestOptions, IngestResult
from civcas.ingest.reader import iter_files, read_bytes, read_file, read_paths

__all__ = [
    "WARNING_KINDS",
    "FileSummary",
    "IngestOptions",
    "IngestResult",
    "dedupe",
    "detect_format",
    "document_id",
    "iter_files",
    "jaccard",
    "normalise_text",
    "parse_date",
    "read_bytes",
    "read_file",
    "read_paths",
    "shingles",
]
