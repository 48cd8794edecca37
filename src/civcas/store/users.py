"""Users and API tokens of the web application (only hashes are stored; hashing is elsewhere)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from civcas.errors import Conflict, NotFound, UsageError
from civcas.store import schema as t
from civcas.store.base import StoreBase
from civcas.store.rows import as_utc
from civcas.store.writes import now

ROLES: tuple[str, ...] = ("viewer", "analyst", "admin")
# audit actions of account changes (the ``audit`` table; ``target`` is empty, the user name is
# in ``value["username"]``; hashes never reach the audit)
USER_ACTIONS: tuple[str, ...] = ("user_add", "user_role", "user_disable", "user_enable",
                                 "user_password", "token_issue", "token_revoke")
TOKEN_ID_LENGTH = 12  # hex characters of the token hash that name a token in lists


def _user(row: Any) -> dict[str, Any]:
    return {"username": row.username, "password_hash": row.password_hash, "role": row.role,
            "created_at": as_utc(row.created_at), "disabled": bool(row.disabled)}


class UserMixin(StoreBase):
    """Users (username, password hash, role) and API tokens (hash, owner, label)."""

    def _audit_user(self, conn: Connection, by: str | None, action: str, username: str,
                    **value: Any) -> None:
        """One audit entry for an account change made by ``by`` (nothing when ``by`` is None)."""
        if by is None:
            return
        conn.execute(insert(t.audit).values(at=now(), user=by[:100], action=action,
                                            target=None, reason=None,
                                            value={"username": username, **value}))

    def add_user(self, username: str, *, password_hash: str, role: str = "viewer",
                 by: str | None = None) -> None:
        """Create a user (raises Conflict if the name is taken); audited when ``by`` is given."""
        if role not in ROLES:
            raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        if not username or not username.strip():
            raise UsageError("a username cannot be empty")
        try:
            with self.tx() as conn:
                conn.execute(insert(t.users).values(username=username,
                                                    password_hash=password_hash, role=role,
                                                    created_at=now(), disabled=False))
                self._audit_user(conn, by, "user_add", username, role=role)
        except IntegrityError as exc:
            raise Conflict(f"user {username!r} already exists") from exc

    def get_user(self, username: str) -> dict[str, Any] | None:
        """A user as a dict (username, password_hash, role, created_at, disabled) or None."""
        with self.tx() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username)).first()
        return _user(row) if row else None

    def _update_user(self, username: str, *, by: str | None, action: str,
                     audit: dict[str, Any], **values: Any) -> None:
        with self.tx() as conn:
            res = conn.execute(update(t.users).where(t.users.c.username == username)
                               .values(**values))
            if res.rowcount == 0:
                raise NotFound(f"no user {username!r}")
            self._audit_user(conn, by, action, username, **audit)

    def set_password(self, username: str, *, password_hash: str, by: str | None = None) -> None:
        """Replace a user's password hash."""
        self._update_user(username, by=by, action="user_password", audit={},
                          password_hash=password_hash)

    def set_role(self, username: str, *, role: str, by: str | None = None) -> None:
        """Change a user's role."""
        if role not in ROLES:
            raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        self._update_user(username, by=by, action="user_role", audit={"role": role}, role=role)

    def set_disabled(self, username: str, *, disabled: bool = True,
                     by: str | None = None) -> None:
        """Disable (or re-enable) a user; disabled users' tokens stop working too."""
        self._update_user(username, by=by, action="user_disable" if disabled else "user_enable",
                          audit={}, disabled=disabled)

    def list_users(self) -> list[dict[str, Any]]:
        """Every user (without password hashes), by name."""
        with self.tx() as conn:
            rows = conn.execute(select(t.users).order_by(t.users.c.username)).all()
        out = []
        for r in rows:
            u = _user(r)
            u.pop("password_hash")
            out.append(u)
        return out

    def add_token(self, username: str, *, token_hash: str, label: str = "",
                  by: str | None = None) -> None:
        """Store an API token hash for a user."""
        if self.get_user(username) is None:
            raise NotFound(f"no user {username!r}")
        try:
            with self.tx() as conn:
                conn.execute(insert(t.api_tokens).values(token_hash=token_hash,
                                                         username=username, label=label,
                                                         created_at=now()))
                self._audit_user(conn, by, "token_issue", username, label=label,
                                 token=token_hash[:TOKEN_ID_LENGTH])
        except IntegrityError as exc:
            raise Conflict("this token is already stored") from exc

    def user_for_token(self, token_hash: str) -> dict[str, Any] | None:
        """The (enabled) user owning a token hash, recording its use; None if unknown."""
        with self.tx() as conn:
            row = conn.execute(select(t.users).join(
                t.api_tokens, t.api_tokens.c.username == t.users.c.username)
                .where(t.api_tokens.c.token_hash == token_hash)).first()
            if row is None or row.disabled:
                return None
            conn.execute(update(t.api_tokens).where(t.api_tokens.c.token_hash == token_hash)
                         .values(last_used=now()))
        return _user(row)

    def list_tokens(self, username: str | None = None) -> list[dict[str, Any]]:
        """Tokens (``id``: the first 12 hex characters of the hash, label, owner, dates;
        never the whole hash)."""
        q = select(t.api_tokens).order_by(t.api_tokens.c.created_at)
        if username:
            q = q.where(t.api_tokens.c.username == username)
        with self.tx() as conn:
            return [{"id": r.token_hash[:TOKEN_ID_LENGTH], "username": r.username,
                     "label": r.label, "created_at": as_utc(r.created_at),
                     "last_used": as_utc(r.last_used)}
                    for r in conn.execute(q)]

    def revoke_tokens(self, username: str, *, label: str | None = None,
                      token_id: str | None = None, by: str | None = None) -> int:
        """Delete a user's tokens (all, those with ``label``, or the one whose ``id`` from
        ``list_tokens`` is ``token_id``); returns how many."""
        q = delete(t.api_tokens).where(t.api_tokens.c.username == username)
        if label is not None:
            q = q.where(t.api_tokens.c.label == label)
        with self.tx() as conn:
            if token_id is not None:
                hashes = [h for h in conn.execute(
                    select(t.api_tokens.c.token_hash)
                    .where(t.api_tokens.c.username == username)).scalars()
                    if len(token_id) == TOKEN_ID_LENGTH and h.startswith(token_id)]
                q = q.where(t.api_tokens.c.token_hash.in_(hashes))
            n = int(conn.execute(q).rowcount or 0)
            if n:
                extra = {k: v for k, v in (("label", label), ("token", token_id)) if v}
                self._audit_user(conn, by, "token_revoke", username, revoked=n, **extra)
            return n

    def user_audit(self, *, limit: int = 100) -> list[dict[str, Any]]:
        """Audit entries of account changes (``USER_ACTIONS``), newest first."""
        a = t.audit.c
        with self.tx() as conn:
            rows = conn.execute(select(t.audit).where(a.action.in_(USER_ACTIONS))
                                .order_by(a.id.desc()).limit(limit)).all()
        return [{"at": as_utc(r.at), "user": r.user, "action": r.action,
                 "username": (r.value or {}).get("username"), "value": r.value}
                for r in rows]

    def get_setting(self, key: str) -> str | None:
        """A stored setting (e.g. the web app's generated secret), or None."""
        with self.tx() as conn:
            return conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)
                                ).scalar()

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting, replacing any older value."""
        with self.tx() as conn:
            conn.execute(delete(t.settings).where(t.settings.c.key == key))
            conn.execute(insert(t.settings).values(key=key, value=value))
