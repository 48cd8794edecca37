"""Analysts' decisions applied to figures and incidents: pure functions, later decisions win.

A :class:`~civcas.models.Decision` has a ``kind`` (one of ``models.DECISION_KINDS``), a
``target`` (a figure or incident id) and a ``value`` dict:

=================  ============  ===========================================================
kind               target        value
=================  ============  ===========================================================
reject_figure      figure id     ``{}``
restore_figure     figure id     ``{}``
correct_figure     figure id     ``{field: new value}``; fields in :data:`CORRECTABLE`
must_link          figure id     ``{"other": figure id}``
cannot_link        figure id     ``{"other": figure id}``
merge_incidents    incident id   ``{"incident": other incident id, "figures": [ids of both]}``
split_incident     incident id   ``{"figures": [ids split off], "rest": [ids that stay]}``
override_grade     incident id   ``{"grade": "confirmed"}``
override_place     incident id   a ``Place`` dict (``name``, ``lat``, ``lon``, ``precision``...)
=================  ============  ===========================================================

Inactive decisions (``active=False``) are ignored. Decisions are applied in time order (``at``,
then their order in the input), so a later decision overrides an earlier one on the same target
or pair: reject then restore keeps the figure; link then unlink separates the pair.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from civcas.errors import UsageError
from civcas.models import (
    DECISION_KINDS,
    GRADES,
    GROUPS,
    OUTCOMES,
    PLACE_PRECISIONS,
    Actor,
    DateSpan,
    Decision,
    Figure,
    Incident,
    Place,
    from_dict,
    stable_id,
)

log = logging.getLogger(__name__)

CORRECTABLE: tuple[str, ...] = (
    "group", "outcome", "low", "high", "qualifier", "scope", "stance", "subgroup", "event",
    "claimant", "perpetrator", "place", "place_name", "date",
)
FIGURE_KINDS = frozenset({"reject_figure", "restore_figure", "correct_figure", "must_link",
                          "cannot_link"})
INCIDENT_KINDS = frozenset({"override_grade", "override_place", "merge_incidents",
                            "split_incident"})
_CHOICES: dict[str, tuple[str, ...]] = {
    "group": GROUPS, "outcome": OUTCOMES,
    "qualifier": ("exact", "at_least", "more_than", "up_to", "about", "range", "vague"),
    "scope": ("incident", "tally"), "stance": ("asserted", "hedged", "denied"),
}


@dataclass(slots=True)
class FigureState:
    """What the decisions so far say about one figure."""

    rejected: bool = False
    corrections: dict[str, Any] = field(default_factory=dict)


def _when(d: Decision) -> datetime:
    at = d.at
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def ordered(decisions: Iterable[Decision]) -> list[Decision]:
    """Active decisions in the order they apply: by time, ties kept in input order."""
    return sorted((d for d in decisions if d.active), key=_when)


def new_decision(kind: str, target: str, *, user: str, reason: str,
                 value: dict[str, Any] | None = None, at: datetime | None = None) -> Decision:
    """A validated Decision with a deterministic id derived from its content and time."""
    at = at or datetime.now(UTC)
    val = dict(value or {})
    d = Decision(
        id=stable_id("x", kind, target, user, at.isoformat(), json.dumps(val, sort_keys=True,
                                                                          default=str)),
        kind=kind, target=target, user=user, reason=reason, at=at, value=val,
    )
    validate_decision(d)
    return d


def validate_decision(d: Decision) -> None:
    """Raise ``UsageError`` if a decision is malformed (unknown kind, field or value)."""
    if d.kind not in DECISION_KINDS:
        raise UsageError(f"unknown decision kind {d.kind!r}",
                         hint=f"one of: {', '.join(DECISION_KINDS)}")
    if not d.target:
        raise UsageError("a decision needs a target id")
    if not d.reason or not d.reason.strip():
        raise UsageError("a decision needs a reason", hint="say why, e.g. --reason 'combatants'")
    v = d.value
    if d.kind == "correct_figure":
        if not v:
            raise UsageError("correct_figure needs at least one field=value")
        for key, val in v.items():
            if key not in CORRECTABLE:
                raise UsageError(f"field {key!r} cannot be corrected",
                                 hint=f"correctable: {', '.join(CORRECTABLE)}")
            if key in _CHOICES and val not in _CHOICES[key]:
                raise UsageError(f"{key} must be one of {', '.join(_CHOICES[key])}, not {val!r}")
            if key in ("low", "high") and val is not None and (
                    isinstance(val, bool) or not isinstance(val, int) or val < 0):
                raise UsageError(f"{key} must be a non-negative integer or null, not {val!r}")
        low, high = v.get("low"), v.get("high")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            raise UsageError(f"low {low} is greater than high {high}")
    elif d.kind in ("must_link", "cannot_link"):
        if not isinstance(v.get("other"), str) or v["other"] == d.target:
            raise UsageError(f"{d.kind} needs value {{'other': <another figure id>}}")
    elif d.kind == "override_grade":
        if v.get("grade") not in GRADES:
            raise UsageError(f"grade must be one of {', '.join(GRADES)}")
    elif d.kind == "override_place":
        if not v.get("name"):
            raise UsageError("override_place needs at least a place name")
        if v.get("precision") is not None and v["precision"] not in PLACE_PRECISIONS:
            raise UsageError(f"precision must be one of {', '.join(PLACE_PRECISIONS)}")
    elif d.kind == "split_incident" and not v.get("figures"):
        raise UsageError("split_incident needs value {'figures': [ids to split off]}")


def figure_states(decisions: Sequence[Decision]) -> dict[str, FigureState]:
    """Rejection and accumulated corrections per figure id, after all decisions."""
    states: dict[str, FigureState] = {}
    for d in ordered(decisions):
        if d.kind not in ("reject_figure", "restore_figure", "correct_figure"):
            continue
        st = states.setdefault(d.target, FigureState())
        if d.kind == "reject_figure":
            st.rejected = True
        elif d.kind == "restore_figure":
            st.rejected = False
        else:
            st.corrections.update(d.value)
    return states


def _actor(value: Any, old: Actor | None) -> Actor | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        return from_dict(Actor, {"text": value.get("name", ""), **value})
    name = str(value)
    return Actor(name=name, text=name, kind=old.kind if old else None)


def _place(value: Any) -> Place | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        return from_dict(Place, value)
    return Place(name=str(value), via="analyst")


def _date(value: Any) -> DateSpan | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        return from_dict(DateSpan, value)
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return DateSpan(start=day, end=day, precision="day", text="analyst correction")


def correct(figure: Figure, corrections: dict[str, Any]) -> Figure:
    """``figure`` with analysts' field corrections applied (unknown fields are ignored)."""
    changes: dict[str, Any] = {}
    for key, value in corrections.items():
        if key in ("group", "outcome", "qualifier", "scope", "stance", "subgroup", "event"):
            changes[key] = value
        elif key in ("low", "high"):
            changes[key] = None if value is None else int(value)
        elif key in ("claimant", "perpetrator"):
            changes[key] = _actor(value, getattr(figure, key))
        elif key in ("place", "place_name"):
            changes["place"] = _place(value)
        elif key == "date":
            changes["date"] = _date(value)
        else:
            log.warning("ignoring correction of unknown field %r on %s", key, figure.id)
    return replace(figure, **changes) if changes else figure


def apply_to_figures(figures: Sequence[Figure], decisions: Sequence[Decision]) -> list[Figure]:
    """Figures after decisions: rejected ones dropped (unless restored later), corrections applied.

    The input order is kept.
    """
    states = figure_states(decisions)
    out: list[Figure] = []
    for f in figures:
        st = states.get(f.id)
        if st is None:
            out.append(f)
        elif not st.rejected:
            out.append(correct(f, st.corrections))
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def link_constraints(
    decisions: Sequence[Decision], figures: Sequence[Figure],
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(must_link, cannot_link) figure-id pairs from link/unlink/merge/split decisions.

    The last decision about a pair wins. Only pairs whose two figures are in ``figures`` are
    returned (pairs are sorted, each as ``(smaller id, larger id)``).
    """
    known = {f.id for f in figures}
    state: dict[tuple[str, str], str] = {}

    def setp(a: str, b: str, how: str) -> None:
        if a != b:
            state[_pair(a, b)] = how

    for d in ordered(decisions):
        v = d.value
        if d.kind in ("must_link", "cannot_link") and isinstance(v.get("other"), str):
            setp(d.target, v["other"], "must" if d.kind == "must_link" else "cannot")
        elif d.kind == "merge_incidents":
            ids = sorted({str(x) for x in v.get("figures", ())})
            for a, b in itertools.pairwise(ids):
                setp(a, b, "must")
        elif d.kind == "split_incident":
            part = sorted({str(x) for x in v.get("figures", ())})
            rest = sorted({str(x) for x in v.get("rest", ())} - set(part))
            for a, b in itertools.pairwise(part):
                setp(a, b, "must")
            for a in part:
                for b in rest:
                    setp(a, b, "cannot")
    must = sorted(p for p, how in state.items() if how == "must" and p[0] in known
                  and p[1] in known)
    cannot = sorted(p for p, how in state.items() if how == "cannot" and p[0] in known
                    and p[1] in known)
    return must, cannot


def apply_to_incidents(incidents: Sequence[Incident],
                       decisions: Sequence[Decision]) -> list[Incident]:
    """Incidents with grade and place overrides applied (target = its id or a previous id)."""
    overrides = [d for d in ordered(decisions) if d.kind in ("override_grade", "override_place")]
    if not overrides:
        return list(incidents)
    out: list[Incident] = []
    for inc in incidents:
        names = {inc.id, *inc.previous_ids}
        for d in overrides:
            if d.target not in names:
                continue
            if d.kind == "override_grade":
                inc = replace(inc, grade=str(d.value["grade"]),
                              grade_reason=f"analyst override: {d.reason}")
            else:
                inc = replace(inc, place=from_dict(Place, {"via": "analyst", **d.value}))
        out.append(inc)
    return out


def decision_figures(d: Decision) -> set[str]:
    """The figure ids a decision names directly (for finding what it touches)."""
    ids: set[str] = set()
    if d.kind in FIGURE_KINDS:
        ids.add(d.target)
        if isinstance(d.value.get("other"), str):
            ids.add(d.value["other"])
    for key in ("figures", "rest"):
        ids.update(str(x) for x in d.value.get(key, ()) or ())
    return ids
