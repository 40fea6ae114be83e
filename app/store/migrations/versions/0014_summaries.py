"""per-person summary rows (latest assessment, network map, plan version, contact) kept by triggers;
two redundant indexes dropped (each is the prefix of another index on its table)

Revision ID: 0014_summaries
Revises: 0013_merge_team_work
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

from app.models import summaries

revision = "0014_summaries"
down_revision = "0013_merge_team_work"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_summaries",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("latest_assessment_id", sa.Integer(), nullable=True),
        sa.Column("latest_network_id", sa.Integer(), nullable=True),
        sa.Column("current_plan_version_id", sa.Integer(), nullable=True),
        sa.Column("latest_contact_id", sa.Integer(), nullable=True),
        sa.Column("latest_contact_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_summaries")),
    )
    bind = op.get_bind()
    summaries.install_triggers(bind)
    summaries.rebuild(bind)
    # Waste found measuring the vault's pages (docs/PERFORMANCE.md): UNIQUE(assessment_id,
    # domain_id) and ix_contacts_week (occurred_at, ...) already serve what these served.
    op.drop_index("ix_assessment_ratings_assessment_id", table_name="assessment_ratings")
    op.drop_index("ix_contacts_occurred_at", table_name="contacts")


def downgrade() -> None:
    op.create_index("ix_contacts_occurred_at", "contacts", ["occurred_at"])
    op.create_index("ix_assessment_ratings_assessment_id", "assessment_ratings", ["assessment_id"])
    summaries.drop_triggers(op.get_bind())
    op.drop_table("person_summaries")
