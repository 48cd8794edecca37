"""Plain-text articles: header lines, title line, publication date lines and datelines.

A text file is read as: optional header lines (``title: ...``, `` date 2017-08-10``,
``url: ...``, ``source: ...``), then an optional title line (a short line without final
punctuation followed by a blank line or a date/byline line), then optional date lines
(``Posted June 10, 2017``, ``Nov. 9, 2016``) and bylines (``By ...``), then the body.
The body's first line may carry a dateline ("SAN SALVADOR, 3 JAN 90 --",
"BEIRUT, Nov 9 (Reuters) -", "BEIRUT (AP) —", "AFP, AIN ISSA, Syria"): its place is kept as the
``dateline`` and its date (if any) serves as publication date when nothing better is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from civcas.ingest._data import load_toml
from civcas.ingest.dates import Precision, parse_date
from civcas.ingest.normalise import clean_body

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
_SEP = re.compile(r"\s*(?:\)\s*)?(?:--|—|–|-|:)\s+|\s*\)\s*(?:--|—|–|-|:)")
_ANY_DAY = date(2000, 6, 15)  # stands in for a reference to recognise "Nov 9" as a date
_AGENCY_PAREN = re.compile(r"\((?P<agency>[^()]{1,40})\)\s*$")


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


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    published: date | None = None
    precision: Precision | None = None
    agency: str | None = None


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    return frozenset(_agency_key(n) for n in load_toml("agencies.toml")["names"])


def _agency_key(name: str) -> str:
    return re.sub(r"[.\s]+", " ", name).strip().lower().replace(" ", "")


def _is_upper_place(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    if len(letters) < 2 or len(part) > 40:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


def _is_title_place(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words if w.isalpha()) and len(part) <= 30


def parse_dateline(line: str, *, reference: date | None = None, dayfirst: bool = False) -> Dateline | None:
    """The dateline at the start of ``line``, or None."""
    head = line[:160]
    parts = [p.strip() for p in head.split(",")]
    if 2 <= len(parts) <= 4 and len(head) <= 70 and _agency_key(parts[0]) in _agencies() and \
            _is_upper_place(parts[1]) and not _SEP.search(head):
        place = ", ".join(p for p in parts[1:] if p)
        return Dateline(place=place, agency=parts[0])
    m = _SEP.search(head)
    if m is None or m.start() > 90 or m.start() < 2:
        return None
    prefix = head[: m.start()].strip()
    if m.group(0).lstrip().startswith(")") and "(" in prefix and not prefix.endswith(")"):
        prefix += ")"
    agency = None
    am = _AGENCY_PAREN.search(prefix)
    if am:
        agency = am["agency"].strip()
        prefix = prefix[: am.start()].strip()
    pieces = [p.strip() for p in prefix.split(",") if p.strip()]
    if not pieces:
        return None
    if _agency_key(pieces[0]) in _agencies() and len(pieces) > 1:
        agency = agency or pieces[0]
        pieces = pieces[1:]
    if not _is_upper_place(pieces[0]):
        return None
    names = [pieces[0]]
    published: date | None = None
    precision: Precision | None = None
    for piece in pieces[1:]:
        found = parse_date(piece, dayfirst=dayfirst, reference=reference or _ANY_DAY)
        if found is not None and published is None:
            if reference is not None or parse_date(piece, dayfirst=dayfirst) is not None:
                published, precision = found
        elif published is None and _is_title_place(piece):
            names.append(piece)
        else:
            return None
    return Dateline(place=", ".join(names), published=published, precision=precision, agency=agency)


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
