"""Publication dates as news text writes them, with their precision (day / month / year).

Forms: ISO ``2016-11-09`` (with or without a time), ``2016/11/09``, ``20161109``; numeric
``09/11/2016`` (month first unless ``dayfirst``; a part above 12 decides on its own; dotted
``09.11.2016`` is always day first); month names in English, French, Spanish, German, Italian
and Portuguese (``Nov. 9, 2016``, ``9 November 2016``, ``3 JAN 90``, ``3 de marzo de 2017``,
``Wed, 09 Nov 2016 10:00:00 GMT``); ``November 2016`` (month); a lone year ``2016`` (year).
A day and month without a year (``Nov 9``) need a ``reference`` date: the year is the reference
year, or the year before when that would put the date more than 31 days after the reference.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from civcas.ingest._data import load_toml

Precision = Literal["day", "month", "year"]
MIN_YEAR = 1900
MAX_YEAR = 2100


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    table = load_toml("dates.toml")
    out: dict[str, int] = {}
    for num, names in table["months"].items():
        for name in names:
            out[name.lower()] = int(num)
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    months = sorted(_months(), key=len, reverse=True)
    mon = "(?P<mon>" + "|".join(re.escape(m) for m in months) + r")\.?"
    joiners = load_toml("dates.toml")["joiners"]["words"]
    j = r"(?:\s+(?:" + "|".join(joiners) + r"))?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
    year = r"(?P<year>\d{4}|'?\d{2})"
    return {
        "iso": re.compile(r"(?<!\d)(?P<year>\d{4})[-/](?P<mon>[01]?\d)[-/](?P<day>[0-3]?\d)(?!\d)"),
        "compact": re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)(?:T|$)"),
        "numeric": re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d{2})(?![\d])"),
        "day_mon_year": re.compile(rf"(?<![\w]){day}{j}\s*{mon}{j},?\s+{year}(?![\w])", re.I),
        "mon_day_year": re.compile(rf"(?<![\w]){mon}\s+{day},?\s+{year}(?![\w])", re.I),
        "mon_year": re.compile(rf"(?<![\w]){mon}{j},?\s+(?P<year>\d{{4}})(?![\w])", re.I),
        "day_mon": re.compile(rf"(?<![\w]){day}{j}\s*{mon}(?![\w])", re.I),
        "mon_day": re.compile(rf"(?<![\w]){mon}\s+{day}(?![\w])", re.I),
        "iso_month": re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>[01]\d)(?![\d-])"),
        "year": re.compile(r"(?<![\w.,/-])(?P<year>(?:19|20)\d{2})(?![\w/-])"),
    }


def _year(text: str) -> int:
    text = text.lstrip("'")
    value = int(text)
    if len(text) == 2:
        value += 2000 if value <= (date.today().year % 100) + 1 else 1900
    return value


def _make(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _with_reference(m: int, d: int, reference: date | None) -> date | None:
    if reference is None:
        return None
    found = _make(reference.year, m, d)
    if found is not None and found - reference > timedelta(days=31):
        found = _make(reference.year - 1, m, d)
    return found


def _month_num(name: str) -> int | None:
    return _months().get(name.lower().rstrip("."))


def parse_date(
    text: str, *, dayfirst: bool = False, reference: date | None = None
) -> tuple[date, Precision] | None:
    """The first publication date written in ``text`` with its precision, or None.

    Full dates win over month-year, which wins over a lone year.
    """
    if not text or len(text) > 400:
        text = (text or "")[:400]
    pats = _patterns()
    s = text.strip()
    m = pats["compact"].match(s)
    if m:
        found = _make(int(m["year"]), int(m["mon"]), int(m["day"]))
        if found:
            return found, "day"
    candidates: list[tuple[int, date]] = []
    for key in ("iso", "numeric", "day_mon_year", "mon_day_year"):
        for m in pats[key].finditer(s):
            found = _match_full(key, m, dayfirst=dayfirst)
            if found is not None:
                candidates.append((m.start(), found))
                break
    if candidates:
        return min(candidates)[1], "day"
    for key in ("day_mon", "mon_day"):
        m = pats[key].search(s)
        if m and reference is not None:
            mon = _month_num(m["mon"])
            if mon:
                found = _with_reference(mon, int(m["day"]), reference)
                if found:
                    return found, "day"
    for key in ("mon_year", "iso_month"):
        m = pats[key].search(s)
        if m:
            mon = _month_num(m["mon"]) if key == "mon_year" else int(m["mon"])
            if mon and 1 <= mon <= 12:
                found = _make(int(m["year"]), mon, 1)
                if found:
                    return found, "month"
    m = pats["year"].search(s)
    if m and s.strip(" .,") == m["year"]:
        found = _make(int(m["year"]), 1, 1)
        if found:
            return found, "year"
    return None


def _match_full(key: str, m: re.Match[str], *, dayfirst: bool) -> date | None:
    if key == "iso":
        return _make(int(m["year"]), int(m["mon"]), int(m["day"]))
    if key == "numeric":
        a, b, year = int(m["a"]), int(m["b"]), _year(m["year"])
        if m["sep"] == "." or a > 12:
            return _make(year, b, a)
        if b > 12:
            return _make(year, a, b)
        return _make(year, b, a) if dayfirst else _make(year, a, b)
    mon = _month_num(m["mon"])
    if mon is None:
        return None
    return _make(_year(m["year"]), mon, int(m["day"]))
