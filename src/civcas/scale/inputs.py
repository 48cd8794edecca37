"""Input listing, fingerprints and file partitions for the Dask engine.

Local paths are expanded with ``civcas.ingest.iter_files`` (the same files the local runner
reads); anything with a URL scheme (``s3://``, ``gs://``, ``https://``, ``file://`` ...) is
expanded with fsspec, for which the user must have the driver installed. Every input gets a
fingerprint (path, size and mtime or etag) so that re-runs can skip unchanged inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from civcas.errors import InputError
from civcas.models import stable_id


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file with its fingerprint."""

    path: str
    size: int
    stamp: str  # etag if the filesystem has one, else the modification time
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Partition:
    """A group of input files processed by one Dask task. ``id`` depends on the fingerprints."""

    id: str
    files: tuple[InputFile, ...]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


def is_url(path: str) -> bool:
    """True when ``path`` carries a URL scheme and must be read with fsspec."""
    return "://" in path


def _stamp(info: dict[str, Any]) -> str:
    for key in ("ETag", "etag", "md5Hash", "mtime", "LastModified", "updated", "last_modified"):
        value = info.get(key)
        if value not in (None, ""):
            return str(value).strip('"')
    return ""


def fingerprint(path: str) -> InputFile:
    """Stat one input (local or fsspec URL) and fingerprint it."""
    from fsspec.core import url_to_fs

    try:
        fs, fspath = url_to_fs(path)
        info = fs.info(fspath)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot stat {path}: {exc}", kind="io",
                         hint="check the path and that its fsspec driver is installed") from exc
    size = int(info.get("size") or 0)
    stamp = _stamp(info)
    return InputFile(path=path, size=size, stamp=stamp,
                     fingerprint=stable_id("", path, size, stamp))


def _expand_url(url: str) -> Iterator[str]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(url)
    protocol = fs.protocol[0] if isinstance(fs.protocol, (tuple, list)) else fs.protocol
    if any(ch in root for ch in "*?["):
        found = sorted(fs.glob(root))
    elif fs.isdir(root):
        found = sorted(fs.find(root))
    else:
        yield url
        return
    for p in found:
        yield p if is_url(p) else f"{protocol}://{p}"


def list_paths(paths: Sequence[str]) -> list[str]:
    """Expand files, folders and URL prefixes into the ordered list of input files."""
    from civcas.ingest import iter_files

    out: list[str] = []
    local: list[str] = []

    def flush() -> None:
        if local:
            out.extend(iter_files(list(local)))
            local.clear()

    for p in paths:
        if is_url(p) and not p.startswith("file://"):
            flush()
            out.extend(_expand_url(p))
        else:
            local.append(p.removeprefix("file://"))
    flush()
    return list(dict.fromkeys(out))


def partition_inputs(files: Iterable[InputFile], *, partition_size: int,
                     min_partitions: int = 1) -> list[Partition]:
    """Group files, in order, into partitions of about ``partition_size`` bytes.

    The target size shrinks so that there are at least ``min_partitions`` partitions when the
    input allows it (so that every worker gets work on small corpora).
    """
    items = list(files)
    total = sum(f.size for f in items)
    target = max(1, min(partition_size, total // max(1, min_partitions) + 1))
    parts: list[Partition] = []
    current: list[InputFile] = []
    size = 0
    for f in items:
        current.append(f)
        size += f.size
        if size >= target:
            parts.append(_partition(current))
            current, size = [], 0
    if current:
        parts.append(_partition(current))
    return parts


def _partition(files: list[InputFile]) -> Partition:
    return Partition(id=stable_id("p", *(f.fingerprint for f in files), length=12),
                     files=tuple(files))
