"""Indexes for the incident dossier's reads.

- ``incident_aliases.new_id``: the dossier and ``Store.audit`` find an incident's previous
  ids by the current one (every re-link that renames an incident adds an alias row; without
  the index each dossier scanned the whole table, twice).
- ``decisions (kind, active)``: the dossier finds figures rejected while part of an incident
  among the active ``reject_figure`` decisions (without it each dossier scanned every decision).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 04:30:00
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incident_aliases', schema=None) as batch_op:
        batch_op.create_index('ix_incident_aliases_new', ['new_id'], unique=False)
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index('ix_decisions_kind_active', ['kind', 'active'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_decisions_kind_active')
    with op.batch_alter_table('incident_aliases', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_aliases_new')
