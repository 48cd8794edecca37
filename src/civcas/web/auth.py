"""Authentication and authorisation for the web application and the JSON API.

- Passwords are hashed with argon2 (``argon2-cffi``); only hashes reach the store.
- Browser sessions are signed cookies (Starlette ``SessionMiddleware``, HttpOnly, SameSite=Lax)
  holding the username and a per-session CSRF token; every form POST must echo that token.
- API tokens are random (``secrets.token_urlsafe``), shown once, and stored as a SHA-256 hash
  (they carry 256 bits of entropy, so a fast hash is safe and keeps per-request checks cheap).
- Roles are ordered: ``viewer`` < ``analyst`` < ``admin``.

Nothing here logs a password, a token or the secret key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from civcas.errors import AuthError, ConfigError, PermissionDenied, UsageError

log = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
TOKEN_PREFIX = "cvc_"
SECRET_ENV = "CIVCAS_SECRET_KEY"
HOME_ENV = "CIVCAS_HOME"
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in user as the web layer sees it (never carries the password hash)."""

    username: str
    role: str

    def can(self, role: str) -> bool:
        """True if this user's role is at least ``role``."""
        return role_rank(self.role) >= role_rank(role)


def role_rank(role: str) -> int:
    """The position of ``role`` in :data:`ROLES` (unknown roles rank below viewer)."""
    return ROLES.index(role) if role in ROLES else -1


def check_role(role: str) -> str:
    """Return ``role`` if valid, else raise :class:`UsageError`."""
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}", hint=f"use one of: {', '.join(ROLES)}")
    return role


def check_username(name: str) -> str:
    """``name`` trimmed, if it is a valid user name (1-100 characters, no spaces or control
    characters), else raise :class:`UsageError`."""
    name = name.strip()
    if (not name or len(name) > 100 or any(c.isspace() for c in name)
            or any(ord(c) < 32 or ord(c) == 127 for c in name)):
        raise UsageError("user names are 1-100 characters without spaces",
                         hint="e.g. ana or r.haddad")
    return name


def require(user: User | None, role: str) -> User:
    """Return ``user`` if it holds at least ``role``; raise AuthError / PermissionDenied otherwise."""
    if user is None:
        raise AuthError("sign-in required", hint="log in, or send 'Authorization: Bearer <token>'")
    if not user.can(role):
        raise PermissionDenied(
            f"the {role} role is required (you are {user.role})",
            hint="ask an admin to change your role",
        )
    return user


# --------------------------------------------------------------------------- passwords


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (raises UsageError if it is too short)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(
            f"password too short (minimum {MIN_PASSWORD_LENGTH} characters)",
            hint="choose a longer passphrase",
        )
    return str(_hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    """True if ``password`` matches ``password_hash`` (False on any mismatch or bad hash)."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --------------------------------------------------------------------------- API tokens


def new_token() -> str:
    """A fresh random API token (show it once; store only :func:`token_hash`)."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """The stored form of an API token: hex SHA-256."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, else None."""
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


# --------------------------------------------------------------------------- CSRF


def new_csrf_token() -> str:
    """A random per-session CSRF token."""
    return secrets.token_urlsafe(24)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of the session's CSRF token with the submitted one."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


# --------------------------------------------------------------------------- users from the store


def field_of(obj: Any, name: str, default: Any = None) -> Any:
    """Read ``name`` from a store record that may be a mapping or an object."""
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def user_from_record(record: Any) -> User | None:
    """A :class:`User` from a store user record (None if missing or disabled)."""
    if record is None:
        return None
    if field_of(record, "active", True) is False or field_of(record, "disabled", False):
        return None
    username = field_of(record, "username")
    role = field_of(record, "role", "viewer")
    if not username:
        return None
    return User(username=str(username), role=str(role))


def authenticate(store: Any, username: str, password: str) -> User | None:
    """The user if ``username``/``password`` are right, else None (no detail on which was wrong)."""
    from civcas.errors import NotFound

    try:
        record = store.get_user(username)
    except NotFound:
        record = None
    if record is None:
        # spend comparable time so that timing does not reveal which usernames exist
        verify_password(_dummy_hash(), password)
        return None
    if not verify_password(str(field_of(record, "password_hash", "")), password):
        return None
    return user_from_record(record)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return str(_hasher().hash(secrets.token_urlsafe(16)))


def user_for_token(store: Any, token: str) -> User | None:
    """The user owning API ``token`` (None if unknown or revoked)."""
    from civcas.errors import NotFound

    try:
        record = store.user_for_token(token_hash(token))
    except NotFound:
        return None
    return user_from_record(record)


# --------------------------------------------------------------------------- the secret key


def civcas_home() -> Path:
    """``$CIVCAS_HOME`` or ``~/.civcas``."""
    env = os.environ.get(HOME_ENV)
    return Path(env) if env else Path.home() / ".civcas"


SECRET_SETTING = "web.secret_key"


def resolve_secret_key(secret_key: str | None = None, *, store: Any = None) -> str:
    """The key that signs session cookies.

    In order: the argument, ``$CIVCAS_SECRET_KEY``, the key kept in the database's settings
    (generated and stored there on first use when a ``store`` is given), or else a key generated
    once and kept in ``$CIVCAS_HOME/secret_key`` (mode 0600). The key itself is never logged.
    """
    if secret_key:
        return secret_key
    env = os.environ.get(SECRET_ENV)
    if env:
        return env
    if store is not None and hasattr(store, "get_setting"):
        key = store.get_setting(SECRET_SETTING)
        if not key:
            key = secrets.token_urlsafe(48)
            store.set_setting(SECRET_SETTING, key)
            log.info("generated a new session secret in the database settings")
        return str(key)
    path = civcas_home() / "secret_key"
    try:
        if path.exists():
            key = path.read_text(encoding="utf-8").strip()
            if key:
                return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(key)
        log.info("generated a new session secret in %s", path)
        return key
    except OSError as exc:
        raise ConfigError(
            f"cannot read or create the session secret in {path.parent}: {exc.strerror}",
            hint=f"set {SECRET_ENV} or {HOME_ENV} to a writable directory",
        ) from exc
