"""The civcas web dashboard: server-rendered pages over the JSON API (``civcas.api``).

``create_app(store_url=..., secret_key=None, private=False)`` builds the FastAPI application;
``civcas serve --db URL`` runs it with uvicorn. See docs/web.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(*, store_url: str, secret_key: str | None = None, private: bool = False,
               **options: Any) -> FastAPI:
    """Build the web application (see :func:`civcas.web.app.create_app`)."""
    from civcas.web.app import create_app as _create

    return _create(store_url=store_url, secret_key=secret_key, private=private, **options)


__all__ = ["create_app"]
