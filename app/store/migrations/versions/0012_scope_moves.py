"""Scope moves: what a role may not read leaves the team's shared tables.

- A private contact note (`contacts.note` with `note_private`) moves to
  `contact_private_notes` (scope `private`: its author's devices only); `contacts.note` keeps
  "" and `note_private` stays, so others still see that a private note exists.
- A care-plan goal's CANSAS life domain (`careplan_goals.domain`) moves to
  `careplan_goal_domains` (scope `clinical`: never on a peer worker's laptop).

The moved rows take gids derived from their parent's gid, so every replica that migrates
makes the same records; the moves are made with capture off (each replica migrates itself,
nothing of it is an operation for the team). The capture triggers are reinstalled for the
new tables and the rebuilt one. Synced tables are listed as they are at this revision.

Revision ID: 0012_scope_moves
Revises: 0011_sync_gids
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import install_capture
from app.store.sync.gids import GID_SQL_DEFAULT, derived_gid

revision = "0012_scope_moves"
down_revision = "0011_sync_gids"
branch_labels = None
depends_on = None

SYNCED = (
    "users", "partners", "persons", "person_workers", "consents", "contacts", "contact_private_notes",
    "careplans", "careplan_versions", "careplan_goals", "careplan_goal_domains", "careplan_actions",
    "referrals", "referral_events", "assessments", "assessment_ratings", "bilans", "bilan_sections",
    "network_snapshots", "network_members", "network_ties",
)


def _gid_column() -> sa.Column:
    return sa.Column("gid", sa.String(length=36), server_default=sa.text(GID_SQL_DEFAULT), nullable=False)


def _drop_capture(bind) -> None:
    """Triggers of other tables name careplan_goals (gids of references): they go before the
    table is rebuilt, and install_capture makes them again."""
    for (name,) in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'").all():
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("UPDATE sync_control SET applying = 1 WHERE id = 1")
    _drop_capture(bind)
    op.create_table(
        "contact_private_notes",
        _gid_column(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_contact_private_notes_contact_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_private_notes")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_contact_private_notes_contact_id")),
        sa.UniqueConstraint("gid", name=op.f("uq_contact_private_notes_gid")))
    op.create_table(
        "careplan_goal_domains",
        _gid_column(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["goal_id"], ["careplan_goals.id"], name=op.f("fk_careplan_goal_domains_goal_id_careplan_goals"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_careplan_goal_domains")),
        sa.UniqueConstraint("gid", name=op.f("uq_careplan_goal_domains_gid")),
        sa.UniqueConstraint("goal_id", name=op.f("uq_careplan_goal_domains_goal_id")))

    notes = bind.exec_driver_sql("SELECT id, gid, note FROM contacts WHERE note_private = 1").all()
    if notes:
        bind.exec_driver_sql("INSERT INTO contact_private_notes (gid, contact_id, note) VALUES (?, ?, ?)",
                             [(derived_gid("contact_note", gid), cid, note or "") for cid, gid, note in notes])
        bind.exec_driver_sql("UPDATE contacts SET note = '' WHERE note_private = 1")
    domains = bind.exec_driver_sql("SELECT id, gid, domain FROM careplan_goals WHERE domain IS NOT NULL").all()
    if domains:
        bind.exec_driver_sql("INSERT INTO careplan_goal_domains (gid, goal_id, domain) VALUES (?, ?, ?)",
                             [(derived_gid("goal_domain", gid), goal_id, domain) for goal_id, gid, domain in domains])
    with op.batch_alter_table("careplan_goals", recreate="always") as batch_op:
        batch_op.drop_column("domain")
    install_capture(bind, {table: frozenset() for table in SYNCED})
    bind.exec_driver_sql("UPDATE sync_control SET applying = 0 WHERE id = 1")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("UPDATE sync_control SET applying = 1 WHERE id = 1")
    _drop_capture(bind)
    with op.batch_alter_table("careplan_goals", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("domain", sa.String(length=40), nullable=True))
    bind.exec_driver_sql("UPDATE careplan_goals SET domain = (SELECT d.domain FROM careplan_goal_domains d "
                         "WHERE d.goal_id = careplan_goals.id)")
    bind.exec_driver_sql("UPDATE contacts SET note = (SELECT n.note FROM contact_private_notes n "
                         "WHERE n.contact_id = contacts.id) WHERE id IN (SELECT contact_id FROM contact_private_notes)")
    op.drop_table("careplan_goal_domains")
    op.drop_table("contact_private_notes")
    install_capture(bind, {table: frozenset() for table in SYNCED
                           if table not in ("contact_private_notes", "careplan_goal_domains")})
    bind.exec_driver_sql("UPDATE sync_control SET applying = 0 WHERE id = 1")
