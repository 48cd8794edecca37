"""Initial schema: every table of civcas.store.schema plus full-text search over documents.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 01:46:00.079761
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index('ix_audit_target', ['target'], unique=False)

    op.create_table('audit_incidents',
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audit.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('audit_id', 'incident_id')
    )
    with op.batch_alter_table('audit_incidents', schema=None) as batch_op:
        batch_op.create_index('ix_audit_incidents_incident', ['incident_id'], unique=False)

    op.create_table('blocks',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('dirty', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('decisions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index('ix_decisions_target', ['target'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('publisher', sa.String(length=300), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('near_group', sa.String(length=40), nullable=True),
    sa.Column('analysed', sa.Boolean(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_analysed', ['analysed'], unique=False)
        batch_op.create_index('ix_documents_published', ['published'], unique=False)
        batch_op.create_index('ix_documents_publisher', ['publisher'], unique=False)

    op.create_table('incident_aliases',
    sa.Column('old_id', sa.String(length=40), nullable=False),
    sa.Column('new_id', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('old_id')
    )
    op.create_table('incidents',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('block', sa.String(length=200), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=True),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.String(length=32), nullable=True),
    sa.Column('perpetrator', sa.String(length=300), nullable=True),
    sa.Column('grade', sa.String(length=16), nullable=True),
    sa.Column('event', sa.String(length=64), nullable=True),
    sa.Column('killed_low', sa.BigInteger(), nullable=True),
    sa.Column('killed_best', sa.BigInteger(), nullable=True),
    sa.Column('killed_high', sa.BigInteger(), nullable=True),
    sa.Column('injured_low', sa.BigInteger(), nullable=True),
    sa.Column('injured_high', sa.BigInteger(), nullable=True),
    sa.Column('n_figures', sa.Integer(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('search', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index('ix_incidents_block', ['block'], unique=False)
        batch_op.create_index('ix_incidents_country_date', ['country', 'date_start', 'id'],
                              unique=False)
        batch_op.create_index('ix_incidents_country_grade_date',
                              ['country', 'grade', 'date_start', 'id'], unique=False)
        batch_op.create_index('ix_incidents_date', ['date_start', 'id'], unique=False)
        batch_op.create_index('ix_incidents_grade_date',
                              ['grade', 'date_start', 'id', 'killed_low', 'killed_best',
                               'killed_high'], unique=False)
        batch_op.create_index('ix_incidents_killed', ['killed_best', 'id'], unique=False)
        batch_op.create_index('ix_incidents_timeline',
                              ['date_start', 'grade', 'killed_low', 'killed_high'], unique=False)
        batch_op.create_index('ix_incidents_latlon', ['lat', 'lon'], unique=False)
        batch_op.create_index('ix_incidents_perpetrator', ['perpetrator'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=True),
    sa.Column('gazetteer_id', sa.String(length=100), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.String(length=32), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('problems',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('member', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.create_index('ix_problems_run', ['run_id'], unique=False)

    op.create_table('processed_inputs',
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mtime', sa.Float(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('processed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('path')
    )
    op.create_table('publishers',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('engine', sa.String(length=16), nullable=True),
    sa.Column('paths', sa.JSON(), nullable=True),
    sa.Column('stats', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('tallies',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('grp', sa.String(length=16), nullable=True),
    sa.Column('claimant', sa.String(length=300), nullable=True),
    sa.Column('perpetrator', sa.String(length=300), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('n_points', sa.Integer(), nullable=False),
    sa.Column('last_date', sa.Date(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('username')
    )
    op.create_table('api_tokens',
    sa.Column('token_hash', sa.String(length=200), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['username'], ['users.username'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_table('figures',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('doc', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('grp', sa.String(length=16), nullable=False),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('qualifier', sa.String(length=16), nullable=True),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=True),
    sa.Column('claimant', sa.String(length=300), nullable=True),
    sa.Column('claimant_kind', sa.String(length=32), nullable=True),
    sa.Column('perpetrator', sa.String(length=300), nullable=True),
    sa.Column('place_id', sa.String(length=40), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('block', sa.String(length=200), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['doc'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index('ix_figures_block', ['block'], unique=False)
        batch_op.create_index('ix_figures_claimant', ['claimant', 'doc', 'id', 'claimant_kind'],
                              unique=False)
        batch_op.create_index('ix_figures_doc', ['doc'], unique=False)
        batch_op.create_index('ix_figures_perpetrator', ['perpetrator', 'doc', 'id'],
                              unique=False)

    op.create_table('incident_claimants',
    sa.Column('incident_id', sa.String(length=40), nullable=False),
    sa.Column('claimant', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'claimant')
    )
    with op.batch_alter_table('incident_claimants', schema=None) as batch_op:
        batch_op.create_index('ix_incident_claimants_claimant', ['claimant'], unique=False)

    op.create_table('incident_figures',
    sa.Column('incident_id', sa.String(length=40), nullable=False),
    sa.Column('figure_id', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'figure_id')
    )
    with op.batch_alter_table('incident_figures', schema=None) as batch_op:
        batch_op.create_index('ix_incident_figures_figure', ['figure_id'], unique=False)

    op.create_table('origins',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=40), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('member', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('origins', schema=None) as batch_op:
        batch_op.create_index('ix_origins_doc', ['doc_id'], unique=False)
        batch_op.create_index('ix_origins_path', ['path'], unique=False)

    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()
    with op.batch_alter_table('origins', schema=None) as batch_op:
        batch_op.drop_index('ix_origins_path')
        batch_op.drop_index('ix_origins_doc')

    op.drop_table('origins')
    with op.batch_alter_table('incident_figures', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_figures_figure')

    op.drop_table('incident_figures')
    with op.batch_alter_table('incident_claimants', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_claimants_claimant')

    op.drop_table('incident_claimants')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index('ix_figures_perpetrator')
        batch_op.drop_index('ix_figures_doc')
        batch_op.drop_index('ix_figures_claimant')
        batch_op.drop_index('ix_figures_block')

    op.drop_table('figures')
    op.drop_table('api_tokens')
    op.drop_table('users')
    op.drop_table('tallies')
    op.drop_table('settings')
    op.drop_table('runs')
    op.drop_table('publishers')
    op.drop_table('processed_inputs')
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.drop_index('ix_problems_run')

    op.drop_table('problems')
    op.drop_table('places')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_perpetrator')
        batch_op.drop_index('ix_incidents_latlon')
        batch_op.drop_index('ix_incidents_timeline')
        batch_op.drop_index('ix_incidents_killed')
        batch_op.drop_index('ix_incidents_grade_date')
        batch_op.drop_index('ix_incidents_date')
        batch_op.drop_index('ix_incidents_country_grade_date')
        batch_op.drop_index('ix_incidents_country_date')
        batch_op.drop_index('ix_incidents_block')

    op.drop_table('incidents')
    op.drop_table('incident_aliases')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_publisher')
        batch_op.drop_index('ix_documents_published')
        batch_op.drop_index('ix_documents_analysed')

    op.drop_table('documents')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_decisions_target')

    op.drop_table('decisions')
    op.drop_table('blocks')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_target')

    op.drop_table('audit_incidents')
    op.drop_table('audit')


def _create_fulltext() -> None:
    """SQLite: an FTS5 table keyed by document id; PostgreSQL: a generated tsvector + GIN index."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)")


def _drop_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_tsv")
        op.execute("ALTER TABLE documents DROP COLUMN IF EXISTS tsv")
