"""The database schema (SQLAlchemy Core tables). Alembic migrations in ``migrations/`` create it.

Nested model parts are kept whole in a JSON ``data`` column (``models.to_dict`` output), next to
flat, indexed columns used for filtering and sorting. Full-text search over documents lives
outside this metadata (dialect-specific, created by the migration): an FTS5 table
``documents_fts`` on SQLite, a generated ``tsv`` column with a GIN index on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

publishers = Table(
    "publishers", metadata,
    Column("name", String(300), primary_key=True),
    Column("documents", Integer, nullable=False, default=0),
)

documents = Table(
    "documents", metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("published", Date),
    Column("url", Text),
    Column("publisher", String(300)),
    Column("language", String(16)),
    Column("near_group", String(40)),
    Column("analysed", Boolean, nullable=False, default=False),
    Column("run_id", Integer),
    Column("data", JSON, nullable=False),  # to_dict(Document) without text
    Index("ix_documents_published", "published"),
    Index("ix_documents_publisher", "publisher"),
    Index("ix_documents_analysed", "analysed"),
)

origins = Table(
    "origins", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("path", Text, nullable=False),
    Column("member", Text),
    Column("position", Integer),
    Column("url", Text),
    Column("is_primary", Boolean, nullable=False, default=False),
    Index("ix_origins_doc", "doc_id"),
    Index("ix_origins_path", "path"),
)

places = Table(
    "places", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", String(300)),
    Column("gazetteer_id", String(100)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(32)),
    Column("admin1", String(200)),
    Column("country", String(8)),
)

figures = Table(
    "figures", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("grp", String(16), nullable=False),
    Column("low", BigInteger),
    Column("high", BigInteger),
    Column("qualifier", String(16)),
    Column("scope", String(16), nullable=False),
    Column("stance", String(16)),
    Column("claimant", String(300)),
    Column("claimant_kind", String(32)),
    Column("perpetrator", String(300)),
    Column("place_id", String(40)),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("published", Date),
    Column("block", String(200), nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_figures_doc", "doc"),
    Index("ix_figures_block", "block"),
    # (actor, doc, id): a claimant's / perpetrator's figures page in list order straight from
    # the index; the trailing claimant_kind makes list_claimants an index-only scan
    Index("ix_figures_claimant", "claimant", "doc", "id", "claimant_kind"),
    Index("ix_figures_perpetrator", "perpetrator", "doc", "id"),
)

blocks = Table(
    "blocks", metadata,
    Column("key", String(200), primary_key=True),
    Column("dirty", Boolean, nullable=False, default=True),
    Column("updated_at", DateTime),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String(40), primary_key=True),
    Column("block", String(200), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(16)),
    Column("place_name", Text),
    Column("country", String(8)),
    Column("admin1", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(32)),
    Column("perpetrator", String(300)),
    Column("grade", String(16)),
    Column("event", String(64)),
    Column("killed_low", BigInteger),
    Column("killed_best", BigInteger),
    Column("killed_high", BigInteger),
    Column("injured_low", BigInteger),
    Column("injured_high", BigInteger),
    Column("n_figures", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("search", Text),  # lower-cased place, perpetrator, claimants: for ``text=`` filters
    Column("updated_at", DateTime),
    Column("data", JSON, nullable=False),
    # Read-path indexes (docs/storage.md): each list order / filter pair is served by an index
    # ending in (date_start, id), so a page is an index range scan; the aggregate indexes
    # cover totals and timeline (no table lookups over 100,000s of rows).
    Index("ix_incidents_date", "date_start", "id"),
    Index("ix_incidents_grade_date", "grade", "date_start", "id", "killed_low", "killed_best",
          "killed_high"),
    Index("ix_incidents_country_date", "country", "date_start", "id"),
    Index("ix_incidents_country_grade_date", "country", "grade", "date_start", "id"),
    Index("ix_incidents_timeline", "date_start", "grade", "killed_low", "killed_high"),
    Index("ix_incidents_killed", "killed_best", "id"),
    Index("ix_incidents_perpetrator", "perpetrator"),
    Index("ix_incidents_block", "block"),
    Index("ix_incidents_latlon", "lat", "lon"),
)

incident_figures = Table(
    "incident_figures", metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("figure_id", String(40), primary_key=True),
    Index("ix_incident_figures_figure", "figure_id"),
)

incident_claimants = Table(
    "incident_claimants", metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("claimant", String(300), primary_key=True),
    Index("ix_incident_claimants_claimant", "claimant"),
)

incident_aliases = Table(
    "incident_aliases", metadata,
    Column("old_id", String(40), primary_key=True),
    Column("new_id", String(40), nullable=False),
    Index("ix_incident_aliases_new", "new_id"),  # previous ids of an incident (dossier, audit)
)

tallies = Table(
    "tallies", metadata,
    Column("id", String(40), primary_key=True),
    Column("outcome", String(16)),
    Column("grp", String(16)),
    Column("claimant", String(300)),
    Column("perpetrator", String(300)),
    Column("region", String(200)),
    Column("n_points", Integer, nullable=False, default=0),
    Column("last_date", Date),
    Column("data", JSON, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(16), nullable=False),
    Column("engine", String(16)),
    Column("paths", JSON),
    Column("stats", JSON),
)

processed_inputs = Table(
    "processed_inputs", metadata,
    Column("path", Text, primary_key=True),
    Column("size", Integer, nullable=False),
    Column("mtime", Float, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("run_id", Integer),
    Column("documents", Integer, nullable=False, default=0),
    Column("processed_at", DateTime),
)

problems = Table(
    "problems", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer),
    Column("path", Text, nullable=False),
    Column("member", Text),
    Column("position", Integer),
    Column("kind", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_problems_run", "run_id"),
)

decisions = Table(
    "decisions", metadata,
    Column("id", String(40), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("target", String(40), nullable=False),
    Column("user", String(100), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("value", JSON, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Index("ix_decisions_target", "target"),
    Index("ix_decisions_kind_active", "kind", "active"),  # active rejections (dossier)
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("user", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("target", String(40)),
    Column("reason", Text),
    Column("value", JSON),
    Index("ix_audit_target", "target"),
)

audit_incidents = Table(
    "audit_incidents", metadata,
    Column("audit_id", Integer, ForeignKey("audit.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", String(40), primary_key=True),
    Index("ix_audit_incidents_incident", "incident_id"),
)

users = Table(
    "users", metadata,
    Column("username", String(100), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

api_tokens = Table(
    "api_tokens", metadata,
    Column("token_hash", String(200), primary_key=True),
    Column("username", String(100), ForeignKey("users.username", ondelete="CASCADE"),
           nullable=False),
    Column("label", String(200)),
    Column("created_at", DateTime, nullable=False),
    Column("last_used", DateTime),
)

settings = Table(
    "settings", metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text),
)
