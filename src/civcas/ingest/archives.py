"""Containers: gzip, zip, tar and WARC (plain or gzipped), with size limits and truncation reports.

Every member's decompressed size is capped by ``max_member`` bytes, and all members of one
top-level archive together by a :class:`Budget` (zip-bomb guard). A truncated archive keeps the
members read before the damage (for zip: by scanning local file headers when the central
directory is missing) and reports the truncation as an :class:`Issue`.
"""

from __future__ import annotations

import io
import logging
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from civcas.ingest.records import Issue

log = logging.getLogger(__name__)

WEB_MIMES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})


@dataclass(frozen=True, slots=True)
class Member:
    """One file inside an archive (``data`` may be partial when the archive is truncated)."""

    name: str
    data: bytes
    position: int | None = None


@dataclass(frozen=True, slots=True)
class WebRecord:
    """A WARC response/resource record with a text or HTML payload."""

    url: str | None
    warc_date: str | None
    mime: str
    charset: str | None
    data: bytes
    position: int


class Budget:
    """Decompressed bytes still allowed for one top-level archive."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.remaining = total

    def take(self, n: int) -> bool:
        """Consume ``n`` bytes; False when that would exceed the budget."""
        if n > self.remaining:
            return False
        self.remaining -= n
        return True


def gunzip(fh: BinaryIO, *, limit: int) -> tuple[bytes | None, Issue | None]:
    """Decompress a (multi-member) gzip stream up to ``limit`` bytes.

    Returns ``(data, None)``, ``(partial, Issue(truncated|malformed))`` or ``(None, Issue(too_large))``.
    """
    d = zlib.decompressobj(31)
    out = bytearray()
    buf = b""
    fed = False
    while True:
        if d.unconsumed_tail:
            chunk = d.unconsumed_tail
        elif buf:
            chunk, buf = buf, b""
        else:
            chunk = fh.read(1 << 16)
            if not chunk:
                break
        fed = True
        try:
            out += d.decompress(chunk, limit + 1 - len(out))
        except zlib.error as exc:
            return bytes(out), Issue("malformed", f"corrupt gzip data after {len(out)} bytes: {exc}")
        if len(out) > limit:
            return None, Issue("too_large", f"decompresses to more than {limit} bytes")
        if d.eof:
            rest = d.unused_data or fh.read(1 << 16)
            if not rest.strip(b"\x00"):
                rest = fh.read(1 << 16)
                if not rest:
                    return bytes(out), None
            d = zlib.decompressobj(31)
            fed = False
            buf = rest
    if fed and not d.eof:
        return bytes(out), Issue("truncated", f"gzip stream truncated: kept the {len(out)} bytes read")
    return bytes(out), None


def _skip(name: str) -> bool:
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return name.endswith("/") or base.startswith(".") or name.startswith("__MACOSX/")


def iter_zip(data: bytes, *, max_member: int, budget: Budget) -> Iterator[Member | Issue]:
    """Members of a zip archive, sorted by name; a damaged archive is scanned member by member."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        yield Issue("truncated", f"zip central directory unreadable ({exc}); reading members up to the damage")
        yield from _scan_zip(data, max_member=max_member, budget=budget)
        return
    with zf:
        infos = sorted((i for i in zf.infolist() if not _skip(i.filename)), key=lambda i: i.filename)
        for n, info in enumerate(infos, start=1):
            if info.flag_bits & 0x1:
                yield Issue("unsupported", f"{info.filename}: encrypted member", n)
                continue
            if info.file_size > max_member or info.file_size > budget.remaining:
                yield Issue("too_large", f"{info.filename}: {info.file_size} bytes decompressed "
                            f"exceeds the limit", n)
                continue
            try:
                with zf.open(info) as fh:
                    content = fh.read(max_member + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                    RuntimeError, ValueError) as exc:
                yield Issue("truncated" if isinstance(exc, EOFError) else "malformed",
                            f"{info.filename}: cannot decompress ({exc})", n)
                continue
            if len(content) > max_member or not budget.take(len(content)):
                yield Issue("too_large", f"{info.filename}: decompressed size exceeds the limit", n)
                continue
            yield Member(info.filename, content, n)


def _scan_zip(data: bytes, *, max_member: int, budget: Budget) -> Iterator[Member | Issue]:
    pos, n = 0, 0
    while True:
        i = data.find(b"PK\x03\x04", pos)
        if i < 0 or i + 30 > len(data):
            return
        _sig, _ver, flag, method, _t, _d, _crc, csize, _usize, nlen, xlen = struct.unpack(
            "<IHHHHHIIIHH", data[i:i + 30])
        name = data[i + 30:i + 30 + nlen].decode("utf-8" if flag & 0x800 else "cp437", "replace")
        start = i + 30 + nlen + xlen
        n += 1
        sized = not flag & 0x8
        if method == 0 and sized:
            content = data[start:start + csize]
            complete, pos = len(content) == csize, start + csize
        elif method == 8:
            d = zlib.decompressobj(-15)
            end = start + csize if sized else len(data)
            try:
                content = d.decompress(data[start:end], max_member + 1)
            except zlib.error as exc:
                yield Issue("malformed", f"{name}: corrupt data ({exc})", n)
                pos = start + 1
                continue
            complete = d.eof
            pos = end - len(d.unused_data) if d.eof else len(data)
        else:
            yield Issue("unsupported", f"{name}: cannot scan compression method {method}", n)
            pos = start + 1
            continue
        if _skip(name):
            continue
        if len(content) > max_member or not budget.take(len(content)):
            yield Issue("too_large", f"{name}: decompressed size exceeds the limit", n)
            continue
        if not complete:
            yield Issue("truncated", f"{name}: member cut short; kept the {len(content)} bytes read", n)
        if content:
            yield Member(name, content, n)


def iter_tar(data: bytes, *, max_member: int, budget: Budget) -> Iterator[Member | Issue]:
    """Regular-file members of a tar archive (optionally gz/bz2/xz compressed)."""
    n = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
            for info in tf:
                if not info.isfile() or _skip(info.name):
                    continue
                n += 1
                if info.size > max_member or not budget.take(info.size):
                    yield Issue("too_large", f"{info.name}: {info.size} bytes exceeds the limit", n)
                    continue
                fh = tf.extractfile(info)
                content = fh.read() if fh is not None else b""
                if len(content) < info.size:
                    yield Issue("truncated", f"{info.name}: member cut short", n)
                yield Member(info.name, content, n)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        yield Issue("truncated", f"tar archive damaged after {n} member(s): {exc}")


def iter_warc(fh: BinaryIO, *, max_member: int, budget: Budget) -> Iterator[WebRecord | Issue]:
    """HTML and plain-text payloads of WARC ``response`` (2xx) and ``resource`` records."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(fh, arc2warc=True):
            n += 1
            if record.rec_type is None:
                yield Issue("truncated", f"WARC truncated: record {n} has an incomplete header", n)
                break
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            wdate = record.rec_headers.get_header("WARC-Date")
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            mime = ctype.split(";")[0].strip().lower()
            if mime not in WEB_MIMES:
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
            content = record.content_stream().read(max_member + 1)
            if len(content) > max_member or not budget.take(len(content)):
                yield Issue("too_large", f"record {n} ({uri}): payload exceeds the limit", n)
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if isinstance(missing, int) and missing > 0:
                yield Issue("truncated", f"WARC truncated inside record {n} ({uri}): "
                            f"{missing} bytes missing; kept the part read", n)
            yield WebRecord(uri, wdate, mime, charset, content, n)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, struct.error) as exc:
        yield Issue("truncated", f"WARC damaged or truncated after record {n}: {exc}", n)
