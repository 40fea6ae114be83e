"""convention: the bilan names its author's profession and the function it indicates, parts
chosen per recipient; a session links to its bilan and may be with another provider.

Both tables are synced: the capture triggers are reinstalled from the live columns.

Revision ID: 0012_convention
Revises: 0011_sync_gids
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import install_capture

revision = "0012_convention"
down_revision = "0011_sync_gids"
branch_labels = None
depends_on = None

# The synced tables at this revision (as 0011 lists them), none with local-only columns.
SYNCED = (
    "users", "partners", "persons", "person_workers", "consents", "contacts", "careplans",
    "careplan_versions", "careplan_goals", "careplan_actions", "referrals", "referral_events",
    "assessments", "assessment_ratings", "bilans", "bilan_sections", "network_snapshots",
    "network_members", "network_ties",
)


def _drop_capture() -> None:
    """Capture triggers name other tables: they go while a table is rebuilt, and come back."""
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").all():
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')


def upgrade() -> None:
    _drop_capture()
    with op.batch_alter_table("bilans") as batch_op:
        batch_op.add_column(sa.Column("author_profession", sa.String(length=30), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("author_registration", sa.String(length=40), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("author_organisation", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("indicated_function", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("function_justification", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("recipient_parts", sa.JSON(), nullable=True))
    with op.batch_alter_table("contacts", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("bilan_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("external_provider", sa.String(length=200), nullable=False, server_default=""))
        batch_op.create_foreign_key(batch_op.f("fk_contacts_bilan_id_bilans"), "bilans", ["bilan_id"], ["id"],
                                    ondelete="SET NULL")
    install_capture(op.get_bind(), {table: frozenset() for table in SYNCED})


def downgrade() -> None:
    _drop_capture()
    with op.batch_alter_table("contacts", recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_contacts_bilan_id_bilans"), type_="foreignkey")
        batch_op.drop_column("external_provider")
        batch_op.drop_column("bilan_id")
    with op.batch_alter_table("bilans") as batch_op:
        for column in ("recipient_parts", "function_justification", "indicated_function", "author_organisation",
                       "author_registration", "author_profession"):
            batch_op.drop_column(column)
    install_capture(op.get_bind(), {table: frozenset() for table in SYNCED})
