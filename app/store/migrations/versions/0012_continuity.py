"""continuity of care: hospital stays, joint crisis plans, documents received

Revision ID: 0012_continuity
Revises: 0011_sync_gids
Create Date: 2026-12-05

Stays and crisis plans sync (team scope): the capture triggers are reinstalled for every
synced table as it stands at this revision (listed here, not imported, so the migration
never changes). Received documents stay on the laptop, like generated PDFs.
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import install_capture
from app.store.sync.gids import GID_SQL_DEFAULT

revision = "0012_continuity"
down_revision = "0011_sync_gids"
branch_labels = None
depends_on = None

SYNCED = (
    "users", "partners", "persons", "person_workers", "consents", "contacts", "careplans",
    "careplan_versions", "careplan_goals", "careplan_actions", "referrals", "referral_events",
    "assessments", "assessment_ratings", "bilans", "bilan_sections", "network_snapshots",
    "network_members", "network_ties",
    "stays", "crisis_plans", "crisis_plan_versions",
)


def _gid() -> sa.Column:
    return sa.Column("gid", sa.String(length=36), server_default=sa.text(GID_SQL_DEFAULT), nullable=False)


def upgrade() -> None:
    op.create_table(
        "stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("admitted_on", sa.Date(), nullable=False),
        sa.Column("discharged_on", sa.Date(), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("discharge_plan", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _gid(),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_stays_created_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], name=op.f("fk_stays_partner_id_partners"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_stays_person_id_persons"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
        sa.UniqueConstraint("gid", name=op.f("uq_stays_gid")))
    op.create_index("ix_stays_person_admitted", "stays", ["person_id", "admitted_on"], unique=False)
    op.create_index(op.f("ix_stays_discharged_on"), "stays", ["discharged_on"], unique=False)

    op.create_table(
        "crisis_plans",
        sa.Column("gid", sa.String(length=36), server_default=sa.text(GID_SQL_DEFAULT), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_crisis_plans_person_id_persons"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_plans")),
        sa.UniqueConstraint("gid", name=op.f("uq_crisis_plans_gid")),
        sa.UniqueConstraint("person_id", name=op.f("uq_crisis_plans_person_id")))
    op.create_table(
        "crisis_plan_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Text(), nullable=False) for name in (
            "warning_signs", "what_helps", "what_does_not_help", "who_to_call", "who_not_to_call",
            "treatment_preferences", "home_children_pets", "accepted_places")],
        sa.Column("partner_gids", sa.JSON(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        _gid(),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_crisis_plan_versions_created_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["crisis_plans.id"],
                                name=op.f("fk_crisis_plan_versions_plan_id_crisis_plans"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_plan_versions")),
        sa.UniqueConstraint("gid", name=op.f("uq_crisis_plan_versions_gid")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_crisis_plan_versions_plan_id")))
    op.create_index(op.f("ix_crisis_plan_versions_plan_id"), "crisis_plan_versions", ["plan_id"], unique=False)

    op.create_table(
        "received_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("sender", sa.String(length=300), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("previewable", sa.Boolean(), nullable=False),
        sa.Column("preview_note", sa.String(length=60), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["added_by"], ["users.id"], name=op.f("fk_received_documents_added_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"],
                                name=op.f("fk_received_documents_partner_id_partners"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_received_documents_person_id_persons"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_documents")))
    op.create_index(op.f("ix_received_documents_person_id"), "received_documents", ["person_id"], unique=False)

    install_capture(op.get_bind(), {table: frozenset() for table in SYNCED})


def downgrade() -> None:
    op.drop_index(op.f("ix_received_documents_person_id"), table_name="received_documents")
    op.drop_table("received_documents")
    op.drop_index(op.f("ix_crisis_plan_versions_plan_id"), table_name="crisis_plan_versions")
    op.drop_table("crisis_plan_versions")
    op.drop_table("crisis_plans")
    op.drop_index(op.f("ix_stays_discharged_on"), table_name="stays")
    op.drop_index("ix_stays_person_admitted", table_name="stays")
    op.drop_table("stays")
    install_capture(op.get_bind(), {table: frozenset() for table in SYNCED
                                    if table not in ("stays", "crisis_plans", "crisis_plan_versions")})
