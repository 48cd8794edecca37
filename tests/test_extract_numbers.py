"""Numbers, qualifiers and vague quantities (civcas.extract.numbers)."""

from __future__ import annotations

import pytest

from civcas.extract.lexicon import lexicon
from civcas.extract.numbers import parse_count
from civcas.extract.text import tokenize


def count(text: str):
    toks = tokenize(text)
    return parse_count([t.low for t in toks], 0, lexicon(),
                       [i + 1 < len(toks) and toks[i + 1].start == toks[i].end + 1
                        for i in range(len(toks))])


@pytest.mark.parametrize(("text", "low", "high", "qualifier"), [
    ("at least 20", 20, None, "at_least"),
    ("no fewer than 20", 20, None, "at_least"),
    ("more than 20", 20, None, "more_than"),
    ("over 700", 700, None, "more_than"),
    ("up to 27", None, 27, "up_to"),
    ("as many as 203", None, 203, "up_to"),
    ("as high as 203", None, 203, "up_to"),
    ("between 12 and 19", 12, 19, "range"),
    ("12 to 19", 12, 19, "range"),
    ("12-19", 12, 19, "range"),
    ("8,000-13,000", 8000, 13000, "range"),
    ("two or three", 2, 3, "range"),
    ("some 100", 100, 100, "about"),
    ("nearly 10,000", 10000, 10000, "about"),
    ("around 30", 30, 30, "about"),
    ("approximately 45", 45, 45, "about"),
    ("roughly two hundred", 200, 200, "about"),
    ("twenty-three", 23, 23, "exact"),
    ("TWENTY THREE", 23, 23, "exact"),
    ("one hundred and fifty", 150, 150, "exact"),
    ("two thousand five hundred", 2500, 2500, "exact"),
    ("1.2 million", 1_200_000, 1_200_000, "exact"),
    ("1,200", 1200, 1200, "exact"),
    ("1 200", 1200, 1200, "exact"),
    ("a dozen", 12, 12, "exact"),
    ("dozens of", 12, 24, "vague"),  # Airwars reads "dozens" as 12-24 (lexicon [vague_high])
    ("scores of", 20, None, "vague"),
    ("tens of thousands of", 10000, None, "vague"),
    ("hundreds", 100, 200, "vague"),  # Airwars ranges it 100-200
    ("a total of 9", 9, 9, "exact"),
])
def test_counts_and_qualifiers(text: str, low: int | None, high: int | None, qualifier: str) -> None:
    c = count(text)
    assert c is not None
    assert (c.low, c.high, c.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize("text", ["several", "a number of", "many", "an unknown number of", "multiple"])
def test_plural_words_say_at_least_two(text: str) -> None:
    # a plural with no number: low 2, no high (Airwars' plural convention, see plurals.py)
    c = count(text)
    assert c is not None and c.low == 2 and c.high is None and c.qualifier == "vague"


@pytest.mark.parametrize("text", ["third", "first", "the", "killed", ""])
def test_non_numbers(text: str) -> None:
    assert count(text) is None


def test_huge_digit_strings_are_not_counts() -> None:
    assert count("9" * 40) is None
