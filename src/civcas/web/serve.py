"""The uvicorn factory used by ``civcas serve`` (reads its options from the environment)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from civcas.errors import ConfigError


def app_from_env() -> FastAPI:
    """Build the app from ``CIVCAS_SERVE_DB``, ``CIVCAS_SERVE_PRIVATE``, ``CIVCAS_SECRET_KEY``."""
    from civcas.web.app import create_app

    url = os.environ.get("CIVCAS_SERVE_DB")
    if not url:
        raise ConfigError("CIVCAS_SERVE_DB is not set", hint="start with: civcas serve --db URL")
    return create_app(store_url=url, secret_key=os.environ.get("CIVCAS_SECRET_KEY") or None,
                      private=bool(os.environ.get("CIVCAS_SERVE_PRIVATE")),
                      https_only=bool(os.environ.get("CIVCAS_SERVE_HTTPS_ONLY")))
