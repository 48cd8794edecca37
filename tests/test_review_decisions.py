"""Pure decision functions: rejection, correction, link constraints, incident overrides."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.errors import UsageError
from civcas.models import Decision, Incident
from civcas.review import (
    apply_to_figures,
    apply_to_incidents,
    link_constraints,
    new_decision,
    validate_decision,
)
from store_factories import make_doc, make_fig

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
DOCS = [make_doc(i) for i in range(4)]
FIGS = [make_fig(DOCS[i % 4], i, low=i + 1, high=i + 1) for i in range(8)]
IDS = [f.id for f in FIGS]


def dec(kind: str, target: str, minutes: int, value: dict | None = None,
        active: bool = True) -> Decision:
    return Decision(id=f"x{kind}{target}{minutes}", kind=kind, target=target, user="ana",
                    reason="checked against the hospital list", at=T0 + timedelta(minutes=minutes),
                    value=value or {}, active=active)


def test_reject_drops_and_later_restore_keeps() -> None:
    f = FIGS[0]
    assert apply_to_figures(FIGS, [dec("reject_figure", f.id, 1)]) == FIGS[1:]
    both = [dec("reject_figure", f.id, 1), dec("restore_figure", f.id, 2)]
    assert apply_to_figures(FIGS, both) == FIGS
    # given out of order, time decides
    assert apply_to_figures(FIGS, list(reversed(both))) == FIGS
    assert apply_to_figures(FIGS, [dec("reject_figure", f.id, 1, active=False)]) == FIGS


def test_corrections_apply_fields_and_later_ones_win() -> None:
    f = FIGS[1]
    ds = [dec("correct_figure", f.id, 1, {"group": "children", "low": 5, "high": 7}),
          dec("correct_figure", f.id, 2, {"low": 6, "claimant": "UN OHCHR",
                                           "perpetrator": "Russian Aerospace Forces",
                                           "place": "Tabqa", "date": "2017-06-01"})]
    out = {x.id: x for x in apply_to_figures(FIGS, ds)}[f.id]
    assert (out.group, out.low, out.high) == ("children", 6, 7)
    assert out.claimant is not None and out.claimant.name == "UN OHCHR"
    assert out.claimant.kind == f.claimant.kind  # type: ignore[union-attr]
    assert out.perpetrator is not None and out.perpetrator.name == "Russian Aerospace Forces"
    assert out.place is not None and out.place.name == "Tabqa" and out.place.lat is None
    assert out.date is not None and out.date.start == date(2017, 6, 1)
    assert out.evidence == f.evidence  # the evidence never changes


def test_link_constraints_last_decision_per_pair_wins() -> None:
    a, b, c = IDS[:3]
    ds = [dec("must_link", a, 1, {"other": b}), dec("cannot_link", b, 2, {"other": a}),
          dec("must_link", a, 3, {"other": c})]
    must, cannot = link_constraints(ds, FIGS)
    assert must == [tuple(sorted((a, c)))]
    assert cannot == [tuple(sorted((a, b)))]


def test_merge_and_split_become_pairs() -> None:
    part, rest = IDS[:2], IDS[2:4]
    merge = dec("merge_incidents", "iA", 1, {"incident": "iB", "figures": IDS[:4]})
    must, cannot = link_constraints([merge], FIGS)
    assert len(must) == 3 and not cannot
    split = dec("split_incident", "iA", 2, {"figures": part, "rest": rest})
    must, cannot = link_constraints([merge, split], FIGS)
    assert set(cannot) == {tuple(sorted((p, r))) for p in part for r in rest}
    assert tuple(sorted(part)) in must
    # pairs with unknown figures are dropped
    assert link_constraints([dec("must_link", "fX", 1, {"other": IDS[0]})], FIGS) == ([], [])


def test_incident_overrides_match_current_and_previous_ids() -> None:
    inc = Incident(id="i1", figures=(IDS[0],), documents=(DOCS[0].id,), grade="weak",
                   grade_reason="single source", previous_ids=("i0",))
    ds = [dec("override_grade", "i0", 1, {"grade": "confirmed"}),
          dec("override_place", "i1", 2, {"name": "Raqqa stadium", "lat": 35.96,
                                          "lon": 39.0, "precision": "exact"})]
    (out,) = apply_to_incidents([inc], ds)
    assert out.grade == "confirmed"
    assert out.grade_reason == "analyst override: checked against the hospital list"
    assert out.place is not None and out.place.precision == "exact"
    assert out.place.via == "analyst"
    other = replace(inc, id="i9", previous_ids=())
    assert apply_to_incidents([other], ds) == [other]


@pytest.mark.parametrize(("kind", "value"), [
    ("nonsense", {}), ("correct_figure", {}), ("correct_figure", {"colour": "red"}),
    ("correct_figure", {"group": "aliens"}), ("correct_figure", {"low": -1}),
    ("correct_figure", {"low": 9, "high": 3}), ("must_link", {}),
    ("override_grade", {"grade": "great"}), ("override_place", {}),
    ("split_incident", {}),
])
def test_malformed_decisions_are_refused(kind: str, value: dict) -> None:
    with pytest.raises(UsageError):
        validate_decision(dec(kind, IDS[0], 0, value))


def test_new_decision_needs_a_reason_and_has_a_stable_id() -> None:
    with pytest.raises(UsageError):
        new_decision("reject_figure", IDS[0], user="ana", reason=" ")
    a = new_decision("reject_figure", IDS[0], user="ana", reason="dup", at=T0)
    b = new_decision("reject_figure", IDS[0], user="ana", reason="dup", at=T0)
    assert a.id == b.id and a.id.startswith("x")


kinds = st.sampled_from(["reject_figure", "restore_figure", "correct_figure"])
decision_lists = st.lists(
    st.tuples(kinds, st.sampled_from(IDS), st.integers(0, 10_000),
              st.integers(0, 50)),
    max_size=25, unique_by=lambda t: t[2])


def _build(items: list[tuple[str, str, int, int]]) -> list[Decision]:
    return [dec(k, target, minute, {"low": n, "high": n + 1} if k == "correct_figure" else {})
            for k, target, minute, n in items]


@settings(max_examples=150, deadline=None)
@given(decision_lists, st.randoms())
def test_figure_decisions_depend_on_time_not_input_order(items: list, rnd: object) -> None:
    ds = _build(items)
    shuffled = list(ds)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert apply_to_figures(FIGS, ds) == apply_to_figures(FIGS, shuffled)


@settings(max_examples=150, deadline=None)
@given(decision_lists)
def test_figure_decisions_properties(items: list) -> None:
    ds = _build(items)
    out = apply_to_figures(FIGS, ds)
    ids = [f.id for f in out]
    assert ids == [i for i in IDS if i in set(ids)]  # a subsequence, order kept
    last = {}
    for d in sorted(ds, key=lambda d: d.at):
        if d.kind != "correct_figure":
            last[d.target] = d.kind
    for fid in IDS:
        assert (fid in ids) == (last.get(fid) != "reject_figure")
    # applying the same decisions to the result changes nothing more
    assert apply_to_figures(out, ds) == out
    for f in out:
        assert f.low is None or f.high is None or f.low <= f.high


pairs = st.lists(st.tuples(st.sampled_from(["must_link", "cannot_link"]),
                           st.sampled_from(IDS), st.sampled_from(IDS), st.integers(0, 10_000)),
                 max_size=30, unique_by=lambda t: t[3])


@settings(max_examples=150, deadline=None)
@given(pairs)
def test_link_constraints_are_disjoint_and_follow_the_latest(items: list) -> None:
    ds = [dec(k, a, m, {"other": b}) for k, a, b, m in items if a != b]
    must, cannot = link_constraints(ds, FIGS)
    assert not set(must) & set(cannot)
    assert all(a < b for a, b in must + cannot)
    latest = {}
    for d in sorted(ds, key=lambda d: d.at):
        latest[tuple(sorted((d.target, d.value["other"])))] = d.kind
    assert set(must) == {p for p, k in latest.items() if k == "must_link"}
    assert set(cannot) == {p for p, k in latest.items() if k == "cannot_link"}
