"""erased persons' global ids (re-applied after a restore)

Revision ID: 0012_erased_gids
Revises: 0011_sync_gids
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_erased_gids"
down_revision = "0011_sync_gids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erased_gids",
        sa.Column("gid", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("gid", name=op.f("pk_erased_gids")),
    )


def downgrade() -> None:
    op.drop_table("erased_gids")
