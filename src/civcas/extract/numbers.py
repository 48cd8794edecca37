"""Numbers as written in news: digits, words, compounds, ranges, vague quantities and qualifiers.

``parse_count(tokens, i)`` reads a count starting at token ``i`` ("at least 20", "between 12 and 19",
"twenty-three", "1.2 million", "dozens of", "a") and says how to read it.  Whether it is a casualty
count is decided elsewhere (a person noun or a casualty trigger must go with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from civcas.extract.lexicon import Lexicon

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
MAX_COUNT = 100_000_000  # larger "counts" are not head counts


@dataclass(frozen=True, slots=True)
class Count:
    low: int | None
    high: int | None
    qualifier: str
    start: int  # token index (qualifier included)
    end: int  # token index after the count
    kind: str  # digit | word | vague | article
    year_like: bool = False


_THREE_DIGITS = re.compile(r"\d{3}")


def _value_token(tok: str, lex: Lexicon) -> tuple[float, str] | None:
    if _DIGITS.match(tok):
        if len(tok) > 15:
            return None
        try:
            return float(tok.replace(",", "")), "digit"
        except ValueError:
            return None
    if tok in lex.units:
        return float(lex.units[tok]), "word"
    if tok in lex.tens:
        return float(lex.tens[tok]), "word"
    if "-" in tok:  # twenty-three
        a, _, b = tok.partition("-")
        if a in lex.tens and b in lex.units and lex.units[b] < 10:
            return float(lex.tens[a] + lex.units[b]), "word"
        return None
    closed = lex.closed_tens.get(tok)  # "thirtythree" (wire copy writes some without the hyphen)
    return (float(closed), "word") if closed is not None else None


def parse_number(tokens: list[str], i: int, lex: Lexicon,
                 spaces: list[bool] | None = None) -> tuple[int, int, str] | None:
    """A plain number at ``i``: (value, end index, kind digit|word), or None.

    ``spaces[j]`` is True when token j is followed by exactly one space (for "1 200").
    """
    first = _value_token(tokens[i], lex) if i < len(tokens) else None
    if first is None:
        return None
    value, kind = first
    j = i + 1
    if kind == "digit":
        # "1 200" (space as thousands separator)
        if (spaces is not None and j < len(tokens) and spaces[i] and len(tokens[i]) <= 3
                and "." not in tokens[i] and _THREE_DIGITS.fullmatch(tokens[j])
                and not (j + 1 < len(tokens) and _THREE_DIGITS.fullmatch(tokens[j + 1]))):
            value = value * 1000 + int(tokens[j])
            j += 1
    else:
        # word compounds: "twenty three", "one hundred and fifty", "two thousand five hundred"
        total, current = 0.0, value
        while j < len(tokens):
            t = tokens[j]
            if t in lex.scales:
                current = max(current, 1) * lex.scales[t]
                if lex.scales[t] >= 1000:
                    total += current
                    current = 0.0
                j += 1
                continue
            nxt = _value_token(t, lex)
            if t == "and" and j + 1 < len(tokens) and (current >= 100 or total > 0):
                nxt = _value_token(tokens[j + 1], lex)
                if nxt is not None and nxt[1] == "word":
                    j += 1
                    continue
                break
            if nxt is None or nxt[1] != "word":
                break
            if ((current == 0 and total > 0) or (current >= 100 and current % 100 == 0)
                    or (20 <= current < 100 and current % 10 == 0 and nxt[0] < 10)):
                current += nxt[0]
                j += 1
                continue
            break
        value = total + current
    # "1.2 million", "3 thousand"
    if j < len(tokens) and tokens[j] in lex.scales and kind == "digit":
        value *= lex.scales[tokens[j]]
        j += 1
    if value != value or value > MAX_COUNT or value != int(value):
        return None
    return int(value), j, kind


_OPEN_QUOTES = frozenset({"“", "\"", "‘", "'"})
_CLOSE_QUOTES = frozenset({"”", "\"", "’", "'"})


_OPEN_BOUNDS = frozenset({"more_than", "at_least"})


def _open_bound(tokens: list[str], j: int, lex: Lexicon,
                spaces: list[bool] | None) -> tuple[int, int, str] | None:
    """The upper end of a range told as an open bound, quoted or not: "between 80 and over 200",
    "from 30 to “more than 45”" (the range's high is the bound's number; a closing quote is taken
    in), or None."""
    k = j + 1 if j < len(tokens) and tokens[j] in _OPEN_QUOTES else j
    q = lex.qualifiers.match_at(tokens, k)
    if q is None or q[1] not in _OPEN_BOUNDS or q[0] >= len(tokens):
        return None
    b = parse_number(tokens, q[0], lex, spaces)
    if b is None:
        return None
    end = b[1] + 1 if k > j and b[1] < len(tokens) and tokens[b[1]] in _CLOSE_QUOTES else b[1]
    return b[0], end, b[2]


def parse_count(tokens: list[str], i: int, lex: Lexicon,
                spaces: list[bool] | None = None) -> Count | None:
    """A count with its qualifier starting at token ``i`` (see module doc), or None."""
    qualifier = "exact"
    j = i
    q = lex.qualifiers.match_at(tokens, j)
    if q is not None:
        j, qualifier = q[0], q[1]
        if j < len(tokens) and tokens[j] in ("of",) and qualifier == "exact":  # "a total of"
            j += 1
    if j >= len(tokens):
        return None
    # between X and Y / from X to Y
    if tokens[j] in ("between", "from"):
        a = parse_number(tokens, j + 1, lex, spaces)
        if a and a[1] + 1 < len(tokens) and tokens[a[1]] in ("and", "to", "-", "–"):
            b = parse_number(tokens, a[1] + 1, lex, spaces) or _open_bound(tokens, a[1] + 1, lex, spaces)
            if b and b[0] >= a[0]:
                return Count(a[0], b[0], "range", i, b[1], a[2])
        return None
    v = lex.vague.match_at(tokens, j)
    if v is not None:
        end, (val, top) = v
        if end + 1 < len(tokens) and tokens[end] in _CLOSE_QUOTES and tokens[end + 1] == "of" \
                and i > 0 and tokens[i - 1] in _OPEN_QUOTES:
            end += 1  # “hundreds” of wounded: the quoted word still counts the noun after "of"
        if end < len(tokens) and tokens[end] == "of":
            end += 1
        return Count(None if val < 0 else int(val), top if val >= 0 else None, "vague", i, end, "vague")
    if tokens[j] in lex.articles:
        k = j + 1
        if tokens[j] in ("couple", "pair") or (k < len(tokens) and tokens[k] in ("couple", "pair")):
            if tokens[j] in ("a", "an"):
                k += 1
            if k < len(tokens) and tokens[k] == "of":
                k += 1
            return Count(2, 2, qualifier if qualifier != "exact" else "exact", i, k, "article")
        if k < len(tokens) and tokens[k] == "dozen":
            return Count(12, 12, "exact" if qualifier == "exact" else qualifier, i, k + 1, "word")
        return Count(lex.articles[tokens[j]], lex.articles[tokens[j]], qualifier, i, j + 1, "article")
    n = parse_number(tokens, j, lex, spaces)
    if n is None:
        return None
    value, end, kind = n
    year_like = kind == "digit" and 1900 <= value <= 2100 and "," not in tokens[j]
    # ranges: "12 to 19", "12-19", "two or three"
    if end + 1 < len(tokens) and tokens[end] in ("to", "-", "–", "or"):
        m = parse_number(tokens, end + 1, lex, spaces)
        if m is not None and m[0] > value and (tokens[end] != "-" or kind == "digit"):
            return Count(value, m[0], "range", i, m[1], kind)
    if qualifier == "at_least" and end + 2 < len(tokens) and tokens[end] == "and" \
            and (q2 := lex.qualifiers.match_at(tokens, end + 1)) is not None and q2[1] == "up_to" \
            and (m2 := parse_number(tokens, q2[0], lex, spaces)) is not None and m2[0] > value:
        return Count(value, m2[0], "range", i, m2[1], kind)  # "at least two and up to five children"
    low: int | None = value
    high: int | None = value
    if qualifier in ("at_least", "more_than"):
        high = None
    # "about 50", "some 100": 50 is the reading, both bounds (qualifier about marks it approximate)
    elif qualifier == "up_to":
        low = None
    return Count(low, high, qualifier, i, end, kind, year_like)


AGE_WORDS = frozenset({"year-old", "years-old", "month-old", "week-old", "day-old"})
_AGE_UNITS = {"year": 1.0, "years": 1.0, "month": 0.0, "months": 0.0, "week": 0.0, "weeks": 0.0,
              "day": 0.0, "days": 0.0}


def age_span(lows: list[str], p: int, lex: Lexicon) -> tuple[int, float] | None:
    """An age used as a modifier or noun at ``p``: (end, age in years), or None.  Written
    "12-year-old", "12 - year-old", "12-year old", "6 year old", "two-year-old", "2 1/2 year old",
    "2-and-a-half-year-old"."""
    n = len(lows)
    tok = lows[p]
    if "-" in tok and tok.endswith("-old"):  # "two-year-old", "twenty-one-year-old"
        parts = tok.split("-")
        unit = parts[-2]
        words = parts[:-2]
        value: float | None = None
        if len(words) == 1 and words[0] in lex.units:
            value = float(lex.units[words[0]])
        elif words and words[0] in lex.tens:
            value = float(lex.tens[words[0]] + (lex.units.get(words[1], 0) if len(words) > 1 else 0))
        if value is not None and unit in _AGE_UNITS:
            return p + 1, value * _AGE_UNITS[unit] if _AGE_UNITS[unit] else 0.0
        return None
    if not tok[:1].isdigit():
        return None
    q = p + 1
    if q + 2 < n and lows[q].isdigit() and lows[q + 1] == "/" and lows[q + 2].isdigit():
        q += 3  # "2 1/2 year old"
    if q < n and lows[q] == "-":
        q += 1
    if q < n and lows[q] in AGE_WORDS:
        unit = lows[q].split("-")[0]
        end = q + 1
    elif q < n and lows[q].startswith("and-a-half-") and lows[q][11:] in AGE_WORDS:
        unit = lows[q][11:].split("-")[0]  # "a 2-and-a-half-year-old": two years (the half dropped)
        end = q + 1
    elif q + 1 < n and lows[q] in _AGE_UNITS and lows[q + 1] in ("old", "-old"):
        unit = lows[q]
        end = q + 2
    elif q + 2 < n and lows[q] in _AGE_UNITS and lows[q + 1] == "-" and lows[q + 2] == "old":
        unit = lows[q]
        end = q + 3
    else:
        return None
    try:
        years = float(tok.replace(",", ""))
    except ValueError:
        years = 99.0
    return end, years if unit.startswith("year") else 0.0


_TIME_BEFORE = frozenset({"at", "until", "till", "since", "by", "after", "before", "from"})
_TIME_AFTER = frozenset({"hours", "hrs", "gmt", "utc", "local", "("})


def clock_time(lows: list[str], c: Count) -> bool:
    """A four-digit 24-hour clock time ("at 1620", "0500 hours", "1500 (2000 GMT)")."""
    tok = lows[c.end - 1]
    if len(tok) != 4 or not tok.isdigit() or int(tok[:2]) > 24 or int(tok[2:]) > 59:
        return False
    before = lows[c.start - 1] if c.start > 0 else ""
    after = lows[c.end] if c.end < len(lows) else ""
    return before in _TIME_BEFORE or after in _TIME_AFTER or tok.startswith("0")
