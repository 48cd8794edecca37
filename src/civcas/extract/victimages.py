"""Ages in a list of named victims (moved unchanged from :mod:`civcas.extract.victimitems`):
"34", "(7)", "aged 5", "six years old", "(3 months)", a range ("16 or 17 years old", "(59 to
63)") and words ("less than a year old", "in his sixties", "(infant)"). A child is under 18.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from civcas.extract.regex_speed import may_match

if TYPE_CHECKING:
    from civcas.extract.victimitems import Person

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "twin": 2}

_WORD_AGES = {**NUMBER_WORDS, "one": 1, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_AGE = re.compile(r"^\(?\s*(?:aged?\s+|age:?\s*)?(\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*|-)(?:(years?|months?)"
                  r"(?:\s*|-)old|yrs?\.?|(years?|months?))?\s*\)?$", re.IGNORECASE)

_AGE_IN = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]*(years?|months?|weeks?|days?)[\s-]*old\b"
                     r"|\(\s*(\d{1,3})\s*(years?|months?|weeks?|days?)?(?:[\s-]*old)?\s*\)|\baged?\s+(\d{1,3})\b",
                     re.IGNORECASE)  # "34 years old", "(7)", "(3 months)", "aged 5"

# ages written in words: a baby or a child ("less than a year old", "not yet a year old", "a few
# months old", "a month old", "(infant)", "(a child)") or a grown person ("in his sixties", "in her
# 40s", "(adult)"); group 1 a baby or child, group 2 one year, group 3 an adult
_AGE_PHRASE = re.compile(
    r"(?:\b|(?=\())(?:((?:less\s+than|under|not\s+yet|barely)\s+(?:a|one)\s+(?:year|month)(?:[\s-]+old)?"
    r"|(?:a\s+)?(?:few|several|couple\s+of)[\s-]+(?:months?|weeks?|days?)[\s-]+old"
    r"|(?:a|one)[\s-]+(?:month|week|day)[\s-]+old|(?:just\s+)?(?:\d{1,2}\s+)?(?:days?|weeks?)[\s-]+old"
    r"|\(\s*(?:an?\s+)?(?:infant|baby|newborn|toddler|child|minor)\s*\))"
    r"|(a[\s-]+year[\s-]+old)"
    r"|(in\s+(?:his|her|their)\s+(?:early\s+|mid[\s-]+|late\s+)?(?:[2-9]0s|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties)\b|\(\s*(?:an?\s+)?adult\s*\)))", re.IGNORECASE)

# an age given as a range ("16 or 17 years old", "aged between 38 and 40", "(59 to 63)", "between 4
# months and 2 years old"): a child when the upper bound is under 18, grown when the lower one is 18
# or more, else unknown; a unit or "aged" is needed outside brackets
_AGE_RANGE = re.compile(
    r"(?:\baged?\s+)?(?:\bbetween\s+)?\b(\d{1,3}|less\s+than\s+(?:a|one)\s+year|(?:a\s+)?few\s+months)"
    r"(?:\s*(months?|years?))?\s*(?:or|to|and|-|–)\s*(\d{1,3})"
    r"(?:[\s-]*(years?|months?)(?:[\s-]*old)?)?\b", re.IGNORECASE)

_RANGE_GATE = re.compile(r"\d\D{1,20}?\d")  # (cheap pre-tests of the two patterns above)

_PHRASE_WORDS = re.compile(r"infant|baby|newborn|toddler|child|minor|adult")

def _age_value(tok: str) -> float | None:
    tok = tok.lower()
    if tok.isdigit():
        return float(tok)
    parts = tok.split("-")
    if all(p in _WORD_AGES for p in parts) and parts:
        return float(sum(_WORD_AGES[p] for p in parts))
    return None

def age_of(seg: str) -> float | None:
    """The age in years when ``seg`` is only an age ("34", "(7)", "aged 5", "six years old")."""
    seg = seg.strip()
    m = _AGE.match(seg)
    v = _age_value(m.group(1)) if m is not None else None
    if (m is None or v is None or m.end() < len(seg)) and _RANGE_GATE.search(seg):
        inner = seg.strip("()").strip()
        r = _AGE_RANGE.fullmatch(inner)
        if r is not None:
            return _range_years(r, bracketed=seg.startswith("("))
    if m is None or v is None:
        w = _AGE_PHRASE.fullmatch(seg.strip())  # "(less than a year old)", "in his sixties", "(infant)"
        w = w or _AGE_PHRASE.fullmatch(seg.strip(" ()"))
        return _phrase_years(w) if w is not None else None
    unit = (m.group(2) or m.group(3) or "").lower()
    if v > 120 or (not m.group(1).isdigit() and not unit):
        return None
    return v if not unit or unit.startswith("year") else 0.0

def set_age(p: Person, years: float) -> None:
    if years < 0 or years > 120:
        return
    p.age = "child" if years < 18 else "adult"

def _range_years(m: re.Match[str], *, bracketed: bool) -> float | None:
    """The age class an :data:`_AGE_RANGE` match gives, as years (None: a number range, or one
    that spans 18)."""
    text = m.group(0).lower()
    if not (m.group(2) or m.group(4) or "age" in text or bracketed):
        return None  # "between 2 and 3": not an age
    if m.group(4) and m.group(4).lower().startswith("month"):
        return 0.0
    low = int(m.group(1)) if m.group(1).isdigit() and not (m.group(2) or "y").lower().startswith("m") else 0
    high = int(m.group(3))
    if low > high or high > 120:
        return None
    return float(high) if high < 18 else float(low) if low >= 18 else None

def _phrase_years(m: re.Match[str]) -> float:
    """The age in years an :data:`_AGE_PHRASE` match stands for (a grown person: 30)."""
    return 0.0 if m.group(1) else 1.0 if m.group(2) else 30.0

def ages_in(text: str, p: Person) -> str:
    """Apply the ages written in ``text`` to ``p``; return the text without them."""
    low = text.lower()
    if _RANGE_GATE.search(text) and _AGE_RANGE.search(text):  # two numbers: "16 or 17", "38 and 40"
        def span(m: re.Match[str]) -> str:
            years = _range_years(m, bracketed=m.start() > 0 and text[m.start() - 1] == "(")
            if years is None:
                return m.group(0)
            set_age(p, years)
            return " "
        text = _AGE_RANGE.sub(span, text)
    if ("old" in low or ("(" in text and _PHRASE_WORDS.search(low)) or "in h" in low or "in their" in low) \
            and _AGE_PHRASE.search(text):
        def phrase(m: re.Match[str]) -> str:
            set_age(p, _phrase_years(m))
            return " "
        text = _AGE_PHRASE.sub(phrase, text)
    def sub(m: re.Match[str]) -> str:
        tok = m.group(1) or m.group(3) or m.group(5)
        v = _age_value(tok) if tok else None
        if v is not None:
            unit = (m.group(2) or m.group(4) or "year").lower()
            set_age(p, v if unit.startswith("year") else 0.0)
            return " "
        return m.group(0)
    if not may_match(_AGE_IN, text, text.lower() if text.isascii() else None):
        return text  # (the exact literal pre-test: "old", "age" or a bracket)
    return _AGE_IN.sub(sub, text)
