"""Join the branches written side by side after 0013 (per-person summary rows, multidisciplinary
consultations, the team recovery log) into one head, and reinstall the capture triggers of every
synced table from its final columns, as 0013 does, whichever order Alembic ran the branches in.

Revision ID: 0015_merge_scale_convention_recovery
Revises: 0014_consultations, 0014_summaries, 0014_team_recovery
Create Date: 2026-11-30
"""

from alembic import op

from app.models.sync_scopes import capture_spec
from app.store.sync.capture import install_capture

revision = "0015_merge_scale_convention_recovery"
down_revision = ("0014_consultations", "0014_summaries", "0014_team_recovery")
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_capture(op.get_bind(), capture_spec())


def downgrade() -> None:
    pass
