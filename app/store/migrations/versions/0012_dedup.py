"""Duplicates: "not the same person" dismissals and person merges (both synced, team scope),
and the persons' search column rebuilt with transliterations and name variants
(app.models.name_matching.search_text), so that "oksana" finds "Оксана Коваленко".

Only the new tables' capture triggers are installed (the others are left as they are, so
that migrations made alongside this one do not undo each other). The search column is
rebuilt with capture off: every laptop rebuilds its own, nothing needs to travel.

Revision ID: 0012_dedup
Revises: 0011_sync_gids
Create Date: 2026-12-10
"""
import sqlalchemy as sa
from alembic import op

from app.store.sync.capture import capture_off, table_shape, trigger_sql
from app.store.sync.gids import GID_SQL_DEFAULT

revision = "0012_dedup"
down_revision = "0011_sync_gids"
branch_labels = None
depends_on = None

NEW_SYNCED = ("duplicate_dismissals", "person_merges")


def _gid() -> sa.Column:
    return sa.Column("gid", sa.String(length=36), nullable=False, server_default=sa.text(GID_SQL_DEFAULT))


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_a_gid", sa.String(length=36), nullable=False),
        sa.Column("person_b_gid", sa.String(length=36), nullable=False),
        sa.Column("dismissed_by", sa.Integer(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        _gid(),
        sa.ForeignKeyConstraint(["dismissed_by"], ["users.id"], name=op.f("fk_duplicate_dismissals_dismissed_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissals")),
        sa.UniqueConstraint("gid", name=op.f("uq_duplicate_dismissals_gid")))
    op.create_index("ix_duplicate_dismissals_pair", "duplicate_dismissals", ["person_a_gid", "person_b_gid"])
    op.create_table(
        "person_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_gid", sa.String(length=36), nullable=False),
        sa.Column("removed_gid", sa.String(length=36), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("kept_before", sa.JSON(), nullable=False),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("notices", sa.JSON(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.Integer(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.Integer(), nullable=True),
        _gid(),
        sa.ForeignKeyConstraint(["merged_by"], ["users.id"], name=op.f("fk_person_merges_merged_by_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["undone_by"], ["users.id"], name=op.f("fk_person_merges_undone_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merges")),
        sa.UniqueConstraint("gid", name=op.f("uq_person_merges_gid")))
    op.create_index(op.f("ix_person_merges_kept_gid"), "person_merges", ["kept_gid"])
    op.create_index(op.f("ix_person_merges_removed_gid"), "person_merges", ["removed_gid"])

    bind = op.get_bind()
    synced: dict[str, frozenset[str]] = {"users": frozenset(), "persons": frozenset(), **{t: frozenset() for t in NEW_SYNCED}}
    for table in NEW_SYNCED:
        for sql in trigger_sql(table_shape(bind, table, synced)):
            bind.exec_driver_sql(sql)

    from app.models.person import build_search_text  # the rebuild follows today's rule

    rows = bind.exec_driver_sql(
        "SELECT id, given_names, family_name, alias, niss, birth_year FROM persons").all()
    if rows:
        with capture_off(bind):
            bind.exec_driver_sql("UPDATE persons SET search_text = ? WHERE id = ?",
                                 [(build_search_text(g, f, a, n, y), pid) for pid, g, f, a, n, y in rows])


def downgrade() -> None:
    bind = op.get_bind()
    for table in NEW_SYNCED:
        for kind in "iud":
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "sync_capture_{table}_{kind}"')
    op.drop_table("person_merges")
    op.drop_table("duplicate_dismissals")
