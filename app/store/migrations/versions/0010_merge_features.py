"""Join the feature branches (CANSAS, care plans, network maps, bilans, referrals, contacts,
settings, dashboard indexes) into one head, so later migrations have a single parent.

Revision ID: 0010_merge_features
Revises: 0003_careplan, 0005_bilan, 0006_referrals, 0008_settings, 0009_dashboard
Create Date: 2026-11-26
"""

revision = "0010_merge_features"
down_revision = ("0003_careplan", "0005_bilan", "0006_referrals", "0008_settings", "0009_dashboard")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
