"""Reading files and bytes: format detection, dispatch to the format readers, Document building.

Formats are detected by :mod:`civcas.ingest.detect`. Members of archives are dispatched by their
own names, nested up to ``IngestOptions.archive_depth``. Nested member names are joined with ``::``
in ``Origin.member``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from civcas.errors import CivcasError, InputError
from civcas.ingest.archives import Budget, Member, WebRecord, gunzip, iter_tar, iter_warc, iter_zip
from civcas.ingest.dates import Precision, parse_date
from civcas.ingest.decode import decode_bytes
from civcas.ingest.detect import ARCHIVES, bytes_format, declared_charset, text_format
from civcas.ingest.feeds import iter_feed
from civcas.ingest.html import has_markup, html_to_text, looks_like_html, parse_html
from civcas.ingest.language import detect_language
from civcas.ingest.normalise import clean_body, document_id
from civcas.ingest.options import FileSummary, IngestOptions, IngestResult
from civcas.ingest.records import (
    Issue,
    Record,
    aliases,
    check_field_map,
    iter_csv,
    iter_json,
    iter_jsonl,
    map_fields,
)
from civcas.ingest.textdoc import body_hints, parse_text
from civcas.models import Document, Origin, Problem

log = logging.getLogger(__name__)

Item = Document | Problem


class _Reader:
    """Reads one top-level input; holds its options, path and decompression budget."""

    def __init__(self, path: str, options: IngestOptions) -> None:
        self.path = path
        self.opt = options
        self.budget = Budget(options.archive_budget)
        self.format = "unknown"  # the top-level format, known once reading has started

    def problem(self, kind: str, reason: str, member: str | None = None,
                position: int | None = None) -> Problem:
        return Problem(path=self.path, reason=reason, kind=kind, member=member, position=position)

    def issue(self, issue: Issue, member: str | None) -> Problem:
        return self.problem(issue.kind, issue.reason, member, issue.position)

    # -- dispatch ---------------------------------------------------------------------------
    def read(self, data: bytes, *, name: str, member: str | None, depth: int,
             fmt: str | None = None) -> Iterator[Item]:
        fmt = fmt or bytes_format(data, name)
        try:
            yield from self._dispatch(data, name=name, member=member, depth=depth, fmt=fmt)
        except CivcasError as exc:
            yield self.problem(getattr(exc, "kind", exc.code), exc.message, member)
        except Exception as exc:  # a bug or an unforeseen input: report it, go on with the batch
            log.exception("unexpected error reading %s %s", self.path, member or "")
            yield self.problem("error", f"unexpected error: {type(exc).__name__}: {exc}", member)

    def _dispatch(self, data: bytes, *, name: str, member: str | None, depth: int, fmt: str
                  ) -> Iterator[Item]:
        if depth == 0:
            self.format = fmt
        if fmt in ARCHIVES:
            if depth > self.opt.archive_depth:
                yield self.problem("too_deep", f"archive nested deeper than {self.opt.archive_depth}", member)
                return
            yield from self._archive(data, name=name, member=member, depth=depth, fmt=fmt)
            return
        if fmt == "unsupported":
            yield self.problem("unsupported", f"unsupported file type: {os.path.basename(name)}", member)
            return
        if len(data) > self.opt.max_bytes:
            yield self.problem("too_large", f"{len(data)} bytes, more than the limit of {self.opt.max_bytes}", member)
            return
        if not data.strip():
            yield self.problem("empty", "empty file", member)
            return
        decoded = decode_bytes(data)
        if decoded.warning:
            declared = declared_charset(data)
            if declared:
                with contextlib.suppress(LookupError, UnicodeDecodeError):
                    decoded = replace(decoded, text=data.decode(declared), encoding=declared, warning=None)
        if decoded.warning:
            yield self.problem("encoding", decoded.warning, member)
        text = decoded.text
        fmt = text_format(text, fmt)
        if depth == 0:
            self.format = fmt
        if not text.strip():
            yield self.problem("empty", "no text after decoding", member)
            return
        origin = Origin(path=self.path, member=member)
        if fmt == "text":
            yield self._text(text, origin)
        elif fmt == "html":
            yield self._html(text, origin)
        elif fmt in ("json", "jsonl", "csv", "tsv", "feed"):
            yield from self._records(text, fmt=fmt, member=member)
        else:
            yield self.problem("unsupported", "XML that is not an RSS or Atom feed", member)

    # -- single documents ------------------------------------------------------------------
    def _doc(self, text: str, origin: Origin, *, title: str | None = None,
             published: date | None = None, precision: Precision | None = None,
             url: str | None = None, publisher: str | None = None, language: str | None = None,
             dateline: str | None = None) -> Item:
        body = clean_body(text)
        if not body:
            return self.problem("empty", "no text", origin.member, origin.position)
        if published is None and self.opt.default_published is not None:
            published, precision = self.opt.default_published, "day"
        return Document(
            id=document_id(body), text=body, title=title or None, published=published,
            published_precision=precision if published else None, url=url or None,
            publisher=publisher or None, language=language or detect_language(body),
            dateline=dateline, origin=origin,
        )

    def _text(self, text: str, origin: Origin, *, url: str | None = None,
              fallback: tuple[date, Precision] | None = None) -> Item:
        parts = parse_text(text, dayfirst=self.opt.dayfirst, reference=self.opt.default_published)
        published, precision = parts.published, parts.precision
        if published is None and fallback:
            published, precision = fallback
        return self._doc(parts.body, origin, title=parts.title, published=published,
                         precision=precision, url=parts.url or url, publisher=parts.publisher,
                         dateline=parts.dateline)

    def _html(self, text: str, origin: Origin, *, url: str | None = None,
              fallback: tuple[date, Precision] | None = None) -> Item:
        parts = parse_html(text, dayfirst=self.opt.dayfirst)
        if not parts.text.strip():
            return self.problem("empty", "HTML page without main text", origin.member, origin.position)
        published, precision, dateline = body_hints(
            parts.text, published=parts.published, precision=parts.precision,
            dayfirst=self.opt.dayfirst, reference=self.opt.default_published)
        if published is None and fallback:
            published, precision = fallback
        return self._doc(parts.text, origin, title=parts.title, published=published,
                         precision=precision, url=parts.url or url, publisher=parts.publisher,
                         language=parts.language, dateline=dateline)

    # -- records ---------------------------------------------------------------------------
    def _records(self, text: str, *, fmt: str, member: str | None) -> Iterator[Item]:
        items: Iterator[Record | Issue]
        if fmt == "jsonl":
            items = iter_jsonl(text)
        elif fmt == "json":
            items = iter_json(text)
        elif fmt == "feed":
            items = iter_feed(text)
        else:
            items = iter_csv(text, delimiter="\t" if fmt == "tsv" else None,
                             max_field=self.opt.max_bytes)
        for item in items:
            if isinstance(item, Issue):
                yield self.issue(item, member)
            else:
                yield self._record(item, member=member)

    def _record(self, rec: Record, *, member: str | None) -> Item:
        f = map_fields(rec.fields, self.opt.field_map)
        rid = f.get("id")
        origin = Origin(path=self.path, member=member, position=rec.position,
                        record_id=str(rid) if rid not in (None, "") else None)
        text = f.get("text")
        if not isinstance(text, str) or not text.strip():
            looked = ", ".join([s for s, d in self.opt.field_map if d == "text"] + list(aliases()["text"]))
            return self.problem("malformed", f"record {rec.position} has no text (looked for: {looked})",
                                member, rec.position)
        if has_markup(text[:5000]):
            text = html_to_text(text)
        published, precision = self._published(f.get("published"))
        title = f.get("title")
        if isinstance(title, str) and has_markup(title):
            title = html_to_text(title)
        body = clean_body(text)
        published, precision, dateline = body_hints(
            body, published=published, precision=precision, dayfirst=self.opt.dayfirst,
            reference=self.opt.default_published)
        lang = _str(f.get("language"))
        return self._doc(body, origin, title=_str(title), published=published, precision=precision,
                         url=_str(f.get("url")), publisher=_str(f.get("publisher")),
                         language=lang.lower()[:8] if lang else None, dateline=dateline)

    def _published(self, value: Any) -> tuple[date | None, Precision | None]:
        if isinstance(value, bool) or value is None:
            return None, None
        if isinstance(value, (int, float)):
            seconds = value / 1000 if value > 1e11 else value
            try:
                return datetime.fromtimestamp(seconds, tz=UTC).date(), "day"
            except (OverflowError, OSError, ValueError):
                return None, None
        found = parse_date(str(value), dayfirst=self.opt.dayfirst)
        return found if found else (None, None)

    # -- archives --------------------------------------------------------------------------
    def _member(self, m: Member, *, member: str | None, depth: int) -> Iterator[Item]:
        inner = f"{member}::{m.name}" if member else m.name
        yield from self.read(m.data, name=m.name, member=inner, depth=depth + 1)

    def _archive(self, data: bytes, *, name: str, member: str | None, depth: int, fmt: str
                 ) -> Iterator[Item]:
        limit = min(self.opt.max_bytes, self.budget.remaining)
        if fmt == "gz":
            content, issue = gunzip(io.BytesIO(data), limit=limit)
            if issue is not None:
                yield self.issue(issue, member)
            if content is None or not self.budget.take(len(content)):
                if content is not None:
                    yield self.problem("too_large", "archive exceeds the decompressed-size budget", member)
                return
            base = os.path.basename(name)
            inner = base[:-3] if base.lower().endswith(".gz") else base + ".out"
            if content:
                yield from self._member(Member(inner, content), member=member, depth=depth)
            elif issue is None:
                yield self.problem("empty", "empty gzip file", member)
            return
        if fmt == "warc":
            yield from self._warc(io.BytesIO(data), member=member, depth=depth)
            return
        parts = iter_zip(data, max_member=self.opt.max_bytes, budget=self.budget) if fmt == "zip" \
            else iter_tar(data, max_member=self.opt.max_bytes, budget=self.budget)
        count = 0
        for part in parts:
            count += 1
            if isinstance(part, Issue):
                yield self.issue(part, member)
            else:
                yield from self._member(part, member=member, depth=depth)
        if count == 0:
            yield self.problem("empty", f"no readable members in the {fmt} archive", member)

    def _warc(self, fh: Any, *, member: str | None, depth: int) -> Iterator[Item]:
        for rec in iter_warc(fh, max_member=self.opt.max_bytes, budget=self.budget):
            if isinstance(rec, Issue):
                yield self.issue(rec, member)
                continue
            yield from self._web(rec, member=member)

    def _web(self, rec: WebRecord, *, member: str | None) -> Iterator[Item]:
        label = rec.url or f"record {rec.position}"
        inner = f"{member}::{label}" if member else label
        origin = Origin(path=self.path, member=inner, position=rec.position)
        if not rec.data.strip():
            yield self.problem("empty", "empty WARC payload", inner, rec.position)
            return
        try:
            decoded = decode_bytes(rec.data)
        except InputError as exc:
            yield self.problem(exc.kind, exc.message, inner, rec.position)
            return
        if decoded.warning and rec.charset:
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                decoded = replace(decoded, text=rec.data.decode(rec.charset), warning=None)
        if decoded.warning:
            yield self.problem("encoding", decoded.warning, inner, rec.position)
        fallback = parse_date(rec.warc_date) if rec.warc_date else None
        if rec.mime == "text/plain" or (not rec.mime and not looks_like_html(decoded.text)):
            yield self._text(decoded.text, origin, url=rec.url, fallback=fallback)
        else:
            yield self._html(decoded.text, origin, url=rec.url, fallback=fallback)


def _str(value: Any) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Every file under ``paths``: directories expanded recursively in sorted order, hidden
    files and directories (name starting with ``.``) skipped; other paths yielded as given."""
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _walk(root: str) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", root, exc)
        yield root  # read_file reports it
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        else:
            yield entry.path


def read_bytes(data: bytes, *, name: str, options: IngestOptions | None = None) -> Iterator[Item]:
    """Documents and problems of one input given as bytes (archives included, no dedup).

    ``name`` gives the extension used for detection and becomes ``Origin.path``.
    """
    opt = options or IngestOptions()
    return _Reader(name, opt).read(bytes(data), name=name, member=None, depth=0)


def _open(path: str, opt: IngestOptions) -> tuple[_Reader, Iterator[Item]]:
    reader = _Reader(path, opt)
    try:
        if os.path.isdir(path):
            reader.format = "directory"
            return reader, _chain_dir(path, opt)
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(1024)
            fmt = bytes_format(head, path)
            limit = opt.archive_budget if fmt in ARCHIVES else opt.max_bytes
            if size > limit:
                reader.format = fmt
                return reader, iter([reader.problem("too_large", f"{size} bytes, more than the limit of {limit}")])
            if fmt == "warc":
                reader.format = fmt
                return reader, _stream_warc(reader, path)
            data = head + fh.read()
    except OSError as exc:
        reader.format = "unreadable"
        return reader, iter([reader.problem("io", f"cannot read: {exc.strerror or exc}")])
    return reader, reader.read(data, name=path, member=None, depth=0)


def _stream_warc(reader: _Reader, path: str) -> Iterator[Item]:
    try:
        with open(path, "rb") as fh:
            yield from reader._warc(fh, member=None, depth=0)
    except OSError as exc:
        yield reader.problem("io", f"cannot read: {exc.strerror or exc}")


def _chain_dir(path: str, opt: IngestOptions) -> Iterator[Item]:
    for sub in iter_files([path]):
        yield from _open(sub, opt)[1]


def read_file(path: str, *, options: IngestOptions | None = None) -> Iterator[Item]:
    """Documents and problems of one file (archives included; a directory is read recursively).

    Missing or unreadable paths give a Problem of kind ``io``. No deduplication.
    """
    return _open(path, options or IngestOptions())[1]


def read_paths(paths: Iterable[str], *, options: IngestOptions | None = None) -> IngestResult:
    """Read every file under ``paths``, then :func:`~civcas.ingest.dedupe` the documents."""
    from civcas.ingest.dedupe import dedupe

    opt = options or IngestOptions()
    check_field_map(opt.field_map)
    docs: list[Document] = []
    problems: list[Problem] = []
    found: list[tuple[str, str, int, list[Problem]]] = []
    for path in iter_files(paths):
        reader, items = _open(path, opt)
        n = 0
        mine: list[Problem] = []
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
                n += 1
            else:
                mine.append(item)
        problems.extend(mine)
        found.append((path, reader.format, n, mine))
    unique = dedupe(docs)
    dups: dict[str, int] = {}
    for doc in unique:
        for copy in doc.copies:
            dups[copy.path] = dups.get(copy.path, 0) + 1
    files = [
        FileSummary(path=p, format=fmt, documents=n, problems=len(mine), duplicates=dups.get(p, 0),
                    reasons=tuple(_reason(x) for x in mine))
        for p, fmt, n, mine in found
    ]
    return IngestResult(documents=unique, problems=problems, files=files)


def _reason(p: Problem) -> str:
    where = " ".join(x for x in (p.member or "", f"#{p.position}" if p.position else "") if x)
    return f"{p.kind}: {p.reason}" + (f" [{where}]" if where else "")
