"""Template helpers: the common page context and small formatting filters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

from fastapi import Request

from civcas.api.deps import SESSION_CSRF, session_user
from civcas.models import GRADES, Range
from civcas.web.auth import new_csrf_token
from civcas.web.highlight import anchor, safe_url

GRADE_COLOURS: dict[str, str] = {
    "confirmed": "#b2182b", "fair": "#ef8a62", "weak": "#999999", "contested": "#67a9cf",
    "discounted": "#2166ac",
}
GRADE_TEXT: dict[str, str] = {
    "confirmed": "a belligerent accepted responsibility",
    "fair": "two or more credible sources, with a belligerent's likely action nearby",
    "weak": "a single source",
    "contested": "competing claims of responsibility",
    "discounted": "those killed were combatants, or another party was most likely responsible",
}


def ensure_csrf(request: Request) -> str:
    """The session's CSRF token, created on first use (this starts a session cookie)."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = new_csrf_token()
        request.session[SESSION_CSRF] = token
    return str(token)


def base_context(request: Request) -> dict[str, Any]:
    """What every template gets: the user, the CSRF token (signed-in users), the private flag."""
    user = session_user(request)
    csrf = ensure_csrf(request) if user is not None else request.session.get(SESSION_CSRF, "")
    flash = request.session.pop("flash", None) if "flash" in request.session else None
    return {"request": request, "user": user, "csrf_token": csrf, "flash": flash,
            "private": bool(request.app.state.private), "path": request.url.path}


def fmt_range(r: Range | dict[str, Any] | None) -> str:
    """``12``, ``12–15`` or ``unknown`` for a range (low/high; best shown separately)."""
    if r is None:
        return "unknown"
    low = r.get("low") if isinstance(r, dict) else r.low
    high = r.get("high") if isinstance(r, dict) else r.high
    if low is None and high is None:
        return "unknown"
    if low is None:
        return f"up to {high}"
    if high is None:
        return f"at least {low}"
    return str(low) if low == high else f"{low}–{high}"


def fmt_figure_number(low: int | None, high: int | None) -> str:
    """A figure's number (``at least 7``, ``7–9``...)."""
    return fmt_range({"low": low, "high": high})


def fmt_date(value: date | str | None) -> str:
    """ISO date or an em dash."""
    if value is None:
        return "—"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat() if isinstance(value, date) else str(value)


def urlpart(value: str) -> str:
    """``value`` quoted for use as one path segment."""
    return quote(value, safe="")


FILTERS: dict[str, Any] = {
    "range": fmt_range, "num": fmt_figure_number, "d": fmt_date, "urlpart": urlpart,
    "safe_url": safe_url,
}
GLOBALS: dict[str, Any] = {
    "GRADES": GRADES, "GRADE_COLOURS": GRADE_COLOURS, "GRADE_TEXT": GRADE_TEXT, "anchor": anchor,
}
