"""The civcas JSON API (mounted under ``/api`` by :func:`civcas.web.create_app`).

``build_router()`` gives the FastAPI router; ``install_error_handlers(app)`` maps every error to
``{"error": {"code", "message", "hint"}}``.
"""

from __future__ import annotations

from civcas.api.errors import install_error_handlers
from civcas.api.routes import build_router

__all__ = ["build_router", "install_error_handlers"]
