"""Plain-text articles: header lines, title line, publication date lines and datelines.

A text file is read as: optional header lines (``title: ...``, `` date 2017-08-10``,
``url: ...``, ``source: ...``), then an optional title line (a short line without final
punctuation followed by a blank line or a date/byline line), then optional date lines
(``Posted June 10, 2017``, ``Nov. 9, 2016``) and bylines (``By ...``), then the body.
The body's first line may carry a dateline ("SAN SALVADOR, 3 JAN 90 --",
"BEIRUT, Nov 9 (Reuters) -", "BEIRUT (AP) —", "AFP, AIN ISSA, Syria"): its place is kept as the
``dateline`` and its date (if any) serves as publication date when nothing better is known
(:mod:`civcas.datelines` reads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from civcas.datelines import SEP as _SEP
from civcas.datelines import Dateline, parse_dateline
from civcas.ingest.dates import Precision, parse_date
from civcas.ingest.normalise import clean_body

__all__ = ["Dateline", "TextParts", "body_hints", "parse_dateline", "parse_text"]

_HEADER = re.compile(
    r"^\s*(?P<key>title|headline|date|published|publication date|pubdate|url|link|source|"
    r"publisher|byline|author)\s*(?P<colon>[:=])?\s*(?P<value>\S.*)$",
    re.I,
)
_DATE_LINE = re.compile(
    r"^\s*\(?\s*(?:(?:posted|published|updated|last updated|first published|date|dated)"
    r"(?:\s+on)?\s*:?\s*)?(?P<rest>.{4,80})$",
    re.I,
)
_POSTED = re.compile(
    r"\b(?:posted|published|updated|first published)(?:\s+on)?\s*:?\s*(?P<rest>.{4,60})", re.I
)
_BYLINE = re.compile(r"^\s*(?:[Bb]y|BY|[Pp]ar|[Pp]or|[Vv]on)\s+[A-Z][\w.'’-]+(?:\s+[\w.'’-]+){0,6}\s*$")


@dataclass(frozen=True, slots=True)
class TextParts:
    """What the plain-text reader found."""

    body: str
    title: str | None = None
    published: date | None = None
    precision: Precision | None = None
    url: str | None = None
    publisher: str | None = None
    dateline: str | None = None


def _date_line(line: str, *, dayfirst: bool) -> tuple[date, Precision] | None:
    m = _DATE_LINE.match(line)
    if not m or len(line.split()) > 12:
        return None
    found = parse_date(m["rest"], dayfirst=dayfirst)
    if found is None or found[1] == "year":
        return None
    return found


def _standalone_dateline(line: str, *, dayfirst: bool) -> Dateline | None:
    """A dateline alone on its line ("AFP, AIN ISSA, Syria"; "MOSUL, Iraq --"), or None."""
    s = line.strip()
    if not s or len(s) > 80:
        return None
    dl = parse_dateline(s, dayfirst=dayfirst)
    if dl is None:
        return None
    m = _SEP.search(s)
    return dl if m is None or not s[m.end():].strip() else None


def _is_title(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 200 or len(s.split()) > 30:
        return False
    return not s.endswith((".", ",", ";", ":", "--", "-", "—")) or s.endswith("...")


def parse_text(text: str, *, dayfirst: bool = False, reference: date | None = None) -> TextParts:
    """Split a plain-text article into title, metadata and body."""
    lines = clean_body(text).split("\n")
    i = 0
    title = url = publisher = None
    published: date | None = None
    precision: Precision | None = None
    # header lines
    while i < len(lines) and i < 12:
        m = _HEADER.match(lines[i])
        if not m:
            break
        key, value = m["key"].lower(), m["value"].strip()
        if key in ("date", "published", "publication date", "pubdate"):
            found = parse_date(value, dayfirst=dayfirst)
            if found is None:
                break
            published, precision = found
        elif not m["colon"]:
            break
        elif key in ("title", "headline"):
            title = value
        elif key in ("url", "link") and value.startswith(("http://", "https://")):
            url = value
        elif key in ("source", "publisher"):
            publisher = value
        elif key not in ("byline", "author"):
            break
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    # title line
    if title is None and i < len(lines) and _is_title(lines[i]):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and (not nxt.strip() or _date_line(nxt, dayfirst=dayfirst)
                                or _BYLINE.match(nxt) or _standalone_dateline(nxt, dayfirst=dayfirst)) \
                and parse_dateline(lines[i]) is None \
                and _date_line(lines[i], dayfirst=dayfirst) is None:
            title = lines[i].strip()
            i += 1
    # date lines, bylines and a standalone dateline before the body
    place: str | None = None
    while i < len(lines):
        s = lines[i]
        if not s.strip() or _BYLINE.match(s):
            i += 1
            continue
        found = _date_line(s, dayfirst=dayfirst)
        if found is None:
            dl = _standalone_dateline(s, dayfirst=dayfirst) if place is None else None
            if dl is None or i + 1 >= len(lines):
                break
            place = dl.place
            if published is None and dl.published is not None:
                published, precision = dl.published, dl.precision
            i += 1
            continue
        if published is None:
            published, precision = found
        i += 1
    body = "\n".join(lines[i:]).strip()
    if not body and title:  # a single line is the body, not a title
        body, title = title, None
    hints = body_hints(body, published=published, precision=precision, dayfirst=dayfirst,
                       reference=reference)
    return TextParts(body=body, title=title, published=hints[0], precision=hints[1], url=url,
                     publisher=publisher, dateline=place or hints[2])


def body_hints(
    body: str,
    *,
    published: date | None,
    precision: Precision | None,
    dayfirst: bool = False,
    reference: date | None = None,
) -> tuple[date | None, Precision | None, str | None]:
    """Publication date and dateline place from the start of an article body.

    A known ``published`` is kept; otherwise a "Posted on ..." phrase in the first 800
    characters, then the dateline's date. Returns ``(published, precision, dateline_place)``.
    """
    if published is None:
        m = _POSTED.search(body[:800])
        if m:
            found = parse_date(m["rest"], dayfirst=dayfirst)
            if found is not None:
                published, precision = found
    first = body.lstrip().split("\n", 1)[0]
    dl = parse_dateline(first, reference=published or reference, dayfirst=dayfirst)
    if dl is not None and published is None and dl.published is not None:
        published, precision = dl.published, dl.precision
    return published, precision, dl.place if dl else None
