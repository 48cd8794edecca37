"""Invariants of linking and assessment, checked with hypothesis on small random report sets."""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.assess import assess
from civcas.link import blocking_key, blocking_keys, link
from civcas.link.factory import actor, figure, place
from civcas.models import Figure

PLACES = [
    place("jabalia", 31.53, 34.48), place("jabalia camp", 31.535, 34.485, precision="neighbourhood"),
    place("rafah", 31.29, 34.25), place("gaza strip", 31.4, 34.4, precision="country"),
    place("mosul", 36.34, 43.13, country="IQ"), None,
]
DAYS = ["2023-10-30", "2023-10-31", "2023-11-01", "2023-11-02", None]
ACTORS = [actor("Gaza Health Ministry", "government"), actor("local medics", "medical"),
          actor("Israeli military", "belligerent"), actor("Hamas", "belligerent"), None]
DETAILS = [(), (), ("market",), ("school",), ("abu eida family",)]

report = st.fixed_dictionaries({
    "doc": st.integers(0, 7),
    "statement": st.integers(0, 2),
    "place": st.sampled_from(PLACES),
    "day": st.sampled_from(DAYS),
    "published": st.sampled_from(["2023-10-31", "2023-11-02", "2023-11-03"]),
    "outcome": st.sampled_from(["killed", "killed", "injured"]),
    "group": st.sampled_from(["civilians", "civilians", "children", "women", "combatants"]),
    "low": st.one_of(st.none(), st.integers(0, 40)),
    "width": st.integers(0, 5),
    "qualifier": st.sampled_from(["exact", "at_least", "up_to", "about", "range"]),
    "stance": st.sampled_from(["asserted", "asserted", "hedged", "denied"]),
    "claimant": st.sampled_from(ACTORS),
    "perpetrator": st.sampled_from(ACTORS[2:]),
    "details": st.sampled_from(DETAILS),
    "event": st.sampled_from([None, "airstrike", "shelling"]),
})


def build(specs: list[dict]) -> list[Figure]:  # type: ignore[type-arg]
    figs = []
    for n, s in enumerate(specs):
        low = s["low"]
        if s["qualifier"] == "at_least":
            high = None
        elif s["qualifier"] == "up_to":
            low, high = None, (low if low is not None else 3)
        elif s["qualifier"] == "range" and low is not None:
            high = low + s["width"]
        else:
            high = low
        if s["stance"] == "denied":
            low = high = None
        figs.append(figure(
            f"f{n:03d}", doc=f"d{s['doc']}", statement=f"d{s['doc']}s{s['statement']}",
            outcome=s["outcome"], group=s["group"], low=low, high=high,
            qualifier=s["qualifier"], stance=s["stance"], claimant=s["claimant"],
            perpetrator=s["perpetrator"], place=s["place"], day=s["day"],
            published=s["published"], near_group=f"d{s['doc']}", details=s["details"],
            event=s["event"]))
    return figs


def canon(incidents):  # type: ignore[no-untyped-def]
    return sorted((i.id, i.figures, i.previous_ids) for i in incidents)


@settings(max_examples=60, deadline=None)
@given(st.lists(report, min_size=1, max_size=18), st.randoms(use_true_random=False))
def test_linking_does_not_depend_on_input_order(specs, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    figs = build(specs)
    shuffled = list(figs)
    rnd.shuffle(shuffled)
    assert canon(link(figs)) == canon(link(shuffled))


@settings(max_examples=60, deadline=None)
@given(st.lists(report, min_size=1, max_size=18),
       st.lists(st.tuples(st.integers(0, 17), st.integers(0, 17)), max_size=3),
       st.lists(st.tuples(st.integers(0, 17), st.integers(0, 17)), max_size=3))
def test_block_partitioned_linking_equals_global(specs, must_idx, cannot_idx) -> None:  # type: ignore[no-untyped-def]
    figs = build(specs)
    n = len(figs)
    must = [(figs[a].id, figs[b].id) for a, b in must_idx if a < n and b < n]
    cannot = [(figs[a].id, figs[b].id) for a, b in cannot_idx if a < n and b < n and a != b]
    whole = link(figs, must_link=must, cannot_link=cannot)
    keys = blocking_keys(figs, must_link=must)
    if not must:
        assert keys == {f.id: blocking_key(f) for f in figs}
    parts: dict[str, list[Figure]] = defaultdict(list)
    for f in figs:
        parts[keys[f.id]].append(f)
    pieces = [i for p in parts.values() for i in link(p, must_link=must, cannot_link=cannot)]
    assert canon(whole) == canon(pieces)
    for a, b in cannot:  # cannot-links hold unless a must-link chain overrides them
        if not must:
            assert not any(a in i.figures and b in i.figures for i in whole)


@settings(max_examples=60, deadline=None)
@given(st.lists(report, min_size=1, max_size=18))
def test_ranges_are_ordered_and_sourced(specs) -> None:  # type: ignore[no-untyped-def]
    figs = build(specs)
    by_id = {f.id: f for f in figs}
    for inc in link(figs):
        done = assess(inc, by_id)
        assert done.grade in ("confirmed", "fair", "weak", "contested", "discounted")
        assert done.grade_reason
        for ranges in (done.killed, done.injured, done.conceded):
            for r in ranges.values():
                vals = [v for v in (r.low, r.best, r.high) if v is not None]
                assert vals == sorted(vals)
                for v, src in ((r.low, r.low_from), (r.high, r.high_from)):
                    if v is not None:
                        assert src and set(src) <= set(inc.figures)


@settings(max_examples=60, deadline=None)
@given(st.lists(report, min_size=1, max_size=14), st.integers(0, 13))
def test_a_syndicated_copy_changes_no_range_or_grade(specs, pick) -> None:  # type: ignore[no-untyped-def]
    figs = build(specs)
    doc = figs[pick % len(figs)].doc
    copies = [dataclasses.replace(f, id=f"{f.id}c", doc=f"{doc}copy")
              for f in figs if f.doc == doc]

    def summary(fs: list[Figure]):  # type: ignore[no-untyped-def]
        by_id = {f.id: f for f in fs}
        out = {}
        for inc in link(fs):
            done = assess(inc, by_id)
            key = min(x for x in inc.figures if not x.endswith("c"))
            out[key] = (done.grade, done.sources,
                        {g: (r.low, r.best, r.high) for g, r in done.killed.items()},
                        {g: (r.low, r.best, r.high) for g, r in done.injured.items()})
        return out

    assert summary(figs) == summary(figs + copies)
