"""The third to twelfth blind gold sets (examples/blind3 ... examples/blind12 and their -gold folders)
are well-formed.

Each set was written and annotated blind, before the extractor was run on it; this test checks only
the file's form (keys and their order, value domains, bounds against qualifier, every evidence
string occurring exactly once in its article, 30 articles of 180-450 words). It sets no quality
threshold and runs nothing of the product on the articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12")

KEYS = ["file", "item", "url", "evidence_contains", "outcome", "group", "low", "high", "qualifier",
        "scope", "claimant", "claimant_kind", "perpetrator", "stance", "incident"]
OUTCOMES = ("killed", "injured", "missing", "detained")
GROUPS = ("civilians", "children", "women", "men", "combatants", "people")
QUALIFIERS = ("exact", "at_least", "more_than", "up_to", "about", "range", "vague")
KINDS = ("monitor", "belligerent", "government", "un", "ngo", "medical", "media", "local", "unattributed")


def _rows(name: str) -> list[dict[str, object]]:
    lines = (ROOT / "examples" / f"{name}-gold" / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(ln) for ln in lines if ln.strip()]


@pytest.mark.parametrize("name", SETS)
def test_articles_are_thirty_of_news_length(name: str) -> None:
    articles = sorted((ROOT / "examples" / name).glob("*.txt"))
    assert len(articles) == 30
    for path in articles:
        assert 180 <= len(path.read_text(encoding="utf-8").split()) <= 450, path.name


@pytest.mark.parametrize("name", SETS)
def test_gold_is_well_formed(name: str) -> None:
    folder = ROOT / "examples" / name
    rows = _rows(name)
    assert {r["file"] for r in rows} == {p.name for p in folder.glob("*.txt")}
    for r in rows:
        assert list(r) == KEYS
        assert r["item"] is None and r["url"] is None
        text = (folder / str(r["file"])).read_text(encoding="utf-8")
        assert text.count(str(r["evidence_contains"])) == 1, r["evidence_contains"]
        assert r["outcome"] in OUTCOMES and r["group"] in GROUPS and r["qualifier"] in QUALIFIERS
        assert r["claimant_kind"] in KINDS and isinstance(r["claimant"], str) and r["claimant"]
        assert (r["claimant"] == "unattributed") == (r["claimant_kind"] == "unattributed")
        assert r["perpetrator"] is None or (isinstance(r["perpetrator"], str) and r["perpetrator"])
        assert r["scope"] in ("incident", "tally") and r["stance"] in ("asserted", "hedged", "denied")
        assert str(r["incident"]).startswith("tally-") == (r["scope"] == "tally")
        low, high = r["low"], r["high"]
        if r["stance"] == "denied":
            assert low is None and high is None and r["qualifier"] == "exact"
        if r["qualifier"] in ("exact", "about") and low is not None:
            assert low == high
        if r["qualifier"] in ("at_least", "more_than", "vague"):
            assert high is None and low is not None
        if r["qualifier"] == "up_to":
            assert low is None and isinstance(high, int)
        if r["qualifier"] == "range":
            assert isinstance(low, int) and isinstance(high, int) and low < high


@pytest.mark.parametrize("name", SETS)
def test_evidence_is_unique_per_article(name: str) -> None:
    seen: set[tuple[object, object]] = set()
    for r in _rows(name):
        key = (r["file"], r["evidence_contains"])
        assert key not in seen, key
        seen.add(key)
