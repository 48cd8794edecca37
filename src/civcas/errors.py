"""One error hierarchy. The library raises these; the CLI and the API translate them at their edge.

Every error carries a machine-readable ``code``, a human message and, where possible, a ``hint``
saying what to do about it. The JSON shape used by the API and ``--format jsonl`` is
``{"error": {"code": ..., "message": ..., "hint": ..., "detail": ...}}`` (see :meth:`to_json`).
"""

from __future__ import annotations

from typing import Any


class CivcasError(Exception):
    code = "civcas_error"
    status = 500  # HTTP status when surfaced by the API

    def __init__(self, message: str, *, hint: str | None = None, detail: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.detail = detail

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.hint:
            body["hint"] = self.hint
        if self.detail is not None:
            body["detail"] = self.detail
        return {"error": body}

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(CivcasError):
    """An input item could not be read (binary, undecodable, malformed, too large, truncated...)."""

    code = "bad_input"
    status = 400

    def __init__(self, message: str, *, kind: str = "malformed", hint: str | None = None,
                 detail: Any = None) -> None:
        super().__init__(message, hint=hint, detail=detail)
        self.kind = kind


class UsageError(CivcasError):
    """Invalid options or arguments."""

    code = "bad_request"
    status = 400


class ConfigError(CivcasError):
    code = "config_error"
    status = 500


class DataError(CivcasError):
    """A bundled or user-supplied data file (lexicon, gazetteer) is missing or invalid."""

    code = "data_error"
    status = 500


class GazetteerError(DataError):
    code = "gazetteer_error"


class StoreError(CivcasError):
    code = "store_error"
    status = 500


class NotFound(CivcasError):
    code = "not_found"
    status = 404


class Conflict(CivcasError):
    code = "conflict"
    status = 409


class AuthError(CivcasError):
    code = "unauthorized"
    status = 401


class PermissionDenied(CivcasError):
    code = "forbidden"
    status = 403


class EngineError(CivcasError):
    """The distributed engine is unreachable or misconfigured."""

    code = "engine_error"
    status = 503
