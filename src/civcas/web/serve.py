"""The uvicorn factory used by ``civcas serve`` (reads its options from the environment)."""

from __future__ import annotations

import os
import socket

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


def run(*, host: str, port: int, workers: int, log_level: str) -> None:
    """Run :func:`app_from_env` with uvicorn, in ``workers`` processes.

    With several workers uvicorn binds the listening socket itself, with protocol number 0, so
    asyncio does not switch Nagle's algorithm off on the accepted connections; every kept-alive
    response then waits ~40 ms for a delayed ACK. TCP_NODELAY is set on the listening socket
    here (Linux passes it on to the accepted ones).
    """
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("civcas.web.serve:app_from_env", factory=True, host=host, port=port,
                            workers=workers, log_level=log_level, access_log=False,
                            proxy_headers=False)
    if workers <= 1:
        uvicorn.Server(config).run()
        return
    sock = config.bind_socket()
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
