"""Query filters shared by the JSON API and the pages: parse, validate, hand to the Store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from civcas.errors import UsageError
from civcas.models import GRADES

ORDERS: tuple[str, ...] = ("date", "-date", "killed", "sources", "id")
MAX_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class IncidentFilters:
    """The filters of the overview: what ``Store.list_incidents`` / ``totals`` / ``timeline`` take."""

    start: date | None = None
    end: date | None = None
    country: str | None = None
    perpetrator: str | None = None
    grade: tuple[str, ...] | None = None
    claimant: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for the Store (unset filters passed as None)."""
        return {
            "start": self.start, "end": self.end, "country": self.country,
            "perpetrator": self.perpetrator, "grade": list(self.grade) if self.grade else None,
            "claimant": self.claimant, "text": self.text, "bbox": self.bbox,
        }


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``"min_lon,min_lat,max_lon,max_lat"`` -> a 4-tuple of floats (UsageError if malformed)."""
    value = _blank(value)
    if value is None:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise UsageError(f"bad bbox {value!r}", hint="use min_lon,min_lat,max_lon,max_lat")
    w, s, e, n = parts
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise UsageError(f"bbox out of range: {value!r}",
                         hint="longitudes in [-180, 180], latitudes in [-90, 90], south <= north")
    return (w, s, e, n)


def parse_grades(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Grades from repeated or comma-separated parameters (UsageError on an unknown grade)."""
    if not values:
        return None
    out: list[str] = []
    for v in values:
        for g in v.split(","):
            g = g.strip().lower()
            if not g:
                continue
            if g not in GRADES:
                raise UsageError(f"unknown grade {g!r}", hint=f"use one of: {', '.join(GRADES)}")
            if g not in out:
                out.append(g)
    return tuple(out) or None


def parse_date(value: str | None, *, name: str) -> date | None:
    """An ISO date (YYYY-MM-DD) or None; UsageError otherwise."""
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"bad {name} date {value!r}", hint="use YYYY-MM-DD") from None


def build_filters(
    *, start: str | None = None, end: str | None = None, country: str | None = None,
    perpetrator: str | None = None, grade: Sequence[str] | None = None,
    claimant: str | None = None, text: str | None = None, bbox: str | None = None,
) -> IncidentFilters:
    """Validate raw query values into :class:`IncidentFilters`."""
    s = parse_date(start, name="start")
    e = parse_date(end, name="end")
    if s and e and e < s:
        raise UsageError("end date is before start date", hint="swap start and end")
    c = _blank(country)
    return IncidentFilters(
        start=s, end=e, country=c.upper() if c and len(c) == 2 else c,
        perpetrator=_blank(perpetrator), grade=parse_grades(grade), claimant=_blank(claimant),
        text=_blank(text), bbox=parse_bbox(bbox),
    )


def check_page(limit: int, offset: int) -> tuple[int, int]:
    """Validate pagination (1 <= limit <= MAX_LIMIT, offset >= 0)."""
    if limit < 1 or limit > MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}", hint="page with offset")
    if offset < 0:
        raise UsageError("offset must be >= 0")
    return limit, offset
