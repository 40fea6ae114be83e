"""caseload indicator indexes

Revision ID: 0009_dashboard
Revises: 0002_cansas, 0004_network, 0007_contacts
Create Date: 2026-11-26

The indexes cover tables of the CANSAS, network and contacts branches, so this revision
follows those three (a merge point of theirs) rather than 0001_foundation: with
`depends_on` instead, Alembic 1.x fails with KeyError '0001_foundation' when several
branches share that base.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009_dashboard'
down_revision = ('0002_cansas', '0004_network', '0007_contacts')
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_assessments_latest_staff', 'assessments', ['person_id', 'assessed_on', 'id'], unique=False,
                    sqlite_where=sa.text("status = 'complete' AND rater = 'staff'"))
    op.create_index('ix_assessment_ratings_unmet', 'assessment_ratings', ['assessment_id', 'domain_id', 'is_core'],
                    unique=False, sqlite_where=sa.text('value = 2'))
    op.create_index('ix_network_snapshots_latest', 'network_snapshots', ['person_id', 'drawn_on', 'id'], unique=False)
    op.create_index('ix_network_members_isolation', 'network_members', ['snapshot_id', 'category', 'circle', 'supports'],
                    unique=False)
    op.create_index('ix_contacts_week', 'contacts', ['occurred_at', 'mode', 'person_id', 'worker_id'], unique=False)
    op.create_index('ix_persons_caseload', 'persons', ['status', 'id', 'birth_year'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_persons_caseload', table_name='persons')
    op.drop_index('ix_contacts_week', table_name='contacts')
    op.drop_index('ix_network_members_isolation', table_name='network_members')
    op.drop_index('ix_network_snapshots_latest', table_name='network_snapshots')
    op.drop_index('ix_assessment_ratings_unmet', table_name='assessment_ratings')
    op.drop_index('ix_assessments_latest_staff', table_name='assessments')
