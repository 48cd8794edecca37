"""The manifest of processed inputs: what makes Dask runs incremental and retryable.

``<out>/manifest.json`` lists every input the output folder holds: its path, size, stamp
(mtime or etag), fingerprint, the partition it landed in, status (``ok``/``failed``), the
error of a failed partition and small counts. A re-run skips inputs whose fingerprint is
recorded ``ok``, and re-processes new, changed and failed inputs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from civcas.scale.inputs import InputFile
from civcas.scale.storage import join, read_text, write_text

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 3  # bumped when the raw partition tables change: older ones are redone


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What the output folder knows about one input."""

    path: str
    size: int
    stamp: str
    fingerprint: str
    partition: str
    status: str  # ok | failed
    error: str | None = None
    documents: int = 0
    problems: int = 0


@dataclass(slots=True)
class Manifest:
    """All entries of one output folder, keyed by input path."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, out: str) -> Manifest:
        """Read ``<out>/manifest.json``; an absent file is an empty manifest."""
        text = read_text(join(out, MANIFEST_NAME))
        if text is None:
            return cls()
        data = json.loads(text)
        if data.get("version") != MANIFEST_VERSION:
            log.warning("manifest of %s has version %s, not %s: every input is read again",
                        out, data.get("version"), MANIFEST_VERSION)
            return cls()
        entries = {e["path"]: ManifestEntry(**e) for e in data.get("inputs", [])}
        return cls(entries=entries)

    def save(self, out: str) -> None:
        """Write the manifest atomically (temporary file, then rename)."""
        body = {"version": MANIFEST_VERSION,
                "inputs": [_entry_dict(e) for e in sorted(self.entries.values(),
                                                          key=lambda e: e.path)]}
        write_text(join(out, MANIFEST_NAME), json.dumps(body, indent=1, ensure_ascii=False))

    def pending(self, files: Iterable[InputFile]) -> tuple[list[InputFile], list[InputFile]]:
        """Split inputs into (to process: new, changed or failed; to skip: unchanged and ok)."""
        todo: list[InputFile] = []
        skip: list[InputFile] = []
        for f in files:
            entry = self.entries.get(f.path)
            if entry and entry.status == "ok" and entry.fingerprint == f.fingerprint:
                skip.append(f)
            else:
                todo.append(f)
        return todo, skip

    def record(self, files: Iterable[InputFile], *, partition: str, status: str,
               error: str | None = None, counts: dict[str, tuple[int, int]] | None = None) -> None:
        """Record the outcome of one partition for each of its files."""
        counts = counts or {}
        for f in files:
            docs, probs = counts.get(f.path, (0, 0))
            self.entries[f.path] = ManifestEntry(
                path=f.path, size=f.size, stamp=f.stamp, fingerprint=f.fingerprint,
                partition=partition, status=status, error=error, documents=docs, problems=probs)

    def live(self) -> dict[str, ManifestEntry]:
        """Entries whose results are current (status ``ok``), keyed by path."""
        return {p: e for p, e in self.entries.items() if e.status == "ok"}

    def partitions(self) -> set[str]:
        """Ids of partitions that still hold current results."""
        return {e.partition for e in self.entries.values() if e.status == "ok"}

    def failed(self) -> list[ManifestEntry]:
        return [e for e in self.entries.values() if e.status != "ok"]


def _entry_dict(e: ManifestEntry) -> dict[str, object]:
    return {"path": e.path, "size": e.size, "stamp": e.stamp, "fingerprint": e.fingerprint,
            "partition": e.partition, "status": e.status, "error": e.error,
            "documents": e.documents, "problems": e.problems}
