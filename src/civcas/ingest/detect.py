"""Format detection of an input's bytes and name.

Detection uses magic bytes first (gzip, zip, tar, WARC, binary formats), then the name's
extension, then the decoded content (a ``.txt`` that is HTML, an extension-less JSONL file, an
``.xml`` that is a feed...). Also the charset an HTML or XML head declares.
"""

from __future__ import annotations

import json
import os
import re

from civcas.errors import InputError
from civcas.ingest.decode import binary_kind, decode_bytes
from civcas.ingest.feeds import looks_like_feed
from civcas.ingest.html import looks_like_html
from civcas.ingest.records import aliases

__all__ = ["ARCHIVES", "bytes_format", "declared_charset", "detect_format", "text_format"]

ARCHIVES = frozenset({"gz", "zip", "tar", "warc"})
_EXT = {
    ".txt": "text", ".text": "text", ".md": "text", "": "text", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".shtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".jsonlines": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc", ".arc": "warc",
    ".gz": "gz", ".tgz": "tar", ".tar": "tar", ".zip": "zip",
}
_UNSUPPORTED_EXT = frozenset({".docx", ".xlsx", ".pptx", ".odt", ".ods", ".epub", ".jar",
                              ".bz2", ".xz", ".7z", ".rar"})


def _ext_format(name: str) -> str:
    base = os.path.basename(name).lower()
    for double, fmt in ((".warc.gz", "warc"), (".arc.gz", "warc"), (".tar.gz", "tar"),
                        (".tar.bz2", "tar"), (".tar.xz", "tar")):
        if base.endswith(double):
            return fmt
    ext = os.path.splitext(base)[1]
    if ext in _UNSUPPORTED_EXT:
        return "unsupported"
    return _EXT.get(ext, "text")


def bytes_format(data: bytes, name: str) -> str:
    """Format from magic bytes and the name (containers, binary); text formats by extension."""
    by_ext = _ext_format(name)
    head = data[:1024]
    if head.startswith(b"\x1f\x8b"):
        return by_ext if by_ext in ("warc", "tar") else "gz"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "unsupported" if by_ext == "unsupported" else "zip"
    if head.startswith(b"WARC/"):
        return "warc"
    if data[257:262] == b"ustar" or (by_ext == "tar" and head.startswith((b"BZh", b"\xfd7zXZ"))):
        return "tar"
    if by_ext in ARCHIVES:
        return by_ext  # damaged or not really one: the archive reader reports it
    if by_ext == "unsupported" or head.startswith((b"BZh", b"\xfd7zXZ\x00")):
        return "unsupported"
    if binary_kind(data) is not None:
        return "binary"
    return by_ext


def text_format(text: str, by_ext: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if by_ext in ("csv", "tsv"):
        return by_ext
    if by_ext in ("json", "jsonl"):
        return "json" if head.startswith("[") else by_ext
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first, _sep, rest = head.partition("\n")
        try:
            one = isinstance(json.loads(first), dict)
        except json.JSONDecodeError:
            one = False
        return "jsonl" if one and rest.strip() else "json"
    if looks_like_feed(head):
        return "feed"
    if looks_like_html(head):
        return "html"
    if by_ext == "feed":
        return "xml" if head.startswith("<") else "text"
    if by_ext == "text" and head:
        first = head.split("\n", 1)[0].lower()
        for delim, fmt in (("\t", "tsv"), (",", "csv")):
            cols = [c.strip().strip('"') for c in first.split(delim)]
            if len(cols) >= 2 and set(cols) & set(aliases()["text"]):
                return fmt
    return by_ext


def detect_format(data: bytes, name: str) -> str:
    """The format of ``data`` named ``name``: text, html, json, jsonl, csv, tsv, feed, warc, gz,
    zip, tar, binary, unsupported or xml (XML that is not a feed)."""
    fmt = bytes_format(data, name)
    if fmt in ARCHIVES or fmt in ("binary", "unsupported"):
        return fmt
    try:
        text = decode_bytes(data[:65536]).text
    except InputError:
        return "binary"
    return text_format(text, fmt)


_CHARSET = re.compile(rb"""(?:<meta[^>]{0,200}charset|<\?xml[^>]{0,100}encoding)\s*=\s*["']?([A-Za-z0-9_:.-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names in the first 4 KB, if any."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return None if name in ("utf-8", "utf8") else name
