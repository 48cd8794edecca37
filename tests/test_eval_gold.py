"""The held-out evaluation gold (examples/eval-gold/figures.jsonl) is well-formed.

These tests check the annotation file, not extraction quality: every line has the keys and
value sets of the sample gold, bounds agree with the qualifier, every ``evidence_contains``
occurs exactly once in its article, actor names use the canonical spelling of actors.toml, and
every article of examples/eval is annotated.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

import pytest

from civcas.models import GROUPS, OUTCOMES, ActorKind, Qualifier, Scope, Stance

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "eval"
GOLD = ROOT / "examples" / "eval-gold" / "figures.jsonl"
SAMPLE_GOLD = ROOT / "examples" / "sample-gold" / "figures.jsonl"
ACTORS = ROOT / "src" / "civcas" / "data" / "actors.toml"
KEYS = ("file", "item", "url", "evidence_contains", "outcome", "group", "low", "high", "qualifier",
        "scope", "claimant", "claimant_kind", "perpetrator", "stance", "incident")


@lru_cache(maxsize=1)
def _gold() -> tuple[dict[str, Any], ...]:
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return tuple(json.loads(ln) for ln in lines)


@lru_cache(maxsize=1)
def _actors() -> tuple[dict[str, str], dict[str, str]]:
    """(canonical name -> kind, lower-cased alias -> canonical name) from actors.toml."""
    data = tomllib.loads(ACTORS.read_text(encoding="utf-8"))
    kinds = {a["name"]: a["kind"] for a in data["actor"]}
    aliases = {al.lower(): a["name"] for a in data["actor"] for al in a.get("aliases", [])}
    return kinds, aliases


def _ids() -> list[str]:
    return [f"{g['file']}:{g['evidence_contains']}" for g in _gold()]


def test_gold_has_the_sample_gold_keys_in_order() -> None:
    sample_keys = tuple(json.loads(SAMPLE_GOLD.read_text(encoding="utf-8").splitlines()[0]))
    assert sample_keys == KEYS
    for g in _gold():
        assert tuple(g) == KEYS, g


@pytest.mark.parametrize("g", _gold(), ids=_ids())
def test_evidence_occurs_exactly_once_in_its_article(g: dict[str, Any]) -> None:
    path = CORPUS / g["file"]
    assert path.is_file(), f"no article {g['file']}"
    assert g["item"] is None and g["url"] is None  # one article per file
    text = path.read_text(encoding="utf-8")
    assert g["evidence_contains"].strip() == g["evidence_contains"] != ""
    assert text.count(g["evidence_contains"]) == 1


@pytest.mark.parametrize("g", _gold(), ids=_ids())
def test_field_values_and_bounds_are_valid(g: dict[str, Any]) -> None:
    assert g["outcome"] in OUTCOMES
    assert g["group"] in GROUPS
    assert g["qualifier"] in get_args(Qualifier)
    assert g["scope"] in get_args(Scope)
    assert g["stance"] in get_args(Stance)
    assert g["claimant_kind"] in get_args(ActorKind)
    low, high, q = g["low"], g["high"], g["qualifier"]
    for bound in (low, high):
        assert bound is None or (isinstance(bound, int) and not isinstance(bound, bool) and bound > 0)
    if low is None and high is None:  # a denial or an admission without a number
        assert q == "exact"
    elif q == "exact":
        assert low == high
    elif q in ("at_least", "more_than", "vague"):
        assert low is not None and high is None
    elif q == "about":  # "some 100" is about 100: low = high = the number
        assert low is not None and high == low
    elif q == "up_to":
        assert low is None and high is not None
    else:
        assert q == "range" and low is not None and high is not None and low < high
    if q == "vague":
        assert low in (2, 10, 12, 20, 100, 1000, 10000)  # 2: a bare plural (extract/plurals.py)
    if g["stance"] == "denied":
        assert low is None and high is None
    assert (g["claimant"] == "unattributed") == (g["claimant_kind"] == "unattributed")
    label = g["incident"]
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", label), label
    assert label.startswith("tally-") == (g["scope"] == "tally")


@pytest.mark.parametrize("g", _gold(), ids=_ids())
def test_actor_names_are_canonical(g: dict[str, Any]) -> None:
    kinds, aliases = _actors()
    for name in (g["claimant"], g["perpetrator"]):
        if name is None or name == "unattributed":
            continue
        canonical = aliases.get(name.lower(), name)
        assert canonical == name or name in kinds, f"{name!r} is an alias of {canonical!r}"
    if g["claimant"] in kinds:
        assert g["claimant_kind"] == kinds[g["claimant"]]


def test_every_article_is_annotated_and_in_range() -> None:
    files = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert len(files) == 30
    assert {g["file"] for g in _gold()} == set(files)
    for name in files:
        words = len((CORPUS / name).read_text(encoding="utf-8").split())
        assert 120 <= words <= 350, (name, words)


def test_gold_lines_are_unique() -> None:
    keys = [(g["file"], g["evidence_contains"], g["outcome"], g["group"]) for g in _gold()]
    assert len(keys) == len(set(keys))
