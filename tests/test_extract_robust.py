"""No input crashes or hangs the extractor; invariants hold on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.assemble import _extract
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
    for f in figs:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.text
        assert f.low is None or f.high is None or f.low <= f.high
        assert f.outcome in ("killed", "injured", "missing", "detained")
        assert f.group in ("civilians", "children", "women", "men", "combatants", "people")
        assert f.doc == "h" and f.part_of in (None, *[g.id for g in figs])


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
