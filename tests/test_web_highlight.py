"""Safe highlighting of evidence spans and safe links (pure functions)."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.web.highlight import Mark, anchor, highlight, safe_url, snippet

TAG = re.compile(r"</?mark[^>]*>")


def test_marks_wrap_spans_and_escape_text() -> None:
    text = "Medics said <b>12</b> people & 3 children died."
    start = text.index("12")
    out = str(highlight(text, [Mark(start, start + 2, ("f1",))]))
    assert '<mark id="s-15-17" data-figures="f1">12</mark>' in out
    assert "&lt;b&gt;" in out and "&amp;" in out and "<b>" not in out


def test_hostile_text_is_inert() -> None:
    text = '<img src=x onerror="alert(1)"> said 4 were killed <script>alert(2)</script>'
    i = text.index("4 were killed")
    out = str(highlight(text, [Mark(i, i + 13)]))
    assert "<img" not in out and "<script" not in out
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in out


def test_overlapping_and_out_of_range_marks() -> None:
    text = "abcdefghij"
    out = str(highlight(text, [Mark(2, 6), Mark(4, 8), Mark(8, 50), Mark(5, 5), Mark(-3, 1)]))
    assert TAG.sub("", out) == text
    assert out.count("<mark") == 3  # [2,6), [8,10), [0,1); [4,8) overlaps, [5,5) is empty


def test_same_range_merges_figure_ids() -> None:
    out = str(highlight("x 5 y", [Mark(2, 3, ("a",)), Mark(2, 3, ("b",))]))
    assert out.count("<mark") == 1 and 'data-figures="a b"' in out


def test_snippet_cuts_at_words_and_marks_span_without_id() -> None:
    text = ("word " * 100) + "SEVEN civilians were killed" + (" tail" * 100)
    s = text.index("SEVEN")
    out = str(snippet(text, s, s + 27, context=40))
    assert out.startswith("… ") and out.endswith(" …")
    assert "<mark data-figures=\"\">SEVEN civilians were killed</mark>" in out
    assert "id=" not in out


def test_anchor() -> None:
    assert anchor(3, 9) == "s-3-9"


def test_safe_url() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>",
                "vbscript:x", "//example.org", "/local", "http:///nohost", "", None,
                "https://ex\nample.org", "java\tscript:alert(1)"):
        assert safe_url(bad) is None, bad


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-5, 210), st.integers(-5, 210)),
                                       max_size=6))
def test_highlight_round_trips_and_adds_no_other_markup(text: str,
                                                        spans: list[tuple[int, int]]) -> None:
    out = str(highlight(text, [Mark(a, b, ("f",)) for a, b in spans]))
    stripped = TAG.sub("", out)
    assert "<" not in stripped and ">" not in stripped
    assert html.unescape(stripped) == text
    opens = out.count("<mark")
    assert opens == out.count("</mark>")


@given(st.text(min_size=1, max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_snippet_contains_the_span(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    out = str(snippet(text, a, b, context=30))
    body = html.unescape(TAG.sub("", out)).removeprefix("… ").removesuffix(" …")
    assert text[a:b] in body and body in text


WORDS = st.lists(st.sampled_from(["strike", "the", "12", "civilians", "<b>", "&", "killed",
                                  "\n", "  ", "Raqqa,", "said", "ﺍﻟﻘﺼﻒ", "é"]),
                 min_size=0, max_size=400)


@given(words=WORDS, a=st.integers(-5, 4000), b=st.integers(-5, 4000),
       context=st.integers(0, 300), slack=st.integers(0, 5))
def test_snippet_of_a_window_equals_snippet_of_the_text(words: list[str], a: int, b: int,
                                                        context: int, slack: int) -> None:
    """The dossier reads only a window of each article: same excerpt as from the whole text."""
    text = " ".join(words)
    start, end = sorted((a, b))
    lo = max(0, min(start, len(text)) - context - 31 - slack)
    hi = min(len(text), max(0, min(end, len(text))) + context + 31 + slack)
    window = text[lo:hi]
    whole = snippet(text, start, end, context=context)
    assert snippet(window, start, end, context=context, offset=lo, size=len(text)) == whole


def test_snippet_refuses_a_window_too_small() -> None:
    text = "x " * 500
    with pytest.raises(ValueError):
        snippet(text[300:700], 400, 410, context=220, offset=300, size=len(text))
