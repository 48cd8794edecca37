"""Options and result types of ingestion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from civcas.models import Document, Problem

#: Problem kinds that are warnings: the item was still read (e.g. a repaired encoding).
WARNING_KINDS: frozenset[str] = frozenset({"encoding"})


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read inputs.

    ``dayfirst``: read ``09/11/2016`` as 9 November (default: month first, 11 September).
    ``max_bytes``: largest file or archive member read (bigger ones are reported ``too_large``).
    ``field_map``: extra ``(source_field, document_field)`` pairs for JSON/CSV records; they win
    over the built-in aliases. ``default_published``: publication date when none is found.
    ``archive_depth``: how many archives may be nested inside each other.
    ``max_archive_bytes``: total decompressed bytes read from one archive (zip-bomb guard);
    ``None`` means 20 x ``max_bytes``.
    """

    dayfirst: bool = False
    max_bytes: int = 50_000_000
    field_map: tuple[tuple[str, str], ...] = ()
    default_published: date | None = None
    archive_depth: int = 3
    max_archive_bytes: int | None = None

    @property
    def archive_budget(self) -> int:
        """Total decompressed bytes allowed for one archive."""
        if self.max_archive_bytes is not None:
            return self.max_archive_bytes
        return 20 * self.max_bytes


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What one input file gave: its format, documents read, exact duplicates, problems."""

    path: str
    format: str
    documents: int
    problems: int
    duplicates: int = 0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestResult:
    """The outcome of :func:`civcas.ingest.read_paths`."""

    documents: list[Document]
    problems: list[Problem]
    files: list[FileSummary]

    @property
    def failed(self) -> bool:
        """True when any problem is not a mere warning."""
        return any(p.kind not in WARNING_KINDS for p in self.problems)
