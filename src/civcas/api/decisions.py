"""Build analysts' decisions for the API and the review forms.

Validation is ``civcas.review.new_decision``'s (the one definition of what a decision may say);
this module only coerces loosely typed input (form strings, ``"12"`` for 12) and limits the
reason's length.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from civcas.errors import UsageError
from civcas.models import Decision
from civcas.review import CORRECTABLE, new_decision

MAX_REASON = 2000
INT_FIELDS = ("low", "high")
FLOAT_FIELDS = ("lat", "lon", "radius_km")

__all__ = ["CORRECTABLE", "MAX_REASON", "make_decision"]


def _int(name: str, raw: Any) -> int | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise UsageError(f"{name} must be a whole number")
    try:
        return int(str(raw).strip())
    except ValueError:
        raise UsageError(f"{name} must be a whole number, not {raw!r}") from None


def _float(name: str, raw: Any) -> float | None:
    if raw is None or raw == "":
        return None
    try:
        return float(str(raw).strip())
    except ValueError:
        raise UsageError(f"{name} must be a number, not {raw!r}") from None


def coerce_value(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    """Numbers given as strings become numbers; ``merge_incidents`` accepts ``other`` too."""
    out = dict(value)
    if kind == "correct_figure":
        for k in INT_FIELDS:
            if k in out:
                out[k] = _int(k, out[k])
    elif kind == "override_place":
        for k in FLOAT_FIELDS:
            if k in out:
                out[k] = _float(k, out[k])
        lat, lon = out.get("lat"), out.get("lon")
        if (lat is not None and not -90 <= lat <= 90) or (lon is not None
                                                          and not -180 <= lon <= 180):
            raise UsageError("lat must be in [-90, 90] and lon in [-180, 180]")
    elif kind == "merge_incidents" and "incident" not in out and out.get("other"):
        out["incident"] = out.pop("other")
    elif kind == "override_grade" and isinstance(out.get("grade"), str):
        out["grade"] = out["grade"].strip().lower()
    return out


def make_decision(*, kind: str, target: str, reason: str, user: str,
                  value: dict[str, Any] | None = None, at: datetime | None = None) -> Decision:
    """A validated :class:`Decision` (UsageError with a hint if something is missing or wrong)."""
    kind = (kind or "").strip()
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise UsageError(f"reason longer than {MAX_REASON} characters")
    return new_decision(kind, (target or "").strip(), user=user, reason=reason,
                        value=coerce_value(kind, dict(value or {})), at=at)
