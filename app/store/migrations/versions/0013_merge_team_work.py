"""Join the branches written side by side (the convention's bilan, continuity of care, duplicate
files and merges, scopes moved to stricter tables, erased ids) into one head, and reinstall
the capture triggers of every synced table from its final columns: each branch installed
them for the tables it knew, in whichever order Alembic ran the branches.

Revision ID: 0013_merge_team_work
Revises: 0012_convention, 0012_continuity, 0012_dedup, 0012_erased_gids, 0012_scope_moves
Create Date: 2026-11-30
"""

from alembic import op

from app.models.sync_scopes import capture_spec
from app.store.sync.capture import install_capture

revision = "0013_merge_team_work"
down_revision = ("0012_convention", "0012_continuity", "0012_dedup", "0012_erased_gids", "0012_scope_moves")
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_capture(op.get_bind(), capture_spec())


def downgrade() -> None:
    pass
