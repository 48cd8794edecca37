"""civcas.store: the database (SQLAlchemy 2; SQLite by default, PostgreSQL via psycopg 3).

``Store(url=None)`` opens ``sqlite:///civcas.db`` in the working directory by default;
``postgresql://user@host/db`` is rewritten to ``postgresql+psycopg://``; a bare path is a
SQLite file. An empty database is migrated on open (Alembic, migrations shipped in
``civcas/store/migrations``; ``.upgrade()`` / ``civcas db upgrade`` do it explicitly). A Store is
a context manager; ``.close()`` releases connections. ``.revision()``, ``.head_revision()``
and ``.schema_diff()`` (empty when the database matches the code) describe the schema.
Errors are ``civcas.errors`` classes (``StoreError``, ``NotFound``, ``UsageError``,
``Conflict``).

Writes (runners):
    start_run(paths, *, engine="local") -> int;  finish_run(run_id, *, status, stats)
    processed_inputs() -> {path: InputFingerprint(path, size, mtime, sha256)}
    mark_processed(fingerprints, *, run_id, counts=None)
    save_documents(docs, *, run_id=None, analysed=False) -> new count (copies -> origins)
    save_figures(figures, *, analysed_docs=()) -> new count (blocks marked dirty)
    save_problems(problems, *, run_id=None) -> count;  problems(*, run_id=None)
    pending_documents() -> documents stored but not analysed yet (resume)
    dirty_blocks() -> [block];  mark_dirty(blocks)
    replace_assembly(assembly, *, figure_ids, blocks=()) -> AssemblyChange
    reassemble(blocks=None, *, progress=None) -> AssemblyChange  (dirty blocks by default)
    counts() -> {table: rows};  runs(limit=20)

Reads (web, CLI, export, notebooks):
    list_incidents(*, start=None, end=None, country=None, perpetrator=None, grade=None,
                   claimant=None, text=None, bbox=None, limit=100, offset=0, order="date")
        -> (list[Incident], total)     order: date | -date | killed | sources | id
    iter_incidents(*, page=1000, **filters) -> iterator of (Incident, updated_at)  (by id)
    get_incident(id) -> Incident  (previous ids resolve; NotFound otherwise)
    resolve_incident_id(id) -> current id
    incident_figures(id) -> list[Figure]
    dossier(id, *, audit_limit=200, excerpts=None) -> Dossier(incident, figures, status,
            documents, audit, windows)  (the incident page's reads in one transaction, one
        indexed query per table; rejected-from-here figures included; with excerpts=N the
        documents come as windows of their text around the evidence, civcas.store.dossier)
    list_figures(*, ids=None, incident=None, doc=None, claimant=None, perpetrator=None,
                 include_rejected=False, limit=1000, offset=0) -> list[Figure] (corrected)
    count_figures(**same filters) -> int  (list_figures' total)
    figure_status(ids) -> {id: "active" | "rejected" | "corrected"}
    figure_incidents(ids) -> {figure id: incident id}
    get_document(id) -> Document;  document_origins(id) -> list[Origin]
    document_refs(ids) -> {id: {title, url, publisher, published}}
    list_documents(*, text=None, publisher=None, limit=50, offset=0) -> (list, total)
        (full text: SQLite FTS5 / PostgreSQL tsvector + GIN)
    list_tallies(*, claimant=None, perpetrator=None) -> list[TallySeries]
    list_claimants() -> [{name, kind, figures, incidents}];  list_perpetrators()
    totals(**filters) -> {incidents, by_grade, counted_grades, counted_incidents,
                          civilians_killed: {low, best, high}}   (fair + confirmed only)
    timeline(**filters) -> [{week, low, high, incidents}]  (ISO weeks, Monday dates)
    audit(target=None, *, limit=200) -> [{at, user, action, target, reason, value}]

Decisions:
    decide(decision) -> affected incident ids;  decisions(active_only=True) -> list[Decision]
    revoke(decision_id, *, user, reason) -> affected incident ids
    (build decisions with civcas.review.new_decision(kind, target, user=, reason=, value=))

Users (web app; only hashes stored):
    add_user(username, *, password_hash, role, by=None);  get_user(username) -> dict | None
    set_password(username, *, password_hash, by=None);  set_role;  set_disabled;  list_users()
    add_token(username, *, token_hash, label, by=None);  user_for_token(token_hash) -> dict | None
    list_tokens(username=None);  revoke_tokens(username, *, label=None, token_id=None, by=None)
    user_audit(*, limit=100)  (account changes; ``by`` = who, written to the audit table)
    get_setting(key) / set_setting(key, value)
"""

from __future__ import annotations

from civcas.store.base import DEFAULT_URL, normalise_url
from civcas.store.decisions import DecisionMixin
from civcas.store.users import ROLES, UserMixin
from civcas.store.writes import TALLY_BLOCK, AssemblyChange, InputFingerprint, block_of


class Store(DecisionMixin, UserMixin):
    """The civcas database. See the module docstring for the full API."""

    def __enter__(self) -> Store:
        return self


__all__ = [
    "DEFAULT_URL", "ROLES", "TALLY_BLOCK", "AssemblyChange", "InputFingerprint", "Store",
    "block_of", "normalise_url",
]
