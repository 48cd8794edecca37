"""Datelines: the place (and date, and agency) opening a news story's first line.

Forms read: "BEIRUT (AP) — ...", "PERRIS, Calif. — ...", "GAZA CITY, Oct 9 (Reuters) - ...",
"SAN SALVADOR, 3 JAN 90 (RADIO ...) -- [TEXT] ...", "AFP, AIN ISSA, Syria", "NEW DELHI: ...",
"DAYTON—The ..." (a dash without spaces), "WKXX (CBS/AP) DAYTON, Ohio - ..." (a station before the
place), "ASUNCION (PARAGUAY), ..." (the country in brackets). What opens a line like a dateline but
names no place is refused: labels ("UPDATE:", "WATCH:", "FILE PHOTO:"), times and headlines with
figures ("UPDATE 8:30 PM -"), wire placeholders ("NO CITY, NO DATE"), and a station name over a
fragment ("WKXX - Dayton"): a real dateline is followed by a sentence. The word lists are in
``data/ingest/datelines.toml``.

The extraction rules read the same openings with two quick, lenient readers:
:func:`dateline_city` (the upper-case city of "KHARKIV, Ukraine —") and :func:`dateline_date`
(the date of a wire dateline, "SANTIAGO, 24 AUG 89 (EFE) --"). This module is light (the date
parser of :mod:`civcas.ingest.dates` is imported on the first full parse) so that both the
ingest and the extraction layers import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from civcas import datafiles

if TYPE_CHECKING:
    from civcas.ingest.dates import Precision

# a separator closing the dateline: " — ", " -- ", ": ", ") -", a dash at the end of the line, or a
# long dash glued between the place and the sentence ("STERLING—The")
SEP = re.compile(
    r"\s*(?:\)\s*)?(?:--|—|–|-|:)(?:\s+|$)|\s*\)\s*(?:--|—|–|-|:)|(?<=[A-Z.])\s*[—–](?=[A-Z\"“])"
)
_ANY_DAY = date(2000, 6, 15)  # stands in for a reference to recognise "Nov 9" as a date
_AGENCY_PAREN = re.compile(r"\((?P<agency>[^()]{1,40})\)\s*$")
_INNER_PAREN = re.compile(r"^(?P<a>[^()]*?)\s*\((?P<b>[^()]{1,40})\)\s*(?P<c>[^()]*)$")
_LOWER_TAIL = re.compile(r"\s+[A-Z]?[a-z]{2,}$")  # one word: "STERLING The"

# the month names of the quick date reader ("24 AUG 89", "Oct 9"; shared with civcas.extract.when)
MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH = r"(?:" + MONTH_NAMES + r")\.?"
# the quick readers: an upper-case city, then the rest of the place after a comma, a credit in
# brackets and a dash; a place (any case), a comma, perhaps a state ("Calif.,"), a day and month
# (perhaps a year), a credit and a double or long dash
_CITY_HEAD = re.compile(r"^\s*(?P<c>[A-Z][A-Z'’\-]{2,}(?:\s[A-Z][A-Z'’\-]+)?)(?:,[^\n(]{0,40})?\s*"
                        r"(?:\([^)]{1,30}\)\s*)?[-–—]")
_DATE_HEAD = re.compile(r"^\W*[A-Z][A-Za-z .'()/-]{1,60}?,\s+(?:[A-Z][a-z]+\.?,\s+)?(?P<d>[0-3]?\d\s+"
                        + _MONTH + r"(?:\s+(?:19|20)?\d\d)?|"
                        + _MONTH + r"\s+[0-3]?\d(?:,\s+(?:19|20)\d\d)?)\s*"
                        r"(?:\([^()]{1,60}\)\s*)?(?:--|—)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    published: date | None = None
    precision: Precision | None = None
    agency: str | None = None


def _load(name: str) -> dict[str, Any]:
    return datafiles.load_toml("ingest", name)


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    return frozenset(_agency_key(n) for n in _load("agencies.toml")["names"])


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("datelines.toml")
    return (frozenset(_word_key(w) for w in data["label_words"]),
            frozenset(_word_key(w) for w in data["placeholders"]))


def _agency_key(name: str) -> str:
    return re.sub(r"[.\s]+", " ", name).strip().lower().replace(" ", "")


def _word_key(word: str) -> str:
    return " ".join(word.lower().replace("’", "'").strip(".:;,").split())


def _is_upper_place(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    if len(letters) < 2 or len(part) > 40:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= 0.8


def _is_title_place(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words if w.isalpha()) and len(part) <= 30


def _place_piece(piece: str) -> str | None:
    """The place in the dateline's first piece: what follows the last label, time or figure
    ("UPDATED at 4:10 p.m. DAYTON" → "DAYTON"), without a trailing lower-case word ("STERLING The");
    None for a label, a headline or a placeholder."""
    labels, placeholders = _words()
    words = piece.split()
    cut = max((i for i, w in enumerate(words)
               if _word_key(w) in labels or any(c.isdigit() for c in w)), default=-1)
    piece = " ".join(words[cut + 1:])
    if _word_key(piece) in placeholders:
        return None
    if _is_upper_place(head := _LOWER_TAIL.sub("", piece)):
        piece = head
    return piece if piece and _is_upper_place(piece) else None


def _split_brackets(piece: str) -> tuple[list[str], str | None]:
    """A first piece with brackets: "WKXX (CBS/AP) DAYTON" is a station before the place;
    "ASUNCION (PARAGUAY)" a place and its country; "NO CITY (HONDURAS)" only the country."""
    m = _INNER_PAREN.match(piece)
    if m is None:
        return [piece], None
    a, b, c = m["a"].strip(), m["b"].strip(), m["c"].strip()
    if c:
        return [c], b
    if _agency_key(b) in _agencies() or not _is_upper_place(b):
        return [a], b
    if _word_key(a) in _words()[1]:
        return [b], None
    return [a, b], None


def _separator(head: str) -> re.Match[str] | None:
    """The first separator outside brackets ("SAN JOSE, 3 MAY 89 (ACAN - EFE) -- ...")."""
    for m in SEP.finditer(head):
        before = head[: m.start()]
        if before.count("(") <= before.count(")") or m.group(0).lstrip().startswith(")"):
            return m
    return None


def parse_dateline(line: str, *, reference: date | None = None, dayfirst: bool = False) -> Dateline | None:
    """The dateline at the start of ``line``, or None."""
    # imported here: the extraction layer, which reads datelines too, needs no ingest package
    from civcas.ingest.dates import parse_date

    head = line[:160]
    parts = [p.strip() for p in head.split(",")]
    if 2 <= len(parts) <= 4 and len(head) <= 70 and _agency_key(parts[0]) in _agencies() and \
            _is_upper_place(parts[1]) and not SEP.search(head):
        place = ", ".join(p for p in parts[1:] if p)
        return Dateline(place=place, agency=parts[0])
    m = _separator(head)
    if m is None or m.start() > 90 or m.start() < 2:
        return None
    rest = line[m.end():].strip()
    if rest and " " not in rest and not rest.startswith("["):
        return None  # "WKXX - Dayton", "MORE MEDIA - clip": a real dateline opens a sentence
    prefix = head[: m.start()].strip()
    if m.group(0).lstrip().startswith(")") and "(" in prefix and not prefix.endswith(")"):
        prefix += ")"
    if prefix.count("(") != prefix.count(")"):
        return None  # "STOCK IMAGE (Photo: ..." is a caption
    agency = None
    am = _AGENCY_PAREN.search(prefix)
    if am:
        agency = am["agency"].strip()
        prefix = prefix[: am.start()].strip()
    placeholders = _words()[1]
    pieces = [p.strip() for p in prefix.split(",") if p.strip()]
    if pieces and _agency_key(pieces[0]) in _agencies() and len(pieces) > 1:
        agency = agency or pieces[0]
        pieces = pieces[1:]
    if not pieces:
        return None
    firsts, station = _split_brackets(pieces[0])
    agency = agency or station
    names: list[str] = []
    if _word_key(firsts[0]) not in placeholders:  # "NO CITY, 3 JAN 90 (...) --" keeps its date
        first = _place_piece(firsts[0])
        if first is None:
            return None
        names = [first, *firsts[1:]]
    published: date | None = None
    precision: Precision | None = None
    for piece in pieces[1:]:
        if _word_key(piece) in placeholders:
            continue
        found = parse_date(piece, dayfirst=dayfirst, reference=reference or _ANY_DAY)
        if found is not None and published is None:
            if reference is not None or parse_date(piece, dayfirst=dayfirst) is not None:
                published, precision = found
        elif published is None and _is_title_place(piece):
            names.append(piece)
        else:
            return None
    return Dateline(place=", ".join(names) or None, published=published, precision=precision, agency=agency)


def dateline_city(text: str) -> str | None:
    """The upper-case city of a dateline opening ``text`` as written ("KHARKIV, Ukraine (AP) —"
    -> "KHARKIV"), or None. Quick and lenient: any capitals before a dash pass."""
    m = _CITY_HEAD.match(text)
    return m.group("c") if m is not None else None


def dateline_date(text: str) -> re.Match[str] | None:
    """The dateline opening ``text`` when it gives a day and month ("SANTIAGO, 24 AUG 89 (EFE) --",
    "Dayton, Ohio, Oct. 9 —"): the match, whose group ``d`` is the date; else None."""
    return _DATE_HEAD.match(text)
