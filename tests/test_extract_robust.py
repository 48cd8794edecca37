"""No input crashes or hangs the extractor; invariants hold on arbitrary text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.actors import find_actors, load_actors, may_match_alias
from civcas.extract.assemble import _extract
from civcas.extract.regex_speed import literal_alternation, literal_requirement, may_match
from civcas.extract.text import _END, mostly_capitals
from civcas.models import Document

WORDS = st.sampled_from([
    "killed", "wounded", "at", "least", "12", "1,200", "twenty-three", "civilians", "children", "including",
    "four", "of", "them", "dozens", "the", "strike", "said", "Observatory", ",", ".", "\n\n", "since", "2014",
    "a", "child", "-", "year-old", "between", "and", "up", "to", "no", "one", "was", "KILLED", "(", ")",
    "é", "𝟙𝟚", "\u00a0", "%", "km", "were", "dead", "toll", "rose", "IS", "coalition", "denied",
])


def check(text: str) -> None:
    doc = Document(id="h", text=text)
    figs = _extract(doc, None)  # the unguarded core: it must not raise either
    assert figs == extract(doc)
    ids = {g.id for g in figs}
    for f in figs:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.text
        assert f.low is None or f.high is None or f.low <= f.high
        assert f.outcome in ("killed", "injured", "missing", "detained")
        assert f.group in ("civilians", "children", "women", "men", "combatants", "people")
        assert f.doc == "h" and (f.part_of is None or f.part_of in ids)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_word_soup(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    check(text)


def test_pathological_inputs() -> None:
    check("9" * 100_000 + " killed")
    check("killed 5 people, " * 5_000)
    check("at least " * 5_000 + "3 dead")
    check(("Dozens of " * 2000) + "people died.")
    check("\n" * 10_000 + "12 killed")
    check("")


def test_long_run_on_sentence_50k() -> None:
    """50 KB with no full stop, full of numbers, commas and casualty words: finishes, and every
    figure still points at its own words (timings are in bench/extract_bench.py --long-sentence)."""
    unit = "killed 1,234, 56 civilians, 7,890 wounded, at least 12, 3 dead, 4 - 5 "
    check((unit * (50_000 // len(unit) + 1))[:50_000])


@pytest.mark.slow
def test_long_run_on_sentence_1mb() -> None:
    unit = "at least 1,234, 56,7 civilians 8,9,10 killed, 1.5, 2,000,000 wounded 3 4 5 "
    check((unit * (1_000_000 // len(unit) + 1))[:1_000_000])
    check("1,2" * 333_334)  # digits and commas only


# ------------------------------------------------------------------ fast paths are exact

_PLAIN_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|[.!?]+[\"”’')\]]*\s*$|;\s+(?=[A-Z])")
END_CHARS = st.sampled_from([*"ab A1.!?;\"”’')](“‘[\n\t", ". ", "; T", "?\" ", "...", "U.S."])


@settings(max_examples=400, deadline=None)
@given(st.lists(END_CHARS, max_size=60).map("".join))
def test_sentence_end_pattern_is_the_plain_alternation(text: str) -> None:
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _PLAIN_END.finditer(text)]


WORDS_AB = st.text(alphabet="abAB -'’sİıſK", min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS_AB, min_size=1, max_size=12), st.text(alphabet="abAB -'.,sİıſK\n", max_size=80))
def test_literal_alternation_matches_the_plain_alternation(words: list[str], text: str) -> None:
    before, after = r"(?<![\w-])", r"(?![\w-])"
    for flags in (0, re.IGNORECASE):
        fast = literal_alternation(words, before=before, after=after, flags=flags)
        alts = sorted(dict.fromkeys(words), key=len, reverse=True)
        plain = re.compile(before + "(?:" + "|".join(map(re.escape, alts)) + ")" + after, flags)
        got = [(m.span(), m.group()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_alias_pretest_never_hides_an_actor() -> None:
    """find_actors skips a text early when no alias can start in it; every alias, as written,
    in a sentence and in a possessive, must still pass that pre-test and be found."""
    for entry in load_actors():
        for alias in entry.aliases:
            for text in (alias, f"A statement by the {alias} on Monday.", f"{alias}'s spokesman said"):
                words = set(re.findall(r"[a-z]+", text.lower()))
                assert may_match_alias(text, words), (alias, text)
            assert find_actors(f"Reports named {alias} again.") or not alias.strip(), alias


CUE_WORDS = st.sampled_from(["the", "those", "victims", "dead", "were", "was", "identified", "named",
                             "as", ":", "among", "killed", "wounded", "injured", "included", "also",
                             "IDENTIFIED", "Names", "of", "have", "been", "shot", "x", "\n"])
PATTERNS = [
    r"\b(?:were|was|have\s+been)\s+(?:(?:later|also)\s+)?(?:identified|named)\s*(?:as|:)",
    r"\b(?:the|those)\s+(?:victims|dead|people\s+killed)\s+(?:were|are)\s*:?(?!\s+(?:killed|among))",
    r"\bthe\s+names\s+of\s+(?:the|those)\s+(?:victims|dead)\s+(?:are|were)",
    r"\b(?:among|amongst)\s+(?:the|those)\s+(?:injured|wounded)\s+(?:were|was|included)\b",
    r"(?:a|b)?c+(?:de|df)x*",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(CUE_WORDS, max_size=14).map(" ".join))
def test_literal_pretest_never_hides_a_match(text: str) -> None:
    for pattern in PATTERNS:
        for flags in (0, re.IGNORECASE):
            rx = re.compile(pattern, flags)
            if rx.search(text):
                assert may_match(rx, text, text.lower() if text.isascii() else None), (pattern, text)
    assert literal_requirement(re.compile(PATTERNS[0])) == ("identified", "named")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ ’é É1ǅⒶß.İıſ\n")), max_size=60))
def test_capitals_count_is_the_plain_count(text: str) -> None:
    letters = [c for c in text if c.isalpha()]
    plain = not letters or sum(c.isupper() for c in letters) > 0.6 * len(letters)
    assert mostly_capitals(text) == plain
